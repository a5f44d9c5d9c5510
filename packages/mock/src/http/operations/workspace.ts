import {
  archiveTeam,
  createPrunePreview,
  getPruneJob,
  getWorkspaceBilling,
  listMembers,
  listTeams,
  startPruneJob,
  unarchiveTeam,
} from '../../engine/workspace/index.js';
import { defineOperations } from '../operation.js';

/** The workspace: billing mode and units, teams (archive/unarchive), members and pruning inactive members. */
export const workspaceOperations = defineOperations({
  getWorkspaceBilling: (ctx) => ({ status: 200, body: getWorkspaceBilling(ctx) }),

  listTeams: (ctx, { query }) => ({ status: 200, body: listTeams(ctx, query ?? {}) }),

  archiveTeam: (ctx, { path, body }) => ({
    status: 200,
    body: archiveTeam(ctx, { teamId: path.teamId, dryRun: body.dryRun }),
  }),

  unarchiveTeam: (ctx, { path, body }) => ({
    status: 200,
    body: unarchiveTeam(ctx, { teamId: path.teamId, dryRun: body.dryRun }),
  }),

  listMembers: (ctx, { query }) => ({ status: 200, body: listMembers(ctx, query ?? {}) }),

  createPrunePreview: (ctx) => ({ status: 200, body: createPrunePreview(ctx) }),

  startPruneJob: (ctx, { body }) => {
    const { job, location } = startPruneJob(ctx, body);
    return { status: 202, body: job, headers: { Location: location } };
  },

  getPruneJob: (ctx, { path }) => ({ status: 200, body: getPruneJob(ctx, path) }),
});
