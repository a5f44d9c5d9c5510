import type { Schema } from '@allot/contract';
import type { State } from '../state.js';
import { billedUnits, releaseSeats, removeMember } from './core.js';
import type { PruneJobRecord, Workspace } from './model.js';

/** Members a job removes per second of clock time. */
export const PRUNE_RATE_PER_SECOND = 500;
/** Members a job removes per `getPruneJob` poll, so progress shows even on a frozen clock. */
export const PRUNE_CHUNK_PER_POLL = 250;

/** Moves every unfinished job of the workspace on to what `now` (and its polls so far) allow. */
export function advancePruneJobs(state: State, ws: Workspace, now: number): void {
  for (const job of ws.jobs.values()) {
    if (job.status === 'queued' || job.status === 'running') advancePruneJob(state, ws, job, now);
  }
}

export function advancePruneJob(state: State, ws: Workspace, job: PruneJobRecord, now: number): void {
  const elapsed = Math.max(0, now - job.startedAt);
  const byTime = Math.floor((elapsed / 1000) * PRUNE_RATE_PER_SECOND);
  const target = Math.min(job.memberIds.length, Math.max(byTime, job.polls * PRUNE_CHUNK_PER_POLL));
  for (const memberId of job.memberIds.slice(job.processed, target)) {
    processOne(state, ws, job, memberId, now);
    job.processed += 1;
  }
  if (job.processed > 0) job.status = 'running';
  // A job is done once everything is processed and it was looked at after starting (time moved or a poll).
  if (job.processed === job.memberIds.length && (elapsed > 0 || job.polls > 0)) {
    job.status = 'succeeded';
    job.finishedAt = now;
  }
}

/** Removes one member unless something changed since the preview that makes it wrong to. */
function processOne(state: State, ws: Workspace, job: PruneJobRecord, memberId: string, now: number): void {
  const member = ws.members.get(memberId);
  if (!member) {
    job.failed.push({ memberId, detail: 'No longer a member of the workspace; nothing to remove.' });
    return;
  }
  const user = state.identity.users.get(member.userId);
  if (member.activeTeamCount > 0) {
    job.failed.push({ memberId, detail: 'Joined an active team after the preview; not removed.' });
    return;
  }
  if (user?.role === 'super_admin') {
    job.failed.push({
      memberId,
      detail: 'Became a super admin after the preview; super admins are never removed.',
    });
    return;
  }
  if (member.userId === job.callerUserId) {
    job.failed.push({ memberId, detail: 'Started this removal; you never remove yourself.' });
    return;
  }
  removeMember(ws, member);
  releaseSeats(state, ws.portalId, member.userId);
  // Losing access at once: the user leaves the portal and every token of theirs stops working now.
  if (user) user.removedAt = new Date(now).toISOString();
  for (const [value, token] of state.identity.tokens) {
    if (token.userId === member.userId) state.identity.tokens.delete(value);
  }
  job.removed.push({
    memberId,
    name: user?.name ?? member.userId,
    email: user?.email ?? `${member.userId}@removed.invalid`,
  });
}

export function renderPruneJob(ws: Workspace, job: PruneJobRecord): Schema<'PruneJob'> {
  const total = job.memberIds.length;
  return {
    id: job.id,
    status: job.status,
    total,
    processed: job.processed,
    progress: total === 0 ? 100 : Math.floor((job.processed * 100) / total),
    removed: [...job.removed],
    failed: [...job.failed],
    startedAt: new Date(job.startedAt).toISOString(),
    finishedAt: job.finishedAt === null ? null : new Date(job.finishedAt).toISOString(),
    billing: { before: job.before, after: billedUnits(ws) },
  };
}
