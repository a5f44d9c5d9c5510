import { describe, expect, it } from 'vitest';
import {
  createProject,
  deleteProject,
  getMinuteAccount,
  listLedgerEntries,
  listMinuteAccounts,
  purchaseMinutes,
  quoteMinutePurchase,
  recordUsage,
  setDefaultAccount,
  transferMinutes,
  updateProject,
  cancelShare,
  acceptShare,
} from '../src/engine/minutes/index.js';
import { portals, users } from '../src/scenarios/index.js';
import { createRandom } from '../src/engine/random.js';
import { createState } from '../src/engine/state.js';
import { seedIdentity } from '../src/scenarios/identity.js';
import {
  largeLedgerSize,
  minuteAccounts as acc,
  minuteShares,
  poolId,
  seedMinutes,
} from '../src/scenarios/minutes.js';
import {
  NOW,
  balanceOf,
  ctxAs,
  expectFailure,
  minutesViolations,
  scenario,
  snapshotMinutes,
} from './support/minutes.js';

describe('minutes scenarios', () => {
  it('gives portal A a pool of 1,000 and the projects Team Berlin (240) and EMEA sales (120)', () => {
    const state = scenario();
    expect(balanceOf(state, acc.poolA)).toBe(1000);
    expect(balanceOf(state, acc.teamBerlin)).toBe(240);
    expect(balanceOf(state, acc.emeaSales)).toBe(120);
    expect(balanceOf(state, acc.poolB)).toBe(300);
  });

  it('gives every portal a pool in every scenario', () => {
    for (const name of ['default', 'empty', 'large'] as const) {
      const state = scenario(name);
      for (const portalId of state.identity.portals.keys()) {
        const pool = state.minutes.accounts.get(poolId(portalId));
        expect(pool?.kind, `${name} ${portalId}`).toBe('pool');
        expect(state.minutes.poolByPortal.get(portalId)).toBe(poolId(portalId));
      }
    }
  });

  it('conserves minutes from the start: balances come from purchase entries', () => {
    for (const name of ['default', 'empty', 'large'] as const) {
      expect(minutesViolations(scenario(name)), name).toEqual([]);
    }
  });

  it('seeds a pending and an accepted share to portal B, with B drawing on the accepted one', () => {
    const state = scenario();
    expect(state.minutes.shares.get(minuteShares.emeaToB)?.status).toBe('pending');
    expect(state.minutes.shares.get(minuteShares.berlinToB)?.status).toBe('accepted');
    expect(state.minutes.defaults.get(portals.b)).toBe(acc.teamBerlin);
    expect(state.minutes.defaults.get(portals.a)).toBe(acc.poolA);
  });

  it('leaves every pool empty in the empty scenario', () => {
    const state = scenario('empty');
    for (const account of state.minutes.accounts.values()) {
      expect(account.kind).toBe('pool');
      expect(account.balance).toBe(0);
    }
    expect(state.minutes.shares.size).toBe(0);
  });

  it('writes 10,000 ledger entries on portal A’s pool in the large scenario', () => {
    // How fast is a benchmark (bench/scenarios.bench.ts), not an assertion here.
    const state = createState();
    const options = { scenario: 'large' as const, rng: createRandom(1), now: NOW };
    seedIdentity(state, options);
    seedMinutes(state, options);
    expect(state.minutes.ledger.get(acc.poolA)).toHaveLength(largeLedgerSize);
    expect(balanceOf(state, acc.teamBerlin)).toBe(240);
    expect(minutesViolations(state)).toEqual([]);
  });

  it('builds the same minutes for the same seed', () => {
    const build = () => {
      const state = createState();
      const options = { scenario: 'large' as const, rng: createRandom(7), now: NOW };
      seedIdentity(state, options);
      seedMinutes(state, options);
      return snapshotMinutes(state);
    };
    expect(build()).toEqual(build());
  });
});

