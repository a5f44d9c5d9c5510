/**
 * What the widget tests share: a real mock service in the page (the SDK's `fetch` hands each request to it,
 * no service worker needed), mounting, settling, filling forms like a user, reading the live region, and axe.
 */
import { createMockService, tokens, type MockService, type ScenarioName } from '@allot/mock';
import { createClient, type Client } from '@allot/sdk';
import axe from 'axe-core';
import { LitElement, render, type TemplateResult } from 'lit';
import { afterEach, expect, inject, vi } from 'vitest';
import { page, userEvent, type Locator } from 'vitest/browser';
import { LocaleController, type LocaleTag, type StringModule } from '../src/base/i18n.js';
import '../src/index.js';

export const BASE_URL = 'https://api.allot.test/v1';

/**
 * The instant the mock's clock stands at in every test (epoch ms): the suite's fixed instant, or the one the
 * date-shift run gives (ALLOT_TEST_NOW). Expectations about dates, months and invoice numbers derive from it,
 * never from today.
 */
export const TEST_NOW = Date.parse(inject('testNow'));

declare module 'vitest' {
  export interface ProvidedContext {
    testNow: string;
    /** False in the date-shift runs (scripts/any-day.mjs), which leave axe to the run at the suite's instant. */
    checkAccessibility: boolean;
  }
}

export type Who = 'a_admin' | 'a_super_admin' | 'a_member' | 'a_user_manager' | 'b_admin' | 'b_member';

const TOKENS: Record<Who, string> = {
  a_admin: tokens.a.admin,
  a_super_admin: tokens.a.super_admin,
  a_member: tokens.a.member,
  a_user_manager: tokens.a.user_manager,
  b_admin: tokens.b.admin,
  b_member: tokens.b.member,
};

export interface Api {
  service: MockService;
  /** A client acting as one user, talking to the in-page mock. No retries: a failure shows at once. */
  as(who: Who): Client;
  /** The `fetch` the clients use: every request goes to the mock service. */
  fetch: (request: Request) => Promise<Response>;
  /** Every request the widgets sent, in order (method and path). */
  requests: string[];
  /** The next request matching `pattern` ("POST /shares") is carried out, but its answer is lost on the way back. */
  loseNextAnswer(pattern: string): void;
  /** Requests wait until the returned function is called (to see loading states). */
  hold(): () => void;
}

/** A fresh mock service with the default scenario: portal A's pool, "Team Berlin", "EMEA sales", shares with B. */
export function mockApi(scenario: ScenarioName = 'default'): Api {
  // A frozen clock: only the test moves it (`service.advance`), so nothing depends on how long a test takes.
  const service = createMockService({
    scenario,
    seed: 1,
    baseUrl: BASE_URL,
    validateResponses: true,
    clock: () => TEST_NOW,
  });
  const requests: string[] = [];
  const lose = new Set<string>();
  let held: Promise<void> | undefined;
  const fetch = async (request: Request) => {
    const line = `${request.method} ${new URL(request.url).pathname.replace('/v1/', '/')}`;
    requests.push(line);
    await held;
    const response = await service.handle(request);
    for (const pattern of lose) {
      if (line === pattern) {
        lose.delete(pattern);
        throw new TypeError('Failed to fetch');
      }
    }
    return response;
  };
  return {
    service,
    fetch,
    requests,
    loseNextAnswer: (pattern) => void lose.add(pattern),
    hold: () => {
      let release = () => {};
      held = new Promise((resolve) => (release = resolve));
      return () => {
        held = undefined;
        release();
      };
    },
    as: (who) => createClient({ baseUrl: BASE_URL, token: TOKENS[who], fetch, retry: 0 }),
  };
}

const hosts: HTMLElement[] = [];
afterEach(() => {
  vi.useRealTimers(); // a test that faked time and failed half-way must not leave it fake for the next one
  for (const host of hosts.splice(0)) {
    render(null, host);
    host.remove();
  }
  document.documentElement.lang = '';
});

/** Renders the template into the page and returns its element matching `selector` (default: the first). */
export async function mount<T extends HTMLElement>(template: TemplateResult, selector?: string): Promise<T> {
  const host = document.createElement('div');
  document.body.append(host);
  hosts.push(host);
  render(template, host);
  const element = (selector ? host.querySelector(selector) : host.firstElementChild) as T | null;
  if (!element) throw new Error(`Nothing matches ${selector ?? 'the template'}`);
  await settle(element);
  return element;
}

