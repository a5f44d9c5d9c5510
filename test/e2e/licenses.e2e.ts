// Journeys of sources 002 and 003 in the gallery: buying licenses with a split cost-center allocation and a
// printed statement, then assigning, unassigning and deleting; removing Connect Standard and cleaning queues.
import type { Locator, Page } from '@playwright/test';
import { api, endState, expect, openDemo, test } from './fixtures.js';

interface InventoryLine {
  productId: string;
  owned: number;
  assigned: number;
  deletable: number;
}

/** Chooses the option of a `<select>` whose text contains `text` (labels carry prices and names). */
async function chooseByText(select: Locator, text: string): Promise<void> {
  const value = await select.locator('option', { hasText: text }).first().getAttribute('value');
  expect(value, `an option with "${text}"`).not.toBeNull();
  await select.selectOption(value ?? '');
}

async function inventory(page: Page): Promise<Map<string, InventoryLine>> {
  const body = await api<{ items: InventoryLine[] }>(page, 'tok_a_admin', '/license-inventory');
  return new Map(body.items.map((line) => [line.productId, line]));
}

test.describe('licenses', () => {
  test.beforeEach(async ({ page }) => {
    await openDemo(page, 'index.html#view=license-table');
    await expect(page.locator('license-table')).toContainText('60 licenses');
  });

  test('buys licenses split over two cost centers, prints the statement, then assigns, unassigns and deletes', async ({
    page,
  }) => {
    const table = page.locator('license-table');
    const before = await inventory(page);
    const liveBefore = before.get('prd_live')!;

    // Cart: 5 Live Reports licenses.
    await table.getByRole('button', { name: 'Buy licenses' }).click();
    const wizard = table.getByRole('dialog');
    await chooseByText(wizard.getByLabel('Product of line 1'), 'Live Reports');
    await wizard.getByLabel(/^Quantity( of line 1)?$/).fill('5');
    await wizard.getByRole('button', { name: 'Next' }).click();

    // Cost centers: 3 to SALES-FR, 2 to SUPPORT-DE.
    await wizard.getByRole('button', { name: 'Split' }).first().click();
    await chooseByText(wizard.getByLabel('Cost center of part 1'), 'SALES-FR');
    await wizard.getByLabel('Licenses of part 1').fill('3');
    // A split opens with two parts, the fewest a split can have.
    await chooseByText(wizard.getByLabel('Cost center of part 2'), 'SUPPORT-DE');
    await wizard.getByLabel('Licenses of part 2').fill('2');
    await expect(wizard).toContainText('5 of 5 licenses allocated.');
    await wizard.getByRole('button', { name: 'Apply the split' }).click();
    await expect(wizard).toContainText('Every line has a cost center.');
    await wizard.getByRole('button', { name: 'Next' }).click();

    // Review: the order is confirmed only with the terms accepted.
    await wizard.getByLabel('I have read and understood this order and its charges.').check();
    await wizard.getByRole('button', { name: /^Confirm the order/ }).click();

    // Statement: printable.
    const statement = wizard.locator('[part~="statement"]');
    await expect(statement).toContainText(/Order \S+/);
    await expect(statement).toContainText('SALES-FR');
    await expect(statement).toContainText('SUPPORT-DE');
    await page.evaluate(() => {
      window.print = () => document.documentElement.setAttribute('data-printed', 'yes');
    });
    await wizard.getByRole('button', { name: 'Print' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-printed', 'yes');
    await page.emulateMedia({ media: 'print' });
    await endState(page, 'buy-licenses-statement-print');
    await page.emulateMedia({ media: 'screen' });
    await wizard.getByRole('button', { name: 'Done' }).click();

    const bought = await inventory(page);
    expect(bought.get('prd_live')).toMatchObject({
      owned: liveBefore.owned + 5,
      assigned: liveBefore.assigned,
      deletable: liveBefore.deletable + 5,
    });
    const bySales = await api<{ total: number }>(
      page,
      'tok_a_admin',
      '/licenses?productId=prd_live&costCenterId=cc_sales_fr&assigned=false&limit=1',
    );
    expect(bySales.total).toBeGreaterThanOrEqual(3);
    await expect(table).toContainText('65 licenses');

    // Assign one of the new licenses to Marc Weber, then unassign it.
    await table.getByLabel('Search licenses').fill('Live Reports SALES-FR');
    // The search is debounced: wait for its rows before acting on one ("Assign" must not match "Unassign").
    await expect(table).not.toContainText('65 licenses');
    await table
      .getByRole('button', { name: /^Assign\b.*Live Reports/ })
      .first()
      .click();
    const assign = table.getByRole('dialog', { name: /Assign a Live Reports license/ });
    await assign.getByLabel('Find a user').fill('Marc');
    await assign.getByRole('radio', { name: /Marc Weber/ }).check();
    await assign.getByRole('button', { name: 'Assign', exact: true }).click();
    await expect(table.getByText('The Live Reports license is now assigned to Marc Weber.')).toBeVisible();
    expect((await inventory(page)).get('prd_live')?.assigned).toBe(liveBefore.assigned + 1);

    await table
      .getByRole('button', { name: /^Unassign/ })
      .first()
      .click();
    const unassign = table.getByRole('dialog', {
      name: /Unassign the Live Reports license from Marc Weber\?/,
    });
    await unassign.getByRole('button', { name: 'Unassign', exact: true }).click();
    await expect(
      table.getByText('The Live Reports license of Marc Weber is back in the pool.'),
    ).toBeVisible();
    expect((await inventory(page)).get('prd_live')?.assigned).toBe(liveBefore.assigned);

    // Delete the 5 new licenses: two steps, quantity then review.
    await table.getByLabel('Search licenses').fill('');
    await table.getByRole('button', { name: 'Delete licenses' }).click();
    const remove = table.getByRole('dialog', { name: /Delete licenses/ });
    await remove.getByRole('radio', { name: /Live Reports/ }).check();
    await remove.getByLabel('Quantity to delete').fill('5');
    await remove.getByRole('button', { name: 'Next' }).click();
    await table
      .getByRole('dialog', { name: 'Review and confirm the deletion' })
      .getByRole('button', { name: 'Delete 5 licenses' })
      .click();
    await expect(table).toContainText('60 licenses');

    const after = await inventory(page);
    expect(after.get('prd_live')).toMatchObject({
      owned: liveBefore.owned,
      assigned: liveBefore.assigned,
      deletable: liveBefore.deletable,
    });
    // Assigned + unassigned = owned, for every product.
    for (const line of after.values()) expect(line.deletable).toBe(line.owned - line.assigned);
    await endState(page, 'buy-assign-unassign-delete');
  });

  test('a quote left open past 30 minutes on the mock clock is refused, and a new one for the same cart goes through', async ({
    page,
    guard,
  }) => {
    guard.allow(/status of 422|failed response: 422/); // the expired quote, refused as the test wants

    const table = page.locator('license-table');
    await table.getByRole('button', { name: 'Buy licenses' }).click();
    const wizard = table.getByRole('dialog');
    await chooseByText(wizard.getByLabel('Product of line 1'), 'Live Reports');
    await wizard.getByLabel(/^Quantity( of line 1)?$/).fill('2');
    await wizard.getByRole('button', { name: 'Next' }).click();
    await wizard.getByRole('button', { name: 'Next' }).click();
    await wizard.getByLabel('I have read and understood this order and its charges.').check();

    // The quote stays open for an hour: the service refuses it, the cart stays. (The wizard is modal, so the
    // mock's clock moves through its control API, the call the demo's clock control makes.)
    await page.evaluate(async () => {
      const response = await fetch('http://localhost:4010/v1/__mock/clock', {
        method: 'POST',
        body: JSON.stringify({ advanceMs: 3_600_000 }),
      });
      if (!response.ok) throw new Error(`__mock/clock: ${response.status}`);
    });
    await wizard.getByRole('button', { name: /^Confirm the order/ }).click();
    await expect(wizard).toContainText('This quote has expired (quotes stay open 30 minutes)');
    await wizard.getByRole('button', { name: 'Get a new quote for this cart' }).click();
    // Back on the review of a new quote: its charges are confirmed anew.
    await expect(wizard.getByRole('heading', { name: 'Review the order' })).toBeVisible();
    await expect(
      wizard.getByLabel('I have read and understood this order and its charges.'),
    ).not.toBeChecked();
    await wizard.getByLabel('I have read and understood this order and its charges.').check();
    await wizard.getByRole('button', { name: /^Confirm the order/ }).click();
    await expect(wizard.locator('[part~="statement"]')).toContainText(/Order \S+/);
    await expect(wizard.locator('[part~="statement"]')).toContainText('Live Reports');
  });

  test('removes Connect Standard from a user and takes them out of every queue, freeing Contact Center', async ({
    page,
  }) => {
    const table = page.locator('license-table');
    const before = await inventory(page);

    await table.getByLabel('Search licenses').fill('Ada Martin Connect Standard');
    await table.getByRole('button', { name: 'Products of Ada Martin' }).first().click();
    const products = table.getByRole('dialog', { name: 'Products of Ada Martin' });
    await products.getByRole('checkbox', { name: /^Connect Standard/ }).uncheck();
    // Without Connect, Contact Center stays billed while she sits in queues: the panel says so, and offers more.
    const warning = products.locator('[part~="warning"]');
    await expect(warning).toContainText('Support FR');
    await expect(warning).toContainText('Renewals');
    await products.getByRole('checkbox', { name: /^Also remove Ada Martin from all 2 queues/ }).check();
    await products.getByRole('button', { name: 'Save products' }).click();
    await expect(
      table.getByText('The products of Ada Martin are saved, and Ada Martin left 2 queues.'),
    ).toBeVisible();

    const queues = await api<{ items: { name: string; members: { userId: string }[] }[] }>(
      page,
      'tok_a_admin',
      '/queues?limit=100',
    );
    for (const queue of queues.items) {
      expect(
        queue.members.map((m) => m.userId),
        `Ada left ${queue.name}`,
      ).not.toContain('usr_admin');
    }
    const userProducts = await api<{ products: { productId: string }[] }>(
      page,
      'tok_a_admin',
      '/users/usr_admin/products',
    );
    expect(userProducts.products.map((p) => p.productId)).not.toContain('prd_connect');
    const after = await inventory(page);
    for (const product of ['prd_connect', 'prd_cc']) {
      expect(after.get(product)?.assigned, `${product} assigned`).toBe(
        (before.get(product)?.assigned ?? 0) - 1,
      );
    }
    await endState(page, 'remove-connect-standard-clean-queues');
  });
});
