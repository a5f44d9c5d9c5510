/**
 * Engine-level test helpers every domain shares: a scenario on the fixed test clock, a Ctx acting as any
 * user of the cast with their role's permissions, and an assertion that a call fails with a given code.
 */
import type { ErrorCode } from '@allot/contract';
import { expect } from 'vitest';
import type { Ctx } from '../../src/engine/context.js';
import { DomainError } from '../../src/engine/errors.js';
import { rolePermissions } from '../../src/engine/rbac.js';
import type { State } from '../../src/engine/state.js';
import { buildScenario, type ScenarioName } from '../../src/scenarios/index.js';
import { TEST_NOW } from './service.js';

/** 2026-11-02T09:30:00Z, a Monday: the same "now" as the HTTP helper's. */
export const NOW = TEST_NOW;

export function scenario(name: ScenarioName = 'default', seed = 1, now = NOW): State {
  return buildScenario(name, { seed, now });
}

/** A Ctx acting as `userId`, in the user's current portal, with the full permissions of their role. */
export function ctxAs(state: State, userId: string, now = NOW): Ctx {
  const user = state.identity.users.get(userId);
  if (!user) throw new Error(`No user ${userId}`);
  const portal = state.identity.portals.get(user.portalId);
  if (!portal) throw new Error(`No portal ${user.portalId}`);
  return { state, actor: { user, portal, permissions: new Set(rolePermissions[user.role]) }, now };
}

/** Runs `fn`, expecting a DomainError with this status and code; returns it for further checks. */
export function expectFailure(fn: () => unknown, status: number, code: ErrorCode): DomainError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    const domainError = error as DomainError;
    expect({ status: domainError.status, code: domainError.code }).toEqual({ status, code });
    return domainError;
  }
  throw new Error(`Expected ${status} ${code}, but the call succeeded`);
}
