// The per-tag entry (`@allot/widgets/<tag>`) registers the provider too, so one import serves a page.
import '../provider/provider.js';
import { defineElements } from '../base/define.js';
import { InactiveMembersPruner } from './inactive-members-pruner.component.js';

export { InactiveMembersPruner };

defineElements([InactiveMembersPruner]);

declare global {
  interface HTMLElementTagNameMap {
    'inactive-members-pruner': InactiveMembersPruner;
  }
}
