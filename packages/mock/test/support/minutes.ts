import type { State } from '../../src/engine/state.js';

export { NOW, scenario, ctxAs, expectFailure } from './engine.js';

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
