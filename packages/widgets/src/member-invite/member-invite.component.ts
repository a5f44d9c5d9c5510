import { Task } from '@lit/task';
import { html, nothing, type PropertyDeclarations } from 'lit';
import { guardedButton, renderReason, type WidgetPermissions } from '../base/permission.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Data, Item } from '@allot/sdk';
import { AllotElement } from '../base/allot-element.js';
import { memberInviteStrings } from '../locales/catalogue.js';
import { controls } from '../base/controls.js';
import { ActionController } from '../base/controllers/actions.js';
import { DialogController } from '../base/controllers/dialog.js';
import type { LazyPart } from '../base/controllers/lazy-part.js';
import { PagedList, renderMore } from '../base/controllers/paged.js';
import { loadable } from '../base/controllers/state.js';
import type { AllotStore, Topic } from '../base/store.js';
import type { InviteeSide } from './incoming.js';
import { InvitationHistory } from './invitation-history.js';
import { InviteForm } from './invite-form.js';
import type { PendingActions } from './pending-actions.js';
import { styles } from './member-invite.styles.js';

type Me = Data<'getMe'>;
type Product = Data<'listProducts'>['items'][number];
type Invitation = Item<'listInvitations'>;

/** The id of the reason why inviting, resending and revoking are disabled. */
/** Why a pending invitee cannot accept yet, as the inviting portal may know it (codes only). */
const BLOCKED = {
  unpaid_invoices: 'memberInvite.blockedBy.unpaid_invoices',
  pending_cancellation: 'memberInvite.blockedBy.pending_cancellation',
  linked_users_exist: 'memberInvite.blockedBy.linked_users_exist',
} as const;