describe('listMinuteAccounts', () => {
  it('lists the pool first, then projects by title, with the default account', () => {
    const state = scenario();
    const list = listMinuteAccounts(ctxAs(state, users.admin));
    expect(list.items.map((a) => a.id)).toEqual([acc.poolA, acc.emeaSales, acc.teamBerlin]);
    expect(list.defaultAccountId).toBe(acc.poolA);
    expect(list.items[0]).toMatchObject({
      kind: 'pool',
      access: 'owned',
      isDefault: true,
      activeShareCount: 0,
    });
    expect(list.items[1]).toMatchObject({ title: 'EMEA sales', activeShareCount: 1, isDefault: false });
  });

  it('shows an accepted share to the recipient as access shared, without the owner’s share count', () => {
    const state = scenario();
    const list = listMinuteAccounts(ctxAs(state, users.bAdmin));
    expect(list.items.map((a) => a.id)).toEqual([acc.poolB, acc.teamBerlin]);
    const berlin = list.items[1]!;
    expect(berlin).toMatchObject({ access: 'shared', isDefault: true, owner: { id: portals.a } });
    expect(berlin.activeShareCount).toBeUndefined();
    expect(list.defaultAccountId).toBe(acc.teamBerlin);
  });

  it('does not show a pending share to the recipient', () => {
    const state = scenario();
    const ids = listMinuteAccounts(ctxAs(state, users.bAdmin)).items.map((a) => a.id);
    expect(ids).not.toContain(acc.emeaSales);
  });

  it('shows a member only the default account', () => {
    const state = scenario();
    expect(listMinuteAccounts(ctxAs(state, users.member)).items.map((a) => a.id)).toEqual([acc.poolA]);
    expect(listMinuteAccounts(ctxAs(state, users.bMember)).items.map((a) => a.id)).toEqual([acc.teamBerlin]);
  });

  it('shows a user manager every account', () => {
    const state = scenario();
    expect(listMinuteAccounts(ctxAs(state, users.userManager)).items).toHaveLength(3);
  });
});

describe('getMinuteAccount', () => {
  it('returns the account with its ETag', () => {
    const state = scenario();
    const { account, etag } = getMinuteAccount(ctxAs(state, users.admin), acc.teamBerlin);
    expect(account).toMatchObject({ id: acc.teamBerlin, balance: 240, title: 'Team Berlin' });
    expect(etag).toBe('"v1"');
  });

  it('answers 404 for another portal’s account, shared or not', () => {
    const state = scenario();
    expectFailure(() => getMinuteAccount(ctxAs(state, users.bAdmin), acc.poolA), 404, 'not_found');
    // Pending is not accepted: B cannot read EMEA sales yet.
    expectFailure(() => getMinuteAccount(ctxAs(state, users.bAdmin), acc.emeaSales), 404, 'not_found');
    expectFailure(() => getMinuteAccount(ctxAs(state, users.admin), 'acc_nope'), 404, 'not_found');
  });

  it('lets a member read only the default account (403 otherwise, 404 for other portals)', () => {
    const state = scenario();
    expect(getMinuteAccount(ctxAs(state, users.member), acc.poolA).account.id).toBe(acc.poolA);
    expectFailure(() => getMinuteAccount(ctxAs(state, users.member), acc.teamBerlin), 403, 'forbidden');
    expectFailure(() => getMinuteAccount(ctxAs(state, users.member), acc.poolB), 404, 'not_found');
  });
});

describe('createProject', () => {
  it('creates an owned project with a balance of 0', () => {
    const state = scenario();
    const { account, etag } = createProject(ctxAs(state, users.admin), {
      title: 'Lisbon summit',
      description: 'Partner event',
    });
    expect(account).toMatchObject({
      kind: 'project',
      access: 'owned',
      title: 'Lisbon summit',
      description: 'Partner event',
      balance: 0,
      isDefault: false,
      activeShareCount: 0,
      createdAt: new Date(NOW).toISOString(),
    });
    expect(etag).toBe('"v1"');
    expect(listMinuteAccounts(ctxAs(state, users.admin)).items.map((a) => a.id)).toContain(account.id);
  });

  it('rejects a title over 80 characters, a blank title and a description over 500', () => {
    const state = scenario();
    const ctx = ctxAs(state, users.admin);
    expectFailure(() => createProject(ctx, { title: 'x'.repeat(81) }), 400, 'validation_failed');
    expectFailure(() => createProject(ctx, { title: '   ' }), 400, 'validation_failed');
    expectFailure(
      () => createProject(ctx, { title: 'ok', description: 'x'.repeat(501) }),
      400,
      'validation_failed',
    );
    expect(
      createProject(ctx, { title: 'x'.repeat(80), description: 'y'.repeat(500) }).account.title,
    ).toHaveLength(80);
  });
});

