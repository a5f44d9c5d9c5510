import { describe, expect, it } from 'vitest';
import {
  archiveTeam,
  createPrunePreview,
  getPruneJob,
  getWorkspaceBilling,
  listMembers,
  listTeams,
  PRUNE_CHUNK_PER_POLL,
  startPruneJob,
  unarchiveTeam,
} from '../src/engine/workspace/index.js';
import { listInvoices } from '../src/engine/billing/index.js';
import { assignTo } from '../src/engine/licenses/store.js';
import { generatedUserId, portals, users } from '../src/scenarios/identity.js';
import { defaultInactiveGenerated, teamIds } from '../src/scenarios/workspace.js';
import { comparable, ctxAs, DAY, failure, NOW, scenario } from './support/people.js';

const admin = (state = scenario(), now = NOW) => ctxAs(state, users.admin, now);

describe('billing mode and billed units', () => {
  it('bills each member of at least one active team in user_licenses mode', () => {
    const billing = getWorkspaceBilling(admin());
    expect(billing.mode).toBe('user_licenses');
    expect(billing.counts).toEqual({
      activeTeams: 6,
      archivedTeams: 2,
      members: 44,
      activeMembers: 37,
      inactiveMembers: 7,
    });
    expect(billing.billedUnits.nextMonth).toBe(37);
    expect(billing.unitPrice).toEqual({ amount: 900, currency: 'EUR' });
    expect(billing.nextBillingDate).toBe('2026-12-01');
  });

  it('bills each non-archived team in team_licenses mode', () => {
    const state = scenario();
    const billing = getWorkspaceBilling(ctxAs(state, users.bAdmin));
    expect(billing.mode).toBe('team_licenses');
    expect(billing.counts).toMatchObject({ activeTeams: 2, archivedTeams: 1 });
    expect(billing.billedUnits).toEqual({ current: 2, nextMonth: 2 });
  });

  it('never bills archived teams: their only members are inactive', () => {
    const state = scenario();
    const inactive = listMembers(admin(state), { status: 'inactive', limit: 200 }).items;
    expect(inactive.map((m) => m.user.id).sort()).toEqual(
      [users.superAdmin, ...defaultInactiveGenerated.map(generatedUserId)].sort(),
    );
    for (const member of inactive) {
      expect(member.activeTeamCount).toBe(0);
      for (const teamId of member.teamIds) expect([teamIds.launch2025, teamIds.legacyOps]).toContain(teamId);
    }
  });
});

