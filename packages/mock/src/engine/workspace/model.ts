import type { Schema } from '@allot/contract';

export type BillingMode = Schema<'WorkspaceBilling'>['mode'];

/** One team. `memberIds` holds workspace member ids; archived teams are never billed. */
export interface TeamRecord {
  id: string;
  name: string;
  /** Lower-cased, accent-free name for search. */
  search: string;
  /** ISO timestamp; null while active. */
  archivedAt: string | null;
  memberIds: Set<string>;
}

/**
 * One workspace member (a user of the portal). `activeTeamCount` is kept up to date on every archive,
 * unarchive and removal, so "inactive" (0 active teams) is a field read, not a scan of the teams.
 */
export interface MemberRecord {
  id: string;
  userId: string;
  /** Every team the member belongs to, active or archived, in joining order. */
  teamIds: string[];
  activeTeamCount: number;
  joinedAt: string;
  lastSeenAt: string | null;
  /** Lower-cased, accent-free "name e-mail" for search. */
  search: string;
  /** Sort key (the user's name, then id). */
  sortKey: string;
}

/** One billed unit as the monthly export lists it: a team (no e-mail) or a member. */
export interface BilledUnit {
  id: string;
  name: string;
  email: string;
}

/** Who was billed in one month, in the mode of that month (frozen at the month's start). */
export interface MonthSnapshot {
  mode: BillingMode;
  units: readonly BilledUnit[];
}

/** A preview handed out; its version is stale once `wsVersion` no longer matches the workspace. */
export interface PreviewRecord {
  wsVersion: number;
  callerUserId: string;
}

export type PruneJobStatus = Schema<'PruneJob'>['status'];

export interface PruneJobRecord {
  id: string;
  portalId: string;
  callerUserId: string;
  /** The preview's members, in order; processed from the front. */
  memberIds: string[];
  processed: number;
  removed: Schema<'PruneRemovedMember'>[];
  failed: Schema<'PruneFailedMember'>[];
  status: PruneJobStatus;
  /** Epoch ms. */
  startedAt: number;
  finishedAt: number | null;
  /** getPruneJob calls so far: each poll moves the job on, so a UI on a frozen clock still sees progress. */
  polls: number;
  before: Schema<'WorkspaceBilledUnits'>;
}

/** One portal's workspace: teams, members, the billing mode and what each month billed. */
export interface Workspace {
  portalId: string;
  mode: BillingMode;
  /** Minor units per billed unit per month. */
  unitPrice: number;
  currency: string;
  /** Epoch ms; months before it export only the header row. */
  createdAt: number;
  teams: Map<string, TeamRecord>;
  members: Map<string, MemberRecord>;
  /** userId → member id. */
  memberByUser: Map<string, string>;
  /** Non-archived teams. */
  activeTeamCount: number;
  /** Members of at least one active team. */
  activeMemberCount: number;
  /** Bumped on every change to teams or members: what makes a prune preview stale. */
  version: number;
  /** `YYYY-MM` the current bill belongs to; `snapshots` has an entry for it. */
  month: string;
  /** Billed units per month, the current one included. */
  snapshots: Map<string, MonthSnapshot>;
  previews: Map<string, PreviewRecord>;
  jobs: Map<string, PruneJobRecord>;
  /** Members sorted by name, rebuilt lazily after members change. */
  sorted: MemberRecord[] | null;
  /** Teams sorted by name, rebuilt lazily after teams change. */
  sortedTeams: TeamRecord[] | null;
}

export interface WorkspaceState {
  /** By portal id. */
  workspaces: Map<string, Workspace>;
}

export function createWorkspaceState(): WorkspaceState {
  return { workspaces: new Map() };
}
