/**
 * Area `invariants`: random sequences of writes (fast-check, seeded by --seed, shrunk to a minimal failing
 * sequence), checking DOMAIN.md's invariants after every step: minutes conserved (sum of owned balances =
 * start + purchases − usage), no negative balance, a transfer beyond the balance refused, a failed request
 * changes nothing, a replay changes nothing, license counts consistent (assigned + unassigned = owned,
 * deletable = unassigned), deleting never touches an assigned license and never more than the deletable count,
 * and every response as the contract documents it. Each of portal A's steps is made by a random role, which
 * must get exactly what the contract's role table gives it; portal B takes part through shares (accepting
 * them, spending from them) while A shares and cancels, and each portal's default account stays one it can use.
 */
import fc from 'fast-check';
import type { OperationId, Role } from '@allot/contract';
import { checkResponse, describe, isSuccess, problemCode } from '../check.js';
import { items, json, newKey, type CallOptions, type Client, type Exchange } from '../http.js';
import { Recorder } from '../result.js';
import { contractRoleTable, memberFinerRule, table } from '../spec.js';
import type { Env, World } from '../world.js';

export interface InvariantOptions {
  /** Random sequences to run (default 20). */
  runs: number;
  /** Longest sequence (default 10 steps). */
  steps: number;
}

type Command =
  | { kind: 'transfer'; from: number; to: number; minutes: number }
  | { kind: 'purchase'; account: number; minutes: number }
  | { kind: 'usage'; account: number; minutes: number }
  | { kind: 'createProject' }
  | { kind: 'deleteProject'; account: number }
  | { kind: 'assign'; license: number; user: number }
  | { kind: 'unassign'; license: number }
  | { kind: 'deleteLicenses'; product: number; quantity: number }
  | { kind: 'archiveTeam'; team: number }
  | { kind: 'unarchiveTeam'; team: number }
  | { kind: 'share'; account: number }
  | { kind: 'cancelShare'; share: number }
  | { kind: 'acceptShare'; share: number }
  | { kind: 'declineShare'; share: number }
  | { kind: 'spendShared'; account: number; minutes: number }
  | { kind: 'prune'; keep: number }
  | { kind: 'invite'; who: number }
  | { kind: 'acceptInvitation'; who: number }
  | { kind: 'replay' };

/** A step and who makes it: a role of portal A (B's steps are B's admin whatever the role says). */
type Step = Command & { as: Role };

const minutes = fc.oneof(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 20_000 }));
const index = fc.nat({ max: 9 });
const command: fc.Arbitrary<Command> = fc.oneof(
  {
    arbitrary: fc.record({ kind: fc.constant('transfer' as const), from: index, to: index, minutes }),
    weight: 4,
  },
  { arbitrary: fc.record({ kind: fc.constant('purchase' as const), account: index, minutes }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('usage' as const), account: index, minutes }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('createProject' as const) }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('deleteProject' as const), account: index }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('assign' as const), license: index, user: index }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('unassign' as const), license: index }), weight: 2 },
  {
    arbitrary: fc.record({
      kind: fc.constant('deleteLicenses' as const),
      product: index,
      quantity: fc.integer({ min: 1, max: 8 }),
    }),
    weight: 2,
  },
  { arbitrary: fc.record({ kind: fc.constant('archiveTeam' as const), team: index }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('unarchiveTeam' as const), team: index }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('share' as const), account: index }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('cancelShare' as const), share: index }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('acceptShare' as const), share: index }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('declineShare' as const), share: index }), weight: 1 },
  {
    arbitrary: fc.record({ kind: fc.constant('spendShared' as const), account: index, minutes }),
    weight: 2,
  },
  { arbitrary: fc.record({ kind: fc.constant('prune' as const), keep: index }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('invite' as const), who: index }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('acceptInvitation' as const), who: index }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('replay' as const) }), weight: 3 },
);
// Mostly the admin, so sequences do things; the other roles often enough to meet the role table.
const role: fc.Arbitrary<Role> = fc.constantFrom<Role>(
  'admin',
  'admin',
  'admin',
  'super_admin',
  'user_manager',
  'member',
);
const step: fc.Arbitrary<Step> = fc.tuple(command, role).map(([cmd, as]) => ({ ...cmd, as }));

