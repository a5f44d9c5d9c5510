import { describe, expect, it } from 'vitest';
import { secretKeys, tokens } from '../src/scenarios/index.js';
import { teamIds } from '../src/scenarios/workspace.js';
import { callOperation } from './support/operations.js';
import { createTestService } from './support/service.js';

// HTTP-level: routes, validation, permissions and problem bodies of the workspace operations. The test
// service validates every response against the contract.

describe('workspace billing, teams and members over HTTP', () => {
  it('shows the billing mode and billed units to members:read', async () => {
    const service = createTestService();
    const { status, body } = await callOperation(service, tokens.a.user_manager, 'getWorkspaceBilling');
    expect(status).toBe(200);
    expect(body).toMatchObject({ mode: 'user_licenses', billedUnits: { current: 37, nextMonth: 37 } });
  });

  it('bills portal A per active team in the team-licenses scenario, on the same teams and members', async () => {
    const perUser = await callOperation(createTestService(), tokens.a.admin, 'getWorkspaceBilling');
    const service = createTestService({ scenario: 'team-licenses' });
    const { body } = await callOperation(service, tokens.a.admin, 'getWorkspaceBilling');
    expect(body).toMatchObject({ mode: 'team_licenses', billedUnits: { current: 6, nextMonth: 6 } });
    expect(body.counts).toEqual(perUser.body.counts);
    // Archiving a team saves one unit from next month, whoever its members are.
    const dry = await callOperation(service, tokens.a.admin, 'archiveTeam', {
      path: { teamId: teamIds.support },
      body: { dryRun: true },
    });
    expect(dry.body.billing).toMatchObject({ before: { nextMonth: 6 }, after: { nextMonth: 5 } });
  });

  it('answers 403 to a member and 401 without a token', async () => {
    const service = createTestService();
    expect((await callOperation(service, tokens.a.member, 'getWorkspaceBilling')).status).toBe(403);
    expect((await callOperation(service, undefined, 'listMembers')).status).toBe(401);
  });

  it('lists teams with search, status and paging', async () => {
    const service = createTestService();
    const { body } = await callOperation(service, tokens.a.admin, 'listTeams', {
      query: { status: 'archived', limit: 1 },
    });
    expect(body.total).toBe(2);
    expect(body.items).toHaveLength(1);
    const next = await callOperation(service, tokens.a.admin, 'listTeams', {
      query: { status: 'archived', cursor: body.nextCursor },
    });
    expect(next.body.items[0].id).toBe(teamIds.legacyOps);
    expect(
      (await callOperation(service, tokens.a.admin, 'listTeams', { query: { status: 'gone' } })).status,
    ).toBe(400);
    expect(
      (await callOperation(service, tokens.a.admin, 'listTeams', { query: { cursor: 'garbage!' } })).status,
    ).toBe(400);
  });

  it('lists inactive members found by name', async () => {
    const service = createTestService();
    const { status, body } = await callOperation(service, tokens.a.admin, 'listMembers', {
      query: { status: 'inactive', q: 'sofia' },
    });
    expect(status).toBe(200);
    expect(body.items).toEqual([
      expect.objectContaining({ role: 'super_admin', status: 'inactive', activeTeamCount: 0 }),
    ]);
  });

  it('archives with a dry run first, then for real; a user manager may not (members:remove)', async () => {
    const service = createTestService();
    const path = { teamId: teamIds.support };
    const refused = await callOperation(service, tokens.a.user_manager, 'archiveTeam', {
      path,
      body: { dryRun: true },
    });
    expect(refused.status).toBe(403);
    const dry = await callOperation(service, tokens.a.admin, 'archiveTeam', { path, body: { dryRun: true } });
    expect(dry.body).toMatchObject({ dryRun: true, team: { status: 'active' }, effectiveFrom: '2026-12-01' });
    const done = await callOperation(service, tokens.a.admin, 'archiveTeam', { path, body: {} });
    expect(done.body).toMatchObject({
      dryRun: false,
      team: { status: 'archived' },
      billing: dry.body.billing,
    });
    const back = await callOperation(service, tokens.a.admin, 'unarchiveTeam', {
      path: { teamId: teamIds.support },
      body: { dryRun: false },
    });
    expect(back.body.billing.after).toEqual(dry.body.billing.before);
  });

  it('answers 404 for an unknown team and 400 for an unknown body field', async () => {
    const service = createTestService();
    const archive = (teamId: string, body: object) =>
      callOperation(service, tokens.a.admin, 'archiveTeam', { path: { teamId }, body });
    expect((await archive('tm_nope', {})).status).toBe(404);
    expect((await archive(teamIds.sales, { now: true })).status).toBe(400);
  });
});

