import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Item } from '@allot/sdk';
import type { WidgetApi } from '../base/allot-element.js';
import type { LocaleController } from '../base/i18n.js';
import { IdempotencyKeys } from '../base/idempotency.js';
import { renderMoves } from './addresses.js';

export { inviteeStyles } from './incoming.styles.js';

export type IncomingInvitation = Item<'listIncomingInvitations'>;
export type Settlement = 'refund' | 'transfer_credit';

interface IncomingView {
  /** The settlement chosen for each invitation (none until the user picks one). */
  chosen: ReadonlyMap<string, Settlement>;
  /** Errors by invitation id: `row` for the whole invitation, `settlement` for the choice. */
  errors: ReadonlyMap<string, { row?: string; settlement?: string }>;
  busy: string | undefined;
  choose(invitation: IncomingInvitation, settlement: Settlement): void;
  accept(invitation: IncomingInvitation): void;
  /** The invitation whose Decline asks to confirm, if any. */
  confirming: string | undefined;
  /** Decline asked (`confirm` false) or confirmed (true); `cancel` keeps the invitation. */
  decline(invitation: IncomingInvitation, step: 'ask' | 'confirm' | 'cancel'): void;
}

/** Declining asks first, in the invitation itself: the inviting portal will see the answer. */
function renderDecline(i18n: LocaleController, invitation: IncomingInvitation, view: IncomingView) {
  const t = i18n.t.bind(i18n);
  const portal = invitation.fromPortal.name;
  if (view.confirming !== invitation.id)
    return html`<button
      type="button"
      part="button decline"
      aria-label=${t('label.for', { action: t('memberInvite.decline'), subject: portal })}
      @click=${() => view.decline(invitation, 'ask')}
    >
      ${t('memberInvite.decline')}
    </button>`;
  return html`<div
    class="confirm-decline"
    part="decline-confirm"
    role="group"
    aria-labelledby="dq-${invitation.id}"
  >
    <p id="dq-${invitation.id}">${t('memberInvite.declineAsk', { portal })}</p>
    <div class="row">
      <button
        type="button"
        class="danger"
        part="button"
        aria-disabled=${view.busy === invitation.id}
        @click=${() => view.decline(invitation, 'confirm')}
      >
        ${view.busy === invitation.id ? t('action.working') : t('memberInvite.declineConfirm')}
      </button>
      <button type="button" part="button" @click=${() => view.decline(invitation, 'cancel')}>
        ${t('memberInvite.declineKeep')}
      </button>
    </div>
  </div>`;
}

function renderBlockers(i18n: LocaleController, invitation: IncomingInvitation): TemplateResult {
  const t = i18n.t.bind(i18n);
  return html`<div class="blockers" part="blockers">
    <h4>${t('memberInvite.blockers')}</h4>
    <ul>
      ${invitation.blockers.map(
        (b) =>
          html`<li part="blocker" data-code=${b.code}>
            <strong
              >${
                b.code === 'linked_users_exist'
                  ? t('memberInvite.blocker.linked_users_exist', { count: b.linkedUserCount })
                  : t(`memberInvite.blocker.${b.code}`)
              }</strong
            >
            <span>${t(`memberInvite.fix.${b.code}`)}</span>
            ${
              b.code === 'linked_users_exist' && b.linkedUsers.length
                ? html`<ul class="linked" part="linked-users" aria-label=${t('memberInvite.linkedUsers')}>
                    ${b.linkedUsers.map((u) => html`<li>${u.name} <span class="muted">(${u.email})</span></li>`)}
                  </ul>`
                : nothing
            }
          </li>`,
      )}
    </ul>
  </div>`;
}

