/**
 * Engine-level helpers for the licenses and orders tests: a scenario on a fixed clock, a Ctx acting as any
 * user of the cast, the invariants of DOMAIN.md for licenses, and a cheap digest of the licenses slice.
 */
import type { LicenseRecord } from '../../src/engine/licenses/model.js';
import type { State } from '../../src/engine/state.js';

export { NOW, scenario, ctxAs, expectFailure } from './engine.js';

/** The licenses of a portal, optionally of one product and assignment status. */
export function licensesOf(
  state: State,
  portalId: string,
  filter: { productId?: string; assigned?: boolean; assigneeId?: string } = {},
): LicenseRecord[] {
  return (state.licenses.byPortal.get(portalId) ?? []).filter(
    (l) =>
      (filter.productId === undefined || l.productId === filter.productId) &&
      (filter.assigned === undefined || (l.assigneeId !== null) === filter.assigned) &&
      (filter.assigneeId === undefined || l.assigneeId === filter.assigneeId),
  );
}

/** A free license of a product in a portal (the test fails when there is none). */
export function freeLicense(state: State, portalId: string, productId: string): LicenseRecord {
  const license = licensesOf(state, portalId, { productId, assigned: false })[0];
  if (!license) throw new Error(`no free ${productId} license in ${portalId}`);
  return license;
}

/**
 * Invariants 3 and 4 and the indexes behind them: each license assigned to at most one user and each user
 * holding at most one seat per product; per portal and product assigned + unassigned = owned; the indexes
 * (byPortal, held) agree with the licenses. Returns the violations (empty when all hold).
 */
export function licenseViolations(state: State): string[] {
  const problems: string[] = [];
  const slice = state.licenses;
  const inPortals = new Set<string>();
  for (const [portalId, list] of slice.byPortal) {
    const counts = new Map<string, { owned: number; assigned: number; unassigned: number }>();
    for (const license of list) {
      if (inPortals.has(license.id)) problems.push(`${license.id} listed twice`);
      inPortals.add(license.id);
      if (license.portalId !== portalId) problems.push(`${license.id} listed under ${portalId}`);
      if (slice.licenses.get(license.id) !== license) problems.push(`${license.id} is not the stored record`);
      const c = counts.get(license.productId) ?? { owned: 0, assigned: 0, unassigned: 0 };
      c.owned += 1;
      if (license.assigneeId === null) c.unassigned += 1;
      else c.assigned += 1;
      counts.set(license.productId, c);
    }
    for (const [productId, c] of counts) {
      if (c.assigned + c.unassigned !== c.owned)
        problems.push(`${portalId}/${productId}: assigned + unassigned ≠ owned`);
    }
  }
  if (inPortals.size !== slice.licenses.size) problems.push('a stored license is in no portal list');
  const seats = new Map<string, string>();
  for (const license of slice.licenses.values()) {
    if (license.assigneeId === null) continue;
    const seat = `${license.assigneeId} ${license.productId}`;
    if (seats.has(seat)) problems.push(`${license.assigneeId} holds two ${license.productId} seats`);
    seats.set(seat, license.id);
    const user = state.identity.users.get(license.assigneeId);
    if (user?.portalId !== license.portalId) problems.push(`${license.id} is assigned outside its portal`);
    if (slice.held.get(license.assigneeId)?.get(license.productId) !== license.id) {
      problems.push(`held index misses ${license.id}`);
    }
  }
  let heldCount = 0;
  for (const held of slice.held.values()) heldCount += held.size;
  if (heldCount !== seats.size)
    problems.push(`held index has ${heldCount} seats, licenses say ${seats.size}`);
  return problems;
}

/**
 * A digest of everything a licenses call may change (licenses with their assignee, features and version,
 * cost centers, queues, quotes, orders, notifications), to prove a failed call changed nothing.
 */
export function licensesDigest(state: State): string {
  const slice = state.licenses;
  return JSON.stringify([
    [...slice.licenses.values()].map((l) => [
      l.id,
      l.assigneeId,
      l.costCenterId,
      l.version,
      l.features,
      l.sortAssignee,
      l.sortExtension,
    ]),
    [...slice.byPortal].map(([p, list]) => [p, list.map((l) => l.id)]),
    [...slice.held].map(([u, m]) => [u, [...m]]),
    [...slice.costCenters.values()],
    [...slice.queues.values()],
    [...slice.quotes.values()],
    [...slice.orders.keys()],
    slice.notifications.length,
    state.seq,
  ]);
}