describe('pruning over HTTP', () => {
  it('previews, starts a job with 202 and Location, and reports who was removed', async () => {
    const service = createTestService();
    const preview = await callOperation(service, tokens.a.admin, 'createPrunePreview', { body: {} });
    expect(preview.status).toBe(200);
    expect(preview.body.excluded).toEqual([expect.objectContaining({ reason: 'super_admin' })]);
    const start = await callOperation(service, tokens.a.admin, 'startPruneJob', {
      body: { previewVersion: preview.body.previewVersion, confirm: true },
    });
    expect(start.status).toBe(202);
    expect(start.headers.get('Location')).toBe(`/v1/workspace/prune-jobs/${start.body.id}`);
    const job = await callOperation(service, tokens.a.admin, 'getPruneJob', {
      path: { jobId: start.body.id },
    });
    expect(job.body).toMatchObject({ status: 'succeeded', progress: 100, total: preview.body.count });
    expect(job.body.removed).toHaveLength(preview.body.count);
    const members = await callOperation(service, tokens.a.admin, 'listMembers', {
      query: { status: 'inactive' },
    });
    expect(members.body.total).toBe(1);
  });

  it('takes a removed member out of the portal: no user listing, no new widget token', async () => {
    const service = createTestService();
    const preview = await callOperation(service, tokens.a.admin, 'createPrunePreview', { body: {} });
    const removedUserId = preview.body.members[0].user.id as string;
    const start = await callOperation(service, tokens.a.admin, 'startPruneJob', {
      body: { previewVersion: preview.body.previewVersion, confirm: true },
    });
    const job = await callOperation(service, tokens.a.admin, 'getPruneJob', {
      path: { jobId: start.body.id },
    });
    expect(job.body.status).toBe('succeeded');
    const users = await callOperation(service, tokens.a.admin, 'listUsers', { query: { limit: 200 } });
    expect(users.body.items.map((u: { id: string }) => u.id)).not.toContain(removedUserId);
    const minted = await callOperation(service, secretKeys.a, 'createWidgetToken', {
      body: { portalId: 'prt_a', userId: removedUserId, permissions: ['minutes:read'] },
    });
    expect(minted.status).toBe(404);
  });

  it('answers 422 confirmation_required without confirm', async () => {
    const service = createTestService();
    const preview = await callOperation(service, tokens.a.admin, 'createPrunePreview', { body: {} });
    const { status, body } = await callOperation(service, tokens.a.admin, 'startPruneJob', {
      body: { previewVersion: preview.body.previewVersion },
    });
    expect(status).toBe(422);
    expect(body.code).toBe('confirmation_required');
  });

  it('answers 412 stale_preview after a team changed', async () => {
    const service = createTestService();
    const preview = await callOperation(service, tokens.a.admin, 'createPrunePreview', { body: {} });
    await callOperation(service, tokens.a.admin, 'archiveTeam', {
      path: { teamId: teamIds.sales },
      body: {},
    });
    const { status, body } = await callOperation(service, tokens.a.admin, 'startPruneJob', {
      body: { previewVersion: preview.body.previewVersion, confirm: true },
    });
    expect(status).toBe(412);
    expect(body.code).toBe('stale_preview');
  });

  it('replays the same job for the same Idempotency-Key', async () => {
    const service = createTestService();
    const preview = await callOperation(service, tokens.a.admin, 'createPrunePreview', { body: {} });
    const request = {
      body: { previewVersion: preview.body.previewVersion, confirm: true },
      headers: { 'Idempotency-Key': 'prune-000000001' },
    };
    const first = await callOperation(service, tokens.a.admin, 'startPruneJob', request);
    const again = await callOperation(service, tokens.a.admin, 'startPruneJob', request);
    expect(again.status).toBe(202);
    expect(again.body.id).toBe(first.body.id);
  });

  it('a removed member loses access at once: their token stops working', async () => {
    const service = createTestService();
    // The member's only teams are archived, so they become inactive, then they are pruned.
    for (const team of [teamIds.sales, teamIds.support]) {
      await callOperation(service, tokens.a.admin, 'archiveTeam', { path: { teamId: team }, body: {} });
    }
    expect((await callOperation(service, tokens.a.member, 'getMe')).status).toBe(200);
    const preview = await callOperation(service, tokens.a.admin, 'createPrunePreview', { body: {} });
    expect(preview.body.members.map((m: { user: { id: string } }) => m.user.id)).toContain('usr_member');
    const start = await callOperation(service, tokens.a.admin, 'startPruneJob', {
      body: { previewVersion: preview.body.previewVersion, confirm: true },
    });
    await callOperation(service, tokens.a.admin, 'getPruneJob', { path: { jobId: start.body.id } });
    expect((await callOperation(service, tokens.a.member, 'getMe')).status).toBe(401);
  });

  it("answers 404 for another portal's job and 403 to a user manager", async () => {
    const service = createTestService();
    const preview = await callOperation(service, tokens.a.admin, 'createPrunePreview', { body: {} });
    const start = await callOperation(service, tokens.a.admin, 'startPruneJob', {
      body: { previewVersion: preview.body.previewVersion, confirm: true },
    });
    const job = (token: string) =>
      callOperation(service, token, 'getPruneJob', { path: { jobId: start.body.id } });
    expect((await job(tokens.b.admin)).status).toBe(404);
    expect((await job(tokens.a.user_manager)).status).toBe(403);
    expect(
      (await callOperation(service, tokens.a.user_manager, 'createPrunePreview', { body: {} })).status,
    ).toBe(403);
  });
});
