// The gallery: every widget in every state. The controls drive the in-page mock (scenario, latency, faults)
// and the widgets' configuration (token, theme, locale, width); the state is in the URL hash.
import '@allot/widgets';
import { demoTokens, type DemoToken, type MockService } from '@allot/mock';
import { byId, h, selectField } from '../shared/dom.js';
import { clockControl } from '../shared/clock.js';
import { mountEventLog } from '../shared/event-log.js';
import { BASE_URL, startDemoMock } from '../shared/mock.js';
import {
  allTopics,
  provider,
  storeOf,
  views,
  widget,
  widgetMeta,
  type WidgetView,
} from '../shared/widgets.js';
import {
  faults,
  faultSettings,
  locales,
  namedStates,
  networks,
  normal,
  parseHash,
  sameState,
  scenarios,
  themes,
  toHash,
  widths,
  type GalleryState,
} from './state.js';

const form = byId<HTMLFormElement>('controls');
const matrix = byId('matrix');
const stage = byId('stage');
const summary = byId('state-summary');

let service: MockService;
let tokens: DemoToken[] = [];
let loadedScenario: string | undefined;

const tokenLabel = (token: DemoToken) =>
  `${token.portalName}: ${token.userName} (${token.role.replace('_', ' ')})`;

function go(state: GalleryState) {
  const hash = toHash(state);
  if (location.hash === hash) void apply(state);
  else location.hash = hash;
}

// --- Controls -------------------------------------------------------------------------------------------

const viewOptions: readonly (readonly [string, string])[] = [
  ['all', 'All widgets'],
  ...views.map((view) => [view.id, view.label] as const),
];

function buildControls(state: GalleryState) {
  const field = (
    name: keyof GalleryState,
    label: string,
    options: readonly (readonly [string, string])[],
    value: string,
  ) => {
    const { field: wrapper, select } = selectField(label, options, value, { name });
    select.addEventListener('change', () => {
      const next = { ...parseHash(location.hash) };
      if (name === 'width') next.width = Number(select.value);
      else (next as unknown as Record<string, string>)[name] = select.value;
      go(next);
    });
    return wrapper;
  };
  const tokenOptions: [string, string][] = [
    ['', "Each widget's usual user (an admin)"],
    ...tokens.map((token): [string, string] => [token.token, tokenLabel(token)]),
  ];
  const reset = h('button', { type: 'button', class: 'secondary' }, 'Reset the data');
  reset.addEventListener('click', () => {
    loadedScenario = undefined;
    void apply(parseHash(location.hash));
  });
  form.replaceChildren(
    field('view', 'Widget', viewOptions, state.view),
    field('data', 'Data (mock scenario)', Object.entries(scenarios), state.data),
    field('as', 'Signed in as (token)', tokenOptions, state.as),
    field('net', 'Network', Object.entries(networks), state.net),
    field('fault', 'Faults', Object.entries(faults), state.fault),
    field('theme', 'Theme', Object.entries(themes), state.theme),
    field('locale', 'Language', Object.entries(locales), state.locale),
    field(
      'width',
      'Container width',
      widths.map((width) => [String(width), width === 0 ? 'Full width' : `${width} px`] as const),
      String(state.width),
    ),
    h('div', { class: 'row' }, reset),
    h(
      'p',
      { class: 'muted' },
      'Faults and latency apply to every request of the in-page mock; data changes stay until you reset.',
    ),
    // Moving the service's clock changes what is due or expired: every widget on the stage reads again.
    clockControl(service, () => {
      for (const wrapper of stage.querySelectorAll('allot-provider')) storeOf(wrapper)?.changed(...allTopics);
    }),
  );
}

function syncControls(state: GalleryState) {
  for (const [name, value] of Object.entries(state)) {
    const control = form.elements.namedItem(name);
    if (control instanceof HTMLSelectElement) control.value = String(value);
  }
}

// --- The matrix of named states --------------------------------------------------------------------------

function buildMatrix(state: GalleryState) {
  const table = h('table', { class: 'matrix' });
  table.createCaption().textContent = 'Every widget in every state: pick a cell';
  const head = table.createTHead().insertRow();
  head.append(h('th', { scope: 'col' }, 'Widget'));
  for (const named of namedStates) head.append(h('th', { scope: 'col' }, named.label));
  const body = table.createTBody();
  for (const [viewId, viewLabel] of viewOptions) {
    const row = body.insertRow();
    row.append(h('th', { scope: 'row' }, viewLabel));
    for (const named of namedStates) {
      const target = { ...normal, ...named.change, view: viewId };
      const link = h(
        'a',
        {
          href: toHash(target),
          'aria-current': sameState(target, state) ? 'true' : undefined,
          'aria-label': `${viewLabel}: ${named.label}`,
          title: `${viewLabel}: ${named.label}`,
        },
        sameState(target, state) ? '●' : '○',
      );
      row.insertCell().append(link);
    }
  }
  matrix.replaceChildren(table);
}

