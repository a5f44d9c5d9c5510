// The per-tag entry (`@allot/widgets/<tag>`) registers the provider too, so one import serves a page.
import '../provider/provider.js';
import { defineElements } from '../base/define.js';
import { ShareDialog } from '../share-dialog/share-dialog.component.js';
import { MinutesBalance } from './minutes-balance.component.js';

export { MinutesBalance };

// Its sub-element (the share dialog of each account) is registered with it.
defineElements([MinutesBalance, ShareDialog]);

declare global {
  interface HTMLElementTagNameMap {
    'minutes-balance': MinutesBalance;
  }
}
