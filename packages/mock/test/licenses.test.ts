import { describe, expect, it } from 'vitest';
import {
  addUserProduct,
  assignLicense,
  getLicense,
  getUserProducts,
  listProducts,
  listQueues,
  productIds,
  removeQueueMember,
  removeUserProduct,
  unassignLicense,
  updateUserProduct,
} from '../src/engine/licenses/index.js';
import { generatedUserId, portals, users } from '../src/scenarios/identity.js';
import { journeyUserId, LARGE_LICENSE_COUNT, queueIds } from '../src/scenarios/licenses.js';
import {
  ctxAs,
  expectFailure,
  freeLicense,
  licensesDigest,
  licensesOf,
  licenseViolations,
  scenario,
} from './support/licenses.js';

const { connectStandard: CONNECT, contactCenter: CC, liveReports: LIVE } = productIds;

describe('catalogue', () => {
  it('lists Connect Standard, Contact Center and Live Reports with price, period and feature defaults', () => {
    const state = scenario();
    const { items } = listProducts(ctxAs(state, users.admin));
    expect(items.map((p) => [p.code, p.unitPrice.amount, p.unitPrice.currency, p.billingPeriod])).toEqual([
      ['connect_standard', 2400, 'EUR', 'month'],
      ['contact_center', 4500, 'EUR', 'month'],
      ['live_reports', 15000, 'EUR', 'year'],
    ]);
    expect(items.every((p) => p.features.length > 0)).toBe(true);
    expect(items.find((p) => p.id === CONNECT)?.features).toContainEqual({
      key: 'call_recording',
      label: 'Call recording',
      defaultEnabled: true,
    });
  });

  it('marks only Contact Center as billed by queue membership', () => {
    const { items } = listProducts(ctxAs(scenario(), users.userManager));
    expect(items.filter((p) => p.queueDependent).map((p) => p.id)).toEqual([CC]);
  });
});

describe('scenarios', () => {
  it('gives portal A about 60 licenses over 4 cost centers, some without one, assigned and free', () => {
    const state = scenario();
    const a = licensesOf(state, portals.a);
    expect(a).toHaveLength(60);
    const centers = [...state.licenses.costCenters.values()].filter((c) => c.portalId === portals.a);
    expect(centers.map((c) => c.code).sort()).toEqual(['MKT-EU', 'RND', 'SALES-FR', 'SUPPORT-DE']);
    expect(a.some((l) => l.costCenterId === null)).toBe(true);
    for (const c of centers) expect(a.some((l) => l.costCenterId === c.id)).toBe(true);
    expect(licensesOf(state, portals.a, { assigned: false }).length).toBeGreaterThan(0);
    const assignees = new Set(a.map((l) => l.assigneeId));
    expect(assignees).toContain(users.superAdmin);
    expect(assignees).toContain(generatedUserId(1));
    expect(licenseViolations(state)).toEqual([]);
  });

  it('has queues of each kind with supervisors and agents, all of whose members hold Contact Center', () => {
    const state = scenario();
    const queues = [...state.licenses.queues.values()];
    expect(new Set(queues.map((q) => q.kind))).toEqual(new Set(['call', 'inbound', 'outbound']));
    const roles = queues.flatMap((q) => q.members.map((m) => m.role));
    expect(roles).toContain('supervisor');
    expect(roles).toContain('agent');
    for (const member of queues.flatMap((q) => q.members)) {
      expect(licensesOf(state, portals.a, { assigneeId: member.userId, productId: CC })).toHaveLength(1);
    }
  });

  it('seats the journey user with Connect Standard and Contact Center in two queues', () => {
    const state = scenario();
    const panel = getUserProducts(ctxAs(state, users.admin), journeyUserId);
    expect(panel.products.map((p) => p.productId)).toEqual(expect.arrayContaining([CONNECT, CC]));
    expect(panel.queues).toEqual([
      { queueId: queueIds.renewals, queueName: 'Renewals', kind: 'outbound', role: 'supervisor' },
      { queueId: queueIds.supportFr, queueName: 'Support FR', kind: 'call', role: 'agent' },
    ]);
  });

  it('gives portal B a few licenses of its own', () => {
    const state = scenario();
    const b = licensesOf(state, portals.b);
    expect(b.length).toBeGreaterThan(0);
    expect(b.length).toBeLessThan(10);
  });

  it('has the catalogue but no licenses, cost centers or queues in the empty scenario', () => {
    const state = scenario('empty');
    expect(state.licenses.products.size).toBe(3);
    expect(state.licenses.licenses.size).toBe(0);
    expect(state.licenses.costCenters.size).toBe(0);
    expect(state.licenses.queues.size).toBe(0);
  });

  it('builds 100,000 licenses on portal A over the generated users and 40 cost centers in the large scenario', () => {
    const state = scenario('large');
    const a = licensesOf(state, portals.a);
    expect(a).toHaveLength(LARGE_LICENSE_COUNT);
    expect([...state.licenses.costCenters.values()].filter((c) => c.portalId === portals.a)).toHaveLength(40);
    expect(
      a.some((l) => l.assigneeId === generatedUserId(20_000) || l.assigneeId === generatedUserId(19_999)),
    ).toBe(true);
    expect(licenseViolations(state)).toEqual([]);
  });

  it('is the same for the same seed and differs for another', () => {
    const one = licensesDigest(scenario('default', 7));
    expect(licensesDigest(scenario('default', 7))).toBe(one);
    expect(licensesDigest(scenario('default', 8))).not.toBe(one);
  });
});

