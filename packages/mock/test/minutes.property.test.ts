import type { Permission, Role } from '@allot/contract';
import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { accessOf, defaultOf } from '../src/engine/minutes/access.js';
import { rolePermissions } from '../src/engine/rbac.js';
import type { State } from '../src/engine/state.js';
import { tokens } from '../src/scenarios/index.js';
import { minuteAccounts as acc, minuteShares, poolId } from '../src/scenarios/minutes.js';
import { minutesViolations, snapshotMinutes } from './support/minutes.js';
import { callOperationRequest, type OperationRequest } from './support/operations.js';
import { createTestService, type CallResult } from './support/service.js';

// Random sequences of minutes and sharing operations across portals A, B and an invitee, as every role,
// through the HTTP service. After every step: minutes are conserved and never negative (invariant 1), a
// replayed idempotent call changes nothing (2), a failed call changes no state (6), and no role did what
// its row of the table forbids (7). Each portal's default account stays one it can use.

const actors = {
  aSuper: { token: tokens.a.super_admin, role: 'super_admin' },
  aAdmin: { token: tokens.a.admin, role: 'admin' },
  aManager: { token: tokens.a.user_manager, role: 'user_manager' },
  aMember: { token: tokens.a.member, role: 'member' },
  bAdmin: { token: tokens.b.admin, role: 'super_admin' },
  bMember: { token: tokens.b.member, role: 'member' },
  paid: { token: tokens.paid, role: 'super_admin' },
} as const satisfies Record<string, { token: string; role: Role }>;
type ActorName = keyof typeof actors;

const recipients = {
  a: 'owner@portal-a.test',
  b: 'OWNER@portal-b.test',
  paid: 'owner@paid.test',
  unknown: 'nobody@nowhere.test',
} as const;

type Step =
  | { op: 'transfer'; actor: ActorName; from: number; to: number; minutes: number; key: number | null }
  | { op: 'purchase'; actor: ActorName; account: number; minutes: number; key: number | null }
  | { op: 'usage'; actor: ActorName; account: number; minutes: number; key: number | null }
  | { op: 'createProject'; actor: ActorName; title: string; key: number | null }
  | { op: 'share'; actor: ActorName; account: number; recipient: keyof typeof recipients; key: number | null }
  | { op: 'accept'; actor: ActorName; share: number; setDefault: boolean }
  | { op: 'decline' | 'cancel' | 'resend'; actor: ActorName; share: number }
  | { op: 'deleteProject' | 'setDefault'; actor: ActorName; account: number }
  | { op: 'rename'; actor: ActorName; account: number; stale: boolean }
  | { op: 'advance'; seconds: number };

// Admins are weighted up so sequences get far enough to share, accept and revoke.
const actor = fc.constantFrom<ActorName>(
  'aAdmin',
  'aAdmin',
  'aSuper',
  'aManager',
  'aMember',
  'bAdmin',
  'bAdmin',
  'bMember',
  'paid',
);
const index = fc.nat({ max: 15 });
const minutes = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 1, max: 400 }) },
  fc.constantFrom(0, 1300, 5000),
);
// A few shared key numbers, so keys get reused with the same or another body.
const key = fc.option(fc.nat({ max: 3 }), { nil: null, freq: 2 });

const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      op: fc.constant('transfer' as const),
      actor,
      from: index,
      to: index,
      minutes,
      key,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ op: fc.constant('purchase' as const), actor, account: index, minutes, key }),
  },
  {
    weight: 4,
    arbitrary: fc.record({ op: fc.constant('usage' as const), actor, account: index, minutes, key }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('createProject' as const),
      actor,
      title: fc.constantFrom('P', 'Q', ' '),
      key,
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant('share' as const),
      actor,
      account: index,
      recipient: fc.constantFrom<keyof typeof recipients>('a', 'b', 'b', 'paid', 'paid', 'unknown'),
      key,
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant('accept' as const),
      actor,
      share: index,
      setDefault: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('decline' as const), actor, share: index }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('cancel' as const), actor, share: index }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('resend' as const), actor, share: index }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('deleteProject' as const), actor, account: index }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('setDefault' as const), actor, account: index }) },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant('rename' as const), actor, account: index, stale: fc.boolean() }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant('advance' as const), seconds: fc.constantFrom(10, 30, 61) }),
  },
);

interface Request {
  permission: Permission;
  /** The call: operation id, path values, body and headers. */
  call: OperationRequest;
  /** The account a read/spend names, for the member's "default account only" rule. */
  accountId?: string;
  keyed: boolean;
}

/** Accounts and shares the sequence can name: the seeded ones, whatever it created, and a bogus id. */
interface Known {
  accounts: string[];
  shares: string[];
}

function at<T>(list: readonly T[], i: number): T {
  return list[i % list.length]!;
}

