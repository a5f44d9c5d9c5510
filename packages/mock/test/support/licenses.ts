/**
 * Engine-level helpers for the licenses and orders tests: a scenario on a fixed clock, a Ctx acting as any
 * user of the cast, the invariants of DOMAIN.md for licenses, and a cheap digest of the licenses slice.
 */
import type { ErrorCode } from '@allot/contract';
import { expect } from 'vitest';
import type { Ctx } from '../../src/engine/context.js';
import { DomainError } from '../../src/engine/errors.js';
import type { LicenseRecord } from '../../src/engine/licenses/model.js';
import { rolePermissions } from '../../src/engine/rbac.js';
import type { State } from '../../src/engine/state.js';
import { buildScenario, type ScenarioName } from '../../src/scenarios/index.js';

/** 2026-11-02T09:30:00Z: the same "now" as the HTTP helper's TEST_NOW. */
export const NOW = Date.UTC(2026, 10, 2, 9, 30, 0);

export function scenario(name: ScenarioName = 'default', seed = 1): State {
  return buildScenario(name, { seed, now: NOW });
}

/** A Ctx acting as `userId` with the full permissions of their role. */
export function ctxAs(state: State, userId: string, now = NOW): Ctx {
  const user = state.identity.users.get(userId);
  if (!user) throw new Error(`no user ${userId}`);
  const portal = state.identity.portals.get(user.portalId);
  if (!portal) throw new Error(`no portal ${user.portalId}`);
  return { state, actor: { user, portal, permissions: new Set(rolePermissions[user.role]) }, now };
}

/** Runs `fn`, expecting a DomainError with this status and code; returns it for further checks. */
export function expectFailure(fn: () => unknown, status: number, code: ErrorCode): DomainError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    const domainError = error as DomainError;
    expect({ status: domainError.status, code: domainError.code, detail: domainError.detail }).toMatchObject({
      status,
      code,
    });
    return domainError;
  }
  throw new Error(`Expected ${status} ${code}, but the call succeeded`);
}

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