function renderSettlement(i18n: LocaleController, invitation: IncomingInvitation, view: IncomingView) {
  const s = invitation.settlement;
  if (!s) return nothing;
  const t = i18n.t.bind(i18n);
  const amount = i18n.money(s.proratedAmount);
  const portal = invitation.fromPortal.name;
  const error = view.errors.get(invitation.id)?.settlement;
  const id = invitation.id;
  const option = (value: Settlement, label: string, hint: string) =>
    html`<div class="check">
      <input
        type="radio"
        id="s-${id}-${value}"
        name="settlement-${id}"
        value=${value}
        .checked=${view.chosen.get(id) === value}
        aria-describedby="s-${id}-${value}-hint${error ? ` s-${id}-error` : ''}"
        aria-invalid=${ifDefined(error ? 'true' : undefined)}
        @change=${() => view.choose(invitation, value)}
      />
      <div>
        <label for="s-${id}-${value}">${label}</label>
        <p class="hint" id="s-${id}-${value}-hint">${hint}</p>
      </div>
    </div>`;
  return html`<fieldset class="settlement" part="settlement">
    <legend>${t('memberInvite.settlement')}</legend>
    <p class="small">
      ${t('memberInvite.proration', {
        price: i18n.money(s.planPrice),
        days: s.daysInPeriod,
        count: s.unusedDays,
        amount,
      })}
    </p>
    ${option(
      'refund',
      t('memberInvite.refund', { amount }),
      t('memberInvite.refundHint', { date: i18n.day(s.refundAvailableBy) }),
    )}
    ${option(
      'transfer_credit',
      t('memberInvite.credit', { amount, portal }),
      t('memberInvite.creditHint', { portal }),
    )}
    ${error ? html`<p class="field-error" id="s-${id}-error">${error}</p>` : nothing}
  </fieldset>`;
}

/** Each invitation into another portal, what blocks it and what to do, and the refund or credit. */
function renderIncoming(
  i18n: LocaleController,
  invitations: readonly IncomingInvitation[],
  view: IncomingView,
): TemplateResult {
  const t = i18n.t.bind(i18n);
  return html`<ul class="incoming">
    ${invitations.map((invitation) => {
      const portal = invitation.fromPortal.name;
      const blocked = invitation.blockers.length > 0;
      const error = view.errors.get(invitation.id)?.row;
      const membership = invitation.membership;
      return html`<li class="invitation" part="invitation" aria-labelledby="inv-${invitation.id}">
        <h3 id="inv-${invitation.id}">${portal}</h3>
        <p>
          ${t('memberInvite.from', {
            portal,
            email: invitation.fromPortal.ownerEmail,
            inviter: invitation.invitedBy.name,
            date: i18n.date(invitation.expiresAt),
          })}
        </p>
        <p>
          ${
            membership.type === 'basic'
              ? t('memberInvite.joinBasic')
              : t('memberInvite.joinLicensed', { count: membership.productIds.length })
          }
        </p>
        ${blocked ? renderBlockers(i18n, invitation) : nothing} ${renderSettlement(i18n, invitation, view)}
        ${renderMoves(i18n, false, 4)}
        <div class="row">
          <button
            type="button"
            class="primary"
            part="button accept"
            aria-disabled=${view.busy === invitation.id}
            @click=${() => view.accept(invitation)}
          >
            ${
              view.busy === invitation.id
                ? t('action.working')
                : t(blocked ? 'memberInvite.acceptBlocked' : 'memberInvite.accept', { portal })
            }
          </button>
          ${view.confirming === invitation.id ? nothing : renderDecline(i18n, invitation, view)}
        </div>
        ${view.confirming === invitation.id ? renderDecline(i18n, invitation, view) : nothing}
        ${error ? html`<p class="field-error" part="row-error">${error}</p>` : nothing}
      </li>`;
    })}
  </ul>`;
}

/**
 * The invitee's side of `<member-invite mode="invitee">`, loaded only in that mode: the user's invitations into
 * other portals, what blocks accepting each and what to do, the refund or credit choice, and accepting.
 */
export class InviteeSide {
  readonly #api: WidgetApi;
  readonly #keys = new IdempotencyKeys();
  readonly #chosen = new Map<string, Settlement>();
  readonly #errors = new Map<string, { row?: string; settlement?: string }>();
  #busy: string | undefined;
  #confirming: string | undefined;
  /** An error about the list as a whole (an invitation that is gone). */
  #message = '';

  constructor(api: WidgetApi) {
    this.#api = api;
  }

