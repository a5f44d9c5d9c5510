import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { Data } from '@allot/sdk';
import { AllotElement, parentStore } from '../base/allot-element.js';
import { deepActiveElement, DialogController } from '../base/controllers/dialog.js';
import type { LazyPart } from '../base/controllers/lazy-part.js';
import { loadable } from '../base/controllers/state.js';
import { guardedButton, type WidgetPermissions } from '../base/permission.js';
import { shareDialogStrings } from '../locales/catalogue.js';
import { core } from '../base/styles.js';
import { theme } from '../theme/tokens.js';
import type { Topic } from '../base/store.js';
import { styles } from './share-dialog.styles.js';
import type { SharePanel } from './share-panel.js';

type Account = Data<'listMinuteAccounts'>['items'][number];

/**
 * Shares minutes of one account with another portal, named by its owner's e-mail: the whole account, or a
 * fixed number of minutes (a project is created, the minutes are moved into it and the project is shared, as
 * one guided step that resumes where it stopped if a step fails). Lists the account's shares with their
 * status; a pending invitation can be resent (at most once a minute) or cancelled, an accepted share revoked.
 * There is no "set as default" option here: that is the recipient's choice when accepting.
 *
 * @tagname share-dialog
 * @summary Share an account's minutes with another portal; resend, cancel and revoke shares.
 *
 * @event {CustomEvent<ShareCreatedDetail>} allot-share-created - The invitation was sent.
 * @event {CustomEvent<ShareResentDetail>} allot-share-resent - A pending invitation was sent again.
 * @event {CustomEvent<ShareCancelledDetail>} allot-share-cancelled - A share was cancelled (pending) or revoked (accepted).
 * @event {CustomEvent<ProjectCreatedDetail>} allot-project-created - A project was created to share a fixed number of minutes.
 * @event {CustomEvent<MinutesTransferredDetail>} allot-minutes-transferred - Minutes were moved into that project.
 * @event {CustomEvent<ErrorDetail>} allot-error - A request failed; the dialog shows why.
 *
 * @csspart trigger - The button that opens the dialog.
 * @csspart dialog - The dialog.
 * @csspart button - Every button in the dialog.
 * @csspart field - A labelled form control.
 * @csspart form-error - The form's error message.
 * @csspart steps - The progress of sharing a fixed number of minutes.
 * @csspart shares - The list of the account's shares.
 * @csspart share - One share.
 * @csspart badge - A share's status.
 * @csspart confirm - The confirmation of a cancel or revoke.
 * @csspart status - The live region announcing outcomes (the success message after sending).
 * @csspart loading - The loading placeholder.
 * @csspart error - The error state.
 * @csspart forbidden - Shown when the user may not share.
 *
 * @cssproperty --allot-share-dialog-width - Width of the dialog.
 * @cssproperty --allot-share-dialog-trigger-background - Background of the trigger button.
 * @cssproperty --allot-share-dialog-trigger-color - Text colour of the trigger button.
 * @cssproperty --allot-sys-color-primary - System token: primary colour (and every other `--allot-sys-*`).
 */
export class ShareDialog extends AllotElement {
  static readonly baseName = 'share-dialog';
  static override strings = [shareDialogStrings];
  /** Mint this widget's token with these (the widgets README: Permissions). */
  static override permissions: WidgetPermissions = { read: ['minutes:read'], act: ['minutes:manage'] };
  // Form controls and the dialog's look come with its body, when it first opens.
  static override styles = [theme, core, styles];

  static override properties: PropertyDeclarations = {
    accountId: { attribute: 'account-id' },
  };

  /** The account to share from (the pool, or a project). */
  declare accountId: string | undefined;

  protected override readonly topics: readonly Topic[] = ['me', 'accounts', 'shares'];

