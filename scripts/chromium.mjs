// Finds a Chromium for browser tests: Playwright's own where it is installed, else the system's
// (Debian's `chromium`, which .ci/run installs). Fails with a clear message when there is neither.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const SYSTEM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Flags for a headless Chromium on a machine with a closed network and no sandbox support (root, containers). */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** @returns {string | undefined} an executable path, or undefined to let Playwright use its own browser */
export function findChromium() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (playwrightHasChromium()) return undefined;
  const system = SYSTEM_CANDIDATES.find((path) => existsSync(path));
  if (system) return system;
  throw new Error(
    'No Chromium found for the browser tests. Install one of:\n' +
      '  - Debian/Ubuntu: sudo apt-get install -y chromium\n' +
      '  - Playwright: npx playwright install chromium (needs network access to its CDN)\n' +
      'or set CHROMIUM_PATH to a Chromium or Chrome executable.',
  );
}

function playwrightHasChromium() {
  try {
    const script = "const {chromium}=require('playwright');process.stdout.write(chromium.executablePath())";
    const path = execFileSync(process.execPath, ['-e', script], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return path !== '' && existsSync(path);
  } catch {
    return false;
  }
}

/** Launch options for Playwright (and vitest's Playwright provider). */
export function chromiumLaunchOptions() {
  const executablePath = findChromium();
  return executablePath ? { executablePath, args: chromiumArgs } : { args: chromiumArgs };
}
