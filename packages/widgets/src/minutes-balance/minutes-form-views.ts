import { TaskStatus } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { field, formActions, formMessage, parseMinutes } from '../base/form.js';
import { toProblem } from '../base/problems.js';
import type { MinutesForms } from './minutes-forms.js';
import type { Account } from './types.js';

type Quote = NonNullable<MinutesForms['quote']['value']>;

// The forms of `<minutes-balance>` as views: each renders from the state `MinutesForms` holds.

/** How many other portals use an account (accepted shares) and how many are offered it (pending). */
function sharing(account: Account): { using: number; offered: number } {
  const offered = account.pendingShareCount ?? 0;
  return { using: (account.activeShareCount ?? 0) - offered, offered };
}

function accountOptions(f: MinutesForms, accounts: Account[], marked = false) {
  return accounts.map((a) => {
    const label = f.i18n.t('account.option', { title: a.title, balance: f.i18n.minutes(a.balance) });
    // Where minutes go: an account other portals use (or are offered) says so, since they can spend them there.
    const { using, offered } = sharing(a);
    const marks = [
      using ? f.i18n.t('transfer.usedBy', { count: using }) : '',
      offered ? f.i18n.t('transfer.offeredTo', { count: offered }) : '',
    ].filter(Boolean);
    return { value: a.id, label: marked && marks.length ? [label, ...marks].join(' · ') : label };
  });
}

function actions(f: MinutesForms, submit: string, tone: 'primary' | 'danger' = 'primary'): TemplateResult {
  return formActions(f.form, f.i18n, { submit, tone, cancel: () => f.close() });
}

/** Buying minutes: the quantity with its price as it is typed, then a review with the total to confirm. */
export function renderBuy(f: MinutesForms, step: 'edit' | 'review', onSubmit: (e: Event) => void) {
  const t = f.i18n.t.bind(f.i18n);
  const quote = f.quote.value;
  const minutes = parseMinutes(f.form.value('minutes'));
  const priced = quote && quote.minutes === minutes ? quote : undefined;
  if (step === 'review' && priced) return renderBuyReview(f, priced, onSubmit);
  const pending = minutes !== undefined && !priced && f.quote.status !== TaskStatus.ERROR;
  return html`<form @submit=${onSubmit} novalidate>
    <h2 id="dialog-title">${t('buy.title')}</h2>
    ${field(f.form, {
      name: 'accountId',
      label: t('buy.account'),
      type: 'select',
      options: accountOptions(f, f.owned()),
    })}
    ${field(f.form, {
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
              minutes: f.i18n.minutes(priced.minutes),
              unit: f.i18n.money(priced.unitPrice),
              total: f.i18n.money(priced.total),
            })
          : f.quote.status === TaskStatus.ERROR
            ? toProblem(f.quote.error, f.i18n).message
            : pending
              ? t('buy.pricing')
              : t('buy.enterQuantity')
      }
    </p>
    ${formMessage(f.form)} ${actions(f, t('action.continue'))}
  </form>`;
}

/** The purchase to confirm: account, quantity, unit price and total. */
function renderBuyReview(f: MinutesForms, priced: Quote, onSubmit: (e: Event) => void) {
  const t = f.i18n.t.bind(f.i18n);
  return html`<form @submit=${onSubmit} novalidate>
    <h2 id="dialog-title">${t('buy.reviewTitle')}</h2>
    <dl class="summary">
      <dt>${t('buy.account')}</dt>
      <dd>${f.titleOf(f.form.value('accountId'))}</dd>
      <dt>${t('buy.quantity')}</dt>
      <dd>${f.i18n.minutes(priced.minutes)}</dd>
      <dt>${t('buy.unitPrice')}</dt>
      <dd>${f.i18n.money(priced.unitPrice)}</dd>
      <dt>${t('buy.total')}</dt>
      <dd class="total">${f.i18n.money(priced.total)}</dd>
    </dl>
    <p class="muted small">${t('buy.reviewHint')}</p>
    ${formMessage(f.form)}
    ${formActions(f.form, f.i18n, {
      submit: t('buy.confirm', { total: f.i18n.money(priced.total) }),
      cancel: () => f.step({ kind: 'buy', step: 'edit' }),
      cancelLabel: t('action.back'),
    })}
  </form>`;
}

