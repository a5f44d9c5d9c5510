import { describe, expect, it } from 'vitest';
import {
  addUserProduct,
  allocateLicenseQuote,
  confirmLicenseOrder,
  createCostCenter,
  createLicenseQuote,
  deleteLicenses,
  moveLicenses,
  getLicenseInventory,
  getLicenseOrder,
  getLicenseQuote,
  listCostCenters,
  productIds,
  QUOTE_TTL_MS,
} from '../src/engine/licenses/index.js';
import { generatedUserId, portals, users } from '../src/scenarios/identity.js';
import { costCenterIds } from '../src/scenarios/licenses.js';
import {
  ctxAs,
  expectFailure,
  licensesDigest,
  licensesOf,
  licenseViolations,
  NOW,
  scenario,
} from './support/licenses.js';

const { connectStandard: CONNECT, contactCenter: CC, liveReports: LIVE } = productIds;
const { salesFr: SALES, supportDe: SUPPORT, rnd: RND } = costCenterIds;

function cart(state = scenario()) {
  const ctx = ctxAs(state, users.admin);
  const quote = createLicenseQuote(ctx, {
    lines: [
      { productId: LIVE, quantity: 10 },
      { productId: CC, quantity: 5 },
    ],
  });
  return { state, ctx, quote };
}

describe('cost centers', () => {
  it('lists the portal’s cost centers ordered by code', () => {
    const page = listCostCenters(ctxAs(scenario(), users.userManager));
    expect(page.items.map((c) => c.code)).toEqual(['MKT-EU', 'RND', 'SALES-FR', 'SUPPORT-DE']);
    expect(page.nextCursor).toBeNull();
  });

  it('searches code and name, case-insensitively', () => {
    const ctx = ctxAs(scenario(), users.admin);
    expect(listCostCenters(ctx, { q: 'sales' }).items.map((c) => c.id)).toEqual([SALES]);
    expect(listCostCenters(ctx, { q: 'GERMANY' }).items.map((c) => c.id)).toEqual([SUPPORT]);
    expect(listCostCenters(ctx, { q: 'nothing' }).items).toEqual([]);
  });

  it('pages', () => {
    const ctx = ctxAs(scenario('large'), users.admin);
    const first = listCostCenters(ctx, { limit: 30 });
    const second = listCostCenters(ctx, { limit: 30, cursor: first.nextCursor ?? undefined });
    expect(first.items.length + second.items.length).toBe(40);
    expect(second.nextCursor).toBeNull();
  });

  it('creates a cost center', () => {
    const state = scenario();
    const ctx = ctxAs(state, users.admin);
    const created = createCostCenter(ctx, { code: 'MKT-DE', name: 'Marketing Germany' });
    expect(created).toMatchObject({
      code: 'MKT-DE',
      name: 'Marketing Germany',
      createdAt: '2026-11-02T09:30:00.000Z',
    });
    expect(listCostCenters(ctx).items.map((c) => c.code)).toContain('MKT-DE');
  });

  it('refuses a code already used, compared case-insensitively: 409 cost_center_exists', () => {
    const state = scenario();
    const digest = licensesDigest(state);
    const error = expectFailure(
      () => createCostCenter(ctxAs(state, users.admin), { code: 'sales-fr', name: 'Again' }),
      409,
      'cost_center_exists',
    );
    expect(error.detail).toContain('SALES-FR');
    expect(licensesDigest(state)).toBe(digest);
  });

  it('lets another portal use the same code', () => {
    const state = scenario();
    expect(createCostCenter(ctxAs(state, users.bAdmin), { code: 'SALES-FR', name: 'Ventes' }).code).toBe(
      'SALES-FR',
    );
  });

  it('is forbidden to a user manager (cost_centers:manage)', () => {
    expectFailure(
      () => createCostCenter(ctxAs(scenario(), users.userManager), { code: 'X', name: 'X' }),
      403,
      'forbidden',
    );
  });
});

