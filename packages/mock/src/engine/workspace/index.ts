// The workspace engine: billing mode and billed units, teams, members and pruning inactive members.
export { billedUnits, isWorkspaceMember, nextMonthUnits } from './core.js';
export { archiveTeam, getWorkspaceBilling, listMembers, listTeams, unarchiveTeam } from './workspace.js';
export { createPrunePreview, getPruneJob, startPruneJob } from './prune.js';
export { PRUNE_CHUNK_PER_POLL, PRUNE_RATE_PER_SECOND } from './prune-jobs.js';
export { workspaceOf } from './sync.js';
