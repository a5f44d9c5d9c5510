import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Item } from '@allot/sdk';
import type { WidgetApi } from '../base/allot-element.js';
import { PagedList, renderMore } from '../base/controllers/paged.js';
import type { AllotStore } from '../base/store.js';

type Invitation = Item<'listInvitations'>;
type Credit = Item<'listCredits'>;
type Answered = Exclude<Invitation['status'], 'pending'>;

const ANSWERED: Answered[] = ['accepted', 'declined', 'expired', 'revoked'];

/** What the history needs of `<member-invite>` beyond its helpers: the page size, the rule, the words. */
export interface HistoryOptions {
  pageSize(): number;
  mayRead(): boolean;
  /** Whether the credits may be read (`billing:read`): an accepted invitation then shows the credit it made. */
  mayReadCredits(): boolean;
  membershipText(invitation: Invitation): string;
}

const STATUS = {
  accepted: 'memberInvite.status.accepted',
  declined: 'memberInvite.status.declined',
  expired: 'memberInvite.status.expired',
  revoked: 'memberInvite.status.revoked',
} as const;

/**
 * The inviting portal's invitations that are no longer pending: accepted (with when), declined, expired (with
 * when) or revoked, so the inviter keeps sight of each invitation after its answer. A list of its own, paged,
 * read again with the pending one; folded away under its count.
 */
export class InvitationHistory {
  readonly list: PagedList<Invitation, readonly [AllotStore | undefined, number, number, boolean]>;
  /** The credits that accepted invitations produced, by invitation (when the token may read them). */
  #credits = new Map<string, Credit>();

  constructor(
    private readonly api: WidgetApi,
    private readonly options: HistoryOptions,
  ) {
    this.list = new PagedList(
      api.host,
      () => [api.store, api.revision, options.pageSize(), options.mayRead()] as const,
      async ([store, , limit, may], cursor, signal) => {
        if (!store || !may) return undefined;
        const query = { status: ANSWERED, limit, ...(cursor && { cursor }) };
        if (cursor) return store.client.invitations.list(query);
        const [page, credits] = await Promise.all([
          store.read(
            `invitations:answered:${limit}`,
            ['invitations'],
            () => store.client.invitations.list(query),
            signal,
          ),
          // The credit a paid invitee's choice gave this portal; a failure here leaves the history whole.
          options.mayReadCredits()
            ? store
                .read(
                  'credits',
                  ['billing', 'invitations'],
                  () => store.client.billing.credits.list({ limit: 100 }),
                  signal,
                )
                .catch(() => undefined)
            : undefined,
        ]);
        this.#credits = new Map(
          (credits?.items ?? []).flatMap((credit) =>
            credit.sourceInvitationId ? [[credit.sourceInvitationId, credit] as const] : [],
          ),
        );
        return page;
      },
    );
  }

  render(): TemplateResult {
    const { api, list } = this;
    const t = api.i18n.scoped('memberInvite');
    const count = list.total ?? list.items?.length ?? 0;
    return html`<details class="history" part="history">
      <summary>${t('history', { count })}</summary>
      ${api.renderState(list.loadable, {
        empty: { when: (all) => all.length === 0, message: t('noHistory') },
        ready: (all) =>
          html`<ul>
            ${repeat(
              all,
              (i) => i.id,
              (i) => this.#renderRow(i),
            )}
          </ul>`,
      })}
      ${renderMore(list, t('more'), api.i18n.t('action.working'), () => {
        void list.more().catch((e: unknown) => api.problem(e));
      })}
    </details>`;
  }

  #renderRow(invitation: Invitation) {
    const { i18n } = this.api;
    const t = i18n.scoped('memberInvite');
    const status = invitation.status as Answered;
    const credit = this.#credits.get(invitation.id);
    const when =
      status === 'accepted' && invitation.acceptedAt
        ? t('status.acceptedOn', { date: i18n.date(invitation.acceptedAt) }) +
          (credit ? ` · ${t('status.credit', { amount: i18n.money(credit.amount) })}` : '')
        : status === 'expired'
          ? t('status.expiredOn', { date: i18n.date(invitation.expiresAt) })
          : undefined;
    return html`<li class="invitation" part="invitation">
      <div class="who">
        <strong>${invitation.email}</strong>
        ${invitation.invitee ? html`<span class="muted">${invitation.invitee.name}</span>` : nothing}
        <span class="badge ${status === 'accepted' ? 'accent' : ''}">${i18n.t(STATUS[status])}</span>
      </div>
      <p class="small muted">
        ${this.options.membershipText(invitation)} ·
        ${t('sentOn', { date: i18n.date(invitation.lastSentAt) })}${when ? ` · ${when}` : nothing}
      </p>
    </li>`;
  }
}
