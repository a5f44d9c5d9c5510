import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { ApiError, type Data, type Item } from '@allot/sdk';
import { AllotElement } from '../base/allot-element.js';
import { memberInviteStrings } from '../locales/catalogue.js';
import { controls } from '../base/controls.js';
import { field, focusFirstError, FormState, formMessage } from '../base/form.js';
import { errorMessageOf } from '../base/error-messages.js';
import { IdempotencyKeys } from '../base/idempotency.js';
import { PagedList } from '../base/paged.js';
import type { AllotStore, Topic } from '../base/store.js';
import type { MembersInvitedDetail } from '../events/member-invite.js';
import {
  checkAddresses,
  MAX_ADDRESSES,
  renderMoves,
  renderOutcomes,
  splitAddresses,
  type AddressProblem,
} from './addresses.js';
import type { InviteeSide } from './incoming.js';
import type { PendingActions } from './pending-actions.js';
import { styles } from './member-invite.styles.js';

type Me = Data<'getMe'>;
type Product = Data<'listProducts'>['items'][number];
type Invitation = Item<'listInvitations'>;
type Outcome = { email: string; ok: boolean; message: string };

/**
 * Invites existing users into the portal by e-mail, several at once, as basic members or with licenses; says
 * before sending what moves with a user and what does not, and what joining as a basic member costs a licensed
 * user; shows each address's own result next to it; lists the pending invitations with resend and revoke.
 * With `mode="invitee"` it is the other side: the user's invitations into other portals, what blocks accepting
 * each and what to do about it, and the choice between a refund and a credit for the unused part of their plan.
 *
 * @tagname member-invite
 * @summary Invite existing users, follow and manage pending invitations, or accept one as the invitee.
 *
 * @event {CustomEvent<MembersInvitedDetail>} allot-members-invited - A batch was sent; each address's outcome is in `detail`.
 * @event {CustomEvent<InvitationResentDetail>} allot-invitation-resent - A pending invitation was sent again.
 * @event {CustomEvent<InvitationRevokedDetail>} allot-invitation-revoked - A pending invitation was withdrawn.
 * @event {CustomEvent<InvitationAcceptedDetail>} allot-invitation-accepted - The invitee joined the inviting portal.
 * @event {CustomEvent<ErrorDetail>} allot-error - A request failed; the widget shows why.
 *
 * @csspart card - The whole widget.
 * @csspart header - The title row.
 * @csspart button - Every button.
 * @csspart field - A labelled form control.
 * @csspart form-error - A form's error message.
 * @csspart outcomes - The result of each address of the last batch.
 * @csspart outcome - The result of one address.
 * @csspart moves - What moves with a user who joins, and what does not.
 * @csspart warning - What a licensed user loses by joining as a basic member.
 * @csspart pending - The pending invitations.
 * @csspart invitation - One invitation (pending, or incoming on the invitee side).
 * @csspart blockers - What prevents accepting an invitation, and what to do.
 * @csspart blocker - One of them.
 * @csspart settlement - The refund or credit choice.
 * @csspart accept - The accept button (also has part `button`).
 * @csspart row-error - An error about one invitation.
 * @csspart confirm - The confirmation of a revoke.
 * @csspart status - The live region announcing outcomes.
 * @csspart loading - The loading placeholder.
 * @csspart error - The error state.
 * @csspart forbidden - Shown when the user may not see invitations.
 * @csspart empty - Shown when there is nothing to list.
 *
 * @cssproperty --allot-member-invite-card-background - Background of the widget.
 * @cssproperty --allot-member-invite-warning-background - Background of the basic-member warning.
 * @cssproperty --allot-member-invite-blocker-border - Border colour of the blockers.
 * @cssproperty --allot-sys-color-primary - System token: primary colour (and every other `--allot-sys-*`).
 */
export class MemberInvite extends AllotElement {
  static readonly baseName = 'member-invite';
  static override strings = [memberInviteStrings];
  static override styles = [...AllotElement.styles, controls, styles];

  static override properties: PropertyDeclarations = {
    mode: { reflect: true },
    pageSize: { attribute: 'page-size', type: Number },
  };

  /** `inviter` (the default): invite users and manage pending invitations. `invitee`: accept one's own invitations. */
  declare mode: 'inviter' | 'invitee';
  /** Pending invitations per page. */
  declare pageSize: number;

  protected override readonly topics: readonly Topic[] = ['me', 'invitations', 'licenses'];

