import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyDeclarations } from 'lit';
import type { Data, Item } from '@allot/sdk';
import { AllotElement } from '../base/allot-element.js';
import { minutesBalanceStrings } from '../locales/catalogue.js';
import { ShareDialog } from '../share-dialog/share-dialog.component.js';
import { core } from '../base/styles.js';
import { theme } from '../theme/tokens.js';
import type { Topic } from '../base/store.js';
import { renderLedger } from './ledger.js';
import type { MinutesForms, Panel } from './minutes-forms.js';
import { styles } from './minutes-balance.styles.js';
import type { Account, LedgerEntry } from './types.js';
import { renderUsage, usageOf, type Usage } from './usage-chart.js';

type Me = Data<'getMe'>;
type IncomingShare = Item<'listIncomingShares'>;

interface Overview {
  me: Me;
  accounts: Account[];
  defaultAccountId: string;
  invitations: IncomingShare[];
}

interface LedgerPage {
  accountId: string;
  entries: LedgerEntry[];
  nextCursor: string | null;
}

/**
 * The minutes of a portal: the balance of each account it owns (the pool and its projects) and of each
 * account another portal shared with it, the default account (marked, and changeable), the ledger with its
 * running balance, usage over the last 30 days and what is left at that rate. Admins buy minutes (with the
 * price shown before confirming), transfer between their accounts, create, edit and delete projects, share
 * an account (through `<share-dialog>`), and accept or decline invitations from other portals. A member sees
 * only the default account's balance.
 *
 * @tagname minutes-balance
 * @summary Balances, ledger, purchases, transfers, projects and invitations of a portal's minutes.
 *
 * @event {CustomEvent<MinutesPurchasedDetail>} allot-minutes-purchased - Minutes were bought into an account.
 * @event {CustomEvent<MinutesTransferredDetail>} allot-minutes-transferred - Minutes moved between two accounts.
 * @event {CustomEvent<DefaultAccountChangedDetail>} allot-default-account-changed - The default account changed.
 * @event {CustomEvent<ProjectCreatedDetail>} allot-project-created - A project was created.
 * @event {CustomEvent<ProjectUpdatedDetail>} allot-project-updated - An account's title or description changed.
 * @event {CustomEvent<ProjectDeletedDetail>} allot-project-deleted - A project was deleted; its minutes went to the pool.
 * @event {CustomEvent<ShareAcceptedDetail>} allot-share-accepted - An invitation from another portal was accepted.
 * @event {CustomEvent<ShareDeclinedDetail>} allot-share-declined - An invitation from another portal was declined.
 * @event {CustomEvent<ErrorDetail>} allot-error - A request failed; the widget shows why.
 *
 * @csspart card - The whole widget.
 * @csspart header - The title row with the main actions.
 * @csspart button - Every button.
 * @csspart accounts - The list of accounts.
 * @csspart account - One account.
 * @csspart default-account - The default account (also has part `account`).
 * @csspart balance - An account's balance figure.
 * @csspart badge - Kind, owner and default badges.
 * @csspart invitations - Invitations from other portals.
 * @csspart usage - The usage chart and the projection.
 * @csspart ledger - The transactions table.
 * @csspart share-trigger - The "Share minutes" button of an account (the `trigger` part of its `<share-dialog>`).
 * @csspart dialog - The dialog of a form (buy, transfer, project, delete).
 * @csspart field - A labelled form control.
 * @csspart form-error - A form's error message.
 * @csspart status - The live region announcing outcomes.
 * @csspart loading - The loading placeholder.
 * @csspart error - The error state.
 * @csspart forbidden - Shown when the user may not see minutes.
 * @csspart empty - Shown when there is nothing to list.
 *
 * @cssproperty --allot-minutes-balance-figure-color - Colour of balance figures.
 * @cssproperty --allot-minutes-balance-figure-size - Font size of balance figures.
 * @cssproperty --allot-minutes-balance-card-background - Background of the widget.
 * @cssproperty --allot-minutes-balance-account-background - Background of an account.
 * @cssproperty --allot-minutes-balance-default-border - Border colour of the default account.
 * @cssproperty --allot-minutes-balance-chart-color - Colour of the usage bars.
 * @cssproperty --allot-sys-color-primary - System token: primary colour (and every other `--allot-sys-*`).
 */
