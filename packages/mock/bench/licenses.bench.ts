/**
 * The license table at `large` (100,000 licenses of portal A, 20,000 users, 40 cost centers), measured at the
 * engine: `listLicenses` with realistic searches, filters and sorts (target p95 ≤ 20 ms each), the first
 * list after a write (its indexes are rebuilt), and the licenses seeder itself (target < 1.5 s).
 *
 *   pnpm bench bench/licenses.bench.ts [--markdown]
 */
import type { Ctx } from '../src/engine/context.js';
import { assignLicense, listLicenses, productIds, unassignLicense } from '../src/engine/licenses/index.js';
import type { ListLicensesInput } from '../src/engine/licenses/list.js';
import { rolePermissions } from '../src/engine/rbac.js';
import type { State } from '../src/engine/state.js';
import { buildScenario } from '../src/scenarios/index.js';
import { costCenterIds, seedLicenses } from '../src/scenarios/licenses.js';
import { defineBenchmark, seederBenchmark } from './harness.js';

const NOW = Date.UTC(2026, 10, 2, 9, 30);
const TARGET_MS = 20;

let large: State | undefined;

/** The large scenario, built once for every benchmark of this file (and an admin of portal A acting on it). */
function adminOfLarge(): Ctx {
  large ??= buildScenario('large', { seed: 1, now: NOW });
  const user = large.identity.users.get('usr_admin');
  const portal = large.identity.portals.get('prt_a');
  if (!user || !portal) throw new Error('the large scenario lacks portal A');
  return { state: large, actor: { user, portal, permissions: new Set(rolePermissions.admin) }, now: NOW };
}

/** A warm list: one first call builds the indexes of each sort used, as any first page view would. */
function warm(queries: readonly ListLicensesInput[]): () => Ctx {
  return () => {
    const ctx = adminOfLarge();
    for (const query of queries) listLicenses(ctx, query);
    return ctx;
  };
}

/** Runs one of several variants per iteration, so a benchmark is not one lucky query. */
function rotating(queries: readonly ListLicensesInput[]) {
  return {
    setup: warm(queries),
    run: (ctx: Ctx, i: number) => listLicenses(ctx, queries[i % queries.length]),
  };
}

const { contactCenter, connectStandard, liveReports } = productIds;
const someCenters = [costCenterIds.salesFr, costCenterIds.rnd, 'cc_fin_uk', 'none'];

export const benchmarks = [
  defineBenchmark({
    name: 'licenses: first page, default sort (-addedAt), total + facets',
    ...rotating([{}]),
    iterations: 200,
    p95TargetMs: TARGET_MS,
  }),
  defineBenchmark({
    name: 'licenses: search a name fragment + status=assigned, sort assignee',
    ...rotating([
      { q: 'mar', status: 'assigned', sort: 'assignee' },
      { q: 'lena', status: 'assigned', sort: 'assignee' },
      { q: 'fischer', status: 'assigned', sort: 'assignee' },
      { q: 'zoé', status: 'assigned', sort: 'assignee' },
    ]),
    iterations: 200,
    p95TargetMs: TARGET_MS,
  }),
  defineBenchmark({
    name: 'licenses: two-word search + 4 cost centers (incl. none), sort -costCenter',
    ...rotating([
      { q: 'martin connect', costCenterId: someCenters, sort: '-costCenter' },
      { q: 'hugo contact', costCenterId: someCenters, sort: '-costCenter' },
      { q: 'weber live', costCenterId: someCenters, sort: '-costCenter' },
    ]),
    iterations: 200,
    p95TargetMs: TARGET_MS,
  }),
  defineBenchmark({
    name: 'licenses: filters only (product + 4 cost centers + unassigned), sort type',
    ...rotating([
      { productId: [contactCenter], costCenterId: someCenters, status: 'unassigned', sort: 'type' },
      {
        productId: [connectStandard, liveReports],
        costCenterId: someCenters,
        status: 'unassigned',
        sort: 'type',
      },
    ]),
    iterations: 200,
    p95TargetMs: TARGET_MS,
  }),
  defineBenchmark({
    name: 'licenses: broad search (e-mail domain, 33,001 hits), sort extension',
    ...rotating([{ q: 'portal-a.test', sort: 'extension' }]),
    iterations: 200,
    p95TargetMs: TARGET_MS,
  }),
  defineBenchmark({
    name: 'licenses: extension prefix or cost-center code + product, sort -addedAt',
    ...rotating([
      { q: '204', productId: [connectStandard] },
      { q: 'fin-uk', productId: [contactCenter] },
      { q: 'support-de', productId: [liveReports] },
    ]),
    iterations: 200,
    p95TargetMs: TARGET_MS,
  }),
  defineBenchmark({
    name: 'licenses: page 5 through nextCursor (search + sort assignee)',
    setup: () => {
      const ctx = adminOfLarge();
      const query: ListLicensesInput = { q: 'connect', sort: 'assignee' };
      let cursor: string | undefined;
      for (let page = 1; page < 5; page += 1)
        cursor = listLicenses(ctx, { ...query, cursor }).nextCursor ?? undefined;
      return { ctx, query: { ...query, cursor } };
    },
    run: ({ ctx, query }) => listLicenses(ctx, query),
    iterations: 200,
    p95TargetMs: TARGET_MS,
  }),
  defineBenchmark({
    name: 'licenses: assign or unassign, then the first list after it (indexes rebuilt; informative)',
    setup: () => {
      const ctx = adminOfLarge();
      listLicenses(ctx, { sort: 'assignee' });
      const free = ctx.state.licenses.byPortal
        .get('prt_a')
        ?.find((l) => l.assigneeId === null && l.productId === liveReports);
      if (!free) throw new Error('no free Live Reports license');
      return { ctx, licenseId: free.id };
    },
    run: ({ ctx, licenseId }, i) => {
      if (i % 2 === 0) assignLicense(ctx, { licenseId, userId: 'usr_member', ifMatch: '*' });
      else unassignLicense(ctx, { licenseId, ifMatch: '*' });
      return listLicenses(ctx, { q: 'lina', sort: 'assignee' });
    },
    iterations: 50,
    warmup: 4,
  }),
  seederBenchmark(
    'seedLicenses at large (100,000 licenses; identity seeded outside the timing)',
    seedLicenses,
    {
      now: NOW,
      iterations: 5,
      warmup: 1,
      p95TargetMs: 1500,
    },
  ),
];
