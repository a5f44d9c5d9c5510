#!/usr/bin/env node
// Photographs every page and gallery state of the built demo (served as a static host would, with the CSP as
// a header) and reports any console error or CSP violation. For design review, and for docs/demo.png:
//   node scripts/screenshots.mjs [outDir=/tmp/demo-shots] [only-name-substring]
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs';
import { startStaticServer } from '../../../test/e2e/static-server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const [outDir = '/tmp/demo-shots', only] = process.argv.slice(2);

const states = [
  'normal',
  'loading',
  'empty',
  'error',
  'network',
  'member',
  'user-manager',
  'large',
  'narrow',
  'dark',
  'fr',
  'de',
];
const changes = {
  normal: '',
  loading: 'net=loading',
  empty: 'data=empty',
  error: 'fault=unavailable',
  network: 'fault=network',
  member: 'as=tok_a_member',
  'user-manager': 'as=tok_a_user_manager',
  large: 'data=large',
  narrow: 'width=360',
  dark: 'theme=dark',
  fr: 'locale=fr',
  de: 'locale=de',
};
const views = [
  'minutes-balance',
  'share-dialog',
  'license-table',
  'inactive-members-pruner',
  'member-invite',
  'member-invite-invitee',
];

/** name, path, and what to photograph: the viewport, or the gallery's stage (the widget alone). */
const shots = [
  ['gallery-all', 'index.html#view=all', false],
  ...views.flatMap((view) =>
    states.map((state) => [`gallery-${view}-${state}`, `index.html#view=${view}&${changes[state]}`, 'stage']),
  ),
  ['portals', 'portals.html', false],
  ['theming', 'theming.html', false],
  ['embed-html', 'embed-html.html', false],
  ['embed-react', 'embed-react.html', false],
  ['reference', 'reference/index.html', false],
].filter(([name]) => !only || name.includes(only));

mkdirSync(outDir, { recursive: true });
const server = await startStaticServer(join(here, '../dist'));
const browser = await chromium.launch(chromiumLaunchOptions());
let problems = 0;
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  for (const [name, path, what] of shots) {
    const page = await context.newPage();
    const seen = [];
    page.on('console', (message) => message.type() === 'error' && seen.push(`console: ${message.text()}`));
    page.on('pageerror', (error) => seen.push(`page error: ${error.message}`));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(
          `CSP violation: ${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`,
        );
      });
    });
    await page.goto(`${server.url}/${path}`, { waitUntil: 'load' });
    await page.waitForTimeout(
      name.endsWith('-large') ? 6000 : name.includes('-error') || name.includes('-network') ? 4000 : 1500,
    );
    const file = join(outDir, `${name}.png`);
    if (what === 'stage') await page.locator('#stage').screenshot({ path: file });
    else await page.screenshot({ path: file });
    for (const problem of seen) console.error(`${name}: ${problem}`);
    problems += seen.length;
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`${shots.length} screenshots in ${outDir}; ${problems} console errors or CSP violations`);