describe('createLicenseQuote', () => {
  it('prices the cart at catalogue prices: charged today prorated to the next billing date, then per period, never summed across periods', () => {
    // 2 November: 29 days left of November's 30 (Live Reports, yearly: of the 365 days before 1 December).
    const { quote } = cart();
    const eur = (amount: number) => ({ amount, currency: 'EUR' });
    expect(quote).toMatchObject({
      status: 'open',
      currency: 'EUR',
      expiresAt: new Date(NOW + QUOTE_TTL_MS).toISOString(),
      allocationComplete: false,
      nextBillingDate: '2026-12-01',
      subtotal: eur(11917 + 21750),
      tax: eur(6733),
      total: eur(33667 + 6733),
      taxRate: 2000,
      recurring: [
        { billingPeriod: 'month', subtotal: eur(22500), tax: eur(4500), total: eur(27000) },
        { billingPeriod: 'year', subtotal: eur(150000), tax: eur(30000), total: eur(180000) },
      ],
    });
    expect(quote.lines).toEqual([
      {
        productId: LIVE,
        productName: 'Live Reports',
        quantity: 10,
        unitPrice: eur(15000),
        total: eur(150000),
        firstCharge: eur(Math.floor((150000 * 29) / 365)),
        billingPeriod: 'year',
        allocation: [],
      },
      expect.objectContaining({ productId: CC, quantity: 5, total: eur(22500), firstCharge: eur(21750) }),
    ]);
  });

  it('charges a whole period on the first day of the billing cycle and one day of it on the last', () => {
    const on = (iso: string) =>
      createLicenseQuote(ctxAs(scenario(), users.admin, Date.parse(iso)), {
        lines: [
          { productId: CC, quantity: 5 },
          { productId: LIVE, quantity: 1 },
        ],
      });
    const first = on('2026-11-01T00:00:00Z');
    expect(first.lines.map((l) => l.firstCharge.amount)).toEqual([22500, Math.floor((15000 * 30) / 365)]);
    const last = on('2026-11-30T23:59:00Z');
    expect(last.lines.map((l) => l.firstCharge.amount)).toEqual([
      Math.floor(22500 / 30),
      Math.floor(15000 / 365),
    ]);
    // A leap year's February: 29 days of the cycle, the year before 1 March 2028 has 366.
    const leap = on('2028-02-29T12:00:00Z');
    expect(leap.nextBillingDate).toBe('2028-03-01');
    expect(leap.lines.map((l) => l.firstCharge.amount)).toEqual([
      Math.floor(22500 / 29),
      Math.floor(15000 / 366),
    ]);
  });

  it('buys nothing yet', () => {
    const state = scenario();
    const before = licensesOf(state, portals.a).length;
    cart(state);
    expect(licensesOf(state, portals.a)).toHaveLength(before);
  });

  it('rejects a product listed twice with 400 pointing at the second line', () => {
    const state = scenario();
    const error = expectFailure(
      () =>
        createLicenseQuote(ctxAs(state, users.admin), {
          lines: [
            { productId: LIVE, quantity: 1 },
            { productId: LIVE, quantity: 2 },
          ],
        }),
      400,
      'validation_failed',
    );
    expect(error.extra.errors).toEqual([expect.objectContaining({ pointer: '/lines/1/productId' })]);
  });

  it('answers 404 for an unknown product', () => {
    expectFailure(
      () =>
        createLicenseQuote(ctxAs(scenario(), users.admin), {
          lines: [{ productId: 'prd_nope', quantity: 1 }],
        }),
      404,
      'not_found',
    );
  });

  it('is forbidden to a user manager (licenses:purchase)', () => {
    expectFailure(
      () =>
        createLicenseQuote(ctxAs(scenario(), users.userManager), {
          lines: [{ productId: LIVE, quantity: 1 }],
        }),
      403,
      'forbidden',
    );
  });
});

