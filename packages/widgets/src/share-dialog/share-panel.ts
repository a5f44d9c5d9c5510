import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Data } from '@allot/sdk';
import type { WidgetApi } from '../base/allot-element.js';
import { FormController } from '../base/controllers/form.js';
import { field, formMessage, parseMinutes } from '../base/form.js';
import { sharePanelStrings } from '../locales/parts.js';
import { ShareList } from './share-list.js';
import { ShareFlow, StepError, type Progress, type ShareRequest } from './share-flow.js';

export { controls } from '../base/controls.js';
export { panelStyles } from './share-panel.styles.js';
/** The words only the dialog shows, loaded with it. */
export const strings = [sharePanelStrings];

type Account = Data<'listMinuteAccounts'>['items'][number];
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
  readonly #form: FormController;
  readonly #flow = new ShareFlow();
  readonly #list: ShareList;

  constructor(api: WidgetApi, account: () => Account | undefined, isOpen: () => boolean) {
    this.#api = api;
    this.#host = api.host;
    this.#account = account;
    this.#form = new FormController(api.host, api);
    this.#list = new ShareList(api, account, isOpen);
  }

  /** After each render of the host: runs the countdown while one is shown. */
  updated(isOpen: boolean): void {
    this.#list.updated(isOpen);
  }

  /** A request is running: the dialog stays open on Escape. */
  get busy(): boolean {
    return this.#form.busy;
  }

  /** The host's dialog closed. */
  closed(): void {
    this.#list.closed();
  }

  // ——— handlers ———

  #setMode(mode: Mode) {
    this.#mode = mode;
    this.#form.errors = {};
    this.#form.message = '';
    this.#host.requestUpdate();
  }

  /** What the form asks for, once its fields pass the checks (each error by its field otherwise). */
  #request(account: Account): ShareRequest | undefined {
    const t = this.#api.i18n.t.bind(this.#api.i18n);
    const recipientEmail = this.#form.value('recipientEmail').trim();
    const title = this.#form.value('title').trim();
    const minutes = parseMinutes(this.#form.value('minutes'));
    const byMinutes = this.#mode === 'minutes';
    const valid = this.#form.check({
      ...(byMinutes && {
        title: title || this.#flow.started ? undefined : t('field.required'),
        // More than the account holds is refused here, before any step: the server would refuse the transfer
        // only after the project was created, leaving an empty project behind.
        minutes:
          this.#flow.transferred !== undefined
            ? undefined
            : minutes === undefined
              ? t('field.minutes')
              : minutes > account.balance
                ? t('error.insufficient_minutes')
                : undefined,
      }),
      recipientEmail: !recipientEmail
        ? t('field.emailRequired')
        : !EMAIL.test(recipientEmail)
          ? t('field.email')
          : undefined,
    });
    if (!valid) return undefined;
    return byMinutes
      ? {
          mode: 'minutes',
          accountId: account.id,
          recipientEmail,
          title,
          description: this.#form.value('description').trim(),
          minutes: this.#flow.transferred ?? minutes ?? 0,
        }
      : { mode: 'account', accountId: account.id, recipientEmail };
  }

  #onSubmit = async (event: Event) => {
    event.preventDefault();
    const store = this.#api.store;
    const account = this.#account();
    if (!store || !account || this.#form.busy) return;
    const request = this.#request(account);
    if (!request) return;
    const { recipientEmail } = request;
    const byMinutes = request.mode === 'minutes';
    const t = this.#api.i18n.t.bind(this.#api.i18n);
    const outcome = await this.#form.submit(
      async () => {
        try {
          return await this.#flow.run(store.client, request, (done) => this.#progress(done));
        } catch (error) {
          throw error instanceof StepError ? error.cause : error;
        }
      },
      {
        fields: byMinutes ? ['title', 'description', 'minutes', 'recipientEmail'] : ['recipientEmail'],
        fieldOf: {
          portal_not_found: 'recipientEmail',
          cannot_share_with_self: 'recipientEmail',
          share_exists: 'recipientEmail',
          insufficient_minutes: 'minutes',
        },
      },
    );
    if (!outcome.ok) return;
    const share = outcome.value;
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
  };

  /** A step of a fixed-number share succeeded: the accounts changed, and the host hears of it. */
  #progress(done: Progress) {
    const store = this.#api.store;
    store?.changed('accounts', 'ledger');
    if (done.step === 'project') {
      this.#list.madeHere({ id: done.accountId, title: done.title });
      this.#api.emit('allot-project-created', { accountId: done.accountId, title: done.title });
    } else
      this.#api.emit('allot-minutes-transferred', {
        transferId: done.transferId,
        from: done.from,
        to: done.to,
        minutes: done.minutes,
      });
    this.#host.requestUpdate();
  }

  // ——— render ———

  /** The form and the account's shares. */
  render(account: Account): TemplateResult {
    return html`${this.#renderForm(account)} ${this.#list.render(account)}`;
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
}
