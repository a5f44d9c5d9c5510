import type { Schema } from '@allot/contract';
import { isoNow, requirePermission, type Ctx } from '../context.js';
import { fail, notFound } from '../errors.js';
import { nextId } from '../ids.js';
import type { QuoteLineRecord, QuoteRecord } from './model.js';
import { insertLicense, portalCostCenter, requireProduct } from './store.js';

/** A quote is open for 30 minutes (contract: `quote_expired` after that). */
export const QUOTE_TTL_MS = 30 * 60 * 1000;
/** VAT applied to license orders, in hundredths of a percent (the contract's `taxRate`): 20 %. */
export const TAX_RATE = 2000;
const DAY_MS = 86_400_000;

type Money = Schema<'Money'>;

function money(amount: number, currency: string): Money {
  return { amount, currency };
}

/** The first day of the next calendar month (UTC): when the portal's next billing cycle starts. */
export function nextBillingDate(now: number): string {
  const d = new Date(now);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)).toISOString().slice(0, 10);
}

/** The tax on `amount` at {@link TAX_RATE}, rounded half up to the minor unit. */
function taxOn(amount: number): number {
  return Math.round((amount * TAX_RATE) / 10_000);
}

function charge(subtotal: number, currency: string) {
  const tax = taxOn(subtotal);
  return {
    subtotal: money(subtotal, currency),
    tax: money(tax, currency),
    total: money(subtotal + tax, currency),
  };
}

/**
 * What confirming charges for a line before tax (the contract's `FirstCharge`): its licenses from the day the
 * quote was made until `nextBillingDate`, prorated over the line's period that ends on that date (a month: the
 * billing cycle; a year: the 365 or 366 days before it), rounded down to the minor unit.
 */
export function firstCharge(line: QuoteLineRecord, createdAtMs: number, nextBillingDate: string): number {
  const end = Date.parse(`${nextBillingDate}T00:00:00Z`);
  const day = new Date(createdAtMs);
  const today = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate());
  const last = new Date(end);
  const start =
    line.billingPeriod === 'month'
      ? Date.UTC(last.getUTCFullYear(), last.getUTCMonth() - 1, last.getUTCDate())
      : Date.UTC(last.getUTCFullYear() - 1, last.getUTCMonth(), last.getUTCDate());
  const daysInPeriod = Math.round((end - start) / DAY_MS);
  const daysLeft = Math.min(daysInPeriod, Math.max(0, Math.round((end - today) / DAY_MS)));
  return Math.floor((line.unitPrice * line.quantity * daysLeft) / daysInPeriod);
}

/** The quote's or order's amounts: the lines priced, what confirming charges, and what recurs per period. */
function pricing(quote: QuoteRecord) {
  const { currency } = quote;
  const lines = quote.lines.map((l) => ({
    productId: l.productId,
    productName: l.productName,
    quantity: l.quantity,
    unitPrice: money(l.unitPrice, currency),
    total: money(l.unitPrice * l.quantity, currency),
    firstCharge: money(firstCharge(l, quote.createdAtMs, quote.nextBillingDate), currency),
    billingPeriod: l.billingPeriod,
    allocation: l.allocation.map((a) => ({ ...a })),
  }));
  const recurring = (['month', 'year'] as const).flatMap((billingPeriod) => {
    const of = lines.filter((l) => l.billingPeriod === billingPeriod);
    if (of.length === 0) return [];
    return [
      {
        billingPeriod,
        ...charge(
          of.reduce((sum, l) => sum + l.total.amount, 0),
          currency,
        ),
      },
    ];
  });
  return {
    lines,
    ...charge(
      lines.reduce((sum, l) => sum + l.firstCharge.amount, 0),
      currency,
    ),
    taxRate: TAX_RATE,
    recurring,
  };
}

function quoteStatus(quote: QuoteRecord, now: number): Schema<'LicenseQuote'>['status'] {
  if (quote.orderId !== null) return 'ordered';
  return now >= quote.expiresAtMs ? 'expired' : 'open';
}

function toQuote(quote: QuoteRecord, now: number): Schema<'LicenseQuote'> {
  const { currency } = quote;
  return {
    id: quote.id,
    status: quoteStatus(quote, now),
    expiresAt: new Date(quote.expiresAtMs).toISOString(),
    currency,
    ...pricing(quote),
    allocationComplete: quote.lines.every((l) => l.allocation.length > 0),
    nextBillingDate: quote.nextBillingDate,
  };
}

