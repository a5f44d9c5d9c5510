// Photographs every state of <inactive-members-pruner> and <member-invite> (scripts/shots/members-states.ts)
// in headless Chromium: /tmp/widget-shots/<widget>-<state>.png. Usage: node scripts/screenshots-members.mjs [state…]
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { createServer } from 'vite';
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs';

const PRUNER = [
  'pruner',
  'pruner-dark',
  'pruner-fr',
  'pruner-de-dark',
  'pruner-manager',
  'pruner-empty',
  'pruner-loading',
  'pruner-error',
  'pruner-forbidden',
  'pruner-archive',
  'pruner-archive-dark',
  'pruner-remove',
  'pruner-confirm',
  'pruner-stale',
  'pruner-progress',
  'pruner-done',
  'pruner-done-dark',
  'pruner-month',
];
const INVITE = [
  'invite',
  'invite-dark',
  'invite-fr',
  'invite-de',
  'invite-results',
  'invite-results-dark',
  'invite-invalid',
  'invite-licensed',
  'invite-revoke',
  'invite-loading',
  'invite-error',
  'invite-forbidden',
  'invite-readonly',
  'invitee',
  'invitee-dark',
  'invitee-fr',
  'invitee-choose',
  'invitee-accepted',
  'invitee-unpaid',
  'invitee-unpaid-tried',
  'invitee-cancelling',
  'invitee-linked',
  'invitee-linked-tried-dark',
  'invitee-free',
  'invitee-empty',
  'invitee-de',
];
const STATES = [...PRUNER, ...INVITE]
  .flatMap((s) => [[s, 1000]])
  .concat([
    ['pruner-narrow', 375],
    ['invite-narrow', 375],
    ['invitee-narrow', 375],
  ]);

const out = '/tmp/widget-shots';
mkdirSync(out, { recursive: true });
const only = process.argv.slice(2);
const root = fileURLToPath(new URL('..', import.meta.url));
const server = await createServer({ root, logLevel: 'error', server: { port: 0, host: '127.0.0.1' } });
await server.listen();
const { port } = server.httpServer.address();
const browser = await chromium.launch(chromiumLaunchOptions());
const name = (state) =>
  state.startsWith('pruner')
    ? `inactive-members-pruner-${state.slice(7) || 'default'}`
    : state.startsWith('invitee')
      ? `member-invite-${state}`
      : `member-invite-${state.slice(7) || 'default'}`;
try {
  for (const [state, width] of STATES.filter(([s]) => only.length === 0 || only.includes(s))) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: 'light' });
    page.on('pageerror', (error) => console.error(`${state}: ${error.message}`));
    await page.goto(`http://127.0.0.1:${port}/scripts/shots/members.html?state=${state}`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
    await page.waitForTimeout(150);
    await page.screenshot({ path: `${out}/${name(state)}.png`, fullPage: true });
    await page.close();
    console.log(`${out}/${name(state)}.png`);
  }
} finally {
  await browser.close();
  await server.close();
}
