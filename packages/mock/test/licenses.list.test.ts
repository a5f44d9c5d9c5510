import type { Schema } from '@allot/contract';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assignLicense,
  confirmLicenseOrder,
  createLicenseQuote,
  deleteLicenses,
  getLicense,
  listLicenses,
  productIds,
  unassignLicense,
  type LicenseSort,
  type ListLicensesInput,
} from '../src/engine/licenses/index.js';
import type { State } from '../src/engine/state.js';
import { generatedUserId, portals, users } from '../src/scenarios/identity.js';
import { costCenterIds } from '../src/scenarios/licenses.js';
import { ctxAs, expectFailure, freeLicense, licensesOf, scenario } from './support/licenses.js';

type License = Schema<'License'>;

const fold = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');

/** The list computed the slow, obvious way: every row, filter, sort, count. */
function reference(state: State, userId: string, input: ListLicensesInput) {
  const ctx = ctxAs(state, userId);
  const all = licensesOf(state, ctx.actor.portal.id).map((l) => getLicense(ctx, l.id));
  const words = fold(input.q ?? '')
    .split(/\s+/)
    .filter(Boolean);
  const searched = all.filter((l) => {
    const hay = fold(
      [l.productName, l.costCenter?.code, l.assignee?.name, l.assignee?.email, l.assignee?.extension].join(
        ' ',
      ),
    );
    return words.every((w) => hay.includes(w));
  });
  const cc = (l: License) =>
    input.costCenterId === undefined ||
    input.costCenterId.length === 0 ||
    input.costCenterId.includes(l.costCenter?.id ?? 'none');
  const product = (l: License) =>
    input.productId === undefined || input.productId.length === 0 || input.productId.includes(l.productId);
  const status = (l: License) =>
    input.status === undefined || (input.status === 'assigned') === (l.assignee !== null);
  const matched = searched.filter((l) => cc(l) && product(l) && status(l));
  const sort = input.sort ?? '-addedAt';
  const dir = sort.startsWith('-') ? -1 : 1;
  const field = sort.replace('-', '');
  const keyOf = (l: License): string | number | null => {
    switch (field) {
      case 'type':
        return fold(l.productName);
      case 'assignee':
        return l.assignee ? fold(l.assignee.name) : null;
      case 'extension':
        return l.assignee?.extension ? l.assignee.extension.padStart(16, '0') : null;
      case 'costCenter':
        return l.costCenter ? fold(l.costCenter.code) : null;
      default:
        return Date.parse(l.addedAt);
    }
  };
  matched.sort((a, b) => {
    const ka = keyOf(a);
    const kb = keyOf(b);
    if (ka !== kb) {
      if (ka === null) return 1;
      if (kb === null) return -1;
      return ka < kb ? -dir : dir;
    }
    return a.id < b.id ? -dir : dir;
  });
  const count = <K>(rows: License[], k: (l: License) => K) => {
    const m = new Map<K, number>();
    for (const r of rows) m.set(k(r), (m.get(k(r)) ?? 0) + 1);
    return m;
  };
  return {
    ids: matched.map((l) => l.id),
    costCenters: count(
      searched.filter((l) => product(l) && status(l)),
      (l) => l.costCenter?.id ?? null,
    ),
    products: count(
      searched.filter((l) => cc(l) && status(l)),
      (l) => l.productId,
    ),
    status: count(
      searched.filter((l) => cc(l) && product(l)),
      (l) => (l.assignee ? 'assigned' : 'unassigned'),
    ),
  };
}

/** Every page of a query, following nextCursor. */
function allPages(state: State, userId: string, input: ListLicensesInput) {
  const ctx = ctxAs(state, userId);
  const ids: string[] = [];
  let cursor: string | undefined;
  let first: Schema<'LicensePage'> | undefined;
  for (let guard = 0; guard < 1000; guard += 1) {
    const page = listLicenses(ctx, { ...input, cursor });
    first ??= page;
    ids.push(...page.items.map((l) => l.id));
    if (page.nextCursor === null) break;
    cursor = page.nextCursor;
  }
  return { ids, first: first! };
}

function expectSameAsReference(state: State, userId: string, input: ListLicensesInput) {
  const expected = reference(state, userId, input);
  const { ids, first } = allPages(state, userId, input);
  expect(ids).toEqual(expected.ids);
  expect(first.total).toBe(expected.ids.length);
  expect(new Map(first.facets.costCenters.map((f) => [f.costCenterId, f.count]))).toEqual(
    expected.costCenters,
  );
  expect(new Map(first.facets.products.map((f) => [f.productId, f.count]))).toEqual(expected.products);
  expect(first.facets.status).toEqual({
    assigned: expected.status.get('assigned') ?? 0,
    unassigned: expected.status.get('unassigned') ?? 0,
  });
}

const sorts: LicenseSort[] = [
  'type',
  '-type',
  'assignee',
  '-assignee',
  'extension',
  '-extension',
  'costCenter',
  '-costCenter',
  'addedAt',
  '-addedAt',
];

