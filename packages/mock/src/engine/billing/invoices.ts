import type { Schema } from '@allot/contract';
import type { Ctx } from '../context.js';
import { notFound } from '../errors.js';
import { nextId } from '../ids.js';
import { paginate } from '../paging.js';
import type { State } from '../state.js';
import { DAY_MS, monthEndDate, monthStart, nextMonthKey } from './calendar.js';
import type { CreditRecord, InvoiceRecord } from './model.js';
import { invoicePdf } from './pdf.js';

function slug(portalId: string): string {
  return portalId.replace(/^prt_/, '');
}

/** `inv_a_2026_10`: unique across portals, readable in tests. */
export function invoiceIdFor(portalId: string, month: string): string {
  return `inv_${slug(portalId)}_${month.replace('-', '_')}`;
}

function invoicesOf(state: State, portalId: string): InvoiceRecord[] {
  let list = state.billing.invoices.get(portalId);
  if (!list) {
    list = [];
    state.billing.invoices.set(portalId, list);
  }
  return list;
}

function creditsOf(state: State, portalId: string): CreditRecord[] {
  let list = state.billing.credits.get(portalId);
  if (!list) {
    list = [];
    state.billing.credits.set(portalId, list);
  }
  return list;
}

/**
 * Issues the invoice of a closed month: units × unit price, minus every credit waiting for the next invoice
 * (each then names this invoice in `appliesTo`). Issued on the 1st of the following month, due 14 days later.
 */
export function issueMonthlyInvoice(
  state: State,
  input: { portalId: string; month: string; units: number; unitPrice: number; currency: string },
): InvoiceRecord {
  const id = invoiceIdFor(input.portalId, input.month);
  const issued = monthStart(nextMonthKey(input.month)) + 6 * 3600 * 1000;
  const gross = input.units * input.unitPrice;
  const credits = creditsOf(state, input.portalId).filter((c) => c.appliesTo === 'next_invoice');
  const deducted = credits.reduce((sum, c) => sum + c.amount, 0);
  for (const credit of credits) credit.appliesTo = id;
  const [year, month] = input.month.split('-') as [string, string];
  const invoice: InvoiceRecord = {
    id,
    portalId: input.portalId,
    number: `INV-${slug(input.portalId).toUpperCase()}-${year}-${month.padStart(4, '0')}`,
    periodStart: `${input.month}-01`,
    periodEnd: monthEndDate(input.month),
    // A credit larger than the bill brings it to zero, never below.
    amount: Math.max(0, gross - deducted),
    currency: input.currency,
    status: 'open',
    issuedAt: new Date(issued).toISOString(),
    dueAt: new Date(issued - 6 * 3600 * 1000 + 15 * DAY_MS - 1000).toISOString(),
    units: input.units,
    unitPrice: input.unitPrice,
    creditIds: credits.map((c) => c.id),
  };
  invoicesOf(state, input.portalId).push(invoice);
  return invoice;
}

/** Adds a credit to a portal, deducted from its next invoice. */
export function addCredit(
  state: State,
  input: Omit<CreditRecord, 'id' | 'appliesTo'> & { id?: string },
): CreditRecord {
  const credit: CreditRecord = { ...input, id: input.id ?? nextId(state, 'cr'), appliesTo: 'next_invoice' };
  creditsOf(state, input.portalId).push(credit);
  return credit;
}

function renderInvoice(invoice: InvoiceRecord): Schema<'Invoice'> {
  return {
    id: invoice.id,
    number: invoice.number,
    periodStart: invoice.periodStart,
    periodEnd: invoice.periodEnd,
    amount: { amount: invoice.amount, currency: invoice.currency },
    status: invoice.status,
    issuedAt: invoice.issuedAt,
    dueAt: invoice.dueAt,
  };
}

function renderCredit(credit: CreditRecord): Schema<'Credit'> {
  return {
    id: credit.id,
    amount: { amount: credit.amount, currency: credit.currency },
    reason: credit.reason,
    ...(credit.sourceInvitationId === undefined ? {} : { sourceInvitationId: credit.sourceInvitationId }),
    ...(credit.fromUser === undefined ? {} : { fromUser: { ...credit.fromUser } }),
    createdAt: credit.createdAt,
    appliesTo: credit.appliesTo,
  };
}

type PageInput = { cursor?: string | undefined; limit?: number | undefined };

export function listInvoices(ctx: Ctx, input: PageInput): Schema<'InvoicePage'> {
  const sorted = [...(ctx.state.billing.invoices.get(ctx.actor.portal.id) ?? [])].sort((a, b) =>
    a.periodStart < b.periodStart ? 1 : a.periodStart > b.periodStart ? -1 : 0,
  );
  const page = paginate(sorted, input.cursor, input.limit);
  return { items: page.items.map(renderInvoice), nextCursor: page.nextCursor, total: sorted.length };
}

export function listCredits(ctx: Ctx, input: PageInput): Schema<'CreditPage'> {
  // Newest first; equal times keep the later-created entry first.
  const sorted = [...(ctx.state.billing.credits.get(ctx.actor.portal.id) ?? [])]
    .reverse()
    .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
  const page = paginate(sorted, input.cursor, input.limit);
  return { items: page.items.map(renderCredit), nextCursor: page.nextCursor, total: sorted.length };
}

/** The invoice as a small PDF (ASCII bytes as a string) and the file name to serve it under. */
export function getInvoicePdf(ctx: Ctx, input: { invoiceId: string }): { filename: string; pdf: string } {
  const invoice =
    ctx.state.billing.invoices.get(ctx.actor.portal.id)?.find((i) => i.id === input.invoiceId) ??
    notFound('invoice');
  const portal = ctx.actor.portal;
  return {
    filename: `${invoice.number}.pdf`,
    pdf: invoicePdf({
      number: invoice.number,
      portalName: portal.name,
      periodStart: invoice.periodStart,
      periodEnd: invoice.periodEnd,
      units: invoice.units,
      unitPrice: invoice.unitPrice,
      amount: invoice.amount,
      currency: invoice.currency,
      status: invoice.status,
      issuedAt: invoice.issuedAt,
      dueAt: invoice.dueAt,
    }),
  };
}
