// The page the member screenshots photograph: one state of <inactive-members-pruner> or <member-invite> per `?state=`.
import { secretKeys, tokens } from '@allot/mock';
import type { Client } from '@allot/sdk';
import '../../src/index.js';
import { find, localeOf, pageMock, settle, sleep, stage, stateParam, type } from './page.js';

const state = stateParam('pruner');
const { service, client } = pageMock(state.includes('empty') ? 'empty' : 'default');
/** Row actions are named by their aria-label ("Revoke: owner@…"), not only by their text. */
const named = (node: Element) => `${node.getAttribute('aria-label') ?? ''} ${node.textContent ?? ''}`;

async function press(el: Element, text: string, wait = 300) {
  find<HTMLButtonElement>(el, 'button', text, named).click();
  await sleep(wait);
  await settle(el);
}

function widget(tag: string, token: string, attrs: Record<string, string> = {}) {
  const el = document.createElement(tag) as HTMLElement & { client?: Client };
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.setAttribute('poll-interval', '400');
  el.client = client(token);
  stage.append(el);
  return el;
}

async function run() {
  const dark = state.includes('dark');
  if (dark) document.body.classList.add('dark');
  const attrs: Record<string, string> = dark ? { theme: 'dark' } : {};
  const locale = localeOf(state);
  if (locale) attrs['locale'] = locale;
  // `pruner-keep-fr`, `pruner-archive-de`: the flow is walked in English (its buttons are found by their words), then the language
  // changes, and the dialog's words with it.
  const late = /^pruner-(keep|archive)/.test(state) ? attrs['locale'] : undefined;
  if (late) delete attrs['locale'];
  const [kind] = state.split('-');
  if (kind === 'pruner') {
    if (state.includes('error')) service.faults.set({ unavailable: true });
    const token = state.includes('manager')
      ? tokens.a.user_manager
      : state.includes('forbidden')
        ? tokens.a.member
        : tokens.a.admin;
    if (state.includes('loading')) service.faults.set({ latency: 60_000 });
    const el = widget('inactive-members-pruner', token, attrs);
    if (state.includes('loading')) return void (await sleep(300));
    await settle(el);
    if (state.includes('archive')) await press(el, 'Archive: Customer Support');
    if (
      state.includes('remove') ||
      state.includes('stale') ||
      state.includes('progress') ||
      state.includes('done') ||
      state.includes('confirm') ||
      state.includes('keep')
    ) {
      await press(el, 'Remove inactive members');
      if (state.includes('keep')) {
        // The admin leaves the first member out of the removal.
        find<HTMLInputElement>(el, '[part="removed"] input[type="checkbox"]').click();
        await sleep(100);
      }
      if (state.includes('stale')) {
        await client(tokens.a.admin).workspace.teams.archive('tm_support', { dryRun: false });
        find<HTMLInputElement>(el, '#f-confirm').click();
        await sleep(50);
        await press(el, 'Remove 6 members', 500);
      }
      if (state.includes('confirm')) await press(el, 'Remove 6 members', 400);
      if (state.includes('progress') || state.includes('done')) {
        find<HTMLInputElement>(el, '#f-confirm').click();
        await sleep(50);
        if (state.includes('progress')) {
          // The job starts, then its polls never come back: the bar at its start.
          find<HTMLButtonElement>(el, 'button', 'Remove 6 members', named).click();
          await sleep(150);
          service.faults.set({ latency: 60_000 });
          await sleep(300);
        } else await press(el, 'Remove 6 members', 1500);
      }
    }
    if (late) {
      el.setAttribute('locale', late);
      await sleep(400);
      await settle(el);
    }
    if (state.includes('month')) {
      await type(el, 'Month', '2099-01');
      find<HTMLFormElement>(el, 'form.export').requestSubmit();
      await sleep(400);
    }
  } else if (kind === 'invite') {
    if (state.includes('error')) service.faults.set({ unavailable: true });
    let token: string = tokens.a.admin;
    if (state.includes('forbidden')) token = tokens.a.member;
    if (state.includes('readonly')) {
      const server = client(secretKeys.a);
      token = (
        await server.widgetTokens.create({
          portalId: 'prt_a',
          userId: 'usr_admin',
          permissions: ['members:read'],
        })
      ).token;
    }
    if (state.includes('history')) {
      // Two invitations answered since the fixture's: the history lists them with the older ones.
      await client(tokens.b.member).invitations.incoming.accept('invt_a_nina', {});
      await client(tokens.paid).invitations.incoming.decline('invt_a_paid');
    }
    if (state.includes('loading')) service.faults.set({ latency: 60_000 });
    const el = widget('member-invite', token, attrs);
    if (state.includes('loading')) return void (await sleep(300));
    await settle(el);
    if (state.includes('results')) {
      await type(
        el,
        'E-mail addresses',
        'owner@portal-b.test, nobody@nowhere.test\nlina@portal-a.test\nnina@portal-b.test',
      );
      await press(el, 'Send invitations', 500);
    }
    if (state.includes('invalid')) {
      await type(el, 'E-mail addresses', 'ok@portal-b.test, not-an-address, OK@portal-b.test');
      await press(el, 'Send invitations');
    }
    if (state.includes('licensed')) {
      find<HTMLInputElement>(el, '#m-licensed').click();
      await sleep(100);
      if (state.includes('short')) {
        // Three invitees, two free Contact Center licenses: the form warns before sending.
        await type(el, 'E-mail addresses', 'owner@portal-b.test\nnina@portal-b.test\nlina@portal-a.test');
        find<HTMLInputElement>(el, '#p-prd_cc').click();
        await sleep(100);
      } else await press(el, 'Send invitations');
    }
    if (state.includes('revoke')) await press(el, 'Revoke: owner@linked.test');
    if (state.includes('history')) {
      find<HTMLDetailsElement>(el, '[part="history"]').open = true;
      await sleep(300);
    }
  } else if (kind === 'invitee') {
    const who = (['unpaid', 'cancelling', 'linked'] as const).find((w) => state.includes(w));
    const token = state.includes('empty')
      ? tokens.a.admin
      : state.includes('free')
        ? tokens.b.member
        : who
          ? tokens[who]
          : tokens.paid;
    const el = widget('member-invite', token, { ...attrs, mode: 'invitee' });
    await settle(el);
    if (state.includes('choose')) await press(el, 'Accept and join Portal A');
    if (state.includes('decline')) {
      // Found by its part: the state is photographed in every language.
      find<HTMLButtonElement>(el, '[part~="decline"]').click();
      await sleep(300);
    }
    if (who && state.includes('tried')) {
      find<HTMLInputElement>(el, 'input[value="refund"]').click();
      await press(el, 'Check again and join Portal A');
    }
    if (state.includes('accepted')) {
      find<HTMLInputElement>(el, 'input[value="transfer_credit"]').click();
      await press(el, 'Accept and join Portal A', 600);
    }
  } else {
    stage.textContent = `Unknown state ${state}`;
  }
}

run()
  .catch((error: unknown) => {
    stage.textContent = String(error);
  })
  .finally(() => {
    document.body.dataset['ready'] = 'true';
  });
