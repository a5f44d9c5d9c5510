import { defineElements } from '../base/define.js';
import { LicenseTable } from './license-table.component.js';

export { LicenseTable };

defineElements([LicenseTable]);

declare global {
  interface HTMLElementTagNameMap {
    'license-table': LicenseTable;
  }
}
