// The in-page half shared by the screenshot pages (states.ts, members-states.ts, license-table.ts): the state asked
// for, an in-page mock with clients on it, and the few DOM steps a state takes to reach what is photographed
// (find through shadow roots, type, wait until nothing is loading). The browser half is photograph.mjs.
import { createMockService, type ScenarioName } from '@allot/mock';
import { createClient, type Client } from '@allot/sdk';

export const BASE_URL = 'https://api.allot.test/v1';

/** The state of `?state=`, or `fallback`. */
export const stateParam = (fallback: string): string =>
  new URLSearchParams(location.search).get('state') ?? fallback;

/**
 * The language a state asks for: `fr` or `de` as a word of its name (`share-sent-fr-narrow`), never the start of
 * another word (`-default`, `-decline`).
 */
export const localeOf = (state: string): 'fr' | 'de' | undefined =>
  /-(fr|de)(?=-|$)/.exec(state)?.[1] as 'fr' | 'de' | undefined;

export const stage = document.getElementById('stage') as HTMLElement;

/** A mock service in the page, and clients that talk to it without retries (a failure shows at once). */
export function pageMock(scenario: ScenarioName) {
  const service = createMockService({ seed: 1, baseUrl: BASE_URL, scenario });
  const fetch = (request: Request) => service.handle(request);
  const client = (token: string): Client => createClient({ baseUrl: BASE_URL, token, fetch, retry: 0 });
  return { service, fetch, client };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function roots(el: Element): ShadowRoot[] {
  const out: ShadowRoot[] = [];
  const walk = (root: ShadowRoot) => {
    out.push(root);
    root.querySelectorAll('*').forEach((e) => e.shadowRoot && walk(e.shadowRoot));
  };
  if (el.shadowRoot) walk(el.shadowRoot);
  return out;
}

/** Waits until no part of the widget is busy or loading (at most `tries` × 20 ms). */
export async function settle(el: Element, tries = 300) {
  for (let i = 0; i < tries; i++) {
    await sleep(20);
    if (!roots(el).some((r) => r.querySelector('[aria-busy="true"], [part~="loading"]'))) return;
  }
}

const textOf = (node: Element) => node.textContent ?? '';

/** The first `selector` in the widget's shadow roots whose name (its text, by default) includes `text`. */
export function find<T extends Element>(el: Element, selector: string, text?: string, nameOf = textOf): T {
  for (const root of roots(el)) {
    for (const node of root.querySelectorAll<T>(selector)) {
      if (!text || nameOf(node).replace(/\s+/g, ' ').includes(text)) return node;
    }
  }
  throw new Error(`No ${selector} ${text ?? ''}`);
}

/** The control a label names: by its `for`, or the input inside it. */
export function controlOf(label: HTMLLabelElement): HTMLInputElement | null {
  return label.htmlFor
    ? ((label.getRootNode() as ShadowRoot).getElementById(label.htmlFor) as HTMLInputElement | null)
    : label.querySelector('input');
}

/** Types `value` into the control labelled `label`, as the user would (a select gets `change`). */
export async function type(el: Element, label: string, value: string, wait = 30) {
  const input = controlOf(find<HTMLLabelElement>(el, 'label', label));
  if (!input) throw new Error(`No control labelled ${label}`);
  input.value = value;
  input.dispatchEvent(
    new Event(input.tagName === 'SELECT' ? 'change' : 'input', { bubbles: true, composed: true }),
  );
  await sleep(wait);
}
