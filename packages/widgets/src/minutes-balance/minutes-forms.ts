import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import type { Data, Item } from '@allot/sdk';
import type { WidgetApi } from '../base/allot-element.js';
import type { ActionController } from '../base/controllers/actions.js';
import type { DialogController } from '../base/controllers/dialog.js';
import { FormController } from '../base/controllers/form.js';
import { sleep } from '../base/controllers/sleep.js';
import { parseMinutes } from '../base/form.js';
import { IdempotencyKeys } from '../base/idempotency.js';
import type { FormShape } from '../base/problems.js';
import type { AllotStore } from '../base/store.js';
import { minutesFormsStrings } from '../locales/parts.js';
import {
  renderBuy,
  renderDelete,
  renderMakeDefault,
  renderProject,
  renderTransfer,
} from './minutes-form-views.js';
import type { Account, Panel } from './types.js';

export { controls } from '../base/controls.js';
export { formsStyles } from './minutes-forms.styles.js';
/** The words only the dialogs show, loaded with them. */
export const strings = [minutesFormsStrings];

type OutgoingShare = Item<'listOutgoingShares'>;
type IncomingShare = Item<'listIncomingShares'>;

/** What the forms share with the widget: its accounts, its row actions, its dialog. */
export interface AccountsView {
  accounts(): Account[];
  actions: ActionController;
  dialog: DialogController<Panel>;
}

/**
 * The forms of `<minutes-balance>`, loaded the first time one opens: buy minutes (quantity, price from the
 * catalogue, confirmation), transfer, create or edit a project, delete a project (saying where its minutes go
 * and which shares end). Each keeps what was typed through errors and retries with the same idempotency key.
 */
export class MinutesForms {
  readonly #api: WidgetApi;
  readonly #view: AccountsView;
  readonly form: FormController;
  readonly #keys = new IdempotencyKeys();
  readonly quote: Task<
    readonly [AllotStore | undefined, number | undefined],
    Data<'quoteMinutePurchase'> | undefined
  >;
  /** The edited project as the service has it now: its version (to send in If-Match), title and description. */
  readonly #latest: Task<
    readonly [AllotStore | undefined, string | undefined],
    { etag: string; title: string; description: string } | undefined
  >;
  readonly endingShares: Task<
    readonly [AllotStore | undefined, string | undefined],
    OutgoingShare[] | undefined
  >;

  constructor(api: WidgetApi, view: AccountsView) {
    const host = api.host;
    this.#api = api;
    this.#view = view;
    this.form = new FormController(host, api);
    this.quote = new Task(host, {
      args: () =>
        [
          this.#api.store,
          this.panel?.kind === 'buy' ? parseMinutes(this.form.value('minutes')) : undefined,
        ] as const,
      task: async ([store, minutes], { signal }) => {
        if (!store || minutes === undefined) return undefined;
        await sleep(250, signal); // typing settles before asking for a price
        return store.client.minutes.quote({ minutes }, { signal });
      },
    });

    this.#latest = new Task(host, {
      args: () => [this.#api.store, this.panel?.kind === 'edit' ? this.panel.account.id : undefined] as const,
      task: async ([store, accountId], { signal }) => {
        if (!store || !accountId) return undefined;
        const { data, etag } = await store.client.minutes.accounts.get(accountId, { signal });
        return { etag, title: data.title, description: data.description ?? '' };
      },
    });

    this.endingShares = new Task(host, {
      args: () =>
        [this.#api.store, this.panel?.kind === 'delete' ? this.panel.account.id : undefined] as const,
      task: async ([store, accountId], { signal }): Promise<OutgoingShare[] | undefined> =>
        store && accountId
          ? (await store.client.shares.list({ accountId, status: ['pending', 'accepted'] }, { signal })).items
          : undefined,
    });
  }

  /** The form shown, or undefined when the dialog is closed. */
  get panel(): Panel | undefined {
    return this.#view.dialog.panel;
  }

  /** A request of the form is running: Escape waits for it. */
  get busy(): boolean {
    return this.form.busy;
  }

  get i18n(): WidgetApi['i18n'] {
    return this.#api.i18n;
  }

  accounts(): Account[] {
    return this.#view.accounts();
  }

  owned(): Account[] {
    return this.accounts().filter((a) => a.access === 'owned');
  }

  titleOf(id: string | undefined): string | undefined {
    return this.accounts().find((a) => a.id === id)?.title;
  }

  renderLoading(): TemplateResult {
    return this.#api.renderLoading();
  }

