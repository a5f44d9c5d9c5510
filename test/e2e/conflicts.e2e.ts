// The two-copies page: one widget twice on the same data, each copy a frame with a store of its own (two
// tabs). The second copy acts on what it read before the first one changed it; the service refuses, and the
// widget says why and shows what is true now. One journey per conflict the service guards against.
import type { FrameLocator, Locator, Page } from '@playwright/test';
import { api, endState, expect, openDemo, test } from './fixtures.js';

/** Copy `n` of the widget on the page. */
function copy(page: Page, n: 1 | 2): FrameLocator {
  return page.frameLocator(`iframe[title$="copy ${n}"]`);
}

/** Brings copy `n`'s frame into the window, as a reviewer scrolls to it: its dialogs then show whole. */
async function toCopy(page: Page, n: 1 | 2): Promise<void> {
  await page.locator(`iframe[title$="copy ${n}"]`).scrollIntoViewIfNeeded();
}

async function openCopies(page: Page, tag: string): Promise<[Locator, Locator]> {
  await openDemo(page, `conflicts.html#widget=${tag}`);
  const widgets = [copy(page, 1).locator(tag), copy(page, 2).locator(tag)] as [Locator, Locator];
  // Each frame loads the widgets and their words on its own: on a busy machine that takes a while.
  await expect(widgets[0].locator('[part~="card"]')).toBeVisible({ timeout: 30_000 });
  await expect(widgets[1].locator('[part~="card"]')).toBeVisible({ timeout: 30_000 });
  return widgets;
}

/** How many Live Reports licenses are assigned, as the service says. */
async function assignedLive(page: Page): Promise<number> {
  const { items } = await api<{ items: { productId: string; assigned: number }[] }>(
    page,
    'tok_a_admin',
    '/license-inventory',
  );
  return items.find((line) => line.productId === 'prd_live')?.assigned ?? NaN;
}

test.describe('two copies of a widget on the same data', () => {
  test('a license assigned in one copy is refused in the other (412), which says to whom and shows it', async ({
    page,
    guard,
  }) => {
    guard.allow(/412 POST .*\/licenses\/[^/]+\/assign|status of 412/);
    const [first, second] = await openCopies(page, 'license-table');
    const before = await assignedLive(page);
    for (const table of [first, second]) {
      await expect(table).toContainText('60 licenses');
      await table.getByLabel('Search licenses').fill('Live Reports');
      await expect(table).not.toContainText('60 licenses');
    }
    const assign = async (table: Locator, who: string) => {
      await toCopy(page, table === first ? 1 : 2);
      await table
        .getByRole('button', { name: /^Assign\b.*Live Reports/ })
        .first()
        .click();
      const dialog = table.getByRole('dialog', { name: /Assign a Live Reports license/ });
      await dialog.getByLabel('Find a user').fill(who);
      await dialog.getByRole('radio', { name: new RegExp(who) }).check();
      await dialog.getByRole('button', { name: 'Assign', exact: true }).click();
      return dialog;
    };
    await assign(first, 'Marc Weber');
    await expect(first.getByText('The Live Reports license is now assigned to Marc Weber.')).toBeVisible();

    // Copy 2 still lists that license as free: its assign (with the version it read) is refused with a 412;
    // the dialog says so and to whom the license went, and the table behind it shows the new assignee.
    const refused = await assign(second, 'Lina Roux');
    await expect(refused).toContainText(
      'Someone else changed this license in the meantime; the table now shows its latest state. It is now assigned to Marc Weber.',
    );
    // Nothing is left to assign there: the dialog offers no user any more, only to close it.
    await expect(refused.getByLabel('Find a user')).toHaveCount(0);
    await refused.getByRole('button', { name: 'Cancel' }).click();
    await expect(second).toContainText(/Live Reports\s+Marc Weber\s+1002\s+SUPPORT-DE/);
    await expect(second).toContainText('16 licenses · 13 assigned, 3 unassigned');
    // One seat was assigned, not two.
    expect((await assignedLive(page)) - before).toBe(1);
    await endState(page, 'conflict-license-already-assigned');
  });

  test('licenses deleted in one copy make the other copy’s deletion ask for fewer, and nothing more is deleted', async ({
    page,
    guard,
  }) => {
    guard.allow(/(404|409|422) POST .*\/license-deletions|status of (404|409|422)/);
    const [first, second] = await openCopies(page, 'license-table');
    const deletable = async () =>
      (
        await api<{ items: { productId: string; deletable: number; owned: number }[] }>(
          page,
          'tok_a_admin',
          '/license-inventory',
        )
      ).items.find((line) => line.productId === 'prd_live');
    const before = await deletable();
    const count = before?.deletable ?? 0;
    expect(count).toBeGreaterThan(0);
    const remove = async (table: Locator) => {
      await toCopy(page, table === first ? 1 : 2);
      await table.getByRole('button', { name: 'Delete licenses' }).click();
      const wizard = table.getByRole('dialog', { name: /Delete licenses/ });
      await wizard.getByRole('radio', { name: /Live Reports/ }).check();
      await wizard.getByLabel('Quantity to delete').fill(String(count));
      await wizard.getByRole('button', { name: 'Next' }).click();
      return wizard;
    };
    // Copy 2 gets as far as the review first, with the counts it read.
    const stale = await remove(second);
    const review = second.getByRole('dialog', { name: 'Review and confirm the deletion' });
    await expect(review.getByRole('button', { name: `Delete ${count} licenses` })).toBeVisible();

    await remove(first);
    await first
      .getByRole('dialog', { name: 'Review and confirm the deletion' })
      .getByRole('button', { name: `Delete ${count} licenses` })
      .click();
    await expect(first).toContainText(`${60 - count} licenses`);

    await toCopy(page, 2);
    await review.getByRole('button', { name: `Delete ${count} licenses` }).click();
    await expect(stale).toContainText(
      'Fewer licenses can be deleted now: some were assigned or deleted in the meantime. The counts are updated.',
    );
    const after = await deletable();
    expect(after).toMatchObject({ deletable: 0, owned: (before?.owned ?? 0) - count });
    await endState(page, 'conflict-exceeds-deletable');
  });
});

