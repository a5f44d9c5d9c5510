/** UTC calendar arithmetic shared by workspace billing, invoices and invitations (all dates are UTC). */

const DAY = 24 * 3600 * 1000;

/** `YYYY-MM` of an instant. */
export function monthKey(ms: number): string {
  return new Date(ms).toISOString().slice(0, 7);
}

/** Epoch ms of the first instant of a `YYYY-MM` month. */
export function monthStart(key: string): number {
  const [y, m] = key.split('-').map(Number) as [number, number];
  return Date.UTC(y, m - 1, 1);
}

/** The month after `YYYY-MM`. */
export function nextMonthKey(key: string): string {
  const [y, m] = key.split('-').map(Number) as [number, number];
  return monthKey(Date.UTC(y, m, 1));
}

/** The month `offset` months from `YYYY-MM` (negative goes back). */
export function addMonths(key: string, offset: number): string {
  const [y, m] = key.split('-').map(Number) as [number, number];
  return monthKey(Date.UTC(y, m - 1 + offset, 1));
}

/** Last day of a `YYYY-MM` month as `YYYY-MM-DD`. */
export function monthEndDate(key: string): string {
  return dateOnly(monthStart(nextMonthKey(key)) - DAY);
}

/** `YYYY-MM-DD` of an instant. */
export function dateOnly(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** First day of the month after the instant's month, `YYYY-MM-DD` (when a change to billing takes effect). */
export function firstOfNextMonth(ms: number): string {
  return `${nextMonthKey(monthKey(ms))}-01`;
}

/** Whole days from date `a` to date `b` (both `YYYY-MM-DD`); negative when b is before a. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY);
}

/** The date `n` business days (Monday–Friday) after the instant's date. */
export function addBusinessDays(ms: number, n: number): string {
  let t = Date.parse(`${dateOnly(ms)}T00:00:00Z`);
  let left = n;
  while (left > 0) {
    t += DAY;
    const weekday = new Date(t).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return dateOnly(t);
}

export const DAY_MS = DAY;
