import { defineElements } from '../base/define.js';
import { ShareDialog } from './share-dialog.component.js';

export { ShareDialog };

defineElements([ShareDialog]);

declare global {
  interface HTMLElementTagNameMap {
    'share-dialog': ShareDialog;
  }
}