  #form = new FormState(this);
  #keys = new IdempotencyKeys();
  readonly #t = this.i18n.scoped('memberInvite');
  #products = new Set<string>();
  #outcomes: Outcome[] = [];
  #listMessage = '';
  #rowErrors = new Map<string, string>();
  #invitee: InviteeSide | undefined;
  #actions: PendingActions | undefined;
  #opener: HTMLElement | null = null;

  constructor() {
    super();
    this.mode = 'inviter';
    this.pageSize = 20;
    this.#form.reset({ membership: 'basic' });
  }

  #overview = new Task(this, {
    args: () => [this.store, this.revision, this.mode] as const,
    task: async ([store, , mode], { signal }) => {
      if (!store || mode === 'invitee') return undefined;
      const me = await store.read('me', ['me'], () => store.client.me(), signal);
      if (!me.permissions.includes('licenses:read')) return { me, products: [], free: undefined };
      // Invitees get a free license of each product on joining, never a new one: say how many are free. The
      // counts only inform: when they cannot be read, the form works without them.
      const [products, unassigned] = await Promise.all([
        store.read('products', ['licenses'], () => store.client.products.list(), signal),
        store
          .read(
            'licenses:unassigned',
            ['licenses'],
            () => store.client.licenses.list({ status: 'unassigned', limit: 1 }),
            signal,
          )
          .catch(() => undefined),
      ]);
      const free = unassigned && new Map(unassigned.facets.products.map((f) => [f.productId, f.count]));
      return { me, products: products.items, free };
    },
  });

  #pending = new PagedList<Invitation, readonly [AllotStore | undefined, number, number, boolean]>(
    this,
    () => [this.store, this.revision, this.pageSize, this.#can('members:read')] as const,
    async ([store, , limit, may], cursor, signal) => {
      if (!store || !may) return undefined;
      const query = { status: ['pending' as const], limit, ...(cursor && { cursor }) };
      return cursor
        ? store.client.invitations.list(query)
        : store.read(
            `invitations:pending:${limit}`,
            ['invitations'],
            () => store.client.invitations.list(query),
            signal,
          );
    },
  );

  #incoming = new Task(this, {
    args: () => [this.store, this.revision, this.mode] as const,
    task: async ([store, , mode], { signal }) => {
      if (!store || mode !== 'invitee') return undefined;
      const [page] = await Promise.all([
        store.read(
          'invitations:incoming',
          ['invitations'],
          () => store.client.invitations.incoming.list({ limit: 50 }),
          signal,
        ),
        this.#loadInvitee(),
      ]);
      return page.items;
    },
  });

  /** The invitee's side, loaded only in that mode. */
  async #loadInvitee(): Promise<InviteeSide> {
    if (!this.#invitee) {
      const { InviteeSide, inviteeStyles } = await import('./incoming.js');
      this.adoptStyles(inviteeStyles);
      this.#invitee ??= new InviteeSide(this.api());
    }
    return this.#invitee;
  }

  #can(permission: Me['permissions'][number]): boolean {
    return this.#overview.value?.me.permissions.includes(permission) ?? false;
  }

  // ——— lifecycle ———

  protected override updated() {
    const dialog = this.renderRoot.querySelector('dialog');
    if (this.#actions?.revoking && dialog && !dialog.open) dialog.showModal();
  }

  // ——— inviting ———

  #toggleProduct(id: string, on: boolean) {
    if (on) this.#products.add(id);
    else this.#products.delete(id);
    this.#form.set('productIds', [...this.#products].join(','));
  }

  #addressMessage(problem: AddressProblem): string {
    return this.#t(problem === 'duplicate' ? 'duplicate' : 'invalid');
  }

  /** Checks the form before sending; shows each wrong address next to it. */
  #check(emails: string[]): boolean {
    const t = this.#t;
    const problems = checkAddresses(emails);
    this.#outcomes = [...problems].map(([i, p]) => ({
      email: emails[i] ?? '',
      ok: false,
      message: this.#addressMessage(p),
    }));
    const licensed = this.#form.value('membership') === 'licensed';
    return this.#form.check({
      emails:
        emails.length === 0
          ? t('noEmails')
          : emails.length > MAX_ADDRESSES
            ? t('tooMany', { count: emails.length })
            : problems.size
              ? t('fixAddresses', { count: problems.size })
              : undefined,
      productIds: licensed && this.#products.size === 0 ? t('productsRequired') : undefined,
    });
  }

  #onInvite = async (event: Event) => {
    event.preventDefault();
    const store = this.store;
    if (!store || this.#form.busy) return;
    const emails = splitAddresses(this.#form.value('emails'));
    if (!this.#check(emails)) {
      void this.announce(this.#form.summary, 'error');
      return void focusFirstError(this);
    }
    const membership: MembersInvitedDetail['membership'] =
      this.#form.value('membership') === 'licensed'
        ? { type: 'licensed', productIds: [...this.#products] }
        : { type: 'basic' };
    const message = this.#form.value('message').trim();
    const body = { emails, membership, ...(message && { message }) };
    this.#form.busy = true;
    this.#form.message = '';
    this.requestUpdate();
    try {
      const result = await store.client.invitations.create(body, {
        idempotencyKey: this.#keys.for('invite', body),
      });
      const detail: MembersInvitedDetail = { invited: [], failed: [], membership };
      this.#outcomes = result.results.map((r) => {
        if (r.outcome === 'invited') {
          detail.invited.push({ email: r.email, invitationId: r.invitation.id });
          return { email: r.email, ok: true, message: '' };
        }
        detail.failed.push({ email: r.email, code: r.error.code });
        return { email: r.email, ok: false, message: this.i18n.t(errorMessageOf(r.error.code)) };
      });
      // Who was not invited stays in the field, to correct or remove; the rest is done.
      this.#form.set('emails', detail.failed.map((f) => f.email).join('\n'));
      this.#form.busy = false;
      this.#keys.clear();
      if (result.invitedCount) store.changed('invitations');
      this.emit('allot-members-invited', detail);
      const t = this.#t;
      void this.announce(
        [
          result.invitedCount ? t('sent', { count: result.invitedCount }) : '',
          result.failedCount ? t('notSent', { count: result.failedCount }) : '',
        ]
          .filter(Boolean)
          .join(' '),
        result.failedCount ? 'info' : 'success',
      );
    } catch (error) {
      const problem = this.problem(error, { fields: ['emails', 'message'] });
      // A pointer into the list (`/emails/3`) names one address: say it next to that address.
      if (error instanceof ApiError && problem) {
        const wrong = error.errors.filter((e) => /^\/emails\/\d+$/.test(e.pointer));
        if (wrong.length) {
          this.#outcomes = wrong.map((e) => ({
            email: emails[Number(e.pointer.split('/')[2])] ?? '',
            ok: false,
            message: this.#addressMessage(e.code === 'uniqueItems' ? 'duplicate' : 'invalid'),
          }));
          problem.fields['emails'] = this.#t('fixAddresses', { count: wrong.length });
          problem.message = '';
        }
        if (error.errors.some((e) => e.pointer.startsWith('/membership'))) {
          problem.fields['productIds'] = this.#t('productsRequired');
          problem.message = '';
        }
      }
      this.#form.fail(problem);
      void this.announce(this.#form.summary, 'error');
      void focusFirstError(this);
    }
  };

  // ——— pending invitations ———

  /** Resend and revoke, loaded on the first click of either: nothing of them is needed before. */
  async #loadActions(): Promise<PendingActions> {
    if (!this.#actions) {
      const { PendingActions } = await import('./pending-actions.js');
      this.#actions ??= new PendingActions(this.api(), {
        rowErrors: this.#rowErrors,
        listMessage: (message) => (this.#listMessage = message),
        close: () => this.#closeConfirm(),
      });
    }
    return this.#actions;
  }

  #resend(invitation: Invitation) {
    void this.#loadActions().then((actions) => actions.resend(invitation));
  }

  async #askRevoke(invitation: Invitation, event: Event) {
    this.#opener = event.currentTarget as HTMLElement;
    (await this.#loadActions()).askRevoke(invitation);
    this.announcement = '';
    this.requestUpdate();
  }

  #closeConfirm() {
    this.renderRoot.querySelector('dialog')?.close();
    // Forget the invitation now: a render before the `close` event must not open the dialog again.
    if (this.#actions) this.#actions.revoking = undefined;
  }

  #onConfirmClose = () => {
    if (this.#actions) this.#actions.revoking = undefined;
    this.requestUpdate();
    const opener = this.#opener;
    this.#opener = null;
    void this.updateComplete.then(() =>
      (opener?.isConnected ? opener : this.renderRoot.querySelector<HTMLElement>('#pending-title'))?.focus(),
    );
  };

  // ——— render ———

  protected override render() {
    const t = this.#t;
    if (!this.i18n.ready) return this.renderLoading();
    if (!this.store) return this.renderUnconfigured();
    const invitee = this.mode === 'invitee';
    const task = invitee ? this.#incoming : this.#overview;
    return html`<section class="card" part="card" aria-labelledby="title">
        <header class="row" part="header">
          <h2 id="title">${t(invitee ? 'inviteeTitle' : 'title')}</h2>
        </header>
        ${this.#actions?.revoking ? nothing : this.renderStatus()}
        ${
          task.status === TaskStatus.ERROR
            ? this.renderError(task.error, () => void task.run())
            : !task.value
              ? this.renderLoading()
              : invitee
                ? this.#renderInvitee()
                : this.#can('members:read')
                  ? this.#renderInviter()
                  : this.renderForbidden()
        }
      </section>
      ${this.#actions?.revoking ? this.#renderConfirm(this.#actions, this.#actions.revoking) : nothing}`;
  }

  #renderListMessage() {
    return this.#listMessage ? html`<p class="alert" part="form-error">${this.#listMessage}</p>` : nothing;
  }

  #renderInvitee() {
    return this.#invitee?.render(this.#incoming.value ?? []) ?? nothing;
  }

  #renderInviter() {
    return html`${
      this.#can('members:invite')
        ? this.#renderForm()
        : html`<p class="alert info">${this.#t('noInvite')}</p>`
    }
    ${this.#renderPending()}`;
  }

  #renderForm() {
    const t = this.#t;
    const form = this.#form;
    const count = splitAddresses(form.value('emails')).length;
    const licensed = form.value('membership') === 'licensed';
    const products = this.#overview.value?.products ?? [];
    const emailsError = form.errors['emails'];
    const productsError = form.errors['productIds'];
    return html`<form class="invite" @submit=${this.#onInvite} novalidate>
      <p class="muted">${t('intro')}</p>
      <div class="field" part="field">
        <label for="f-emails">${t('emails')}</label>
        <textarea
          id="f-emails"
          name="emails"
          rows="4"
          autocomplete="off"
          spellcheck="false"
          aria-describedby="f-emails-hint${emailsError ? ' f-emails-error' : ''}"
          aria-invalid=${ifDefined(emailsError ? 'true' : undefined)}
          .value=${live(form.value('emails'))}
          @input=${(e: Event) => form.set('emails', (e.target as HTMLTextAreaElement).value)}
        ></textarea>
        <p class="hint" id="f-emails-hint">${t('emailsHint')} ${count ? t('count', { count }) : ''}</p>
        ${emailsError ? html`<p class="field-error" id="f-emails-error">${emailsError}</p>` : nothing}
      </div>
      ${this.#outcomes.length ? renderOutcomes(this.i18n, this.#outcomes) : nothing}
      ${
        this.#outcomes.some((o) => !o.ok) && !emailsError && form.value('emails')
          ? html`<p class="hint">${t('kept')}</p>`
          : nothing
      }
      <fieldset part="field">
        <legend>${t('joinAs')}</legend>
        ${this.#radio('basic', t('basic'), t('basicHint'))}
        ${this.#radio('licensed', t('licensed'), t('licensedHint'))}
      </fieldset>
      ${
        licensed
          ? html`<fieldset
              part="field"
              class="products"
              aria-describedby=${ifDefined(productsError ? 'f-products-error' : undefined)}
            >
              <legend>${t('products')}</legend>
              ${products.map((p) => this.#productBox(p, !!productsError))}
              ${productsError ? html`<p class="field-error" id="f-products-error">${productsError}</p>` : nothing}
              ${this.#renderShortOfLicenses(products, count)}
            </fieldset>`
          : nothing
      }
      ${field(form, {
        name: 'message',
        label: t('message'),
        type: 'textarea',
        maxlength: 500,
        hint: t('messageHint'),
      })}
      ${renderMoves(this.i18n, !licensed, 3)} ${formMessage(form)}
      <div class="actions">
        <button type="submit" class="primary" part="button" aria-disabled=${form.busy}>
          ${form.busy ? this.i18n.t('action.working') : t('submit')}
        </button>
      </div>
    </form>`;
  }

  #radio(value: 'basic' | 'licensed', label: string, hint: string) {
    return html`<div class="check">
      <input
        type="radio"
        id="m-${value}"
        name="membership"
        value=${value}
        .checked=${live(this.#form.value('membership') === value)}
        aria-describedby="m-${value}-hint"
        @change=${() => this.#form.set('membership', value)}
      />
      <div>
        <label for="m-${value}">${label}</label>
        <p class="hint" id="m-${value}-hint">${hint}</p>
      </div>
    </div>`;
  }

  /** How many licenses of `product` are free; undefined when that could not be read. */
  #free(product: Product): number | undefined {
    const free = this.#overview.value?.free;
    return free && (free.get(product.id) ?? 0);
  }

  #productBox(product: Product, invalid: boolean) {
    const free = this.#free(product);
    return html`<div class="check">
      <input
        type="checkbox"
        id="p-${product.id}"
        .checked=${live(this.#products.has(product.id))}
        aria-invalid=${ifDefined(invalid ? 'true' : undefined)}
        aria-describedby=${ifDefined(free === undefined ? undefined : `p-${product.id}-free`)}
        @change=${(e: Event) => this.#toggleProduct(product.id, (e.target as HTMLInputElement).checked)}
      />
      <label for="p-${product.id}">${product.name}</label>
      ${
        free === undefined
          ? nothing
          : html`<span class="muted small" id="p-${product.id}-free"
              >${free ? this.#t('free', { count: free }) : this.#t('noneFree')}</span
            >`
      }
    </div>`;
  }

  /** Before sending: which chosen products have fewer free licenses than there are invitees. */
  #renderShortOfLicenses(products: readonly Product[], invitees: number) {
    const t = this.#t;
    return products.map((p) => {
      const free = this.#free(p);
      if (!this.#products.has(p.id) || free === undefined || free >= Math.max(invitees, 1)) return nothing;
      return html`<p class="alert warning" part="warning">
        ${free ? t('fewFree', { product: p.name, count: free, invitees }) : t('noFree', { product: p.name })}
      </p>`;
    });
  }

  #membershipText(invitation: Invitation): string {
    const t = this.#t;
    const m = invitation.membership;
    if (m.type === 'basic') return t('as.basic');
    const names = new Map((this.#overview.value?.products ?? []).map((p) => [p.id, p.name]));
    return t('as.licensed', {
      products: m.productIds.map((id) => names.get(id) ?? id).join(', '),
    });
  }

  #renderPending() {
    const t = this.#t;
    const list = this.#pending;
    const items = list.items;
    const may = this.#can('members:invite');
    return html`<section class="pending" part="pending" aria-labelledby="pending-title">
      <h3 id="pending-title" tabindex="-1">${t('pending', { count: list.total ?? items?.length ?? 0 })}</h3>
      ${this.#renderListMessage()}
      ${
        list.status === TaskStatus.ERROR
          ? this.renderError(list.error, () => list.reload())
          : !items || list.pending
            ? this.renderLoading()
            : items.length === 0
              ? this.renderEmpty(t('noPending'))
              : html`<ul>
                  ${repeat(
                    items,
                    (i) => i.id,
                    (i) => this.#renderInvitation(i, may),
                  )}
                </ul>`
      }
      ${
        list.hasMore
          ? html`<button
              type="button"
              part="button"
              class="link"
              @click=${() => void list.more().catch((e) => this.problem(e))}
            >
              ${list.loadingMore ? this.i18n.t('action.working') : t('more')}
            </button>`
          : nothing
      }
    </section>`;
  }

  #renderInvitation(invitation: Invitation, may: boolean) {
    const t = this.#t;
    const error = this.#rowErrors.get(invitation.id);
    const busy = this.#actions?.busy === invitation.id;
    return html`<li class="invitation" part="invitation">
      <div class="who">
        <strong>${invitation.email}</strong>
        ${invitation.invitee ? html`<span class="muted">${invitation.invitee.name}</span>` : nothing}
      </div>
      <p class="small muted">
        ${this.#membershipText(invitation)} · ${t('sentOn', { date: this.i18n.date(invitation.lastSentAt) })},
        ${t('expires', { date: this.i18n.date(invitation.expiresAt) })}
      </p>
      ${
        may
          ? html`<div class="row">
              <button
                type="button"
                part="button"
                class="link"
                aria-label=${`${t('resend')}: ${invitation.email}`}
                aria-disabled=${busy}
                @click=${() => this.#resend(invitation)}
              >
                ${busy && !this.#actions?.revoking ? this.i18n.t('action.working') : t('resend')}
              </button>
              <button
                type="button"
                part="button"
                class="link"
                aria-label=${`${t('revoke')}: ${invitation.email}`}
                aria-disabled=${busy}
                @click=${(e: Event) => void this.#askRevoke(invitation, e)}
              >
                ${t('revoke')}
              </button>
            </div>`
          : nothing
      }
      ${error ? html`<p class="field-error" part="row-error">${error}</p>` : nothing}
    </li>`;
  }

  #renderConfirm(actions: PendingActions, invitation: Invitation) {
    return html`<dialog
      part="confirm"
      aria-labelledby="confirm-title"
      aria-describedby="confirm-body"
      @close=${this.#onConfirmClose}
    >
      ${actions.renderConfirm(invitation)} ${this.renderStatus()}
    </dialog>`;
  }
}
