// axe on every page of the built demo, widgets and all (axe walks their shadow roots), in the states a
// reviewer lands on: each page as it opens, the gallery's views, and the pages' dialogs once opened.
import { AxeBuilder } from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, openDemo, test } from './fixtures.js';

/** The pages, and what shows that their widgets have loaded. */
const pages: readonly [path: string, ready: string | ((page: Page) => Locator)][] = [
  ['index.html', 'minutes-balance [part~="balance"]'],
  ['portals.html', '#portal-b minutes-balance [part~="balance"]'],
  // Its two copies are frames: axe goes into them too.
  ['conflicts.html', (page) => page.frameLocator('iframe[title$="copy 2"]').getByText(/^\d+ licenses/)],
  ['theming.html', '#preview minutes-balance [part~="balance"]'],
  ['components.html', '.live-example minutes-balance [part~="balance"]'],
  ['embed-html.html', 'minutes-balance [part~="balance"]'],
  ['embed-react.html', 'minutes-balance [part~="balance"]'],
  ['reference/index.html', 'h1'],
];

/** The violations on the page now, one line each: rule, and the elements it found. */
async function violations(page: Page): Promise<string[]> {
  // Every network read done and nothing loading: axe sees what a reader settles on.
  await page.waitForLoadState('networkidle');
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  const { violations: found } = await new AxeBuilder({ page }).analyze();
  return found.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' > ')).join(', ')}`);
}

for (const [path, ready] of pages) {
  test(`axe finds nothing on ${path}`, async ({ page }) => {
    // axe walks every node, shadow roots and frames included: the API reference alone has thousands.
    test.slow();
    if (path.startsWith('reference/')) {
      await page.goto(`${process.env['DEMO_URL']}/${path}`);
    } else {
      await openDemo(page, path);
    }
    await expect((typeof ready === 'string' ? page.locator(ready) : ready(page)).first()).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
}
