/**
 * Every operation of the contract is reachable through one SDK method, and that method sends what the
 * contract says: method, path (values encoded in order), Idempotency-Key, If-Match, body; and reads the
 * answer as the contract says (JSON, CSV text, PDF Blob, `{ data, etag }`).
 */
import { describe, expect, it } from 'vitest';
import { createClient, type Client, type OperationId, type Result } from '../src/index.js';
import { operations, takes } from './contract.js';

type Calls = { [I in OperationId]: (client: Client) => Promise<Result<I>> };

const ETAG = 'W/"v7"';
const ifMatch = { ifMatch: ETAG };

/** One call per operation, path values named p1, p2… in the order they appear in the path. */
export const calls: Calls = {
  getMe: (c) => c.me(),
  createWidgetToken: (c) =>
    c.widgetTokens.create({
      portalId: 'prt_a',
      userId: 'usr_ada',
      permissions: ['minutes:read'],
      ttlSeconds: 900,
    }),
  listUsers: (c) => c.users.list({ q: 'ada' }),
  updateUserRole: (c) => c.users.setRole('p1', { role: 'admin' }),
  listMinuteAccounts: (c) => c.minutes.accounts.list(),
  createProject: (c) => c.minutes.projects.create({ title: 'EMEA' }),
  getMinuteAccount: (c) => c.minutes.accounts.get('p1'),
  updateProject: (c) => c.minutes.projects.update('p1', undefined, ifMatch),
  deleteProject: (c) => c.minutes.projects.delete('p1'),
  listLedgerEntries: (c) => c.minutes.ledger.list('p1'),
  transferMinutes: (c) => c.minutes.transfer({ fromAccountId: 'acc_a', toAccountId: 'acc_b', minutes: 5 }),
  quoteMinutePurchase: (c) => c.minutes.quote({ minutes: 1000 }),
  purchaseMinutes: (c) => c.minutes.purchase({ accountId: 'acc_a', minutes: 1000 }),
  recordUsage: (c) => c.minutes.recordUsage({ accountId: 'acc_a', minutes: 45 }),
  setDefaultAccount: (c) => c.minutes.setDefaultAccount({ accountId: 'acc_a' }),
  createShare: (c) => c.shares.create({ accountId: 'acc_a', recipientEmail: 'owner@portal-b.test' }),
  listOutgoingShares: (c) => c.shares.list({ status: ['pending', 'accepted'] }),
  resendShare: (c) => c.shares.resend('p1'),
  cancelShare: (c) => c.shares.cancel('p1'),
  listIncomingShares: (c) => c.shares.incoming.list(),
  acceptShare: (c) => c.shares.incoming.accept('p1', { setDefault: true }),
  declineShare: (c) => c.shares.incoming.decline('p1'),
  createInvitations: (c) =>
    c.invitations.create({ emails: ['ada@example.test'], membership: { type: 'basic' } }),
  listInvitations: (c) => c.invitations.list(),
  resendInvitation: (c) => c.invitations.resend('p1'),
  revokeInvitation: (c) => c.invitations.revoke('p1'),
  listIncomingInvitations: (c) => c.invitations.incoming.list(),
  acceptInvitation: (c) => c.invitations.incoming.accept('p1'),
  declineInvitation: (c) => c.invitations.incoming.decline('p1'),
  listProducts: (c) => c.products.list(),
  listLicenses: (c) => c.licenses.list({ costCenterId: ['cc_1', 'cc_2'], status: 'unassigned' }),
  getLicense: (c) => c.licenses.get('p1'),
  assignLicense: (c) => c.licenses.assign('p1', { userId: 'usr_ada', notify: false }, ifMatch),
  unassignLicense: (c) => c.licenses.unassign('p1', undefined, ifMatch),
  getUserProducts: (c) => c.users.products.list('p1'),
  addUserProduct: (c) => c.users.products.add('p1', { productId: 'prd_1', notify: false }),
  updateUserProduct: (c) => c.users.products.update('p1', 'p2', { features: {}, notify: false }),
  removeUserProduct: (c) => c.users.products.remove('p1', 'p2', { removeFromQueues: true }),
  listQueues: (c) => c.queues.list(),
  removeQueueMember: (c) => c.queues.removeMember('p1', 'p2'),
  listCostCenters: (c) => c.costCenters.list(),
  createCostCenter: (c) => c.costCenters.create({ code: 'SALES-FR', name: 'Sales France' }),
  createLicenseQuote: (c) => c.licenses.quotes.create({ lines: [{ productId: 'prd_1', quantity: 2 }] }),
  getLicenseQuote: (c) => c.licenses.quotes.get('p1'),
  allocateLicenseQuote: (c) => c.licenses.quotes.allocate('p1', { mode: 'all', costCenterId: 'cc_1' }),
  confirmLicenseOrder: (c) => c.licenses.quotes.confirm('p1', { acceptTerms: true }),
  getLicenseOrder: (c) => c.licenses.orders.get('p1'),
  getLicenseInventory: (c) => c.licenses.inventory(),
  deleteLicenses: (c) => c.licenses.delete({ productId: 'prd_1', quantity: 1 }),
  moveLicenses: (c) => c.licenses.move({ licenseIds: ['lic_1'], costCenterId: null }),
  getWorkspaceBilling: (c) => c.workspace.billing(),
  listTeams: (c) => c.workspace.teams.list(),
  archiveTeam: (c) => c.workspace.teams.archive('p1', { dryRun: true }),
  unarchiveTeam: (c) => c.workspace.teams.unarchive('p1', { dryRun: false }),
  listMembers: (c) => c.members.list({ status: 'inactive' }),
  createPrunePreview: (c) => c.members.previewPrune(),
  startPruneJob: (c) => c.members.prune({ previewVersion: 'pv_1', confirm: true }),
  getPruneJob: (c) => c.members.pruneJob('p1'),
  exportBilledLicenseHolders: (c) => c.billing.exportLicenseHolders({ month: '2026-10' }),
  listInvoices: (c) => c.billing.invoices.list(),
  getInvoicePdf: (c) => c.billing.invoices.pdf('p1'),
  listCredits: (c) => c.billing.credits.list(),
};

