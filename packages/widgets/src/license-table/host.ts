import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Data, Item } from '@allot/sdk';
import type { Reporter } from '../base/controllers/reporter.js';
import type { KeyOf, LocaleController, Params } from '../base/i18n.js';
import type { AllotStore } from '../base/store.js';
import type { AllotEventDetails, AllotEventName } from '../events/events.js';

export type License = Item<'listLicenses'>;
export type LicensePage = Data<'listLicenses'>;
export type Product = Item<'listProducts'>;
export type Permission = Data<'getMe'>['permissions'][number];
export type Queue = Data<'getUserProducts'>['queues'][number];

/** A message key of this widget, without its `licenseTable.` prefix. */
export type Key = KeyOf<'licenseTable'>;

/** What the sub-parts (wizards, panels, pickers) get from the `<license-table>` that hosts them. */
export interface Host extends ReactiveControllerHost {
  readonly i18n: LocaleController;
  /** Failed calls as this widget words them (see `OWN_WORDING` in `license-host.ts`), said in its live region. */
  readonly reporter: Reporter;
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly store: AllotStore | undefined;
  /** The catalogue. */
  readonly products: readonly Product[];
  t(key: Key, params?: Params): string;
  can(permission: Permission): boolean;
  /** Says an outcome in the live region. */
  say(message: string, tone?: 'success' | 'info' | 'error'): void;
  emit<K extends AllotEventName>(name: K, detail: AllotEventDetails[K]): void;
  /** Licenses changed: tell the other widgets, and reload the table unless `own` (its rows already show it). */
  changed(own?: boolean): void;
  /** Shows a license in its row; `pending` marks an optimistic change until the server answers. */
  /** Returns whether the license left the list (it no longer matches the status filter). */
  patch(license: License, pending?: boolean): boolean;
  /** Reads a license again (someone else changed it) and shows it. */
  refresh(id: string): Promise<License | undefined>;
  /** The licenses selected in the grid, as the rows show them now. */
  selection(): License[];
  /** Takes these licenses out of the selection (they were deleted or changed by a bulk action). */
  deselect(ids: readonly string[]): void;
  /** Closes the dialog. */
  close(): void;
  /** Opens a user's products (`id`: the user) or the purchase wizard (`id`: the product in its cart). */
  show(panel: 'products' | 'purchase', id?: string, opener?: HTMLElement): void;
  /** Focuses the element matching `selector` once the next render is done. */
  focus(selector: string): void;
}

/** "Connect Standard", by product id. */
export const productName = (host: Host, id: string): string =>
  host.products.find((p) => p.id === id)?.name ?? id;

/** The heading of a dialog step; focused when the step changes so a screen reader reads where the user is. */
export const heading = (text: string): TemplateResult =>
  html`<h2 id="dialog-title" tabindex="-1">${text}</h2>`;

/** Integer from 1 to `max` typed by the user, else undefined. */
export function parseCount(text: string, max: number): number | undefined {
  const value = Number(text.trim());
  return text.trim() !== '' && Number.isInteger(value) && value >= 1 && value <= max ? value : undefined;
}

/** A checkbox; `label` names it when no `<label>` wraps it, `error` ties it to its message. */
export const checkbox = (
  checked: boolean,
  onChange: (on: boolean) => unknown,
  label?: string,
  id?: string,
  error?: string,
) =>
  html`<input
    type="checkbox"
    id=${ifDefined(id)}
    aria-label=${ifDefined(label)}
    aria-invalid=${error ? 'true' : 'false'}
    aria-describedby=${error && id ? `${id}-error` : nothing}
    .checked=${checked}
    @change=${(e: Event) => onChange((e.target as HTMLInputElement).checked)}
  />`;

/** The queues that keep a user's Contact Center seat billed: name, kind and role. */
export const queueList = ({ t }: Host, queues: readonly Queue[]): TemplateResult =>
  html`<ul class="bullets">
    ${queues.map((q) => html`<li>${t('queue.item', { name: q.queueName, kind: t(`queue.kind.${q.kind}`), role: t(`queue.role.${q.role}`) })}</li>`)}
  </ul>`;

/** Products whose seat a user in contact-center queues keeps billed (Connect Standard, queue-dependent ones). */
export const keepsSeat = (p: Pick<Product, 'code' | 'queueDependent'>): boolean =>
  p.code === 'connect_standard' || p.queueDependent;

/**
 * Takes a user out of queues one by one, pushing each queue left into `left` (so a failure part-way still
 * tells what was done), then tells the other widgets.
 */
export async function leaveQueues(host: Host, userId: string, queues: readonly Queue[], left: string[]) {
  const client = host.store?.client;
  try {
    for (const q of queues) {
      await client?.queues.removeMember(q.queueId, userId);
      left.push(q.queueId);
    }
  } finally {
    if (left.length) {
      host.emit('allot-user-products-changed', {
        userId,
        added: [],
        removed: [],
        updated: [],
        removedFromQueueIds: left,
      });
      host.changed();
    }
  }
}

/** What a warning about the queues that keep a Contact Center seat billed says and offers. */
export interface QueueWarning {
  intro: string;
  queues: readonly Queue[];
  /** Shown as an alert (a step would leave a seat billed), or as plain information. */
  alert: boolean;
  /** A box: take the user out of the queues with the step about to be taken. */
  leave?: { checked: boolean; label: string; onChange(on: boolean): void } | undefined;
  /** Or a button: take them out now. */
  leaveNow?: { label: string; disabled: boolean; onClick(): void } | undefined;
}

/** The queues that keep a user's Contact Center seat billed, and how to take the user out of them. */
export function renderQueueWarning(host: Host, w: QueueWarning): TemplateResult {
  return html`<div class=${w.alert ? 'alert info stack' : 'stack'} part="warning">
    <p>${w.intro}</p>
    ${queueList(host, w.queues)}
    ${
      w.leave
        ? html`<label class="check"
            >${checkbox(w.leave.checked, w.leave.onChange)} <span>${w.leave.label}</span></label
          >`
        : nothing
    }
    ${
      w.leaveNow
        ? html`<div>
            <button type="button" part="button" ?disabled=${w.leaveNow.disabled} @click=${w.leaveNow.onClick}>
              ${w.leaveNow.label}
            </button>
          </div>`
        : nothing
    }
  </div>`;
}
