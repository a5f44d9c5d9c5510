// The one clock of every test suite that starts the mock. Tests read "now" from here (through ALLOT_TEST_NOW),
// never from the wall clock, so a suite gives the same result on any day. `pnpm test` also runs the widget
// and e2e suites at the SHIFTED instants, each in its own time zone, to prove it.

/** The instant every suite pins the mock's clock to unless ALLOT_TEST_NOW says otherwise: a Monday mid-month. */
export const DEFAULT_TEST_NOW = '2026-11-16T09:30:00.000Z';

/**
 * Other instants the date-shift check runs at, with the browser's time zone for each, and which build of the
 * widgets their tests run against (`src` unless said).
 */
export const SHIFTED = [
  // The last half hour of a month and of a year in UTC: already New Year's Day in Auckland. The widget tests
  // run against the built package (dist/) at this one, so what npm users get is tested too.
  { name: 'year-end', now: '2026-12-31T23:30:00.000Z', timezone: 'Pacific/Auckland', against: 'dist' },
  // A leap day, seen from a time zone behind UTC.
  { name: 'leap-day', now: '2028-02-29T12:00:00.000Z', timezone: 'America/New_York' },
  // Half an hour after Europe/Berlin moved its clocks to summer time (01:00 UTC on the last Sunday of March).
  { name: 'dst-berlin', now: '2027-03-28T01:30:00.000Z', timezone: 'Europe/Berlin' },
];

/** The shifted instants to run: all of SHIFTED, or those ALLOT_TEST_SHIFTS names (`leap-day,year-end`). */
export function shiftsToRun() {
  const only = process.env.ALLOT_TEST_SHIFTS?.split(',');
  return only ? SHIFTED.filter((shift) => only.includes(shift.name)) : SHIFTED;
}

/** The pinned instant of this run, as an ISO string. */
export function testNow() {
  const value = process.env.ALLOT_TEST_NOW ?? DEFAULT_TEST_NOW;
  if (Number.isNaN(Date.parse(value))) throw new Error(`ALLOT_TEST_NOW is not an instant: ${value}`);
  return new Date(value).toISOString();
}

/** The browser's time zone of this run (ALLOT_TEST_TZ), UTC by default. */
export function testTimezone() {
  return process.env.ALLOT_TEST_TZ ?? 'UTC';
}

/** True in a run of the date-shift check (scripts/any-day.mjs names the instant it runs at). */
export function isShiftedRun() {
  return Boolean(process.env.ALLOT_TEST_SHIFT);
}
