/**
 * The workspace at `large` (20,004 members, 2,000 teams, about 3,000 inactive): the inactive-members prune
 * preview (target p95 ≤ 50 ms in the engine), billing and the member search, plus the cost of seeding the
 * people domains. Run with `pnpm bench bench/workspace.bench.ts` (or standalone: `tsx bench/workspace.bench.ts`).
 */
import { pathToFileURL } from 'node:url';
import type { Ctx } from '../src/engine/context.js';
import { createRandom } from '../src/engine/random.js';
import { rolePermissions } from '../src/engine/rbac.js';
import { createState, type State } from '../src/engine/state.js';
import { createPrunePreview, getWorkspaceBilling, listMembers } from '../src/engine/workspace/index.js';
import { seedBilling } from '../src/scenarios/billing.js';
import { seedIdentity } from '../src/scenarios/identity.js';
import { buildScenario, users } from '../src/scenarios/index.js';
import { seedInvitations } from '../src/scenarios/invitations.js';
import { seedWorkspace } from '../src/scenarios/workspace.js';
import { createMockService } from '../src/service.js';
import { operationRequest } from '../test/support/operations.js';
import { defineBenchmark, measure } from './harness.js';

const NOW = Date.UTC(2026, 10, 2, 9, 30);

function largeCtx(): Ctx {
  const state = buildScenario('large', { seed: 1, now: NOW });
  const user = state.identity.users.get(users.admin)!;
  const portal = state.identity.portals.get(user.portalId)!;
  return { state, actor: { user, portal, permissions: new Set(rolePermissions[user.role]) }, now: NOW };
}

const SEARCHES = ['martin', 'müller', 'ada', 'zoe', 'portal-a.test', 'weber.1'];

export const benchmarks = [
  defineBenchmark({
    name: 'createPrunePreview (engine, large: ~3,000 inactive of 20,004)',
    setup: largeCtx,
    run: (ctx) => createPrunePreview(ctx),
    iterations: 200,
    p95TargetMs: 50,
  }),
  defineBenchmark({
    name: 'createPrunePreview right after members changed (name order rebuilt)',
    setup: largeCtx,
    run: (ctx) => {
      // What a member joining or leaving costs the next preview: the sorted member list is rebuilt.
      ctx.state.workspace.workspaces.get(ctx.actor.portal.id)!.sorted = null;
      return createPrunePreview(ctx);
    },
    iterations: 50,
    warmup: 5,
    p95TargetMs: 50,
  }),
  defineBenchmark({
    name: 'getWorkspaceBilling (engine, large)',
    setup: largeCtx,
    run: (ctx) => getWorkspaceBilling(ctx),
    iterations: 1000,
  }),
  defineBenchmark({
    name: 'listMembers status=inactive&q=… (engine, large)',
    setup: largeCtx,
    run: (ctx, i) => listMembers(ctx, { status: 'inactive', q: SEARCHES[i % SEARCHES.length]! }),
    iterations: 300,
    p95TargetMs: 20,
  }),
  defineBenchmark({
    name: 'listMembers q=… all statuses (engine, large)',
    setup: largeCtx,
    run: (ctx, i) => listMembers(ctx, { q: SEARCHES[i % SEARCHES.length]! }),
    iterations: 300,
  }),
  defineBenchmark({
    name: 'POST /workspace/prune-previews through the service (large, JSON of ~3,000 members)',
    setup: () => createMockService({ scenario: 'large', clock: () => NOW }),
    run: (service) =>
      service.handle(
        operationRequest('http://localhost:4010/v1', 'tok_a_admin', 'createPrunePreview', { body: {} }),
      ),
    iterations: 50,
    warmup: 5,
  }),
  defineBenchmark({
    name: 'seed workspace + invitations + billing (large)',
    setup: () => undefined,
    run: () => {
      const state: State = createState();
      const options = { scenario: 'large' as const, rng: createRandom(1), now: NOW };
      seedIdentity(state, options);
      const started = performance.now();
      seedWorkspace(state, options);
      seedInvitations(state, options);
      seedBilling(state, options);
      return performance.now() - started;
    },
    iterations: 5,
    warmup: 1,
    // Scenario builds must stay well under the whole scenario's 2 s budget.
    p95TargetMs: 1500,
  }),
];

// Standalone: `tsx bench/workspace.bench.ts` measures and prints without bench/run.ts.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const benchmark of benchmarks) {
    const r = await measure(benchmark as Parameters<typeof measure>[0]);
    console.log(
      `${r.name}: p50 ${r.p50Ms.toFixed(2)} ms, p95 ${r.p95Ms.toFixed(2)} ms${r.ok ? '' : ' (MISSED target)'}`,
    );
  }
}
