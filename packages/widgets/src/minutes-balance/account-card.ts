import { html, nothing, type TemplateResult } from 'lit';
import type { Item } from '@allot/sdk';
import type { ActionController } from '../base/controllers/actions.js';
import type { LocaleController } from '../base/i18n.js';
import { guardedButton, renderReason } from '../base/permission.js';
import type { Account, Panel } from './types.js';

type IncomingShare = Item<'listIncomingShares'>;

/** What an account card needs from its widget. */
export interface CardView {
  i18n: LocaleController;
  actions: ActionController;
  /** The user's role may manage accounts; without it the card's actions are shown disabled. */
  manages: boolean;
  /** The id of the element that says why an action is disabled. */
  reasonId: string;
  selected: boolean;
  select(): void;
  makeDefault(event: Event): void;
  edit(event: Event): void;
  remove(event: Event): void;
  /** The account's `<share-dialog>`. */
  share: HTMLElement;
}

/** One account: its balance, kind and owner, and what may be done with it. */
export function renderAccount(account: Account, view: CardView): TemplateResult {
  const { i18n } = view;
  const t = i18n.t.bind(i18n);
  const owned = account.access === 'owned';
  const error = view.actions.error(account.id);
  const headingId = `acc-${account.id}`;
  return html`<li
    class="account ${account.isDefault ? 'default' : ''}"
    part=${account.isDefault ? 'account default-account' : 'account'}
    aria-labelledby=${headingId}
  >
    <div class="account-head">
      <h3 id=${headingId}>${account.title}</h3>
      ${account.isDefault ? html`<span class="badge accent" part="badge">${t('account.default')}</span>` : nothing}
      <span class="badge" part="badge"
        >${
          owned
            ? t(account.kind === 'pool' ? 'account.pool' : 'account.project')
            : t('account.sharedBy', { portal: account.owner.name })
        }</span
      >
    </div>
    <p class="balance" part="balance">
      <span class="figure">${i18n.number(account.balance)}</span>
      <span class="unit">${t('unit.minutesWord', { count: account.balance })}</span>
    </p>
    ${account.description ? html`<p class="muted small description">${account.description}</p>` : nothing}
    ${owned ? renderShareCounts(i18n, account) : nothing} ${renderActions(account, view)}
    ${error ? html`<p class="field-error" role="alert">${error}</p>` : nothing}
  </li>`;
}

/** What may be done with an account: its transactions, make default, edit, delete, share. */
function renderActions(account: Account, view: CardView): TemplateResult {
  const t = view.i18n.t.bind(view.i18n);
  const owned = account.access === 'owned';
  const guard = { allowed: view.manages, reasonId: view.reasonId, className: 'link' };
  const named = (action: string) => t('label.for', { action, subject: account.title });
  return html`<div class="row account-actions">
    <button
      aria-label=${named(t('account.transactions'))}
      type="button"
      part="button"
      class="link"
      aria-pressed=${view.selected}
      @click=${view.select}
    >
      ${t('account.transactions')}
    </button>
    ${
      account.isDefault
        ? nothing
        : guardedButton({
            ...guard,
            label: t('account.makeDefault'),
            ariaLabel: named(t('account.makeDefault')),
            onClick: view.makeDefault,
          })
    }
    ${
      owned
        ? html`${guardedButton({ ...guard, label: t('account.edit'), ariaLabel: named(t('account.edit')), onClick: view.edit, haspopup: true })}
          ${
            account.kind === 'project'
              ? guardedButton({
                  ...guard,
                  label: t('account.delete'),
                  ariaLabel: named(t('account.delete')),
                  onClick: view.remove,
                  haspopup: true,
                })
              : nothing
          }
          ${view.share}`
        : nothing
    }
  </div>`;
}

/** What the invitations from other portals need from their widget. */
export interface InvitationsView {
  i18n: LocaleController;
  actions: ActionController;
  asDefault(share: IncomingShare): boolean;
  setAsDefault(share: IncomingShare, on: boolean): void;
  accept(share: IncomingShare): void;
  decline(share: IncomingShare): void;
}

