import { Task } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Data, Item } from '@allot/sdk';
import type { WidgetApi } from '../base/allot-element.js';
import { ActionController } from '../base/controllers/actions.js';
import { DialogController } from '../base/controllers/dialog.js';
import { loadable } from '../base/controllers/state.js';
import type { MessageKey } from '../locales/catalogue.js';

type Account = Data<'listMinuteAccounts'>['items'][number];
type Share = Item<'listOutgoingShares'>;

/**
 * The shares of an account in `<share-dialog>`: each recipient and status, resend (with the wait the server
 * asks for, counted down), and cancel or revoke after a confirmation.
 */
export class ShareList {
  readonly #api: WidgetApi;
  readonly #host: WidgetApi['host'];
  readonly #confirm: DialogController<Share>;
  readonly #actions: ActionController;
  readonly #cooldowns = new Map<string, number>();
  /**
   * Projects a fixed-number share made from this dialog (id → title): their shares are listed here too, where
   * the admin just made them, although they belong to the new project, not to this account.
   */
  readonly #projects = new Map<string, string>();
  #accountId: string | undefined;
  #timer: ReturnType<typeof setInterval> | undefined;
  readonly #shares: Task<
    readonly [WidgetApi['store'], string | undefined, number, string],
    Share[] | undefined
  >;

  constructor(api: WidgetApi, account: () => Account | undefined, isOpen: () => boolean) {
    this.#api = api;
    this.#host = api.host;
    this.#actions = new ActionController(api.host, api);
    this.#confirm = new DialogController<Share>(api.host, {
      className: 'confirm',
      role: 'alertdialog',
      labelledBy: 'confirm-title',
      describedBy: 'confirm-body',
      fallbackFocus: () => api.host.renderRoot.querySelector<HTMLElement>('#shares-title'),
    });
    this.#shares = new Task(api.host, {
      args: () =>
        [
          api.store,
          isOpen() ? account()?.id : undefined,
          api.revision,
          [...this.#projects.keys()].join(),
        ] as const,
      task: async ([store, accountId], { signal }) => {
        if (!store || !accountId) return undefined;
        if (accountId !== this.#accountId) this.#projects.clear(); // another account: its own projects only
        this.#accountId = accountId;
        const read = (id: string) =>
          store.read(
            `shares:${id}`,
            ['shares'],
            () => store.client.shares.list({ accountId: id, limit: 50 }),
            signal,
          );
        const own = await read(accountId);
        // A project made here may have been deleted since: it drops out, the account's own shares stay.
        const ids = [...this.#projects.keys()];
        const projects = await Promise.allSettled(ids.map(read));
        ids.forEach((id, k) => projects[k]?.status === 'rejected' && this.#projects.delete(id));
        return [...own.items, ...projects.flatMap((o) => (o.status === 'fulfilled' ? o.value.items : []))];
      },
    });
  }

  /** A fixed-number share created `project` from this dialog: its shares are listed here from now on. */
  madeHere(project: { id: string; title: string }): void {
    this.#projects.set(project.id, project.title);
  }

  /** After each render of the host: runs the countdown while one is shown. */
  updated(isOpen: boolean): void {
    this.#tick(isOpen && this.#waiting().length > 0);
  }

  /** The host's dialog closed. */
  closed(): void {
    if (this.#confirm.isOpen) this.#confirm.close();
    this.#tick(false);
  }

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

  #resend(share: Share) {
    const store = this.#api.store;
    if (!store || this.#resendIn(share) > 0) return;
    void this.#actions.run(
      share.id,
      async () => {
        await store.client.shares.resend(share.id, { retry: 0 });
        this.#cooldowns.delete(share.id);
        store.changed('shares');
        this.#api.emit('allot-share-resent', { shareId: share.id });
        return this.#api.i18n.t('share.resent', { portal: share.recipient.name });
      },
      (problem) => {
        if (problem.retryAfter) this.#cooldowns.set(share.id, this.#api.now() + problem.retryAfter * 1000);
        if (problem.code === 'share_not_pending') store.changed('shares');
      },
    );
  }

  #cancel(share: Share) {
    const store = this.#api.store;
    if (!store) return;
    this.#confirm.close();
    void this.#actions.run(
      share.id,
      async () => {
        const ended = await store.client.shares.cancel(share.id);
        const status = ended.status === 'revoked' ? 'revoked' : 'cancelled';
        store.changed('shares', 'accounts');
        this.#api.emit('allot-share-cancelled', { shareId: share.id, status });
        return this.#api.i18n.t(status === 'revoked' ? 'share.revoked' : 'share.cancelled', {
          portal: share.recipient.name,
          title: share.accountTitle,
        });
      },
      (problem) => {
        if (problem.code === 'share_not_active') store.changed('shares');
      },
    );
  }

  /** The list, and the confirmation while one is asked. */
  render(account: Account): TemplateResult {
    return html`${this.#renderShares(account)} ${this.#confirm.render((share) => this.#renderConfirm(share))}`;
  }

  #renderShares(account: Account) {
    const t = this.#api.i18n.t.bind(this.#api.i18n);
    return html`<section class="shares" part="shares" aria-labelledby="shares-title">
      <h3 id="shares-title" tabindex="-1">${t('shares.title', { title: account.title })}</h3>
      ${this.#api.renderState(loadable(this.#shares), {
        empty: { when: (shares) => shares.length === 0, message: t('shares.empty') },
        ready: (shares) =>
          html`<ul>
            ${repeat(
              shares,
              (s) => s.id,
              (s) => this.#renderShare(s),
            )}
          </ul>`,
      })}
    </section>`;
  }

  #renderShare(share: Share) {
    const project = this.#projects.get(share.accountId);
    const t = this.#api.i18n.t.bind(this.#api.i18n);
    const wait = this.#resendIn(share);
    const error = this.#actions.error(share.id);
    const active = share.status === 'pending' || share.status === 'accepted';
    return html`<li class="share" part="share">
      <div class="share-who">
        <strong>${share.recipient.name}</strong>
        <span class="muted small">${share.recipient.ownerEmail}</span>
        ${
          project === undefined
            ? nothing
            : html`<span class="small">${t('shares.fromProject', { title: project })}</span>`
        }
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
                      @click=${() => this.#resend(share)}
                    >
                      ${t('shares.resend')}
                    </button>`
                  : nothing
              }
              <button
                type="button"
                part="button"
                class="link"
                @click=${(e: Event) => this.#confirm.open(share, e.currentTarget as HTMLElement)}
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
    return html`<div class="stack">
      <h2 id="confirm-title">${t(revoke ? 'confirm.revokeTitle' : 'confirm.cancelTitle', params)}</h2>
      <p id="confirm-body">${t(revoke ? 'confirm.revokeBody' : 'confirm.cancelBody', params)}</p>
      <div class="actions">
        <button type="button" part="button" @click=${() => this.#confirm.close()}>
          ${t(revoke ? 'confirm.keepSharing' : 'confirm.keepInvitation')}
        </button>
        <button type="button" part="button" class="danger" @click=${() => this.#cancel(share)}>
          ${t(revoke ? 'shares.revoke' : 'shares.cancel')}
        </button>
      </div>
    </div>`;
  }
}
