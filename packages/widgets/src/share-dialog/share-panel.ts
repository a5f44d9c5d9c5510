import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Data, Item } from '@allot/sdk';
import type { WidgetApi } from '../base/allot-element.js';
import { field, focusFirstError, FormState, formMessage, parseMinutes } from '../base/form.js';
import type { MessageKey } from '../locales/catalogue.js';
import { ShareFlow, StepError, type ShareRequest } from './share-flow.js';

export { controls } from '../base/controls.js';
export { panelStyles } from './share-panel.styles.js';

type Account = Data<'listMinuteAccounts'>['items'][number];
type Share = Item<'listOutgoingShares'>;
type Mode = 'account' | 'minutes';

// The HTML standard's valid e-mail address, before sending; the server has the last word (`portal_not_found`).
const EMAIL =
  /^[\w.!#$%&'*+/=?^`{|}~-]+@[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?(?:\.[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?)+$/i;

/**
 * The body of `<share-dialog>`, loaded the first time the dialog opens: the form (whole account or a fixed
 * number of minutes, run as one resumable step), and the account's shares with resend, cancel and revoke.
 */
export class SharePanel {
  readonly #api: WidgetApi;
  readonly #host: WidgetApi['host'];
  readonly #account: () => Account | undefined;
  #mode: Mode = 'account';
  readonly #form: FormState;
  readonly #flow = new ShareFlow();
  #confirming: Share | undefined;
  readonly #rowErrors = new Map<string, string>();
  readonly #cooldowns = new Map<string, number>();
  #timer: ReturnType<typeof setInterval> | undefined;
  #confirmOpener: HTMLElement | null = null;
  readonly #shares: Task<readonly [WidgetApi['store'], string | undefined, number], Share[] | undefined>;

  constructor(api: WidgetApi, account: () => Account | undefined, isOpen: () => boolean) {
    this.#api = api;
    this.#host = api.host;
    this.#account = account;
    this.#form = new FormState(api.host);
    this.#shares = new Task(api.host, {
      args: () => [api.store, isOpen() ? account()?.id : undefined, api.revision] as const,
      task: async ([store, accountId], { signal }) => {
        if (!store || !accountId) return undefined;
        const page = await store.read(
          `shares:${accountId}`,
          ['shares'],
          () => store.client.shares.list({ accountId, limit: 50 }),
          signal,
        );
        return page.items;
      },
    });
  }

  /** After each render of the host: opens the confirmation, runs the countdown while one is shown. */
  updated(isOpen: boolean): void {
    const confirm = this.#host.renderRoot.querySelector<HTMLDialogElement>('dialog.confirm');
    if (this.#confirming && confirm && !confirm.open) confirm.showModal();
    this.#tick(isOpen && this.#waiting().length > 0);
  }

  /** The host's dialog closed. */
  closed(): void {
    this.#confirming = undefined;
    this.#tick(false);
  }

  // ——— helpers ———

  /** Pending shares that cannot be resent yet. */
  #waiting(): Share[] {
    return (this.#shares.value ?? []).filter((s) => s.status === 'pending' && this.#resendIn(s) > 0);
  }

  /** Seconds until the share can be resent (0: now). */
  #resendIn(share: Share): number {
    const until = Math.max(
      share.resendAvailableAt ? Date.parse(share.resendAvailableAt) : 0,
      this.#cooldowns.get(share.id) ?? 0,
    );
    return Math.max(0, Math.ceil((until - this.#api.now()) / 1000));
  }

  // A countdown on screen needs a render per second, only while one is shown.
  #tick(on: boolean) {
    if (on && !this.#timer) this.#timer = setInterval(() => this.#host.requestUpdate(), 1000);
    if (!on && this.#timer) {
      clearInterval(this.#timer);
      this.#timer = undefined;
    }
  }

  // ——— handlers ———

  #setMode(mode: Mode) {
    this.#mode = mode;
    this.#form.errors = {};
    this.#form.message = '';
    this.#host.requestUpdate();
  }

  #onSubmit = async (event: Event) => {
    event.preventDefault();
    const store = this.#api.store;
    const account = this.#account();
    if (!store || !account || this.#form.busy) return;
    const t = this.#api.i18n.t.bind(this.#api.i18n);
    const recipientEmail = this.#form.value('recipientEmail').trim();
    const title = this.#form.value('title').trim();
    const minutes = parseMinutes(this.#form.value('minutes'));
    const byMinutes = this.#mode === 'minutes';
    const valid = this.#form.check({
      ...(byMinutes && {
        title: title || this.#flow.started ? undefined : t('field.required'),
        minutes:
          minutes === undefined && this.#flow.transferred === undefined ? t('field.minutes') : undefined,
      }),
      recipientEmail: !recipientEmail
        ? t('field.emailRequired')
        : !EMAIL.test(recipientEmail)
          ? t('field.email')
          : undefined,
    });
    if (!valid) {
      void this.#api.announce(this.#form.summary, 'error');
      return void focusFirstError(this.#host);
    }
    const request: ShareRequest = byMinutes
      ? {
          mode: 'minutes',
          accountId: account.id,
          recipientEmail,
          title,
          description: this.#form.value('description').trim(),
          minutes: this.#flow.transferred ?? minutes ?? 0,
        }
      : { mode: 'account', accountId: account.id, recipientEmail };
    this.#form.busy = true;
    this.#form.message = '';
    this.#host.requestUpdate();
    try {
      const share = await this.#flow.run(store.client, request, (done) => {
        store.changed('accounts', 'ledger');
        if (done.step === 'project')
          this.#api.emit('allot-project-created', { accountId: done.accountId, title: done.title });
        else
          this.#api.emit('allot-minutes-transferred', {
            transferId: done.transferId,
            from: done.from,
            to: done.to,
            minutes: done.minutes,
          });
        this.#host.requestUpdate();
      });
      store.changed('shares', 'accounts', 'ledger');
      this.#api.emit('allot-share-created', {
        shareId: share.id,
        accountId: share.accountId,
        recipientEmail,
        mode: request.mode,
        ...(request.mode === 'minutes' && { minutes: request.minutes }),
      });
      this.#form.reset();
      const who = { portal: share.recipient.name, email: share.recipient.ownerEmail };
      void this.#api.announce(`${t('share.sent')}. ${t('share.sentDetail', who)}`);
    } catch (error) {
      const cause = error instanceof StepError ? error.cause : error;
      this.#form.fail(
        this.#api.problem(cause, {
          fields: byMinutes ? ['title', 'description', 'minutes', 'recipientEmail'] : ['recipientEmail'],
          fieldOf: {
            portal_not_found: 'recipientEmail',
            cannot_share_with_self: 'recipientEmail',
            share_exists: 'recipientEmail',
            insufficient_minutes: 'minutes',
          },
        }),
      );
      void this.#api.announce(this.#form.summary, 'error');
      void focusFirstError(this.#host);
    }
  };

  async #resend(share: Share) {
    const store = this.#api.store;
    if (!store || this.#resendIn(share) > 0) return;
    this.#rowErrors.delete(share.id);
    try {
      await store.client.shares.resend(share.id, { retry: 0 });
      this.#cooldowns.delete(share.id);
      store.changed('shares');
      this.#api.emit('allot-share-resent', { shareId: share.id });
      void this.#api.announce(this.#api.i18n.t('share.resent', { portal: share.recipient.name }));
    } catch (error) {
      const problem = this.#api.problem(error);
      if (!problem) return;
      if (problem.retryAfter) this.#cooldowns.set(share.id, this.#api.now() + problem.retryAfter * 1000);
      this.#rowErrors.set(share.id, problem.message);
      void this.#api.announce(problem.message, 'error');
      if (problem.code === 'share_not_pending') store.changed('shares');
    }
    this.#host.requestUpdate();
  }

  #askCancel(share: Share, event: Event) {
    this.#confirmOpener = event.currentTarget as HTMLElement;
    this.#confirming = share;
    this.#host.requestUpdate();
  }

  #closeConfirm() {
    this.#confirming = undefined; // before the close event, so no render in between opens it again
    this.#host.renderRoot.querySelector<HTMLDialogElement>('dialog.confirm')?.close();
  }

  #onConfirmClose = () => {
    this.#confirming = undefined;
    this.#host.requestUpdate();
    const opener = this.#confirmOpener;
    this.#confirmOpener = null;
    void this.#host.updateComplete.then(() =>
      (opener?.isConnected
        ? opener
        : this.#host.renderRoot.querySelector<HTMLElement>('#shares-title')
      )?.focus(),
    );
  };

  async #cancel(share: Share) {
    const store = this.#api.store;
    if (!store) return;
    this.#rowErrors.delete(share.id);
    this.#closeConfirm();
    try {
      const ended = await store.client.shares.cancel(share.id);
      const status = ended.status === 'revoked' ? 'revoked' : 'cancelled';
      store.changed('shares', 'accounts');
      this.#api.emit('allot-share-cancelled', { shareId: share.id, status });
      void this.#api.announce(
        this.#api.i18n.t(status === 'revoked' ? 'share.revoked' : 'share.cancelled', {
          portal: share.recipient.name,
          title: share.accountTitle,
        }),
      );
    } catch (error) {
      const problem = this.#api.problem(error);
      if (!problem) return;
      this.#rowErrors.set(share.id, problem.message);
      void this.#api.announce(problem.message, 'error');
      if (problem.code === 'share_not_active') store.changed('shares');
    }
    this.#host.requestUpdate();
  }

  // ——— render ———

  /** The form and the account's shares. */
  render(account: Account): TemplateResult {
    return html`${this.#renderForm(account)} ${this.#renderShares(account)}
    ${this.#confirming ? this.#renderConfirm(this.#confirming) : nothing}`;
  }

  #renderForm(account: Account) {
    const t = this.#api.i18n.t.bind(this.#api.i18n);
    const flow = this.#flow;
    const byMinutes = this.#mode === 'minutes';
    const busy = this.#form.busy;
    return html`<form class="stack" novalidate @submit=${this.#onSubmit}>
      <fieldset class="modes">
        <legend>${t('share.what')}</legend>
        ${this.#renderMode('account', t('share.mode.account', { title: account.title }), t('share.mode.accountHint'))}
        ${this.#renderMode('minutes', t('share.mode.minutes'), t('share.mode.minutesHint'))}
      </fieldset>
      ${
        byMinutes
          ? html`${field(this.#form, {
              name: 'title',
              label: t('project.name'),
              required: true,
              maxlength: 80,
              readonly: flow.started,
              hint: t('share.projectHint'),
            })}
            ${field(this.#form, {
              name: 'description',
              label: t('project.description'),
              type: 'textarea',
              maxlength: 500,
              readonly: flow.started,
              hint: t('project.optional'),
            })}
            ${field(this.#form, {
              name: 'minutes',
              label: t('share.minutes'),
              type: 'number',
              required: true,
              min: 1,
              max: 1_000_000,
              readonly: flow.transferred !== undefined,
              hint: t('transfer.available', { minutes: this.#api.i18n.minutes(account.balance) }),
            })}`
          : nothing
      }
      ${field(this.#form, {
        name: 'recipientEmail',
        label: t('share.email'),
        type: 'email',
        required: true,
        autocomplete: 'email',
        hint: t('share.emailHint'),
      })}
      ${byMinutes && flow.started ? this.#renderSteps() : nothing} ${formMessage(this.#form)}
      <div class="actions">
        <button type="submit" class="primary" part="button" aria-disabled=${busy}>
          ${busy ? t('action.working') : flow.started && byMinutes ? t('share.resume') : t('share.submit')}
        </button>
      </div>
    </form>`;
  }

  #renderMode(mode: Mode, label: string, hint: string) {
    const locked = this.#flow.started && mode === 'account';
    return html`<label class="choice">
      <input
        type="radio"
        name="mode"
        value=${mode}
        .checked=${live(this.#mode === mode)}
        ?disabled=${locked}
        aria-labelledby="mode-${mode}-label"
        aria-describedby="mode-${mode}-hint"
        @change=${() => this.#setMode(mode)}
      />
      <span>
        <span class="choice-label" id="mode-${mode}-label">${label}</span>
        <span class="hint" id="mode-${mode}-hint">${hint}</span>
      </span>
    </label>`;
  }

  #renderSteps() {
    const t = this.#api.i18n.t.bind(this.#api.i18n);
    const flow = this.#flow;
    const step = (done: boolean, failed: boolean, text: string) =>
      html`<li class=${done ? 'done' : failed ? 'failed' : 'todo'}>
        <span aria-hidden="true">${done ? '✓' : failed ? '✕' : '•'}</span>
        <span>${text}</span>
        <span class="visually-hidden"
          >${t(done ? 'steps.done' : failed ? 'steps.failed' : 'steps.todo')}</span
        >
      </li>`;
    return html`<div class="alert info" part="steps">
      <p><strong>${t('steps.title')}</strong></p>
      <ol class="steps">
        ${step(!!flow.project, flow.failedAt === 'project', t('steps.project', { title: flow.project?.title ?? '' }))}
        ${step(
          flow.transferred !== undefined,
          flow.failedAt === 'transfer',
          flow.transferred !== undefined
            ? t('steps.transferred', { minutes: this.#api.i18n.minutes(flow.transferred) })
            : t('steps.transfer'),
        )}
        ${step(false, flow.failedAt === 'share', t('steps.share'))}
      </ol>
      <p class="small">${t('steps.resume')}</p>
    </div>`;
  }

  #renderShares(account: Account) {
    const t = this.#api.i18n.t.bind(this.#api.i18n);
    const shares = this.#shares.value;
    return html`<section class="shares" part="shares" aria-labelledby="shares-title">
      <h3 id="shares-title" tabindex="-1">${t('shares.title', { title: account.title })}</h3>
      ${
        this.#shares.status === TaskStatus.ERROR
          ? this.#api.renderError(this.#shares.error, () => void this.#shares.run())
          : !shares
            ? this.#api.renderLoading()
            : shares.length === 0
              ? html`<p class="muted" part="empty">${t('shares.empty')}</p>`
              : html`<ul>
                  ${repeat(
                    shares,
                    (s) => s.id,
                    (s) => this.#renderShare(s),
                  )}
                </ul>`
      }
    </section>`;
  }

  #renderShare(share: Share) {
    const t = this.#api.i18n.t.bind(this.#api.i18n);
    const wait = this.#resendIn(share);
    const error = this.#rowErrors.get(share.id);
    const active = share.status === 'pending' || share.status === 'accepted';
    return html`<li class="share" part="share">
      <div class="share-who">
        <strong>${share.recipient.name}</strong>
        <span class="muted small">${share.recipient.ownerEmail}</span>
      </div>
      <span class="badge status-${share.status}" part="badge"
        >${t(`status.${share.status}` as MessageKey)}</span
      >
      <span class="muted small">${t('shares.sent', { date: this.#api.i18n.date(share.lastSentAt) })}</span>
      ${
        active
          ? html`<div class="row share-actions">
              ${
                share.status === 'pending'
                  ? html`<button
                      aria-label=${this.#api.i18n.t('label.for', { action: t('shares.resend'), subject: share.recipient.name })}
                      type="button"
                      part="button"
                      class="link"
                      aria-disabled=${wait > 0}
                      aria-describedby=${wait > 0 ? `wait-${share.id}` : nothing}
                      @click=${() => void this.#resend(share)}
                    >
                      ${t('shares.resend')}
                    </button>`
                  : nothing
              }
              <button
                type="button"
                part="button"
                class="link"
                @click=${(e: Event) => this.#askCancel(share, e)}
                aria-label=${this.#api.i18n.t('label.for', { action: t(share.status === 'pending' ? 'shares.cancel' : 'shares.revoke'), subject: share.recipient.name })}
              >
                ${t(share.status === 'pending' ? 'shares.cancel' : 'shares.revoke')}
              </button>
            </div>`
          : nothing
      }
      ${
        wait > 0
          ? html`<span class="muted small wait" id="wait-${share.id}"
              >${t('shares.resendIn', { when: this.#api.i18n.relative(wait) })}</span
            >`
          : nothing
      }
      ${error ? html`<p class="field-error" role="alert">${error}</p>` : nothing}
    </li>`;
  }

  #renderConfirm(share: Share) {
    const t = this.#api.i18n.t.bind(this.#api.i18n);
    const revoke = share.status === 'accepted';
    const params = { portal: share.recipient.name, title: share.accountTitle };
    return html`<dialog
      class="confirm"
      part="confirm"
      role="alertdialog"
      aria-labelledby="confirm-title"
      aria-describedby="confirm-body"
      @close=${this.#onConfirmClose}
    >
      <div class="stack">
        <h2 id="confirm-title">${t(revoke ? 'confirm.revokeTitle' : 'confirm.cancelTitle', params)}</h2>
        <p id="confirm-body">${t(revoke ? 'confirm.revokeBody' : 'confirm.cancelBody', params)}</p>
        <div class="actions">
          <button type="button" part="button" @click=${() => this.#closeConfirm()}>
            ${t(revoke ? 'confirm.keepSharing' : 'confirm.keepInvitation')}
          </button>
          <button type="button" part="button" class="danger" @click=${() => void this.#cancel(share)}>
            ${t(revoke ? 'shares.revoke' : 'shares.cancel')}
          </button>
        </div>
      </div>
    </dialog>`;
  }
}
