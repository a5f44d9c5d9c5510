// The component reference: for each tag of the built @allot/widgets, what its Custom Elements Manifest says
// (attributes and properties, events with their detail types, slots, parts, CSS custom properties, the token's
// permissions) and the widget itself, live on the mock service in this page. Built from the manifest through
// `virtual:allot-widgets-meta`, so it follows the widgets without a list kept by hand.
import '@allot/widgets';
import meta, { type WidgetMeta } from 'virtual:allot-widgets-meta';
import { byId, h, nodes, type Child } from '../shared/dom.js';
import { mountEventLog } from '../shared/event-log.js';
import { BASE_URL, startDemoMock } from '../shared/mock.js';
import { provider, views, widget } from '../shared/widgets.js';

/** A table, or nothing when there are no rows (a widget without slots shows no slot table). */
function table(caption: string, head: readonly string[], rows: readonly Child[][]): HTMLElement | false {
  if (rows.length === 0) return false;
  return h(
    'table',
    { class: 'reference-table' },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, ...head.map((cell) => h('th', { scope: 'col' }, cell)))),
    // Each cell names its column, which a narrow screen shows in place of the header row.
    h(
      'tbody',
      {},
      ...rows.map((row) => h('tr', {}, ...row.map((cell, i) => h('td', { 'data-label': head[i] }, cell)))),
    ),
  );
}

const code = (text: string | undefined): Child => (text ? h('code', {}, text) : '');

/** A manifest description: text, with its Markdown `code` spans as code (never as HTML). */
const prose = (text: string): HTMLElement =>
  h('span', {}, ...text.split('`').map((part, i) => (i % 2 ? code(part) : part)));

/** Properties and the attribute each reads, then attributes without a property of their own. */
function members(element: WidgetMeta): Child[][] {
  const rows: Child[][] = element.fields.map((field) => [
    code(field.name),
    field.readonly ? 'read only' : code(element.attributes.find((a) => a.fieldName === field.name)?.name),
    code(field.type),
    code(field.default),
    prose(field.description),
  ]);
  for (const attribute of element.attributes)
    if (!element.fields.some((field) => field.name === attribute.fieldName))
      rows.push(['', code(attribute.name), code(attribute.type), '', prose(attribute.description)]);
  return rows;
}

function permissions(element: WidgetMeta): HTMLElement | false {
  const { read, act } = element.permissions;
  if (read.length + act.length === 0) return false;
  const list = (names: string[]) =>
    names.length ? names.flatMap((name, i) => [i ? ', ' : '', code(name)]) : ['none'];
  return h(
    'p',
    { class: 'permissions' },
    'Mint its token with: reads with ',
    ...list(read),
    '; acts with ',
    ...list(act),
    '. The user’s role still decides.',
  );
}

/** The widget as an integrator embeds it, inside a provider on the in-page mock. */
async function liveExample(element: WidgetMeta): Promise<HTMLElement> {
  const view = views.find((v) => v.tag === element.tag);
  const stage = h('div', { class: 'live-example', 'data-log-source': `the live <${element.tag}>` });
  if (!view) {
    stage.append(
      h(
        'p',
        { class: 'muted' },
        h('code', {}, `<${element.tag}>`),
        ' configures the widgets inside it: see the others.',
      ),
    );
    return stage;
  }
  await startDemoMock();
  const wrapper = provider(BASE_URL, 'en', view.token);
  const { element: live, note } = widget(view.tag, view.attrs('prt_a'));
  wrapper.append(live);
  stage.append(...(note ? [note] : []), wrapper);
  return stage;
}

let unmountLog: (() => void) | undefined;

async function show(tag: string) {
  const element =
    meta.widgets.find((w) => w.tag === tag) ?? meta.widgets.find((w) => w.tag === 'minutes-balance');
  if (!element) return;
  for (const link of document.querySelectorAll<HTMLAnchorElement>('#component-list a'))
    link.toggleAttribute('aria-current', link.hash === `#${element.tag}`);
  const page = byId('component');
  page.replaceChildren(
    ...nodes([
      h('h1', { tabindex: -1 }, h('code', {}, `<${element.tag}>`)),
      h('p', { class: 'lede' }, prose(element.summary)),
      element.description && h('p', {}, prose(element.description)),
      h(
        'p',
        {},
        'Import: ',
        code(`import '@allot/widgets/${element.tag}';`),
        ' (or ',
        code("import '@allot/widgets';"),
        ' for every tag).',
      ),
      permissions(element),
      h('h2', {}, 'Live example'),
      h(
        'p',
        { class: 'muted' },
        'On the mock service in this page, as Ada Martin, admin of Portal A. Its events show in the log below it.',
      ),
      await liveExample(element),
      h('div', { id: 'event-log' }),
      h('h2', {}, 'API'),
      table(
        'Properties and attributes',
        ['Property', 'Attribute', 'Type', 'Default', 'Description'],
        members(element),
      ),
      table(
        'Events (CustomEvent, bubbling and composed)',
        ['Event', 'detail', 'Description'],
        element.events.map((event) => [code(event.name), code(event.detailType), prose(event.description)]),
      ),
      table(
        'Slots',
        ['Slot', 'Description'],
        element.slots.map((slot) => [code(slot.name || '(default)'), prose(slot.description)]),
      ),
      table(
        'CSS parts',
        ['Part', 'Description'],
        element.cssParts.map((part) => [code(`::part(${part.name})`), prose(part.description)]),
      ),
      table(
        'CSS custom properties (and every system token: see the Theming page)',
        ['Property', 'Description'],
        element.cssProperties.map((property) => [code(property.name), prose(property.description)]),
      ),
    ]),
  );
  unmountLog?.();
  unmountLog = mountEventLog(byId('event-log'));
  byId('component').querySelector('h1')?.focus();
}

function main() {
  const list = byId('component-list');
  list.replaceChildren(
    ...meta.widgets.map((element) =>
      h('li', {}, h('a', { href: `#${element.tag}` }, h('code', {}, `<${element.tag}>`))),
    ),
  );
  const current = () => decodeURIComponent(location.hash.slice(1)) || 'minutes-balance';
  window.addEventListener('hashchange', () => void show(current()));
  void show(current());
}

main();