const INVITE_REASON = 'invite-reason';
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
 * @csspart blocked - Why a pending invitee cannot accept yet (what they must do first).
 * @csspart history - The invitations no longer pending (accepted, declined, expired, revoked), folded.
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
  /** Mint this widget's token with these (the widgets README: Permissions). */
  static override permissions: WidgetPermissions = {
    read: ['members:read', 'licenses:read'],
    act: ['members:invite'],
  };
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

  readonly #t = this.i18n.scoped('memberInvite');
  #listMessage = '';
  readonly #rows = new ActionController(this, this.reporter);
  readonly #confirm: DialogController<Invitation> = new DialogController<Invitation>(this, {
    role: 'alertdialog',
    labelledBy: 'confirm-title',
    describedBy: 'confirm-body',
    busy: () => this.#actions.value?.form.busy ?? false,
    fallbackFocus: () => this.renderRoot.querySelector<HTMLElement>('#pending-title'),
  });
  readonly #form = new InviteForm(this.api(), {
    products: () => this.#overview.value?.products ?? [],
    free: (product: Product) => {
      const free = this.#overview.value?.free;
      return free && (free.get(product.id) ?? 0);
    },
  });
  // The invitee's side, loaded only in that mode.
  readonly #invitee: LazyPart<InviteeSide> = this.lazyPart<InviteeSide>(async () => {
    const { InviteeSide, inviteeStyles } = await import('./incoming.js');
    return { styles: [inviteeStyles], create: () => new InviteeSide(this.api()) };
  });
  // Resend and revoke, loaded on the first click of either: nothing of them is needed before.
  readonly #actions: LazyPart<PendingActions> = this.lazyPart<PendingActions>(async () => {
    const { PendingActions } = await import('./pending-actions.js');
    return {
      styles: [],
      create: () =>
        new PendingActions(this.api(), {
          actions: this.#rows,
          confirm: this.#confirm,
          listMessage: (message) => ((this.#listMessage = message), this.requestUpdate()),
        }),
    };
  });

  constructor() {
    super();
    this.mode = 'inviter';
    this.pageSize = 20;
  }

  #overview = new Task(this, {
    args: () => [this.store, this.revision, this.mode] as const,
    task: async ([store, , mode], { signal }) => {
      if (!store || mode === 'invitee') return undefined;
      const me = await this.readMe(store, signal);
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

  readonly #history = new InvitationHistory(this.api(), {
    pageSize: () => this.pageSize,
    mayRead: () => this.#can('members:read'),
    mayReadCredits: () => this.#can('billing:read'),
    membershipText: (invitation) => this.#membershipText(invitation),
  });

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
        this.#invitee.get(),
      ]);
      return page.items;
    },
  });

  #can(permission: Me['permissions'][number]): boolean {
    return this.#overview.value?.me.permissions.includes(permission) ?? false;
  }

  // ——— render ———

  protected override render() {
    const t = this.#t;
    if (!this.i18n.ready) return this.renderLoading();
    if (!this.store) return this.renderUnconfigured();
    const invitee = this.mode === 'invitee';
    const region = this.regionName('title');
    return html`<section
        class="card"
        part="card"
        aria-labelledby=${region.labelledby}
        aria-label=${region.label}
      >
        <header class="row" part="header">
          <h2 id="title">${t(invitee ? 'inviteeTitle' : 'title')}</h2>
        </header>
        ${this.#confirm.isOpen ? nothing : this.renderStatus()}
        ${
          invitee
            ? this.renderState(loadable(this.#incoming), {
                ready: (items) => this.#invitee.value?.render(items) ?? nothing,
              })
            : this.renderState(loadable(this.#overview), {
                ready: () => (this.#can('members:read') ? this.#renderInviter() : this.renderForbidden()),
              })
        }
      </section>
      ${this.#confirm.render(
        (invitation) =>
          html`${this.#actions.value?.renderConfirm(invitation) ?? nothing} ${this.renderStatus()}`,
      )}`;
  }

  #renderInviter() {
    return html`${
      this.#can('members:invite')
        ? this.#form.render()
        : renderReason(INVITE_REASON, this.reasonFor(['members:invite'], this.#t('noInvite')), true)
    }
    ${this.#renderPending()} ${this.#history.render()}`;
  }

  #membershipText(invitation: Invitation): string {
    const t = this.#t;
    const m = invitation.membership;
    if (m.type === 'basic') return t('as.basic');
    const names = new Map((this.#overview.value?.products ?? []).map((p) => [p.id, p.name]));
    // A token without `licenses:read` has no catalogue to name them with: count them, never show an id.
    if (!m.productIds.every((id) => names.has(id)))
      return t('as.licensedCount', { count: m.productIds.length });
    return t('as.licensed', { products: m.productIds.map((id) => names.get(id)).join(', ') });
  }

  #renderPending() {
    const t = this.#t;
    const list = this.#pending;
    const may = this.#can('members:invite');
    return html`<section class="pending" part="pending">
      <h3 id="pending-title" tabindex="-1">
        ${t('pending', { count: list.total ?? list.items?.length ?? 0 })}
      </h3>
      ${this.#listMessage ? html`<p class="alert" part="form-error">${this.#listMessage}</p>` : nothing}
      ${
        list.pending
          ? this.renderLoading()
          : this.renderState(list.loadable, {
              empty: { when: (all) => all.length === 0, message: t('noPending') },
              ready: (all) =>
                html`<ul>
                  ${repeat(
                    all,
                    (i) => i.id,
                    (i) => this.#renderInvitation(i, may),
                  )}
                </ul>`,
            })
      }
      ${renderMore(list, t('more'), this.i18n.t('action.working'), () => {
        void list.more().catch((e: unknown) => this.problem(e));
      })}
    </section>`;
  }

  #renderInvitation(invitation: Invitation, may: boolean) {
    const t = this.#t;
    const error = this.#rows.error(invitation.id);
    const busy = this.#rows.busy(invitation.id);
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
        invitation.blockedBy.length > 0
          ? html`<p class="small alert warning" part="blocked">
              ${t('blocked', { reasons: invitation.blockedBy.map((code) => this.i18n.t(BLOCKED[code])).join('; ') })}
            </p>`
          : nothing
      }
      <div class="row">
        ${guardedButton({
          allowed: may,
          busy,
          reasonId: INVITE_REASON,
          className: 'link',
          label: busy ? this.i18n.t('action.working') : t('resend'),
          ariaLabel: `${t('resend')}: ${invitation.email}`,
          onClick: () => void this.#actions.get().then((a) => a.resend(invitation)),
        })}
        ${guardedButton({
          allowed: may,
          busy,
          reasonId: INVITE_REASON,
          className: 'link',
          label: t('revoke'),
          ariaLabel: `${t('revoke')}: ${invitation.email}`,
          onClick: (e: Event) => {
            const opener = e.currentTarget as HTMLElement;
            this.announcement = '';
            void this.#actions.get().then((a) => a.askRevoke(invitation, opener));
          },
        })}
      </div>
      ${error ? html`<p class="field-error" part="row-error">${error}</p>` : nothing}
    </li>`;
  }
}
