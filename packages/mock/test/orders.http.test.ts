import { describe, expect, it } from 'vitest';
import { productIds } from '../src/engine/licenses/index.js';
import { portals, tokens } from '../src/scenarios/index.js';
import { costCenterIds } from '../src/scenarios/licenses.js';
import { licensesOf } from './support/licenses.js';
import { callOperation } from './support/operations.js';
import { createTestService } from './support/service.js';

// HTTP-level: cost centers, the purchase flow, the statement, inventory and deletion. The test service
// validates every response against the contract.

const { contactCenter: CC, liveReports: LIVE } = productIds;
const admin = tokens.a.admin;
const MINUTE = 60 * 1000;

async function openQuote(service = createTestService()) {
  const { status, body } = await callOperation(service, admin, 'createLicenseQuote', {
    body: {
      lines: [
        { productId: LIVE, quantity: 10 },
        { productId: CC, quantity: 5 },
      ],
    },
  });
  expect(status).toBe(201);
  return { service, quote: body };
}

describe('cost centers over HTTP', () => {
  it('lists and searches cost centers', async () => {
    const service = createTestService();
    const { status, body } = await callOperation(service, tokens.a.user_manager, 'listCostCenters', {
      query: { q: 'eu' },
    });
    expect(status).toBe(200);
    expect(body.items.map((c: { code: string }) => c.code)).toEqual(['MKT-EU']);
  });

  it('creates one (201) and refuses the same code in other case (409 cost_center_exists)', async () => {
    const service = createTestService();
    const created = await callOperation(service, admin, 'createCostCenter', {
      body: { code: 'OPS-FR', name: 'Ops' },
    });
    expect(created.status).toBe(201);
    const again = await callOperation(service, admin, 'createCostCenter', {
      body: { code: 'ops-fr', name: 'Ops 2' },
    });
    expect([again.status, again.body.code]).toEqual([409, 'cost_center_exists']);
  });

  it('answers 400 for a code with spaces and 403 to a user manager', async () => {
    const service = createTestService();
    expect(
      (await callOperation(service, admin, 'createCostCenter', { body: { code: 'A B', name: 'x' } })).status,
    ).toBe(400);
    expect(
      (
        await callOperation(service, tokens.a.user_manager, 'createCostCenter', {
          body: { code: 'AB', name: 'x' },
        })
      ).status,
    ).toBe(403);
  });
});

