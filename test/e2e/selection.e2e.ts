// The license grid's selection, as an admin uses it in the gallery: pick rows, bill them to another cost center,
// then delete the free ones; after each step the summary, the cost-center filter's counts and the API agree.
import type { Locator, Page } from '@playwright/test';
import { api, endState, expect, openDemo, test } from './fixtures.js';

interface License {
  id: string;
  assignee: { id: string } | null;
  costCenter: { code: string } | null;
}

async function licenses(page: Page): Promise<License[]> {
  return (await api<{ items: License[] }>(page, 'tok_a_admin', '/licenses?limit=200')).items;
}

/** The row of the grid whose cost-center cell says `code` and whose assignee is (or is not) someone. */
function row(table: Locator, code: string, free: boolean): Locator {
  return table
    .getByRole('row')
    .filter({ hasText: code })
    .filter(free ? { hasText: 'N/A' } : { hasNotText: 'N/A' })
    .first();
}

test('selects rows, bills them to another cost center, then deletes the free ones; counts agree after each step', async ({
  page,
}) => {
  await openDemo(page, 'index.html#view=license-table');
  const table = page.locator('license-table');
  await expect(table).toContainText('60 licenses');
  const before = await licenses(page);
  const inRnd = before.filter((l) => l.costCenter?.code === 'RND').length;

  // Two free licenses and one held, none of them billed to RND.
  await row(table, 'MKT-EU', true).getByRole('checkbox').check();
  await row(table, 'SUPPORT-DE', true).getByRole('checkbox').check();
  await row(table, 'SALES-FR', false).getByRole('checkbox').check();
  const bar = table.getByRole('group', { name: 'Actions on the selected licenses' });
  await expect(bar).toContainText('3 selected');

  await bar.getByRole('button', { name: 'Change cost center' }).click();
  const move = table.getByRole('dialog', { name: 'Change the cost center of the selected licenses' });
  await move.getByLabel('Bill them to').selectOption({ label: 'RND · Research and Development' });
  await expect(move).toContainText('3 licenses move to RND:');
  for (const code of ['MKT-EU', 'SUPPORT-DE', 'SALES-FR'])
    await expect(move).toContainText(`from ${code}: 1`);
  await move.getByRole('button', { name: 'Move 3 licenses' }).click();
  await expect(table.getByRole('status').first()).toContainText('3 licenses now billed to RND.');
  const moved = await licenses(page);
  expect(moved.filter((l) => l.costCenter?.code === 'RND')).toHaveLength(inRnd + 3);
  // The filter's count for RND says the same.
  await table.getByRole('button', { name: 'Cost centers' }).click();
  await expect(table.getByRole('group', { name: 'Cost centers' })).toContainText(
    new RegExp(`RND\\s+Research and Development\\s+${inRnd + 3}\\b`),
  );
  await table.getByRole('button', { name: 'Cost centers' }).click();

  await bar.getByRole('button', { name: 'Delete' }).click();
  const remove = table.getByRole('dialog', { name: 'Delete the selected licenses' });
  await expect(remove).toContainText('Delete 2 selected unassigned licenses?');
  await expect(remove).toContainText('1 selected license is assigned and stays');
  await expect(remove).toContainText('RND · Research and Development: 2 licenses fewer');
  await remove.getByRole('button', { name: 'Delete 2 licenses' }).click();
  await expect(table).toContainText('58 licenses');
  await expect(table).toContainText('50 assigned, 8 unassigned');
  await expect(bar).toContainText('1 selected');
  const after = await licenses(page);
  expect(after).toHaveLength(58);
  expect(after.filter((l) => l.costCenter?.code === 'RND')).toHaveLength(inRnd + 1);
  await endState(page, 'selection-move-delete');
});
