import { html, nothing, svg, type TemplateResult } from 'lit';
import type { LocaleController } from '../base/i18n.js';
import type { Account, LedgerEntry } from './types.js';

const DAY_MS = 86_400_000;
const DAYS = 30;

/** Minutes used per day over the last 30 days (oldest first), their total, and the days the data covers. */
export interface Usage {
  perDay: number[];
  total: number;
  spanDays: number;
}

/**
 * Usage from the newest ledger entries. When those do not reach 30 days back (`truncated`: more pages exist),
 * the rate is taken over the days they do cover.
 */
export function usageOf(entries: readonly LedgerEntry[], truncated: boolean, now: number): Usage {
  const perDay = Array.from({ length: DAYS }, () => 0);
  let total = 0;
  let oldest = now;
  for (const entry of entries) {
    const at = Date.parse(entry.createdAt);
    oldest = Math.min(oldest, at);
    const age = Math.floor((now - at) / DAY_MS);
    if (entry.kind !== 'usage' || age < 0 || age >= DAYS) continue;
    perDay[DAYS - 1 - age] = (perDay[DAYS - 1 - age] ?? 0) - entry.amount;
    total -= entry.amount;
  }
  const spanDays = truncated ? Math.max(1, Math.min(DAYS, (now - oldest) / DAY_MS)) : DAYS;
  return { perDay, total, spanDays };
}

/** A bar per day (inline SVG, no library) and what the balance lasts at the current rate. */
export function renderUsage(i18n: LocaleController, usage: Usage, account: Account): TemplateResult {
  const t = i18n.t.bind(i18n);
  const max = Math.max(1, ...usage.perDay);
  const rate = usage.total / usage.spanDays;
  const projection =
    usage.total === 0
      ? t('usage.none')
      : account.balance === 0
        ? t('usage.empty')
        : t('usage.projection', {
            rate: i18n.minutes(Math.round(rate * 10) / 10),
            when: i18n.relative((account.balance / rate) * 86_400),
          });
  return html`<section class="usage" part="usage" aria-labelledby="usage-title">
    <h3 id="usage-title">${t('usage.title')}</h3>
    ${
      usage.total === 0
        ? nothing
        : html`<svg
            class="chart"
            viewBox="0 0 300 48"
            preserveAspectRatio="none"
            role="img"
            aria-label=${t('usage.summary', { minutes: i18n.minutes(usage.total) })}
          >
            <line x1="0" y1="47.5" x2="300" y2="47.5" class="axis"></line>
            ${usage.perDay.map((minutes, day) => {
              const height = minutes === 0 ? 0 : Math.max(2, (minutes / max) * 46);
              return svg`<rect x=${day * 10 + 1.5} y=${47 - height} width="7" height=${height} rx="1"></rect>`;
            })}
          </svg>`
    }
    <p class="muted small">${projection}</p>
  </section>`;
}
