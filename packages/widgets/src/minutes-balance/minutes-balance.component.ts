import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyDeclarations } from 'lit';
import type { Data, Item } from '@allot/sdk';
import type { WidgetPermissions } from '../base/permission.js';
import { AllotElement } from '../base/allot-element.js';
import { ActionController } from '../base/controllers/actions.js';
import { DialogController } from '../base/controllers/dialog.js';
import type { LazyPart } from '../base/controllers/lazy-part.js';
import { PagedList } from '../base/controllers/paged.js';
import { loadable } from '../base/controllers/state.js';
import type { Topic } from '../base/store.js';
import { minutesBalanceStrings } from '../locales/catalogue.js';
import { ShareDialog } from '../share-dialog/share-dialog.component.js';
import { core } from '../base/styles.js';
import { theme } from '../theme/tokens.js';
import { renderAccount, renderInvitations, renderMainActions } from './account-card.js';
import { renderLedger } from './ledger.js';
import type { MinutesForms } from './minutes-forms.js';
import { styles } from './minutes-balance.styles.js';
import type { Account, LedgerEntry, Panel } from './types.js';
import { renderUsage, usageOf, type Usage } from './usage-chart.js';

type Me = Data<'getMe'>;
type IncomingShare = Item<'listIncomingShares'>;
type Store = MinutesBalance['store'];

interface Overview {
  me: Me;
  accounts: Account[];
  defaultAccountId: string;
  invitations: IncomingShare[];
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
  /** Mint this widget's token with these (the widgets README: Permissions). */
  static override permissions: WidgetPermissions = {
    read: ['minutes:read'],
    act: ['minutes:purchase', 'minutes:manage'],
  };
  // Form controls and dialogs come with the forms, when one first opens.
  static override styles = [theme, core, styles];

  static override properties: PropertyDeclarations = {
    pageSize: { attribute: 'page-size', type: Number },
  };

  /** Ledger entries per page. */
  declare pageSize: number;

  protected override readonly topics: readonly Topic[] = ['me', 'accounts', 'ledger', 'incoming'];

