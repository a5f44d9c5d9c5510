/**
 * Invariants 5 and 6 of DOMAIN.md for the workspace, over random sequences of archive / unarchive / prune /
 * invite-accept / time steps: after every step the billed units equal what the billing mode defines (counted
 * from scratch, not from the engine's counters), and a call that fails leaves the state exactly as it was.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Ctx } from '../src/engine/context.js';
import { DomainError } from '../src/engine/errors.js';
import {
  acceptInvitation,
  createInvitations,
  listIncomingInvitations,
  resendInvitation,
} from '../src/engine/invitations/index.js';
import type { State } from '../src/engine/state.js';
import {
  archiveTeam,
  createPrunePreview,
  getPruneJob,
  getWorkspaceBilling,
  startPruneJob,
  unarchiveTeam,
  workspaceOf,
} from '../src/engine/workspace/index.js';
import { generatedUserId, users } from '../src/scenarios/identity.js';
import { teamIds } from '../src/scenarios/workspace.js';
import { comparable, ctxAs, DAY, NOW, scenario } from './support/people.js';

// 100 sequences in every run (a fifth of a minute on CI); PROPERTY_RUNS=2000 for a deep run before a release.
const RUNS = Number(process.env.PROPERTY_RUNS ?? 100);

const TEAMS = [...Object.values(teamIds), 'tm_nope'];
const CALLERS = [users.admin, users.superAdmin, users.bAdmin];
/** People who may be invited (or invite): the invitee owners, B's users, some of A's generated members. */
const PEOPLE = [
  users.bAdmin,
  users.bMember,
  users.unpaidOwner,
  users.cancellingOwner,
  users.linkedOwner,
  users.paidOwner,
  generatedUserId(6),
  generatedUserId(7),
  users.member,
];

type Step =
  | { kind: 'archive' | 'unarchive'; caller: number; team: number; dryRun: boolean }
  | { kind: 'prune'; caller: number; confirm: boolean; changeBetween: number | null; polls: number }
  | { kind: 'poll' }
  | { kind: 'time'; ms: number }
  | { kind: 'invite'; caller: number; person: number; licensed: boolean }
  | { kind: 'accept'; person: number; settlement: 'refund' | 'transfer_credit' | undefined }
  | { kind: 'resend'; person: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constantFrom('archive' as const, 'unarchive' as const),
    caller: fc.nat(CALLERS.length - 1),
    team: fc.nat(TEAMS.length - 1),
    dryRun: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('prune' as const),
    caller: fc.nat(CALLERS.length - 1),
    confirm: fc.boolean(),
    changeBetween: fc.option(fc.nat(TEAMS.length - 2)),
    polls: fc.nat(3),
  }),
  fc.record({ kind: fc.constant('poll' as const) }),
  fc.record({
    kind: fc.constant('time' as const),
    ms: fc.oneof(fc.integer({ min: 1, max: 5_000 }), fc.integer({ min: DAY, max: 40 * DAY })),
  }),
  fc.record({
    kind: fc.constant('invite' as const),
    caller: fc.nat(CALLERS.length - 1),
    person: fc.nat(PEOPLE.length - 1),
    licensed: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('accept' as const),
    person: fc.nat(PEOPLE.length - 1),
    settlement: fc.constantFrom('refund' as const, 'transfer_credit' as const, undefined),
  }),
  fc.record({ kind: fc.constant('resend' as const), person: fc.nat(PEOPLE.length - 1) }),
);

/** Billed units and counts recounted from teams and memberships alone, checked against the engine. */
function checkInvariants(state: State, now: number): void {
  const memberships = new Map<string, string>();
  for (const ws of state.workspace.workspaces.values()) {
    const activeTeams = [...ws.teams.values()].filter((t) => t.archivedAt === null);
    let activeMembers = 0;
    for (const member of ws.members.values()) {
      const active = member.teamIds.filter((id) => ws.teams.get(id)?.archivedAt === null).length;
      expect(member.activeTeamCount).toBe(active);
      if (active > 0) activeMembers += 1;
      for (const teamId of member.teamIds) expect(ws.teams.get(teamId)?.memberIds.has(member.id)).toBe(true);
      expect(ws.memberByUser.get(member.userId)).toBe(member.id);
      // A user belongs to one workspace at most: the one of the portal they are in.
      expect(memberships.has(member.userId)).toBe(false);
      memberships.set(member.userId, ws.portalId);
      expect(state.identity.users.get(member.userId)?.portalId).toBe(ws.portalId);
    }
    for (const team of ws.teams.values())
      for (const id of team.memberIds) expect(ws.members.get(id)?.teamIds).toContain(team.id);

    const portal = state.identity.portals.get(ws.portalId)!;
    const owner =
      [...state.identity.users.values()].find((u) => u.portalId === ws.portalId) ??
      [...state.identity.users.values()][0]!;
    const ctx: Ctx = { state, actor: { user: owner, portal, permissions: new Set() }, now };
    const billing = getWorkspaceBilling(ctx);
    // Invariant 5: the next bill counts exactly what the mode defines.
    expect(billing.billedUnits.nextMonth).toBe(
      ws.mode === 'team_licenses' ? activeTeams.length : activeMembers,
    );
    expect(billing.counts.activeTeams).toBe(activeTeams.length);
    expect(billing.counts.archivedTeams).toBe(ws.teams.size - activeTeams.length);
    expect(billing.counts.activeMembers).toBe(activeMembers);
    expect(billing.counts.members).toBe(billing.counts.activeMembers + billing.counts.inactiveMembers);
    expect(billing.billedUnits.current).toBe(ws.snapshots.get(ws.month)?.units.length);
  }
  // Seats follow membership: nobody holds a license of a portal whose workspace they left or were removed from.
  for (const license of state.licenses.licenses.values()) {
    if (license.assigneeId !== null) expect(memberships.get(license.assigneeId)).toBe(license.portalId);
  }
  for (const invoices of state.billing.invoices.values())
    for (const invoice of invoices) expect(invoice.amount).toBeGreaterThanOrEqual(0);
}

