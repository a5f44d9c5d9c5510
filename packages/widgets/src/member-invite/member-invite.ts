// The per-tag entry (`@allot/widgets/<tag>`) registers the provider too, so one import serves a page.
import '../provider/provider.js';
import { defineElements } from '../base/define.js';
import { MemberInvite } from './member-invite.component.js';

export { MemberInvite };

defineElements([MemberInvite]);

declare global {
  interface HTMLElementTagNameMap {
    'member-invite': MemberInvite;
  }
}
