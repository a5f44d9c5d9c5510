import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { Data } from '@allot/sdk';
import { AllotElement } from '../base/allot-element.js';
import { shareDialogStrings } from '../locales/catalogue.js';
import { core } from '../base/styles.js';
import { theme } from '../theme/tokens.js';
import type { Topic } from '../base/store.js';
import { styles } from './share-dialog.styles.js';
import type { SharePanel } from './share-panel.js';

type Account = Data<'listMinuteAccounts'>['items'][number];

/** The element that has focus, looking inside shadow roots. */
function focused(): HTMLElement | null {
  let element = document.activeElement;
  while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
  return element instanceof HTMLElement ? element : null;
}

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
  // Form controls and the dialog's look come with its body, when it first opens.
  static override styles = [theme, core, styles];

  static override properties: PropertyDeclarations = {
    accountId: { attribute: 'account-id' },
  };

  /** The account to share from (the pool, or a project). */
  declare accountId: string | undefined;

  protected override readonly topics: readonly Topic[] = ['me', 'accounts', 'shares'];

  #isOpen = false;
  #opening = false;
  #opener: HTMLElement | null = null;
  // The dialog's body is its own chunk, loaded when the dialog first opens: the button alone costs little.
  #panel: SharePanel | undefined;

  #overview = new Task(this, {
    args: () => [this.store, this.revision] as const,
    task: async ([store], { signal }) => {
      if (!store) return undefined;
      const [me, accounts] = await Promise.all([
        store.read('me', ['me'], () => store.client.me(), signal),
        store.read('accounts', ['accounts'], () => store.client.minutes.accounts.list(), signal),
      ]);
      return { me, accounts: accounts.items };
    },
  });

  /** Opens the dialog (as its button does). Resolves once it is shown with its content. */
  async open(): Promise<void> {
    if (this.#isOpen || this.#opening) return;
    this.#opening = true;
    this.#opener = focused();
    try {
      // Loaded before showing, so the dialog opens with its fields and focus lands on the first one.
      if (!this.#panel) {
        const { SharePanel, panelStyles, controls } = await import('./share-panel.js');
        this.adoptStyles(controls);
        this.adoptStyles(panelStyles);
        this.#panel ??= new SharePanel(
          this.api(),
          () => this.#account(),
          () => this.#isOpen,
        );
      }
      await this.i18n.whenReady();
    } finally {
      this.#opening = false;
    }
    this.#isOpen = true;
    this.announcement = '';
    this.requestUpdate();
    await this.updateComplete;
  }

  /** Closes the dialog; focus goes back to where it was. What was typed, and a started share, are kept. */
  close(): void {
    this.#isOpen = false; // before the close event, so no render in between opens it again
    this.renderRoot.querySelector<HTMLDialogElement>('dialog.main')?.close();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#panel?.closed();
  }

  protected override updated(changed: PropertyValues<this>) {
    super.updated(changed);
    const main = this.renderRoot.querySelector<HTMLDialogElement>('dialog.main');
    if (this.#isOpen && main && !main.open) main.showModal();
    this.#panel?.updated(this.#isOpen);
  }

  #account(): Account | undefined {
    return this.#overview.value?.accounts.find((a) => a.id === this.accountId);
  }

  #onClose = () => {
    this.#isOpen = false;
    this.#panel?.closed();
    this.requestUpdate();
    this.#opener?.focus();
    this.#opener = null;
  };

  protected override render() {
    const t = this.i18n.t.bind(this.i18n);
    if (!this.i18n.ready) return nothing;
    const account = this.#account();
    return html`<button
        type="button"
        part="trigger"
        class="trigger"
        aria-haspopup="dialog"
        aria-label=${account ? t('label.for', { action: t('share.open'), subject: account.title }) : nothing}
        @click=${() => void this.open()}
      >
        ${t('share.open')}
      </button>
      <dialog class="main" part="dialog" aria-labelledby="share-title" @close=${this.#onClose}>
        ${this.#isOpen ? this.#renderContent(account) : nothing}
      </dialog>`;
  }

  #renderContent(account: Account | undefined) {
    const t = this.i18n.t.bind(this.i18n);
    const status = this.#overview.status;
    const overview = this.#overview.value;
    const body = !this.store
      ? this.renderUnconfigured()
      : status === TaskStatus.ERROR
        ? this.renderError(this.#overview.error, () => void this.#overview.run())
        : !overview
          ? this.renderLoading()
          : !overview.me.permissions.includes('minutes:manage')
            ? this.renderForbidden()
            : !account
              ? this.renderEmpty(t('error.not_found'))
              : account.access !== 'owned'
                ? this.renderEmpty(t('error.account_not_owned'))
                : this.#panel
                  ? this.#panel.render(account)
                  : this.renderLoading();
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
