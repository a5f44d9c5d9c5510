import { insertAccount, insertShare, postEntry } from '../engine/minutes/access.js';
import type { LedgerActorRecord, MinuteAccountRecord, ShareRecord } from '../engine/minutes/model.js';
import { nextId } from '../engine/ids.js';
import { createRandom } from '../engine/random.js';
import type { State } from '../engine/state.js';
import { portals, users } from './identity.js';
import type { Seeder } from './types.js';

/**
 * The minute accounts every scenario can name. Each portal's pool is `acc_pool_<portal>`; the default
 * scenario adds two projects of portal A.
 */
export const minuteAccounts = {
  poolA: 'acc_pool_a',
  poolB: 'acc_pool_b',
  /** Project of A (240 minutes), shared with B and accepted: B's default account. */
  teamBerlin: 'acc_proj_berlin',
  /** Project of A (120 minutes), shared with B and still pending. */
  emeaSales: 'acc_proj_emea',
} as const;

/** The shares of the default scenario. */
export const minuteShares = {
  /** Team Berlin → B, accepted with setDefault (B draws its sessions from it). */
  berlinToB: 'shr_berlin_b',
  /** EMEA sales → B, pending (sent two days ago, so it can be resent at once). */
  emeaToB: 'shr_emea_b',
} as const;

/** Pool id of any portal of the cast. */
export function poolId(portalId: string): string {
  return `acc_pool_${portalId.replace(/^prt_/, '')}`;
}

/** Portal A's pool ledger length in the large scenario (the benchmark's 10,000 ledger entries). */
export const largeLedgerSize = 10_000;

const DAY = 24 * 3600 * 1000;
const ZOOM: LedgerActorRecord = { type: 'integration', name: 'Zoom' };

/**
 * Seeds the minutes slice. Every portal gets a pool in every scenario. Balances are built only from ledger
 * entries (purchases first), so conservation holds from the start: sum of balances = purchases − usage.
 *
 * default: A's pool holds 1,000 after buying 1,500, 140 used by Zoom sessions, and 240 + 120 moved into
 * the projects "Team Berlin" and "EMEA sales". Team Berlin is shared with B and accepted with setDefault,
 * so B's default is the shared Team Berlin (its own pool, 300 minutes, is the fallback when A revokes);
 * EMEA sales waits for B's answer. large: the same, on a pool history of 10,000 entries. empty: pools at 0.
 */
export const seedMinutes: Seeder = (state, { scenario, rng, now }) => {
  const at = (daysAgo: number) => new Date(now - daysAgo * DAY).toISOString();
  // A private PRNG, seeded from the shared one once, so how much this seeder draws never shifts the data
  // of the seeders after it.
  const random = createRandom(rng.int(0, 2 ** 31 - 1));

  for (const portalId of state.identity.portals.keys()) {
    const id = poolId(portalId);
    addAccount(state, { id, portalId, kind: 'pool', title: 'Primary pool', at: at(730) });
    state.minutes.defaults.set(portalId, id);
  }
  if (scenario === 'empty') return;

  const superAdmin = userActor(state, users.superAdmin);
  const admin = userActor(state, users.admin);
  const poolA = account(state, minuteAccounts.poolA);
  const poolB = account(state, minuteAccounts.poolB);

  if (scenario === 'large') {
    // 9,998 entries of history, then the two transfers below: 10,000 on the pool. Purchases whenever the
    // balance runs low keep it positive; usage is a session's worth of minutes.
    const history = largeLedgerSize - 2;
    const start = now - 700 * DAY;
    const step = (690 * DAY) / history;
    for (let i = 0; i < history; i += 1) {
      const when = new Date(start + i * step).toISOString();
      if (i === 0 || poolA.balance < 2_000 || random.chance(0.01)) {
        purchase(state, poolA, random.int(10, 100) * 100, random.chance(0.5) ? superAdmin : admin, when);
      } else {
        usage(state, poolA, random.int(1, 90), ZOOM, when);
      }
    }
  } else {
    purchase(state, poolA, 1_000, superAdmin, at(60));
    purchase(state, poolA, 500, admin, at(30));
    usage(state, poolA, 80, ZOOM, at(20));
    usage(state, poolA, 60, ZOOM, at(15));
  }
  purchase(state, poolB, 300, userActor(state, users.bAdmin), at(40));

  const berlin = addAccount(state, {
    id: minuteAccounts.teamBerlin,
    portalId: portals.a,
    kind: 'project',
    title: 'Team Berlin',
    description: "Minutes for the Berlin team's sessions.",
    at: at(10),
  });
  const emea = addAccount(state, {
    id: minuteAccounts.emeaSales,
    portalId: portals.a,
    kind: 'project',
    title: 'EMEA sales',
    description: 'Set apart for the EMEA sales calls.',
    at: at(10),
  });
  transfer(state, poolA, berlin, 240, admin, at(10));
  transfer(state, poolA, emea, 120, admin, at(9));

  addShare(state, {
    id: minuteShares.berlinToB,
    accountId: berlin.id,
    from: portals.a,
    to: portals.b,
    sentAt: now - 8 * DAY,
    status: 'accepted',
    respondedAt: at(7),
  });
  state.minutes.defaults.set(portals.b, berlin.id);
  addShare(state, {
    id: minuteShares.emeaToB,
    accountId: emea.id,
    from: portals.a,
    to: portals.b,
    sentAt: now - 2 * DAY,
    status: 'pending',
    respondedAt: null,
  });
};