export class MinutesBalance extends AllotElement {
  static readonly baseName = 'minutes-balance';
  static override strings = [...ShareDialog.strings, minutesBalanceStrings];
  // Form controls and dialogs come with the forms, when one first opens.
  static override styles = [theme, core, styles];

  static override properties: PropertyDeclarations = {
    pageSize: { attribute: 'page-size', type: Number },
  };

  /** Ledger entries per page. */
  declare pageSize: number;

  protected override readonly topics: readonly Topic[] = ['me', 'accounts', 'ledger', 'incoming'];

  #selected: string | undefined;
  #older: LedgerPage | undefined;
  #loadingOlder = false;
  #acceptAsDefault = new Map<string, boolean>();
  #rowErrors = new Map<string, string>();
  #shareDialogs = new Map<string, AllotElement>();
  // The forms (buy, transfer, project, delete) are their own chunk, loaded when one first opens.
  #forms: MinutesForms | undefined;

  constructor() {
    super();
    this.pageSize = 10;
  }

  #overview = new Task(this, {
    args: () => [this.store, this.revision] as const,
    task: async ([store], { signal }): Promise<Overview | undefined> => {
      if (!store) return undefined;
      const me = await store.read('me', ['me'], () => store.client.me(), signal);
      const manages = me.permissions.includes('minutes:manage');
      const [list, incoming] = await Promise.all([
        store.read('accounts', ['accounts'], () => store.client.minutes.accounts.list(), signal),
        manages
          ? store.read(
              'incoming:pending',
              ['incoming'],
              () => store.client.shares.incoming.list({ status: ['pending'] }),
              signal,
            )
          : undefined,
      ]);
      return {
        me,
        accounts: list.items,
        defaultAccountId: list.defaultAccountId,
        invitations: incoming?.items ?? [],
      };
    },
  });

  // The ledger and usage follow the overview, not the revision: after a change elsewhere they wait for the new
  // list of accounts, so they never ask for an account that is gone (a deleted project, a revoked share).
  #ledger = new Task(this, {
    args: () => [this.store, this.#selectedId(), this.pageSize, this.#overview.value] as const,
    task: async ([store, accountId, limit], { signal }): Promise<LedgerPage | undefined> => {
      if (!store || !accountId) return undefined;
      const page = await store.read(
        `ledger:${accountId}:${limit}`,
        ['ledger'],
        () => store.client.minutes.ledger.list(accountId, { limit }),
        signal,
      );
      return { accountId, entries: page.items, nextCursor: page.nextCursor };
    },
    onComplete: () => (this.#older = undefined),
  });

  #usage = new Task(this, {
    args: () => [this.store, this.#selectedId(), this.#overview.value] as const,
    task: async ([store, accountId], { signal }): Promise<Usage | undefined> => {
      if (!store || !accountId) return undefined;
      const page = await store.read(
        `usage:${accountId}`,
        ['ledger'],
        () => store.client.minutes.ledger.list(accountId, { limit: 200 }),
        signal,
      );
      return usageOf(page.items, page.nextCursor !== null, store.now());
    },
  });

  #selectedId(): string | undefined {
    const overview = this.#overview.value;
    if (!overview) return undefined;
    const ids = overview.accounts.map((a) => a.id);
    return this.#selected && ids.includes(this.#selected)
      ? this.#selected
      : ids.includes(overview.defaultAccountId)
        ? overview.defaultAccountId
        : ids[0];
  }

  #can(permission: string): boolean {
    return this.#overview.value?.me.permissions.includes(permission as Me['permissions'][number]) ?? false;
  }

  #accounts(): Account[] {
    return this.#overview.value?.accounts ?? [];
  }

  #owned(): Account[] {
    return this.#accounts().filter((a) => a.access === 'owned');
  }

  #titleOf(id: string | undefined): string | undefined {
    return this.#accounts().find((a) => a.id === id)?.title;
  }

  // ——— lifecycle ———

  protected override updated() {
    const dialog = this.renderRoot.querySelector('dialog');
    if (this.#forms?.panel && dialog && !dialog.open) dialog.showModal();
  }

  // ——— handlers ———

  /** Opens a form, loading the forms first if needed; focus returns to the button that opened it. */
  async #open(panel: Panel, values: Record<string, string>, event: Event) {
    const opener = event.currentTarget as HTMLElement;
    (await this.#loadForms()).open(panel, values, opener);
    this.requestUpdate();
  }

  async #loadForms(): Promise<MinutesForms> {
    if (!this.#forms) {
      const { MinutesForms, formsStyles, controls } = await import('./minutes-forms.js');
      this.adoptStyles(controls);
      this.adoptStyles(formsStyles);
      this.#forms ??= new MinutesForms(this.api(), {
        accounts: () => this.#accounts(),
        rowErrors: this.#rowErrors,
      });
    }
    return this.#forms;
  }

  #onDialogClose = () => {
    this.#forms?.closed();
    this.requestUpdate();
  };

  #selectAccount(id: string) {
    this.#selected = id;
    this.requestUpdate();
  }

  // Row actions run in the forms' chunk too: nothing of them is needed before a click.
  #makeDefault(account: Account) {
    void this.#loadForms().then((forms) => forms.makeDefault(account));
  }

  #accept(share: IncomingShare) {
    const setDefault = this.#acceptAsDefault.get(share.id) ?? true;
    void this.#loadForms().then((forms) => forms.accept(share, setDefault));
  }

  #decline(share: IncomingShare) {
    void this.#loadForms().then((forms) => forms.decline(share));
  }

  async #loadOlder() {
    const store = this.store;
    const current = this.#older ?? this.#ledger.value;
    if (!store || !current?.nextCursor || this.#loadingOlder) return;
    this.#loadingOlder = true;
    this.requestUpdate();
    try {
      const page = await store.client.minutes.ledger.list(current.accountId, {
        cursor: current.nextCursor,
        limit: this.pageSize,
      });
      this.#older = {
        accountId: current.accountId,
        entries: [...current.entries, ...page.items],
        nextCursor: page.nextCursor,
      };
      void this.announce(this.i18n.t('ledger.loaded', { count: page.items.length }), 'info');
    } catch (error) {
      const problem = this.problem(error);
      if (problem) void this.announce(problem.message, 'error');
    } finally {
      this.#loadingOlder = false;
      this.requestUpdate();
    }
  }

  // ——— render ———

  protected override render() {
    const t = this.i18n.t.bind(this.i18n);
    if (!this.i18n.ready) return this.renderLoading();
    if (!this.store) return this.renderUnconfigured();
    const overview = this.#overview.value;
    const status = this.#overview.status;
    return html`<section
        class="card"
        part="card"
        aria-labelledby="title"
        aria-busy=${status === TaskStatus.PENDING}
      >
        <header class="row header" part="header">
          <h2 id="title">${t('balance.title')}</h2>
          <span class="spacer"></span>
          ${overview && status !== TaskStatus.ERROR ? this.#renderMainActions() : nothing}
        </header>
        ${this.#forms?.panel ? nothing : this.renderStatus()}
        ${
          status === TaskStatus.ERROR
            ? this.renderError(this.#overview.error, () => void this.#overview.run())
            : overview
              ? this.#renderOverview(overview)
              : this.renderLoading()
        }
      </section>
      <dialog part="dialog" aria-labelledby="dialog-title" @close=${this.#onDialogClose}>
        ${this.#forms?.render() ?? nothing} ${this.#forms?.panel ? this.renderStatus() : nothing}
      </dialog>`;
  }

  #renderMainActions() {
    const t = this.i18n.t.bind(this.i18n);
    const owned = this.#owned();
    const [first, second] = owned;
    const pool = owned.find((a) => a.kind === 'pool') ?? first;
    return html`<div class="row" role="group" aria-label=${t('balance.actions')}>
      ${
        this.#can('minutes:purchase') && pool
          ? html`<button
              type="button"
              class="primary"
              part="button"
              @click=${(e: Event) => this.#open({ kind: 'buy', step: 'edit' }, { accountId: pool.id }, e)}
            >
              ${t('buy.open')}
            </button>`
          : nothing
      }
      ${
        this.#can('minutes:manage') && first && second
          ? html`<button
              type="button"
              part="button"
              @click=${(e: Event) =>
                this.#open({ kind: 'transfer' }, { fromAccountId: first.id, toAccountId: second.id }, e)}
            >
              ${t('transfer.open')}
            </button>`
          : nothing
      }
      ${
        this.#can('minutes:manage')
          ? html`<button
              type="button"
              part="button"
              @click=${(e: Event) => this.#open({ kind: 'create' }, {}, e)}
            >
              ${t('project.open')}
            </button>`
          : nothing
      }
    </div>`;
  }

  #renderOverview(overview: Overview) {
    const t = this.i18n.t.bind(this.i18n);
    const selected = this.#selectedId();
    const account = overview.accounts.find((a) => a.id === selected);
    return html`${overview.invitations.length ? this.#renderInvitations(overview.invitations) : nothing}
    ${
      overview.accounts.length === 0
        ? this.renderEmpty(t('balance.empty'))
        : html`<ul class="accounts" part="accounts" aria-label=${t('balance.accounts')}>
            ${overview.accounts.map((a) => this.#renderAccount(a, a.id === selected))}
          </ul>`
    }
    ${account ? this.#renderActivity(account) : nothing}`;
  }

  #renderAccount(account: Account, selected: boolean) {
    const t = this.i18n.t.bind(this.i18n);
    const owned = account.access === 'owned';
    const manages = this.#can('minutes:manage');
    const error = this.#rowErrors.get(account.id);
    const headingId = `acc-${account.id}`;
    return html`<li
      class="account ${account.isDefault ? 'default' : ''}"
      part=${account.isDefault ? 'account default-account' : 'account'}
      aria-labelledby=${headingId}
    >
      <div class="account-head">
        <h3 id=${headingId}>${account.title}</h3>
        ${
          account.isDefault
            ? html`<span class="badge accent" part="badge">${t('account.default')}</span>`
            : nothing
        }
        <span class="badge" part="badge"
          >${
            owned
              ? t(account.kind === 'pool' ? 'account.pool' : 'account.project')
              : t('account.sharedBy', { portal: account.owner.name })
          }</span
        >
      </div>
      <p class="balance" part="balance">
        <span class="figure">${this.i18n.number(account.balance)}</span>
        <span class="unit">${t('unit.minutesWord', { count: account.balance })}</span>
      </p>
      ${account.description ? html`<p class="muted small description">${account.description}</p>` : nothing}
      ${
        owned && account.activeShareCount
          ? html`<p class="muted small">${t('account.shareCount', { count: account.activeShareCount })}</p>`
          : nothing
      }
      <div class="row account-actions">
        <button
          aria-label=${this.i18n.t('label.for', { action: t('account.transactions'), subject: account.title })}
          type="button"
          part="button"
          class="link"
          aria-pressed=${selected}
          @click=${() => this.#selectAccount(account.id)}
        >
          ${t('account.transactions')}
        </button>
        ${
          manages && !account.isDefault
            ? html`<button
                type="button"
                part="button"
                class="link"
                @click=${() => this.#makeDefault(account)}
                aria-label=${this.i18n.t('label.for', { action: t('account.makeDefault'), subject: account.title })}
              >
                ${t('account.makeDefault')}
              </button>`
            : nothing
        }
        ${
          owned && manages
            ? html`<button
                  aria-label=${this.i18n.t('label.for', { action: t('account.edit'), subject: account.title })}
                  type="button"
                  part="button"
                  class="link"
                  @click=${(e: Event) =>
                    this.#open(
                      { kind: 'edit', account },
                      { title: account.title, description: account.description ?? '' },
                      e,
                    )}
                >
                  ${t('account.edit')}
                </button>
                ${
                  account.kind === 'project'
                    ? html`<button
                        aria-label=${this.i18n.t('label.for', { action: t('account.delete'), subject: account.title })}
                        type="button"
                        part="button"
                        class="link"
                        @click=${(e: Event) => this.#open({ kind: 'delete', account }, {}, e)}
                      >
                        ${t('account.delete')}
                      </button>`
                    : nothing
                }
                ${this.#shareDialogFor(account.id)}`
            : nothing
        }
      </div>
      ${error ? html`<p class="field-error" role="alert">${error}</p>` : nothing}
    </li>`;
  }

  /** The `<share-dialog>` of an account, created once under the name it was registered with. */
  #shareDialogFor(accountId: string): HTMLElement {
    let dialog = this.#shareDialogs.get(accountId);
    if (!dialog) {
      dialog = this.createWidget('share-dialog');
      dialog.setAttribute('account-id', accountId);
      dialog.setAttribute('exportparts', 'trigger: share-trigger');
      this.#shareDialogs.set(accountId, dialog);
    }
    this.follow(dialog);
    return dialog;
  }

  #renderInvitations(invitations: IncomingShare[]) {
    const t = this.i18n.t.bind(this.i18n);
    return html`<section class="invitations" part="invitations" aria-labelledby="inv-title">
      <h3 id="inv-title">${t('invitation.title', { count: invitations.length })}</h3>
      <ul>
        ${invitations.map((share) => {
          const checked = this.#acceptAsDefault.get(share.id) ?? true;
          const error = this.#rowErrors.get(share.id);
          return html`<li class="invitation">
            <p>
              ${t('invitation.text', {
                portal: share.sender.name,
                email: share.sender.ownerEmail,
                title: share.accountTitle,
              })}
            </p>
            <div class="check">
              <input
                type="checkbox"
                id="def-${share.id}"
                .checked=${checked}
                aria-describedby="def-hint-${share.id}"
                @change=${(e: Event) => {
                  this.#acceptAsDefault.set(share.id, (e.target as HTMLInputElement).checked);
                  this.requestUpdate();
                }}
              />
              <div>
                <label for="def-${share.id}">${t('invitation.setDefault')}</label>
                <p class="hint" id="def-hint-${share.id}">${t('invitation.setDefaultHint')}</p>
              </div>
            </div>
            <div class="row">
              <button
                type="button"
                class="primary"
                part="button"
                @click=${() => this.#accept(share)}
                aria-label=${this.i18n.t('label.for', { action: t('invitation.accept'), subject: share.accountTitle })}
              >
                ${t('invitation.accept')}
              </button>
              <button
                type="button"
                part="button"
                @click=${() => this.#decline(share)}
                aria-label=${this.i18n.t('label.for', { action: t('invitation.decline'), subject: share.accountTitle })}
              >
                ${t('invitation.decline')}
              </button>
            </div>
            ${error ? html`<p class="field-error" role="alert">${error}</p>` : nothing}
          </li>`;
        })}
      </ul>
    </section>`;
  }

  #renderActivity(account: Account) {
    const usage = this.#usage.value;
    const ledger = this.#older ?? this.#ledger.value;
    return html`${usage ? renderUsage(this.i18n, usage, account) : nothing}
    ${
      this.#ledger.status === TaskStatus.ERROR
        ? this.renderError(this.#ledger.error, () => void this.#ledger.run())
        : ledger && ledger.accountId === account.id
          ? renderLedger(this.i18n, {
              account,
              entries: ledger.entries,
              more: ledger.nextCursor !== null,
              loadingMore: this.#loadingOlder,
              titleOf: (id) => this.#titleOf(id),
              onMore: () => void this.#loadOlder(),
            })
          : this.renderLoading()
    }`;
  }
}
