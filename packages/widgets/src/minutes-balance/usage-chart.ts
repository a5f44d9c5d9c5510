import { html, nothing, svg, type TemplateResult } from 'lit';
import type { LocaleController } from '../base/i18n.js';
import type { Account, LedgerEntry } from './types.js';

const DAY_MS = 86_400_000;
const DAYS = 30;

/** Minutes used per day over the last 30 days (oldest first), their total, and the days the data covers. */
export interface Usage {
  perDay: number[];
  /** The start of each day of `perDay` (ISO): calendar days where the reader is, the last one today. */
  days: string[];
  total: number;
  spanDays: number;
}

/** Which day of the chart is read out, and how to pick another (the host keeps the choice across renders). */
export interface UsageFocus {
  day: number | undefined;
  select(day: number): void;
}

/** Midnight of the calendar day of `at`, in the reader's time zone (where the ledger's dates are shown too). */
const startOfDay = (at: number) => new Date(at).setHours(0, 0, 0, 0);

/**
 * Usage from the newest ledger entries, per calendar day, so a day of the chart is the day the ledger shows
 * for the same sessions. When those entries do not reach 30 days back (`truncated`: more pages exist), the rate
 * is taken over the days they do cover.
 */
export function usageOf(entries: readonly LedgerEntry[], truncated: boolean, now: number): Usage {
  const today = startOfDay(now);
  // Days apart by the calendar: rounding absorbs the 23- and 25-hour days of daylight saving changes.
  const daysBefore = (at: number) => Math.round((today - startOfDay(at)) / DAY_MS);
  const perDay = Array.from({ length: DAYS }, () => 0);
  const days = perDay.map((_, day) => {
    const date = new Date(today);
    date.setDate(date.getDate() - (DAYS - 1 - day));
    return date.toISOString();
  });
  let total = 0;
  let oldest = now;
  for (const entry of entries) {
    const at = Date.parse(entry.createdAt);
    oldest = Math.min(oldest, at);
    const age = daysBefore(at);
    if (entry.kind !== 'usage' || age < 0 || age >= DAYS || at > now) continue;
    perDay[DAYS - 1 - age] = (perDay[DAYS - 1 - age] ?? 0) - entry.amount;
    total -= entry.amount;
  }
  const spanDays = truncated ? Math.max(1, Math.min(DAYS, (now - oldest) / DAY_MS)) : DAYS;
  return { perDay, days, total, spanDays };
}

/** The day read out when none was picked: the latest with usage. */
const latestUsed = (usage: Usage) => usage.perDay.findLastIndex((minutes) => minutes > 0);

/** Arrow keys move a day, Page keys a week, Home and End to the ends. */
function nextDay(key: string, day: number): number | undefined {
  const moves: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, PageUp: -7, PageDown: 7 };
  if (key === 'Home') return 0;
  if (key === 'End') return DAYS - 1;
  const move = moves[key];
  return move === undefined ? undefined : Math.min(DAYS - 1, Math.max(0, day + move));
}

/**
 * A bar per day with its scale (the largest day, zero) and dates, the value of one day read out (hovered,
 * focused or chosen with the keys: the bars are one slider over the 30 days), the same figures as a table for
 * screen readers, and what the balance lasts at the current rate.
 */
export function renderUsage(
  i18n: LocaleController,
  usage: Usage,
  account: Account,
  focus: UsageFocus,
): TemplateResult {
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
  const day = focus.day ?? latestUsed(usage);
  const readout = (d: number) =>
    t('usage.day', { date: i18n.date(usage.days[d] ?? ''), minutes: i18n.minutes(usage.perDay[d] ?? 0) });
  const keydown = (event: KeyboardEvent) => {
    const next = nextDay(event.key, day);
    if (next === undefined) return;
    event.preventDefault();
    focus.select(next);
  };
  return html`<section class="usage" part="usage">
    <h3 id="usage-title">${t('usage.title', { account: account.title })}</h3>
    ${
      usage.total === 0
        ? nothing
        : html`<div class="chart">
              <div class="y-axis" aria-hidden="true">
                <span>${i18n.number(max)}</span><span>${i18n.number(0)}</span>
              </div>
              <div
                class="bars"
                role="slider"
                tabindex="0"
                aria-label=${t('usage.slider')}
                aria-valuemin="1"
                aria-valuemax=${DAYS}
                aria-valuenow=${day + 1}
                aria-valuetext=${readout(day)}
                @keydown=${keydown}
                @pointermove=${(event: PointerEvent) => {
                  const bars = event.currentTarget as HTMLElement;
                  focus.select(Math.min(DAYS - 1, Math.floor((event.offsetX / bars.clientWidth) * DAYS)));
                }}
              >
                <svg viewBox="0 0 ${DAYS} 1" preserveAspectRatio="none" aria-hidden="true">
                  <rect class="selected" x=${day} width="1" height="1"></rect>
                  ${usage.perDay.map(
                    (minutes, d) =>
                      svg`<rect x=${d + 0.15} y=${1 - minutes / max} width="0.7" height=${minutes / max}></rect>`,
                  )}
                </svg>
              </div>
              <div class="x-axis" aria-hidden="true">
                <span>${i18n.date(usage.days[0] ?? '')}</span
                ><span>${i18n.date(usage.days[DAYS - 1] ?? '')}</span>
              </div>
            </div>
            <p class="readout" aria-hidden="true">${readout(day)}</p>
            <table class="visually-hidden">
              <caption>
                ${t('usage.summary', { minutes: i18n.minutes(usage.total) })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${t('ledger.date')}</th>
                  <th scope="col">${t('ledger.minutes')}</th>
                </tr>
              </thead>
              <tbody>
                ${usage.perDay.map(
                  (minutes, d) =>
                    html`<tr>
                      <td>${i18n.date(usage.days[d] ?? '')}</td>
                      <td>${i18n.number(minutes)}</td>
                    </tr>`,
                )}
              </tbody>
            </table>`
    }
    <p class="muted small">${projection}</p>
  </section>`;
}
