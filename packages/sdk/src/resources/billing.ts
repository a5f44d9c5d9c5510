import * as routes from '@allot/contract/routes';
import { operation } from '../core/operation.js';
import { paged } from '../core/pagination.js';
import type { Call } from '../core/transport.js';
import type { Iterate, Method, Pages } from '../core/types.js';

/** Invoices and their PDFs. */
export interface Invoices {
  /**
   * One page of invoices, newest period first.
   * @example
   * const { items } = await client.billing.invoices.list({ limit: 12 });
   */
  list: Method<'listInvoices'>;
  /**
   * Every page of invoices.
   * @example
   * for await (const page of client.billing.invoices.pages()) render(page.items);
   */
  pages: Pages<'listInvoices'>;
  /**
   * Every invoice, one at a time, across pages.
   * @example
   * for await (const invoice of client.billing.invoices.iterate()) console.log(invoice.number, invoice.status);
   */
  iterate: Iterate<'listInvoices'>;
  /**
   * Downloads an invoice as a PDF Blob.
   * @example
   * const pdf = await client.billing.invoices.pdf('inv_2026_10');
   * window.open(URL.createObjectURL(pdf));
   */
  pdf: Method<'getInvoicePdf', [invoiceId: string]>;
}

/** Credits deducted from the next invoice. */
export interface Credits {
  /**
   * One page of the portal's credit entries, newest first.
   * @example
   * const { items } = await client.billing.credits.list();
   */
  list: Method<'listCredits'>;
  /**
   * Every page of credits.
   * @example
   * for await (const page of client.billing.credits.pages()) render(page.items);
   */
  pages: Pages<'listCredits'>;
  /**
   * Every credit entry, one at a time, across pages.
   * @example
   * for await (const credit of client.billing.credits.iterate()) console.log(credit.amount.amount, credit.reason);
   */
  iterate: Iterate<'listCredits'>;
}

/** Billing: exports, invoices, credits. */
export interface Billing {
  /**
   * The billed license holders of one month as RFC 4180 CSV text, header row first.
   * @example
   * const csv = await client.billing.exportLicenseHolders({ month: '2026-10' });
   * download(new Blob([csv], { type: 'text/csv' }), 'license-holders-2026-10.csv');
   */
  exportLicenseHolders: Method<'exportBilledLicenseHolders'>;
  invoices: Invoices;
  credits: Credits;
}

export const billing = (call: Call): Billing => ({
  exportLicenseHolders: operation(call, routes.exportBilledLicenseHolders),
  invoices: { ...paged(call, routes.listInvoices), pdf: operation(call, routes.getInvoicePdf) },
  credits: paged(call, routes.listCredits),
});
