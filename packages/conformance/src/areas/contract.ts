/**
 * Area `contract`: one representative call of every operation of the table, in an order that lets each
 * find real ids from the ones before (the happy path where the fixture data allows). Every response is held
 * to the contract: a documented status, a valid body, problems with a listed code. Then each documented domain
 * refusal, provoked on purpose, must answer exactly its status and code (`refusals.ts`).
 */
import type { OperationId } from '@allot/contract';
import { checkResponse, isSuccess } from '../check.js';
import { items, json, newKey, type CallOptions, type Exchange } from '../http.js';
import { Recorder } from '../result.js';
import { exampleRequest, operationIds } from '../spec.js';
import type { Env, World } from '../world.js';
import { runRefusals } from './refusals.js';

type Vars = Record<string, string | undefined>;

interface Step {
  op: OperationId;
  /**
   * Run for each invitee (another portal's user from the fixture API), the invitee's token as `invitee`;
   * `'untilSuccess'` stops at the first invitee for whom the step succeeds (an acceptance blocker is
   * documented, so the others still check the contract).
   */
  eachInvitee?: 'all' | 'untilSuccess';
  /** Fixture work before the call (e.g. move the clock past a rate limit). */
  prepare?: (env: Env) => Promise<void>;
  /** Steps run with this one for each invitee, before it (e.g. find the invitation, then accept it). */
  before?: Step[];
  /** Which credential: a role of portal A (default admin), B's admin, an invitee, or the secret key. */
  as?: 'super_admin' | 'admin' | 'b' | 'invitee' | 'secretKey';
  options?: (v: Vars, w: World) => CallOptions;
  after?: (x: Exchange, v: Vars, w: World) => void | Promise<void>;
}

const str = (value: unknown) => (typeof value === 'string' ? value : undefined);
const key = () => ({ 'Idempotency-Key': newKey('contract') });

function lastMonth(): string {
  const d = new Date();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - 1);
  return d.toISOString().slice(0, 7);
}

/** The invitee's first pending invitation, found before accepting or declining it. */
const pendingIncoming: Step = {
  op: 'listIncomingInvitations',
  as: 'invitee',
  after: (x, v) => void (v['incoming'] = str(items(x).find((i) => i['status'] === 'pending')?.['id'])),
};

