import { html, type TemplateResult } from 'lit';
import type { Item } from '@allot/sdk';
import type { WidgetApi } from '../base/allot-element.js';
import type { ActionController } from '../base/controllers/actions.js';
import type { DialogController } from '../base/controllers/dialog.js';
import { FormController } from '../base/controllers/form.js';
import { formActions, formMessage } from '../base/form.js';
import type { Problem } from '../base/problems.js';

type Invitation = Item<'listInvitations'>;

/** What the actions share with the widget: its row actions, the message above the list, and the dialog. */
export interface PendingView {
  actions: ActionController;
  /** Says something above the list (an invitation that is no longer there once the list reloads). */
  listMessage(message: string): void;
  confirm: DialogController<Invitation>;
}

/**
 * Resend and revoke of a pending invitation, loaded on the first click of either: the revoke asks first, in a
 * dialog that says the link stops working; an invitation that is no longer pending is explained above the list.
 */
export class PendingActions {
  readonly #api: WidgetApi;
  readonly #view: PendingView;
  readonly form: FormController;

  constructor(api: WidgetApi, view: PendingView) {
    this.#api = api;
    this.#view = view;
    this.form = new FormController(api.host, api);
  }

  /** An invitation that is no longer pending leaves the list when it reloads: say why above it. */
  #gone = (problem: Problem | undefined): boolean => {
    if (problem?.code !== 'invitation_not_pending') return false;
    this.#view.listMessage(problem.message);
    this.#api.store?.changed('invitations');
    return true;
  };

  resend(invitation: Invitation): void {
    const { i18n, store } = this.#api;
    if (!store) return;
    this.#view.listMessage('');
    void this.#view.actions.run(
      invitation.id,
      async () => {
        const sent = await store.client.invitations.resend(invitation.id);
        store.changed('invitations');
        this.#api.emit('allot-invitation-resent', {
          invitationId: sent.id,
          email: sent.email,
          expiresAt: sent.expiresAt,
        });
        return i18n.t('memberInvite.resent', { email: sent.email, date: i18n.date(sent.expiresAt) });
      },
      this.#gone,
    );
  }

  askRevoke(invitation: Invitation, opener: HTMLElement): void {
    this.form.reset();
    this.#view.confirm.open(invitation, opener);
  }

  #onRevoke = async (event: Event) => {
    event.preventDefault();
    const invitation = this.#view.confirm.panel;
    const store = this.#api.store;
    if (!invitation || !store) return;
    this.#view.listMessage('');
    const outcome = await this.form.submit(() => store.client.invitations.revoke(invitation.id));
    // Any other failure is said in the dialog, which stays open to try again.
    if (!outcome.ok && !this.#gone(outcome.problem)) return;
    this.#view.confirm.close();
    if (!outcome.ok) return;
    store.changed('invitations');
    this.#api.emit('allot-invitation-revoked', { invitationId: invitation.id, email: invitation.email });
    void this.#api.announce(this.#api.i18n.t('memberInvite.revoked', { email: invitation.email }));
  };

  /** The confirmation of a revoke, inside the widget's dialog. */
  renderConfirm(invitation: Invitation): TemplateResult {
    const t = this.#api.i18n.t.bind(this.#api.i18n);
    const form = this.form;
    return html`<form class="stack" @submit=${this.#onRevoke} novalidate>
      <h2 id="confirm-title">${t('memberInvite.revokeTitle', { email: invitation.email })}</h2>
      <p id="confirm-body">${t('memberInvite.revokeBody')}</p>
      ${formMessage(form)}
      ${formActions(form, this.#api.i18n, {
        submit: t('memberInvite.revokeConfirm'),
        tone: 'danger',
        cancel: () => this.#view.confirm.close(),
        cancelLabel: t('memberInvite.keep'),
      })}
    </form>`;
  }
}
