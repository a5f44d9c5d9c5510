// Makes sure the browser suites have a Chromium before anything runs: Playwright's, the system's, or
// CHROMIUM_PATH (scripts/chromium.mjs). Where none is found and this user may install Debian packages (root,
// or password-less sudo), it installs Debian's `chromium`, as a fresh CI machine needs; otherwise it says the
// one command to run.
import { spawnSync } from 'node:child_process';
import { findChromium } from './chromium.mjs';

const INSTALL = 'sudo apt-get install -y chromium';

function has(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/** How to run a command as root here, or undefined when we cannot without asking for a password. */
function asRoot() {
  if (process.getuid?.() === 0) return [];
  if (has('sudo') && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0)
    return ['sudo', '-n'];
  return undefined;
}

function found() {
  try {
    findChromium();
    return true;
  } catch {
    return false;
  }
}

/** @returns {string | undefined} undefined when a Chromium is there (now), else what to tell the user */
export function ensureChromium() {
  if (found()) return undefined;
  const root = asRoot();
  if (!has('apt-get') || root === undefined) {
    return `No Chromium found for the browser tests, and this user cannot install one.\nRun: ${INSTALL}\n(or set CHROMIUM_PATH to a Chromium or Chrome executable)`;
  }
  console.log("No Chromium found for the browser tests: installing Debian's chromium (apt-get)…");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const run = (args) => {
    const [command, ...rest] = [...root, ...args];
    return spawnSync(command, rest, { stdio: ['ignore', 'ignore', 'inherit'], env }).status === 0;
  };
  if (
    !run(['apt-get', 'update', '-qq']) ||
    !run(['apt-get', 'install', '-y', '-qq', 'chromium']) ||
    !found()
  ) {
    return `Installing Chromium failed (see above).\nRun: ${INSTALL}`;
  }
  console.log('Chromium installed.');
  return undefined;
}