const steps: Step[] = [
  {
    op: 'getMe',
    after: (x, v) => void (v['me'] = str((json(x)['user'] as Record<string, unknown> | undefined)?.['id'])),
  },
  {
    op: 'createWidgetToken',
    as: 'secretKey',
    options: (_v, w) => ({
      body: {
        portalId: w.a.portalId,
        userId: w.a.userIds.member,
        permissions: ['minutes:read'],
        ttlSeconds: 600,
      },
    }),
  },
  { op: 'listUsers', options: () => ({ query: { limit: 10 } }) },
  {
    op: 'updateUserRole',
    as: 'super_admin',
    options: (_v, w) => ({ path: { userId: w.a.userIds.member }, body: { role: 'member' } }),
  },
  {
    op: 'listMinuteAccounts',
    after: (x, v) => {
      const pool = items(x).find((a) => a['kind'] === 'pool' && a['access'] === 'owned');
      v['pool'] = str(pool?.['id']);
    },
  },
  {
    op: 'createProject',
    options: () => ({
      headers: key(),
      body: { title: 'Conformance project', description: 'Made by @allot/conformance.' },
    }),
    after: (x, v) => void (v['project'] = str(json(x)['id'])),
  },
  {
    op: 'getMinuteAccount',
    options: (v) => ({ path: { accountId: v['project'] ?? '' } }),
    after: (x, v) => void (v['projectEtag'] = x.response.headers['etag']),
  },
  {
    op: 'updateProject',
    options: (v) => ({
      path: { accountId: v['project'] ?? '' },
      headers: { 'If-Match': v['projectEtag'] ?? '"none"' },
      body: { title: 'Conformance project 2' },
    }),
  },
  {
    op: 'listLedgerEntries',
    options: (v) => ({ path: { accountId: v['pool'] ?? '' }, query: { limit: 5 } }),
  },
  {
    op: 'transferMinutes',
    options: (v) => ({
      headers: key(),
      body: { fromAccountId: v['pool'], toAccountId: v['project'], minutes: 10 },
    }),
  },
  { op: 'quoteMinutePurchase', options: () => ({ query: { minutes: 100 } }) },
  {
    op: 'purchaseMinutes',
    options: (v) => ({ headers: key(), body: { accountId: v['pool'], minutes: 100 } }),
  },
  {
    op: 'recordUsage',
    options: (v) => ({
      headers: key(),
      body: { accountId: v['pool'], minutes: 5, sessionRef: 'conformance-1' },
    }),
  },
  { op: 'setDefaultAccount', options: (v) => ({ body: { accountId: v['pool'] } }) },
  { op: 'listOutgoingShares' },
  {
    op: 'createShare',
    options: (v, w) => ({
      headers: key(),
      body: { accountId: v['project'], recipientEmail: w.b.ownerEmail },
    }),
    after: (x, v) => void (v['share'] = str(json(x)['id'])),
  },
  {
    op: 'resendShare',
    // A pending invitation may be resent at most once a minute: move the clock past that.
    prepare: (env) => env.fixtures.advanceClock(61_000),
    options: (v) => ({ path: { shareId: v['share'] ?? '' } }),
  },
  { op: 'listIncomingShares', as: 'b' },
  {
    op: 'acceptShare',
    as: 'b',
    options: (v) => ({ path: { shareId: v['share'] ?? '' }, body: { setDefault: false } }),
  },
  {
    op: 'createShare',
    options: (v, w) => ({ headers: key(), body: { accountId: v['pool'], recipientEmail: w.b.ownerEmail } }),
    after: (x, v) => void (v['share2'] = str(json(x)['id'])),
  },
  { op: 'declineShare', as: 'b', options: (v) => ({ path: { shareId: v['share2'] ?? '' } }) },
  { op: 'cancelShare', options: (v) => ({ path: { shareId: v['share'] ?? '' } }) },
  { op: 'listInvitations' },
  {
    op: 'getMe',
    as: 'invitee',
    eachInvitee: 'all',
    after: (x, v) => {
      const email = str((json(x)['user'] as Record<string, unknown> | undefined)?.['email']);
      if (email !== undefined) v['inviteeEmails'] = `${v['inviteeEmails'] ?? ''}${email}\n`;
    },
  },
  {
    op: 'createInvitations',
    options: (v) => ({
      headers: key(),
      body: {
        emails: [...new Set((v['inviteeEmails'] ?? 'nobody@example.test').split('\n').filter(Boolean))],
        membership: { type: 'basic' },
      },
    }),
  },
  {
    op: 'listInvitations',
    after: (x, v) => void (v['invitation'] = str(items(x).find((i) => i['status'] === 'pending')?.['id'])),
  },
  { op: 'resendInvitation', options: (v) => ({ path: { invitationId: v['invitation'] ?? '' } }) },
  {
    op: 'acceptInvitation',
    as: 'invitee',
    eachInvitee: 'untilSuccess',
    before: [pendingIncoming],
    options: (v) => ({
      path: { invitationId: v['incoming'] ?? '' },
      headers: key(),
      body: { settlement: 'transfer_credit' },
    }),
  },
  {
    op: 'declineInvitation',
    as: 'invitee',
    eachInvitee: 'untilSuccess',
    before: [pendingIncoming],
    options: (v) => ({ path: { invitationId: v['incoming'] ?? '' }, headers: key() }),
  },
  {
    op: 'revokeInvitation',
    before: [
      {
        op: 'listInvitations',
        after: (x, v) =>
          void (v['invitation'] = str(items(x).find((i) => i['status'] === 'pending')?.['id'])),
      },
    ],
    options: (v) => ({ path: { invitationId: v['invitation'] ?? '' } }),
  },
  {
    op: 'getUserProducts',
    options: (_v, w) => ({ path: { userId: w.a.userIds.member } }),
    after: (x, v) => void (v['held'] = JSON.stringify(x.response.body)),
  },
  {
    op: 'listProducts',
    after: (x, v) => {
      const free = items(x).find((p) => !(v['held'] ?? '').includes(`"${String(p['id'])}"`)) ?? items(x)[0];
      v['product'] = str(free?.['id']);
      v['feature'] = str((free?.['features'] as Record<string, unknown>[] | undefined)?.[0]?.['key']);
    },
  },
  {
    op: 'listLicenses',
    options: () => ({ query: { status: 'unassigned', limit: 100 } }),
    after: (x, v) =>
      void (v['license'] = str(
        (items(x).find((l) => !(v['held'] ?? '').includes(`"${String(l['productId'])}"`)) ?? items(x)[0])?.[
          'id'
        ],
      )),
  },
  {
    op: 'getLicense',
    options: (v) => ({ path: { licenseId: v['license'] ?? '' } }),
    after: (x, v) => void (v['licenseEtag'] = x.response.headers['etag']),
  },
  {
    op: 'assignLicense',
    options: (v, w) => ({
      path: { licenseId: v['license'] ?? '' },
      headers: { 'If-Match': v['licenseEtag'] ?? '"none"' },
      body: { userId: w.a.userIds.member, notify: false },
    }),
    after: (x, v) =>
      void (v['licenseEtag'] =
        x.response.headers['etag'] ??
        str((json(x)['license'] as Record<string, unknown> | undefined)?.['etag'])),
  },
  {
    op: 'unassignLicense',
    options: (v) => ({
      path: { licenseId: v['license'] ?? '' },
      headers: { 'If-Match': v['licenseEtag'] ?? '"none"' },
      body: { notify: false },
    }),
  },
  {
    op: 'addUserProduct',
    options: (v, w) => ({
      path: { userId: w.a.userIds.member },
      headers: key(),
      body: { productId: v['product'], notify: false },
    }),
  },
  {
    op: 'updateUserProduct',
    options: (v, w) => ({
      path: { userId: w.a.userIds.member, productId: v['product'] ?? '' },
      body: { features: { [v['feature'] ?? 'conformance']: true }, notify: false },
    }),
  },
  {
    op: 'removeUserProduct',
    options: (v, w) => ({ path: { userId: w.a.userIds.member, productId: v['product'] ?? '' } }),
  },
  {
    op: 'listQueues',
    after: (x, v) => {
      for (const queue of items(x)) {
        const member = (queue['members'] as Record<string, unknown>[] | undefined)?.[0];
        if (member) {
          v['queue'] = str(queue['id']);
          v['queueUser'] = str(member['userId']);
          return;
        }
      }
    },
  },
  {
    op: 'removeQueueMember',
    options: (v) => ({ path: { queueId: v['queue'] ?? 'que_none', userId: v['queueUser'] ?? 'usr_none' } }),
  },
  { op: 'listCostCenters', after: (x, v) => void (v['costCenter'] = str(items(x)[0]?.['id'])) },
  {
    op: 'createCostCenter',
    options: () => ({ headers: key(), body: { code: `CONF-${Date.now() % 100000}`, name: 'Conformance' } }),
  },
  {
    op: 'createLicenseQuote',
    options: (v) => ({ headers: key(), body: { lines: [{ productId: v['product'], quantity: 2 }] } }),
    after: (x, v) => void (v['quote'] = str(json(x)['id'])),
  },
  { op: 'getLicenseQuote', options: (v) => ({ path: { quoteId: v['quote'] ?? '' } }) },
  {
    op: 'allocateLicenseQuote',
    options: (v) => ({
      path: { quoteId: v['quote'] ?? '' },
      body: { mode: 'all', costCenterId: v['costCenter'] },
    }),
  },
  {
    op: 'confirmLicenseOrder',
    options: (v) => ({ path: { quoteId: v['quote'] ?? '' }, headers: key(), body: { acceptTerms: true } }),
    after: (x, v) => void (v['order'] = str(json(x)['id'])),
  },
  { op: 'getLicenseOrder', options: (v) => ({ path: { orderId: v['order'] ?? '' } }) },
  {
    op: 'getLicenseInventory',
    after: (x, v) =>
      void (v['deletableProduct'] = str(items(x).find((i) => Number(i['deletable']) > 0)?.['productId'])),
  },
  {
    op: 'deleteLicenses',
    options: (v) => ({
      headers: key(),
      body: { productId: v['deletableProduct'], quantity: 1, dryRun: true },
    }),
    after: (x, v) =>
      void (v['deletableLicense'] = str((json(x)['deletedLicenseIds'] as unknown[] | undefined)?.[0])),
  },
  {
    op: 'moveLicenses',
    options: (v) => ({
      headers: key(),
      body: { licenseIds: [v['deletableLicense']], costCenterId: v['costCenter'] },
    }),
  },
  {
    op: 'deleteLicenses',
    options: (v) => ({ headers: key(), body: { licenseIds: [v['deletableLicense']] } }),
  },
  { op: 'getWorkspaceBilling' },
  {
    op: 'listTeams',
    after: (x, v) => {
      v['team'] = str(items(x).find((t) => t['status'] === 'active')?.['id']);
      v['archivedTeam'] = str(items(x).find((t) => t['status'] === 'archived')?.['id']);
    },
  },
  { op: 'archiveTeam', options: (v) => ({ path: { teamId: v['team'] ?? '' }, body: { dryRun: true } }) },
  {
    op: 'unarchiveTeam',
    options: (v) => ({ path: { teamId: v['archivedTeam'] ?? v['team'] ?? '' }, body: { dryRun: true } }),
  },
  { op: 'listMembers', options: () => ({ query: { limit: 10 } }) },
  {
    op: 'createPrunePreview',
    options: () => ({ body: {} }),
    after: (x, v) => void (v['preview'] = str(json(x)['previewVersion'])),
  },
  {
    op: 'startPruneJob',
    options: (v) => ({ headers: key(), body: { previewVersion: v['preview'] ?? 'pv_none', confirm: true } }),
    after: (x, v) => void (v['job'] = str(json(x)['id'])),
  },
  { op: 'getPruneJob', options: (v) => ({ path: { jobId: v['job'] ?? '' } }) },
  { op: 'exportBilledLicenseHolders', options: () => ({ query: { month: lastMonth() } }) },
  { op: 'listInvoices', after: (x, v) => void (v['invoice'] = str(items(x)[0]?.['id'])) },
  { op: 'getInvoicePdf', options: (v) => ({ path: { invoiceId: v['invoice'] ?? '' } }) },
  { op: 'listCredits' },
  { op: 'deleteProject', options: (v) => ({ path: { accountId: v['project'] ?? '' } }) },
];

