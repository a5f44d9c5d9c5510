import { describe, expect, it } from 'vitest';
import { productIds } from '../src/engine/licenses/index.js';
import { generatedUserId } from '../src/scenarios/identity.js';
import { portals, tokens, users } from '../src/scenarios/index.js';
import { costCenterIds, journeyUserId, queueIds } from '../src/scenarios/licenses.js';
import { freeLicense, licensesOf, licenseViolations } from './support/licenses.js';
import { callOperation } from './support/operations.js';
import { createTestService } from './support/service.js';

// HTTP-level: routes, query arrays and booleans, ETag / If-Match, status codes and problem codes of the
// licenses operations. The test service validates every response against the contract.

const { connectStandard: CONNECT, contactCenter: CC, liveReports: LIVE } = productIds;
const admin = tokens.a.admin;

describe('catalogue and license table over HTTP', () => {
  it('lists the products', async () => {
    const service = createTestService();
    const { status, body } = await callOperation(service, tokens.a.user_manager, 'listProducts');
    expect(status).toBe(200);
    expect(body.items.map((p: { id: string }) => p.id)).toEqual([CONNECT, CC, LIVE]);
  });

  it('answers 403 naming licenses:read to a member, 401 without a token', async () => {
    const service = createTestService();
    const forbidden = await callOperation(service, tokens.a.member, 'listLicenses');
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.detail).toContain('licenses:read');
    expect((await callOperation(service, undefined, 'listProducts')).status).toBe(401);
  });

  it('lists licenses with repeated cost-center and product parameters, status, sort and limit', async () => {
    const service = createTestService();
    const { status, body } = await callOperation(service, admin, 'listLicenses', {
      query: {
        costCenterId: [costCenterIds.rnd, 'none'],
        productId: [CONNECT, LIVE],
        status: 'assigned',
        sort: 'assignee',
        limit: 5,
      },
    });
    expect(status).toBe(200);
    expect(body.items.length).toBeLessThanOrEqual(5);
    for (const l of body.items) {
      expect([costCenterIds.rnd, undefined]).toContain(l.costCenter?.id);
      expect([CONNECT, LIVE]).toContain(l.productId);
      expect(l.assignee).not.toBeNull();
    }
    const expected = licensesOf(service.state, portals.a).filter(
      (l) =>
        (l.costCenterId === null || l.costCenterId === costCenterIds.rnd) &&
        l.productId !== CC &&
        l.assigneeId !== null,
    ).length;
    expect(body.total).toBe(expected);
  });

  it('pages with nextCursor until the last page', async () => {
    const service = createTestService();
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const { body } = await callOperation(service, admin, 'listLicenses', {
        query: { limit: 25, q: 'portal-a', cursor },
      });
      seen.push(...body.items.map((l: { id: string }) => l.id));
      cursor = body.nextCursor ?? undefined;
    } while (cursor !== undefined);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toHaveLength(licensesOf(service.state, portals.a, { assigned: true }).length);
  });

  it('answers 400 for a sort the contract does not know or a cursor of another query', async () => {
    const service = createTestService();
    expect((await callOperation(service, admin, 'listLicenses', { query: { sort: 'price' } })).status).toBe(
      400,
    );
    const first = await callOperation(service, admin, 'listLicenses', { query: { limit: 5 } });
    const { status, body } = await callOperation(service, admin, 'listLicenses', {
      query: { limit: 5, q: 'ada', cursor: first.body.nextCursor },
    });
    expect(status).toBe(400);
    expect(body.errors[0].pointer).toBe('/query/cursor');
  });

  it('answers 404 for a cost center of another portal', async () => {
    const service = createTestService();
    const { status, body } = await callOperation(service, admin, 'listLicenses', {
      query: { costCenterId: [costCenterIds.bOps] },
    });
    expect([status, body.code]).toEqual([404, 'not_found']);
  });
});