describe('getLicense', () => {
  it('returns the license with its version as etag', () => {
    const state = scenario();
    const record = freeLicense(state, portals.a, LIVE);
    const license = getLicense(ctxAs(state, users.userManager), record.id);
    expect(license).toMatchObject({
      id: record.id,
      productId: LIVE,
      productName: 'Live Reports',
      assignee: null,
    });
    expect(license.etag).toBe(`"v${record.version}"`);
  });

  it("answers 404 for another portal's license, never revealing it", () => {
    const state = scenario();
    const record = freeLicense(state, portals.a, LIVE);
    expectFailure(() => getLicense(ctxAs(state, users.bAdmin), record.id), 404, 'not_found');
    expectFailure(() => getLicense(ctxAs(state, users.admin), 'lic_nope'), 404, 'not_found');
  });
});

describe('assignLicense', () => {
  it('assigns a free license, bumps its version and gives the product defaults as toggles', () => {
    const state = scenario();
    const record = freeLicense(state, portals.a, LIVE);
    const before = record.version;
    const change = assignLicense(ctxAs(state, users.admin), {
      licenseId: record.id,
      userId: users.member,
      ifMatch: `"v${before}"`,
    });
    expect(change.license.assignee).toEqual({
      id: users.member,
      name: 'Lina Roux',
      email: 'lina@portal-a.test',
      extension: '1003',
    });
    expect(change.license.etag).toBe(`"v${before + 1}"`);
    expect(change.warnings).toEqual([]);
    expect(getUserProducts(ctxAs(state, users.admin), users.member).products).toContainEqual(
      expect.objectContaining({
        productId: LIVE,
        licenseId: record.id,
        features: { agent_monitoring: false },
      }),
    );
  });

  it('sends the product-change notification only when asked', () => {
    const state = scenario();
    const ctx = ctxAs(state, users.admin);
    const first = freeLicense(state, portals.a, LIVE);
    assignLicense(ctx, { licenseId: first.id, userId: users.member, ifMatch: '"v1"' });
    expect(state.licenses.notifications).toEqual([]);
    const second = freeLicense(state, portals.a, CONNECT);
    assignLicense(ctx, { licenseId: second.id, userId: generatedUserId(30), notify: true, ifMatch: '"v1"' });
    expect(state.licenses.notifications).toEqual([
      {
        userId: generatedUserId(30),
        productId: CONNECT,
        change: 'added',
        sentAt: '2026-11-02T09:30:00.000Z',
      },
    ]);
  });

  it('refuses an assigned license: 409 license_already_assigned', () => {
    const state = scenario();
    const taken = licensesOf(state, portals.a, { productId: LIVE, assigned: true })[0]!;
    const digest = licensesDigest(state);
    expectFailure(
      () =>
        assignLicense(ctxAs(state, users.admin), {
          licenseId: taken.id,
          userId: generatedUserId(40),
          ifMatch: `"v${taken.version}"`,
        }),
      409,
      'license_already_assigned',
    );
    expect(licensesDigest(state)).toBe(digest);
  });

  it('refuses a second seat of the same product: 409 product_already_assigned', () => {
    const state = scenario();
    const record = freeLicense(state, portals.a, CONNECT);
    const digest = licensesDigest(state);
    expectFailure(
      () =>
        assignLicense(ctxAs(state, users.admin), {
          licenseId: record.id,
          userId: users.admin,
          ifMatch: '"v1"',
        }),
      409,
      'product_already_assigned',
    );
    expect(licensesDigest(state)).toBe(digest);
  });

  it('refuses a stale If-Match with 412 and a missing one with 428', () => {
    const state = scenario();
    const record = freeLicense(state, portals.a, LIVE);
    const ctx = ctxAs(state, users.admin);
    const digest = licensesDigest(state);
    expectFailure(
      () => assignLicense(ctx, { licenseId: record.id, userId: users.member, ifMatch: '"v0"' }),
      412,
      'precondition_failed',
    );
    expectFailure(
      () => assignLicense(ctx, { licenseId: record.id, userId: users.member, ifMatch: undefined }),
      428,
      'precondition_required',
    );
    expect(licensesDigest(state)).toBe(digest);
    expect(
      assignLicense(ctx, { licenseId: record.id, userId: users.member, ifMatch: '*' }).license.assignee?.id,
    ).toBe(users.member);
  });

  it("answers 404 for an unknown user or another portal's user", () => {
    const state = scenario();
    const record = freeLicense(state, portals.a, LIVE);
    const ctx = ctxAs(state, users.admin);
    expectFailure(
      () => assignLicense(ctx, { licenseId: record.id, userId: 'usr_nobody', ifMatch: '"v1"' }),
      404,
      'not_found',
    );
    expectFailure(
      () => assignLicense(ctx, { licenseId: record.id, userId: users.bMember, ifMatch: '"v1"' }),
      404,
      'not_found',
    );
  });

  it("answers 404 when another portal tries to assign portal A's license", () => {
    const state = scenario();
    const record = freeLicense(state, portals.a, LIVE);
    expectFailure(
      () =>
        assignLicense(ctxAs(state, users.bAdmin), {
          licenseId: record.id,
          userId: users.bMember,
          ifMatch: '"v1"',
        }),
      404,
      'not_found',
    );
  });

  it('is forbidden to a role without licenses:assign', () => {
    const state = scenario();
    const record = freeLicense(state, portals.a, LIVE);
    expectFailure(
      () =>
        assignLicense(ctxAs(state, users.member), {
          licenseId: record.id,
          userId: users.member,
          ifMatch: '"v1"',
        }),
      403,
      'forbidden',
    );
  });
});

