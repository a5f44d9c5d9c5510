// The theming playground: presets → `--allot-*` variables → `::part()` rules, applied live to real widgets
// through a constructed style sheet (CSSOM, which the CSP allows; no inline style anywhere).
import '@allot/widgets';
import meta from 'virtual:allot-widgets-meta';
import { byId, h, selectField, uid } from '../shared/dom.js';
import { mountEventLog } from '../shared/event-log.js';
import { BASE_URL, startDemoMock } from '../shared/mock.js';
import { provider, views, widget } from '../shared/widgets.js';

type Scheme = 'light' | 'dark' | 'auto';

interface Preset {
  label: string;
  scheme: Scheme;
  values: Record<string, string>;
}

const sys = (name: string) => `--allot-sys-${name}`;

const presets: Record<string, Preset> = {
  default: { label: 'Default (light)', scheme: 'light', values: {} },
  dark: { label: 'Dark', scheme: 'dark', values: {} },
  contrast: {
    label: 'High contrast',
    scheme: 'light',
    values: {
      [sys('color-primary')]: '#0033cc',
      [sys('color-on-surface')]: '#000000',
      [sys('color-on-surface-variant')]: '#1a1a1a',
      [sys('color-outline')]: '#000000',
      [sys('color-outline-variant')]: '#4d4d4d',
      [sys('color-focus')]: '#d00000',
    },
  },
  forest: {
    label: 'Forest (serif, square)',
    scheme: 'light',
    values: {
      [sys('color-primary')]: '#1f6f43',
      [sys('color-accent-container')]: '#dff2e6',
      [sys('color-on-accent-container')]: '#124a2b',
      [sys('color-surface-variant')]: '#f1f6f2',
      [sys('color-focus')]: '#1f6f43',
      [sys('font-family')]: "Georgia, 'Times New Roman', serif",
      [sys('radius')]: '0.125rem',
      [sys('radius-small')]: '0.125rem',
    },
  },
  plum: {
    label: 'Plum (rounded, roomy)',
    scheme: 'light',
    values: {
      [sys('color-primary')]: '#7a2e8f',
      [sys('color-accent-container')]: '#f3e5f7',
      [sys('color-on-accent-container')]: '#4d1a5b',
      [sys('color-focus')]: '#7a2e8f',
      [sys('radius')]: '1rem',
      [sys('radius-small')]: '0.6rem',
      [sys('space')]: '0.625rem',
    },
  },
  midnight: {
    label: 'Midnight (dark brand)',
    scheme: 'dark',
    values: {
      [sys('color-primary')]: '#ffb86b',
      [sys('color-on-primary')]: '#2b1600',
      [sys('color-surface')]: '#0d1424',
      [sys('color-surface-variant')]: '#17213a',
      [sys('color-outline-variant')]: '#2a3656',
      [sys('color-accent-container')]: '#3a2a14',
      [sys('color-on-accent-container')]: '#ffdcb8',
      [sys('color-focus')]: '#ffb86b',
    },
  },
  compact: {
    label: 'Compact',
    scheme: 'light',
    values: {
      [sys('font-size')]: '0.8125rem',
      [sys('font-size-small')]: '0.75rem',
      [sys('space')]: '0.35rem',
      [sys('radius')]: '0.25rem',
    },
  },
};

const EXAMPLE_PARTS = `/* Fine rules for single pieces, through ::part() */
minutes-balance::part(balance) {
  letter-spacing: -0.02em;
}
`;

const state = {
  preset: 'default',
  scheme: 'light' as Scheme,
  values: new Map<string, string>(),
  parts: EXAMPLE_PARTS,
};

const sheet = new CSSStyleSheet();
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
const darkQuery = matchMedia('(prefers-color-scheme: dark)');

const preview = byId('preview');
const editor = byId('editor');
const cssOut = h('pre', { class: 'css-out', 'aria-label': 'CSS of this theme', tabindex: 0 });
const widgetsInPreview: HTMLElement[] = [];
const inputs = new Map<string, { text: HTMLInputElement; color: HTMLInputElement | undefined }>();

const isDark = () => state.scheme === 'dark' || (state.scheme === 'auto' && darkQuery.matches);

function builtIn(name: string): string {
  const token = meta.sysTokens.find((t) => t.name === name);
  if (!token) return '';
  return isDark() ? (token.dark ?? token.light) : token.light;
}

function declarations(selector: string): string {
  if (state.values.size === 0) return '';
  const lines = [...state.values].map(([name, value]) => `  ${name}: ${value};`);
  return `${selector} {\n${lines.join('\n')}\n}\n`;
}

/** Applies the theme to the preview and shows the CSS a host would ship. */
function apply() {
  sheet.replaceSync(`${declarations('#preview')}\n${state.parts}`);
  preview.classList.toggle('dark', isDark());
  for (const element of widgetsInPreview) element.setAttribute('theme', state.scheme);
  const schemeNote =
    state.scheme === 'light'
      ? ''
      : `/* ${state.scheme === 'dark' ? 'Dark' : 'System'} scheme: <minutes-balance theme="${state.scheme}"> on each widget${state.scheme === 'dark' ? ', or the class allot-theme-dark' : ''}. */\n`;
  cssOut.textContent =
    `/* Allot theme: ${presets[state.preset]?.label ?? 'custom'} */\n${schemeNote}` +
    (declarations(':root') || '/* The built-in tokens: nothing to set. */\n') +
    (state.parts.trim() ? `\n${state.parts.trim()}\n` : '');
  for (const [name, { text, color }] of inputs) {
    const value = state.values.get(name) ?? '';
    if (document.activeElement !== text) text.value = value;
    text.placeholder = builtIn(name) || 'inherit';
    if (color && document.activeElement !== color) {
      const shown = value || builtIn(name);
      color.value = /^#[0-9a-f]{6}$/i.test(shown) ? shown : '#000000';
    }
  }
}

