// Journey of source 004 in the gallery: archive a team (seeing the billed units change first), then remove the
// members who are in no active team any more.
import { api, endState, expect, openDemo, test } from './fixtures.js';

interface Billing {
  billedUnits: { current: number; nextMonth: number };
}

test('archives a team, then removes the inactive members it left behind', async ({ page }) => {
  await openDemo(page, 'index.html#view=inactive-members-pruner');
  const pruner = page.locator('inactive-members-pruner');
  await expect(pruner.getByRole('button', { name: 'Archive: Customer Support' })).toBeVisible();
  const before = await api<Billing>(page, 'tok_a_admin', '/workspace/billing');
  const inactiveBefore = await api<{ total: number }>(
    page,
    'tok_a_admin',
    '/workspace/members?status=inactive&limit=1',
  );

  // Archive: the dialog shows next month's billed units going down by one before anything changes.
  await pruner.getByRole('button', { name: 'Archive: Customer Support' }).click();
  const archive = pruner.getByRole('dialog', { name: 'Archive “Customer Support”?' });
  await expect(archive.locator('[part~="units-change"]')).toContainText(
    `${before.billedUnits.nextMonth - 1} (-1)`,
  );
  await archive.getByRole('button', { name: 'Archive team' }).click();
  await expect(pruner.getByText('“Customer Support” is archived.')).toBeVisible();
  await expect(pruner.getByRole('button', { name: 'Unarchive: Customer Support' })).toBeVisible();
  const archived = await api<Billing>(page, 'tok_a_admin', '/workspace/billing');
  expect(archived.billedUnits).toEqual({
    current: before.billedUnits.current,
    nextMonth: before.billedUnits.nextMonth - 1,
  });
  const inactiveAfterArchive = await api<{ total: number }>(
    page,
    'tok_a_admin',
    '/workspace/members?status=inactive&limit=1',
  );
  expect(inactiveAfterArchive.total).toBeGreaterThan(inactiveBefore.total);

  // Remove every inactive member but the one who is never removed (the super admin).
  const removable = inactiveAfterArchive.total - 1;
  await pruner.getByRole('button', { name: 'Remove inactive members' }).click();
  const remove = pruner.getByRole('dialog', { name: `Remove ${removable} inactive members?` });
  await expect(remove).toContainText('They lose access to the workspace and its content at once.');
  await expect(remove).toContainText('super admins are never removed');
  await remove.getByLabel(`I understand that these ${removable} members lose access at once.`).check();
  await remove.getByRole('button', { name: `Remove ${removable} members` }).click();
  // The same dialog now follows the job, then lists who was removed.
  const result = pruner.getByRole('dialog');
  await expect(result.locator('[part~="removed"] li')).toHaveCount(removable);
  await expect(result).toContainText('They no longer have access to the workspace.');
  await result.getByRole('button', { name: 'Done' }).click();
  await expect(pruner).toContainText('1 inactive member');

  const inactive = await api<{ items: { user: { email: string } }[]; total: number }>(
    page,
    'tok_a_admin',
    '/workspace/members?status=inactive',
  );
  expect(inactive.items.map((m) => m.user.email)).toEqual(['owner@portal-a.test']);
  const after = await api<Billing>(page, 'tok_a_admin', '/workspace/billing');
  expect(after.billedUnits).toEqual(archived.billedUnits);
  await expect(page.locator('#event-log li[data-event-type="allot-team-archived"]')).toHaveCount(1);
  await expect(page.locator('#event-log li[data-event-type="allot-members-pruned"]')).toHaveCount(1);

  await endState(page, 'archive-team-and-prune-inactive-members');
});