describe('assign and unassign over HTTP', () => {
  it('gets a license with its ETag', async () => {
    const service = createTestService();
    const license = freeLicense(service.state, portals.a, LIVE);
    const { status, body, headers } = await callOperation(service, admin, 'getLicense', {
      path: { licenseId: license.id },
    });
    expect(status).toBe(200);
    expect(headers.get('ETag')).toBe(body.etag);
    const other = await callOperation(service, tokens.b.admin, 'getLicense', {
      path: { licenseId: license.id },
    });
    expect(other.status).toBe(404);
  });

  it('needs If-Match to assign (428), refuses a stale one (412), then assigns with the new ETag', async () => {
    const service = createTestService();
    const license = freeLicense(service.state, portals.a, LIVE);
    const path = { licenseId: license.id };
    const body = { userId: users.member, notify: true };
    expect((await callOperation(service, admin, 'assignLicense', { path, body })).status).toBe(428);
    const stale = await callOperation(service, admin, 'assignLicense', {
      path,
      body,
      headers: { 'If-Match': '"v9"' },
    });
    expect([stale.status, stale.body.code]).toEqual([412, 'precondition_failed']);
    const ok = await callOperation(service, tokens.a.user_manager, 'assignLicense', {
      path,
      body,
      headers: { 'If-Match': '"v1"' },
    });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('ETag')).toBe('"v2"');
    expect(ok.body).toMatchObject({ license: { assignee: { id: users.member } }, warnings: [] });
    const again = await callOperation(service, admin, 'assignLicense', {
      path,
      body: { userId: generatedUserId(39) },
      headers: { 'If-Match': '"v2"' },
    });
    expect([again.status, again.body.code]).toEqual([409, 'license_already_assigned']);
  });

  it('answers 409 product_already_assigned for a second seat of a product', async () => {
    const service = createTestService();
    const license = freeLicense(service.state, portals.a, CONNECT);
    const { status, body } = await callOperation(service, admin, 'assignLicense', {
      path: { licenseId: license.id },
      body: { userId: journeyUserId },
      headers: { 'If-Match': '"v1"' },
    });
    expect([status, body.code]).toEqual([409, 'product_already_assigned']);
  });

  it('unassigns with a warning while the user still sits in queues, then 409 license_not_assigned', async () => {
    const service = createTestService();
    const license = licensesOf(service.state, portals.a, { productId: CC, assigneeId: journeyUserId })[0]!;
    const path = { licenseId: license.id };
    const headers = { 'If-Match': `"v${license.version}"` };
    const { status, body } = await callOperation(service, admin, 'unassignLicense', {
      path,
      body: { notify: false },
      headers,
    });
    expect(status).toBe(200);
    expect(body.license.assignee).toBeNull();
    expect(body.warnings[0].code).toBe('contact_center_still_billed');
    const again = await callOperation(service, admin, 'unassignLicense', {
      path,
      body: {},
      headers: { 'If-Match': body.license.etag },
    });
    expect([again.status, again.body.code]).toEqual([409, 'license_not_assigned']);
  });
});