describe('allocateLicenseQuote', () => {
  it('puts every line on one cost center (all)', () => {
    const { ctx, quote } = cart();
    const allocated = allocateLicenseQuote(ctx, quote.id, { mode: 'all', costCenterId: SALES });
    expect(allocated.lines.map((l) => l.allocation)).toEqual([
      [{ costCenterId: SALES, costCenterCode: 'SALES-FR', quantity: 10 }],
      [{ costCenterId: SALES, costCenterCode: 'SALES-FR', quantity: 5 }],
    ]);
    expect(allocated.allocationComplete).toBe(true);
    expect(allocated.total).toEqual(quote.total);
  });

  it('puts the selected lines on one cost center and leaves the others (selection)', () => {
    const { ctx, quote } = cart();
    allocateLicenseQuote(ctx, quote.id, { mode: 'all', costCenterId: SALES });
    const allocated = allocateLicenseQuote(ctx, quote.id, {
      mode: 'selection',
      costCenterId: RND,
      productIds: [CC],
    });
    expect(allocated.lines.map((l) => l.allocation.map((a) => a.costCenterId))).toEqual([[SALES], [RND]]);
  });

  it('splits one line across cost centers when the parts add up (split)', () => {
    const { ctx, quote } = cart();
    const allocated = allocateLicenseQuote(ctx, quote.id, {
      mode: 'split',
      productId: LIVE,
      parts: [
        { costCenterId: SALES, quantity: 6 },
        { costCenterId: SUPPORT, quantity: 4 },
      ],
    });
    expect(allocated.lines[0]?.allocation).toEqual([
      { costCenterId: SALES, costCenterCode: 'SALES-FR', quantity: 6 },
      { costCenterId: SUPPORT, costCenterCode: 'SUPPORT-DE', quantity: 4 },
    ]);
    expect(allocated.lines[1]?.allocation).toEqual([]);
    expect(allocated.allocationComplete).toBe(false);
  });

  it('says 422 allocation_mismatch when the parts do not add up, and keeps the earlier allocation', () => {
    const { state, ctx, quote } = cart();
    allocateLicenseQuote(ctx, quote.id, { mode: 'all', costCenterId: SALES });
    const digest = licensesDigest(state);
    const error = expectFailure(
      () =>
        allocateLicenseQuote(ctx, quote.id, {
          mode: 'split',
          productId: LIVE,
          parts: [
            { costCenterId: SALES, quantity: 6 },
            { costCenterId: SUPPORT, quantity: 3 },
          ],
        }),
      422,
      'allocation_mismatch',
    );
    expect(error.detail).toBe('The parts add up to 9 licenses; the Live Reports line has 10.');
    expect(licensesDigest(state)).toBe(digest);
  });

  it('rejects a cost center named in two parts with 400', () => {
    const { ctx, quote } = cart();
    expectFailure(
      () =>
        allocateLicenseQuote(ctx, quote.id, {
          mode: 'split',
          productId: LIVE,
          parts: [
            { costCenterId: SALES, quantity: 5 },
            { costCenterId: SALES, quantity: 5 },
          ],
        }),
      400,
      'validation_failed',
    );
  });

  it('answers 404 for an unknown cost center, a product not in the quote, or another portal’s quote', () => {
    const { state, ctx, quote } = cart();
    expectFailure(
      () => allocateLicenseQuote(ctx, quote.id, { mode: 'all', costCenterId: 'cc_nope' }),
      404,
      'not_found',
    );
    expectFailure(
      () => allocateLicenseQuote(ctx, quote.id, { mode: 'all', costCenterId: costCenterIds.bOps }),
      404,
      'not_found',
    );
    expectFailure(
      () =>
        allocateLicenseQuote(ctx, quote.id, {
          mode: 'selection',
          costCenterId: SALES,
          productIds: [CONNECT],
        }),
      404,
      'not_found',
    );
    expectFailure(
      () =>
        allocateLicenseQuote(ctxAs(state, users.bAdmin), quote.id, {
          mode: 'all',
          costCenterId: costCenterIds.bOps,
        }),
      404,
      'not_found',
    );
    expectFailure(() => getLicenseQuote(ctxAs(state, users.bAdmin), quote.id), 404, 'not_found');
  });

  it('says 422 quote_expired 30 minutes after the quote was made', () => {
    const { state, quote } = cart();
    const later = ctxAs(state, users.admin, NOW + QUOTE_TTL_MS);
    expect(getLicenseQuote(ctxAs(state, users.admin, NOW + QUOTE_TTL_MS - 1), quote.id).status).toBe('open');
    expect(getLicenseQuote(later, quote.id).status).toBe('expired');
    expectFailure(
      () => allocateLicenseQuote(later, quote.id, { mode: 'all', costCenterId: SALES }),
      422,
      'quote_expired',
    );
  });
});

