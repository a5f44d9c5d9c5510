// What every journey shares: a guard that fails the test on any console error, page error or CSP violation;
// opening a demo page once its in-page mock runs; reading the API as a given user; the end-state screenshot.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test as base, type Locator, type Page } from '@playwright/test';
import { testNow } from '../../scripts/test-clock.mjs';

declare global {
  interface Window {
    /** CSP violations of the page, as `securitypolicyviolation` events report them. */
    __cspViolations?: string[];
  }
}

export const ARTIFACTS = join(import.meta.dirname, 'artifacts');

export interface Guard {
  /** Console errors, page errors and CSP violations seen so far (checked again when the test ends). */
  readonly problems: string[];
  /** Accepts console errors matching `pattern` (e.g. the failed loads of a test that injects faults). */
  allow(pattern: RegExp): void;
}

export const test = base.extend<{ guard: Guard }>({
  guard: [
    async ({ page }, use) => {
      const problems: string[] = [];
      const allowed: RegExp[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      // The console says only "Failed to load resource"; the failed responses say which.
      page.on('response', (response) => {
        if (response.status() >= 400) {
          problems.push(
            `failed response: ${response.status()} ${response.request().method()} ${response.url()}`,
          );
        }
      });
      // Violations are reported twice on purpose: Chromium logs a console error, and the event says which
      // directive and which source, also for violations the console would not show.
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const text = `CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`;
          (window.__cspViolations ??= []).push(text);
          console.error(text);
        });
      });
      await use({ problems, allow: (pattern) => allowed.push(pattern) });
      const unexpected = problems.filter((problem) => !allowed.some((pattern) => pattern.test(problem)));
      // A failed response alone is a widget's business (it may show it); with a console error it explains it.
      const fails = unexpected.some((problem) => !problem.startsWith('failed response'));
      expect(fails ? unexpected : [], 'no console error, page error or CSP violation').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * The demo's URL (served by global-setup), with the mock's clock pinned (`?now=`) to the instant of the test's
 * project (playwright.config.ts), so a journey sees the same months and due dates on any day.
 */
export function demoUrl(path: string): string {
  const base = process.env['DEMO_URL'];
  if (!base) throw new Error('DEMO_URL is not set: the e2e global setup starts the demo server.');
  const now = String(test.info().project.metadata['now'] ?? testNow());
  const [page = '', hash] = path.split('#');
  const pinned = `${page}${page.includes('?') ? '&' : '?'}now=${encodeURIComponent(now)}`;
  return `${base}/${pinned}${hash === undefined ? '' : `#${hash}`}`;
}

/** Opens a demo page and waits until its in-page mock service answers. */
export async function openDemo(page: Page, path: string): Promise<void> {
  await page.goto(demoUrl(path));
  await expect(page.locator('#mock-status')).toHaveText(/Mock service running/, { timeout: 20_000 });
}

/** Reads the mock API as the user of `token`, from inside the page (the page's service worker answers). */
export async function api<T = Record<string, unknown>>(page: Page, token: string, path: string): Promise<T> {
  return page.evaluate(
    async ({ path: p, token: t }) => {
      const response = await fetch(`http://localhost:4010/v1${p}`, {
        headers: { Authorization: `Bearer ${t}` },
      });
      if (!response.ok) throw new Error(`GET ${p}: ${response.status} ${await response.text()}`);
      return (await response.json()) as T;
    },
    { path, token },
  );
}

/** Calls the mock's control API (`__mock/…`) from inside the page. */
export async function control(page: Page, method: string, route: string, body?: unknown): Promise<void> {
  await page.evaluate(
    async ({ method: m, route: r, body: b }) => {
      const response = await fetch(`http://localhost:4010/v1/__mock/${r}`, {
        method: m,
        headers: { 'Content-Type': 'application/json' },
        body: b === undefined ? null : JSON.stringify(b),
      });
      if (!response.ok) throw new Error(`${m} __mock/${r}: ${response.status}`);
    },
    { method, route, body },
  );
}

/** Keeps a screenshot of the journey's end state in test/e2e/artifacts/. */
export async function endState(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** An account card of `<minutes-balance>` by its title (and, to tell two apart, more of its text). */
export function accountCard(scope: Locator, title: string, hasText?: string | RegExp): Locator {
  let cards = scope
    .locator('minutes-balance [part~="account"]')
    .filter({ has: scope.page().getByRole('heading', { name: title, exact: true }) });
  if (hasText !== undefined) cards = cards.filter({ hasText });
  return cards;
}

/** The balance figure of an account card, e.g. "1,000 minutes". */
export function balanceOf(card: Locator): Locator {
  return card.locator('[part~="balance"]');
}

export interface Account {
  id: string;
  title: string;
  balance: number;
  access: 'owned' | 'shared';
  isDefault: boolean;
}

export async function accounts(
  page: Page,
  token: string,
): Promise<{ items: Account[]; defaultAccountId: string }> {
  return api(page, token, '/minute-accounts');
}