describe('archiving and unarchiving teams', () => {
  it('a dry run shows billed units before and after and changes nothing', () => {
    const state = scenario();
    const before = comparable(state);
    const result = archiveTeam(admin(state), { teamId: teamIds.support, dryRun: true });
    expect(result.dryRun).toBe(true);
    expect(result.team.status).toBe('active');
    expect(result.billing.before).toEqual({ current: 37, nextMonth: 37 });
    expect(result.billing.after.current).toBe(37);
    expect(result.billing.after.nextMonth).toBeLessThanOrEqual(37);
    expect(result.effectiveFrom).toBe('2026-12-01');
    expect(comparable(state)).toEqual(before);
  });

  it('names, before and after, the members the change makes inactive or active again, and they match the units', () => {
    const state = scenario();
    const preview = archiveTeam(admin(state), { teamId: teamIds.support, dryRun: true });
    // In user-license mode each member becoming inactive is one unit less next month.
    expect(preview.membersChanging.length).toBe(
      preview.billing.before.nextMonth - preview.billing.after.nextMonth,
    );
    expect(preview.membersChanging.length).toBeGreaterThan(0);
    const inactiveBefore = new Set(
      listMembers(admin(state), { status: 'inactive', limit: 200 }).items.map((m) => m.user.id),
    );
    const done = archiveTeam(admin(state), { teamId: teamIds.support });
    expect(done.membersChanging).toEqual(preview.membersChanging);
    const inactiveAfter = listMembers(admin(state), { status: 'inactive', limit: 200 }).items.map(
      (m) => m.user.id,
    );
    expect(inactiveAfter.filter((id) => !inactiveBefore.has(id)).sort()).toEqual(
      preview.membersChanging.map((u) => u.id).sort(),
    );
    const back = unarchiveTeam(admin(state), { teamId: teamIds.support, dryRun: true });
    expect(back.membersChanging.map((u) => u.id).sort()).toEqual(
      preview.membersChanging.map((u) => u.id).sort(),
    );
    // Nothing changes on a no-op.
    expect(archiveTeam(admin(state), { teamId: teamIds.support }).membersChanging).toEqual([]);
  });

  it('archiving takes effect on next month’s bill: nextMonth drops, current does not', () => {
    const state = scenario();
    const preview = archiveTeam(admin(state), { teamId: teamIds.support, dryRun: true });
    const result = archiveTeam(admin(state), { teamId: teamIds.support });
    expect(result).toMatchObject({
      dryRun: false,
      team: { status: 'archived', billedNextMonth: false, archivedAt: new Date(NOW).toISOString() },
    });
    expect(result.billing).toEqual(preview.billing);
    expect(getWorkspaceBilling(admin(state)).billedUnits).toEqual(result.billing.after);
  });

  it('archiving makes members inactive only if they are in no other active team', () => {
    const state = scenario();
    archiveTeam(admin(state), { teamId: teamIds.support });
    // Lina (member) is also in Sales: still active. Marc (user manager) was only in Support: inactive now.
    const inactiveIds = listMembers(admin(state), { status: 'inactive', limit: 200 }).items.map(
      (m) => m.user.id,
    );
    expect(inactiveIds).toContain(users.userManager);
    expect(inactiveIds).not.toContain(users.member);
  });

  it('in team_licenses mode an archived team is one unit less next month', () => {
    const state = scenario();
    const result = archiveTeam(ctxAs(state, users.bAdmin), { teamId: teamIds.bPartners });
    expect(result.billing).toEqual({
      before: { current: 2, nextMonth: 2 },
      after: { current: 2, nextMonth: 1 },
    });
  });

  it('archiving an archived team changes nothing and answers equal before and after', () => {
    const state = scenario();
    const before = comparable(state);
    const result = archiveTeam(admin(state), { teamId: teamIds.launch2025 });
    expect(result.billing.before).toEqual(result.billing.after);
    expect(result.dryRun).toBe(true);
    expect(comparable(state)).toEqual(before);
  });

  it('unarchiving bills the team again from next month and makes its members active', () => {
    const state = scenario();
    const result = unarchiveTeam(admin(state), { teamId: teamIds.launch2025 });
    expect(result.team).toMatchObject({ status: 'active', archivedAt: null, billedNextMonth: true });
    expect(result.billing.after.nextMonth).toBeGreaterThan(result.billing.before.nextMonth);
    expect(result.billing.after.current).toBe(result.billing.before.current);
    expect(result.effectiveFrom).toBe('2026-12-01');
  });

  it('unarchiving an active team changes nothing', () => {
    const state = scenario();
    const result = unarchiveTeam(admin(state), { teamId: teamIds.sales });
    expect(result.billing.before).toEqual(result.billing.after);
  });

  it("answers 404 for an unknown team or another portal's team", () => {
    const state = scenario();
    expect(failure(() => archiveTeam(admin(state), { teamId: 'tm_nope' }))).toMatchObject({
      status: 404,
      code: 'not_found',
    });
    expect(failure(() => unarchiveTeam(admin(state), { teamId: teamIds.bPilot }))).toMatchObject({
      status: 404,
      code: 'not_found',
    });
  });

  it('on the 1st of next month the current bill becomes what nextMonth was, and last month is invoiced', () => {
    const state = scenario();
    archiveTeam(admin(state), { teamId: teamIds.support });
    const { nextMonth, current } = getWorkspaceBilling(admin(state)).billedUnits;
    const december = Date.UTC(2026, 11, 1, 0, 0, 1);
    expect(getWorkspaceBilling(admin(state, december)).billedUnits).toEqual({
      current: nextMonth,
      nextMonth,
    });
    const [invoice] = listInvoices(admin(state, december), {}).items;
    expect(invoice).toMatchObject({
      periodStart: '2026-11-01',
      periodEnd: '2026-11-30',
      amount: { amount: current * 900 },
    });
  });
});

