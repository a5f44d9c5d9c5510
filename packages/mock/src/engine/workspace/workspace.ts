import type { Schema } from '@allot/contract';
import { isoNow, type Ctx } from '../context.js';
import { notFound } from '../errors.js';
import { firstOfNextMonth } from '../billing/calendar.js';
import { paginate } from '../paging.js';
import { billedUnits, renderMember, renderTeam, searchText, sortedMembers, sortedTeams } from './core.js';
import type { MemberRecord, TeamRecord, Workspace } from './model.js';
import { workspaceOf } from './sync.js';

type BilledUnits = Schema<'WorkspaceBilledUnits'>;

export function getWorkspaceBilling(ctx: Ctx): Schema<'WorkspaceBilling'> {
  const ws = workspaceOf(ctx.state, ctx.actor.portal.id, ctx.now);
  const members = ws.members.size;
  return {
    mode: ws.mode,
    billedUnits: billedUnits(ws),
    unitPrice: { amount: ws.unitPrice, currency: ws.currency },
    counts: {
      activeTeams: ws.activeTeamCount,
      archivedTeams: ws.teams.size - ws.activeTeamCount,
      members,
      activeMembers: ws.activeMemberCount,
      inactiveMembers: members - ws.activeMemberCount,
    },
    nextBillingDate: firstOfNextMonth(ctx.now),
  };
}

export function listTeams(
  ctx: Ctx,
  input: {
    q?: string | undefined;
    status?: 'active' | 'archived' | undefined;
    cursor?: string | undefined;
    limit?: number | undefined;
  },
): Schema<'TeamPage'> {
  const ws = workspaceOf(ctx.state, ctx.actor.portal.id, ctx.now);
  const q = input.q === undefined ? '' : searchText(input.q.trim());
  const matches = sortedTeams(ws).filter(
    (team) =>
      (input.status === undefined || (input.status === 'active') === (team.archivedAt === null)) &&
      (q === '' || team.search.includes(q)),
  );
  const page = paginate(matches, input.cursor, input.limit);
  return { items: page.items.map(renderTeam), nextCursor: page.nextCursor, total: matches.length };
}

export function listMembers(
  ctx: Ctx,
  input: {
    q?: string | undefined;
    status?: 'active' | 'inactive' | undefined;
    cursor?: string | undefined;
    limit?: number | undefined;
  },
): Schema<'WorkspaceMemberPage'> {
  const ws = workspaceOf(ctx.state, ctx.actor.portal.id, ctx.now);
  const q = input.q === undefined ? '' : searchText(input.q.trim());
  const wantActive = input.status === undefined ? undefined : input.status === 'active';
  const matches: MemberRecord[] = [];
  for (const member of sortedMembers(ws)) {
    if (wantActive !== undefined && wantActive !== member.activeTeamCount > 0) continue;
    if (q !== '' && !member.search.includes(q)) continue;
    matches.push(member);
  }
  const page = paginate(matches, input.cursor, input.limit);
  return {
    items: page.items.map((m) => renderMember(ctx.state, m)),
    nextCursor: page.nextCursor,
    total: matches.length,
  };
}

/** Billed units if the team's archived state became `archived` (nothing changes). */
function unitsAfter(ws: Workspace, team: TeamRecord, archived: boolean): BilledUnits {
  const before = billedUnits(ws);
  if ((team.archivedAt !== null) === archived) return before;
  const delta = archived ? -1 : 1;
  if (ws.mode === 'team_licenses') return { current: before.current, nextMonth: before.nextMonth + delta };
  // In user mode only members whose *only* active team this is (archive) or who have none yet (unarchive) change.
  let changed = 0;
  for (const memberId of team.memberIds) {
    const member = ws.members.get(memberId);
    if (member && member.activeTeamCount === (archived ? 1 : 0)) changed += 1;
  }
  return { current: before.current, nextMonth: before.nextMonth + delta * changed };
}

function setArchived(
  ctx: Ctx,
  teamId: string,
  archived: boolean,
  dryRun: boolean,
): Schema<'TeamArchiveResult'> {
  const ws = workspaceOf(ctx.state, ctx.actor.portal.id, ctx.now);
  const team = ws.teams.get(teamId) ?? notFound('team');
  const before = billedUnits(ws);
  const after = unitsAfter(ws, team, archived);
  const noop = (team.archivedAt !== null) === archived;
  // Named before anything changes: archiving, those whose only active team this is; unarchiving, those in none.
  const membersChanging = noop
    ? []
    : [...team.memberIds].flatMap((memberId) => {
        const member = ws.members.get(memberId);
        return member && member.activeTeamCount === (archived ? 1 : 0)
          ? [renderMember(ctx.state, member).user]
          : [];
      });
  if (!dryRun && !noop) {
    team.archivedAt = archived ? isoNow(ctx) : null;
    ws.activeTeamCount += archived ? -1 : 1;
    for (const memberId of team.memberIds) {
      const member = ws.members.get(memberId);
      if (!member) continue;
      const wasActive = member.activeTeamCount > 0;
      member.activeTeamCount += archived ? -1 : 1;
      const isActive = member.activeTeamCount > 0;
      if (wasActive !== isActive) ws.activeMemberCount += isActive ? 1 : -1;
    }
    ws.version += 1;
  }
  return {
    team: renderTeam(team),
    membersChanging,
    // The contract: true whenever nothing was changed, a no-op included.
    dryRun: dryRun || noop,
    billing: { before, after },
    effectiveFrom: firstOfNextMonth(ctx.now),
  };
}

export function archiveTeam(
  ctx: Ctx,
  input: { teamId: string; dryRun?: boolean | undefined },
): Schema<'TeamArchiveResult'> {
  return setArchived(ctx, input.teamId, true, input.dryRun ?? false);
}

export function unarchiveTeam(
  ctx: Ctx,
  input: { teamId: string; dryRun?: boolean | undefined },
): Schema<'TeamArchiveResult'> {
  return setArchived(ctx, input.teamId, false, input.dryRun ?? false);
}
