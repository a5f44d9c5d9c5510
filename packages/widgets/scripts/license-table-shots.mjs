// Photographs every <license-table> state of scripts/shots/license-table.ts in headless Chromium:
// /tmp/widget-shots/license-table-<state>.png. Usage: node scripts/license-table-shots.mjs [state…]
import { photograph } from './shots/photograph.mjs';

const STATES = [
  ['table', 1100],
  ['table-dark', 1100],
  ['table-fr', 1100],
  ['table-de-dark', 1100],
  ['table-narrow', 375],
  ['table-fr-narrow', 360],
  ['table-de', 1280],
  ['table-de-narrow', 360],
  ['table-user-manager', 1100],
  ['table-read-only', 1100],
  ['table-forbidden', 1100],
  ['table-empty', 1100],
  ['table-loading', 1100],
  ['table-error', 1100],
  ['table-large', 1100],
  ['table-large-filtered', 1100],
  ['filter-open', 1100],
  ['filter-open-dark', 1100],
  ['filtered-empty', 1100],
  ['search', 1100],
  ['keyboard', 1100],
  ['assign', 1100],
  ['assign-dark', 1100],
  ['assign-error', 1100],
  ['unassign', 1100],
  ['unassign-notice', 1100],
  ['products', 1100],
  ['products-dark', 1100],
  ['products-fr', 1100],
  ['products-warning', 1100],
  ['products-no-free', 1100],
  ['purchase-cart', 1100],
  ['purchase-allocate', 1100],
  ['purchase-allocate-dark', 1100],
  ['purchase-review', 1100],
  ...['en', 'fr', 'de'].flatMap((language) =>
    ['assign-picker', 'user-products', 'purchase-cart', 'purchase-review', 'purchase-statement'].flatMap(
      (step) => {
        const name = language === 'en' ? step : `${step}-${language}`;
        return [
          ...(language === 'en' && !['assign-picker', 'user-products'].includes(step) ? [] : [[name, 1100]]),
          [`${name}-narrow`, 360],
        ];
      },
    ),
  ),
  ...['en', 'fr', 'de'].flatMap((language) =>
    [
      'bulk-bar',
      'bulk-delete',
      'bulk-move',
      'bulk-unassign',
      'delete-center',
      'bulk-delete-stale',
      'bulk-unassign-failed',
    ].flatMap((step) => {
      const name = language === 'en' ? step : `${step}-${language}`;
      return [
        [name, 1280],
        [`${name}-narrow`, 360],
      ];
    }),
  ),
  ['purchase-terms', 1100],
  ['purchase-statement', 1100],
  ['purchase-print', 1100],
  ['delete', 1100],
  ['delete-review', 1100],
  ['xss', 1100],
];

await photograph({
  page: 'license-table',
  states: STATES,
  only: process.argv.slice(2),
  file: (state) => `license-table-${state}`,
  timeout: 60_000,
  // The print states show what the printed purchase statement looks like, which only print styles reveal.
  beforeLoad: (tab, state) => (state.endsWith('print') ? tab.emulateMedia({ media: 'print' }) : undefined),
  // The xss state's server strings carry markup that sets data-xss on <body> if it ever runs as HTML.
  afterReady: async (tab, state) => {
    if (await tab.evaluate(() => document.body.dataset.xss))
      console.error(`${state}: a server string ran as HTML`);
  },
});
