/**
 * Real flows against `@allot/mock`, the in-memory service that enforces the domain rules. The SDK talks to
 * its fetch-style `handle(request)` through the client's `fetch` option: no network, no MSW.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { createMockService } from '@allot/mock';
import { testNow } from '../../../scripts/test-clock.mjs';
import { createClient, isApiError, type Client } from '../src/index.js';

// The mock's clock stands still at the suites' one instant: what a flow sees does not depend on the day.
const NOW = Date.parse(testNow());

// Faults surface as 500 answers; the mock's own log of them would only be noise here.
const service = createMockService({
  validateResponses: true,
  logger: { error: () => undefined },
  clock: () => NOW,
});

describe('flows against @allot/mock', () => {
  const as = (token: string): Client =>
    createClient({
      baseUrl: service.baseUrl,
      token,
      fetch: (request) => service.handle(request),
      retry: 0,
    });
  beforeEach(() => service.reset());

  it("lists portal A's accounts, with the default one", async () => {
    const { items, defaultAccountId } = await as('tok_a_admin').minutes.accounts.list();
    expect(items.map((account) => account.id)).toContain('acc_pool_a');
    expect(defaultAccountId).toBe('acc_pool_a');
    const member = await as('tok_a_member').minutes.accounts.list();
    expect(member.items.map((account) => account.id)).toEqual([member.defaultAccountId]);
  });

  it('replays a transfer sent twice with one key: the same transfer, minutes moved once', async () => {
    const client = as('tok_a_admin');
    const body = { fromAccountId: 'acc_pool_a', toAccountId: 'acc_proj_emea', minutes: 100 };
    const first = await client.minutes.transfer(body, { idempotencyKey: 'flow-transfer-1' });
    const replay = await client.minutes.transfer(body, { idempotencyKey: 'flow-transfer-1' });
    expect(replay).toEqual(first);
    const { data: pool } = await client.minutes.accounts.get('acc_pool_a');
    expect(pool.balance).toBe(900);
    const reused = await client.minutes
      .transfer({ ...body, minutes: 5 }, { idempotencyKey: 'flow-transfer-1' })
      .catch((e: unknown) => e);
    expect(isApiError<'transferMinutes'>(reused, 'idempotency_key_reused')).toBe(true);
  });

  it('rejects a transfer over the balance with a typed insufficient_minutes', async () => {
    const error = await as('tok_a_admin')
      .minutes.transfer({ fromAccountId: 'acc_proj_emea', toAccountId: 'acc_pool_a', minutes: 1_000_000 })
      .catch((e: unknown) => e);
    expect(isApiError<'transferMinutes'>(error, 'insufficient_minutes')).toBe(true);
    expect(error).toMatchObject({ status: 422, code: 'insufficient_minutes' });
    expect((error as Error).message).toContain('insufficient_minutes');
  });

  it('paginates every license of the portal', async () => {
    const client = as('tok_a_admin');
    const first = await client.licenses.list({ limit: 7 });
    const ids: string[] = [];
    for await (const license of client.licenses.iterate({ limit: 7 })) ids.push(license.id);
    expect(ids).toHaveLength(first.total);
    expect(new Set(ids).size).toBe(ids.length);
    let pages = 0;
    for await (const page of client.licenses.pages({ limit: 7 })) pages += page.items.length > 0 ? 1 : 0;
    expect(pages).toBe(Math.ceil(first.total / 7));
  });

  it('writes with the ETag it read; the old one is then stale', async () => {
    const client = as('tok_a_admin');
    const [held] = (await client.licenses.list({ status: 'assigned', limit: 1 })).items;
    const { etag } = await client.licenses.get(held!.id);
    const unassigned = await client.licenses.unassign(held!.id, { notify: false }, { ifMatch: etag });
    expect(unassigned.data.license.assignee).toBeNull();
    expect(unassigned.etag).not.toBe(etag);
    const stale = await client.licenses
      .assign(held!.id, { userId: held!.assignee!.id, notify: false }, { ifMatch: etag })
      .catch((e: unknown) => e);
    expect(isApiError<'assignLicense'>(stale, 'precondition_failed')).toBe(true);
  });

  it('answers an unknown token with a typed unauthenticated', async () => {
    const error = await as('tok_nobody')
      .me()
      .catch((e: unknown) => e);
    expect(isApiError(error, 'unauthenticated')).toBe(true);
  });

  it('keeps the problem extension members, such as the blockers of an invitation', async () => {
    const error = await as('tok_unpaid')
      .invitations.incoming.accept('invt_a_unpaid', { settlement: 'refund' })
      .catch((e: unknown) => e);
    expect(isApiError(error, 'unpaid_invoices')).toBe(true);
    if (!isApiError(error)) return;
    expect(error.problem['blockers']).toEqual([expect.objectContaining({ code: 'unpaid_invoices' })]);
  });
});
