import { addMonths, DAY_MS, monthKey, monthStart } from '../engine/billing/calendar.js';
import { createRandom, type Random } from '../engine/random.js';
import type { State } from '../engine/state.js';
import { addMember, newWorkspace, searchText, sortedMembers, sortedTeams } from '../engine/workspace/core.js';
import type { BilledUnit, MonthSnapshot, TeamRecord, Workspace } from '../engine/workspace/model.js';
import { generatedUserCount, generatedUserId, portals, users } from './identity.js';
import type { ScenarioName, Seeder } from './types.js';

/** Teams of portal A (default scenario) and B that tests and the demo can name. */
export const teamIds = {
  marketing: 'tm_marketing',
  sales: 'tm_sales',
  support: 'tm_support',
  engineering: 'tm_engineering',
  product: 'tm_product',
  finance: 'tm_finance',
  /** Archived two months ago. */
  launch2025: 'tm_launch_2025',
  /** Archived five months ago. */
  legacyOps: 'tm_legacy_ops',
  bOperations: 'tm_b_operations',
  bPartners: 'tm_b_partners',
  /** B's archived team. */
  bPilot: 'tm_b_pilot',
} as const;

/** Portal A bills per member of an active team; B per active team. */
export const workspacePrices = { userLicense: 900, teamLicense: 4900 } as const;

/** Months of invoices before the current one; the workspaces start a month earlier (their first month). */
export const HISTORY_MONTHS = 6;

/** Generated members of A in no active team in the default scenario (with usr_super: 7 inactive). */
export const defaultInactiveGenerated = [6, 13, 20, 27, 34, 40] as const;

/** Teams and inactive share of the large scenario. */
export const largeWorkspace = { teams: 2_000, archivedEvery: 10, inactiveShare: 0.15 } as const;

const DEPARTMENTS = [
  'Sales',
  'Support',
  'Marketing',
  'Engineering',
  'Finance',
  'Operations',
  'Design',
  'Research',
  'Legal',
  'People',
];
const CITIES = [
  'Berlin',
  'Paris',
  'Lyon',
  'Munich',
  'Vienna',
  'Zürich',
  'Lisbon',
  'Madrid',
  'Milan',
  'Oslo',
  'Gent',
  'Kraków',
];

function addTeam(ws: Workspace, id: string, name: string, archivedAt: string | null): TeamRecord {
  const team: TeamRecord = { id, name, search: searchText(name), archivedAt, memberIds: new Set() };
  ws.teams.set(id, team);
  if (archivedAt === null) ws.activeTeamCount += 1;
  ws.sortedTeams = null;
  return team;
}

/**
 * Who each past month billed, as if the current teams and members had been there since they joined: a team
 * archived during month X still counts in X (archiving takes effect on the next bill); a member who joined
 * during a month first counts the month after.
 */
function historicSnapshot(state: State, ws: Workspace, month: string): MonthSnapshot {
  // ISO timestamps start with `YYYY-MM`, so months compare as string prefixes.
  const activeIn = (team: TeamRecord | undefined) =>
    team !== undefined && (team.archivedAt === null || team.archivedAt.slice(0, 7) >= month);
  const units: BilledUnit[] = [];
  if (ws.mode === 'team_licenses') {
    for (const team of sortedTeams(ws))
      if (activeIn(team)) units.push({ id: team.id, name: team.name, email: '' });
  } else {
    for (const member of sortedMembers(ws)) {
      if (member.joinedAt.slice(0, 7) >= month) continue;
      if (!member.teamIds.some((id) => activeIn(ws.teams.get(id)))) continue;
      const user = state.identity.users.get(member.userId);
      units.push({ id: member.userId, name: user?.name ?? member.userId, email: user?.email ?? '' });
    }
  }
  return { mode: ws.mode, units };
}

function recordHistory(state: State, ws: Workspace, months: number): void {
  for (let back = months; back >= 0; back -= 1) {
    const month = addMonths(ws.month, -back);
    ws.snapshots.set(month, historicSnapshot(state, ws, month));
  }
}

