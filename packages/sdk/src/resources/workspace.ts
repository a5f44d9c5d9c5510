import * as routes from '@allot/contract/routes';
import { operation } from '../core/operation.js';
import { paged } from '../core/pagination.js';
import type { Call } from '../core/transport.js';
import type { Iterate, Method, Pages } from '../core/types.js';

/** Teams, each billed (in `team_licenses` mode) until archived. */
export interface Teams {
  /**
   * One page of teams, active and archived, with whether they count on the next bill.
   * @example
   * const { items, total } = await client.workspace.teams.list({ status: 'active' });
   */
  list: Method<'listTeams'>;
  /**
   * Every page of teams.
   * @example
   * for await (const page of client.workspace.teams.pages({ q: 'sales' })) render(page.items);
   */
  pages: Pages<'listTeams'>;
  /**
   * Every team, one at a time, across pages.
   * @example
   * for await (const team of client.workspace.teams.iterate()) console.log(team.name, team.billedNextMonth);
   */
  iterate: Iterate<'listTeams'>;
  /**
   * Archives a team from the next bill on. `dryRun: true` only shows the effect on billed units.
   * @example
   * const preview = await client.workspace.teams.archive('team_berlin', { dryRun: true });
   * if (confirm(`${preview.billing.after.nextMonth} units next month`)) {
   *   await client.workspace.teams.archive('team_berlin', { dryRun: false });
   * }
   */
  archive: Method<'archiveTeam', [teamId: string]>;
  /**
   * Makes an archived team active again from the next bill on; `dryRun: true` only shows the effect.
   * @example
   * const { effectiveFrom } = await client.workspace.teams.unarchive('team_berlin', { dryRun: false });
   */
  unarchive: Method<'unarchiveTeam', [teamId: string]>;
}

/** The workspace: billing mode and teams. */
export interface Workspace {
  /**
   * The billing mode, billed units this month and next, and the counts behind them.
   * @example
   * const { mode, billedUnits } = await client.workspace.billing();
   */
  billing: Method<'getWorkspaceBilling'>;
  teams: Teams;
}

/** Workspace members, and removing the inactive ones. */
export interface Members {
  /**
   * One page of members with their teams and status (`inactive`: in no active team).
   * @example
   * const { items } = await client.members.list({ status: 'inactive' });
   */
  list: Method<'listMembers'>;
  /**
   * Every page of members.
   * @example
   * for await (const page of client.members.pages({ q: 'ada' })) render(page.items);
   */
  pages: Pages<'listMembers'>;
  /**
   * Every member, one at a time, across pages.
   * @example
   * for await (const member of client.members.iterate({ status: 'inactive' })) console.log(member.user.email);
   */
  iterate: Iterate<'listMembers'>;
  /**
   * A dry run of removing the inactive members: who, how many, the effect on billed units, a `previewVersion`.
   * @example
   * const preview = await client.members.previewPrune();
   * console.log(`${preview.count} inactive members`, preview.excluded);
   */
  previewPrune: Method<'createPrunePreview'>;
  /**
   * Removes the members of a confirmed preview, as a job (`stale_preview` if anything changed since).
   * @example
   * const preview = await client.members.previewPrune();
   * const job = await client.members.prune({ previewVersion: preview.previewVersion, confirm: true });
   */
  prune: Method<'startPruneJob'>;
  /**
   * Progress of a prune job and who was removed so far.
   * @example
   * const { status, progress, removed } = await client.members.pruneJob('job_0001');
   */
  pruneJob: Method<'getPruneJob', [jobId: string]>;
}

export const workspace = (call: Call): Workspace => ({
  billing: operation(call, routes.getWorkspaceBilling),
  teams: {
    ...paged(call, routes.listTeams),
    archive: operation(call, routes.archiveTeam),
    unarchive: operation(call, routes.unarchiveTeam),
  },
});

export const members = (call: Call): Members => ({
  ...paged(call, routes.listMembers),
  previewPrune: operation(call, routes.createPrunePreview),
  prune: operation(call, routes.startPruneJob),
  pruneJob: operation(call, routes.getPruneJob),
});