function requestFor(s: Exclude<Step, { op: 'advance' }>, known: Known, run: number, n: number): Request {
  const account = (i: number) => at(known.accounts, i);
  const keyHeader = (k: number | null): Record<string, string> => ({
    'Idempotency-Key': k === null ? `prop-${run}-${n}` : `shared-key-${k}`,
  });
  switch (s.op) {
    case 'transfer':
      return {
        permission: 'minutes:manage',
        call: {
          operationId: 'transferMinutes',
          body: { fromAccountId: account(s.from), toAccountId: account(s.to), minutes: s.minutes },
          headers: keyHeader(s.key),
        },
        keyed: true,
      };
    case 'purchase':
      return {
        permission: 'minutes:purchase',
        call: {
          operationId: 'purchaseMinutes',
          body: { accountId: account(s.account), minutes: s.minutes },
          headers: keyHeader(s.key),
        },
        keyed: true,
      };
    case 'usage':
      return {
        permission: 'minutes:spend',
        call: {
          operationId: 'recordUsage',
          body: { accountId: account(s.account), minutes: s.minutes, sessionRef: `s-${n}` },
          headers: keyHeader(s.key),
        },
        accountId: account(s.account),
        keyed: true,
      };
    case 'createProject':
      return {
        permission: 'minutes:manage',
        call: { operationId: 'createProject', body: { title: s.title }, headers: keyHeader(s.key) },
        keyed: true,
      };
    case 'share':
      return {
        permission: 'minutes:manage',
        call: {
          operationId: 'createShare',
          body: { accountId: account(s.account), recipientEmail: recipients[s.recipient] },
          headers: keyHeader(s.key),
        },
        keyed: true,
      };
    case 'accept':
      return {
        permission: 'minutes:manage',
        call: {
          operationId: 'acceptShare',
          path: { shareId: at(known.shares, s.share) },
          body: { setDefault: s.setDefault },
          headers: {},
        },
        keyed: false,
      };
    case 'decline':
      return {
        permission: 'minutes:manage',
        call: { operationId: 'declineShare', path: { shareId: at(known.shares, s.share) }, headers: {} },
        keyed: false,
      };
    case 'cancel':
    case 'resend':
      return {
        permission: 'minutes:manage',
        call: {
          operationId: s.op === 'cancel' ? 'cancelShare' : 'resendShare',
          path: { shareId: at(known.shares, s.share) },
          headers: {},
        },
        keyed: false,
      };
    case 'deleteProject':
      return {
        permission: 'minutes:manage',
        call: { operationId: 'deleteProject', path: { accountId: account(s.account) }, headers: {} },
        keyed: false,
      };
    case 'setDefault':
      return {
        permission: 'minutes:manage',
        call: { operationId: 'setDefaultAccount', body: { accountId: account(s.account) }, headers: {} },
        keyed: false,
      };
    case 'rename':
      return {
        permission: 'minutes:manage',
        call: {
          operationId: 'updateProject',
          path: { accountId: account(s.account) },
          body: { title: `Renamed ${n}` },
          headers: { 'If-Match': s.stale ? '"v0"' : '*' },
        },
        keyed: false,
      };
  }
}

function checkInvariants(state: State): void {
  expect(minutesViolations(state)).toEqual([]);
  for (const portalId of state.identity.portals.keys()) {
    const usable = accessOf(state, defaultOf(state, portalId), portalId);
    expect(usable, `default account of ${portalId}`).toBeDefined();
  }
}

function remember(known: Known, res: CallResult, s: Step): void {
  if (res.status >= 300 || typeof res.body !== 'object' || res.body === null) return;
  if (s.op === 'createProject' && !known.accounts.includes(res.body.id)) known.accounts.push(res.body.id);
  if (s.op === 'share' && !known.shares.includes(res.body.id)) known.shares.push(res.body.id);
}

async function runSequence(steps: Step[], run: number): Promise<void> {
  const service = createTestService();
  const known: Known = {
    accounts: [acc.poolA, acc.teamBerlin, acc.emeaSales, acc.poolB, poolId('prt_paid'), 'acc_missing'],
    shares: [minuteShares.emeaToB, minuteShares.berlinToB, 'shr_missing'],
  };
  checkInvariants(service.state);
  for (const [n, s] of steps.entries()) {
    if (s.op === 'advance') {
      service.advance(s.seconds * 1000);
      continue;
    }
    const { token, role } = actors[s.actor];
    const request = requestFor(s, known, run, n);
    const before = snapshotMinutes(service.state);
    const portalId = service.state.identity.tokens.get(token)!.portalId;
    const defaultBefore = defaultOf(service.state, portalId);
    const send = () => callOperationRequest(service, token, request.call);
    const res = await send();
    const { operationId, path, body } = request.call;
    const what = `step ${n} ${s.actor} ${operationId} ${JSON.stringify(path ?? {})} ${JSON.stringify(body ?? {})} → ${res.status} ${res.body?.code ?? ''}`;
    expect(res.status, what).toBeLessThan(500);

    // Invariant 7: the role table decides before any rule; only a member's default-only rule adds a 403.
    const allowed = rolePermissions[role].includes(request.permission);
    if (!allowed) expect([res.status, res.body?.code], what).toEqual([403, 'forbidden']);
    else if (res.status === 403) {
      expect(role === 'member' && request.accountId !== undefined, what).toBe(true);
      expect(request.accountId, what).not.toBe(defaultBefore);
    }
    // A member reads and spends only the default account.
    if (role === 'member' && request.accountId !== undefined && res.status < 300) {
      expect(request.accountId, what).toBe(defaultBefore);
    }

    // Invariant 6: a failed call leaves the minutes slice exactly as it was.
    const after = snapshotMinutes(service.state);
    if (res.status >= 400) expect(isDeepStrictEqual(after, before), `${what} changed state`).toBe(true);
    checkInvariants(service.state);
    remember(known, res, s);

    // Invariant 2: the same key and body again returns the first result and changes nothing.
    if (request.keyed) {
      const replay = await send();
      expect(isDeepStrictEqual(snapshotMinutes(service.state), after), `${what} replay changed state`).toBe(
        true,
      );
      if (res.status < 300)
        expect([replay.status, replay.body], `${what} replay`).toEqual([res.status, res.body]);
    }
  }
}

describe('minutes under random operation sequences', () => {
  it('holds conservation, idempotency, no-trace failures and the role table after every step', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 20 }), async (steps) => {
        run += 1;
        await runSequence(steps, run);
      }),
      { numRuns: 1000 },
    );
  }, 120_000);
});