test('a removal previewed in one copy, made stale by the other, is refused and previewed again', async ({
  page,
  guard,
}) => {
  guard.allow(/412 POST .*\/workspace\/prune-jobs|status of 412/);
  const [first, second] = await openCopies(page, 'inactive-members-pruner');
  // Copy 2 opens the removal (its preview) and leaves it open.
  await toCopy(page, 2);
  await second.getByRole('button', { name: 'Remove inactive members' }).click();
  const removal = second.getByRole('dialog', { name: /^Remove \d+ inactive members?\?$/ });
  await expect(removal).toBeVisible();

  // Copy 1 archives a team: its members become inactive too.
  await toCopy(page, 1);
  await first.getByRole('button', { name: 'Archive: Customer Support' }).click();
  await first
    .getByRole('dialog', { name: 'Archive “Customer Support”?' })
    .getByRole('button', { name: 'Archive team' })
    .click();
  await expect(first.getByText('“Customer Support” is archived.')).toBeVisible();

  // Copy 2 confirms what it previewed: refused, nothing removed, and the new list to check.
  await toCopy(page, 2);
  await removal.getByRole('checkbox', { name: /^I understand that these \d+ members? lose/ }).check();
  await removal.getByRole('button', { name: /^Remove \d+ members?$/ }).click();
  const again = second.getByRole('dialog');
  await expect(again).toContainText(
    'Teams or members changed since the list was made, so nothing was removed yet.',
  );
  await expect(again).toContainText('Now inactive too:');
  await expect(again).toContainText('Check the new list and confirm again.');
  // The box is to be ticked again, for the new list.
  await expect(again.getByRole('checkbox', { name: /^I understand/ })).not.toBeChecked();
  const members = await api<{ total: number }>(page, 'tok_a_admin', '/workspace/members?limit=1');
  expect(members.total).toBeGreaterThan(0);
  await endState(page, 'conflict-stale-preview');
});

test('an account edited in one copy: the other copy’s save gets a 412, keeps the typed title and saves next', async ({
  page,
  guard,
}) => {
  guard.allow(/412 PATCH .*\/minute-accounts\/|status of 412/);
  const [first, second] = await openCopies(page, 'minutes-balance');
  // Copy 2 opens the edit (it reads the account's version) and leaves it open.
  await toCopy(page, 2);
  // The edit reads the account's version as it opens: wait for that read, or copy 1 could save before it.
  const version = page.waitForResponse(
    (r) => r.request().method() === 'GET' && /\/minute-accounts\/acc_proj_berlin$/.test(r.url()),
  );
  await second.getByRole('button', { name: 'Edit: Team Berlin' }).click();
  const late = second.getByRole('dialog', { name: 'Edit “Team Berlin”' });
  await expect(late.getByLabel('Title')).toHaveValue('Team Berlin');
  await version;

  await toCopy(page, 1);
  await first.getByRole('button', { name: 'Edit: Team Berlin' }).click();
  const early = first.getByRole('dialog', { name: 'Edit “Team Berlin”' });
  await early.getByLabel('Title').fill('Berlin team');
  await early.getByRole('button', { name: 'Save' }).click();
  await expect(first.getByText('“Berlin team” saved.')).toBeVisible();

  await toCopy(page, 2);
  await late.getByLabel('Title').fill('Team Berlin 2027');
  await late.getByRole('button', { name: 'Save' }).click();
  await expect(late).toContainText(
    'Someone else changed this in the meantime. The latest version is loaded: check it and save again.',
  );
  await expect(late.getByLabel('Title')).toHaveValue('Team Berlin 2027');
  // Saved on purpose, over the other copy's change, with the version just read.
  await late.getByRole('button', { name: 'Save' }).click();
  await expect(second.getByText('“Team Berlin 2027” saved.')).toBeVisible();
  await endState(page, 'conflict-precondition-failed');
});
