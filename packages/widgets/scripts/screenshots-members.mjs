// Photographs every state of <inactive-members-pruner> and <member-invite> (scripts/shots/members-states.ts)
// in headless Chromium: /tmp/widget-shots/<widget>-<state>.png. Usage: node scripts/screenshots-members.mjs [state…]
import { photograph } from './shots/photograph.mjs';

const PRUNER = [
  'pruner',
  'pruner-dark',
  'pruner-fr',
  'pruner-de-dark',
  'pruner-manager',
  'pruner-empty',
  'pruner-loading',
  'pruner-error',
  'pruner-forbidden',
  'pruner-archive',
  'pruner-archive-dark',
  'pruner-remove',
  'pruner-confirm',
  'pruner-stale',
  'pruner-progress',
  'pruner-done',
  'pruner-done-dark',
  'pruner-month',
];
const INVITE = [
  'invite',
  'invite-dark',
  'invite-fr',
  'invite-de',
  'invite-results',
  'invite-results-dark',
  'invite-invalid',
  'invite-licensed',
  'invite-licensed-short',
  'invite-revoke',
  'invite-loading',
  'invite-error',
  'invite-forbidden',
  'invite-readonly',
  'invitee',
  'invitee-dark',
  'invitee-fr',
  'invitee-choose',
  'invitee-accepted',
  'invitee-unpaid',
  'invitee-unpaid-tried',
  'invitee-cancelling',
  'invitee-linked',
  'invitee-linked-tried-dark',
  'invitee-free',
  'invitee-empty',
  'invitee-de',
];
const STATES = [...PRUNER, ...INVITE]
  .flatMap((s) => [[s, 1000]])
  .concat([
    ['pruner-narrow', 375],
    ['invite-narrow', 375],
    ['invitee-narrow', 375],
  ])
  // The read-only roles in every language, narrow and wide: actions shown disabled with their reason.
  .concat(
    [
      'pruner-manager',
      'pruner-keep',
      'pruner-archive',
      'invite-readonly',
      'invite-history',
      'invitee-decline',
    ].flatMap((s) =>
      ['', '-fr', '-de'].flatMap((l) => [
        [`${s}${l}-wide`, 1200],
        [`${s}${l}-narrow`, 360],
      ]),
    ),
  );

// Both widgets share one folder, so each file starts with its widget's tag.
const name = (state) =>
  state.startsWith('pruner')
    ? `inactive-members-pruner-${state.slice(7) || 'default'}`
    : state.startsWith('invitee')
      ? `member-invite-${state}`
      : `member-invite-${state.slice(7) || 'default'}`;

await photograph({
  page: 'members',
  states: STATES,
  only: process.argv.slice(2),
  file: name,
  timeout: 30_000,
});