describe('confirmLicenseOrder', () => {
  it('says 422 terms_not_accepted without acceptTerms, and buys nothing', () => {
    const { state, ctx, quote } = cart();
    const digest = licensesDigest(state);
    expectFailure(
      () => confirmLicenseOrder(ctx, quote.id, { acceptTerms: false }),
      422,
      'terms_not_accepted',
    );
    expect(licensesDigest(state)).toBe(digest);
  });

  it('creates the licenses, unassigned, on their cost centers, and returns the statement', () => {
    const { state, ctx, quote } = cart();
    allocateLicenseQuote(ctx, quote.id, {
      mode: 'split',
      productId: LIVE,
      parts: [
        { costCenterId: SALES, quantity: 6 },
        { costCenterId: SUPPORT, quantity: 4 },
      ],
    });
    const before = new Set(licensesOf(state, portals.a).map((l) => l.id));
    const order = confirmLicenseOrder(ctx, quote.id, { acceptTerms: true });
    const created = licensesOf(state, portals.a).filter((l) => !before.has(l.id));
    expect(created).toHaveLength(15);
    expect(created.every((l) => l.assigneeId === null && l.addedAt === '2026-11-02T09:30:00.000Z')).toBe(
      true,
    );
    const on = (productId: string, costCenterId: string | null) =>
      created.filter((l) => l.productId === productId && l.costCenterId === costCenterId).length;
    expect([on(LIVE, SALES), on(LIVE, SUPPORT), on(CC, null)]).toEqual([6, 4, 5]);
    expect(order).toMatchObject({
      number: 'LO-2026-0001',
      quoteId: quote.id,
      createdAt: '2026-11-02T09:30:00.000Z',
      portal: { id: portals.a, name: 'Portal A', ownerEmail: 'owner@portal-a.test' },
      currency: 'EUR',
      total: quote.total,
      recurring: quote.recurring,
      taxRate: 2000,
      nextBillingDate: '2026-12-01',
    });
    expect(order.lines.map((l) => l.firstCharge)).toEqual(quote.lines.map((l) => l.firstCharge));
    expect(order.lines.map((l) => [l.productId, l.licensesCreated, l.allocation.length])).toEqual([
      [LIVE, 10, 2],
      [CC, 5, 0],
    ]);
    expect(getLicenseOrder(ctx, order.id)).toEqual(order);
    expect(getLicenseQuote(ctx, quote.id).status).toBe('ordered');
    expect(licenseViolations(state)).toEqual([]);
  });

  it('says 422 quote_expired for a quote already ordered or too old', () => {
    const { state, ctx, quote } = cart();
    confirmLicenseOrder(ctx, quote.id, { acceptTerms: true });
    expectFailure(() => confirmLicenseOrder(ctx, quote.id, { acceptTerms: true }), 422, 'quote_expired');
    expectFailure(
      () => allocateLicenseQuote(ctx, quote.id, { mode: 'all', costCenterId: SALES }),
      422,
      'quote_expired',
    );
    const old = cart(state).quote;
    expectFailure(
      () =>
        confirmLicenseOrder(ctxAs(state, users.admin, NOW + QUOTE_TTL_MS + 1), old.id, { acceptTerms: true }),
      422,
      'quote_expired',
    );
  });

  it('answers 404 for another portal’s quote or order', () => {
    const { state, ctx, quote } = cart();
    expectFailure(
      () => confirmLicenseOrder(ctxAs(state, users.bAdmin), quote.id, { acceptTerms: true }),
      404,
      'not_found',
    );
    const order = confirmLicenseOrder(ctx, quote.id, { acceptTerms: true });
    expectFailure(() => getLicenseOrder(ctxAs(state, users.bAdmin), order.id), 404, 'not_found');
    expectFailure(() => getLicenseOrder(ctx, 'lo_nope'), 404, 'not_found');
  });

  it('numbers each portal’s orders for people: LO-<year>-0001, then -0002; another portal counts its own', () => {
    const { state, ctx, quote } = cart();
    expect(confirmLicenseOrder(ctx, quote.id, { acceptTerms: true }).number).toBe('LO-2026-0001');
    const next = cart(state).quote;
    expect(confirmLicenseOrder(ctx, next.id, { acceptTerms: true }).number).toBe('LO-2026-0002');
    const b = ctxAs(state, users.bAdmin);
    const theirs = createLicenseQuote(b, { lines: [{ productId: CC, quantity: 1 }] });
    expect(confirmLicenseOrder(b, theirs.id, { acceptTerms: true }).number).toBe('LO-2026-0001');
  });

  it('lets a new license be added to a user once bought', () => {
    const state = scenario();
    const ctx = ctxAs(state, users.admin);
    const free = licensesOf(state, portals.a, { productId: LIVE, assigned: false }).length;
    for (let n = 0; n < free; n += 1)
      addUserProduct(ctx, { userId: generatedUserId(35 + n), productId: LIVE });
    expectFailure(
      () => addUserProduct(ctx, { userId: users.member, productId: LIVE }),
      409,
      'no_free_license',
    );
    const quote = createLicenseQuote(ctx, { lines: [{ productId: LIVE, quantity: 1 }] });
    confirmLicenseOrder(ctx, quote.id, { acceptTerms: true });
    expect(
      addUserProduct(ctx, { userId: users.member, productId: LIVE }).products.map((p) => p.productId),
    ).toContain(LIVE);
  });
});

