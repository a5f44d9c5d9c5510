import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import type { Data, Item } from '@allot/sdk';
import type { WidgetApi } from '../base/allot-element.js';
import { field, focusFirstError, FormState, formMessage, parseMinutes } from '../base/form.js';
import { IdempotencyKeys } from '../base/idempotency.js';
import { toProblem } from '../base/problems.js';
import type { AllotStore } from '../base/store.js';
import type { Account } from './types.js';

export { controls } from '../base/controls.js';
export { formsStyles } from './minutes-forms.styles.js';

type OutgoingShare = Item<'listOutgoingShares'>;
type IncomingShare = Item<'listIncomingShares'>;

/** Which form the dialog shows. */
export type Panel =
  | { kind: 'buy'; step: 'edit' | 'review' }
  | { kind: 'transfer' }
  | { kind: 'create' }
  | { kind: 'edit'; account: Account }
  | { kind: 'delete'; account: Account };

/** What the forms share with the widget: its accounts, and the error shown by each account or invitation. */
export interface AccountsView {
  accounts(): Account[];
  rowErrors: Map<string, string>;
}

const wait = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)), { once: true });
  });

/**
 * The forms of `<minutes-balance>`, loaded the first time one opens: buy minutes (quantity, price from the
 * catalogue, confirmation), transfer, create or edit a project, delete a project (saying where its minutes go
 * and which shares end). Each keeps what was typed through errors and retries with the same idempotency key.
 */
export class MinutesForms {
  /** The form shown, or undefined when the dialog is closed. */
  panel: Panel | undefined;
  readonly #api: WidgetApi;
  readonly #host: WidgetApi['host'];
  readonly #view: AccountsView;
  readonly #form: FormState;
  readonly #keys = new IdempotencyKeys();
  #opener: HTMLElement | null = null;
  readonly #quote: Task<
    readonly [AllotStore | undefined, number | undefined],
    Data<'quoteMinutePurchase'> | undefined
  >;
  readonly #etag: Task<readonly [AllotStore | undefined, string | undefined], string | undefined>;
  readonly #endingShares: Task<
    readonly [AllotStore | undefined, string | undefined],
    OutgoingShare[] | undefined
  >;

  constructor(api: WidgetApi, view: AccountsView) {
    const host = api.host;
    this.#api = api;
    this.#host = host;
    this.#view = view;
    this.#form = new FormState(host);
    this.#quote = new Task(host, {
      args: () =>
        [
          this.#api.store,
          this.panel?.kind === 'buy' ? parseMinutes(this.#form.value('minutes')) : undefined,
        ] as const,
      task: async ([store, minutes], { signal }) => {
        if (!store || minutes === undefined) return undefined;
        await wait(250, signal); // typing settles before asking for a price
        return store.client.minutes.quote({ minutes }, { signal });
      },
    });