  #choose = (invitation: IncomingInvitation, settlement: Settlement) => {
    this.#chosen.set(invitation.id, settlement);
    this.#errors.delete(invitation.id);
    this.#api.host.requestUpdate();
  };

  #accept = async (invitation: IncomingInvitation) => {
    const api = this.#api;
    const { i18n, host, store } = api;
    if (!store || this.#busy) return;
    const settlement = this.#chosen.get(invitation.id);
    // A paid plan needs a choice; the server says so (`validation_failed` at /settlement) and we show it there.
    const body = settlement ? { settlement } : {};
    this.#busy = invitation.id;
    this.#errors.delete(invitation.id);
    this.#message = '';
    host.requestUpdate();
    try {
      const result = await store.client.invitations.incoming.accept(invitation.id, body, {
        idempotencyKey: this.#keys.for(`accept:${invitation.id}`, body),
      });
      store.changed('invitations', 'me');
      const s = result.settlement;
      api.emit('allot-invitation-accepted', {
        invitationId: invitation.id,
        portalId: result.portal.id,
        settlement: { type: s.type, amount: s.amount },
      });
      void api.announce(
        i18n.t(`memberInvite.joined.${s.type}`, {
          portal: result.portal.name,
          amount: i18n.money(s.amount),
          date: s.type === 'refund' ? i18n.day(s.expectedBy) : '',
        }),
      );
    } catch (error) {
      const problem = api.problem(error, { fields: ['settlement'] });
      if (!problem) return;
      const choose = !!problem.fields['settlement'];
      if (choose) {
        this.#errors.set(invitation.id, { settlement: i18n.t('memberInvite.chooseSettlement') });
        void host.updateComplete.then(() =>
          host.renderRoot.querySelector<HTMLElement>(`#s-${CSS.escape(invitation.id)}-refund`)?.focus(),
        );
      } else if (problem.code === 'invitation_not_pending') {
        this.#message = problem.message;
      } else {
        this.#errors.set(invitation.id, { row: problem.message });
      }
      // Blockers may have changed (paid meanwhile, or a new one): show the current ones.
      if (problem.status === 409) store.changed('invitations');
      void api.announce(choose ? i18n.t('memberInvite.chooseSettlement') : problem.message, 'error');
    } finally {
      this.#busy = undefined;
      host.requestUpdate();
    }
  };

  #decline = async (invitation: IncomingInvitation, step: 'ask' | 'confirm' | 'cancel') => {
    const api = this.#api;
    const { i18n, host, store } = api;
    if (step !== 'confirm') {
      this.#confirming = step === 'ask' ? invitation.id : undefined;
      host.requestUpdate();
      await host.updateComplete;
      // Focus follows the question: onto its first button, or back to Decline when the invitation is kept.
      const selector =
        step === 'ask'
          ? `[aria-labelledby="dq-${CSS.escape(invitation.id)}"] button`
          : `#inv-${CSS.escape(invitation.id)} ~ .row [part~="decline"]`;
      host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
      return;
    }
    if (!store || this.#busy) return;
    this.#busy = invitation.id;
    this.#errors.delete(invitation.id);
    this.#message = '';
    host.requestUpdate();
    try {
      await store.client.invitations.incoming.decline(invitation.id, {
        idempotencyKey: this.#keys.for(`decline:${invitation.id}`, {}),
      });
      this.#confirming = undefined;
      store.changed('invitations');
      void api.announce(i18n.t('memberInvite.declined', { portal: invitation.fromPortal.name }));
    } catch (error) {
      const problem = api.problem(error);
      if (!problem) return;
      if (problem.code === 'invitation_not_pending') {
        this.#message = problem.message;
        store.changed('invitations');
      } else this.#errors.set(invitation.id, { row: problem.message });
      void api.announce(problem.message, 'error');
    } finally {
      this.#busy = undefined;
      host.requestUpdate();
    }
  };

  render(invitations: readonly IncomingInvitation[]): TemplateResult {
    const i18n = this.#api.i18n;
    return html`${this.#message ? html`<p class="alert" part="form-error">${this.#message}</p>` : nothing}
    ${
      invitations.length === 0
        ? html`<div class="state" part="empty"><p>${i18n.t('memberInvite.noIncoming')}</p></div>`
        : renderIncoming(i18n, invitations, {
            chosen: this.#chosen,
            errors: this.#errors,
            busy: this.#busy,
            choose: this.#choose,
            accept: this.#accept,
            confirming: this.#confirming,
            decline: (invitation, step) => void this.#decline(invitation, step),
          })
    }`;
  }
}