describe('updateProject', () => {
  it('changes the title with the current If-Match and moves the ETag on', () => {
    const state = scenario();
    const { account, etag } = updateProject(
      ctxAs(state, users.admin),
      acc.teamBerlin,
      { title: 'Berlin' },
      '"v1"',
    );
    expect(account.title).toBe('Berlin');
    expect(etag).toBe('"v2"');
  });

  it('answers 412 precondition_failed for a stale If-Match and changes nothing', () => {
    const state = scenario();
    const ctx = ctxAs(state, users.admin);
    updateProject(ctx, acc.teamBerlin, { title: 'Berlin' }, '"v1"');
    const before = snapshotMinutes(state);
    expectFailure(
      () => updateProject(ctx, acc.teamBerlin, { title: 'Munich' }, '"v1"'),
      412,
      'precondition_failed',
    );
    expect(snapshotMinutes(state)).toEqual(before);
  });

  it('answers 428 precondition_required without If-Match', () => {
    const state = scenario();
    expectFailure(
      () => updateProject(ctxAs(state, users.admin), acc.teamBerlin, { title: 'x' }, undefined),
      428,
      'precondition_required',
    );
  });

  it('lets the pool be renamed', () => {
    const state = scenario();
    expect(updateProject(ctxAs(state, users.admin), acc.poolA, { title: 'Main' }, '"v1"').account.title).toBe(
      'Main',
    );
  });

  it('removes the description when it is set to empty', () => {
    const state = scenario();
    const { account } = updateProject(ctxAs(state, users.admin), acc.teamBerlin, { description: '' }, '"v1"');
    expect(account.description).toBeUndefined();
  });

  it('answers 422 account_not_owned when the recipient edits a shared account', () => {
    const state = scenario();
    expectFailure(
      () => updateProject(ctxAs(state, users.bAdmin), acc.teamBerlin, { title: 'Mine' }, '"v1"'),
      422,
      'account_not_owned',
    );
  });

  it('answers 404 for another portal’s account', () => {
    const state = scenario();
    expectFailure(
      () => updateProject(ctxAs(state, users.bAdmin), acc.poolA, { title: 'x' }, '"v1"'),
      404,
      'not_found',
    );
  });
});