describe('listing teams and members', () => {
  it('lists teams by name with member counts, searchable and filterable', () => {
    const state = scenario();
    const all = listTeams(admin(state), {});
    expect(all.total).toBe(8);
    expect(all.items.map((t) => t.name)).toEqual([
      'Customer Support',
      'Engineering',
      'Finance, Legal & HR',
      'Launch 2025',
      'Legacy Ops',
      'Marketing',
      'Product',
      'Sales',
    ]);
    expect(listTeams(admin(state), { status: 'archived' }).items.map((t) => t.id)).toEqual([
      teamIds.launch2025,
      teamIds.legacyOps,
    ]);
    expect(listTeams(admin(state), { q: 'LEG' }).items.map((t) => t.id)).toEqual([
      teamIds.finance,
      teamIds.legacyOps,
    ]);
    const marketing = all.items.find((t) => t.id === teamIds.marketing)!;
    expect(marketing.memberCount).toBe(
      state.workspace.workspaces.get(portals.a)!.teams.get(teamIds.marketing)!.memberIds.size,
    );
  });

  it('searches members by name or e-mail, accents ignored', () => {
    const state = scenario();
    const page = listMembers(admin(state), { q: 'lefevre' });
    expect(page.total).toBeGreaterThan(0);
    for (const m of page.items)
      expect(`${m.user.name} ${m.user.email}`.normalize('NFD').toLowerCase()).toMatch(/lefe\u0300?vre/);
    expect(listMembers(admin(state), { q: 'ada@portal-a' }).items.map((m) => m.user.id)).toEqual([
      users.admin,
    ]);
  });

  it('marks a member inactive exactly when they are in no active team', () => {
    const state = scenario();
    const page = listMembers(admin(state), { limit: 200 });
    expect(page.total).toBe(44);
    for (const m of page.items) expect(m.status).toBe(m.activeTeamCount > 0 ? 'active' : 'inactive');
    expect(listMembers(admin(state), { status: 'active' }).total).toBe(37);
  });

  it('pages members with a cursor', () => {
    const state = scenario();
    const first = listMembers(admin(state), { limit: 20 });
    const second = listMembers(admin(state), { limit: 20, cursor: first.nextCursor! });
    const third = listMembers(admin(state), { limit: 20, cursor: second.nextCursor! });
    expect(third.nextCursor).toBeNull();
    expect(new Set([...first.items, ...second.items, ...third.items].map((m) => m.id)).size).toBe(44);
  });
});

