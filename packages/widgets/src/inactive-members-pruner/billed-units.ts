import { html, type TemplateResult } from 'lit';
import type { LocaleController } from '../base/i18n.js';
import type { BilledUnits } from '../events/inactive-members-pruner.js';

function cell(i18n: LocaleController, before: number, after: number): TemplateResult {
  const delta = after - before;
  return html`<td class="num">
    ${i18n.number(after)}${delta ? html` <span class="delta">(${i18n.signed(delta)})</span>` : ''}
  </td>`;
}

/** Billed units before and after a change, this month and on the next bill, so a change is seen before it is made. */
export function renderUnitsChange(
  i18n: LocaleController,
  change: { before: BilledUnits; after: BilledUnits },
  effectiveFrom: string,
): TemplateResult {
  const t = i18n.t.bind(i18n);
  return html`<table class="units" part="units-change">
    <caption>
      ${t('inactiveMembersPruner.units')}
    </caption>
    <thead>
      <tr>
        <td></td>
        <th scope="col" class="num">${t('inactiveMembersPruner.before')}</th>
        <th scope="col" class="num">${t('inactiveMembersPruner.after')}</th>
      </tr>
    </thead>
    <tbody>
      <tr>
        <th scope="row">${t('inactiveMembersPruner.thisMonth')}</th>
        <td class="num">${i18n.number(change.before.current)}</td>
        ${cell(i18n, change.before.current, change.after.current)}
      </tr>
      <tr>
        <th scope="row">${t('inactiveMembersPruner.fromDate', { date: i18n.day(effectiveFrom) })}</th>
        <td class="num">${i18n.number(change.before.nextMonth)}</td>
        ${cell(i18n, change.before.nextMonth, change.after.nextMonth)}
      </tr>
    </tbody>
  </table>`;
}
