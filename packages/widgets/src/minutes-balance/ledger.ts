import { html, nothing, type TemplateResult } from 'lit';
import type { LocaleController } from '../base/i18n.js';
import type { MessageKey } from '../locales/catalogue.js';
import type { Account, LedgerEntry } from './types.js';

export interface LedgerView {
  account: Account;
  entries: readonly LedgerEntry[];
  more: boolean;
  loadingMore: boolean;
  titleOf: (accountId: string | undefined) => string | undefined;
  onMore: () => void;
}

function describe(i18n: LocaleController, entry: LedgerEntry, titleOf: LedgerView['titleOf']): string {
  const other = titleOf(entry.counterpartyAccountId);
  if (entry.kind === 'transfer_out' || entry.kind === 'transfer_in') {
    const key = `ledger.kind.${entry.kind}${other ? 'Named' : ''}` as MessageKey;
    return i18n.t(key, { title: other ?? '' });
  }
  return i18n.t(`ledger.kind.${entry.kind}` as MessageKey);
}

/** The transactions of one account, newest first: each change and the balance right after it. */
export function renderLedger(i18n: LocaleController, view: LedgerView): TemplateResult {
  const t = i18n.t.bind(i18n);
  return html`<section class="ledger" part="ledger">
    <h3 id="ledger-title">${t('ledger.title', { title: view.account.title })}</h3>
    ${
      view.entries.length === 0
        ? html`<p class="muted" part="empty">${t('ledger.empty')}</p>`
        : html`<div class="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">${t('ledger.date')}</th>
                  <th scope="col">${t('ledger.transaction')}</th>
                  <th scope="col">${t('ledger.actor')}</th>
                  <th scope="col" class="num">${t('ledger.minutes')}</th>
                  <th scope="col" class="num">${t('ledger.balance')}</th>
                </tr>
              </thead>
              <tbody>
                ${view.entries.map(
                  (entry) =>
                    html`<tr>
                      <td>
                        <time datetime=${entry.createdAt} class="when"
                          >${i18n.date(entry.createdAt)}
                          <span class="muted small">${i18n.time(entry.createdAt)}</span></time
                        >
                      </td>
                      <td>${describe(i18n, entry, view.titleOf)}</td>
                      <td>${entry.actor.name}</td>
                      <td class="num ${entry.amount < 0 ? 'out' : 'in'}">
                        ${i18n.signed(entry.amount)}
                        <span class="after"
                          >${t('ledger.balanceAfter', { balance: i18n.number(entry.balanceAfter) })}</span
                        >
                      </td>
                      <td class="num">${i18n.number(entry.balanceAfter)}</td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
    }
    ${
      view.more
        ? html`<button type="button" part="button" @click=${view.onMore} aria-disabled=${view.loadingMore}>
            ${view.loadingMore ? t('action.working') : t('ledger.more')}
          </button>`
        : nothing
    }
  </section>`;
}
