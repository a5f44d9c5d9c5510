#!/usr/bin/env node
// Takes a headless-Chromium screenshot of a page, to look at what a change shows a person:
//   node scripts/screenshot.mjs <url> <out.png> [--width 1280] [--height 900] [--wait-for <selector>] [--dark]
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from './chromium.mjs';

const [url, out, ...rest] = process.argv.slice(2);
if (!url || !out)
  throw new Error('usage: screenshot.mjs <url> <out.png> [--width N] [--height N] [--wait-for sel] [--dark]');
const flag = (name) => {
  const i = rest.indexOf(`--${name}`);
  return i === -1 ? undefined : rest[i + 1];
};
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const page = await browser.newPage({
    viewport: { width: Number(flag('width') ?? 1280), height: Number(flag('height') ?? 900) },
    colorScheme: rest.includes('--dark') ? 'dark' : 'light',
  });
  const problems = [];
  page.on('console', (msg) => msg.type() === 'error' && problems.push(msg.text()));
  page.on('pageerror', (error) => problems.push(String(error)));
  await page.goto(url, { waitUntil: 'networkidle' });
  const waitFor = flag('wait-for');
  if (waitFor) await page.waitForSelector(waitFor, { timeout: 15_000 });
  await page.screenshot({ path: out, fullPage: true });
  for (const problem of problems) console.error(`console: ${problem}`);
} finally {
  await browser.close();
}
