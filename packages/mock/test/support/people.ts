/**
 * Engine-level helpers for the people domains (invitations, workspace, billing): a scenario on a fixed clock
 * and a Ctx acting as any user with their role's permissions.
 */
import type { DomainError } from '../../src/engine/errors.js';
import type { State } from '../../src/engine/state.js';
import type { ScenarioName } from '../../src/scenarios/index.js';
import { NOW, scenario as baseScenario } from './engine.js';

export { NOW, ctxAs } from './engine.js';
export const DAY = 24 * 3600 * 1000;

/** The scenario at another time than the test clock's, e.g. days later to test expiry. */
export function scenario(name: ScenarioName = 'default', now = NOW): State {
  return baseScenario(name, 1, now);
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