describe('deleteProject', () => {
  it('moves the balance to the pool as one transfer pair and ends every share', () => {
    const state = scenario();
    const result = deleteProject(ctxAs(state, users.admin), acc.teamBerlin);
    expect(result).toMatchObject({
      accountId: acc.teamBerlin,
      movedMinutes: 240,
      movedToAccountId: acc.poolA,
    });
    expect(result.ledgerEntries.map((e) => [e.accountId, e.kind, e.amount, e.balanceAfter])).toEqual([
      [acc.teamBerlin, 'transfer_out', -240, 0],
      [acc.poolA, 'transfer_in', 240, 1240],
    ]);
    expect(result.ledgerEntries[0]!.reference).toBe(result.ledgerEntries[1]!.reference);
    expect(result.revokedShares).toEqual([
      {
        id: minuteShares.berlinToB,
        recipient: expect.objectContaining({ id: portals.b }),
        status: 'revoked',
      },
    ]);
    expect(balanceOf(state, acc.poolA)).toBe(1240);
    expect(minutesViolations(state)).toEqual([]);
  });

  it('falls the recipient’s default back to its own pool when the project was its default', () => {
    const state = scenario();
    deleteProject(ctxAs(state, users.admin), acc.teamBerlin);
    expect(listMinuteAccounts(ctxAs(state, users.bAdmin))).toMatchObject({
      defaultAccountId: acc.poolB,
      items: [{ id: acc.poolB, isDefault: true }],
    });
    expectFailure(() => getMinuteAccount(ctxAs(state, users.bAdmin), acc.teamBerlin), 404, 'not_found');
  });

  it('cancels a pending share of the project', () => {
    const state = scenario();
    const result = deleteProject(ctxAs(state, users.admin), acc.emeaSales);
    expect(result.revokedShares).toEqual([
      {
        id: minuteShares.emeaToB,
        recipient: expect.objectContaining({ id: portals.b }),
        status: 'cancelled',
      },
    ]);
    expect(state.minutes.shares.get(minuteShares.emeaToB)?.status).toBe('cancelled');
  });

  it('writes no ledger entries for an empty project', () => {
    const state = scenario();
    const ctx = ctxAs(state, users.admin);
    const { account } = createProject(ctx, { title: 'Empty' });
    expect(deleteProject(ctx, account.id)).toMatchObject({
      movedMinutes: 0,
      ledgerEntries: [],
      revokedShares: [],
    });
    expectFailure(() => getMinuteAccount(ctx, account.id), 404, 'not_found');
  });

  it('makes the pool the default again when the caller’s default project is deleted', () => {
    const state = scenario();
    const ctx = ctxAs(state, users.admin);
    setDefaultAccount(ctx, { accountId: acc.emeaSales });
    deleteProject(ctx, acc.emeaSales);
    expect(listMinuteAccounts(ctx).defaultAccountId).toBe(acc.poolA);
  });

  it('answers 409 cannot_delete_pool for the pool', () => {
    const state = scenario();
    expectFailure(() => deleteProject(ctxAs(state, users.admin), acc.poolA), 409, 'cannot_delete_pool');
  });

  it('answers 422 account_not_owned for a shared account (checked before anything else)', () => {
    const state = scenario();
    expectFailure(() => deleteProject(ctxAs(state, users.bAdmin), acc.teamBerlin), 422, 'account_not_owned');
  });

  it('answers 404 for another portal’s account and for a deleted project', () => {
    const state = scenario();
    expectFailure(() => deleteProject(ctxAs(state, users.bAdmin), acc.poolA), 404, 'not_found');
    deleteProject(ctxAs(state, users.admin), acc.emeaSales);
    expectFailure(() => deleteProject(ctxAs(state, users.admin), acc.emeaSales), 404, 'not_found');
  });
});

describe('listLedgerEntries', () => {
  it('lists an account’s entries newest first', () => {
    const state = scenario();
    const page = listLedgerEntries(ctxAs(state, users.admin), acc.poolA);
    expect(page.items.map((e) => e.kind)).toEqual([
      'transfer_out',
      'transfer_out',
      'usage',
      'usage',
      'purchase',
      'purchase',
    ]);
    expect(page.items[0]).toMatchObject({
      amount: -120,
      balanceAfter: 1000,
      counterpartyAccountId: acc.emeaSales,
    });
    expect(page.items[2]!.actor).toEqual({ type: 'integration', name: 'Zoom' });
    expect(page.nextCursor).toBeNull();
  });

  it('pages through 10,000 entries with a cursor, each once, stable under new entries', () => {
    const state = scenario('large');
    const ctx = ctxAs(state, users.admin);
    const seen: string[] = [];
    let cursor: string | undefined;
    let first = true;
    do {
      const page = listLedgerEntries(ctx, acc.poolA, { cursor, limit: 200 });
      seen.push(...page.items.map((e) => e.id));
      cursor = page.nextCursor ?? undefined;
      // A purchase between two page loads must not shift the next page.
      if (first) purchaseMinutes(ctx, { accountId: acc.poolA, minutes: 5 });
      first = false;
    } while (cursor !== undefined);
    expect(seen).toHaveLength(largeLedgerSize);
    expect(new Set(seen).size).toBe(largeLedgerSize);
  });

  it('shows the recipient other portals’ users as their portal, and hides accounts it may not read', () => {
    const state = scenario();
    const [transferIn] = listLedgerEntries(ctxAs(state, users.bAdmin), acc.teamBerlin).items;
    expect(transferIn).toMatchObject({
      kind: 'transfer_in',
      actor: { type: 'portal', id: portals.a, name: 'Portal A' },
    });
    expect(transferIn!.counterpartyAccountId).toBeUndefined();
  });

  it('shows the owner the recipient’s usage as the recipient’s portal', () => {
    const state = scenario();
    recordUsage(ctxAs(state, users.bMember), { accountId: acc.teamBerlin, minutes: 30 });
    const [usage] = listLedgerEntries(ctxAs(state, users.admin), acc.teamBerlin).items;
    expect(usage).toMatchObject({
      kind: 'usage',
      amount: -30,
      balanceAfter: 210,
      actor: { type: 'portal', id: portals.b },
    });
  });

  it('lets a member read only the default account’s ledger', () => {
    const state = scenario();
    expect(listLedgerEntries(ctxAs(state, users.member), acc.poolA).items.length).toBeGreaterThan(0);
    expectFailure(() => listLedgerEntries(ctxAs(state, users.member), acc.emeaSales), 403, 'forbidden');
  });

  it('answers 404 for another portal’s ledger and 400 for a foreign cursor', () => {
    const state = scenario();
    expectFailure(() => listLedgerEntries(ctxAs(state, users.bAdmin), acc.poolA), 404, 'not_found');
    expectFailure(
      () => listLedgerEntries(ctxAs(state, users.admin), acc.poolA, { cursor: '!!' }),
      400,
      'validation_failed',
    );
  });
});

