// The shared half of the screenshot scripts (scripts/screenshots*.mjs, scripts/license-table-shots.mjs): each
// only says which page and states to photograph and where the pictures go. The pages import the widgets'
// TypeScript sources straight from src/, so they are served by a Vite dev server rather than built first.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { createServer } from 'vite';
import { chromiumLaunchOptions } from '../../../../scripts/chromium.mjs';

/**
 * @typedef {import('playwright').Page} Page
 * @typedef {object} PhotographOptions
 * @property {string} page which states `scripts/shots/index.html` renders (`?page=`, see shell.ts)
 * @property {Array<[string, number]>} states state name and viewport width, photographed in this order
 * @property {string} [out] folder of the PNGs
 * @property {string[]} [only] state names to photograph (the command line's); empty for all
 * @property {(state: string) => string} [file] PNG name without `.png`; the state name by default
 * @property {string} [ready] selector the page matches once the state is fully rendered
 * @property {number} [timeout] ms to wait for `ready`
 * @property {number} [settle] ms to wait after `ready`, for transitions and focus rings to finish
 * @property {'light' | 'dark' | 'no-preference'} [colorScheme] `prefers-color-scheme` of the browser
 * @property {number} [height] viewport height; the whole page is photographed anyway
 * @property {(tab: Page, state: string) => Promise<void> | void} [beforeLoad] runs before the page loads
 * @property {(tab: Page, state: string) => Promise<void> | void} [afterReady] runs before the screenshot
 */

/**
 * Photographs each state of `scripts/shots/index.html?page=<page>&state=<state>` in headless Chromium and prints each PNG's path.
 * @param {PhotographOptions} options
 * @returns {Promise<string[]>} the paths of the PNGs written
 */
export async function photograph({
  page,
  states,
  out = '/tmp/widget-shots',
  only = [],
  file = (state) => state,
  ready = 'body[data-ready="true"]',
  timeout = 20_000,
  settle = 150,
  // The dark states ask for the dark theme by attribute; every other state must stay light whatever the host prefers.
  colorScheme = 'light',
  height = 900,
  beforeLoad,
  afterReady,
}) {
  mkdirSync(out, { recursive: true });
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const server = await createServer({ root, logLevel: 'error', server: { port: 0, host: '127.0.0.1' } });
  const written = [];
  try {
    await server.listen();
    const { port } = server.httpServer.address();
    const browser = await chromium.launch(chromiumLaunchOptions());
    try {
      for (const [state, width] of states.filter(([s]) => only.length === 0 || only.includes(s))) {
        const tab = await browser.newPage({ viewport: { width, height }, colorScheme });
        tab.on('pageerror', (error) => console.error(`${state}: ${error.message}`));
        await beforeLoad?.(tab, state);
        await tab.goto(
          `http://127.0.0.1:${port}/scripts/shots/index.html?page=${page}&state=${encodeURIComponent(state)}`,
        );
        await tab.waitForSelector(ready, { timeout });
        await tab.waitForTimeout(settle);
        await afterReady?.(tab, state);
        const path = `${out}/${file(state)}.png`;
        await tab.screenshot({ path, fullPage: true });
        await tab.close();
        console.log(path);
        written.push(path);
      }
    } finally {
      await browser.close();
    }
  } finally {
    await server.close();
  }
  return written;
}
