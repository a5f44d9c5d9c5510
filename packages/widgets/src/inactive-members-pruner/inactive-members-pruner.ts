import { defineElements } from '../base/define.js';
import { InactiveMembersPruner } from './inactive-members-pruner.component.js';

export { InactiveMembersPruner };

defineElements([InactiveMembersPruner]);

declare global {
  interface HTMLElementTagNameMap {
    'inactive-members-pruner': InactiveMembersPruner;
  }
}
