import {
  exportBilledLicenseHolders,
  getInvoicePdf,
  listCredits,
  listInvoices,
} from '../../engine/billing/index.js';
import { defineOperations } from '../operation.js';

/** Billing: the monthly CSV of billed license holders, invoices with their PDF, and credits. */
export const billingOperations = defineOperations({
  exportBilledLicenseHolders: (ctx, { query }) => {
    const { filename, csv } = exportBilledLicenseHolders(ctx, query);
    return {
      status: 200,
      body: csv,
      contentType: 'text/csv; charset=utf-8',
      headers: { 'Content-Disposition': `attachment; filename="${filename}"` },
    };
  },

  listInvoices: (ctx, { query }) => ({ status: 200, body: listInvoices(ctx, query ?? {}) }),

  getInvoicePdf: (ctx, { path }) => {
    const { filename, pdf } = getInvoicePdf(ctx, path);
    return {
      status: 200,
      body: pdf,
      contentType: 'application/pdf',
      headers: { 'Content-Disposition': `attachment; filename="${filename}"` },
    };
  },

  listCredits: (ctx, { query }) => ({ status: 200, body: listCredits(ctx, query ?? {}) }),
});
