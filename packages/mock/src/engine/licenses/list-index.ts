import type { State } from '../state.js';
import type { LicenseRecord, LicensesState } from './model.js';
import { costCenterKey, productKey, userSearchText } from './store.js';

// Derived, read-only indexes behind `listLicenses`, kept beside the state (a WeakMap, so they go with it)
// and rebuilt lazily after a portal's licenses change. They exist for one reason: listing, searching and
// counting 100,000 licenses within the benchmark's 20 ms (p95), so every pass over the rows reads typed
// arrays rather than 100,000 scattered objects.

export type SortKey = string | number | null;
export type SortField = 'type' | 'assignee' | 'extension' | 'costCenter' | 'addedAt';

export const KEY_OF: Record<SortField, (l: LicenseRecord) => SortKey> = {
  type: (l) => l.sortType,
  assignee: (l) => l.sortAssignee,
  extension: (l) => l.sortExtension,
  costCenter: (l) => l.sortCostCenter,
  addedAt: (l) => l.addedAtMs,
};

/**
 * Order of two rows by (key, id). `dir` is 1 or -1; rows without a key sort last in either direction, and
 * the id breaks ties so pages never skip or repeat a row.
 */
export function compareKeys(ka: SortKey, ia: string, kb: SortKey, ib: string, dir: number): number {
  if (ka !== kb) {
    if (ka === null) return 1;
    if (kb === null) return -1;
    return ka < kb ? -dir : dir;
  }
  return ia < ib ? -dir : ia > ib ? dir : 0;
}

/** A portal's licenses in creation order, in columns. */
export interface PortalColumns {
  revision: number;
  rows: LicenseRecord[];
  productSlot: Uint8Array;
  costCenterSlot: Int32Array;
  assigned: Uint8Array;
  /** Index of the assignee in `userTexts`, or -1 for a free license. */
  userSlot: Int32Array;
  /** Each assignee's normalised name, e-mail and extension, by user slot. */
  userTexts: string[];
  /** Position in `rows` by license `ord`. */
  positionOf: Int32Array;
}

/** One sort order of a portal's licenses: the rows, and each one's position in `PortalColumns`. */
export interface SortedView {
  revision: number;
  maxOrd: number;
  rows: LicenseRecord[];
  positions: Int32Array;
}

interface PortalIndexes {
  columns?: PortalColumns;
  views: Map<string, SortedView>;
}

const indexes = new WeakMap<LicensesState, Map<string, PortalIndexes>>();

function indexesOf(slice: LicensesState, portalId: string): PortalIndexes {
  let perSlice = indexes.get(slice);
  if (!perSlice) {
    perSlice = new Map();
    indexes.set(slice, perSlice);
  }
  let perPortal = perSlice.get(portalId);
  if (!perPortal) {
    perPortal = { views: new Map() };
    perSlice.set(portalId, perPortal);
  }
  return perPortal;
}

export function portalColumns(state: State, portalId: string): PortalColumns {
  const slice = state.licenses;
  const cache = indexesOf(slice, portalId);
  const revision = slice.revisions.get(portalId) ?? 0;
  if (cache.columns?.revision === revision) return cache.columns;
  const rows = slice.byPortal.get(portalId) ?? [];
  const n = rows.length;
  const productSlot = new Uint8Array(n);
  const costCenterSlot = new Int32Array(n);
  const assigned = new Uint8Array(n);
  const userSlot = new Int32Array(n);
  const positionOf = new Int32Array(slice.nextOrd);
  const userSlots = new Map<string, number>();
  const userTexts: string[] = [];
  for (let i = 0; i < n; i += 1) {
    const license = rows[i] as LicenseRecord;
    productSlot[i] = license.productSlot;
    costCenterSlot[i] = license.costCenterSlot;
    positionOf[license.ord] = i;
    const userId = license.assigneeId;
    if (userId === null) {
      userSlot[i] = -1;
      continue;
    }
    assigned[i] = 1;
    let slot = userSlots.get(userId);
    if (slot === undefined) {
      slot = userTexts.length;
      userSlots.set(userId, slot);
      userTexts.push(userSearchText(state, userId));
    }
    userSlot[i] = slot;
  }
  cache.columns = {
    revision,
    rows: rows.slice(),
    productSlot,
    costCenterSlot,
    assigned,
    userSlot,
    userTexts,
    positionOf,
  };
  return cache.columns;
}

/**
 * The portal's licenses in one order. After a change the previous order is re-sorted rather than built
 * from scratch: it is almost sorted already, which V8's TimSort handles in about linear time.
 */
export function sortedView(
  slice: LicensesState,
  portalId: string,
  field: SortField,
  dir: number,
  columns: PortalColumns,
): SortedView {
  const cache = indexesOf(slice, portalId);
  const viewKey = `${field} ${dir}`;
  const cached = cache.views.get(viewKey);
  if (cached?.revision === columns.revision) return cached;
  const all = columns.rows;
  let rows: LicenseRecord[];
  if (cached) {
    let first = all.length;
    while (first > 0 && (all[first - 1]?.ord ?? -1) > cached.maxOrd) first -= 1;
    // Rows leave only by deletion: when the count says none left, skip checking each one.
    const deleted = cached.rows.length + (all.length - first) !== all.length;
    rows = deleted ? cached.rows.filter((l) => slice.licenses.get(l.id) === l) : cached.rows.slice();
    for (let i = first; i < all.length; i += 1) rows.push(all[i] as LicenseRecord);
  } else {
    rows = all.slice();
  }
  const key = KEY_OF[field];
  rows.sort((a, b) => compareKeys(key(a), a.id, key(b), b.id, dir));
  const positions = new Int32Array(rows.length);
  for (let i = 0; i < rows.length; i += 1)
    positions[i] = columns.positionOf[(rows[i] as LicenseRecord).ord] ?? 0;
  const view = { revision: columns.revision, maxOrd: all[all.length - 1]?.ord ?? -1, rows, positions };
  cache.views.set(viewKey, view);
  return view;
}

/**
 * Which rows (by column position) match every word. A word matches a license when it is in its product's
 * name, its cost center's code or its assignee's name, e-mail or extension; so each word is looked for in
 * the 3 product names, the few dozen cost-center codes and the distinct assignees once, and the rows then
 * only read typed arrays. Words never hold spaces, so this equals matching one joined text per license.
 */
export function searchHits(
  slice: LicensesState,
  columns: PortalColumns,
  words: readonly string[],
): Uint8Array {
  const n = columns.rows.length;
  const hits = new Uint8Array(n).fill(1);
  const products = [...slice.products.values()];
  const costCenters = [...slice.costCenters.values()];
  for (const word of words) {
    const productHit = new Uint8Array(products.length);
    for (const p of products) productHit[p.slot] = productKey(p).includes(word) ? 1 : 0;
    const costCenterHit = new Uint8Array(costCenters.length + 1);
    for (const c of costCenters) costCenterHit[c.slot] = costCenterKey(c).includes(word) ? 1 : 0;
    const userHit = new Uint8Array(columns.userTexts.length);
    columns.userTexts.forEach((text, slot) => {
      if (text.includes(word)) userHit[slot] = 1;
    });
    const { productSlot, costCenterSlot, userSlot } = columns;
    for (let i = 0; i < n; i += 1) {
      if (hits[i] === 0) continue;
      const user = userSlot[i] ?? -1;
      if (
        productHit[productSlot[i] ?? 0] !== 1 &&
        costCenterHit[costCenterSlot[i] ?? 0] !== 1 &&
        (user < 0 || userHit[user] !== 1)
      ) {
        hits[i] = 0;
      }
    }
  }
  return hits;
}
