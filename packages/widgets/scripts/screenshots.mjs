// Photographs every widget state of scripts/shots/ in headless Chromium: /tmp/widget-shots/<state>.png.
// Usage: node scripts/screenshots.mjs [state…]
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { createServer } from 'vite';
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs';

const STATES = [
  ['balance', 1000],
  ['balance-dark', 1000],
  ['balance-fr', 1000],
  ['balance-de-dark', 1000],
  ['balance-narrow', 360],
  ['balance-member', 1000],
  ['balance-empty', 1000],
  ['balance-invitation', 1000],
  ['balance-invitation-dark', 1000],
  ['balance-loading', 1000],
  ['balance-error', 1000],
  ['balance-forbidden', 1000],
  ['buy', 1000],
  ['buy-review', 1000],
  ['transfer-error', 1000],
  ['transfer-error-dark', 1000],
  ['project-delete', 1000],
  ['share', 1000],
  ['share-dark', 1000],
  ['share-minutes-failed', 1000],
  ['share-sent', 1000],
  ['share-revoke', 1000],
  ['share-resend', 1000],
  ['share-xss', 1000],
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
    await page.goto(`http://127.0.0.1:${port}/scripts/shots/index.html?state=${state}`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 20_000 });
    await page.waitForTimeout(150);
    await page.screenshot({ path: `${out}/${state}.png`, fullPage: true });
    await page.close();
    console.log(`${out}/${state}.png`);
  }
} finally {
  await browser.close();
  await server.close();
}
