// Builds DOM nodes from data. Text always goes in as text nodes (never as HTML), so a string from the server
// can never become markup; and nothing here writes a `style` attribute, which the CSP would refuse.

export type Child = Node | string | number | false | null | undefined;

/** Attribute values: `true` sets an empty attribute, `false`/`undefined` leaves it out. */
export type Attrs = Record<string, string | number | boolean | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs?: Attrs,
  ...children: Child[]
): HTMLElementTagNameMap[K];
export function h(tag: string, attrs?: Attrs, ...children: Child[]): HTMLElement;
export function h(tag: string, attrs: Attrs = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (name === 'style') throw new Error('Inline styles are refused by the CSP: use a class.');
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  element.append(...nodes(children));
  return element;
}

export function nodes(children: Child[]): Node[] {
  return children
    .filter((child) => child !== false && child !== null && child !== undefined)
    .map((child) => (child instanceof Node ? child : document.createTextNode(String(child))));
}

/** The element with this id, or a clear error naming it. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The page has no #${id}.`);
  return element as T;
}

let ids = 0;
/** A fresh id for a label/control pair. */
export const uid = (prefix: string) => `${prefix}-${++ids}`;

/** The languages the widgets speak, for a page's language picker. */
export const LANGUAGES = [
  ['en', 'English'],
  ['fr', 'Français'],
  ['de', 'Deutsch'],
] as const;

/** A "Language" picker starting at `locale`; `changed` gets each new choice. */
export function languageField(locale: string, changed: (locale: string) => void): HTMLElement {
  const { field, select } = selectField('Language', LANGUAGES, locale, { name: 'locale' });
  select.addEventListener('change', () => changed(select.value));
  return field;
}

/** A labelled `<select>`; returns the wrapper and the control. */
export function selectField(
  label: string,
  options: readonly (readonly [value: string, text: string])[],
  value: string,
  attrs: Attrs = {},
): { field: HTMLElement; select: HTMLSelectElement } {
  const id = uid('select');
  const select = h('select', { id, ...attrs });
  for (const [optionValue, text] of options) {
    select.append(h('option', { value: optionValue, selected: optionValue === value }, text));
  }
  select.value = value;
  const field = h('div', { class: 'field' }, h('label', { for: id }, label), select);
  return { field, select };
}