/** The widget tags that load their own data through a client. */
type DataWidgetTag = 'minutes-balance' | 'license-table' | 'inactive-members-pruner' | 'member-invite';

/**
 * Mounts a widget as `who` while the API holds every answer, so its loading state can be looked at;
 * `release()` lets the answers through and waits until the widget settles.
 */
export async function mountWhileLoading<K extends DataWidgetTag>(
  api: Api,
  tag: K,
  who: Who = 'a_admin',
): Promise<{ el: HTMLElementTagNameMap[K]; release: () => Promise<void> }> {
  const releaseAnswers = api.hold();
  const host = document.createElement('div');
  document.body.append(host);
  hosts.push(host);
  const el = document.createElement(tag);
  el.client = api.as(who);
  host.append(el);
  await el.updateComplete;
  return {
    el,
    release: async () => {
      releaseAnswers();
      await settle(el);
    },
  };
}

function* shadowRoots(root: Element | ShadowRoot): Generator<ShadowRoot> {
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) {
      yield element.shadowRoot;
      yield* shadowRoots(element.shadowRoot);
    }
  }
}

/** Every shadow root under `element`, its own first. */
export function rootsOf(element: Element): ShadowRoot[] {
  return element.shadowRoot
    ? [element.shadowRoot, ...shadowRoots(element.shadowRoot)]
    : [...shadowRoots(element)];
}

function busy(element: Element): boolean {
  return rootsOf(element).some((root) => root.querySelector('[aria-busy="true"], [part~="loading"]'));
}

/**
 * How long a helper waits for the page to get somewhere (settled, a control there, focus moved). A wait, not a
 * performance bar: on a loaded two-core CI machine the first widget of a file can take seconds to load its chunks.
 */
export const WAIT_MS = 20_000;

