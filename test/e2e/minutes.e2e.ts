// Journeys of source 000 on the "Two portals" page: portal A shares minutes, portal B accepts and spends them.
import {
  accountCard,
  accounts,
  api,
  balanceOf,
  endState,
  expect,
  openDemo,
  test,
  type Account,
} from './fixtures.js';

test.describe('sharing minutes between two portals', () => {
  test.beforeEach(async ({ page }) => {
    await openDemo(page, 'portals.html');
    await expect(balanceOf(accountCard(page.locator('#portal-a'), 'Primary pool'))).toHaveText(/1,000/);
  });

  test('shares the whole pool; B accepts it without making it its default and spends from it', async ({
    page,
  }) => {
    const a = page.locator('#portal-a');
    const b = page.locator('#portal-b');

    await a.getByRole('button', { name: 'Share minutes: Primary pool' }).click();
    const dialog = a.getByRole('dialog', { name: 'Share minutes' });
    await expect(dialog.getByRole('radio', { name: 'All minutes of “Primary pool”' })).toBeChecked();
    await dialog.getByLabel('E-mail of the other portal’s owner').fill('owner@portal-b.test');
    await dialog.getByRole('button', { name: 'Share', exact: true }).click();
    await expect(a.getByText('The invitation to share minutes has been sent to the account')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();

    // B sees the invitation next to the one already pending (EMEA sales), and accepts this one only.
    const invitation = b.locator('minutes-balance li.invitation', { hasText: '“Primary pool”' });
    await expect(invitation).toContainText(
      'Portal A (owner@portal-a.test) offers you the whole pool “Primary pool”',
    );
    const asDefault = invitation.getByLabel('Use these minutes by default');
    await expect(asDefault).toBeChecked();
    await asDefault.uncheck();
    await b.getByRole('button', { name: 'Accept: Primary pool' }).click();
    await expect(b.getByText('Your default account did not change.')).toBeVisible();
    const shared = accountCard(b, 'Primary pool', 'Shared by Portal A');
    await expect(balanceOf(shared)).toHaveText(/1,000/);

    // B spends 50 minutes of it, as an integration would.
    const spend = b.locator('form.spend');
    await spend.getByLabel('From account').selectOption('acc_pool_a');
    await spend.getByLabel('Minutes', { exact: true }).fill('50');
    await spend.getByRole('button', { name: 'Record a session' }).click();
    await expect(spend.locator('output')).toHaveText(
      'Recorded a 50-minute session on “Primary pool”: 950 minutes left.',
    );

    // Both portals see the new balance at once.
    await expect(balanceOf(shared)).toHaveText(/950/);
    await expect(balanceOf(accountCard(a, 'Primary pool'))).toHaveText(/950/);

    const ofA = await accounts(page, 'tok_a_admin');
    expect(ofA.items.find((x) => x.id === 'acc_pool_a')?.balance).toBe(950);
    const ofB = await accounts(page, 'tok_b_admin');
    expect(ofB.items.map((x: Account) => [x.id, x.access, x.balance])).toEqual([
      ['acc_pool_b', 'owned', 300],
      ['acc_pool_a', 'shared', 950],
      ['acc_proj_berlin', 'shared', 240],
    ]);
    expect(ofB.defaultAccountId).toBe('acc_proj_berlin');
    const ledger = await api<{ items: { kind: string; amount: number; balanceAfter: number }[] }>(
      page,
      'tok_a_admin',
      '/minute-accounts/acc_pool_a/ledger?limit=1',
    );
    expect(ledger.items[0]).toMatchObject({ kind: 'usage', amount: -50, balanceAfter: 950 });
    const pending = await api<{ items: unknown[] }>(page, 'tok_b_admin', '/incoming-shares?status=pending');
    expect(pending.items).toHaveLength(1);

    await endState(page, 'share-whole-pool');
  });

  test('shares a fixed number of minutes; B accepts them as its default and spends them', async ({
    page,
  }) => {
    const a = page.locator('#portal-a');
    const b = page.locator('#portal-b');

    await a.getByRole('button', { name: 'Share minutes: Primary pool' }).click();
    const dialog = a.getByRole('dialog', { name: 'Share minutes' });
    await dialog.getByRole('radio', { name: 'A fixed number of minutes' }).check();
    await dialog.getByLabel('Title', { exact: true }).fill('Team Paris');
    await dialog.getByLabel('Minutes to share').fill('100');
    await dialog.getByLabel('E-mail of the other portal’s owner').fill('owner@portal-b.test');
    await dialog.getByRole('button', { name: 'Share', exact: true }).click();
    await expect(a.getByText('The invitation to share minutes has been sent to the account')).toBeVisible();
    await page.keyboard.press('Escape');

    // One guided step made a project, moved the minutes into it and shared it.
    await expect(balanceOf(accountCard(a, 'Primary pool'))).toHaveText(/900/);
    const project = accountCard(a, 'Team Paris');
    await expect(balanceOf(project)).toHaveText(/100/);
    // Offered, not yet accepted: the card says so (pending and accepted are told apart).
    await expect(project).toContainText('1 share awaiting an answer');

    // B accepts with "use by default" left ticked, as the dialog suggests.
    const invitation = b.locator('minutes-balance li.invitation', { hasText: '“Team Paris”' });
    await expect(invitation).toContainText('offers you 100 minutes from “Team Paris”');
    await expect(invitation.getByLabel('Use these minutes by default')).toBeChecked();
    await b.getByRole('button', { name: 'Accept: Team Paris' }).click();
    await expect(b.getByText('It is now your default account.')).toBeVisible();
    const sharedProject = accountCard(b, 'Team Paris');
    await expect(sharedProject).toContainText('Default');

    // A session draws from the default account without choosing it.
    const spend = b.locator('form.spend');
    await expect(spend.getByLabel('From account').locator('option:checked')).toContainText('Team Paris');
    await spend.getByLabel('Minutes', { exact: true }).fill('30');
    await spend.getByRole('button', { name: 'Record a session' }).click();
    await expect(spend.locator('output')).toHaveText(
      'Recorded a 30-minute session on “Team Paris”: 70 minutes left.',
    );
    await expect(balanceOf(sharedProject)).toHaveText(/70/);
    await expect(balanceOf(project)).toHaveText(/70/);

    const ofA = await accounts(page, 'tok_a_admin');
    const paris = ofA.items.find((x) => x.title === 'Team Paris');
    expect(paris?.balance).toBe(70);
    expect(ofA.items.find((x) => x.id === 'acc_pool_a')?.balance).toBe(900);
    expect(ofA.items).toHaveLength(4);
    const ofB = await accounts(page, 'tok_b_admin');
    expect(ofB.defaultAccountId).toBe(paris?.id);
    // Minutes are conserved: 1,000 in A's pool before = 900 + 100, of which 30 were used.
    expect(ofA.items.filter((x) => x.access === 'owned').reduce((sum, x) => sum + x.balance, 0)).toBe(
      1_000 + 240 + 120 - 30,
    );

    await endState(page, 'share-fixed-minutes-accept-as-default');
  });
});