  #opening = false;
  readonly #dialog: DialogController<true> = new DialogController<true>(this, {
    className: 'main',
    labelledBy: 'share-title',
    busy: () => this.#panel.value?.busy ?? false,
    onClosed: () => this.#panel.value?.closed(),
  });
  // The dialog's body is its own chunk, loaded when the dialog first opens: the button alone costs little.
  readonly #panel: LazyPart<SharePanel> = this.lazyPart<SharePanel>(async () => {
    const { SharePanel, panelStyles, controls, strings } = await import('./share-panel.js');
    return {
      styles: [controls, panelStyles],
      strings,
      create: () =>
        new SharePanel(
          this.api(),
          () => this.#account(),
          () => this.#dialog.isOpen,
        ),
    };
  });

  #overview = new Task(this, {
    args: () => [this.store, this.revision] as const,
    task: async ([store], { signal }) => {
      if (!store) return undefined;
      const [me, accounts] = await Promise.all([
        this.readMe(store, signal),
        store.read('accounts', ['accounts'], () => store.client.minutes.accounts.list(), signal),
      ]);
      return { me, accounts: accounts.items };
    },
  });

  /** Opens the dialog (as its button does). Resolves once it is shown with its content. */
  async open(): Promise<void> {
    if (this.#dialog.isOpen || this.#opening) return;
    this.#opening = true;
    const opener = deepActiveElement();
    try {
      // Loaded before showing, so the dialog opens with its fields and focus lands on the first one.
      await this.#panel.get();
      await this.i18n.whenReady();
    } finally {
      this.#opening = false;
    }
    this.announcement = '';
    this.#dialog.open(true, opener);
    await this.updateComplete;
  }

  /** Closes the dialog; focus goes back to where it was. What was typed, and a started share, are kept. */
  close(): void {
    this.#dialog.close();
  }

  protected override updated(changed: PropertyValues<this>) {
    super.updated(changed);
    this.#panel.value?.updated(this.#dialog.isOpen);
  }

  #account(): Account | undefined {
    return this.#overview.value?.accounts.find((a) => a.id === this.accountId);
  }

  /** Whether the token and the role may share: undefined until the user is read. */
  #mayShare(): boolean | undefined {
    const me = this.me;
    return (
      me &&
      ShareDialog.permissions.act
        .concat(ShareDialog.permissions.read)
        .every((p) => me.permissions.includes(p))
    );
  }

  protected override render() {
    const t = this.i18n.t.bind(this.i18n);
    if (!this.i18n.ready) return nothing;
    const account = this.#account();
    // Until the user is read the button waits (disabled, no reason yet); a failed read lets the dialog say why.
    // No store yet (not configured): the dialog says so once opened.
    const may = this.#mayShare() ?? (!this.store || this.#overview.status === TaskStatus.ERROR || undefined);
    const allowed = may !== false;
    // Inside another widget the reason is read with the button; the host widget says it on screen.
    const nested = this[parentStore] !== undefined;
    return html`${guardedButton({
      part: 'trigger',
      className: 'trigger',
      haspopup: true,
      allowed,
      busy: may === undefined,
      reasonId: 'reason-share',
      label: t('share.open'),
      ...(account && { ariaLabel: t('label.for', { action: t('share.open'), subject: account.title }) }),
      onClick: () => void this.open(),
    })}
    ${
      allowed
        ? nothing
        : html`<span id="reason-share" part="reason" class=${nested ? 'visually-hidden' : 'hint reason'}
            >${this.reasonFor(['minutes:read', 'minutes:manage'], t('reason.shareMinutes'))}</span
          >`
    }
    ${this.#dialog.render(() => this.#renderContent(account))}`;
  }

  #renderContent(account: Account | undefined) {
    const t = this.i18n.t.bind(this.i18n);
    const body = !this.store
      ? this.renderUnconfigured()
      : this.renderState(loadable(this.#overview), {
          forbidden: this.#mayShare() === false, // not while the user is still being read
          ready: () =>
            !account
              ? this.renderEmpty(t('error.not_found'))
              : account.access !== 'owned'
                ? this.renderEmpty(t('error.account_not_owned'))
                : (this.#panel.value?.render(account) ?? this.renderLoading()),
        });
    return html`<header class="head">
        <h2 id="share-title">${t('share.title')}</h2>
        ${
          account
            ? html`<p class="muted">
                ${t('share.from', { title: account.title, minutes: this.i18n.minutes(account.balance) })}
              </p>`
            : nothing
        }
      </header>
      ${this.renderStatus()} ${body}
      <button type="button" class="link close" part="button" @click=${() => this.close()}>
        ${t('action.close')}
      </button>`;
  }
}