describe('unassignLicense', () => {
  it('returns the license to the pool, where it stays owned', () => {
    const state = scenario();
    const ctx = ctxAs(state, users.admin);
    const record = licensesOf(state, portals.a, { productId: LIVE, assigneeId: users.superAdmin })[0]!;
    const owned = licensesOf(state, portals.a).length;
    const change = unassignLicense(ctx, { licenseId: record.id, ifMatch: `"v${record.version}"` });
    expect(change.license.assignee).toBeNull();
    expect(change.warnings).toEqual([]);
    expect(licensesOf(state, portals.a)).toHaveLength(owned);
    expect(getUserProducts(ctx, users.superAdmin).products.map((p) => p.productId)).not.toContain(LIVE);
  });

  it('refuses a license already in the pool: 409 license_not_assigned', () => {
    const state = scenario();
    const record = freeLicense(state, portals.a, LIVE);
    expectFailure(
      () => unassignLicense(ctxAs(state, users.admin), { licenseId: record.id, ifMatch: '"v1"' }),
      409,
      'license_not_assigned',
    );
  });

  it('refuses a stale If-Match: 412 precondition_failed', () => {
    const state = scenario();
    const record = licensesOf(state, portals.a, { assigned: true })[0]!;
    const digest = licensesDigest(state);
    expectFailure(
      () => unassignLicense(ctxAs(state, users.admin), { licenseId: record.id, ifMatch: '"v1"' }),
      412,
      'precondition_failed',
    );
    expect(licensesDigest(state)).toBe(digest);
  });

  it('warns that Contact Center stays billed when the user still sits in queues', () => {
    const state = scenario();
    const record = licensesOf(state, portals.a, { productId: CONNECT, assigneeId: journeyUserId })[0]!;
    const change = unassignLicense(ctxAs(state, users.admin), {
      licenseId: record.id,
      ifMatch: `"v${record.version}"`,
    });
    expect(change.warnings).toHaveLength(1);
    expect(change.warnings[0]).toMatchObject({
      code: 'contact_center_still_billed',
      queues: [
        { queueId: queueIds.renewals, kind: 'outbound', role: 'supervisor' },
        { queueId: queueIds.supportFr, kind: 'call', role: 'agent' },
      ],
    });
    expect(change.warnings[0]?.message).toContain('Ada Martin is still in 2 contact-center queues');
  });
});

