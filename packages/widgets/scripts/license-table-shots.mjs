// Photographs every <license-table> state of scripts/shots/license-table.ts in headless Chromium:
// /tmp/widget-shots/license-table-<state>.png. Usage: node scripts/license-table-shots.mjs [state…]
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { createServer } from 'vite';
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs';

const STATES = [
  ['table', 1100],
  ['table-dark', 1100],
  ['table-fr', 1100],
  ['table-de-dark', 1100],
  ['table-narrow', 375],
  ['table-user-manager', 1100],
  ['table-read-only', 1100],
  ['table-forbidden', 1100],
  ['table-empty', 1100],
  ['table-loading', 1100],
  ['table-error', 1100],
  ['table-large', 1100],
  ['table-large-filtered', 1100],
  ['filter-open', 1100],
  ['filter-open-dark', 1100],
  ['filtered-empty', 1100],
  ['search', 1100],
  ['keyboard', 1100],
  ['assign', 1100],
  ['assign-dark', 1100],
  ['assign-error', 1100],
  ['unassign', 1100],
  ['unassign-notice', 1100],
  ['products', 1100],
  ['products-dark', 1100],
  ['products-fr', 1100],
  ['products-warning', 1100],
  ['products-no-free', 1100],
  ['purchase-cart', 1100],
  ['purchase-allocate', 1100],
  ['purchase-allocate-dark', 1100],
  ['purchase-review', 1100],
  ['purchase-terms', 1100],
  ['purchase-statement', 1100],
  ['purchase-print', 1100],
  ['delete', 1100],
  ['delete-review', 1100],
  ['xss', 1100],
];

const out = '/tmp/widget-shots';
mkdirSync(out, { recursive: true });
const only = process.argv.slice(2);
const root = fileURLToPath(new URL('..', import.meta.url));
const server = await createServer({ root, logLevel: 'error', server: { port: 0, host: '127.0.0.1' } });
await server.listen();
const { port } = server.httpServer.address();
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  for (const [state, width] of STATES.filter(([s]) => only.length === 0 || only.includes(s))) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: 'light' });
    page.on('pageerror', (error) => console.error(`${state}: ${error.message}`));
    if (state.endsWith('print')) await page.emulateMedia({ media: 'print' });
    await page.goto(`http://127.0.0.1:${port}/scripts/shots/license-table.html?state=${state}`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
    await page.waitForTimeout(150);
    if (await page.evaluate(() => document.body.dataset.xss))
      console.error(`${state}: a server string ran as HTML`);
    await page.screenshot({ path: `${out}/license-table-${state}.png`, fullPage: true });
    await page.close();
    console.log(`${out}/license-table-${state}.png`);
  }
} finally {
  await browser.close();
  await server.close();
}
