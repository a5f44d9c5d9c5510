// The per-tag entry (`@allot/widgets/<tag>`) registers the provider too, so one import serves a page.
import '../provider/provider.js';
import { defineElements } from '../base/define.js';
import { LicenseTable } from './license-table.component.js';

export { LicenseTable };

defineElements([LicenseTable]);

declare global {
  interface HTMLElementTagNameMap {
    'license-table': LicenseTable;
  }
}