describe('user products', () => {
  it('adds a product from a free license, with defaults overridden by the given toggles', () => {
    const state = scenario();
    const ctx = ctxAs(state, users.userManager);
    const panel = addUserProduct(ctx, {
      userId: users.member,
      productId: LIVE,
      features: { agent_monitoring: true },
      notify: true,
    });
    expect(panel.products).toContainEqual(
      expect.objectContaining({
        productId: LIVE,
        productName: 'Live Reports',
        features: { agent_monitoring: true },
      }),
    );
    expect(state.licenses.notifications.at(-1)).toMatchObject({ userId: users.member, change: 'added' });
    expect(licenseViolations(state)).toEqual([]);
  });

  it('says 409 no_free_license when every license of the product is assigned', () => {
    const state = scenario();
    const ctx = ctxAs(state, users.admin);
    const free = licensesOf(state, portals.a, { productId: LIVE, assigned: false }).length;
    for (let n = 0; n < free; n += 1)
      addUserProduct(ctx, { userId: generatedUserId(35 + n), productId: LIVE });
    const digest = licensesDigest(state);
    expectFailure(
      () => addUserProduct(ctx, { userId: users.member, productId: LIVE }),
      409,
      'no_free_license',
    );
    expect(licensesDigest(state)).toBe(digest);
  });

  it('says 409 product_already_assigned when the user has the product', () => {
    const state = scenario();
    expectFailure(
      () => addUserProduct(ctxAs(state, users.admin), { userId: journeyUserId, productId: CONNECT }),
      409,
      'product_already_assigned',
    );
  });

  it('rejects a toggle the product does not have with 400 validation_failed pointing at it', () => {
    const state = scenario();
    const error = expectFailure(
      () =>
        addUserProduct(ctxAs(state, users.admin), {
          userId: users.member,
          productId: LIVE,
          features: { warp: true },
        }),
      400,
      'validation_failed',
    );
    expect(error.extra.errors).toEqual([expect.objectContaining({ pointer: '/features/warp' })]);
  });

  it('answers 404 for an unknown product or user', () => {
    const state = scenario();
    const ctx = ctxAs(state, users.admin);
    expectFailure(
      () => addUserProduct(ctx, { userId: users.member, productId: 'prd_nope' }),
      404,
      'not_found',
    );
    expectFailure(() => addUserProduct(ctx, { userId: 'usr_nope', productId: LIVE }), 404, 'not_found');
    expectFailure(() => getUserProducts(ctx, users.bAdmin), 404, 'not_found');
  });

  it('changes only the named toggles and keeps the license version', () => {
    const state = scenario();
    const ctx = ctxAs(state, users.admin);
    const license = licensesOf(state, portals.a, { productId: CONNECT, assigneeId: journeyUserId })[0]!;
    const version = license.version;
    const panel = updateUserProduct(ctx, {
      userId: journeyUserId,
      productId: CONNECT,
      features: { voicemail_transcription: true },
    });
    expect(panel.products.find((p) => p.productId === CONNECT)?.features).toEqual({
      call_recording: true,
      voicemail_transcription: true,
      mobile_app: true,
    });
    expect(license.version).toBe(version);
  });

  it('says 409 product_not_assigned when updating or removing a product the user lacks', () => {
    const state = scenario();
    const ctx = ctxAs(state, users.admin);
    expectFailure(
      () =>
        updateUserProduct(ctx, { userId: users.member, productId: CC, features: { screen_recording: true } }),
      409,
      'product_not_assigned',
    );
    expectFailure(
      () => removeUserProduct(ctx, { userId: users.member, productId: CC }),
      409,
      'product_not_assigned',
    );
  });

  it('rejects an unknown toggle on update with 400', () => {
    const state = scenario();
    expectFailure(
      () =>
        updateUserProduct(ctxAs(state, users.admin), {
          userId: journeyUserId,
          productId: CONNECT,
          features: { x: true },
        }),
      400,
      'validation_failed',
    );
  });

  it('removes a product and returns its license to the pool', () => {
    const state = scenario();
    const ctx = ctxAs(state, users.admin);
    const license = licensesOf(state, portals.a, { productId: LIVE, assigneeId: users.superAdmin })[0]!;
    const removal = removeUserProduct(ctx, { userId: users.superAdmin, productId: LIVE, notify: true });
    expect(removal).toMatchObject({ releasedLicenseIds: [license.id], removedFromQueues: [], warnings: [] });
    expect(license.assigneeId).toBeNull();
    expect(state.licenses.notifications.at(-1)).toMatchObject({ change: 'removed', productId: LIVE });
  });

  it('keeps Contact Center billed when Connect Standard is removed, and says which queues', () => {
    const state = scenario();
    const removal = removeUserProduct(ctxAs(state, users.admin), {
      userId: journeyUserId,
      productId: CONNECT,
    });
    expect(removal.userProducts.products.map((p) => p.productId)).toContain(CC);
    expect(removal.removedFromQueues).toEqual([]);
    expect(removal.warnings).toEqual([
      expect.objectContaining({
        code: 'contact_center_still_billed',
        queues: removal.userProducts.queues,
      }),
    ]);
    expect(removal.userProducts.queues).toHaveLength(2);
  });

  it('takes the user out of every queue in the same step and frees the Contact Center seat', () => {
    const state = scenario();
    const cc = licensesOf(state, portals.a, { productId: CC, assigneeId: journeyUserId })[0]!;
    const connect = licensesOf(state, portals.a, { productId: CONNECT, assigneeId: journeyUserId })[0]!;
    const removal = removeUserProduct(ctxAs(state, users.admin), {
      userId: journeyUserId,
      productId: CONNECT,
      removeFromQueues: true,
    });
    expect(removal.releasedLicenseIds).toEqual([connect.id, cc.id]);
    expect(removal.removedFromQueues.map((q) => q.queueId)).toEqual([queueIds.renewals, queueIds.supportFr]);
    expect(removal.warnings).toEqual([]);
    expect(removal.userProducts.queues).toEqual([]);
    expect(removal.userProducts.products.map((p) => p.productId)).toEqual([LIVE]);
    expect(cc.assigneeId).toBeNull();
    expect(state.licenses.queues.get(queueIds.supportFr)?.members.map((m) => m.userId)).not.toContain(
      journeyUserId,
    );
  });

  it('warns when Contact Center itself is removed while the user still sits in queues', () => {
    const state = scenario();
    const removal = removeUserProduct(ctxAs(state, users.admin), {
      userId: generatedUserId(3),
      productId: CC,
    });
    expect(removal.warnings.map((w) => w.code)).toEqual(['contact_center_still_billed']);
  });

  it('does not warn when a product unrelated to Contact Center is removed', () => {
    const state = scenario();
    const removal = removeUserProduct(ctxAs(state, users.admin), { userId: journeyUserId, productId: LIVE });
    expect(removal.warnings).toEqual([]);
  });
});