describe('pruning inactive members', () => {
  it('previews the inactive members, excluding the caller and super admins with the reason', () => {
    const state = scenario();
    // Make the caller inactive too, to see both reasons.
    archiveTeam(admin(state), { teamId: teamIds.marketing });
    archiveTeam(admin(state), { teamId: teamIds.finance });
    const preview = createPrunePreview(admin(state));
    expect(preview.excluded.map((e) => [e.member.user.id, e.reason])).toEqual(
      expect.arrayContaining([
        [users.admin, 'caller'],
        [users.superAdmin, 'super_admin'],
      ]),
    );
    expect(preview.members.map((m) => m.user.id)).not.toContain(users.admin);
    expect(preview.members.map((m) => m.user.id)).not.toContain(users.superAdmin);
    expect(preview.count).toBe(preview.members.length);
    expect(preview.members.every((m) => m.status === 'inactive')).toBe(true);
  });

  it('a preview changes nothing and shows billed units unchanged', () => {
    const state = scenario();
    const before = comparable(state);
    const preview = createPrunePreview(admin(state));
    expect(preview.count).toBe(6);
    expect(preview.billing.before).toEqual(preview.billing.after);
    expect(preview.generatedAt).toBe(new Date(NOW).toISOString());
    const after = comparable(state) as {
      workspace: { workspaces: Map<string, { previews: Map<string, unknown> }> };
    };
    after.workspace.workspaces.get(portals.a)!.previews.clear();
    expect(after).toEqual(before);
  });

  it('lists what each member to remove holds, which the removal then frees', () => {
    const state = scenario();
    const preview = createPrunePreview(admin(state));
    expect(preview.holdings.length).toBeGreaterThan(0);
    const members = new Set(preview.members.map((m) => m.id));
    for (const held of preview.holdings) {
      expect(members.has(held.memberId)).toBe(true);
      expect(held.licenses.length + held.queues.length).toBeGreaterThan(0);
    }
    const userOf = new Map(preview.members.map((m) => [m.id, m.user.id]));
    const job = startPruneJob(admin(state), { previewVersion: preview.previewVersion, confirm: true }).job;
    while (['queued', 'running'].includes(getPruneJob(admin(state), { jobId: job.id }).status));
    for (const held of preview.holdings) {
      const userId = userOf.get(held.memberId)!;
      for (const { licenseId } of held.licenses)
        expect(state.licenses.licenses.get(licenseId)?.assigneeId).toBeNull();
      for (const { queueId } of held.queues)
        expect(state.licenses.queues.get(queueId)?.members.some((m) => m.userId === userId)).toBe(false);
    }
  });

  it('gives the same previewVersion while nothing changes, and a new one after a change', () => {
    const state = scenario();
    const v1 = createPrunePreview(admin(state)).previewVersion;
    expect(createPrunePreview(admin(state)).previewVersion).toBe(v1);
    archiveTeam(admin(state), { teamId: teamIds.sales });
    expect(createPrunePreview(admin(state)).previewVersion).not.toBe(v1);
  });

  it('needs confirm: true (422 confirmation_required) and changes nothing without it', () => {
    const state = scenario();
    const { previewVersion } = createPrunePreview(admin(state));
    const before = comparable(state);
    expect(failure(() => startPruneJob(admin(state), { previewVersion }))).toMatchObject({
      status: 422,
      code: 'confirmation_required',
    });
    expect(failure(() => startPruneJob(admin(state), { previewVersion, confirm: false }))).toMatchObject({
      code: 'confirmation_required',
    });
    expect(comparable(state)).toEqual(before);
  });

  it('answers 412 stale_preview when teams changed since the preview', () => {
    const state = scenario();
    const { previewVersion } = createPrunePreview(admin(state));
    archiveTeam(admin(state), { teamId: teamIds.sales });
    const before = comparable(state);
    expect(failure(() => startPruneJob(admin(state), { previewVersion, confirm: true }))).toMatchObject({
      status: 412,
      code: 'stale_preview',
    });
    expect(comparable(state)).toEqual(before);
  });

  it('answers 412 stale_preview when members changed since the preview (someone joined)', async () => {
    const state = scenario();
    const { previewVersion } = createPrunePreview(admin(state));
    const { acceptInvitation } = await import('../src/engine/invitations/index.js');
    acceptInvitation(ctxAs(state, users.bMember), { invitationId: 'invt_a_nina' });
    expect(failure(() => startPruneJob(admin(state), { previewVersion, confirm: true }))).toMatchObject({
      status: 412,
      code: 'stale_preview',
    });
  });

  it('answers 412 stale_preview for an unknown version, one already used, or another caller’s preview', () => {
    const state = scenario();
    expect(
      failure(() => startPruneJob(admin(state), { previewVersion: 'pv_nope', confirm: true })),
    ).toMatchObject({ status: 412 });
    const { previewVersion } = createPrunePreview(ctxAs(state, users.superAdmin));
    expect(failure(() => startPruneJob(admin(state), { previewVersion, confirm: true }))).toMatchObject({
      code: 'stale_preview',
    });
    const mine = createPrunePreview(admin(state)).previewVersion;
    startPruneJob(admin(state), { previewVersion: mine, confirm: true });
    expect(failure(() => startPruneJob(admin(state), { previewVersion: mine, confirm: true }))).toMatchObject(
      { code: 'stale_preview' },
    );
  });

  it('removes every member of the preview but those the admin chose to keep', () => {
    const state = scenario();
    const preview = createPrunePreview(admin(state));
    const kept = [preview.members[1]!.id, preview.members[3]!.id];
    const { job } = startPruneJob(admin(state), {
      previewVersion: preview.previewVersion,
      confirm: true,
      keepMemberIds: kept,
    });
    expect(job.total).toBe(preview.count - 2);
    const done = getPruneJob(admin(state), { jobId: job.id });
    expect(done.removed.map((r) => r.memberId)).toEqual(
      preview.members.map((m) => m.id).filter((id) => !kept.includes(id)),
    );
    const left = createPrunePreview(admin(state));
    expect(left.members.map((m) => m.id)).toEqual(kept);
  });

  it('refuses to keep someone who is not in the preview (400, pointing at them) and changes nothing', () => {
    const state = scenario();
    const preview = createPrunePreview(admin(state));
    const before = comparable(state);
    const error = failure(() =>
      startPruneJob(admin(state), {
        previewVersion: preview.previewVersion,
        confirm: true,
        keepMemberIds: [preview.members[0]!.id, 'mem_nobody'],
      }),
    );
    expect(error).toMatchObject({ status: 400, code: 'validation_failed' });
    expect(JSON.stringify(error)).toContain('/keepMemberIds/1');
    expect(comparable(state)).toEqual(before);
    // The preview can still be used: nothing was started.
    expect(
      startPruneJob(admin(state), { previewVersion: preview.previewVersion, confirm: true }).job.total,
    ).toBe(preview.count);
  });

  it('starts a queued job (202) that removes the previewed members; they lose access at once', () => {
    const state = scenario();
    const preview = createPrunePreview(admin(state));
    const token = 'tok_pruned';
    const victim = preview.members[0]!.user.id;
    state.identity.tokens.set(token, {
      token,
      userId: victim,
      portalId: portals.a,
      permissions: [],
      expiresAt: NOW + DAY,
    });
    const { job, location } = startPruneJob(admin(state), {
      previewVersion: preview.previewVersion,
      confirm: true,
    });
    expect(job).toMatchObject({
      status: 'queued',
      total: 6,
      processed: 0,
      progress: 0,
      removed: [],
      failed: [],
      finishedAt: null,
    });
    expect(location).toBe(`/v1/workspace/prune-jobs/${job.id}`);
    const done = getPruneJob(admin(state), { jobId: job.id });
    expect(done).toMatchObject({
      status: 'succeeded',
      processed: 6,
      progress: 100,
      finishedAt: new Date(NOW).toISOString(),
    });
    expect(done.removed.map((r) => r.memberId)).toEqual(preview.members.map((m) => m.id));
    expect(done.removed[0]).toEqual({
      memberId: preview.members[0]!.id,
      name: preview.members[0]!.user.name,
      email: preview.members[0]!.user.email,
    });
    expect(state.identity.tokens.has(token)).toBe(false);
    const billing = getWorkspaceBilling(admin(state));
    expect(billing.counts).toMatchObject({ members: 38, inactiveMembers: 1 });
    expect(done.billing).toEqual({ before: job.billing.before, after: billing.billedUnits });
    // The super admin is still there.
    expect(listMembers(admin(state), { status: 'inactive' }).items.map((m) => m.user.id)).toEqual([
      users.superAdmin,
    ]);
  });

  it("frees a removed member's licenses and queue seats in the portal", () => {
    const state = scenario();
    const preview = createPrunePreview(admin(state));
    const victim = preview.members[0]!.user.id;
    const free = state.licenses.byPortal.get(portals.a)!.find((l) => l.assigneeId === null)!;
    assignTo(state, free, victim, {});
    const queue = [...state.licenses.queues.values()].find((q) => q.portalId === portals.a)!;
    queue.members.push({ userId: victim, role: 'agent' });
    // Assigning changes no team or member: the preview is still current.
    const { job } = startPruneJob(admin(state), { previewVersion: preview.previewVersion, confirm: true });
    getPruneJob(admin(state), { jobId: job.id });
    expect(free.assigneeId).toBeNull();
    expect(state.licenses.held.get(victim)).toBeUndefined();
    expect(queue.members.some((m) => m.userId === victim)).toBe(false);
  });

  it('removes members from their (archived) teams too', () => {
    const state = scenario();
    const launch = () =>
      listTeams(admin(state), { status: 'archived' }).items.find((t) => t.id === teamIds.launch2025)!
        .memberCount;
    const before = launch();
    const { previewVersion } = createPrunePreview(admin(state));
    const { job } = startPruneJob(admin(state), { previewVersion, confirm: true });
    getPruneJob(admin(state), { jobId: job.id });
    expect(launch()).toBeLessThan(before);
    expect(launch()).toBeGreaterThanOrEqual(1); // the super admin stays
  });

  it('lists a member who joined an active team after the start as failed, not removed', () => {
    const state = scenario();
    const ws = state.workspace.workspaces.get(portals.a)!;
    const { previewVersion, members } = createPrunePreview(admin(state));
    const { job } = startPruneJob(admin(state), { previewVersion, confirm: true });
    // Between the start and the first poll, the first previewed member's archived team comes back.
    const target = members.find((m) => m.teamIds.length > 0)!;
    unarchiveTeam(admin(state), { teamId: target.teamIds[0]! });
    const done = getPruneJob(admin(state), { jobId: job.id });
    expect(done.failed).toContainEqual({
      memberId: target.id,
      detail: 'Joined an active team after the preview; not removed.',
    });
    expect(ws.members.has(target.id)).toBe(true);
    expect(done.processed).toBe(done.total);
  });

  it('moves a large removal on in steps, by poll and by clock, so a progress bar can follow', () => {
    const state = scenario('large');
    const ctx = admin(state);
    const preview = createPrunePreview(ctx);
    expect(preview.count).toBeGreaterThan(2 * PRUNE_CHUNK_PER_POLL);
    const { job } = startPruneJob(ctx, { previewVersion: preview.previewVersion, confirm: true });
    const first = getPruneJob(ctx, { jobId: job.id });
    expect(first).toMatchObject({ status: 'running', processed: PRUNE_CHUNK_PER_POLL });
    expect(first.progress).toBe(Math.floor((PRUNE_CHUNK_PER_POLL * 100) / preview.count));
    const second = getPruneJob(ctx, { jobId: job.id });
    expect(second.processed).toBe(2 * PRUNE_CHUNK_PER_POLL);
    // Ten seconds later (500 a second), everything is done.
    const later = getPruneJob(admin(state, NOW + 10_000), { jobId: job.id });
    expect(later).toMatchObject({ status: 'succeeded', processed: preview.count, progress: 100 });
    expect(later.removed.length + later.failed.length).toBe(preview.count);
    expect(getWorkspaceBilling(admin(state, NOW + 10_000)).counts.inactiveMembers).toBe(
      preview.excluded.length,
    );
  });

  it("answers 404 for another portal's job or an unknown one", () => {
    const state = scenario();
    const { previewVersion } = createPrunePreview(admin(state));
    const { job } = startPruneJob(admin(state), { previewVersion, confirm: true });
    expect(failure(() => getPruneJob(ctxAs(state, users.bAdmin), { jobId: job.id }))).toMatchObject({
      status: 404,
      code: 'not_found',
    });
    expect(failure(() => getPruneJob(admin(state), { jobId: 'job_nope' }))).toMatchObject({ status: 404 });
  });

  it('an empty preview starts a job that succeeds with nothing to do', () => {
    const state = scenario();
    const first = createPrunePreview(admin(state));
    const { job } = startPruneJob(admin(state), { previewVersion: first.previewVersion, confirm: true });
    getPruneJob(admin(state), { jobId: job.id });
    const again = createPrunePreview(admin(state));
    expect(again.count).toBe(0);
    const { job: empty } = startPruneJob(admin(state), {
      previewVersion: again.previewVersion,
      confirm: true,
    });
    expect(empty).toMatchObject({ total: 0, progress: 100 });
    expect(getPruneJob(admin(state), { jobId: empty.id })).toMatchObject({
      status: 'succeeded',
      processed: 0,
    });
  });
});

describe('scenarios', () => {
  it('empty: a workspace with no teams, only the fixture users, nothing billed', () => {
    const state = scenario('empty');
    const billing = getWorkspaceBilling(admin(state));
    expect(billing.counts).toEqual({
      activeTeams: 0,
      archivedTeams: 0,
      members: 4,
      activeMembers: 0,
      inactiveMembers: 4,
    });
    expect(billing.billedUnits).toEqual({ current: 0, nextMonth: 0 });
  });

  it('large: 2,000 teams and 20,000 generated members, a sizeable share inactive', () => {
    const state = scenario('large');
    const billing = getWorkspaceBilling(admin(state));
    expect(billing.counts.activeTeams + billing.counts.archivedTeams).toBe(2000);
    expect(billing.counts.members).toBe(20_004);
    expect(billing.counts.inactiveMembers).toBeGreaterThan(2500);
    expect(billing.billedUnits.nextMonth).toBe(billing.counts.activeMembers);
  });

  it('is deterministic: the same seed and time build the same workspace', () => {
    const a = listMembers(admin(scenario()), { limit: 200 });
    const b = listMembers(admin(scenario()), { limit: 200 });
    expect(a).toEqual(b);
  });
});
