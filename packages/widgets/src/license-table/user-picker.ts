import { Task } from '@lit/task';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { Item } from '@allot/sdk';
import type { FormController } from '../base/controllers/form.js';
import { sleep } from '../base/controllers/sleep.js';
import type { Host, License } from './host.js';

export type User = Item<'listUsers'>;

/**
 * Picks one user of the portal: a search box (name, e-mail or extension, searched by the server as the user
 * types) over a radio list of the matching users. Those who already hold a license of the product being assigned
 * are shown, marked and not selectable: the server would refuse them (`product_already_assigned`), and an admin
 * who searched for them learns why at once.
 */
export class UserPicker {
  /** What the user typed in the search box. */
  query = '';
  /** The chosen user. */
  user: User | undefined;
  /** Searches only while the picker is shown. */
  active = false;
  /** The license being assigned: its product marks the users who hold one already. */
  #license: License | undefined;

  readonly #results;

  constructor(private readonly host: Host) {
    this.#results = new Task(host, {
      args: () => [host.store, this.query, this.active, this.#license?.productId] as const,
      task: async ([store, q, active, productId], { signal }) => {
        if (!store || !active) return undefined;
        if (q) await sleep(250, signal);
        return store.client.users.list(
          { ...(q ? { q } : {}), ...(productId ? { productId } : {}), limit: 20 },
          { signal },
        );
      },
    });
  }

  reset(license?: License): void {
    this.query = '';
    this.user = undefined;
    this.#license = license;
  }

  render(form: FormController) {
    const { t } = this.host;
    const page = this.#results.value;
    const error = form.errors['userId'];
    return html`<div class="field">
        <label for="up-q">${t('picker.search')}</label>
        <input
          id="up-q"
          type="search"
          autocomplete="off"
          aria-describedby=${error ? 'up-hint f-userId-error' : 'up-hint'}
          aria-invalid=${ifDefined(error ? 'true' : undefined)}
          .value=${live(this.query)}
          @input=${(e: Event) => {
            this.query = (e.target as HTMLInputElement).value;
            this.host.requestUpdate();
          }}
        />
        <p class="hint" id="up-hint" aria-live="polite">
          ${page ? t('picker.count', { count: page.total }) : t('picker.searching')}
        </p>
      </div>
      <fieldset class="choices" part="user-picker">
        <legend>${t('picker.users')}</legend>
        <ul>
          ${(page?.items ?? []).map(
            (u) =>
              html`<li>
                <label class="check">
                  <input
                    type="radio"
                    name="userId"
                    .checked=${u.id === this.user?.id}
                    ?disabled=${u.holdsProduct === true}
                    aria-describedby=${ifDefined(u.holdsProduct ? `up-holds-${u.id}` : undefined)}
                    @change=${() => {
                      this.user = u;
                      form.set('userId', u.id);
                    }}
                  />
                  <span
                    >${u.name}
                    <span class="muted small">${u.email}${u.extension ? ` · ${u.extension}` : ''}</span>
                    ${
                      u.holdsProduct
                        ? html`<span class="muted small" id=${`up-holds-${u.id}`} part="holds"
                            >· ${t('picker.holds', { product: this.#license?.productName ?? '' })}</span
                          >`
                        : nothing
                    }</span
                  >
                </label>
              </li>`,
          )}
        </ul>
      </fieldset>
      ${error ? html`<p class="field-error" id="f-userId-error">${error}</p>` : nothing}`;
  }
}