  #selected: string | undefined;
  #acceptAsDefault = new Map<string, boolean>();
  #shareDialogs = new Map<string, AllotElement>();
  #ledgerFor: string | undefined;
  /** The day of the usage chart read out, for the account it was picked on. */
  #usageDay: { accountId: string; day: number } | undefined;
  readonly #actions = new ActionController(this, this.reporter);
  readonly #dialog: DialogController<Panel> = new DialogController<Panel>(this, {
    busy: () => this.#forms.value?.busy ?? false,
    onClosed: () => this.#forms.value?.closed(),
  });
  // The forms (buy, transfer, project, delete) and the row actions are their own chunk, loaded on first use.
  readonly #forms: LazyPart<MinutesForms> = this.lazyPart<MinutesForms>(async () => {
    const { MinutesForms, formsStyles, controls, strings } = await import('./minutes-forms.js');
    return {
      styles: [controls, formsStyles],
      strings,
      create: () =>
        new MinutesForms(this.api(), {
          accounts: () => this.#accounts(),
          actions: this.#actions,
          dialog: this.#dialog,
        }),
    };
  });

  constructor() {
    super();
    this.pageSize = 10;
  }

  #overview = new Task(this, {
    args: () => [this.store, this.revision] as const,
    task: async ([store], { signal }): Promise<Overview | undefined> => {
      if (!store) return undefined;
      const me = await this.readMe(store, signal);
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
  #ledger = new PagedList<LedgerEntry, readonly [Store, string | undefined, number, Overview | undefined]>(
    this,
    () => [this.store, this.#selectedId(), this.pageSize, this.#overview.value] as const,
    async ([store, accountId, limit], cursor, signal) => {
      if (!store || !accountId) return undefined;
      const list = () => store.client.minutes.ledger.list(accountId, { limit, ...(cursor && { cursor }) });
      const page = cursor
        ? await list()
        : await store.read(`ledger:${accountId}:${limit}`, ['ledger'], list, signal);
      if (!cursor) this.#ledgerFor = accountId;
      return page;
    },
  );

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

  #can(permission: Me['permissions'][number]): boolean {
    return this.#overview.value?.me.permissions.includes(permission) ?? false;
  }

  #accounts(): Account[] {
    return this.#overview.value?.accounts ?? [];
  }

  #owned(): Account[] {
    return this.#accounts().filter((a) => a.access === 'owned');
  }

  // ——— handlers ———

  /** Opens a form, loading the forms first if needed; focus returns to the button that opened it. */
  async #open(panel: Panel, values: Record<string, string>, event: Event) {
    const opener = event.currentTarget as HTMLElement;
    (await this.#forms.get()).open(panel, values, opener);
  }

  // Row actions run in the forms' chunk too: nothing of them is needed before a click.
  #row(run: (forms: MinutesForms) => void) {
    void this.#forms.get().then(run);
  }

  async #loadOlder() {
    try {
      const count = await this.#ledger.more();
      void this.announce(this.i18n.t('ledger.loaded', { count }), 'info');
    } catch (error) {
      const problem = this.problem(error);
      if (problem) void this.announce(problem.message, 'error');
    }
  }

  // ——— render ———

  protected override render() {
    const t = this.i18n.t.bind(this.i18n);
    if (!this.i18n.ready) return this.renderLoading();
    if (!this.store) return this.renderUnconfigured();
    const overview = this.#overview.value;
    const status = this.#overview.status;
    const open = this.#dialog.isOpen;
    const region = this.regionName('title');
    return html`<section
        class="card"
        part="card"
        aria-labelledby=${region.labelledby}
        aria-label=${region.label}
        aria-busy=${status === TaskStatus.PENDING}
      >
        <header class="row header" part="header">
          <h2 id="title">${t('balance.title')}</h2>
          <span class="spacer"></span>
          ${overview && status !== TaskStatus.ERROR ? this.#renderMainActions() : nothing}
        </header>
        ${open ? nothing : this.renderStatus()}
        ${this.renderState(loadable(this.#overview), { ready: (o: Overview) => this.#renderOverview(o) })}
      </section>
      ${this.#dialog.render(() => html`${this.#forms.value?.render() ?? nothing} ${this.renderStatus()}`)}`;
  }

  #renderMainActions() {
    const owned = this.#owned();
    const [first, second] = owned;
    return renderMainActions({
      i18n: this.i18n,
      buys: this.#can('minutes:purchase'),
      manages: this.#can('minutes:manage'),
      reason: this.reasonFor(['minutes:purchase', 'minutes:manage'], this.i18n.t('reason.minutesAdmin')),
      pool: owned.find((a) => a.kind === 'pool') ?? first,
      transfer: first && second ? [first, second] : undefined,
      open: (panel, values, e) => void this.#open(panel, values, e),
    });
  }

  #renderOverview(overview: Overview) {
    const t = this.i18n.t.bind(this.i18n);
    const selected = this.#selectedId();
    const account = overview.accounts.find((a) => a.id === selected);
    const manages = this.#can('minutes:manage');
    return html`${overview.invitations.length ? this.#renderInvitations(overview.invitations) : nothing}
    ${
      overview.accounts.length === 0
        ? this.renderEmpty(t('balance.empty'))
        : html`<ul class="accounts" part="accounts" aria-label=${t('balance.accounts')}>
            ${overview.accounts.map((a) =>
              renderAccount(a, {
                i18n: this.i18n,
                actions: this.#actions,
                manages,
                reasonId: 'reason-role',
                selected: a.id === selected,
                select: () => ((this.#selected = a.id), this.requestUpdate()),
                makeDefault: (e) => this.#open({ kind: 'default', account: a }, {}, e),
                edit: (e) =>
                  this.#open(
                    { kind: 'edit', account: a },
                    { title: a.title, description: a.description ?? '' },
                    e,
                  ),
                remove: (e) => this.#open({ kind: 'delete', account: a }, {}, e),
                share: this.#shareDialogFor(a.id),
              }),
            )}
          </ul>`
    }
    ${account ? this.#renderActivity(account) : nothing}`;
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
    return renderInvitations(invitations, {
      i18n: this.i18n,
      actions: this.#actions,
      asDefault: (share) => this.#acceptAsDefault.get(share.id) ?? true,
      setAsDefault: (share, on) => (this.#acceptAsDefault.set(share.id, on), this.requestUpdate()),
      accept: (share) =>
        this.#row((forms) => forms.accept(share, this.#acceptAsDefault.get(share.id) ?? true)),
      decline: (share) => this.#row((forms) => forms.decline(share)),
    });
  }

  #renderActivity(account: Account) {
    const usage = this.#usage.value;
    const focus = {
      day: this.#usageDay?.accountId === account.id ? this.#usageDay.day : undefined,
      select: (day: number) => ((this.#usageDay = { accountId: account.id, day }), this.requestUpdate()),
    };
    return html`${usage ? renderUsage(this.i18n, usage, account, focus) : nothing}
    ${this.renderState(this.#ledger.loadable, {
      ready: (entries) =>
        this.#ledgerFor === account.id
          ? renderLedger(this.i18n, {
              account,
              entries,
              more: this.#ledger.hasMore,
              loadingMore: this.#ledger.loadingMore,
              titleOf: (id) => this.#accounts().find((a) => a.id === id)?.title,
              onMore: () => void this.#loadOlder(),
            })
          : this.renderLoading(),
    })}`;
  }
}
