import { html, type TemplateResult } from 'lit';
import type { Item } from '@allot/sdk';
import type { WidgetApi } from '../base/allot-element.js';
import { FormState, formMessage } from '../base/form.js';
import type { AllotStore } from '../base/store.js';

type Invitation = Item<'listInvitations'>;

/** What the actions share with the widget: the error under each invitation and above the list, and the dialog. */
export interface PendingView {
  rowErrors: Map<string, string>;
  /** Says something above the list (an invitation that is no longer there once the list reloads). */
  listMessage(message: string): void;
  /** Closes the dialog element (the widget owns it). */
  close(): void;
}

/**
 * Resend and revoke of a pending invitation, loaded on the first click of either: the revoke asks first, in a
 * dialog that says the link stops working; an invitation that is no longer pending is explained above the list.
 */
export class PendingActions {
  /** The invitation whose revoke is being confirmed. */
  revoking: Invitation | undefined;
  /** The invitation a request is running for. */
  busy: string | undefined;
  readonly #api: WidgetApi;
  readonly #view: PendingView;
  readonly #form: FormState;

  constructor(api: WidgetApi, view: PendingView) {
    this.#api = api;
    this.#view = view;
    this.#form = new FormState(api.host);
  }

  async #run(invitation: Invitation, action: (store: AllotStore) => Promise<string>): Promise<boolean> {
    const { store, host } = this.#api;
    if (!store || this.busy) return false;
    this.busy = invitation.id;
    this.#view.rowErrors.delete(invitation.id);
    this.#view.listMessage('');
    host.requestUpdate();
    try {
      void this.#api.announce(await action(store));
      return true;
    } catch (error) {
      const problem = this.#api.problem(error);
      if (problem?.code === 'invitation_not_pending') {
        // The row is gone once the list reloads: say it above the list.
        this.#view.listMessage(problem.message);
        store.changed('invitations');
      } else if (problem) this.#view.rowErrors.set(invitation.id, problem.message);
      if (problem) void this.#api.announce(problem.message, 'error');
      return false;
    } finally {
      this.busy = undefined;
      host.requestUpdate();
    }
  }

  resend(invitation: Invitation): void {
    const { i18n } = this.#api;
    void this.#run(invitation, async (store) => {
      const sent = await store.client.invitations.resend(invitation.id);
      store.changed('invitations');
      this.#api.emit('allot-invitation-resent', {
        invitationId: sent.id,
        email: sent.email,
        expiresAt: sent.expiresAt,
      });
      return i18n.t('memberInvite.resent', { email: sent.email, date: i18n.date(sent.expiresAt) });
    });
  }

  askRevoke(invitation: Invitation): void {
    this.revoking = invitation;
    this.#form.reset();
  }

  #onRevoke = async (event: Event) => {
    event.preventDefault();
    const invitation = this.revoking;
    if (!invitation) return;
    const form = this.#form;
    form.busy = true;
    const done = await this.#run(invitation, async (store) => {
      await store.client.invitations.revoke(invitation.id);
      store.changed('invitations');
      this.#api.emit('allot-invitation-revoked', { invitationId: invitation.id, email: invitation.email });
      return this.#api.i18n.t('memberInvite.revoked', { email: invitation.email });
    });
    form.busy = false;
    const rowError = this.#view.rowErrors.get(invitation.id);
    if (done || !rowError) return void this.#view.close();
    // Any other failure is said in the dialog, which stays open to try again.
    this.#view.rowErrors.delete(invitation.id);
    form.message = rowError;
    this.#api.host.requestUpdate();
  };

  /** The confirmation of a revoke, inside the widget's dialog. */
  renderConfirm(invitation: Invitation): TemplateResult {
    const t = this.#api.i18n.t.bind(this.#api.i18n);
    const form = this.#form;
    return html`<form class="stack" @submit=${this.#onRevoke} novalidate>
      <h2 id="confirm-title">${t('memberInvite.revokeTitle', { email: invitation.email })}</h2>
      <p id="confirm-body">${t('memberInvite.revokeBody')}</p>
      ${formMessage(form)}
      <div class="actions">
        <button type="button" part="button" @click=${() => this.#view.close()}>
          ${t('memberInvite.keep')}
        </button>
        <button type="submit" part="button" class="danger" aria-disabled=${form.busy}>
          ${form.busy ? t('action.working') : t('memberInvite.revokeConfirm')}
        </button>
      </div>
    </form>`;
  }
}