/** Steps portal B makes (with its admin), not portal A's role. */
const byRecipient = (kind: Command['kind']) =>
  kind === 'acceptShare' || kind === 'declineShare' || kind === 'spendShared' || kind === 'acceptInvitation';

class Violation extends Error {
  constructor(
    readonly rule: string,
    message: string,
    readonly exchange?: Exchange,
  ) {
    super(message);
  }
}

interface Snapshot {
  balances: Map<string, number>;
  /** Portal A's shares, live ones (pending or accepted). */
  shares: Record<string, unknown>[];
  /** What is wrong with a portal's default account, if anything (it must be one the portal can use). */
  defaults: string[];
  accounts: Record<string, unknown>[];
  inventory: Record<string, unknown>[];
  billing: Record<string, unknown>;
  teams: Record<string, unknown>[];
  /** Whether `teams` is every team (one page). */
  allTeams: boolean;
  text: string;
}

/** A portal's default account must be one of the accounts it can use; the problem, if not. */
function defaultProblem(portal: string, list: Exchange): string[] {
  const body = json(list);
  const usable = items(list).map((a) => a['id']);
  return usable.includes(body['defaultAccountId'])
    ? []
    : [`${portal}'s default account ${String(body['defaultAccountId'])} is none of its accounts`];
}

async function snapshot(client: Client, token: string, recipient: string): Promise<Snapshot> {
  const list = await client.call(token, 'listMinuteAccounts');
  const accounts = items(list).filter((a) => a['access'] === 'owned');
  const theirs = await client.call(recipient, 'listMinuteAccounts');
  const shares = items(
    await client.call(token, 'listOutgoingShares', {
      query: { status: ['pending', 'accepted'], limit: 100 },
    }),
  );
  const inventory = items(await client.call(token, 'getLicenseInventory'));
  const billing = json(await client.call(token, 'getWorkspaceBilling'));
  const teamPage = await client.call(token, 'listTeams', { query: { limit: 100 } });
  const teams = items(teamPage);
  return {
    accounts,
    shares,
    defaults: [...defaultProblem('portal A', list), ...defaultProblem('portal B', theirs)],
    balances: new Map(accounts.map((a) => [String(a['id']), Number(a['balance'])])),
    inventory,
    billing,
    teams,
    allTeams: json(teamPage)['nextCursor'] === null,
    text: JSON.stringify([
      accounts.map((a) => [a['id'], a['balance']]),
      inventory,
      billing,
      teams.map((t) => [t['id'], t['status']]),
      shares.map((x) => [x['id'], x['status']]),
      json(list)['defaultAccountId'],
      json(theirs)['defaultAccountId'],
    ]),
  };
}

const str = (value: unknown) => (typeof value === 'string' ? value : '');

/** Polls a removal job (`getPruneJob`) until it ends; answers its last state, or the start's if it never does. */
async function finish(client: Client, token: string, started: Exchange): Promise<Exchange> {
  const jobId = String(json(started)['id'] ?? '');
  let last = started;
  for (let poll = 0; poll < 100 && ['queued', 'running'].includes(String(json(last)['status'])); poll += 1)
    last = await client.call(token, 'getPruneJob', { path: { jobId } });
  return last;
}

const sum = (map: Map<string, number>) => [...map.values()].reduce((s, n) => s + n, 0);
const pick = <T>(list: readonly T[], i: number): T | undefined =>
  list.length === 0 ? undefined : list[i % list.length];