describe('queues', () => {
  it('lists call, inbound and outbound queues with their members by kind then name', () => {
    const state = scenario();
    const page = listQueues(ctxAs(state, users.userManager));
    expect(page.items.map((q) => [q.kind, q.name])).toEqual([
      ['call', 'Billing Hotline'],
      ['call', 'Support FR'],
      ['inbound', 'Inbound Sales'],
      ['inbound', 'Partner Line'],
      ['outbound', 'Renewals'],
      ['outbound', 'Win-back'],
    ]);
    expect(page.items[1]?.members).toContainEqual({
      userId: journeyUserId,
      name: 'Ada Martin',
      role: 'agent',
    });
    expect(page.nextCursor).toBeNull();
  });

  it('filters by user and by kind, and pages', () => {
    const state = scenario();
    const ctx = ctxAs(state, users.admin);
    expect(listQueues(ctx, { userId: journeyUserId }).items.map((q) => q.id)).toEqual([
      queueIds.supportFr,
      queueIds.renewals,
    ]);
    expect(listQueues(ctx, { kind: 'inbound' }).items.map((q) => q.kind)).toEqual(['inbound', 'inbound']);
    const first = listQueues(ctx, { limit: 4 });
    expect(first.items).toHaveLength(4);
    const second = listQueues(ctx, { limit: 4, cursor: first.nextCursor ?? undefined });
    expect(second.items).toHaveLength(2);
    expect(second.nextCursor).toBeNull();
  });

  it('answers 404 for an unknown user filter; another portal sees no queues of A', () => {
    const state = scenario();
    expectFailure(() => listQueues(ctxAs(state, users.admin), { userId: 'usr_nope' }), 404, 'not_found');
    expect(listQueues(ctxAs(state, users.bAdmin)).items).toEqual([]);
  });

  it('keeps the Contact Center seat while the user is still in another queue', () => {
    const state = scenario();
    const result = removeQueueMember(ctxAs(state, users.admin), {
      queueId: queueIds.supportFr,
      userId: journeyUserId,
    });
    expect(result).toEqual({
      queueId: queueIds.supportFr,
      userId: journeyUserId,
      contactCenterSeatReleased: false,
    });
    expect(licensesOf(state, portals.a, { productId: CC, assigneeId: journeyUserId })).toHaveLength(1);
  });

  it('frees the Contact Center seat when the user leaves the last queue, whatever their role', () => {
    const state = scenario();
    const ctx = ctxAs(state, users.admin);
    const cc = licensesOf(state, portals.a, { productId: CC, assigneeId: journeyUserId })[0]!;
    removeQueueMember(ctx, { queueId: queueIds.supportFr, userId: journeyUserId });
    const result = removeQueueMember(ctx, { queueId: queueIds.renewals, userId: journeyUserId });
    expect(result.contactCenterSeatReleased).toBe(true);
    expect(cc.assigneeId).toBeNull();
    expect(getUserProducts(ctx, journeyUserId).products.map((p) => p.productId)).toEqual([CONNECT, LIVE]);
  });

  it('answers 404 for a user who is not in the queue, an unknown queue, or another portal', () => {
    const state = scenario();
    const digest = licensesDigest(state);
    expectFailure(
      () =>
        removeQueueMember(ctxAs(state, users.admin), { queueId: queueIds.billing, userId: journeyUserId }),
      404,
      'not_found',
    );
    expectFailure(
      () => removeQueueMember(ctxAs(state, users.admin), { queueId: 'que_nope', userId: journeyUserId }),
      404,
      'not_found',
    );
    expectFailure(
      () =>
        removeQueueMember(ctxAs(state, users.bAdmin), { queueId: queueIds.supportFr, userId: journeyUserId }),
      404,
      'not_found',
    );
    expect(licensesDigest(state)).toBe(digest);
  });
});

describe('a failed call changes nothing', () => {
  it('leaves the licenses slice identical after each kind of refusal', () => {
    const state = scenario();
    const ctx = ctxAs(state, users.admin);
    const digest = licensesDigest(state);
    const attempts: (() => unknown)[] = [
      () => removeUserProduct(ctx, { userId: users.member, productId: CC, removeFromQueues: true }),
      () => addUserProduct(ctx, { userId: journeyUserId, productId: CC }),
      () =>
        updateUserProduct(ctx, {
          userId: users.member,
          productId: LIVE,
          features: { agent_monitoring: true },
        }),
      () => unassignLicense(ctx, { licenseId: freeLicense(state, portals.a, CC).id, ifMatch: '*' }),
      () => removeQueueMember(ctx, { queueId: queueIds.winback, userId: users.member }),
    ];
    for (const attempt of attempts) {
      expect(attempt).toThrow();
      expect(licensesDigest(state)).toBe(digest);
    }
  });
});