describe('transferMinutes', () => {
  it('moves minutes between two owned accounts with two entries of one transfer', () => {
    const state = scenario();
    const transfer = transferMinutes(ctxAs(state, users.admin), {
      fromAccountId: acc.poolA,
      toAccountId: acc.emeaSales,
      minutes: 500,
    });
    expect(transfer.entries.map((e) => [e.accountId, e.kind, e.amount, e.balanceAfter, e.reference])).toEqual(
      [
        [acc.poolA, 'transfer_out', -500, 500, transfer.id],
        [acc.emeaSales, 'transfer_in', 500, 620, transfer.id],
      ],
    );
    expect(transfer.entries[0]!.actor).toMatchObject({ type: 'user', id: users.admin });
    expect(minutesViolations(state)).toEqual([]);
  });

  it('moves the whole balance, and not a minute more (422 insufficient_minutes)', () => {
    const state = scenario();
    const ctx = ctxAs(state, users.admin);
    const before = snapshotMinutes(state);
    const error = expectFailure(
      () => transferMinutes(ctx, { fromAccountId: acc.emeaSales, toAccountId: acc.poolA, minutes: 121 }),
      422,
      'insufficient_minutes',
    );
    expect(error.detail).toContain('120');
    expect(snapshotMinutes(state)).toEqual(before);
    transferMinutes(ctx, { fromAccountId: acc.emeaSales, toAccountId: acc.poolA, minutes: 120 });
    expect(balanceOf(state, acc.emeaSales)).toBe(0);
  });

  it('answers 422 same_account when source and target are one account', () => {
    const state = scenario();
    expectFailure(
      () =>
        transferMinutes(ctxAs(state, users.admin), {
          fromAccountId: acc.poolA,
          toAccountId: acc.poolA,
          minutes: 1,
        }),
      422,
      'same_account',
    );
  });

  it('answers 422 account_not_owned for a shared account as source or target', () => {
    const state = scenario();
    const ctx = ctxAs(state, users.bAdmin);
    expectFailure(
      () => transferMinutes(ctx, { fromAccountId: acc.teamBerlin, toAccountId: acc.poolB, minutes: 1 }),
      422,
      'account_not_owned',
    );
    expectFailure(
      () => transferMinutes(ctx, { fromAccountId: acc.poolB, toAccountId: acc.teamBerlin, minutes: 1 }),
      422,
      'account_not_owned',
    );
  });

  it('answers 404 for another portal’s account and 400 for zero minutes', () => {
    const state = scenario();
    const ctx = ctxAs(state, users.admin);
    expectFailure(
      () => transferMinutes(ctx, { fromAccountId: acc.poolA, toAccountId: acc.poolB, minutes: 1 }),
      404,
      'not_found',
    );
    expectFailure(
      () => transferMinutes(ctx, { fromAccountId: acc.poolA, toAccountId: acc.emeaSales, minutes: 0 }),
      400,
      'validation_failed',
    );
  });
});

