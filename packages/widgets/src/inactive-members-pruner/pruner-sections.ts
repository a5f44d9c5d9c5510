import { html, nothing, type TemplateResult } from 'lit';
import { guardedButton } from '../base/permission.js';
import type { Data, Item } from '@allot/sdk';
import type { ActionController } from '../base/controllers/actions.js';
import type { LocaleController } from '../base/i18n.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import type { TeamAction } from './prune-dialogs.js';

type Billing = Data<'getWorkspaceBilling'>;
type Team = Item<'listTeams'>;
type Member = Item<'listMembers'>;

/** What a team's row needs from the widget. */
export interface RowView {
  actions: ActionController;
  /** The role may archive teams. */
  may: boolean;
  act(team: Team, action: TeamAction): void;
}

/** The workspace's billing: its mode, billed units now and next month, the unit price, and the counts. */
export function renderBilling(i18n: LocaleController, billing: Billing): TemplateResult {
  const t = i18n.scoped('inactiveMembersPruner');
  const n = (value: number) => i18n.number(value);
  return html`<section class="billing" part="billing">
    <h3 id="billing-title">${t('billing')}</h3>
    <p>
      <span class="visually-hidden">${t('mode')}:</span>
      <span class="badge accent" part="badge">${t(`mode.${billing.mode}`)}</span>
      <span class="muted">${t(`modeHint.${billing.mode}`)}</span>
    </p>
    <dl class="figures">
      <div>
        <dt>${t('unitsNow')}</dt>
        <dd class="figure" part="figure">${n(billing.billedUnits.current)}</dd>
      </div>
      <div>
        <dt>${t('unitsNext', { date: i18n.day(billing.nextBillingDate) })}</dt>
        <dd class="figure" part="figure">${n(billing.billedUnits.nextMonth)}</dd>
      </div>
      <div>
        <dt>${t('unitPrice')}</dt>
        <dd>${i18n.money(billing.unitPrice)}</dd>
      </div>
    </dl>
    <dl class="counts small">
      <div>
        <dt>${t('activeTeams')}</dt>
        <dd>${n(billing.counts.activeTeams)}</dd>
      </div>
      <div>
        <dt>${t('archivedTeams')}</dt>
        <dd>${n(billing.counts.archivedTeams)}</dd>
      </div>
      <div>
        <dt>${t('activeMembers')}</dt>
        <dd>${n(billing.counts.activeMembers)}</dd>
      </div>
      <div>
        <dt>${t('inactiveMembers')}</dt>
        <dd>${n(billing.counts.inactiveMembers)}</dd>
      </div>
    </dl>
  </section>`;
}

/** The id of the reason why archiving and removing are disabled (a role without `members:remove`). */
export const PRUNER_REASON = 'pruner-reason';

/** One team: its status, members, whether it is billed next month, and archive or unarchive. */
export function renderTeam(i18n: LocaleController, team: Team, row: RowView): TemplateResult {
  const t = i18n.scoped('inactiveMembersPruner');
  const may = row.may;
  const archived = team.status === 'archived';
  const action: TeamAction = archived ? 'unarchive' : 'archive';
  const error = row.actions.error(team.id);
  const busy = row.actions.busy(team.id);
  return html`<tr part="team">
    <th scope="row">${team.name}</th>
    <td>
      <span class="badge ${archived ? '' : 'accent'}" part="badge"
        >${t(archived ? 'archived' : 'active')}</span
      >
      ${
        team.archivedAt
          ? html`<span class="muted small">${t('archivedOn', { date: i18n.date(team.archivedAt) })}</span>`
          : nothing
      }
    </td>
    <td class="num wide">${i18n.number(team.memberCount)}</td>
    <td class="wide">${t(team.billedNextMonth ? 'yes' : 'no')}</td>
    <td>
      ${guardedButton({
        allowed: may,
        busy,
        reasonId: PRUNER_REASON,
        className: 'link',
        label: busy ? i18n.t('action.working') : t(action),
        ariaLabel: `${t(action)}: ${team.name}`,
        onClick: () => row.act(team, action),
      })}
      ${error ? html`<p class="field-error">${error}</p>` : nothing}
    </td>
  </tr>`;
}

/** The teams table. */
export function renderTeams(i18n: LocaleController, teams: readonly Team[], row: RowView): TemplateResult {
  const t = i18n.scoped('inactiveMembersPruner');
  return html`<div class="scroll">
    <table aria-labelledby="teams-title">
      <thead>
        <tr>
          <th scope="col">${t('team')}</th>
          <th scope="col">${t('status')}</th>
          <th scope="col" class="num wide">${t('members')}</th>
          <th scope="col" class="wide">${t('billedNext')}</th>
          <th scope="col"><span class="visually-hidden">${t('archive')}</span></th>
        </tr>
      </thead>
      <tbody>
        ${repeat(
          teams,
          (team) => team.id,
          (team) => renderTeam(i18n, team, row),
        )}
      </tbody>
    </table>
  </div>`;
}

/** The inactive members table: who, and when they were last seen. */
export function renderMembers(i18n: LocaleController, members: readonly Member[]): TemplateResult {
  const t = i18n.scoped('inactiveMembersPruner');
  return html`<div class="scroll">
    <table aria-labelledby="inactive-title">
      <thead>
        <tr>
          <th scope="col">${t('member')}</th>
          <th scope="col">${t('lastSeen')}</th>
        </tr>
      </thead>
      <tbody>
        ${repeat(
          members,
          (m) => m.id,
          (m) =>
            html`<tr>
              <th scope="row">${m.user.name} <span class="muted small email">${m.user.email}</span></th>
              <td>${m.lastSeenAt ? i18n.date(m.lastSeenAt) : t('never')}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/** The search box of a list, keeping what was typed while the search runs. */
export function renderSearch(
  list: 'teams' | 'members',
  label: string,
  typed: string,
  search: (q: string) => void,
): TemplateResult {
  return html`<div class="field search" part="field search">
    <label for="q-${list}">${label}</label>
    <input
      id="q-${list}"
      type="search"
      autocomplete="off"
      maxlength="100"
      .value=${live(typed)}
      @input=${(e: Event) => search((e.target as HTMLInputElement).value)}
    />
  </div>`;
}