function account(state: State, id: string): MinuteAccountRecord {
  const record = state.minutes.accounts.get(id);
  if (!record) throw new Error(`Seed account ${id} is missing`);
  return record;
}

function userActor(state: State, userId: string): LedgerActorRecord {
  const user = state.identity.users.get(userId);
  if (!user) throw new Error(`Seed user ${userId} is missing`);
  return { type: 'user', id: user.id, name: user.name, email: user.email, portalId: user.portalId };
}

function addAccount(
  state: State,
  a: {
    id: string;
    portalId: string;
    kind: 'pool' | 'project';
    title: string;
    description?: string;
    at: string;
  },
): MinuteAccountRecord {
  const record: MinuteAccountRecord = {
    id: a.id,
    portalId: a.portalId,
    kind: a.kind,
    title: a.title,
    balance: 0,
    version: 1,
    createdAt: a.at,
    updatedAt: a.at,
  };
  if (a.description !== undefined) record.description = a.description;
  return insertAccount(state, record);
}

function purchase(
  state: State,
  account: MinuteAccountRecord,
  minutes: number,
  actor: LedgerActorRecord,
  at: string,
): void {
  const reference = nextId(state, 'pur');
  postEntry(
    state,
    account,
    { kind: 'purchase', amount: minutes, actor, at, reference },
    nextId(state, 'led'),
  );
}

function usage(
  state: State,
  account: MinuteAccountRecord,
  minutes: number,
  actor: LedgerActorRecord,
  at: string,
): void {
  const reference = nextId(state, 'use');
  postEntry(state, account, { kind: 'usage', amount: -minutes, actor, at, reference }, nextId(state, 'led'));
}

function transfer(
  state: State,
  from: MinuteAccountRecord,
  to: MinuteAccountRecord,
  minutes: number,
  actor: LedgerActorRecord,
  at: string,
): void {
  const reference = nextId(state, 'trf');
  postEntry(
    state,
    from,
    { kind: 'transfer_out', amount: -minutes, actor, at, counterpartyAccountId: to.id, reference },
    nextId(state, 'led'),
  );
  postEntry(
    state,
    to,
    { kind: 'transfer_in', amount: minutes, actor, at, counterpartyAccountId: from.id, reference },
    nextId(state, 'led'),
  );
}

function addShare(
  state: State,
  s: {
    id: string;
    accountId: string;
    from: string;
    to: string;
    sentAt: number;
    status: ShareRecord['status'];
    respondedAt: string | null;
  },
): void {
  const sent = new Date(s.sentAt).toISOString();
  insertShare(state, {
    id: s.id,
    accountId: s.accountId,
    senderPortalId: s.from,
    recipientPortalId: s.to,
    status: s.status,
    createdAt: sent,
    lastSentAt: sent,
    lastSentAtMs: s.sentAt,
    respondedAt: s.respondedAt,
  });
}