/** The i-th team of a list the seeder just built (a missing one is a bug in the seeder). */
function nth(list: readonly string[], i: number): string {
  const value = list[i];
  if (value === undefined) throw new Error(`seed: no team at ${i}`);
  return value;
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/** A join date in the first days of the workspace for most, later for some (they start billing later). */
function joinedAt(rng: Random, createdAt: number, now: number): string {
  const span = now - createdAt;
  return iso(
    rng.chance(0.85) ? createdAt + rng.int(0, 9) * DAY_MS : createdAt + Math.floor(rng.next() * span),
  );
}

function lastSeen(rng: Random, now: number, active: boolean): string | null {
  if (active) return iso(now - rng.int(1, 14 * 24) * 3600 * 1000);
  return rng.chance(0.25) ? null : iso(now - rng.int(60, 200) * DAY_MS);
}

function seedPortalA(state: State, scenario: ScenarioName, rng: Random, now: number): void {
  const createdAt = monthStart(addMonths(monthKey(now), -HISTORY_MONTHS - 1));
  // `team-licenses` is the default data with portal A billed per active team.
  const perTeam = scenario === 'team-licenses';
  if (perTeam) scenario = 'default';
  const ws = newWorkspace(portals.a, {
    mode: perTeam ? 'team_licenses' : 'user_licenses',
    unitPrice: perTeam ? workspacePrices.teamLicense : workspacePrices.userLicense,
    currency: state.identity.portals.get(portals.a)?.currency ?? 'EUR',
    createdAt: scenario === 'empty' ? now : createdAt,
    now,
  });
  state.workspace.workspaces.set(portals.a, ws);
  const fixtures = [users.superAdmin, users.admin, users.userManager, users.member];
  if (scenario === 'empty') {
    for (const userId of fixtures) addMember(state, ws, userId, { joinedAt: iso(now), lastSeenAt: iso(now) });
    return;
  }

  const ago = (days: number) => iso(now - days * DAY_MS);
  let active: string[];
  let archived: string[];
  if (scenario === 'default') {
    addTeam(ws, teamIds.marketing, 'Marketing', null);
    addTeam(ws, teamIds.sales, 'Sales', null);
    addTeam(ws, teamIds.support, 'Customer Support', null);
    addTeam(ws, teamIds.engineering, 'Engineering', null);
    addTeam(ws, teamIds.product, 'Product', null);
    addTeam(ws, teamIds.finance, 'Finance, Legal & HR', null);
    addTeam(
      ws,
      teamIds.launch2025,
      'Launch 2025',
      iso(monthStart(addMonths(monthKey(now), -2)) + 11 * DAY_MS + 8 * 3600 * 1000),
    );
    addTeam(
      ws,
      teamIds.legacyOps,
      'Legacy Ops',
      iso(monthStart(addMonths(monthKey(now), -5)) + 3 * DAY_MS + 15 * 3600 * 1000),
    );
    active = [
      teamIds.marketing,
      teamIds.sales,
      teamIds.support,
      teamIds.engineering,
      teamIds.product,
      teamIds.finance,
    ];
    archived = [teamIds.launch2025, teamIds.legacyOps];
  } else {
    active = [];
    archived = [];
    for (let n = 1; n <= largeWorkspace.teams; n += 1) {
      const id = `tm_${String(n).padStart(5, '0')}`;
      const name = `${DEPARTMENTS[n % DEPARTMENTS.length]} ${CITIES[Math.floor(n / DEPARTMENTS.length) % CITIES.length]} ${n}`;
      const isArchived = n % largeWorkspace.archivedEvery === 0;
      addTeam(ws, id, name, isArchived ? ago(rng.int(1, 360)) : null);
      (isArchived ? archived : active).push(id);
    }
  }

  const since = ws.createdAt;
  // The fixture cast: the super admin sits only in an archived team (inactive, never removed); the others are active.
  addMember(state, ws, users.superAdmin, {
    joinedAt: iso(since),
    lastSeenAt: ago(3),
    teamIds: [nth(archived, 0)],
  });
  addMember(state, ws, users.admin, {
    joinedAt: iso(since),
    lastSeenAt: ago(0),
    teamIds: [nth(active, 0), nth(active, 5)],
  });
  addMember(state, ws, users.userManager, {
    joinedAt: iso(since),
    lastSeenAt: ago(1),
    teamIds: [nth(active, 2)],
  });
  addMember(state, ws, users.member, {
    joinedAt: iso(since),
    lastSeenAt: ago(2),
    teamIds: [nth(active, 1), nth(active, 2)],
  });

  const inactiveDefault = new Set<number>(defaultInactiveGenerated);
  for (let n = 1; n <= generatedUserCount[scenario]; n += 1) {
    const isInactive =
      scenario === 'default' ? inactiveDefault.has(n) : rng.chance(largeWorkspace.inactiveShare);
    const teams: string[] = [];
    if (isInactive) {
      // Half of the inactive members still sit in an archived team; the others are in none.
      if (rng.chance(0.5)) teams.push(rng.pick(archived));
    } else {
      const count = rng.int(1, 3);
      for (let i = 0; i < count; i += 1) teams.push(rng.pick(active));
      if (rng.chance(0.1)) teams.push(rng.pick(archived));
    }
    addMember(state, ws, generatedUserId(n), {
      joinedAt: joinedAt(rng, since, now),
      lastSeenAt: lastSeen(rng, now, !isInactive),
      teamIds: teams,
    });
  }
  recordHistory(state, ws, HISTORY_MONTHS + 1);
}

function seedPortalB(state: State, scenario: ScenarioName, now: number): void {
  const ws = newWorkspace(portals.b, {
    mode: 'team_licenses',
    unitPrice: workspacePrices.teamLicense,
    currency: state.identity.portals.get(portals.b)?.currency ?? 'EUR',
    createdAt: scenario === 'empty' ? now : monthStart(addMonths(monthKey(now), -HISTORY_MONTHS - 1)),
    now,
  });
  state.workspace.workspaces.set(portals.b, ws);
  if (scenario === 'empty') {
    for (const userId of [users.bAdmin, users.bMember]) addMember(state, ws, userId, { joinedAt: iso(now) });
    return;
  }
  addTeam(ws, teamIds.bOperations, 'Operations', null);
  addTeam(ws, teamIds.bPartners, 'Partners, EMEA', null);
  addTeam(ws, teamIds.bPilot, 'Pilot "Q3" 2024', iso(monthStart(addMonths(monthKey(now), -3)) + 20 * DAY_MS));
  const since = iso(ws.createdAt);
  addMember(state, ws, users.bAdmin, {
    joinedAt: since,
    lastSeenAt: iso(now - DAY_MS),
    teamIds: [teamIds.bOperations],
  });
  addMember(state, ws, users.bMember, {
    joinedAt: since,
    lastSeenAt: iso(now - 2 * DAY_MS),
    teamIds: [teamIds.bPartners, teamIds.bPilot],
  });
  recordHistory(state, ws, HISTORY_MONTHS + 1);
}

/** The invitee portals: a workspace of one (their owner), no teams, billed per team. */
function seedInviteePortals(state: State, now: number): void {
  const owners: [string, string][] = [
    [portals.unpaid, users.unpaidOwner],
    [portals.cancelling, users.cancellingOwner],
    [portals.linked, users.linkedOwner],
    [portals.paid, users.paidOwner],
  ];
  for (const [portalId, ownerId] of owners) {
    if (!state.identity.portals.has(portalId)) continue;
    const ws = newWorkspace(portalId, {
      mode: 'team_licenses',
      unitPrice: workspacePrices.teamLicense,
      currency: state.identity.portals.get(portalId)?.currency ?? 'EUR',
      createdAt: monthStart(monthKey(now)),
      now,
    });
    state.workspace.workspaces.set(portalId, ws);
    addMember(state, ws, ownerId, { joinedAt: iso(ws.createdAt), lastSeenAt: iso(now - DAY_MS) });
  }
}

/**
 * Seeds the workspaces. default: portal A in `user_licenses` mode (`team_licenses` in the `team-licenses`
 * scenario, the same data otherwise) with 8 teams (2 archived) and its 44 users
 * spread over them, 7 of them in no active team (the super admin among them); B in `team_licenses` mode with 3
 * teams (1 archived). large: A with 2,000 teams (200 archived) and 20,004 members, about 3,000 inactive.
 * empty: no teams, only the fixture users as (inactive) members. Each workspace keeps six months of billing
 * history; the invitee portals' workspaces hold only their owner.
 */
export const seedWorkspace: Seeder = (state, { scenario, rng, now }) => {
  const local = createRandom(rng.int(0, 2 ** 31 - 1));
  seedPortalA(state, scenario, local, now);
  seedPortalB(state, scenario, now);
  seedInviteePortals(state, now);
  for (const ws of state.workspace.workspaces.values()) ws.version = 0;
};