export async function runInvariants(env: Env, options: Partial<InvariantOptions> = {}): Promise<Recorder> {
  const rec = new Recorder('invariants');
  const runs = options.runs ?? 20;
  const steps = options.steps ?? 10;
  const { client } = env;
  let sequences = 0;
  let stepsRun = 0;
  /** Steps that succeeded, per kind: the note shows the sequences reached what they claim to test. */
  const succeeded = new Map<string, number>();

  const roleTable = contractRoleTable();

  const property = fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: steps }), async (commands) => {
    sequences += 1;
    // Every run starts from the fixture data, with fresh tokens (a reset ends the old ones).
    const world: World = await env.fresh();
    const token = world.a.tokens.admin;
    const recipient = world.b.admin;
    const adminId = world.a.userIds.admin;
    const users = items(await client.call(token, 'listUsers', { query: { limit: 10 } })).map((u) =>
      String(u['id']),
    );
    // Other portals' users, who may be invited to A (some are blocked from accepting: unpaid, cancelling…).
    const invitees: { token: string; email: string }[] = [];
    for (const other of world.others) {
      const me = json(await client.call(other.token, 'getMe'));
      invitees.push({
        token: other.token,
        email: str((me['user'] as Record<string, unknown> | undefined)?.['email']),
      });
    }
    let state = await snapshot(client, token, recipient);
    let expectedTotal = sum(state.balances);
    let last: { op: OperationId; options: CallOptions; exchange: Exchange; token: string } | undefined;

    for (const cmd of commands) {
      stepsRun += 1;
      const ids = state.accounts.map((a) => String(a['id']));
      let op: OperationId;
      let call: CallOptions;
      let actor = byRecipient(cmd.kind) ? recipient : world.a.tokens[cmd.as];
      const invitee = pick(invitees, 'who' in cmd ? cmd.who : 0);
      let preview: Record<string, unknown> = {};
      switch (cmd.kind) {
        case 'transfer':
          op = 'transferMinutes';
          call = {
            headers: { 'Idempotency-Key': newKey('inv') },
            body: {
              fromAccountId: pick(ids, cmd.from),
              toAccountId: pick(ids, cmd.to + 1),
              minutes: cmd.minutes,
            },
          };
          break;
        case 'purchase':
          op = 'purchaseMinutes';
          call = {
            headers: { 'Idempotency-Key': newKey('inv') },
            body: { accountId: pick(ids, cmd.account), minutes: cmd.minutes },
          };
          break;
        case 'usage':
          op = 'recordUsage';
          call = {
            headers: { 'Idempotency-Key': newKey('inv') },
            body: { accountId: pick(ids, cmd.account), minutes: cmd.minutes, sessionRef: 'invariants' },
          };
          break;
        case 'createProject':
          op = 'createProject';
          call = { headers: { 'Idempotency-Key': newKey('inv') }, body: { title: `Random ${stepsRun}` } };
          break;
        case 'deleteProject':
          op = 'deleteProject';
          call = { path: { accountId: pick(ids, cmd.account) ?? 'none' } };
          break;
        case 'assign':
        case 'unassign': {
          const status = cmd.kind === 'assign' ? 'unassigned' : 'assigned';
          const license = pick(
            items(await client.call(token, 'listLicenses', { query: { status, limit: 10 } })),
            cmd.license,
          );
          op = cmd.kind === 'assign' ? 'assignLicense' : 'unassignLicense';
          call = {
            path: { licenseId: String(license?.['id'] ?? 'lic_none') },
            headers: { 'If-Match': String(license?.['etag'] ?? '"none"') },
            body: cmd.kind === 'assign' ? { userId: pick(users, cmd.user) ?? adminId } : {},
          };
          break;
        }
        case 'deleteLicenses':
          op = 'deleteLicenses';
          call = {
            headers: { 'Idempotency-Key': newKey('inv') },
            body: {
              productId: String(pick(state.inventory, cmd.product)?.['productId'] ?? 'prd_none'),
              quantity: cmd.quantity,
            },
          };
          break;
        case 'archiveTeam':
        case 'unarchiveTeam': {
          const status = cmd.kind === 'archiveTeam' ? 'active' : 'archived';
          const team = pick(
            state.teams.filter((t) => t['status'] === status),
            cmd.team,
          );
          op = cmd.kind;
          call = { path: { teamId: String(team?.['id'] ?? 'tm_none') }, body: { dryRun: false } };
          break;
        }
        case 'share':
          op = 'createShare';
          call = {
            headers: { 'Idempotency-Key': newKey('inv') },
            body: { accountId: pick(ids, cmd.account), recipientEmail: world.b.ownerEmail },
          };
          break;
        case 'cancelShare':
          op = 'cancelShare';
          call = { path: { shareId: String(pick(state.shares, cmd.share)?.['id'] ?? 'shr_none') } };
          break;
        case 'declineShare':
        case 'acceptShare': {
          const incoming = items(
            await client.call(recipient, 'listIncomingShares', { query: { status: 'pending', limit: 100 } }),
          );
          const shareId = String(pick(incoming, cmd.share)?.['id'] ?? 'shr_none');
          op = cmd.kind;
          call =
            cmd.kind === 'acceptShare'
              ? { path: { shareId }, body: { setDefault: cmd.share % 2 === 0 } }
              : { path: { shareId } };
          break;
        }
        case 'invite':
          op = 'createInvitations';
          call = {
            headers: { 'Idempotency-Key': newKey('inv') },
            body: { emails: [invitee?.email ?? 'nobody@example.test'], membership: { type: 'basic' } },
          };
          break;
        case 'acceptInvitation': {
          // Another portal's user accepts what A sent them (a paid plan's prorated amount goes to A as credit).
          const incoming = items(
            await client.call(invitee?.token, 'listIncomingInvitations', {
              query: { status: 'pending', limit: 100 },
            }),
          ).find(
            (i) => str((i['fromPortal'] as Record<string, unknown> | undefined)?.['id']) === world.a.portalId,
          );
          actor = invitee?.token ?? recipient;
          op = 'acceptInvitation';
          call = {
            path: { invitationId: str(incoming?.['id']) || 'inv_none' },
            headers: { 'Idempotency-Key': newKey('inv') },
            body: { settlement: 'transfer_credit' },
          };
          break;
        }
        case 'prune': {
          // The admin previews (a read); the step's role confirms the removal, keeping one member of the list.
          preview = json(await client.call(token, 'createPrunePreview', { body: {} }));
          const members = (preview['members'] ?? []) as Record<string, unknown>[];
          const kept = pick(members, cmd.keep)?.['id'];
          op = 'startPruneJob';
          call = {
            headers: { 'Idempotency-Key': newKey('inv') },
            body: {
              previewVersion: String(preview['previewVersion'] ?? 'pv_none'),
              confirm: true,
              ...(kept === undefined ? {} : { keepMemberIds: [String(kept)] }),
            },
          };
          break;
        }
        case 'spendShared': {
          const shared = items(await client.call(recipient, 'listMinuteAccounts')).filter(
            (a) => a['access'] === 'shared' && state.balances.has(String(a['id'])),
          );
          op = 'recordUsage';
          call = {
            headers: { 'Idempotency-Key': newKey('inv') },
            body: {
              accountId: String(pick(shared, cmd.account)?.['id'] ?? pick(ids, cmd.account)),
              minutes: cmd.minutes,
              sessionRef: 'invariants-shared',
            },
          };
          break;
        }
        case 'replay':
          if (!last) continue;
          op = last.op;
          call = last.options;
          actor = last.token;
          break;
      }

      let exchange = await client.call(actor, op, call);
      const contract = new Recorder('invariants');
      checkResponse(contract, op, exchange);
      // A removal runs as a job: follow it to its end (each poll held to the contract too), so the next
      // snapshot sees all it did, and the job's end is what the rules below read.
      if (op === 'startPruneJob' && isSuccess(exchange)) {
        exchange = await finish(client, token, exchange);
        checkResponse(contract, 'getPruneJob', exchange);
      }
      const broken = contract.failures[0];
      if (broken) throw new Violation(`invariants.contract`, broken.message, exchange);
      const next = await snapshot(client, token, recipient);
      const ok = isSuccess(exchange);
      const body = (call.body ?? {}) as Record<string, unknown>;
      if (ok) succeeded.set(cmd.kind, (succeeded.get(cmd.kind) ?? 0) + 1);

      // The role table: a role holding none of the operation's permissions gets 403 forbidden; a role holding
      // one is refused with 403 only by the member's documented default-account rule.
      if (!byRecipient(cmd.kind) && cmd.kind !== 'replay') {
        const { permissions } = table[op];
        const allowed = permissions.length === 0 || permissions.some((p) => roleTable[cmd.as].includes(p));
        const status = exchange.response.status;
        if (!allowed && !(status === 403 && problemCode(exchange) === 'forbidden'))
          throw new Violation(
            'invariants.roles',
            `${cmd.as} lacks ${permissions.join(' or ')} but ${describe(exchange)}`,
            exchange,
          );
        if (allowed && status === 403 && !memberFinerRule(cmd.as, permissions))
          throw new Violation(
            'invariants.roles',
            `${cmd.as} holds ${permissions.join(' or ')} but ${describe(exchange)}`,
            exchange,
          );
      }
      if (op === 'acceptInvitation' && ok) {
        const members = (x: Snapshot) =>
          Number(((x.billing['counts'] ?? {}) as Record<string, unknown>)['members']);
        if (members(next) !== members(state) + 1)
          throw new Violation(
            'invariants.invitation-joins-once',
            `an accepted invitation took portal A's members from ${members(state)} to ${members(next)}, not one more`,
            exchange,
          );
      }
      if (op === 'startPruneJob' && cmd.kind === 'prune' && ok) {
        const job = json(exchange);
        const removed = ((job['removed'] ?? []) as unknown[]).length;
        const failed = ((job['failed'] ?? []) as unknown[]).length;
        const keep = (body['keepMemberIds'] as unknown[] | undefined)?.length ?? 0;
        const confirmed = Number(preview['count'] ?? 0) - keep;
        const members = (x: Snapshot) =>
          Number(((x.billing['counts'] ?? {}) as Record<string, unknown>)['members']);
        if (
          job['status'] !== 'succeeded' ||
          removed + failed !== confirmed ||
          members(next) !== members(state) - removed
        )
          throw new Violation(
            'invariants.prune-removes-what-was-confirmed',
            `a removal of ${confirmed} confirmed members (the preview's ${String(preview['count'])} less those kept) ended ${String(job['status'])} with ${removed} removed and ${failed} failed; members went from ${members(state)} to ${members(next)}`,
            exchange,
          );
      }
      if (next.defaults.length > 0)
        throw new Violation('invariants.default-account-usable', next.defaults.join('; '), exchange);

      if (cmd.kind === 'replay') {
        if (next.text !== state.text)
          throw new Violation(
            'invariants.replay-changes-nothing',
            `replaying ${op} with its key changed state`,
            exchange,
          );
        if (last && JSON.stringify(last.exchange.response.body) !== JSON.stringify(exchange.response.body)) {
          throw new Violation(
            'invariants.replay-changes-nothing',
            `replaying ${op} answered differently from the first call`,
            exchange,
          );
        }
      } else if (!ok) {
        if (next.text !== state.text)
          throw new Violation(
            'invariants.failed-request-changes-nothing',
            `${describe(exchange)} but state changed`,
            exchange,
          );
      } else if (op === 'purchaseMinutes') expectedTotal += Number(body['minutes']);
      else if (op === 'recordUsage') expectedTotal -= Number(body['minutes']);

      // A caller refused for who they are (403: the role rule above; 404: not their account) never got as far
      // as the balance: the overdraft rule is about callers who may move these minutes.
      const entitled = exchange.response.status !== 403 && exchange.response.status !== 404;
      if (op === 'transferMinutes' && cmd.kind === 'transfer') {
        const available = state.balances.get(String(body['fromAccountId'])) ?? 0;
        if (
          entitled &&
          body['fromAccountId'] !== body['toAccountId'] &&
          Number(body['minutes']) > available &&
          exchange.response.status !== 422
        ) {
          throw new Violation(
            'invariants.no-overdraft',
            `a transfer of ${String(body['minutes'])} from an account holding ${available}: ${describe(exchange)}`,
            exchange,
          );
        }
      }
      if (op === 'recordUsage' && (cmd.kind === 'usage' || cmd.kind === 'spendShared')) {
        const available = state.balances.get(String(body['accountId'])) ?? 0;
        if (
          entitled &&
          Number(body['minutes']) > available &&
          !(exchange.response.status === 422 && problemCode(exchange) === 'insufficient_minutes')
        ) {
          throw new Violation(
            'invariants.no-overdraft',
            `usage of ${String(body['minutes'])} from an account holding ${available}: ${describe(exchange)}`,
            exchange,
          );
        }
      }
      const total = sum(next.balances);
      if (total !== expectedTotal) {
        throw new Violation(
          'invariants.minutes-conserved',
          `owned balances add up to ${total}; start + purchases − usage is ${expectedTotal}`,
          exchange,
        );
      }
      const negative = [...next.balances].filter(([, n]) => n < 0);
      if (negative.length > 0)
        throw new Violation(
          'invariants.non-negative-balance',
          `negative balances ${JSON.stringify(negative)}`,
          exchange,
        );
      for (const item of next.inventory) {
        const owned = Number(item['owned']);
        const assigned = Number(item['assigned']);
        const unassigned = Number(item['unassigned']);
        const deletable = Number(item['deletable']);
        if (assigned + unassigned !== owned || deletable !== unassigned || assigned < 0 || unassigned < 0) {
          throw new Violation(
            'invariants.seat-counts',
            `${String(item['productId'])}: owned ${owned}, assigned ${assigned}, unassigned ${unassigned}, deletable ${deletable}`,
            exchange,
          );
        }
      }
      const counts = (next.billing['counts'] ?? {}) as Record<string, number>;
      const units = (next.billing['billedUnits'] ?? {}) as Record<string, number>;
      const byMode =
        next.billing['mode'] === 'team_licenses' ? counts['activeTeams'] : counts['activeMembers'];
      if (
        units['nextMonth'] !== byMode ||
        counts['members'] !== Number(counts['activeMembers']) + Number(counts['inactiveMembers'])
      ) {
        throw new Violation(
          'invariants.billed-units',
          `mode ${String(next.billing['mode'])}: next month's units ${units['nextMonth']}, counts ${JSON.stringify(counts)}`,
          exchange,
        );
      }
      if (
        next.allTeams &&
        counts['activeTeams'] !== next.teams.filter((t) => t['status'] === 'active').length
      ) {
        throw new Violation(
          'invariants.billed-units',
          `billing counts ${counts['activeTeams']} active teams; the team list has ${next.teams.filter((t) => t['status'] === 'active').length}`,
          exchange,
        );
      }
      const unitsBefore = (state.billing['billedUnits'] ?? {}) as Record<string, number>;
      if (
        ok &&
        (op === 'archiveTeam' || op === 'unarchiveTeam') &&
        units['current'] !== unitsBefore['current']
      ) {
        throw new Violation(
          'invariants.billed-units',
          `${op} changed this month's billed units from ${unitsBefore['current']} to ${units['current']} (it takes effect next month)`,
          exchange,
        );
      }
      if (op === 'deleteLicenses' && cmd.kind === 'deleteLicenses') {
        const productId = String(body['productId']);
        const before = state.inventory.find((i) => i['productId'] === productId);
        const after = next.inventory.find((i) => i['productId'] === productId);
        const deletable = Number(before?.['deletable'] ?? 0);
        if (
          before &&
          entitled &&
          cmd.quantity > deletable &&
          !(exchange.response.status === 422 && problemCode(exchange) === 'exceeds_deletable')
        ) {
          throw new Violation(
            'invariants.deletable-bound',
            `deleting ${cmd.quantity} of ${productId} with ${deletable} deletable: ${describe(exchange)}`,
            exchange,
          );
        }
        if (ok && Number(after?.['assigned'] ?? 0) !== Number(before?.['assigned'] ?? 0)) {
          throw new Violation(
            'invariants.delete-spares-assigned',
            `deleting licenses of ${productId} changed its assigned count`,
            exchange,
          );
        }
      }
      if (ok && cmd.kind !== 'replay' && isIdempotentWrite(op))
        last = { op, options: call, exchange, token: actor };
      state = next;
    }
  });

  const result = await fc.check(property, { numRuns: runs, seed: env.seed, endOnFailure: false });
  rec.checks += stepsRun;
  rec.note(
    `${sequences} sequences, ${stepsRun} steps (${runs} runs × up to ${steps} steps, seed ${env.seed}, shrinking included)`,
  );
  rec.note(
    `steps that succeeded: ${[...succeeded]
      .sort(([x], [y]) => x.localeCompare(y))
      .map(([kind, n]) => `${kind} ${n}`)
      .join(', ')}`,
  );
  if (result.failed) {
    const error = result.errorInstance;
    const counterexample = JSON.stringify(result.counterexample?.[0] ?? []);
    if (error instanceof Violation) {
      rec.fail(
        error.rule.replace(/^invariants\./, ''),
        `${error.message}. Minimal sequence (seed ${env.seed}, path ${result.counterexamplePath ?? ''}): ${counterexample}`,
        error.exchange,
      );
    } else {
      rec.fail(
        'error',
        `${error instanceof Error ? error.message : String(error)}. Sequence: ${counterexample}`,
      );
    }
  }
  return rec;
}

/** Operations whose replay with the same key must change nothing. */
function isIdempotentWrite(op: OperationId): boolean {
  return (
    op === 'transferMinutes' ||
    op === 'purchaseMinutes' ||
    op === 'recordUsage' ||
    op === 'createProject' ||
    op === 'createShare' ||
    op === 'deleteLicenses'
  );
}
