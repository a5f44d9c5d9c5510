// The per-tag entry (`@allot/widgets/<tag>`) registers the provider too, so one import serves a page.
import '../provider/provider.js';
import { defineElements } from '../base/define.js';
import { ShareDialog } from './share-dialog.component.js';

export { ShareDialog };

defineElements([ShareDialog]);

declare global {
  interface HTMLElementTagNameMap {
    'share-dialog': ShareDialog;
  }
}