function setValue(name: string, value: string) {
  if (value.trim()) state.values.set(name, value.trim());
  else state.values.delete(name);
  state.preset = 'custom';
  for (const radio of editor.querySelectorAll<HTMLInputElement>('input[name="preset"]'))
    radio.checked = false;
  apply();
}

function tokenRow(name: string, description: string | undefined, withSwatch: boolean): HTMLElement {
  const id = uid('token');
  const text = h('input', { id, type: 'text', spellcheck: 'false', autocomplete: 'off' });
  text.addEventListener('input', () => setValue(name, text.value));
  let color: HTMLInputElement | undefined;
  if (withSwatch) {
    color = h('input', { type: 'color', 'aria-label': `${name}, colour picker` });
    const picker = color;
    picker.addEventListener('input', () => {
      text.value = picker.value;
      setValue(name, picker.value);
    });
  }
  inputs.set(name, { text, color });
  return h(
    'div',
    { class: withSwatch ? 'token-row' : 'token-row no-swatch', title: description },
    h('label', { for: id }, name),
    color ?? null,
    text,
  );
}

function choosePreset(id: string) {
  const preset = presets[id];
  if (!preset) return;
  state.preset = id;
  state.scheme = preset.scheme;
  state.values = new Map(Object.entries(preset.values));
  const schemeSelect = editor.querySelector<HTMLSelectElement>('select[name="scheme"]');
  if (schemeSelect) schemeSelect.value = state.scheme;
  apply();
}

function buildEditor() {
  const presetList = h('div', { class: 'presets' });
  for (const [id, preset] of Object.entries(presets)) {
    const radioId = uid('preset');
    const radio = h('input', {
      type: 'radio',
      name: 'preset',
      id: radioId,
      value: id,
      checked: id === state.preset,
    });
    radio.addEventListener('change', () => radio.checked && choosePreset(id));
    presetList.append(h('label', { class: 'choice', for: radioId }, radio, preset.label));
  }
  const scheme = selectField(
    'Colour scheme',
    [
      ['light', 'Light'],
      ['dark', 'Dark'],
      ['auto', 'Auto (the system’s)'],
    ],
    state.scheme,
    { name: 'scheme' },
  );
  scheme.select.addEventListener('change', () => {
    state.scheme = scheme.select.value as Scheme;
    apply();
  });

  const system = h('div', { class: 'token-list' });
  for (const token of meta.sysTokens) {
    system.append(tokenRow(token.name, undefined, /^#[0-9a-f]{6}$/i.test(token.light)));
  }
  const components = h('div', { class: 'token-list' });
  for (const widgetMeta of meta.widgets) {
    for (const property of widgetMeta.cssProperties) {
      components.append(tokenRow(property.name, property.description, false));
    }
  }

  const partsId = uid('parts');
  const parts = h('textarea', { id: partsId, rows: 7, spellcheck: 'false' });
  parts.value = state.parts;
  parts.addEventListener('input', () => {
    state.parts = parts.value;
    apply();
  });

  const copy = h('button', { type: 'button' }, 'Copy the CSS');
  const copied = h('span', { role: 'status', class: 'muted' });
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(cssOut.textContent ?? '');
      copied.textContent = 'Copied.';
    } catch {
      copied.textContent = 'The browser refused the clipboard: select the text instead.';
    }
  });
  const reset = h('button', { type: 'button', class: 'secondary' }, 'Back to the default');
  reset.addEventListener('click', () => {
    const radio = editor.querySelector<HTMLInputElement>('input[name="preset"][value="default"]');
    if (radio) radio.checked = true;
    choosePreset('default');
  });

  editor.replaceChildren(
    h('fieldset', {}, h('legend', {}, 'Preset'), presetList),
    scheme.field,
    h('fieldset', {}, h('legend', {}, 'System tokens (every widget)'), system),
    h('fieldset', {}, h('legend', {}, 'Component tokens (one widget)'), components),
    h('div', { class: 'field' }, h('label', { for: partsId }, '::part() rules'), parts),
    h('h3', {}, 'The CSS of this theme'),
    cssOut,
    h('div', { class: 'row' }, copy, reset, copied),
  );
}

async function main() {
  buildEditor();
  apply();
  darkQuery.addEventListener('change', apply);
  await startDemoMock();
  const wrapper = provider(BASE_URL, 'en', 'tok_a_admin');
  const notes: HTMLElement[] = [];
  for (const view of views) {
    if (view.id === 'member-invite-invitee') continue;
    const { element, note } = widget(view.tag, { ...view.attrs('prt_a'), theme: state.scheme });
    widgetsInPreview.push(element);
    wrapper.append(element);
    if (note) notes.push(note);
  }
  preview.replaceChildren(...notes, wrapper);
  mountEventLog(byId('event-log'));
}

void main();