/** Brings every workspace up to `now`, so what time alone changes is not blamed on the next call. */
function settle(state: State, now: number): void {
  for (const portalId of state.workspace.workspaces.keys()) workspaceOf(state, portalId, now);
}

/** Runs one call; if it fails with a DomainError, the state must be unchanged (invariant 6). */
function attempt<T>(state: State, now: number, call: () => T): T | undefined {
  settle(state, now);
  const before = comparable(state);
  try {
    return call();
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    expect(error.status).toBeGreaterThanOrEqual(400);
    expect(comparable(state)).toEqual(before);
    return undefined;
  }
}

function run(state: State, steps: Step[]): void {
  let now = NOW;
  const jobs: { jobId: string; callerId: string }[] = [];
  const as = (userId: string): Ctx => ctxAs(state, userId, now);
  for (const s of steps) {
    switch (s.kind) {
      case 'archive':
      case 'unarchive': {
        const op = s.kind === 'archive' ? archiveTeam : unarchiveTeam;
        attempt(state, now, () => op(as(CALLERS[s.caller]!), { teamId: TEAMS[s.team]!, dryRun: s.dryRun }));
        break;
      }
      case 'prune': {
        const callerId = CALLERS[s.caller]!;
        if (state.identity.users.get(callerId)?.portalId === undefined) break;
        const preview = attempt(state, now, () => createPrunePreview(as(callerId)));
        if (!preview) break;
        if (s.changeBetween !== null)
          attempt(state, now, () => archiveTeam(as(callerId), { teamId: TEAMS[s.changeBetween!]! }));
        const started = attempt(state, now, () =>
          startPruneJob(as(callerId), { previewVersion: preview.previewVersion, confirm: s.confirm }),
        );
        if (started) {
          jobs.push({ jobId: started.job.id, callerId });
          for (let i = 0; i < s.polls; i += 1)
            attempt(state, now, () => getPruneJob(as(callerId), { jobId: started.job.id }));
        }
        break;
      }
      case 'poll':
        for (const { jobId, callerId } of jobs) {
          if (!state.identity.tokens || !state.identity.users.has(callerId)) continue;
          attempt(state, now, () => getPruneJob(as(callerId), { jobId }));
        }
        break;
      case 'time':
        now += s.ms;
        break;
      case 'invite': {
        const invitee = state.identity.users.get(PEOPLE[s.person]!)!;
        attempt(state, now, () =>
          createInvitations(as(CALLERS[s.caller]!), {
            emails: [invitee.email],
            membership: s.licensed ? { type: 'licensed', productIds: ['prd_connect'] } : { type: 'basic' },
          }),
        );
        break;
      }
      case 'accept': {
        const personId = PEOPLE[s.person]!;
        const incoming = attempt(state, now, () => listIncomingInvitations(as(personId), {}));
        const first = incoming?.items[0];
        if (first)
          attempt(state, now, () =>
            acceptInvitation(as(personId), { invitationId: first.id, settlement: s.settlement }),
          );
        break;
      }
      case 'resend': {
        const personId = PEOPLE[s.person]!;
        const invitation = state.invitations.all.find((i) => i.inviteeUserId === personId);
        const inviter =
          invitation &&
          [...state.identity.users.values()].find(
            (u) => u.portalId === invitation.portalId && u.role !== 'member',
          );
        if (invitation && inviter)
          attempt(state, now, () => resendInvitation(as(inviter.id), { invitationId: invitation.id }));
        break;
      }
    }
    checkInvariants(state, now);
  }
}

describe('workspace invariants over random operation sequences', () => {
  it(`billed units always equal what the billing mode defines, and failed calls change nothing (${RUNS} sequences)`, () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 25 }), (steps) => {
        const state = scenario();
        checkInvariants(state, NOW);
        run(state, steps);
      }),
      { numRuns: RUNS },
    );
  }, 300_000);
});