/** Invitations from other portals to use their minutes: accept (as the default account or not) or decline. */
export function renderInvitations(
  invitations: readonly IncomingShare[],
  view: InvitationsView,
): TemplateResult {
  const t = view.i18n.t.bind(view.i18n);
  return html`<section class="invitations" part="invitations">
    <h3 id="inv-title">${t('invitation.title', { count: invitations.length })}</h3>
    <ul>
      ${invitations.map((share) => {
        const error = view.actions.error(share.id);
        const busy = view.actions.busy(share.id);
        const named = (action: string) => t('label.for', { action, subject: share.accountTitle });
        return html`<li class="invitation">
          <p>
            ${t(share.accountKind === 'pool' ? 'invitation.offerPool' : 'invitation.offerProject', {
              portal: share.sender.name,
              email: share.sender.ownerEmail,
              title: share.accountTitle,
              minutes: view.i18n.minutes(share.accountBalance),
            })}
          </p>
          <div class="check">
            <input
              type="checkbox"
              id="def-${share.id}"
              .checked=${view.asDefault(share)}
              aria-describedby="def-hint-${share.id}"
              @change=${(e: Event) => view.setAsDefault(share, (e.target as HTMLInputElement).checked)}
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
              aria-disabled=${busy}
              @click=${() => view.accept(share)}
              aria-label=${named(t('invitation.accept'))}
            >
              ${t('invitation.accept')}
            </button>
            <button
              type="button"
              part="button"
              aria-disabled=${busy}
              @click=${() => view.decline(share)}
              aria-label=${named(t('invitation.decline'))}
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

/** What the widget's main actions need: the roles' rights, the accounts they start from, and how to open a form. */
export interface MainActionsView {
  i18n: LocaleController;
  buys: boolean;
  manages: boolean;
  /** Why some are disabled: the role's reason, or the permission the token was minted without. */
  reason: string;
  /** The account minutes are bought into by default. */
  pool: Account | undefined;
  /** The two accounts a transfer starts from; none with fewer than two owned accounts. */
  transfer: [Account, Account] | undefined;
  open(panel: Panel, values: Record<string, string>, event: Event): void;
}

/** Buy, transfer and new project, disabled with the reason for a role that may not. */
export function renderMainActions(v: MainActionsView): TemplateResult {
  const t = v.i18n.t.bind(v.i18n);
  const guard = { reasonId: 'reason-role', haspopup: true };
  const { pool, transfer } = v;
  return html`<div class="row" role="group" aria-label=${t('balance.actions')}>
      ${
        pool
          ? guardedButton({
              ...guard,
              allowed: v.buys,
              className: 'primary',
              label: t('buy.open'),
              onClick: (e) => v.open({ kind: 'buy', step: 'edit' }, { accountId: pool.id }, e),
            })
          : nothing
      }
      ${
        transfer
          ? guardedButton({
              ...guard,
              allowed: v.manages,
              label: t('transfer.open'),
              onClick: (e) =>
                v.open(
                  { kind: 'transfer' },
                  { fromAccountId: transfer[0].id, toAccountId: transfer[1].id },
                  e,
                ),
            })
          : nothing
      }
      ${guardedButton({ ...guard, allowed: v.manages, label: t('project.open'), onClick: (e) => v.open({ kind: 'create' }, {}, e) })}
    </div>
    ${renderReason('reason-role', v.reason, !v.buys || !v.manages)}`;
}

/** Who the account is shared with: accepted shares and those still awaiting an answer, told apart. */
function renderShareCounts(i18n: LocaleController, account: Account): TemplateResult | typeof nothing {
  const t = i18n.t.bind(i18n);
  const pending = account.pendingShareCount ?? 0;
  const accepted = (account.activeShareCount ?? 0) - pending;
  if (!accepted && !pending) return nothing;
  return html`<p class="muted small">
    ${[
      accepted ? t('account.shareCount', { count: accepted }) : '',
      pending ? t('account.sharePending', { count: pending }) : '',
    ]
      .filter(Boolean)
      .join(' · ')}
  </p>`;
}
