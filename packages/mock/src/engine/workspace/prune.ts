import type { Schema } from '@allot/contract';
import { isoNow, type Ctx } from '../context.js';
import { fail, notFound } from '../errors.js';
import { nextId } from '../ids.js';
import { billedUnits, holdingsOf, renderMember, sortedMembers } from './core.js';
import type { MemberRecord, PruneJobRecord, Workspace } from './model.js';
import { advancePruneJob, renderPruneJob } from './prune-jobs.js';
import { workspaceOf } from './sync.js';

type Exclusion = Schema<'PruneExclusion'>['reason'];

/** Why an inactive member is never removed by this caller, or null if they would be. */
function exclusionOf(ctx: Ctx, member: MemberRecord, callerUserId: string): Exclusion | null {
  if (member.userId === callerUserId) return 'caller';
  if (ctx.state.identity.users.get(member.userId)?.role === 'super_admin') return 'super_admin';
  return null;
}

/** The inactive members a removal by `callerUserId` takes out, in name order. */
function removableMembers(ctx: Ctx, ws: Workspace, callerUserId: string): MemberRecord[] {
  return sortedMembers(ws).filter(
    (m) => m.activeTeamCount === 0 && exclusionOf(ctx, m, callerUserId) === null,
  );
}

/** FNV-1a, so a preview version is short, opaque and the same for the same workspace version and caller. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

export function createPrunePreview(ctx: Ctx): Schema<'PrunePreview'> {
  const ws = workspaceOf(ctx.state, ctx.actor.portal.id, ctx.now);
  const callerUserId = ctx.actor.user.id;
  const members: Schema<'WorkspaceMember'>[] = [];
  const excluded: Schema<'PruneExclusion'>[] = [];
  const holdings: Schema<'PruneHoldings'>[] = [];
  for (const member of sortedMembers(ws)) {
    if (member.activeTeamCount > 0) continue;
    const reason = exclusionOf(ctx, member, callerUserId);
    const held = reason === null ? holdingsOf(ctx.state, ws.portalId, member) : null;
    if (held) holdings.push(held);
    if (reason === null) members.push(renderMember(ctx.state, member));
    else excluded.push({ member: renderMember(ctx.state, member), reason });
  }
  const previewVersion = `pv_${ws.version.toString(36)}_${hash(`${ws.portalId}|${ws.version}|${callerUserId}`)}`;
  // Older versions can never start a job again; forget them so the map stays small.
  for (const [version, preview] of ws.previews)
    if (preview.wsVersion !== ws.version) ws.previews.delete(version);
  ws.previews.set(previewVersion, { wsVersion: ws.version, callerUserId });
  // Removing inactive members changes no billed unit in either mode (they are not billed, members are not
  // team units); shown anyway so the user sees it before confirming.
  const units = billedUnits(ws);
  return {
    previewVersion,
    generatedAt: isoNow(ctx),
    count: members.length,
    members,
    excluded,
    holdings,
    billing: { before: units, after: { ...units } },
  };
}

export function startPruneJob(
  ctx: Ctx,
  input: { previewVersion: string; confirm?: boolean | undefined; keepMemberIds?: string[] | undefined },
): { job: Schema<'PruneJob'>; location: string } {
  const ws = workspaceOf(ctx.state, ctx.actor.portal.id, ctx.now);
  if (input.confirm !== true) {
    fail(422, 'confirmation_required', 'Set confirm to true to remove the previewed members.');
  }
  const preview = ws.previews.get(input.previewVersion);
  if (!preview || preview.wsVersion !== ws.version || preview.callerUserId !== ctx.actor.user.id) {
    fail(
      412,
      'stale_preview',
      preview
        ? 'Teams or members changed since the preview. Preview again before removing.'
        : 'This preview is unknown or was already used. Preview again before removing.',
    );
  }
  // The workspace is at the preview's version, so this is exactly the previewed list, less those kept.
  const previewed = removableMembers(ctx, ws, ctx.actor.user.id).map((m) => m.id);
  const keep = input.keepMemberIds ?? [];
  const known = new Set(previewed);
  const strangers = keep.flatMap((id, i) => (known.has(id) ? [] : [i]));
  if (strangers.length > 0) {
    fail(400, 'validation_failed', 'Only members of the preview can be kept.', {
      errors: strangers.map((i) => ({
        pointer: `/keepMemberIds/${i}`,
        code: 'enum',
        message: 'is not a member of the preview',
      })),
    });
  }
  const kept = new Set(keep);
  const memberIds = previewed.filter((id) => !kept.has(id));
  ws.previews.delete(input.previewVersion);
  const job: PruneJobRecord = {
    id: nextId(ctx.state, 'job_prune'),
    portalId: ws.portalId,
    callerUserId: ctx.actor.user.id,
    memberIds,
    processed: 0,
    removed: [],
    failed: [],
    status: 'queued',
    startedAt: ctx.now,
    finishedAt: null,
    polls: 0,
    before: billedUnits(ws),
  };
  ws.jobs.set(job.id, job);
  return { job: renderPruneJob(ws, job), location: `/v1/workspace/prune-jobs/${job.id}` };
}

export function getPruneJob(ctx: Ctx, input: { jobId: string }): Schema<'PruneJob'> {
  const ws = workspaceOf(ctx.state, ctx.actor.portal.id, ctx.now);
  const job = ws.jobs.get(input.jobId) ?? notFound('prune job');
  if (job.status === 'queued' || job.status === 'running') {
    job.polls += 1;
    advancePruneJob(ctx.state, ws, job, ctx.now);
  }
  return renderPruneJob(ws, job);
}
