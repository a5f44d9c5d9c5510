/**
 * Engine-level helpers for the people domains (invitations, workspace, billing): a scenario on a fixed clock
 * and a Ctx acting as any user with their role's permissions.
 */
import type { Ctx } from '../../src/engine/context.js';
import type { DomainError } from '../../src/engine/errors.js';
import { rolePermissions } from '../../src/engine/rbac.js';
import type { State } from '../../src/engine/state.js';
import { buildScenario, type ScenarioName } from '../../src/scenarios/index.js';

/** 2026-11-02T09:30:00Z, a Monday: the same "now" as the HTTP helper's TEST_NOW. */
export const NOW = Date.UTC(2026, 10, 2, 9, 30, 0);
export const DAY = 24 * 3600 * 1000;

export function scenario(name: ScenarioName = 'default', now = NOW): State {
  return buildScenario(name, { seed: 1, now });
}

/** A Ctx acting as `userId` (in the user's current portal, with the full permissions of their role). */
export function ctxAs(state: State, userId: string, now = NOW): Ctx {
  const user = state.identity.users.get(userId);
  if (!user) throw new Error(`no user ${userId}`);
  const portal = state.identity.portals.get(user.portalId);
  if (!portal) throw new Error(`no portal ${user.portalId}`);
  return { state, actor: { user, portal, permissions: new Set(rolePermissions[user.role]) }, now };
}

/** The state as plain data with lazily built caches dropped, to compare before and after a failed call. */
export function comparable(state: State): unknown {
  const copy = structuredClone({
    seq: state.seq,
    identity: state.identity,
    workspace: state.workspace,
    invitations: state.invitations,
    billing: state.billing,
    held: state.licenses.held,
  });
  for (const ws of copy.workspace.workspaces.values()) {
    ws.sorted = null;
    ws.sortedTeams = null;
  }
  return copy;
}

/** Runs `fn`, expecting a DomainError; returns it. */
export function failure(fn: () => unknown): {
  status: number;
  code: string;
  detail: string;
  extra: DomainError['extra'];
} {
  try {
    fn();
  } catch (error) {
    const e = error as { status?: unknown; code?: unknown; detail?: unknown; extra?: unknown };
    if (typeof e.status === 'number' && typeof e.code === 'string') {
      return {
        status: e.status,
        code: e.code,
        detail: String(e.detail),
        extra: (e.extra ?? {}) as Record<string, unknown>,
      };
    }
    throw error;
  }
  throw new Error('expected a DomainError, but the call succeeded');
}
