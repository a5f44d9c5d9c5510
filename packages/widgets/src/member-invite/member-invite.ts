import { defineElements } from '../base/define.js';
import { MemberInvite } from './member-invite.component.js';

export { MemberInvite };

defineElements([MemberInvite]);

declare global {
  interface HTMLElementTagNameMap {
    'member-invite': MemberInvite;
  }
}
