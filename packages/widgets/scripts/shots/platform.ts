// The states the widget platform changed, in any language: `?state=<name>~<lang>`. Photographed by
// scripts/platform-shots.mjs at 360 px and at desktop width, in en, fr and de.
import { tokens } from '@allot/mock';
import type { Client } from '@allot/sdk';
import '../../src/index.js';
import { find, pageMock, settle, sleep, stage, stateParam } from './page.js';

const [state = 'balance-member', lang = 'en'] = stateParam('balance-member~en').split('~');
document.documentElement.lang = lang;
const { client } = pageMock('default');

function widget(tag: string, token: string, attrs: Record<string, string> = {}) {
  const el = document.createElement(tag) as HTMLElement & { client?: Client };
  for (const [k, v] of Object.entries({ locale: lang, ...attrs })) el.setAttribute(k, v);
  el.client = client(token);
  stage.append(el);
  return el;
}

async function click(el: Element, selector: string, text?: string) {
  find<HTMLElement>(el, selector, text).click();
  await sleep(80);
  await settle(el);
}

async function fill(el: Element, selector: string, value: string, enter = false) {
  const input = find<HTMLInputElement>(el, selector);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  if (enter)
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
  await sleep(400);
  await settle(el);
}

async function run() {
  switch (state) {
    case 'balance-member':
      await settle(widget('minutes-balance', tokens.a.member));
      break;
    case 'balance-user-manager':
      await settle(widget('minutes-balance', tokens.a.user_manager));
      break;
    case 'share-member':
      await settle(widget('share-dialog', tokens.a.user_manager, { 'account-id': 'acc_pool_a' }));
      await sleep(300);
      break;
    case 'buy-review': {
      const el = widget('minutes-balance', tokens.a.admin);
      await settle(el);
      await click(el, 'header button.primary');
      await fill(el, 'input[name="minutes"]', '500');
      await sleep(600);
      await click(el, 'dialog button[type="submit"]');
      break;
    }
    case 'unassign-queues': {
      const el = widget('license-table', tokens.a.admin);
      await settle(el);
      await fill(el, '#lt-q', 'ada martin connect', true);
      await click(el, '[data-rc="1-6"]');
      await sleep(300);
      await settle(el);
      break;
    }
    case 'products-queues': {
      const el = widget('license-table', tokens.a.admin);
      await settle(el);
      await fill(el, '#lt-q', 'ada martin connect', true);
      await click(el, '[data-rc="1-2"]');
      await sleep(300);
      await click(el, 'dialog [part="product"] input[type="checkbox"]');
      break;
    }
    case 'prune-confirm': {
      const el = widget('inactive-members-pruner', tokens.a.admin);
      await settle(el);
      await click(el, '[part~="remove-button"]');
      break;
    }
    case 'invite-revoke': {
      const el = widget('member-invite', tokens.a.admin);
      await settle(el);
      await click(
        el,
        '[part="invitation"] button[aria-label^="Revoke"], [part="invitation"] .row button:last-child',
      );
      break;
    }
  }
  await sleep(200);
  document.body.dataset['ready'] = 'true';
}

void run();
