// Photographs every widget state of scripts/shots/ in headless Chromium: /tmp/widget-shots/<state>.png.
// Usage: node scripts/screenshots.mjs [state…]
import { photograph } from './shots/photograph.mjs';

const STATES = [
  ['balance', 1000],
  ['balance-dark', 1000],
  ['balance-fr', 1000],
  ['balance-de-dark', 1000],
  ['balance-narrow', 360],
  ['balance-member', 1000],
  ['balance-empty', 1000],
  ['balance-invitation', 1000],
  ['balance-invitation-dark', 1000],
  ['balance-loading', 1000],
  ['balance-error', 1000],
  ['balance-forbidden', 1000],
  ['buy', 1000],
  ['buy-review', 1000],
  ['transfer-error', 1000],
  ['transfer-error-dark', 1000],
  ['project-delete', 1000],
  ['share', 1000],
  ['share-dark', 1000],
  ['share-minutes-failed', 1000],
  ['share-sent', 1000],
  ['share-revoke', 1000],
  ['share-resend', 1000],
  ['share-xss', 1000],
  // A fixed number of minutes: too many (refused by the field), and sent (listed with the new project).
  ...[
    'share-minutes-too-many',
    'share-minutes-sent',
    'balance-pending',
    'balance-make-default',
    'balance-offer',
    'balance-transfer-shared',
    'balance-edit-conflict',
  ].flatMap((s) =>
    ['', '-fr', '-de'].flatMap((l) => [
      [`${s}${l}-wide`, 1200],
      [`${s}${l}-narrow`, 360],
    ]),
  ),
];

await photograph({ page: 'states', states: STATES, only: process.argv.slice(2) });