function portalQuote(ctx: Ctx, quoteId: string): QuoteRecord {
  const quote = ctx.state.licenses.quotes.get(quoteId);
  if (!quote || quote.portalId !== ctx.actor.portal.id) return notFound('license quote');
  return quote;
}

/** 422 unless the quote can still be allocated or confirmed. */
function requireOpen(ctx: Ctx, quote: QuoteRecord): void {
  const status = quoteStatus(quote, ctx.now);
  if (status === 'ordered')
    fail(422, 'quote_expired', `Quote ${quote.id} was already ordered; request a new quote.`);
  if (status === 'expired') {
    fail(
      422,
      'quote_expired',
      `Quote ${quote.id} expired 30 minutes after it was made; request a new quote.`,
    );
  }
}

export function createLicenseQuote(ctx: Ctx, input: Schema<'LicenseQuoteRequest'>): Schema<'LicenseQuote'> {
  requirePermission(ctx, 'licenses:purchase');
  const seen = new Set<string>();
  input.lines.forEach((line, i) => {
    if (seen.has(line.productId)) {
      fail(400, 'validation_failed', 'Each product may appear in the cart once.', {
        errors: [
          { pointer: `/lines/${i}/productId`, code: 'uniqueItems', message: 'is already a line of the cart' },
        ],
      });
    }
    seen.add(line.productId);
  });
  const lines: QuoteLineRecord[] = input.lines.map((line) => {
    const product = requireProduct(ctx, line.productId);
    return {
      productId: product.id,
      productName: product.name,
      quantity: line.quantity,
      unitPrice: product.unitPrice,
      billingPeriod: product.billingPeriod,
      allocation: [],
    };
  });
  const quote: QuoteRecord = {
    id: nextId(ctx.state, 'lq'),
    portalId: ctx.actor.portal.id,
    createdAtMs: ctx.now,
    expiresAtMs: ctx.now + QUOTE_TTL_MS,
    currency: ctx.actor.portal.currency,
    nextBillingDate: nextBillingDate(ctx.now),
    lines,
    orderId: null,
  };
  ctx.state.licenses.quotes.set(quote.id, quote);
  return toQuote(quote, ctx.now);
}

export function getLicenseQuote(ctx: Ctx, quoteId: string): Schema<'LicenseQuote'> {
  requirePermission(ctx, 'licenses:purchase');
  return toQuote(portalQuote(ctx, quoteId), ctx.now);
}

function quoteLine(quote: QuoteRecord, productId: string): QuoteLineRecord {
  return quote.lines.find((l) => l.productId === productId) ?? notFound('line of this quote');
}

/** One allocation step (all / selection / split); it replaces only the allocation of the lines it names. */
export function allocateLicenseQuote(
  ctx: Ctx,
  quoteId: string,
  step: Schema<'LicenseAllocationStep'>,
): Schema<'LicenseQuote'> {
  requirePermission(ctx, 'licenses:purchase');
  const quote = portalQuote(ctx, quoteId);
  requireOpen(ctx, quote);
  // Work out every new allocation first, then write them: a failed step leaves the quote as it was.
  const changes: [QuoteLineRecord, QuoteLineRecord['allocation']][] = [];
  if (step.mode === 'all' || step.mode === 'selection') {
    const costCenter = portalCostCenter(ctx, step.costCenterId);
    const lines = step.mode === 'all' ? quote.lines : step.productIds.map((id) => quoteLine(quote, id));
    for (const line of lines) {
      changes.push([
        line,
        [{ costCenterId: costCenter.id, costCenterCode: costCenter.code, quantity: line.quantity }],
      ]);
    }
  } else {
    const seen = new Set<string>();
    step.parts.forEach((part, i) => {
      if (seen.has(part.costCenterId)) {
        fail(400, 'validation_failed', 'A cost center may appear in one part of a split only.', {
          errors: [
            {
              pointer: `/parts/${i}/costCenterId`,
              code: 'uniqueItems',
              message: 'is already a part of the split',
            },
          ],
        });
      }
      seen.add(part.costCenterId);
    });
    const line = quoteLine(quote, step.productId);
    const parts = step.parts.map((part) => {
      const costCenter = portalCostCenter(ctx, part.costCenterId);
      return { costCenterId: costCenter.id, costCenterCode: costCenter.code, quantity: part.quantity };
    });
    const sum = parts.reduce((s, p) => s + p.quantity, 0);
    if (sum !== line.quantity) {
      fail(
        422,
        'allocation_mismatch',
        `The parts add up to ${sum} licenses; the ${line.productName} line has ${line.quantity}.`,
      );
    }
    changes.push([line, parts]);
  }
  for (const [line, allocation] of changes) line.allocation = allocation;
  return toQuote(quote, ctx.now);
}