/** Waits until the widget (and the widgets inside it) show no loading state. */
export async function settle(element: Element): Promise<void> {
  await expect.poll(() => !busy(element), { timeout: WAIT_MS, interval: 20 }).toBe(true);
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** Text of the element as a reader gets it, across its shadow roots, whitespace collapsed. */
export function textOf(element: Element): string {
  const collect = (node: Node): string => {
    if (node instanceof Text) return node.data;
    if (node instanceof Element && ['STYLE', 'SCRIPT'].includes(node.tagName)) return '';
    const children =
      node instanceof Element && node.shadowRoot ? node.shadowRoot.childNodes : node.childNodes;
    return [...children].map(collect).join(' ');
  };
  return collect(element).replace(/\s+/g, ' ').trim();
}

/** A locator inside the widget (Playwright's locators see through shadow roots). */
export function within(element: Element): Locator {
  return page.elementLocator(element);
}

/** The button with this accessible name (or whose name starts with it, before a “:”). */
export function button(element: Element, name: string | RegExp): Locator {
  return within(element).getByRole('button', {
    name: typeof name === 'string' ? new RegExp(`^${escape(name)}(:.*)?$`) : name,
  });
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The one permission rule: an action the role lacks is shown, disabled, says why (its accessible description
 * and text on screen), and pressing it opens nothing.
 */
export async function expectDisabledWithReason(
  element: Element,
  name: string,
  reason: string,
): Promise<void> {
  const target = button(element, name).first();
  await expect.element(target).toHaveAttribute('aria-disabled', 'true');
  await expect.element(target).toHaveAccessibleDescription(reason);
  // Forced: Playwright will not click what it sees as disabled; a user still can.
  await userEvent.click(target, { force: true });
  await settle(element);
  for (const root of rootsOf(element)) expect(root.querySelector('dialog[open]')).toBeNull();
}

export async function click(element: Element, name: string | RegExp): Promise<void> {
  await userEvent.click(button(element, name));
}

/** The form control whose label reads exactly `label` (a `<label>` or `aria-labelledby`), in the widget. */
export function control(element: Element, label: string): HTMLInputElement {
  const found = findControl(element, label);
  if (!found) throw new Error(`No field labelled “${label}”`);
  return found;
}

function findControl(element: Element, label: string): HTMLInputElement | undefined {
  for (const root of rootsOf(element)) {
    for (const node of root.querySelectorAll('label')) {
      if (node.textContent?.trim() === label && node.control) return node.control as HTMLInputElement;
    }
    for (const node of root.querySelectorAll<HTMLInputElement>(
      'input[aria-labelledby], select[aria-labelledby], textarea[aria-labelledby]',
    )) {
      const ids = node.getAttribute('aria-labelledby')!.split(' ');
      if (ids.map((id) => root.getElementById(id)?.textContent?.trim()).join(' ') === label) return node;
    }
  }
  return undefined;
}

/** The control labelled `label`, once it is there (a form may still be loading). */
export async function controlOf(element: Element, label: string): Promise<HTMLInputElement> {
  await expect.poll(() => findControl(element, label), { timeout: WAIT_MS }).toBeTruthy();
  return control(element, label);
}

const ROLES: Record<string, 'spinbutton' | 'combobox' | 'radio' | 'checkbox' | 'textbox'> = {
  number: 'spinbutton',
  'select-one': 'combobox',
  radio: 'radio',
  checkbox: 'checkbox',
};

/** A locator of the control labelled `label`, once it is there, found by its role and name. */
export async function field(element: Element, label: string): Promise<Locator> {
  const input = await controlOf(element, label);
  return within(element).getByRole(ROLES[input.type] ?? 'textbox', { name: label, exact: true });
}

/** Focuses the button with this name once it is there, as Tab would. */
export async function focusButton(element: Element, name: string | RegExp): Promise<void> {
  const locator = button(element, name);
  await expect.element(locator).toBeInTheDocument();
  (locator.element() as HTMLElement).focus();
}

/** Fills fields by their label, as a user types. Empty string clears. */
export async function fill(element: Element, values: Record<string, string>): Promise<void> {
  for (const [label, value] of Object.entries(values))
    await userEvent.fill(await field(element, label), value);
}

/** The element that has focus, looking inside shadow roots. */
export function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Waits until `target` (or the element it finds, once there) has focus. */
export async function expectFocusOn(target: Element | Locator | (() => Element)): Promise<void> {
  const element = () => {
    try {
      return typeof target === 'function' ? target() : target instanceof Element ? target : target.element();
    } catch {
      return undefined;
    }
  };
  await expect.poll(() => focused() === element(), { timeout: WAIT_MS }).toBe(true);
}

/** The text of every live region of the widget. */
export function announcements(element: Element): string {
  return rootsOf(element)
    .flatMap((root) => [...root.querySelectorAll('[role="status"]')])
    .map((region) => region.textContent?.replace(/\s+/g, ' ').trim() ?? '')
    .join(' | ');
}

/** Runs axe on the widget (its shadow DOM included) and fails with the list of violations, if any. */
export async function expectAccessible(element: Element): Promise<void> {
  // The date-shift runs check dates, not accessibility: what axe checks does not change with the clock, and
  // at a fifth of a widget run's time it is checked once, at the suite's own instant.
  if (!inject('checkAccessibility')) return;
  const result = await axe.run(element, { resultTypes: ['violations'] });
  const violations = result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
  );
  expect(violations, violations.join('\n')).toEqual([]);
}

/** The balance of an account as the API says now. */
export async function balanceOf(api: Api, accountId: string, who: Who = 'a_admin'): Promise<number> {
  const { data } = await api.as(who).minutes.accounts.get(accountId);
  return data.balance;
}

interface Matchers<R = unknown> {
  /** The widget's live region says `text` (waits for it). */
  toAnnounce(text: string): Promise<R>;
  /** The widget shows `text` somewhere (waits for it). */
  toShowText(text: string): Promise<R>;
}

declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Assertion<T> extends Matchers<T> {}
}

async function eventually(check: () => boolean, timeout = 3000): Promise<boolean> {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return check();
}

expect.extend({
  async toAnnounce(received: Element, text: string) {
    const pass = await eventually(() => announcements(received).includes(text));
    return {
      pass,
      message: () =>
        `expected the live region to ${pass ? 'not ' : ''}say “${text}”, it says “${announcements(received)}”`,
    };
  },
  async toShowText(received: Element, text: string) {
    const pass = await eventually(() => textOf(received).includes(text));
    return {
      pass,
      message: () =>
        `expected the widget to ${pass ? 'not ' : ''}show “${text}”; it shows “${textOf(received)}”`,
    };
  },
});

class LocaleHost extends LitElement {}
customElements.define('allot-test-locale-host', LocaleHost);

/** A localisation controller speaking `locale`, its strings loaded: the common ones and `modules`. */
export async function speaking(locale: LocaleTag, ...modules: StringModule[]): Promise<LocaleController> {
  const controller = new LocaleController(new LocaleHost(), () => [locale], modules);
  controller.hostUpdate();
  await controller.whenReady();
  controller.hostUpdate();
  return controller;
}