describe('user products over HTTP', () => {
  it('shows the panel with products and queues', async () => {
    const service = createTestService();
    const { status, body } = await callOperation(service, tokens.a.user_manager, 'getUserProducts', {
      path: { userId: journeyUserId },
    });
    expect(status).toBe(200);
    expect(body.user.name).toBe('Ada Martin');
    expect(body.queues).toHaveLength(2);
  });

  it('adds a product (201), once per user (409), and only while licenses are free (409 no_free_license)', async () => {
    const service = createTestService();
    const add = (userId: string) =>
      callOperation(service, admin, 'addUserProduct', {
        path: { userId },
        body: { productId: CC, features: {} },
      });
    const first = await add(users.member);
    expect(first.status).toBe(201);
    expect(first.body.products.find((p: { productId: string }) => p.productId === CC).features).toEqual({
      screen_recording: false,
      supervisor_barge_in: true,
    });
    expect((await add(users.member)).body.code).toBe('product_already_assigned');
    const second = await add(users.superAdmin);
    expect(second.status).toBe(201);
    const none = await add(generatedUserId(40));
    expect([none.status, none.body.code]).toEqual([409, 'no_free_license']);
  });

  it('answers 400 for a toggle the product does not have', async () => {
    const service = createTestService();
    const { status, body } = await callOperation(service, admin, 'addUserProduct', {
      path: { userId: users.member },
      body: { productId: LIVE, features: { call_recording: true } },
    });
    expect(status).toBe(400);
    expect(body.errors[0].pointer).toBe('/features/call_recording');
  });

  it('replays an add with the same Idempotency-Key without taking a second license', async () => {
    const service = createTestService();
    const request = {
      body: { productId: LIVE },
      headers: { 'Idempotency-Key': 'add-live-0001' },
    };
    const first = await callOperation(service, admin, 'addUserProduct', {
      path: { userId: users.member },
      ...request,
    });
    const free = licensesOf(service.state, portals.a, { productId: LIVE, assigned: false }).length;
    const again = await callOperation(service, admin, 'addUserProduct', {
      path: { userId: users.member },
      ...request,
    });
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(licensesOf(service.state, portals.a, { productId: LIVE, assigned: false })).toHaveLength(free);
  });

  it('answers 422 idempotency_key_reused when the key comes back with another body', async () => {
    const service = createTestService();
    const headers = { 'Idempotency-Key': 'add-product-0002' };
    const path = { userId: users.member };
    const added = await callOperation(service, admin, 'addUserProduct', {
      path,
      body: { productId: LIVE },
      headers,
    });
    expect(added.status).toBe(201);
    const reused = await callOperation(service, admin, 'addUserProduct', {
      path,
      body: { productId: CC },
      headers,
    });
    expect([reused.status, reused.body.code]).toEqual([422, 'idempotency_key_reused']);
    expect(licensesOf(service.state, portals.a, { productId: CC, assigneeId: users.member })).toEqual([]);
  });

  it('updates toggles (200) and answers 409 product_not_assigned for a product the user lacks', async () => {
    const service = createTestService();
    const ok = await callOperation(service, admin, 'updateUserProduct', {
      path: { userId: journeyUserId, productId: CC },
      body: { features: { screen_recording: true }, notify: true },
    });
    expect(ok.status).toBe(200);
    const lacking = await callOperation(service, admin, 'updateUserProduct', {
      path: { userId: users.member, productId: CC },
      body: { features: { screen_recording: true } },
    });
    expect([lacking.status, lacking.body.code]).toEqual([409, 'product_not_assigned']);
  });

  it('removes Connect Standard with removeFromQueues=true: queues left, both licenses released', async () => {
    const service = createTestService();
    const { status, body } = await callOperation(service, admin, 'removeUserProduct', {
      path: { userId: journeyUserId, productId: CONNECT },
      query: { removeFromQueues: true, notify: true },
    });
    expect(status).toBe(200);
    expect(body.releasedLicenseIds).toHaveLength(2);
    expect(body.removedFromQueues.map((q: { queueId: string }) => q.queueId)).toEqual([
      queueIds.renewals,
      queueIds.supportFr,
    ]);
    expect(body.warnings).toEqual([]);
    expect(licenseViolations(service.state)).toEqual([]);
  });

  it('removes Connect Standard alone with the still-billed warning, then 409 when removed again', async () => {
    const service = createTestService();
    const path = { userId: journeyUserId, productId: CONNECT };
    const { body } = await callOperation(service, admin, 'removeUserProduct', { path });
    expect(body.warnings[0].queues).toHaveLength(2);
    const again = await callOperation(service, admin, 'removeUserProduct', { path });
    expect([again.status, again.body.code]).toEqual([409, 'product_not_assigned']);
  });
});

describe('queues over HTTP', () => {
  it('lists queues filtered by user and kind', async () => {
    const service = createTestService();
    const { body } = await callOperation(service, admin, 'listQueues', {
      query: { userId: journeyUserId, kind: 'call' },
    });
    expect(body.items.map((q: { id: string }) => q.id)).toEqual([queueIds.supportFr]);
  });

  it('takes a user out of their last queue and frees their Contact Center seat', async () => {
    const service = createTestService();
    const userId = generatedUserId(4);
    const { status, body } = await callOperation(service, admin, 'removeQueueMember', {
      path: { queueId: queueIds.billing, userId },
    });
    expect(status).toBe(200);
    expect(body).toEqual({ queueId: queueIds.billing, userId, contactCenterSeatReleased: true });
    const again = await callOperation(service, admin, 'removeQueueMember', {
      path: { queueId: queueIds.billing, userId },
    });
    expect(again.status).toBe(404);
  });

  it('is forbidden to a member (licenses:assign)', async () => {
    const service = createTestService();
    const { status } = await callOperation(service, tokens.a.member, 'removeQueueMember', {
      path: { queueId: queueIds.billing, userId: generatedUserId(4) },
    });
    expect(status).toBe(403);
  });
});