  #rowAction(id: string, action: (store: AllotStore) => Promise<string>) {
    const store = this.#api.store;
    if (store) void this.#view.actions.run(id, () => action(store));
  }

  /** Accepts an invitation, as the default account or not. */
  accept(share: IncomingShare, setDefault: boolean): void {
    this.#rowAction(share.id, async (store) => {
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
    this.#rowAction(share.id, async (store) => {
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
    this.form.reset(values);
    this.#keys.clear();
    this.#view.dialog.open(panel, opener);
  }

  /** Moves the dialog to another step of its form. */
  step(panel: Panel): void {
    this.#view.dialog.open(panel);
  }

  close(): void {
    this.#view.dialog.close();
  }

  /** The dialog closed (a button, Escape, or success). */
  closed(): void {
    this.form.reset();
  }

  /** The dialog's content: the form shown, its close button. */
  render(): TemplateResult | typeof nothing {
    const panel = this.panel;
    if (!panel) return nothing;
    const content =
      panel.kind === 'buy'
        ? renderBuy(this, panel.step, this.#onBuy)
        : panel.kind === 'transfer'
          ? renderTransfer(this, this.#onTransfer)
          : panel.kind === 'delete'
            ? renderDelete(this, panel.account, this.#onDelete)
            : panel.kind === 'default'
              ? renderMakeDefault(this, panel.account, this.#onMakeDefault)
              : renderProject(this, panel.kind === 'edit' ? panel.account : undefined, this.#onSaveProject);
    return html`${content}
      <button type="button" class="link close" part="button" @click=${() => this.close()}>
        ${this.#api.i18n.t('action.close')}
      </button>`;
  }

  /** Sends the form; on success closes the dialog and says `done`'s message. */
  async #run<T>(
    action: (store: AllotStore) => Promise<T>,
    done: (result: T, store: AllotStore) => string,
    shape: FormShape = {},
  ): Promise<boolean> {
    const store = this.#api.store;
    if (!store) return false;
    const outcome = await this.form.submit(() => action(store), shape);
    if (!outcome.ok) return false;
    const message = done(outcome.value, store);
    this.close();
    void this.#api.announce(message);
    return true;
  }

  #onBuy = (event: Event) => {
    event.preventDefault();
    const panel = this.panel;
    if (panel?.kind !== 'buy') return;
    const minutes = parseMinutes(this.form.value('minutes'));
    const accountId = this.form.value('accountId');
    if (panel.step === 'edit') {
      if (
        !this.form.check({ minutes: minutes === undefined ? this.#api.i18n.t('field.minutes') : undefined })
      )
        return;
      if (this.quote.status !== TaskStatus.COMPLETE || !this.quote.value) return;
      this.step({ kind: 'buy', step: 'review' });
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
          account: this.titleOf(purchase.accountId) ?? '',
          total: this.#api.i18n.money(purchase.total),
        });
      },
      { fields: ['accountId', 'minutes'], fieldOf: { account_not_owned: 'accountId' } },
    );
  };

  #onTransfer = (event: Event) => {
    event.preventDefault();
    const minutes = parseMinutes(this.form.value('minutes'));
    const fromAccountId = this.form.value('fromAccountId');
    const toAccountId = this.form.value('toAccountId');
    const valid = this.form.check({
      minutes: minutes === undefined ? this.#api.i18n.t('field.minutes') : undefined,
      toAccountId: fromAccountId === toAccountId ? this.#api.i18n.t('error.same_account') : undefined,
    });
    if (!valid || minutes === undefined) return;
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
          from: this.titleOf(transfer.fromAccountId) ?? '',
          to: this.titleOf(transfer.toAccountId) ?? '',
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
    const title = this.form.value('title').trim();
    const description = this.form.value('description').trim();
    if (!this.form.check({ title: title ? undefined : this.#api.i18n.t('field.required') })) return;
    const shape = { fields: ['title', 'description'] };
    if (panel?.kind === 'edit') {
      const etag = this.#latest.value?.etag;
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
        // Someone else may have changed it: read the new version so saving again works, keeping what was typed,
        // and say what they saved, so the admin knows what saving again replaces.
        if (!saved) void this.#latest.run().then(() => this.#sayTheirs(etag));
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

  /** After a refused edit: when the project has a new version, what it now says, next to the form's message. */
  #sayTheirs(sent: string) {
    const latest = this.#latest.value;
    if (!latest || latest.etag === sent || !this.form.message) return;
    const { i18n } = this.#api;
    this.form.message += ` ${
      latest.description
        ? i18n.t('project.theirs', { title: latest.title, description: latest.description })
        : i18n.t('project.theirsNoDescription', { title: latest.title })
    }`;
    this.#api.host.requestUpdate();
  }

  /** Makes the account the default once the admin confirmed what that changes. */
  #onMakeDefault = (event: Event) => {
    event.preventDefault();
    const panel = this.panel;
    if (panel?.kind !== 'default') return;
    const { account } = panel;
    void this.#run(
      (store) => store.client.minutes.setDefaultAccount({ accountId: account.id }),
      (result, store) => {
        store.changed('accounts');
        this.#api.emit('allot-default-account-changed', {
          accountId: result.defaultAccountId,
          previousAccountId: result.previousDefaultAccountId,
        });
        return this.#api.i18n.t('account.defaultChanged', { title: account.title });
      },
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
          pool: this.titleOf(deletion.movedToAccountId) ?? '',
          count: deletion.revokedShares.length,
        });
      },
    );
  };
}
