import { Task, TaskStatus } from '@lit/task';
import { html, nothing } from 'lit';
import type { Data } from '@allot/sdk';
import { FormController } from '../base/controllers/form.js';
import { Choices } from './choices.js';
import { formActions, formMessage } from '../base/form.js';
import { IdempotencyKeys } from '../base/idempotency.js';
import { toProblem } from '../base/problems.js';
import {
  checkbox,
  heading,
  keepsSeat,
  leaveQueues,
  renderQueueWarning,
  type Host,
  type Product,
  type Queue,
} from './host.js';

type UserProducts = Data<'getUserProducts'>;
type Toggles = Record<string, boolean>;

/** Removing this product leaves the user's Contact Center seat billed while they sit in a queue. */

/** Codes about one product of the user: said by its box. */
const BY_PRODUCT = ['no_free_license', 'product_already_assigned', 'product_not_assigned'];

/** What a save did: products added, removed and updated, queues left, queues that keep a seat billed. */
interface Saved {
  added: string[];
  removed: string[];
  updated: string[];
  left: string[];
  billed: Queue[];
}

/**
 * The products of one user (GoTo's "Add / Remove products"): a box per catalogue product, its feature toggles,
 * the optional product-change e-mail, saved as one step. Removing Connect Standard from someone who still sits
 * in contact-center queues says that Contact Center stays billed, lists the queues, and offers to take the user
 * out of all of them in the same step. No free license left: offers to buy one.
 */
export class UserProductsPanel {
  userId = '';
  readonly form: FormController;
  /**
   * What the admin chose, as changes to what the user held when they chose: products ticked and unticked. What
   * the user should hold is always the server's latest state with these changes, so a side action (leaving the
   * queues releases a Contact Center seat) never turns into a product the admin did not choose.
   */
  readonly #choices = new Choices();
  #toggles: Record<string, Toggles> = {};
  #leaveQueues = false;
  #notify = false;
  #warning: { name: string; queues: Queue[] } | undefined;
  #rev = 0;
  #fresh = false;
  #noFree: string | undefined;
  readonly #keys = new IdempotencyKeys();
  readonly #data;
  /** Focus the panel's title once the user's products are shown (opened from a step of the same dialog). */
  #focusTitle = false;

  constructor(private readonly host: Host) {
    this.form = new FormController(host, host.reporter);
    this.#data = new Task(host, {
      onComplete: () => {
        if (!this.#focusTitle) return;
        this.#focusTitle = false;
        host.focus('#dialog-title');
      },
      args: () => [host.store, this.userId, this.#rev] as const,
      task: async ([store, userId], { signal }) => {
        if (!store || !userId) return undefined;
        const data = await store.client.users.products.list(userId, { signal });
        // A reload after a partial save keeps what the user chose; only a fresh panel starts from the server's.
        if (!this.#fresh) return data;
        this.#fresh = false;
        this.#choices.clear();
        this.#toggles = Object.fromEntries(
          host.products.map((p) => [
            p.id,
            data.products.find((h) => h.productId === p.id)?.features ??
              Object.fromEntries(p.features.map((f) => [f.key, f.defaultEnabled])),
          ]),
        );
        this.#leaveQueues = false;
        return data;
      },
    });
  }

  show(userId: string, focusTitle = false): void {
    this.userId = userId;
    this.#focusTitle = focusTitle;
    this.#warning = undefined;
    this.#notify = false;
    this.#noFree = undefined;
    this.#fresh = true;
    this.#choices.clear();
    this.#leaveQueues = false;
    this.form.reset();
    this.#keys.clear();
    this.#rev++;
  }