/** Moving minutes from one owned account to another. */
export function renderTransfer(f: MinutesForms, onSubmit: (e: Event) => void) {
  const t = f.i18n.t.bind(f.i18n);
  const options = accountOptions(f, f.owned());
  const to = f.owned().find((a) => a.id === f.form.value('toAccountId'));
  const { using, offered } = to ? sharing(to) : { using: 0, offered: 0 };
  const toHint = !to
    ? undefined
    : using
      ? t('transfer.toShared', { title: to.title, count: using })
      : offered
        ? t('transfer.toOffered', { title: to.title, count: offered })
        : undefined;
  return html`<form @submit=${onSubmit} novalidate>
    <h2 id="dialog-title">${t('transfer.title')}</h2>
    ${field(f.form, { name: 'fromAccountId', label: t('transfer.from'), type: 'select', options })}
    ${field(f.form, {
      name: 'toAccountId',
      label: t('transfer.to'),
      type: 'select',
      options: accountOptions(f, f.owned(), true),
      hint: toHint,
    })}
    ${field(f.form, {
      name: 'minutes',
      label: t('transfer.minutes'),
      type: 'number',
      required: true,
      min: 1,
      max: 1_000_000,
      hint: t('transfer.available', {
        minutes: f.i18n.minutes(
          f.accounts().find((a) => a.id === f.form.value('fromAccountId'))?.balance ?? 0,
        ),
      }),
    })}
    ${formMessage(f.form)} ${actions(f, t('transfer.submit'))}
  </form>`;
}

/** Creating a project, or editing an account's title and description. */
export function renderProject(f: MinutesForms, account: Account | undefined, onSubmit: (e: Event) => void) {
  const t = f.i18n.t.bind(f.i18n);
  return html`<form @submit=${onSubmit} novalidate>
    <h2 id="dialog-title">
      ${account ? t('project.editTitle', { title: account.title }) : t('project.createTitle')}
    </h2>
    ${account ? nothing : html`<p class="muted">${t('project.createHint')}</p>`}
    ${field(f.form, { name: 'title', label: t('project.name'), required: true, maxlength: 80 })}
    ${field(f.form, {
      name: 'description',
      label: t('project.description'),
      type: 'textarea',
      maxlength: 500,
      hint: t('project.optional'),
    })}
    ${formMessage(f.form)} ${actions(f, account ? t('action.save') : t('project.create'))}
  </form>`;
}

/** Deleting a project: where its minutes go and which shares end, before confirming. */
/**
 * Before the portal's sessions draw from another account: which one they draw from now, which one from then on,
 * and what it holds, so one click on a card never switches where minutes are spent.
 */
export function renderMakeDefault(f: MinutesForms, account: Account, onSubmit: (e: Event) => void) {
  const t = f.i18n.t.bind(f.i18n);
  const current = f.accounts().find((a) => a.isDefault);
  return html`<form @submit=${onSubmit} novalidate>
    <h2 id="dialog-title">${t('default.title', { title: account.title })}</h2>
    <p>
      ${t(current ? 'default.body' : 'default.bodyFirst', {
        title: account.title,
        minutes: f.i18n.minutes(account.balance),
        current: current?.title ?? '',
      })}
    </p>
    <p class="muted">${t('default.undo')}</p>
    ${formMessage(f.form)} ${actions(f, t('account.makeDefault'))}
  </form>`;
}

export function renderDelete(f: MinutesForms, account: Account, onSubmit: (e: Event) => void) {
  const t = f.i18n.t.bind(f.i18n);
  const pool = f.owned().find((a) => a.kind === 'pool');
  const shares = f.endingShares.value;
  return html`<form @submit=${onSubmit} novalidate>
    <h2 id="dialog-title">${t('project.deleteTitle', { title: account.title })}</h2>
    <p>
      ${
        account.balance > 0
          ? t('project.deleteMoves', {
              minutes: f.i18n.minutes(account.balance),
              pool: pool?.title ?? '',
            })
          : t('project.deleteEmpty')
      }
    </p>
    ${
      f.endingShares.status === TaskStatus.ERROR
        ? html`<p class="alert">${toProblem(f.endingShares.error, f.i18n).message}</p>`
        : !shares
          ? f.renderLoading()
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
    ${formMessage(f.form)} ${actions(f, t('project.deleteConfirm'), 'danger')}
  </form>`;
}