describe('inventory and deletion', () => {
  it('counts owned, assigned, unassigned and deletable per product', () => {
    const state = scenario();
    const { items } = getLicenseInventory(ctxAs(state, users.userManager));
    expect(items.map((i) => [i.productId, i.owned, i.assigned, i.unassigned, i.deletable])).toEqual([
      [CONNECT, 30, 26, 4, 4],
      [CC, 14, 12, 2, 2],
      [LIVE, 16, 12, 4, 4],
    ]);
  });

  it('lists no product in the empty scenario', () => {
    expect(getLicenseInventory(ctxAs(scenario('empty'), users.admin)).items).toEqual([]);
  });

  it('deletes unassigned licenses only, newest first, and returns the counts afterwards', () => {
    const state = scenario();
    const ctx = ctxAs(state, users.admin);
    const assigned = licensesOf(state, portals.a, { productId: LIVE, assigned: true }).map((l) => l.id);
    const result = deleteLicenses(ctx, { productId: LIVE, quantity: 3 });
    expect(result).toMatchObject({
      dryRun: false,
      deleted: 3,
      products: [
        { productId: LIVE, deleted: 3, remaining: { owned: 13, assigned: 12, unassigned: 1, deletable: 1 } },
      ],
    });
    expect(result.costCenters.reduce((n, c) => n + c.deleted, 0)).toBe(3);
    for (const id of result.deletedLicenseIds) expect(state.licenses.licenses.has(id)).toBe(false);
    for (const id of assigned) expect(state.licenses.licenses.get(id)?.assigneeId).not.toBeNull();
    expect(licenseViolations(state)).toEqual([]);
  });

  it('says 422 exceeds_deletable beyond the unassigned count, naming it, and deletes nothing', () => {
    const state = scenario();
    const digest = licensesDigest(state);
    const error = expectFailure(
      () => deleteLicenses(ctxAs(state, users.admin), { productId: LIVE, quantity: 5 }),
      422,
      'exceeds_deletable',
    );
    expect(error.detail).toBe('Live Reports has 4 licenses that can be deleted; 5 were asked for.');
    expect(licensesDigest(state)).toBe(digest);
  });

  it('answers a dry run with what would go, per product and cost center, and deletes nothing', () => {
    const state = scenario();
    const digest = licensesDigest(state);
    const review = deleteLicenses(ctxAs(state, users.admin), { productId: LIVE, quantity: 3, dryRun: true });
    expect(licensesDigest(state)).toBe(digest);
    const done = deleteLicenses(ctxAs(state, users.admin), { licenseIds: review.deletedLicenseIds });
    expect({ ...done, dryRun: true }).toEqual(review);
    for (const id of review.deletedLicenseIds) expect(state.licenses.licenses.has(id)).toBe(false);
  });

  it('deletes by cost center only the unassigned licenses billed to it, and names the center when there are fewer', () => {
    const state = scenario();
    const free = licensesOf(state, portals.a, { productId: LIVE, assigned: false });
    const center = free.find((l) => l.costCenterId !== null)?.costCenterId ?? null;
    const there = free.filter((l) => l.costCenterId === center).length;
    const code = center === null ? '' : state.licenses.costCenters.get(center)?.code;
    const ctx = ctxAs(state, users.admin);
    const error = expectFailure(
      () => deleteLicenses(ctx, { productId: LIVE, quantity: there + 1, costCenterId: center }),
      422,
      'exceeds_deletable',
    );
    expect(error.detail).toBe(
      `Live Reports has ${there} licenses billed to ${code} that can be deleted; ${there + 1} were asked for.`,
    );
    const result = deleteLicenses(ctx, { productId: LIVE, quantity: there, costCenterId: center });
    expect(result.costCenters).toEqual([
      { costCenter: expect.objectContaining({ id: center, code }), deleted: there },
    ]);
    expect(licensesOf(state, portals.a, { productId: LIVE, assigned: false }).length).toBe(
      free.length - there,
    );
  });

  it('deletes exactly the licenses named, of several products, or none of them when one is assigned', () => {
    const state = scenario();
    const ctx = ctxAs(state, users.admin);
    const live = licensesOf(state, portals.a, { productId: LIVE, assigned: false })[0];
    const cc = licensesOf(state, portals.a, { productId: CC, assigned: false })[0];
    const held = licensesOf(state, portals.a, { productId: LIVE, assigned: true })[0];
    if (!live || !cc || !held) throw new Error('the scenario has free and assigned licenses');
    const digest = licensesDigest(state);
    const error = expectFailure(
      () => deleteLicenses(ctx, { licenseIds: [live.id, held.id] }),
      409,
      'license_already_assigned',
    );
    expect(error.detail).toMatch(
      new RegExp(`^${held.id} is assigned to .+; unassign it before deleting it\\.$`),
    );
    expect(licensesDigest(state)).toBe(digest);
    expectFailure(() => deleteLicenses(ctx, { licenseIds: [live.id, 'lic_nope'] }), 404, 'not_found');
    expect(licensesDigest(state)).toBe(digest);
    const result = deleteLicenses(ctx, { licenseIds: [cc.id, live.id] });
    expect(result.products.map((p) => [p.productId, p.deleted])).toEqual(
      [
        [LIVE, 1],
        [CC, 1],
      ].sort(
        (a, b) =>
          [...state.licenses.products.keys()].indexOf(a[0] as string) -
          [...state.licenses.products.keys()].indexOf(b[0] as string),
      ),
    );
    expect(state.licenses.licenses.has(live.id) || state.licenses.licenses.has(cc.id)).toBe(false);
    expect(licenseViolations(state)).toEqual([]);
  });

  it('counts a license named twice once, in a deletion and in a move', () => {
    const state = scenario();
    const ctx = ctxAs(state, users.admin);
    const [free] = licensesOf(state, portals.a, { productId: LIVE, assigned: false });
    const [other] = licensesOf(state, portals.a, { productId: CC, assigned: false });
    if (!free || !other) throw new Error('the scenario has free licenses');
    const target = other.costCenterId === SUPPORT ? RND : SUPPORT;
    expect(moveLicenses(ctx, { licenseIds: [other.id, other.id], costCenterId: target }).moved).toBe(1);
    expect(deleteLicenses(ctx, { licenseIds: [free.id, free.id] }).deleted).toBe(1);
  });

  it('bills licenses to another cost center, or to none, each with a new version; a 404 moves nothing', () => {
    const state = scenario();
    const ctx = ctxAs(state, users.admin);
    const [a, b] = licensesOf(state, portals.a, { productId: LIVE }).filter(
      (l) => l.costCenterId !== SUPPORT,
    );
    if (!a || !b) throw new Error('the scenario has licenses outside SUPPORT');
    const digest = licensesDigest(state);
    expectFailure(() => moveLicenses(ctx, { licenseIds: [a.id], costCenterId: 'cc_nope' }), 404, 'not_found');
    expectFailure(
      () => moveLicenses(ctx, { licenseIds: [a.id, 'lic_nope'], costCenterId: SUPPORT }),
      404,
      'not_found',
    );
    expectFailure(
      () => moveLicenses(ctx, { licenseIds: [a.id], costCenterId: costCenterIds.bOps }),
      404,
      'not_found',
    );
    expect(licensesDigest(state)).toBe(digest);
    const versions = [a.version, b.version];
    const first = moveLicenses(ctx, { licenseIds: [a.id, b.id], costCenterId: SUPPORT });
    expect(first.moved).toBe(2);
    expect(first.licenses.map((l) => l.costCenter?.id)).toEqual([SUPPORT, SUPPORT]);
    expect([a.version, b.version]).toEqual(versions.map((v) => v + 1));
    expect(first.from.reduce((n, f) => n + f.moved, 0)).toBe(2);
    const again = moveLicenses(ctx, { licenseIds: [a.id, b.id], costCenterId: SUPPORT });
    expect([again.moved, again.from]).toEqual([0, []]);
    const none = moveLicenses(ctx, { licenseIds: [a.id], costCenterId: null });
    expect([none.moved, none.licenses[0]?.costCenter, none.from]).toEqual([
      1,
      null,
      [{ costCenter: expect.objectContaining({ id: SUPPORT }), moved: 1 }],
    ]);
    expectFailure(
      () => moveLicenses(ctxAs(state, users.userManager), { licenseIds: [b.id], costCenterId: null }),
      403,
      'forbidden',
    );
  });

  it('answers 404 for an unknown product or one the portal owns no licenses of', () => {
    expectFailure(
      () => deleteLicenses(ctxAs(scenario(), users.admin), { productId: 'prd_nope', quantity: 1 }),
      404,
      'not_found',
    );
    expectFailure(
      () => deleteLicenses(ctxAs(scenario(), users.bAdmin), { productId: CC, quantity: 1 }),
      404,
      'not_found',
    );
  });

  it('is forbidden to a user manager (licenses:delete)', () => {
    expectFailure(
      () => deleteLicenses(ctxAs(scenario(), users.userManager), { productId: LIVE, quantity: 1 }),
      403,
      'forbidden',
    );
  });
});