  /** Whether the user should hold product `id`: as the server says, unless the admin changed it. */
  #wants(data: UserProducts, id: string): boolean {
    return this.#choices.wants(id, !!this.#held(data, id));
  }

  #held(data: UserProducts, id: string) {
    return data.products.find((p) => p.productId === id);
  }

  #onSave = async (e: Event) => {
    e.preventDefault();
    const { host, form } = this;
    const data = this.#data.value;
    const store = host.store;
    if (!data || !store || form.busy || !host.can('licenses:assign')) return;
    const done: Saved = { added: [], removed: [], updated: [], left: [], billed: [] };
    let failed: string | undefined;
    const outcome = await form.submit(
      async () => {
        for (const p of host.products) {
          failed = p.id;
          await this.#saveProduct(store, data, p, done);
        }
      },
      {},
      // A refusal about one product (no free license, someone else changed it) is said by its box.
      (problem) => {
        if (!BY_PRODUCT.includes(problem.code)) return;
        problem.fields[`p-${failed}`] = problem.message;
        problem.message = '';
      },
    );
    this.#noFree = !outcome.ok && outcome.problem?.code === 'no_free_license' ? failed : undefined;
    this.#report(data, done, outcome.ok);
  };

  /** Adds, removes or updates one product of the user as the admin chose, noting what was done. */
  async #saveProduct(store: NonNullable<Host['store']>, data: UserProducts, p: Product, done: Saved) {
    const userId = data.user.id;
    const notify = this.#notify;
    const held = this.#held(data, p.id);
    const wanted = this.#wants(data, p.id);
    const features = this.#toggles[p.id] ?? {};
    if (wanted && !held) {
      const body = { productId: p.id, features, notify };
      await store.client.users.products.add(userId, body, { idempotencyKey: this.#keys.for(p.id, body) });
      done.added.push(p.id);
    } else if (!wanted && held) {
      const removeFromQueues = keepsSeat(p) && this.#leaveQueues;
      const r = await store.client.users.products.remove(userId, p.id, { notify, removeFromQueues });
      done.removed.push(p.id);
      done.left.push(...r.removedFromQueues.map((q) => q.queueId));
      done.billed = r.warnings.find((w) => w.code === 'contact_center_still_billed')?.queues ?? done.billed;
    } else if (held) {
      const changed = Object.fromEntries(Object.entries(features).filter(([k, v]) => held.features[k] !== v));
      if (Object.keys(changed).length) {
        await store.client.users.products.update(userId, p.id, { features: changed, notify });
        done.updated.push(p.id);
      }
    }
  }

  /** Tells the other widgets what changed, and says how the save ended (closing unless a seat stays billed). */
  #report(data: UserProducts, done: Saved, saved: boolean) {
    const { host } = this;
    const { billed, left } = done;
    // What was done is what the server now says: those choices are no longer changes to it.
    this.#choices.applied([...done.added, ...done.removed]);
    if (done.added.length + done.removed.length + done.updated.length || left.length) {
      host.emit('allot-user-products-changed', {
        userId: data.user.id,
        added: done.added,
        removed: done.removed,
        updated: done.updated,
        removedFromQueueIds: left,
      });
      host.changed();
      this.#warning = billed.length ? { name: data.user.name, queues: billed } : undefined;
      this.#rev++; // reload what the user now holds; what they chose and the errors stay
    }
    if (!saved) return;
    const key = billed.length
      ? 'products.savedStillBilled'
      : left.length
        ? 'products.savedLeftQueues'
        : 'products.saved';
    host.say(host.t(key, { name: data.user.name, count: left.length }), billed.length ? 'info' : 'success');
    if (!billed.length) host.close();
  }

  #onLeaveQueues = async (queues: Queue[]) => {
    const { host, form } = this;
    const data = this.#data.value;
    if (!data || form.busy) return;
    const left: string[] = [];
    const outcome = await form.submit(() => leaveQueues(host, data.user.id, queues, left));
    if (outcome.ok) {
      this.#warning = undefined;
      host.say(host.t('products.leftQueues', { name: data.user.name, count: left.length }));
    }
    if (left.length) this.#rev++;
  };

  /** The user's queues: what keeps a Contact Center seat billed, and taking the user out of them. */
  #renderQueues(data: UserProducts, canEdit: boolean) {
    const { host } = this;
    const { t } = host;
    const { queues } = data;
    const name = data.user.name;
    const removing = host.products.filter(
      (p) => this.#held(data, p.id) && !this.#wants(data, p.id) && keepsSeat(p),
    );
    const count = queues.length;
    // Removing Connect Standard warns before saving; after saving without leaving them, the queues stay billed.
    const intro = removing.length
      ? t('products.ccWarning', { name, product: removing.map((p) => p.name).join(', '), count })
      : this.#warning
        ? t('products.stillBilled', { name, count })
        : t('products.inQueues', { count });
    return count
      ? renderQueueWarning(host, {
          intro,
          queues,
          alert: !!(removing.length || this.#warning),
          leave: removing.length
            ? {
                checked: this.#leaveQueues,
                label: t('products.leaveQueues', { name, count }),
                onChange: (on) => ((this.#leaveQueues = on), host.requestUpdate()),
              }
            : undefined,
          leaveNow: removing.length
            ? undefined
            : {
                label: t('products.leaveAll', { name }),
                disabled: !canEdit,
                onClick: () => void this.#onLeaveQueues(queues),
              },
        })
      : nothing;
  }

  render() {
    const { host, form } = this;
    const { t, i18n } = host;
    const data = this.#data.value;
    if (this.#data.status === TaskStatus.ERROR) {
      return html`${heading(t('products.title', { name: '' }))}
        <p class="alert">${toProblem(this.#data.error, i18n).message}</p>`;
    }
    if (data?.user.id !== this.userId)
      return html`<div class="skeleton" aria-busy="true" part="loading"><span></span></div>`;
    const { user } = data;
    const name = user.name;
    const canEdit = host.can('licenses:assign');
    return html`<form class="stack" novalidate @submit=${this.#onSave}>
      ${heading(t('products.title', { name }))}
      <p class="muted">
        ${user.email}${user.extension ? ` · ${t('products.extension', { extension: user.extension })}` : ''}
      </p>
      ${canEdit ? nothing : html`<p class="alert info">${t('reason.assign')}</p>`}
      <fieldset class="stack" ?disabled=${!canEdit}>
        <legend>${t('products.legend')}</legend>
        ${host.products.map((p) => this.#renderProduct(p, data))}
      </fieldset>
      ${this.#renderQueues(data, canEdit)}
      <label class="check">
        ${checkbox(this.#notify, (on) => (this.#notify = on))}
        <span>${t('notify')}</span>
      </label>
      ${formMessage(form)}
      ${formActions(form, i18n, { submit: t('products.save'), cancel: () => host.close(), disabled: !canEdit })}
    </form>`;
  }

  /** A product's feature toggles, as switches. */
  #renderFeatures(p: Product) {
    const { t } = this.host;
    const toggles = this.#toggles[p.id] ?? {};
    return html`<fieldset class="features">
      <legend class="visually-hidden">${t('products.features', { product: p.name })}</legend>
      ${p.features.map((f) => {
        const value = toggles[f.key] ?? f.defaultEnabled;
        return html`<label class="check small">
          <input
            type="checkbox"
            role="switch"
            aria-checked=${value ? 'true' : 'false'}
            .checked=${value}
            @change=${(e: Event) => {
              this.#toggles[p.id] = { ...toggles, [f.key]: (e.target as HTMLInputElement).checked };
              this.host.requestUpdate();
            }}
          />
          <span>${f.label}</span>
        </label>`;
      })}
    </fieldset>`;
  }

  #renderProduct(p: Product, data: UserProducts) {
    const { host, form } = this;
    const { t, i18n } = host;
    const id = `p-${p.id}`;
    const error = form.errors[id];
    const on = this.#wants(data, p.id);
    return html`<div class="product" part="product">
      <label class="check">
        ${checkbox(on, (checked) => (this.#choices.choose(p.id, checked, !!this.#held(data, p.id)), form.set(id, '')), undefined, id, error)}
        <span
          >${p.name}
          <span class="muted small"
            >${t(`price.${p.billingPeriod}`, { price: i18n.money(p.unitPrice) })}${this.#held(data, p.id) ? ` · ${t('products.held')}` : ''}</span
          ></span
        >
      </label>
      ${on && p.features.length ? this.#renderFeatures(p) : nothing}
      ${
        error
          ? html`<p class="field-error" id="${id}-error">
              ${error}
              ${
                this.#noFree === p.id && host.can('licenses:purchase')
                  ? html`<button
                      type="button"
                      class="link"
                      part="button"
                      @click=${() => host.show('purchase', p.id)}
                    >
                      ${t('products.buy', { product: p.name })}
                    </button>`
                  : nothing
              }
            </p>`
          : nothing
      }
    </div>`;
  }
}
