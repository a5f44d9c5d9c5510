import type { Schema } from '@allot/contract';
import { monthKey } from '../billing/calendar.js';
import { leaveQueue, queuesOf, release } from '../licenses/store.js';
import type { State } from '../state.js';
import type { BilledUnit, MemberRecord, MonthSnapshot, TeamRecord, Workspace } from './model.js';

type BilledUnits = Schema<'WorkspaceBilledUnits'>;

/** Lower-cased and without accents, so "beatrice" finds "Béatrice". */
export function searchText(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** A workspace with no teams and no members yet, for a portal the scenario gave none. */
export function newWorkspace(
  portalId: string,
  options: { mode: Workspace['mode']; unitPrice: number; currency: string; createdAt: number; now: number },
): Workspace {
  const month = monthKey(options.now);
  return {
    portalId,
    mode: options.mode,
    unitPrice: options.unitPrice,
    currency: options.currency,
    createdAt: options.createdAt,
    teams: new Map(),
    members: new Map(),
    memberByUser: new Map(),
    activeTeamCount: 0,
    activeMemberCount: 0,
    version: 0,
    month,
    snapshots: new Map([[month, { mode: options.mode, units: [] }]]),
    previews: new Map(),
    jobs: new Map(),
    sorted: null,
    sortedTeams: null,
  };
}

/** Units the next bill uses: the count the billing mode defines today (invariant 5). */
export function nextMonthUnits(ws: Workspace): number {
  return ws.mode === 'team_licenses' ? ws.activeTeamCount : ws.activeMemberCount;
}

export function billedUnits(ws: Workspace): BilledUnits {
  return { current: ws.snapshots.get(ws.month)?.units.length ?? 0, nextMonth: nextMonthUnits(ws) };
}

/** The units billed if the month began now, as the export lists them. */
export function snapshotOf(state: State, ws: Workspace): MonthSnapshot {
  const units: BilledUnit[] = [];
  if (ws.mode === 'team_licenses') {
    for (const team of sortedTeams(ws)) {
      if (team.archivedAt === null) units.push({ id: team.id, name: team.name, email: '' });
    }
  } else {
    for (const member of sortedMembers(ws)) {
      if (member.activeTeamCount === 0) continue;
      const user = state.identity.users.get(member.userId);
      units.push({ id: member.userId, name: user?.name ?? member.userId, email: user?.email ?? '' });
    }
  }
  return { mode: ws.mode, units };
}

export function sortedMembers(ws: Workspace): MemberRecord[] {
  ws.sorted ??= [...ws.members.values()].sort((a, b) =>
    a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0,
  );
  return ws.sorted;
}

export function sortedTeams(ws: Workspace): TeamRecord[] {
  ws.sortedTeams ??= [...ws.teams.values()].sort((a, b) =>
    a.search < b.search ? -1 : a.search > b.search ? 1 : a.id < b.id ? -1 : 1,
  );
  return ws.sortedTeams;
}

export function renderTeam(team: TeamRecord): Schema<'Team'> {
  return {
    id: team.id,
    name: team.name,
    status: team.archivedAt === null ? 'active' : 'archived',
    memberCount: team.memberIds.size,
    archivedAt: team.archivedAt,
    billedNextMonth: team.archivedAt === null,
  };
}

export function renderMember(state: State, member: MemberRecord): Schema<'WorkspaceMember'> {
  const user = state.identity.users.get(member.userId);
  return {
    id: member.id,
    user: {
      id: member.userId,
      name: user?.name ?? member.userId,
      email: user?.email ?? 'unknown@invalid.test',
    },
    role: user?.role ?? 'member',
    teamIds: [...member.teamIds],
    activeTeamCount: member.activeTeamCount,
    status: member.activeTeamCount > 0 ? 'active' : 'inactive',
    lastSeenAt: member.lastSeenAt,
    joinedAt: member.joinedAt,
  };
}

/** Member id of a user: stable and readable (`usr_g00012` → `wsm_g00012`). */
export function memberIdFor(userId: string): string {
  return `wsm_${userId.replace(/^usr_/, '')}`;
}

/** Adds a user to the workspace (in the given teams, none by default); returns the member. */
export function addMember(
  state: State,
  ws: Workspace,
  userId: string,
  options: { joinedAt: string; lastSeenAt?: string | null; teamIds?: readonly string[] },
): MemberRecord {
  const user = state.identity.users.get(userId);
  const name = user?.name ?? userId;
  const member: MemberRecord = {
    id: memberIdFor(userId),
    userId,
    teamIds: [],
    activeTeamCount: 0,
    joinedAt: options.joinedAt,
    lastSeenAt: options.lastSeenAt ?? null,
    search: searchText(`${name} ${user?.email ?? ''}`),
    sortKey: `${searchText(name)}\u0000${userId}`,
  };
  ws.members.set(member.id, member);
  ws.memberByUser.set(userId, member.id);
  for (const teamId of options.teamIds ?? []) {
    const team = ws.teams.get(teamId);
    if (!team || team.memberIds.has(member.id)) continue;
    team.memberIds.add(member.id);
    member.teamIds.push(teamId);
    if (team.archivedAt === null) member.activeTeamCount += 1;
  }
  if (member.activeTeamCount > 0) ws.activeMemberCount += 1;
  ws.version += 1;
  ws.sorted = null;
  return member;
}

/** Takes a member out of the workspace and out of all their teams. */
export function removeMember(ws: Workspace, member: MemberRecord): void {
  for (const teamId of member.teamIds) ws.teams.get(teamId)?.memberIds.delete(member.id);
  if (member.activeTeamCount > 0) ws.activeMemberCount -= 1;
  ws.members.delete(member.id);
  ws.memberByUser.delete(member.userId);
  ws.version += 1;
  ws.sorted = null;
}

/** Whether a user belongs to the portal's workspace (what "already a member" means for invitations). */
export function isWorkspaceMember(state: State, portalId: string, userId: string): boolean {
  return state.workspace.workspaces.get(portalId)?.memberByUser.has(userId) ?? false;
}

/** What a member holds in their portal (licenses, queue seats): what removing them frees. Null when nothing. */
export function holdingsOf(
  state: State,
  portalId: string,
  member: MemberRecord,
): Schema<'PruneHoldings'> | null {
  const licenses = [...(state.licenses.held.get(member.userId)?.values() ?? [])].flatMap((id) => {
    const license = state.licenses.licenses.get(id);
    const product = license && state.licenses.products.get(license.productId);
    return license?.portalId === portalId && product
      ? [{ licenseId: license.id, productId: product.id, productName: product.name }]
      : [];
  });
  const queues = queuesOf(state, member.userId).filter(
    (q) => state.licenses.queues.get(q.queueId)?.portalId === portalId,
  );
  return licenses.length || queues.length ? { memberId: member.id, licenses, queues } : null;
}

/**
 * Frees what a user holds in a portal they no longer belong to: their licenses go back to its pool and they
 * leave its queues, so the portal stops paying for seats of someone who has no access.
 */
export function releaseSeats(state: State, portalId: string, userId: string): void {
  const held = state.licenses.held.get(userId);
  for (const licenseId of held ? [...held.values()] : []) {
    const license = state.licenses.licenses.get(licenseId);
    if (license && license.portalId === portalId) release(state, license);
  }
  for (const queue of state.licenses.queues.values()) {
    if (queue.portalId === portalId) leaveQueue(queue, userId);
  }
}
