import type { operations, Schema } from '@allot/contract';
import { requirePermission, type Ctx } from '../context.js';
import { fail } from '../errors.js';
import {
  compareKeys,
  KEY_OF,
  portalColumns,
  searchHits,
  sortedView,
  type SortField,
  type SortKey,
} from './list-index.js';
import type { LicenseRecord } from './model.js';
import { normalize, portalCostCenter, requireProduct, toLicense } from './store.js';

export type LicenseSort = NonNullable<NonNullable<operations['listLicenses']['parameters']['query']>['sort']>;

export interface ListLicensesInput {
  q?: string | undefined;
  /** Cost-center ids; `none` selects licenses without a cost center. */
  costCenterId?: readonly string[] | undefined;
  productId?: readonly string[] | undefined;
  status?: 'assigned' | 'unassigned' | undefined;
  sort?: LicenseSort | undefined;
  cursor?: string | undefined;
  limit?: number | undefined;
}

interface Cursor {
  /** Fingerprint of the search, filters and sort the cursor was issued for. */
  h: string;
  /** Sort key and id of the last row of the previous page. */
  k: SortKey;
  i: string;
}

function base64url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64url(text: string): string {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

function invalidCursor(message: string): never {
  return fail(400, 'validation_failed', 'The cursor is not valid for this list.', {
    errors: [{ pointer: '/query/cursor', code: 'format', message }],
  });
}

function decodeCursor(text: string, fingerprint: string): Cursor {
  let cursor: unknown;
  try {
    cursor = JSON.parse(fromBase64url(text));
  } catch {
    return invalidCursor('is not a cursor from this API');
  }
  const c = cursor as Partial<Cursor> | null;
  if (
    c === null ||
    typeof c !== 'object' ||
    typeof c.h !== 'string' ||
    typeof c.i !== 'string' ||
    !(c.k === null || typeof c.k === 'string' || typeof c.k === 'number')
  ) {
    return invalidCursor('is not a cursor from this API');
  }
  if (c.h !== fingerprint) return invalidCursor('was issued for another search, filter or sort');
  return { h: c.h, k: c.k, i: c.i };
}

/** FNV-1a, enough to tell one query from another in a cursor. */
function fingerprintOf(parts: unknown): string {
  const text = JSON.stringify(parts);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/** First index whose row comes after the cursor's row in this order (binary search). */
function startAfter(
  rows: readonly LicenseRecord[],
  key: (l: LicenseRecord) => SortKey,
  cursor: Cursor,
  dir: number,
) {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const row = rows[mid];
    if (row && compareKeys(key(row), row.id, cursor.k, cursor.i, dir) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The license table: search, filters, sort, keyset pagination, total and facet counts, in one pass over the
 * portal's licenses in the requested order (list-index.ts holds the indexes that keep it fast). Each facet
 * counts the rows that match the search and every filter except its own.
 */
export function listLicenses(ctx: Ctx, input: ListLicensesInput = {}): Schema<'LicensePage'> {
  requirePermission(ctx, 'licenses:read');
  const { state } = ctx;
  const slice = state.licenses;
  const portalId = ctx.actor.portal.id;

  // Filters and counters are arrays indexed by the products' and cost centers' dense slots: the loop below
  // runs once per license, and array reads are several times cheaper there than Map or Set lookups.
  const costCenterSlots = slice.costCenters.size + 1;
  const productSlots = slice.products.size;
  let costCenterFilter: Uint8Array | null = null;
  if (input.costCenterId?.length) {
    costCenterFilter = new Uint8Array(costCenterSlots);
    for (const id of input.costCenterId)
      costCenterFilter[id === 'none' ? 0 : portalCostCenter(ctx, id).slot] = 1;
  }
  let productFilter: Uint8Array | null = null;
  if (input.productId?.length) {
    productFilter = new Uint8Array(productSlots);
    for (const id of input.productId) productFilter[requireProduct(ctx, id).slot] = 1;
  }
  const status = input.status;
  const wantAssigned = status === 'assigned';
  const words = normalize(input.q ?? '')
    .split(/\s+/)
    .filter((w) => w !== '');
  const sort = input.sort ?? '-addedAt';
  const dir = sort.startsWith('-') ? -1 : 1;
  const field = (dir === -1 ? sort.slice(1) : sort) as SortField;
  const limit = input.limit ?? 50;
  const fingerprint = fingerprintOf([
    words,
    [...new Set(input.costCenterId ?? [])].sort(),
    [...new Set(input.productId ?? [])].sort(),
    status ?? null,
    sort,
  ]);

  const columns = portalColumns(state, portalId);
  const { rows, positions } = sortedView(slice, portalId, field, dir, columns);
  const key = KEY_OF[field];
  const start =
    input.cursor === undefined ? 0 : startAfter(rows, key, decodeCursor(input.cursor, fingerprint), dir);
  const hits = words.length > 0 ? searchHits(slice, columns, words) : null;

  const page: LicenseRecord[] = [];
  let hasMore = false;
  let total = 0;
  let assignedCount = 0;
  let unassignedCount = 0;
  const costCenterCounts = new Int32Array(costCenterSlots);
  const productCounts = new Int32Array(productSlots);
  const { productSlot, costCenterSlot, assigned: assignedColumn } = columns;

  for (let index = 0; index < rows.length; index += 1) {
    const at = positions[index] ?? 0;
    if (hits !== null && hits[at] === 0) continue;
    const product = productSlot[at] ?? 0;
    const costCenter = costCenterSlot[at] ?? 0;
    const assigned = assignedColumn[at] === 1;
    const statusOk = status === undefined || wantAssigned === assigned;
    const productOk = productFilter === null || productFilter[product] === 1;
    const costCenterOk = costCenterFilter === null || costCenterFilter[costCenter] === 1;
    if (statusOk && productOk) costCenterCounts[costCenter] = (costCenterCounts[costCenter] ?? 0) + 1;
    if (statusOk && costCenterOk) productCounts[product] = (productCounts[product] ?? 0) + 1;
    if (productOk && costCenterOk) {
      if (assigned) assignedCount += 1;
      else unassignedCount += 1;
    }
    if (statusOk && productOk && costCenterOk) {
      total += 1;
      if (index >= start) {
        if (page.length < limit) page.push(rows[index] as LicenseRecord);
        else hasMore = true;
      }
    }
  }

  const costCenters: Schema<'LicenseFacets'>['costCenters'] = [];
  for (const costCenter of slice.costCenters.values()) {
    const count = costCenterCounts[costCenter.slot] ?? 0;
    if (count > 0) costCenters.push({ costCenterId: costCenter.id, code: costCenter.code, count });
  }
  costCenters.sort((a, b) => compareKeys(a.code, a.costCenterId ?? '', b.code, b.costCenterId ?? '', 1));
  if ((costCenterCounts[0] ?? 0) > 0)
    costCenters.push({ costCenterId: null, code: null, count: costCenterCounts[0] ?? 0 });
  const products: Schema<'LicenseFacets'>['products'] = [];
  for (const product of slice.products.values()) {
    const count = productCounts[product.slot] ?? 0;
    if (count > 0) products.push({ productId: product.id, count });
  }
  const last = page[page.length - 1];
  return {
    items: page.map((l) => toLicense(state, l)),
    nextCursor:
      hasMore && last ? base64url(JSON.stringify({ h: fingerprint, k: key(last), i: last.id })) : null,
    total,
    facets: { costCenters, products, status: { assigned: assignedCount, unassigned: unassignedCount } },
  };
}