describe('quoteMinutePurchase and purchaseMinutes', () => {
  it('prices minutes at the catalogue price, an exact integer total', () => {
    const state = scenario();
    expect(quoteMinutePurchase(ctxAs(state, users.admin), 1000)).toEqual({
      minutes: 1000,
      unitPrice: { amount: 12, currency: 'EUR' },
      total: { amount: 12000, currency: 'EUR' },
    });
  });

  it('buys minutes into an owned account at the quoted price with a purchase entry', () => {
    const state = scenario();
    const ctx = ctxAs(state, users.admin);
    const purchase = purchaseMinutes(ctx, { accountId: acc.teamBerlin, minutes: 250 });
    expect(purchase.total).toEqual(quoteMinutePurchase(ctx, 250).total);
    expect(purchase.entry).toMatchObject({
      kind: 'purchase',
      amount: 250,
      balanceAfter: 490,
      reference: purchase.id,
    });
    expect(minutesViolations(state)).toEqual([]);
  });

  it('answers 422 account_not_owned when buying into a shared account, 404 for another portal’s', () => {
    const state = scenario();
    expectFailure(
      () => purchaseMinutes(ctxAs(state, users.bAdmin), { accountId: acc.teamBerlin, minutes: 1 }),
      422,
      'account_not_owned',
    );
    expectFailure(
      () => purchaseMinutes(ctxAs(state, users.bAdmin), { accountId: acc.poolA, minutes: 1 }),
      404,
      'not_found',
    );
  });
});

describe('recordUsage', () => {
  it('spends from an owned account with a usage entry and echoes the session', () => {
    const state = scenario();
    const usage = recordUsage(ctxAs(state, users.admin), {
      accountId: acc.poolA,
      minutes: 45,
      sessionRef: 'zoom-1',
    });
    expect(usage).toMatchObject({
      minutes: 45,
      sessionRef: 'zoom-1',
      entry: { kind: 'usage', amount: -45, balanceAfter: 955 },
    });
  });

  it('spends from an accepted shared account, out of the owner’s balance', () => {
    const state = scenario();
    recordUsage(ctxAs(state, users.bAdmin), { accountId: acc.teamBerlin, minutes: 40 });
    expect(balanceOf(state, acc.teamBerlin)).toBe(200);
    expect(minutesViolations(state)).toEqual([]);
  });

  it('answers 404 for a pending, cancelled or revoked share', () => {
    const state = scenario();
    expectFailure(
      () => recordUsage(ctxAs(state, users.bAdmin), { accountId: acc.emeaSales, minutes: 1 }),
      404,
      'not_found',
    );
    cancelShare(ctxAs(state, users.admin), minuteShares.berlinToB);
    expectFailure(
      () => recordUsage(ctxAs(state, users.bAdmin), { accountId: acc.teamBerlin, minutes: 1 }),
      404,
      'not_found',
    );
  });

  it('answers 422 insufficient_minutes above the balance and spends nothing', () => {
    const state = scenario();
    const before = snapshotMinutes(state);
    expectFailure(
      () => recordUsage(ctxAs(state, users.admin), { accountId: acc.emeaSales, minutes: 121 }),
      422,
      'insufficient_minutes',
    );
    expect(snapshotMinutes(state)).toEqual(before);
  });

  it('lets a member spend only from the default account (403 otherwise)', () => {
    const state = scenario();
    expect(
      recordUsage(ctxAs(state, users.member), { accountId: acc.poolA, minutes: 5 }).entry.balanceAfter,
    ).toBe(995);
    expectFailure(
      () => recordUsage(ctxAs(state, users.member), { accountId: acc.emeaSales, minutes: 5 }),
      403,
      'forbidden',
    );
    // B's member spends from the shared account, which is B's default.
    expect(
      recordUsage(ctxAs(state, users.bMember), { accountId: acc.teamBerlin, minutes: 5 }).entry.balanceAfter,
    ).toBe(235);
    expectFailure(
      () => recordUsage(ctxAs(state, users.bMember), { accountId: acc.poolB, minutes: 5 }),
      403,
      'forbidden',
    );
  });

  it('lets a user manager spend from any account of the portal', () => {
    const state = scenario();
    expect(
      recordUsage(ctxAs(state, users.userManager), { accountId: acc.emeaSales, minutes: 20 }).entry
        .balanceAfter,
    ).toBe(100);
  });
});

