// The billing engine: monthly exports of billed license holders, invoices (with PDF) and credits.
export { exportBilledLicenseHolders } from './exports.js';
export { getInvoicePdf, listCredits, listInvoices } from './invoices.js';
