// The widgets the demo shows, in the product's order, with what each needs to render. A widget that the
// built @allot/widgets does not register yet is still listed: its place says so, and it appears as soon as
// it is registered (customElements.whenDefined).
import meta, { type WidgetMeta } from 'virtual:allot-widgets-meta';
import type { Topic } from '@allot/widgets';
import { h } from './dom.js';

export interface WidgetView {
  /** Id in URLs (`#view=…`). */
  id: string;
  tag: string;
  label: string;
  /** The token it is shown with unless the reviewer picks another. */
  token: string;
  /** Attributes, given the portal of the token in use. */
  attrs(portalId: string): Record<string, string>;
}

/** `acc_pool_<portal>`: every portal's primary pool (the mock's naming). */
export const poolOf = (portalId: string) => `acc_pool_${portalId.replace(/^prt_/, '')}`;

export const views: readonly WidgetView[] = [
  {
    id: 'minutes-balance',
    tag: 'minutes-balance',
    label: 'Minutes balance',
    token: 'tok_a_admin',
    attrs: () => ({}),
  },
  {
    id: 'share-dialog',
    tag: 'share-dialog',
    label: 'Share dialog',
    token: 'tok_a_admin',
    attrs: (portalId) => ({ 'account-id': poolOf(portalId) }),
  },
  {
    id: 'license-table',
    tag: 'license-table',
    label: 'License table',
    token: 'tok_a_admin',
    attrs: () => ({}),
  },
  {
    id: 'inactive-members-pruner',
    tag: 'inactive-members-pruner',
    label: 'Inactive members pruner',
    token: 'tok_a_admin',
    attrs: () => ({}),
  },
  {
    id: 'member-invite',
    tag: 'member-invite',
    label: 'Member invite',
    token: 'tok_a_admin',
    attrs: () => ({}),
  },
  {
    id: 'member-invite-invitee',
    tag: 'member-invite',
    label: 'Member invite (invitee side)',
    token: 'tok_paid',
    attrs: () => ({ mode: 'invitee' }),
  },
];

/** Every cache topic of the widgets' store: a change in the other portal may touch any of them. */
export const allTopics: Topic[] = [
  'me',
  'accounts',
  'ledger',
  'shares',
  'incoming',
  'licenses',
  'costCenters',
  'workspace',
  'invitations',
  'billing',
];

export function widgetMeta(tag: string): WidgetMeta | undefined {
  return meta.widgets.find((widget) => widget.tag === tag);
}

/**
 * A widget element, or, while its tag is not registered yet, the element plus a note saying so that goes
 * away when it is. `attrs` are attributes; `props` are properties (tokens never go in attributes).
 */
export function widget(
  tag: string,
  attrs: Record<string, string> = {},
  props: Record<string, unknown> = {},
): { element: HTMLElement; note: HTMLElement | undefined } {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
  Object.assign(element, props);
  if (customElements.get(tag)) return { element, note: undefined };
  const note = h(
    'p',
    { class: 'not-registered', role: 'note' },
    h('code', {}, `<${tag}>`),
    ' is not registered by this build of @allot/widgets yet. It appears here as soon as it is.',
  );
  void customElements.whenDefined(tag).then(() => note.remove());
  return { element, note };
}

/** A provider configuring the widgets inside: base URL, locale and token (a property, never an attribute). */
export function provider(baseUrl: string, locale: string, token: string): HTMLElement {
  const element = document.createElement('allot-provider');
  element.setAttribute('base-url', baseUrl);
  element.setAttribute('locale', locale);
  Object.assign(element, { token });
  return element;
}

/** The shared store of a provider (client and cache), to tell it about changes made elsewhere. */
export function storeOf(element: Element): { changed(...topics: Topic[]): void } | undefined {
  return (element as Element & { store?: { changed(...topics: Topic[]): void } }).store;
}