// --- The stage -------------------------------------------------------------------------------------------

function describe(state: GalleryState, token: DemoToken | undefined): string {
  const parts = [
    token ? `as ${tokenLabel(token)}` : 'as each widget’s usual user',
    scenarios[state.data].toLowerCase(),
    networks[state.net].toLowerCase(),
    state.fault === 'none' ? 'no fault' : faults[state.fault].toLowerCase(),
    themes[state.theme].toLowerCase(),
    locales[state.locale],
    state.width ? `${state.width} px wide` : 'full width',
  ];
  return parts.join(' · ');
}

function specimen(view: WidgetView, state: GalleryState): HTMLElement {
  const token = tokens.find((t) => t.token === (state.as || view.token));
  const portalId = token?.portalId ?? 'prt_a';
  const { element, note } = widget(view.tag, { ...view.attrs(portalId), theme: state.theme });
  const wrapper = provider(BASE_URL, state.locale, token?.token ?? view.token);
  wrapper.append(element);
  const frame = h('div', { class: `frame ${state.theme}`, 'data-log-source': view.label }, wrapper);
  const summaryText = widgetMeta(view.tag)?.summary;
  const section = h(
    'section',
    { class: 'specimen', 'aria-labelledby': `title-${view.id}`, 'data-view': view.id },
    h(
      'header',
      {},
      h('h2', { id: `title-${view.id}` }, h('code', {}, `<${view.tag}>`), ' ', view.label),
      summaryText ? h('p', {}, summaryText) : null,
      h('p', {}, describe(state, token)),
    ),
    note ?? null,
    frame,
  );
  if (state.width) section.style.setProperty('--stage-width', `${state.width}px`);
  return section;
}

async function apply(state: GalleryState) {
  buildMatrix(state);
  syncControls(state);
  if (state.data !== loadedScenario) {
    summary.textContent =
      state.data === 'large' ? 'Building the large data set (100,000 licenses)…' : 'Loading the data…';
    stage.replaceChildren();
    // Let the message paint before the mock builds the scenario (the large one takes a moment).
    await new Promise((resolve) => setTimeout(resolve, 30));
    service.reset({ scenario: state.data, seed: 1 });
    loadedScenario = state.data;
  }
  service.faults.set(faultSettings(state));
  const shown = state.view === 'all' ? views : views.filter((view) => view.id === state.view);
  const chosen = tokens.find((t) => t.token === state.as);
  summary.textContent = `Showing ${shown.length === 1 ? shown[0]?.label : 'every widget'} ${describe(state, chosen)}.`;
  stage.replaceChildren(...shown.map((view) => specimen(view, state)));
}

// --- The tokens table (loaded when opened) ---------------------------------------------------------------

function mountTokensTable() {
  const details = byId<HTMLDetailsElement>('tokens');
  const host = byId('tokens-table');
  details.addEventListener('toggle', async () => {
    if (!details.open) return;
    const table = h('table', { class: 'tokens' });
    const head = table.createTHead().insertRow();
    for (const label of ['Token', 'Portal', 'User', 'Role', 'Permissions (from GET /me)']) {
      head.append(h('th', { scope: 'col' }, label));
    }
    const body = table.createTBody();
    host.replaceChildren(table);
    for (const token of tokens) {
      const row = body.insertRow();
      for (const text of [token.token, token.portalName, token.userName, token.role]) {
        row.insertCell().append(h('code', {}, text));
      }
      const cell = row.insertCell();
      try {
        const response = await fetch(`${BASE_URL}/me`, {
          headers: { Authorization: `Bearer ${token.token}` },
        });
        const me = (await response.json()) as { permissions?: string[]; detail?: string };
        cell.textContent = me.permissions?.join(', ') ?? `${response.status}: ${me.detail ?? ''}`;
      } catch (error) {
        cell.textContent = `Request failed: ${String(error)}`;
      }
    }
  });
}

async function main() {
  const state = parseHash(location.hash);
  service = await startDemoMock({ scenario: state.data });
  loadedScenario = state.data;
  tokens = demoTokens(service.state);
  buildControls(state);
  mountEventLog(byId('event-log'));
  mountTokensTable();
  window.addEventListener('hashchange', () => void apply(parseHash(location.hash)));
  await apply(state);
}

void main();