interface Sent {
  request: Request;
  body: string;
}

/** A client over a fetch that answers each request as the contract's success response would, and records it. */
const recording = (op: (typeof operations)[number], fail = 0) => {
  const sent: Sent[] = [];
  const client = createClient({
    baseUrl: 'https://api.allot.test/v1/',
    token: 'tok_a_admin',
    retry: { baseDelay: 1, maxDelay: 1 },
    fetch: async (request: Request) => {
      sent.push({ request, body: await request.clone().text() });
      if (sent.length <= fail) return new Response(null, { status: 503 });
      const headers = { 'content-type': op.success.contentType, etag: ETAG };
      const body =
        op.success.contentType === 'application/json'
          ? JSON.stringify({ items: [], nextCursor: null })
          : op.success.contentType === 'text/csv'
            ? 'month,billing_mode\r\n'
            : '%PDF-1.7';
      return new Response(body, { status: op.success.status, headers });
    },
  });
  return { client, sent };
};

const expectedPath = (template: string) => {
  let n = 0;
  return '/v1' + template.replace(/\{[^}]+\}/g, () => `p${++n}`);
};

describe('operation coverage', () => {
  it('has one SDK method for every operationId of the contract, and no method for an unknown one', () => {
    const ids = operations.map((op) => op.id).sort();
    expect(ids.length).toBeGreaterThanOrEqual(55);
    expect(Object.keys(calls).sort()).toEqual(ids);
  });

  it.each(operations.map((op) => [op.id, op] as const))('%s sends what the contract says', async (id, op) => {
    const { client, sent } = recording(op);
    const result: unknown = await calls[id as OperationId](client);
    expect(sent).toHaveLength(1);
    const { request, body } = sent[0]!;
    const url = new URL(request.url);
    expect(request.method).toBe(op.method);
    expect(url.pathname).toBe(expectedPath(op.path));
    expect(request.headers.get('authorization')).toBe('Bearer tok_a_admin');
    expect(url.search).not.toContain('tok_');

    const key = request.headers.get('idempotency-key');
    if (takes(op, 'Idempotency-Key')) expect(key).toMatch(/^[0-9a-f-]{36}$/);
    else expect(key).toBeNull();
    expect(request.headers.get('if-match')).toBe(takes(op, 'If-Match') ? ETAG : null);

    if (op.body) {
      expect(request.headers.get('content-type')).toBe('application/json');
      expect(JSON.parse(body)).toBeTypeOf('object');
    } else {
      expect(body).toBe('');
    }
    for (const name of new URL(request.url).searchParams.keys()) expect(op.query).toContain(name);

    if (op.success.etag) expect(result).toEqual({ data: { items: [], nextCursor: null }, etag: ETAG });
    else if (op.success.contentType === 'text/csv') expect(result).toBe('month,billing_mode\r\n');
    else if (op.success.contentType === 'application/pdf') {
      expect(result).toBeInstanceOf(Blob);
      expect(await (result as Blob).text()).toBe('%PDF-1.7');
    } else expect(result).toEqual({ items: [], nextCursor: null });
  });

  it.each(operations.map((op) => [op.id, op] as const))(
    '%s is retried after a 503 only if it is a read or carries a key, and then with the same key',
    async (id, op) => {
      const { client, sent } = recording(op, 1);
      const outcome = await calls[id as OperationId](client).then(
        () => 'resolved',
        (error: unknown) => error,
      );
      const safe = op.method === 'GET' || takes(op, 'Idempotency-Key');
      if (safe) {
        expect(outcome).toBe('resolved');
        expect(sent).toHaveLength(2);
        expect(sent[1]!.request.headers.get('idempotency-key')).toBe(
          sent[0]!.request.headers.get('idempotency-key'),
        );
        expect(sent[1]!.body).toBe(sent[0]!.body);
      } else {
        expect(outcome).toMatchObject({ status: 503, code: 'unavailable' });
        expect(sent).toHaveLength(1);
      }
    },
  );

  it('encodes path values as single segments and explodes array queries', async () => {
    const op = operations.find((o) => o.id === 'listLicenses')!;
    const { client, sent } = recording(op);
    await client.licenses.list({ costCenterId: ['cc 1', 'cc/2'], q: 'José & co', limit: 20 });
    expect(new URL(sent[0]!.request.url).search).toBe(
      '?costCenterId=cc+1&costCenterId=cc%2F2&q=Jos%C3%A9+%26+co&limit=20',
    );

    const get = recording(operations.find((o) => o.id === 'getLicense')!);
    await get.client.licenses.get('lic/../1?x');
    expect(new URL(get.sent[0]!.request.url).pathname).toBe('/v1/licenses/lic%2F..%2F1%3Fx');
  });

  it('sends the client headers, then the call headers over them, then the SDK’s own over both', async () => {
    const op = operations.find((o) => o.id === 'transferMinutes')!;
    const sent: Request[] = [];
    const client = createClient({
      baseUrl: 'https://api.allot.test/v1',
      token: 'tok_a_admin',
      headers: { 'x-app': 'billing-demo', Authorization: 'Bearer not-this-one' },
      fetch: async (request: Request) => (
        sent.push(request),
        new Response('{}', { status: op.success.status })
      ),
    });
    await client.minutes.transfer(
      { fromAccountId: 'a', toAccountId: 'b', minutes: 1 },
      {
        headers: { 'X-Trace': 't1', 'Idempotency-Key': 'ignored', 'x-app': 'per-call' },
        idempotencyKey: 'mine',
      },
    );
    expect(sent[0]!.headers.get('x-app')).toBe('per-call');
    expect(sent[0]!.headers.get('x-trace')).toBe('t1');
    expect(sent[0]!.headers.get('authorization')).toBe('Bearer tok_a_admin');
    expect(sent[0]!.headers.get('idempotency-key')).toBe('mine');
  });
});
