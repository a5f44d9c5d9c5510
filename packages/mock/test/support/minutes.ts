import type { ErrorCode } from '@allot/contract';
import { expect } from 'vitest';
import type { Ctx } from '../../src/engine/context.js';
import { DomainError } from '../../src/engine/errors.js';
import { rolePermissions } from '../../src/engine/rbac.js';
import type { State } from '../../src/engine/state.js';
import { buildScenario, type ScenarioName } from '../../src/scenarios/index.js';

/** A fixed clock, so ids, timestamps and resend windows are the same on every run. */
export const NOW = Date.parse('2026-11-02T09:30:00Z');

export function scenario(name: ScenarioName = 'default', seed = 1): State {
  return buildScenario(name, { seed, now: NOW });
}

/** An engine Ctx acting as one user of the cast, with its role's permissions, at `now`. */
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

/** A deep copy of the minutes slice, to prove a failed call changed nothing. */
export function snapshotMinutes(state: State): State['minutes'] {
  return structuredClone(state.minutes);
}

export function balanceOf(state: State, accountId: string): number {
  const account = state.minutes.accounts.get(accountId);
  if (!account) throw new Error(`No account ${accountId}`);
  return account.balance;
}

/**
 * Invariant 1 over the whole slice: every balance ≥ 0 and equal to its ledger (sum of amounts, last
 * balanceAfter), transfers net to zero in pairs, and sum of balances = purchases − usage − refunds.
 * Returns a list of violations (empty when all hold) so failures say what broke.
 */
export function minutesViolations(state: State): string[] {
  const problems: string[] = [];
  let total = 0;
  let purchased = 0;
  let used = 0;
  let refunded = 0;
  let adjusted = 0;
  const transfers = new Map<string, number>();
  for (const account of state.minutes.accounts.values()) {
    total += account.balance;
    if (!Number.isInteger(account.balance) || account.balance < 0) {
      problems.push(`${account.id} has balance ${account.balance}`);
    }
    const entries = state.minutes.ledger.get(account.id) ?? [];
    let running = 0;
    for (const entry of entries) {
      running += entry.amount;
      if (entry.balanceAfter !== running)
        problems.push(`${entry.id} balanceAfter ${entry.balanceAfter} ≠ ${running}`);
      if (entry.amount === 0) problems.push(`${entry.id} has amount 0`);
      if (entry.kind === 'purchase') purchased += entry.amount;
      else if (entry.kind === 'usage') used -= entry.amount;
      else if (entry.kind === 'refund') refunded -= entry.amount;
      else if (entry.kind === 'adjustment') adjusted += entry.amount;
      else
        transfers.set(
          entry.reference ?? entry.id,
          (transfers.get(entry.reference ?? entry.id) ?? 0) + entry.amount,
        );
    }
    if (running !== account.balance)
      problems.push(`${account.id} balance ${account.balance} ≠ ledger ${running}`);
    if (account.deletedAt !== undefined && account.balance !== 0)
      problems.push(`deleted ${account.id} holds minutes`);
  }
  for (const [reference, net] of transfers) if (net !== 0) problems.push(`transfer ${reference} nets ${net}`);
  if (total !== purchased - used - refunded + adjusted) {
    problems.push(`sum of balances ${total} ≠ purchases ${purchased} − usage ${used} − refunds ${refunded}`);
  }
  return problems;
}