    this.#etag = new Task(host, {
      args: () => [this.#api.store, this.panel?.kind === 'edit' ? this.panel.account.id : undefined] as const,
      task: async ([store, accountId], { signal }) =>
        store && accountId
          ? (await store.client.minutes.accounts.get(accountId, { signal })).etag
          : undefined,
    });

    this.#endingShares = new Task(host, {
      args: () =>
        [this.#api.store, this.panel?.kind === 'delete' ? this.panel.account.id : undefined] as const,
      task: async ([store, accountId], { signal }): Promise<OutgoingShare[] | undefined> =>
        store && accountId
          ? (await store.client.shares.list({ accountId, status: ['pending', 'accepted'] }, { signal })).items
          : undefined,
    });
  }

  #accounts(): Account[] {
    return this.#view.accounts();
  }

  #owned(): Account[] {
    return this.#accounts().filter((a) => a.access === 'owned');
  }

  #titleOf(id: string | undefined): string | undefined {
    return this.#accounts().find((a) => a.id === id)?.title;
  }

  async #rowAction(id: string, action: (store: AllotStore) => Promise<string>) {
    const store = this.#api.store;
    if (!store) return;
    this.#view.rowErrors.delete(id);
    this.#host.requestUpdate();
    try {
      void this.#api.announce(await action(store));
    } catch (error) {
      const problem = this.#api.problem(error);
      if (problem) {
        this.#view.rowErrors.set(id, problem.message);
        void this.#api.announce(problem.message, 'error');
      }
      this.#host.requestUpdate();
    }
  }

  /** Makes an account the default. */
  makeDefault(account: Account): void {
    void this.#rowAction(account.id, async (store) => {
      const result = await store.client.minutes.setDefaultAccount({ accountId: account.id });
      store.changed('accounts');
      this.#api.emit('allot-default-account-changed', {
        accountId: result.defaultAccountId,
        previousAccountId: result.previousDefaultAccountId,
      });
      return this.#api.i18n.t('account.defaultChanged', { title: account.title });
    });
  }

  /** Accepts an invitation, as the default account or not. */
  accept(share: IncomingShare, setDefault: boolean): void {
    void this.#rowAction(share.id, async (store) => {
      const result = await store.client.shares.incoming.accept(share.id, { setDefault });
      store.changed('accounts', 'incoming', 'ledger');
      this.#api.emit('allot-share-accepted', { shareId: share.id, accountId: result.account.id, setDefault });
      return this.#api.i18n.t(setDefault ? 'invitation.acceptedDefault' : 'invitation.accepted', {
        title: share.accountTitle,
        portal: share.sender.name,
      });
    });
  }

  /** Declines an invitation. */
  decline(share: IncomingShare): void {
    void this.#rowAction(share.id, async (store) => {
      await store.client.shares.incoming.decline(share.id);
      store.changed('incoming');
      this.#api.emit('allot-share-declined', { shareId: share.id });
      return this.#api.i18n.t('invitation.declined', {
        title: share.accountTitle,
        portal: share.sender.name,
      });
    });
  }

  /** Shows a form; `opener` gets focus back when the dialog closes. */
  open(panel: Panel, values: Record<string, string>, opener: HTMLElement | null): void {
    this.#opener = opener;
    this.panel = panel;
    this.#form.reset(values);
    this.#keys.clear();
  }

  #close() {
    this.panel = undefined; // before the close event, so no render in between opens it again
    this.#host.renderRoot.querySelector('dialog')?.close();
  }

  /** The dialog closed (a button, Escape, or success). */
  closed(): void {
    this.panel = undefined;
    this.#form.reset();
    this.#opener?.focus();
    this.#opener = null;
  }

  /** The dialog's content: the form shown, its close button. */
  render(): TemplateResult | typeof nothing {
    const panel = this.panel;
    if (!panel) return nothing;
    const content =
      panel.kind === 'buy'
        ? this.#renderBuy(panel.step)
        : panel.kind === 'transfer'
          ? this.#renderTransfer()
          : panel.kind === 'delete'
            ? this.#renderDelete(panel.account)
            : this.#renderProject(panel.kind === 'edit' ? panel.account : undefined);
    return html`${content}
      <button type="button" class="link close" part="button" @click=${() => this.#close()}>
        ${this.#api.i18n.t('action.close')}
      </button>`;
  }

  async #run<T>(
    action: (store: AllotStore) => Promise<T>,
    done: (result: T, store: AllotStore) => string,
    shape: { fields?: readonly string[]; fieldOf?: Partial<Record<string, string>> } = {},
  ): Promise<boolean> {
    const store = this.#api.store;
    if (!store || this.#form.busy) return false;
    this.#form.busy = true;
    this.#form.message = '';
    this.#host.requestUpdate();
    try {
      const result = await action(store);
      const message = done(result, store);
      this.#form.busy = false;
      this.#close();
      void this.#api.announce(message);
      return true;
    } catch (error) {
      this.#form.fail(this.#api.problem(error, shape));
      void this.#api.announce(this.#form.summary, 'error');
      void focusFirstError(this.#host);
      return false;
    }
  }

  #onBuy = (event: Event) => {
    event.preventDefault();
    const panel = this.panel;
    if (panel?.kind !== 'buy') return;
    const minutes = parseMinutes(this.#form.value('minutes'));
    const accountId = this.#form.value('accountId');
    if (panel.step === 'edit') {
      if (
        !this.#form.check({ minutes: minutes === undefined ? this.#api.i18n.t('field.minutes') : undefined })
      ) {
        void focusFirstError(this.#host);
        return;
      }
      if (this.#quote.status !== TaskStatus.COMPLETE || !this.#quote.value) return;
      this.panel = { kind: 'buy', step: 'review' };
      this.#host.requestUpdate();
      return;
    }
    if (minutes === undefined) return;
    const body = { accountId, minutes };
    void this.#run(
      (store) => store.client.minutes.purchase(body, { idempotencyKey: this.#keys.for('purchase', body) }),
      (purchase, store) => {
        store.changed('accounts', 'ledger');
        this.#api.emit('allot-minutes-purchased', {
          purchaseId: purchase.id,
          accountId: purchase.accountId,
          minutes: purchase.minutes,
          total: purchase.total,
        });
        return this.#api.i18n.t('buy.done', {
          minutes: this.#api.i18n.minutes(purchase.minutes),
          account: this.#titleOf(purchase.accountId) ?? '',
          total: this.#api.i18n.money(purchase.total),
        });
      },
      { fields: ['accountId', 'minutes'], fieldOf: { account_not_owned: 'accountId' } },
    );
  };

  #onTransfer = (event: Event) => {
    event.preventDefault();
    const minutes = parseMinutes(this.#form.value('minutes'));
    const fromAccountId = this.#form.value('fromAccountId');
    const toAccountId = this.#form.value('toAccountId');
    const valid = this.#form.check({
      minutes: minutes === undefined ? this.#api.i18n.t('field.minutes') : undefined,
      toAccountId: fromAccountId === toAccountId ? this.#api.i18n.t('error.same_account') : undefined,
    });
    if (!valid || minutes === undefined) return void focusFirstError(this.#host);
    const body = { fromAccountId, toAccountId, minutes };
    void this.#run(
      (store) => store.client.minutes.transfer(body, { idempotencyKey: this.#keys.for('transfer', body) }),
      (transfer, store) => {
        store.changed('accounts', 'ledger');
        this.#api.emit('allot-minutes-transferred', {
          transferId: transfer.id,
          from: transfer.fromAccountId,
          to: transfer.toAccountId,
          minutes: transfer.minutes,
        });
        return this.#api.i18n.t('transfer.done', {
          minutes: this.#api.i18n.minutes(transfer.minutes),
          from: this.#titleOf(transfer.fromAccountId) ?? '',
          to: this.#titleOf(transfer.toAccountId) ?? '',
        });
      },
      {
        fields: ['fromAccountId', 'toAccountId', 'minutes'],
        fieldOf: { insufficient_minutes: 'minutes', same_account: 'toAccountId' },
      },
    );
  };

  #onSaveProject = (event: Event) => {
    event.preventDefault();
    const panel = this.panel;
    const title = this.#form.value('title').trim();
    const description = this.#form.value('description').trim();
    if (!this.#form.check({ title: title ? undefined : this.#api.i18n.t('field.required') })) {
      return void focusFirstError(this.#host);
    }
    const shape = { fields: ['title', 'description'] };
    if (panel?.kind === 'edit') {
      const etag = this.#etag.value;
      if (!etag) return;
      const body = { title, description };
      void this.#run(
        (store) => store.client.minutes.projects.update(panel.account.id, body, { ifMatch: etag }),
        ({ data }, store) => {
          store.changed('accounts');
          this.#api.emit('allot-project-updated', { accountId: data.id, title: data.title });
          return this.#api.i18n.t('project.updated', { title: data.title });
        },
        shape,
      ).then((saved) => {
        // Someone else may have changed it: read the new version so saving again works, keeping what was typed.
        if (!saved) void this.#etag.run();
      });
      return;
    }
    const body = description ? { title, description } : { title };
    void this.#run(
      (store) =>
        store.client.minutes.projects.create(body, { idempotencyKey: this.#keys.for('create', body) }),
      ({ data }, store) => {
        store.changed('accounts');
        this.#api.emit('allot-project-created', { accountId: data.id, title: data.title });
        return this.#api.i18n.t('project.created', { title: data.title });
      },
      shape,
    );
  };

  #onDelete = (event: Event) => {
    event.preventDefault();
    const panel = this.panel;
    if (panel?.kind !== 'delete') return;
    void this.#run(
      (store) => store.client.minutes.projects.delete(panel.account.id),
      (deletion, store) => {
        store.changed('accounts', 'ledger', 'shares');
        this.#api.emit('allot-project-deleted', {
          accountId: deletion.accountId,
          movedMinutes: deletion.movedMinutes,
          movedToAccountId: deletion.movedToAccountId,
          endedShareIds: deletion.revokedShares.map((s) => s.id),
        });
        return this.#api.i18n.t('project.deleted', {
          title: panel.account.title,
          minutes: this.#api.i18n.minutes(deletion.movedMinutes),
          pool: this.#titleOf(deletion.movedToAccountId) ?? '',
          count: deletion.revokedShares.length,
        });
      },
    );
  };

  #accountOptions(accounts: Account[]) {
    return accounts.map((a) => ({
      value: a.id,
      label: this.#api.i18n.t('account.option', {
        title: a.title,
        balance: this.#api.i18n.minutes(a.balance),
      }),
    }));
  }

  #actions(submit: string, cls = 'primary'): TemplateResult {
    return html`<div class="actions">
      <button type="button" part="button" @click=${() => this.#close()}>
        ${this.#api.i18n.t('action.cancel')}
      </button>
      <button type="submit" part="button" class=${cls} aria-disabled=${this.#form.busy}>
        ${this.#form.busy ? this.#api.i18n.t('action.working') : submit}
      </button>
    </div>`;
  }

  #renderBuy(step: 'edit' | 'review') {
    const t = this.#api.i18n.t.bind(this.#api.i18n);
    const quote = this.#quote.value;
    const minutes = parseMinutes(this.#form.value('minutes'));
    const priced = quote && quote.minutes === minutes ? quote : undefined;
    if (step === 'review' && priced) {
      return html`<form @submit=${this.#onBuy} novalidate>
        <h2 id="dialog-title">${t('buy.reviewTitle')}</h2>
        <dl class="summary">
          <dt>${t('buy.account')}</dt>
          <dd>${this.#titleOf(this.#form.value('accountId'))}</dd>
          <dt>${t('buy.quantity')}</dt>
          <dd>${this.#api.i18n.minutes(priced.minutes)}</dd>
          <dt>${t('buy.unitPrice')}</dt>
          <dd>${this.#api.i18n.money(priced.unitPrice)}</dd>
          <dt>${t('buy.total')}</dt>
          <dd class="total">${this.#api.i18n.money(priced.total)}</dd>
        </dl>
        <p class="muted small">${t('buy.reviewHint')}</p>
        ${formMessage(this.#form)}
        <div class="actions">
          <button
            type="button"
            part="button"
            @click=${() => ((this.panel = { kind: 'buy', step: 'edit' }), this.#host.requestUpdate())}
          >
            ${t('action.back')}
          </button>
          <button type="submit" part="button" class="primary" aria-disabled=${this.#form.busy}>
            ${this.#form.busy ? t('action.working') : t('buy.confirm', { total: this.#api.i18n.money(priced.total) })}
          </button>
        </div>
      </form>`;
    }
    const pending = minutes !== undefined && !priced && this.#quote.status !== TaskStatus.ERROR;
    return html`<form @submit=${this.#onBuy} novalidate>
      <h2 id="dialog-title">${t('buy.title')}</h2>
      ${field(this.#form, {
        name: 'accountId',
        label: t('buy.account'),
        type: 'select',
        options: this.#accountOptions(this.#owned()),
      })}
      ${field(this.#form, {
        name: 'minutes',
        label: t('buy.quantity'),
        type: 'number',
        required: true,
        min: 1,
        max: 1_000_000,
      })}
      <p class="price" aria-live="polite">
        ${
          priced
            ? t('buy.preview', {
                minutes: this.#api.i18n.minutes(priced.minutes),
                unit: this.#api.i18n.money(priced.unitPrice),
                total: this.#api.i18n.money(priced.total),
              })
            : this.#quote.status === TaskStatus.ERROR
              ? toProblem(this.#quote.error, this.#api.i18n).message
              : pending
                ? t('buy.pricing')
                : t('buy.enterQuantity')
        }
      </p>
      ${formMessage(this.#form)} ${this.#actions(t('action.continue'))}
    </form>`;
  }

  #renderTransfer() {
    const t = this.#api.i18n.t.bind(this.#api.i18n);
    const options = this.#accountOptions(this.#owned());
    return html`<form @submit=${this.#onTransfer} novalidate>
      <h2 id="dialog-title">${t('transfer.title')}</h2>
      ${field(this.#form, { name: 'fromAccountId', label: t('transfer.from'), type: 'select', options })}
      ${field(this.#form, { name: 'toAccountId', label: t('transfer.to'), type: 'select', options })}
      ${field(this.#form, {
        name: 'minutes',
        label: t('transfer.minutes'),
        type: 'number',
        required: true,
        min: 1,
        max: 1_000_000,
        hint: t('transfer.available', {
          minutes: this.#api.i18n.minutes(
            this.#accounts().find((a) => a.id === this.#form.value('fromAccountId'))?.balance ?? 0,
          ),
        }),
      })}
      ${formMessage(this.#form)} ${this.#actions(t('transfer.submit'))}
    </form>`;
  }

  #renderProject(account: Account | undefined) {
    const t = this.#api.i18n.t.bind(this.#api.i18n);
    return html`<form @submit=${this.#onSaveProject} novalidate>
      <h2 id="dialog-title">
        ${account ? t('project.editTitle', { title: account.title }) : t('project.createTitle')}
      </h2>
      ${account ? nothing : html`<p class="muted">${t('project.createHint')}</p>`}
      ${field(this.#form, { name: 'title', label: t('project.name'), required: true, maxlength: 80 })}
      ${field(this.#form, {
        name: 'description',
        label: t('project.description'),
        type: 'textarea',
        maxlength: 500,
        hint: t('project.optional'),
      })}
      ${formMessage(this.#form)} ${this.#actions(account ? t('action.save') : t('project.create'))}
    </form>`;
  }

  #renderDelete(account: Account) {
    const t = this.#api.i18n.t.bind(this.#api.i18n);
    const pool = this.#owned().find((a) => a.kind === 'pool');
    const shares = this.#endingShares.value;
    return html`<form @submit=${this.#onDelete} novalidate>
      <h2 id="dialog-title">${t('project.deleteTitle', { title: account.title })}</h2>
      <p>
        ${
          account.balance > 0
            ? t('project.deleteMoves', {
                minutes: this.#api.i18n.minutes(account.balance),
                pool: pool?.title ?? '',
              })
            : t('project.deleteEmpty')
        }
      </p>
      ${
        this.#endingShares.status === TaskStatus.ERROR
          ? html`<p class="alert">${toProblem(this.#endingShares.error, this.#api.i18n).message}</p>`
          : !shares
            ? this.#api.renderLoading()
            : shares.length === 0
              ? html`<p>${t('project.deleteNoShares')}</p>`
              : html`<p>${t('project.deleteShares', { count: shares.length })}</p>
                  <ul class="bullets">
                    ${shares.map(
                      (s) =>
                        html`<li>
                          ${t(s.status === 'accepted' ? 'project.deleteRevokes' : 'project.deleteCancels', {
                            portal: s.recipient.name,
                            email: s.recipient.ownerEmail,
                          })}
                        </li>`,
                    )}
                  </ul>`
      }
      ${formMessage(this.#form)} ${this.#actions(t('project.deleteConfirm'), 'danger')}
    </form>`;
  }
}