describe('purchase over HTTP', () => {
  it('answers 400 for a product listed twice, pointing at the second line', async () => {
    const service = createTestService();
    const { status, body } = await callOperation(service, admin, 'createLicenseQuote', {
      body: {
        lines: [
          { productId: LIVE, quantity: 1 },
          { productId: LIVE, quantity: 2 },
        ],
      },
    });
    expect(status).toBe(400);
    expect(body.errors[0].pointer).toBe('/lines/1/productId');
  });

  it('allocates all, a selection and a split, and reads the quote back', async () => {
    const { service, quote } = await openQuote();
    const path = { quoteId: quote.id };
    const all = await callOperation(service, admin, 'allocateLicenseQuote', {
      path,
      body: { mode: 'all', costCenterId: costCenterIds.rnd },
    });
    expect(all.body.allocationComplete).toBe(true);
    const selection = await callOperation(service, admin, 'allocateLicenseQuote', {
      path,
      body: { mode: 'selection', costCenterId: costCenterIds.mktEu, productIds: [CC] },
    });
    expect(selection.body.lines[1].allocation[0].costCenterCode).toBe('MKT-EU');
    const split = await callOperation(service, admin, 'allocateLicenseQuote', {
      path,
      body: {
        mode: 'split',
        productId: LIVE,
        parts: [
          { costCenterId: costCenterIds.salesFr, quantity: 7 },
          { costCenterId: costCenterIds.supportDe, quantity: 3 },
        ],
      },
    });
    expect(split.status).toBe(200);
    const read = await callOperation(service, admin, 'getLicenseQuote', { path: { quoteId: quote.id } });
    expect(read.body.lines[0].allocation.map((a: { quantity: number }) => a.quantity)).toEqual([7, 3]);
  });

  it('answers 422 allocation_mismatch when the split does not add up, 400 for an unknown mode', async () => {
    const { service, quote } = await openQuote();
    const path = { quoteId: quote.id };
    const mismatch = await callOperation(service, admin, 'allocateLicenseQuote', {
      path,
      body: {
        mode: 'split',
        productId: CC,
        parts: [
          { costCenterId: costCenterIds.salesFr, quantity: 1 },
          { costCenterId: costCenterIds.rnd, quantity: 1 },
        ],
      },
    });
    expect([mismatch.status, mismatch.body.code]).toEqual([422, 'allocation_mismatch']);
    expect(
      (await callOperation(service, admin, 'allocateLicenseQuote', { path, body: { mode: 'half' } })).status,
    ).toBe(400);
  });

  it('confirms with acceptTerms (201, Location), replays by key, and refuses a second order', async () => {
    const { service, quote } = await openQuote();
    const path = { quoteId: quote.id };
    const before = licensesOf(service.state, portals.a).length;
    const refused = await callOperation(service, admin, 'confirmLicenseOrder', {
      path,
      body: { acceptTerms: false },
      headers: { 'Idempotency-Key': 'order-key-0001' },
    });
    expect([refused.status, refused.body.code]).toEqual([422, 'terms_not_accepted']);
    const ordered = await callOperation(service, admin, 'confirmLicenseOrder', {
      path,
      body: { acceptTerms: true },
      headers: { 'Idempotency-Key': 'order-key-0002' },
    });
    expect(ordered.status).toBe(201);
    expect(ordered.headers.get('Location')).toBe(`/v1/license-orders/${ordered.body.id}`);
    expect(licensesOf(service.state, portals.a)).toHaveLength(before + 15);
    const replay = await callOperation(service, admin, 'confirmLicenseOrder', {
      path,
      body: { acceptTerms: true },
      headers: { 'Idempotency-Key': 'order-key-0002' },
    });
    expect(replay.body).toEqual(ordered.body);
    expect(licensesOf(service.state, portals.a)).toHaveLength(before + 15);
    const other = await callOperation(service, admin, 'confirmLicenseOrder', {
      path,
      body: { acceptTerms: true },
      headers: { 'Idempotency-Key': 'order-key-0003' },
    });
    expect([other.status, other.body.code]).toEqual([422, 'quote_expired']);
    const statement = await callOperation(service, admin, 'getLicenseOrder', {
      path: { orderId: ordered.body.id },
    });
    expect(statement.body).toEqual(ordered.body);
  });

  it('answers 400 when confirming without an Idempotency-Key', async () => {
    const { service, quote } = await openQuote();
    const { status } = await callOperation(service, admin, 'confirmLicenseOrder', {
      path: { quoteId: quote.id },
      body: { acceptTerms: true },
    });
    expect(status).toBe(400);
  });

  it('answers 422 quote_expired once 30 minutes have passed', async () => {
    const { service, quote } = await openQuote();
    service.advance(30 * MINUTE);
    const read = await callOperation(service, admin, 'getLicenseQuote', { path: { quoteId: quote.id } });
    expect(read.body.status).toBe('expired');
    const { status, body } = await callOperation(service, admin, 'confirmLicenseOrder', {
      path: { quoteId: quote.id },
      body: { acceptTerms: true },
      headers: { 'Idempotency-Key': 'order-key-late' },
    });
    expect([status, body.code]).toEqual([422, 'quote_expired']);
  });

  it('keeps quotes and orders to their portal (404) and purchasing to purchasers (403)', async () => {
    const { service, quote } = await openQuote();
    const read = (token: string) =>
      callOperation(service, token, 'getLicenseQuote', { path: { quoteId: quote.id } });
    expect((await read(tokens.b.admin)).status).toBe(404);
    expect((await read(tokens.a.user_manager)).status).toBe(403);
  });
});

describe('inventory and deletion over HTTP', () => {
  it('reads the inventory and deletes up to the deletable count', async () => {
    const service = createTestService();
    const inventory = await callOperation(service, tokens.a.user_manager, 'getLicenseInventory');
    const live = inventory.body.items.find((i: { productId: string }) => i.productId === LIVE);
    expect(live.deletable).toBe(live.unassigned);
    const tooMany = await callOperation(service, admin, 'deleteLicenses', {
      body: { productId: LIVE, quantity: live.deletable + 1 },
    });
    expect([tooMany.status, tooMany.body.code]).toEqual([422, 'exceeds_deletable']);
    const deleted = await callOperation(service, admin, 'deleteLicenses', {
      body: { productId: LIVE, quantity: live.deletable },
    });
    expect(deleted.status).toBe(200);
    expect(deleted.body.products[0].remaining).toEqual({
      owned: live.assigned,
      assigned: live.assigned,
      unassigned: 0,
      deletable: 0,
    });
  });

  it('is forbidden to a user manager (licenses:delete)', async () => {
    const service = createTestService();
    const { status, body } = await callOperation(service, tokens.a.user_manager, 'deleteLicenses', {
      body: { productId: LIVE, quantity: 1 },
    });
    expect(status).toBe(403);
    expect(body.detail).toContain('licenses:delete');
  });
});