describe('setDefaultAccount', () => {
  it('makes an owned project the default and reports the previous one', () => {
    const state = scenario();
    const ctx = ctxAs(state, users.admin);
    expect(setDefaultAccount(ctx, { accountId: acc.emeaSales })).toEqual({
      defaultAccountId: acc.emeaSales,
      previousDefaultAccountId: acc.poolA,
    });
    expect(listMinuteAccounts(ctxAs(state, users.member)).items.map((a) => a.id)).toEqual([acc.emeaSales]);
  });

  it('accepts an accepted shared account and changes nothing when set again', () => {
    const state = scenario();
    const ctx = ctxAs(state, users.bAdmin);
    expect(setDefaultAccount(ctx, { accountId: acc.poolB }).previousDefaultAccountId).toBe(acc.teamBerlin);
    expect(setDefaultAccount(ctx, { accountId: acc.teamBerlin }).defaultAccountId).toBe(acc.teamBerlin);
    expect(setDefaultAccount(ctx, { accountId: acc.teamBerlin })).toEqual({
      defaultAccountId: acc.teamBerlin,
      previousDefaultAccountId: acc.teamBerlin,
    });
  });

  it('answers 404 for a pending share and for another portal’s account', () => {
    const state = scenario();
    expectFailure(
      () => setDefaultAccount(ctxAs(state, users.bAdmin), { accountId: acc.emeaSales }),
      404,
      'not_found',
    );
    expectFailure(
      () => setDefaultAccount(ctxAs(state, users.bAdmin), { accountId: acc.poolA }),
      404,
      'not_found',
    );
  });

  it('uses a newly accepted share as the default only when asked', () => {
    const state = scenario();
    acceptShare(ctxAs(state, users.bAdmin), minuteShares.emeaToB, { setDefault: false });
    expect(listMinuteAccounts(ctxAs(state, users.bAdmin)).defaultAccountId).toBe(acc.teamBerlin);
  });
});

describe('a failed call changes no state', () => {
  it('leaves the minutes slice untouched for every kind of rejection', () => {
    const state = scenario();
    const a = ctxAs(state, users.admin);
    const b = ctxAs(state, users.bAdmin);
    const before = snapshotMinutes(state);
    const seq = state.seq;
    const attempts: [() => unknown, number][] = [
      [
        () => transferMinutes(a, { fromAccountId: acc.poolA, toAccountId: acc.emeaSales, minutes: 1001 }),
        422,
      ],
      [() => transferMinutes(b, { fromAccountId: acc.poolB, toAccountId: acc.teamBerlin, minutes: 1 }), 422],
      [() => recordUsage(b, { accountId: acc.teamBerlin, minutes: 241 }), 422],
      [() => purchaseMinutes(b, { accountId: acc.teamBerlin, minutes: 1 }), 422],
      [() => deleteProject(a, acc.poolA), 409],
      [() => deleteProject(b, acc.teamBerlin), 422],
      [() => updateProject(a, acc.poolA, { title: 'x' }, '"v9"'), 412],
      [() => setDefaultAccount(b, { accountId: acc.poolA }), 404],
      [() => createProject(a, { title: '' }), 400],
    ];
    for (const [attempt, status] of attempts) {
      expect(expectFailureStatus(attempt)).toBe(status);
    }
    expect(snapshotMinutes(state)).toEqual(before);
    expect(state.seq).toBe(seq);
  });
});

function expectFailureStatus(fn: () => unknown): number {
  try {
    fn();
  } catch (error) {
    return (error as { status: number }).status;
  }
  return 200;
}
