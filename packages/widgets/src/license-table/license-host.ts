import type { LitElement } from 'lit';
import type { AllotStore } from '../base/store.js';
import type { Host } from './host.js';

/** General codes this widget words its own way: about a license, where the shared wording is about minutes. */
export const OWN_WORDING = {
  precondition_failed: 'licenseTable.error.precondition_failed',
  not_found: 'licenseTable.error.not_found',
} as const;

/** What only the `<license-table>` element itself can give its parts. */
export type HostSource = Pick<
  Host,
  'i18n' | 't' | 'reporter' | 'can' | 'emit' | 'close' | 'show' | 'patch' | 'selection' | 'deselect'
> & {
  products(): Host['products'];
  /** Licenses changed; `own`: by this table, whose rows already show it. */
  changed(own: boolean): void;
};

/** The {@link Host} the dialog's parts work with, on the element `el`. */
export function createHost(
  el: LitElement & { readonly store: AllotStore | undefined },
  source: HostSource,
): Host {
  const host: Host = {
    ...source,
    get store() {
      return el.store;
    },
    get products() {
      return source.products();
    },
    get updateComplete() {
      return el.updateComplete;
    },
    get renderRoot() {
      return el.renderRoot;
    },
    addController: (c) => el.addController(c),
    removeController: (c) => el.removeController(c),
    requestUpdate: () => el.requestUpdate(),
    say: (message, tone) => void source.reporter.announce(message, tone),
    changed: (own = false) => source.changed(own),
    focus: (selector) => {
      el.requestUpdate();
      void el.updateComplete.then(() => el.renderRoot.querySelector<HTMLElement>(selector)?.focus());
    },
    refresh: async (id) => {
      const fresh = await el.store?.client.licenses.get(id).catch(() => undefined);
      if (fresh) source.patch(fresh.data);
      return fresh?.data;
    },
  };
  return host;
}