/** Orders an open quote: creates its licenses, unassigned, on their cost centers, and returns the statement. */
export function confirmLicenseOrder(
  ctx: Ctx,
  quoteId: string,
  input: Schema<'LicenseOrderConfirm'>,
): Schema<'LicenseOrder'> {
  requirePermission(ctx, 'licenses:purchase');
  const { state } = ctx;
  const quote = portalQuote(ctx, quoteId);
  requireOpen(ctx, quote);
  if (input.acceptTerms !== true) {
    fail(
      422,
      'terms_not_accepted',
      'Confirm that you read the order and its charges (acceptTerms must be true).',
    );
  }
  const createdAt = isoNow(ctx);
  const orderId = nextId(state, 'lo');
  for (const line of quote.lines) {
    const parts =
      line.allocation.length > 0 ? line.allocation : [{ costCenterId: null, quantity: line.quantity }];
    for (const part of parts) {
      for (let n = 0; n < part.quantity; n += 1) {
        insertLicense(state, {
          id: nextId(state, 'lic'),
          portalId: quote.portalId,
          productId: line.productId,
          costCenterId: part.costCenterId,
          addedAt: createdAt,
        });
      }
    }
  }
  const { currency } = quote;
  const portal = ctx.actor.portal;
  const { lines, ...amounts } = pricing(quote);
  const statement: Schema<'LicenseOrder'> = {
    id: orderId,
    number: orderNumber(state, quote.portalId, createdAt),
    quoteId: quote.id,
    createdAt,
    portal: { id: portal.id, name: portal.name, ownerEmail: portal.ownerEmail },
    lines: lines.map((l) => ({ ...l, licensesCreated: l.quantity })),
    ...amounts,
    currency,
    nextBillingDate: quote.nextBillingDate,
  };
  quote.orderId = orderId;
  state.licenses.orders.set(orderId, { id: orderId, portalId: quote.portalId, statement });
  return structuredClone(statement);
}

/** `LO-<year>-<n>`: the portal's n-th order, as people read and quote it (the contract's `number`). */
function orderNumber(state: Ctx['state'], portalId: string, createdAt: string): string {
  let count = 1;
  for (const order of state.licenses.orders.values()) if (order.portalId === portalId) count += 1;
  return `LO-${createdAt.slice(0, 4)}-${String(count).padStart(4, '0')}`;
}

export function getLicenseOrder(ctx: Ctx, orderId: string): Schema<'LicenseOrder'> {
  requirePermission(ctx, 'licenses:purchase');
  const order = ctx.state.licenses.orders.get(orderId);
  if (!order || order.portalId !== ctx.actor.portal.id) return notFound('license order');
  return structuredClone(order.statement);
}

type Counts = Schema<'LicenseInventoryCounts'>;

/** Owned / assigned / unassigned / deletable per product of one portal, in one pass. */
export function inventoryCounts(ctx: Ctx): Map<string, Counts> {
  const counts = new Map<string, Counts>();
  for (const license of ctx.state.licenses.byPortal.get(ctx.actor.portal.id) ?? []) {
    let c = counts.get(license.productId);
    if (!c) {
      c = { owned: 0, assigned: 0, unassigned: 0, deletable: 0 };
      counts.set(license.productId, c);
    }
    c.owned += 1;
    if (license.assigneeId === null) {
      c.unassigned += 1;
      c.deletable += 1;
    } else {
      c.assigned += 1;
    }
  }
  return counts;
}

export function getLicenseInventory(ctx: Ctx): Schema<'LicenseInventory'> {
  requirePermission(ctx, 'licenses:read');
  const counts = inventoryCounts(ctx);
  const items: Schema<'LicenseInventoryItem'>[] = [];
  for (const product of ctx.state.licenses.products.values()) {
    const c = counts.get(product.id);
    if (c) items.push({ productId: product.id, productName: product.name, ...c });
  }
  return { items };
}