describe('listLicenses', () => {
  it('lists the newest first by default, 50 to a page, with the total and facets', () => {
    const state = scenario();
    const page = listLicenses(ctxAs(state, users.admin));
    expect(page.items).toHaveLength(50);
    expect(page.total).toBe(60);
    expect(page.nextCursor).not.toBeNull();
    const added = page.items.map((l) => l.addedAt);
    expect([...added].sort().reverse()).toEqual(added);
    expect(page.facets.status.assigned + page.facets.status.unassigned).toBe(60);
    expect(page.facets.products.reduce((s, p) => s + p.count, 0)).toBe(60);
    expect(page.facets.costCenters.at(-1)).toMatchObject({ costCenterId: null, code: null });
  });

  it.each(sorts)('pages through every row exactly once, in the reference order, sorted by %s', (sort) => {
    const state = scenario();
    expectSameAsReference(state, users.admin, { sort, limit: 7 });
  });

  it('sorts rows without an assignee, extension or cost center last in both directions', () => {
    const state = scenario();
    const ctx = ctxAs(state, users.admin);
    for (const sort of ['assignee', '-assignee'] as const) {
      const items = listLicenses(ctx, { sort, limit: 200 }).items;
      const firstFree = items.findIndex((l) => l.assignee === null);
      expect(items.slice(firstFree).every((l) => l.assignee === null)).toBe(true);
    }
    for (const sort of ['costCenter', '-costCenter'] as const) {
      const items = listLicenses(ctx, { sort, limit: 200 }).items;
      expect(items.at(-1)?.costCenter).toBeNull();
      expect(items[0]?.costCenter).not.toBeNull();
    }
  });

  it('finds by user name, e-mail, extension, product type and cost-center code, ignoring case and accents', () => {
    const state = scenario();
    const ctx = ctxAs(state, users.admin);
    const ada = listLicenses(ctx, { q: 'Ada@PORTAL-A.test' });
    expect(ada.items.length).toBeGreaterThan(0);
    expect(ada.items.every((l) => l.assignee?.id === users.admin)).toBe(true);
    expect(
      listLicenses(ctx, { q: 'lina@portal-a' }).items.every((l) => l.assignee?.id === users.member),
    ).toBe(true);
    expect(listLicenses(ctx, { q: '1003' }).items.map((l) => l.assignee?.id)).toContain(users.member);
    const live = listLicenses(ctx, { q: 'live reports', limit: 200 });
    expect(live.total).toBe(16);
    expect(live.items.every((l) => l.productId === productIds.liveReports)).toBe(true);
    const sales = listLicenses(ctx, { q: 'sales-fr', limit: 200 });
    expect(sales.items.every((l) => l.costCenter?.code === 'SALES-FR')).toBe(true);
    expect(sales.total).toBe(
      licensesOf(state, portals.a).filter((l) => l.costCenterId === costCenterIds.salesFr).length,
    );
    const accented = [...state.identity.users.values()].find(
      (u) => u.portalId === portals.a && /[éèçöüÉ]/.test(u.name),
    );
    if (accented) {
      const plain = fold(accented.name).split(' ')[0]!;
      expect(listLicenses(ctx, { q: plain, limit: 200 }).total).toBe(
        reference(state, users.admin, { q: plain }).ids.length,
      );
    }
  });

  it('needs every word to match', () => {
    const state = scenario();
    const ctx = ctxAs(state, users.admin);
    expect(listLicenses(ctx, { q: 'ada@portal-a live' }).total).toBe(1);
    expect(listLicenses(ctx, { q: 'ada@portal-a zzzz' }).total).toBe(0);
  });

  it('filters by several cost centers, including none', () => {
    const state = scenario();
    const input = { costCenterId: [costCenterIds.rnd, 'none'], limit: 200 };
    const page = listLicenses(ctxAs(state, users.admin), input);
    expect(page.items.every((l) => l.costCenter === null || l.costCenter.id === costCenterIds.rnd)).toBe(
      true,
    );
    expect(page.items.some((l) => l.costCenter === null)).toBe(true);
    expectSameAsReference(state, users.admin, input);
  });

  it('counts each facet with every filter but its own', () => {
    const state = scenario();
    const input: ListLicensesInput = {
      costCenterId: [costCenterIds.salesFr],
      productId: [productIds.connectStandard],
      status: 'assigned',
    };
    const page = listLicenses(ctxAs(state, users.admin), input);
    // The chosen cost center's menu still shows the others' counts (with the product and status filters).
    expect(page.facets.costCenters.length).toBeGreaterThan(1);
    expectSameAsReference(state, users.admin, input);
  });

  it('agrees with the reference for any search, filters and sort', () => {
    const state = scenario();
    const words = ['ada', 'martin', 'sales', 'connect', 'center', '20', 'portal-a', 'e', 'rnd', 'zz', 'lina'];
    fc.assert(
      fc.property(
        fc.record(
          {
            q: fc.array(fc.constantFrom(...words), { maxLength: 2 }).map((w) => w.join(' ')),
            costCenterId: fc.subarray([...Object.values(costCenterIds).slice(0, 4), 'none']),
            productId: fc.subarray(Object.values(productIds)),
            status: fc.constantFrom('assigned' as const, 'unassigned' as const),
            sort: fc.constantFrom(...sorts),
            limit: fc.integer({ min: 1, max: 60 }),
          },
          { requiredKeys: ['limit'] },
        ),
        (input) => {
          expectSameAsReference(state, users.admin, input);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('follows changes: assignments, unassignments, purchases and deletions show on the next call', () => {
    const state = scenario();
    const ctx = ctxAs(state, users.admin);
    const check = () => {
      for (const sort of ['-addedAt', 'assignee', '-extension'] as const) {
        expectSameAsReference(state, users.admin, { sort, limit: 25 });
        expectSameAsReference(state, users.admin, { sort, q: 'lina' });
      }
    };
    check();
    const free = freeLicense(state, portals.a, productIds.liveReports);
    assignLicense(ctx, { licenseId: free.id, userId: users.member, ifMatch: '*' });
    expect(listLicenses(ctx, { q: 'lina live' }).items.map((l) => l.id)).toEqual([free.id]);
    check();
    unassignLicense(ctx, { licenseId: free.id, ifMatch: '*' });
    check();
    const quote = createLicenseQuote(ctx, { lines: [{ productId: productIds.liveReports, quantity: 5 }] });
    confirmLicenseOrder(ctx, quote.id, { acceptTerms: true });
    expect(listLicenses(ctx).total).toBe(65);
    check();
    deleteLicenses(ctx, { productId: productIds.liveReports, quantity: 7 });
    expect(listLicenses(ctx).total).toBe(58);
    check();
  });

  it('keeps paging stable when rows change between pages (keyset cursor)', () => {
    const state = scenario();
    const ctx = ctxAs(state, users.admin);
    const first = listLicenses(ctx, { sort: 'addedAt', limit: 10 });
    const quote = createLicenseQuote(ctx, {
      lines: [{ productId: productIds.connectStandard, quantity: 3 }],
    });
    confirmLicenseOrder(ctx, quote.id, { acceptTerms: true });
    const second = listLicenses(ctx, { sort: 'addedAt', limit: 10, cursor: first.nextCursor ?? undefined });
    const seen = new Set(first.items.map((l) => l.id));
    expect(second.items.some((l) => seen.has(l.id))).toBe(false);
    expect(second.items[0]!.addedAt >= first.items.at(-1)!.addedAt).toBe(true);
  });

  it('rejects a cursor used with another search, filter or sort, and a made-up one: 400', () => {
    const state = scenario();
    const ctx = ctxAs(state, users.admin);
    const { nextCursor } = listLicenses(ctx, { limit: 5, status: 'assigned' });
    const cursor = nextCursor ?? undefined;
    for (const other of [{ status: 'unassigned' as const }, { sort: 'type' as const }, { q: 'ada' }, {}]) {
      const error = expectFailure(
        () => listLicenses(ctx, { limit: 5, cursor, ...other }),
        400,
        'validation_failed',
      );
      expect(error.extra.errors?.[0]?.pointer).toBe('/query/cursor');
    }
    expectFailure(() => listLicenses(ctx, { cursor: 'not-a-cursor!' }), 400, 'validation_failed');
    expect(listLicenses(ctx, { limit: 5, status: 'assigned', cursor }).items).toHaveLength(5);
  });

  it('answers 404 for a cost center or product the portal does not have', () => {
    const state = scenario();
    expectFailure(
      () => listLicenses(ctxAs(state, users.admin), { costCenterId: ['cc_nope'] }),
      404,
      'not_found',
    );
    expectFailure(
      () => listLicenses(ctxAs(state, users.admin), { costCenterId: [costCenterIds.bOps] }),
      404,
      'not_found',
    );
    expectFailure(
      () => listLicenses(ctxAs(state, users.admin), { productId: ['prd_nope'] }),
      404,
      'not_found',
    );
  });

  it('shows each portal only its own licenses', () => {
    const state = scenario();
    const b = listLicenses(ctxAs(state, users.bAdmin), { limit: 200 });
    expect(b.total).toBe(licensesOf(state, portals.b).length);
    expect(b.items.every((l) => state.licenses.licenses.get(l.id)?.portalId === portals.b)).toBe(true);
  });

  it('is forbidden to a member (no licenses:read)', () => {
    expectFailure(() => listLicenses(ctxAs(scenario(), users.member)), 403, 'forbidden');
  });

  it('agrees with the reference at the large scenario for a few typical queries', () => {
    const state = scenario('large');
    for (const input of [
      { q: 'mar', status: 'assigned' as const, sort: 'assignee' as const, limit: 50 },
      {
        costCenterId: [costCenterIds.rnd, 'none'],
        productId: [productIds.contactCenter],
        sort: '-costCenter' as const,
      },
    ]) {
      const expected = reference(state, users.admin, input);
      const page = listLicenses(ctxAs(state, users.admin), input);
      expect(page.items.map((l) => l.id)).toEqual(expected.ids.slice(0, 50));
      expect(page.total).toBe(expected.ids.length);
    }
    expect(listLicenses(ctxAs(state, users.admin), { q: generatedUserId(12_345).slice(4) }).total).toBe(0);
  });
});