/** Fills path parameters a step could not resolve with the contract's examples (the call then checks a 404). */
function withDefaults(op: OperationId, options: CallOptions): CallOptions {
  const example = exampleRequest(op);
  const path = { ...example.path };
  for (const [name, value] of Object.entries(options.path ?? {})) if (value !== '') path[name] = value;
  return { ...options, path, query: { ...example.query, ...options.query } };
}

export async function runContract(env: Env): Promise<Recorder> {
  const rec = new Recorder('contract');
  const world = await env.fresh();
  const v: Vars = {};
  const happy = new Set<OperationId>();
  const called = new Set<OperationId>();
  const runStep = async (step: Step, invitee: string | undefined): Promise<boolean> => {
    const as = step.as ?? 'admin';
    const token =
      as === 'secretKey'
        ? env.secretKey
        : as === 'b'
          ? world.b.admin
          : as === 'invitee'
            ? invitee
            : world.a.tokens[as];
    await step.prepare?.(env);
    const options = withDefaults(step.op, step.options?.(v, world) ?? {});
    const exchange = await env.client.call(token, step.op, options);
    called.add(step.op);
    const success = checkResponse(rec, step.op, exchange) && isSuccess(exchange);
    if (success) happy.add(step.op);
    await step.after?.(exchange, v, world);
    return success;
  };
  for (const step of steps) {
    const invitees = step.eachInvitee ? world.others.map((o) => o.token) : [world.others[0]?.token];
    for (const invitee of invitees) {
      for (const first of step.before ?? []) await runStep(first, invitee);
      const success = await runStep(step, invitee);
      if (success && step.eachInvitee === 'untilSuccess') break;
    }
  }
  const missing = operationIds.filter((id) => !called.has(id));
  rec.expect(missing.length === 0, 'coverage', `operations the kit does not call yet: ${missing.join(', ')}`);
  const unhappy = operationIds.filter((id) => called.has(id) && !happy.has(id));
  rec.note(
    `${happy.size} of ${operationIds.length} operations answered a success${unhappy.length ? `; documented errors only: ${unhappy.join(', ')}` : ''}`,
  );
  await runRefusals(env, rec);
  return rec;
}
