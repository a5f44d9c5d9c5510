// Two portals side by side in one page, each with its own token: share → accept → spend and invite → accept
// end to end, without a second browser. Both sides run on the same in-page mock; a change on one side tells
// the other side's store, so it refreshes at once (as a push from a real server would).
import '@allot/widgets';
import { demoTokens, type DemoToken, type MockService } from '@allot/mock';
import { createClient, isApiError, type Data } from '@allot/sdk';
import meta from 'virtual:allot-widgets-meta';
import { byId, h, languageField, selectField, uid } from '../shared/dom.js';
import { mountEventLog } from '../shared/event-log.js';
import { clockControl } from '../shared/clock.js';
import { BASE_URL, startDemoMock } from '../shared/mock.js';
import { allTopics, provider, storeOf, views, widget } from '../shared/widgets.js';

type Account = Data<'listMinuteAccounts'>['items'][number];

interface Side {
  id: 'a' | 'b';
  root: HTMLElement;
  /** Which tokens this side offers, and the one it starts with. */
  tokens: DemoToken[];
  token: string;
  /** The widgets of this side: tag and attributes. */
  widgets: readonly [tag: string, attrs: Record<string, string>][];
  provider?: HTMLElement;
  refreshSpend?: () => Promise<void>;
}

let service: MockService;
let locale = 'en';
let scenario: 'default' | 'empty' =
  new URLSearchParams(location.hash.slice(1)).get('data') === 'empty' ? 'empty' : 'default';
let theme = 'light';
const sides: Side[] = [];

const roleText = (token: DemoToken) => `${token.userName} (${token.role.replace('_', ' ')})`;

function other(side: Side): Side | undefined {
  return sides.find((s) => s !== side);
}

/** Tells both portals' stores that data changed (a spend, a reset), so every widget reloads. */
function refreshAll() {
  for (const side of sides) {
    if (side.provider) storeOf(side.provider)?.changed(...allTopics);
    void side.refreshSpend?.();
  }
}

/** "Spend minutes as an integration": records usage on an account this portal may spend from. */
function spendForm(side: Side): HTMLElement {
  const accountId = uid('spend-account');
  const minutesId = uid('spend-minutes');
  const account = h('select', { id: accountId, name: 'account', required: true });
  const minutes = h('input', {
    id: minutesId,
    name: 'minutes',
    type: 'number',
    min: 1,
    max: 1_000_000,
    step: 1,
    value: 30,
    required: true,
    inputmode: 'numeric',
  });
  const submit = h('button', { type: 'submit' }, 'Record a session');
  const output = h('output', { for: `${accountId} ${minutesId}`, 'aria-live': 'polite' });
  const form = h(
    'form',
    { class: 'spend panel', 'aria-labelledby': `portal-${side.id}-title ${side.id}-spend-title` },
    h('h3', { id: `${side.id}-spend-title` }, 'Spend minutes as an integration'),
    h(
      'p',
      {},
      'A session (say, a Zoom meeting) draws minutes from an account this portal owns or that another portal shared with it.',
    ),
    h(
      'div',
      { class: 'row' },
      h('div', { class: 'field' }, h('label', { for: accountId }, 'From account'), account),
      h('div', { class: 'field' }, h('label', { for: minutesId }, 'Minutes'), minutes),
      submit,
    ),
    output,
  );
  const client = () => createClient({ baseUrl: BASE_URL, token: side.token, retry: 0 });
  let accounts: Account[] = [];
  // The default account is preselected, and followed when it changes, until the user picks one.
  let picked = false;
  account.addEventListener('change', () => (picked = true));

  side.refreshSpend = async () => {
    try {
      const list = await client().minutes.accounts.list();
      accounts = list.items;
      const keep = account.value;
      account.replaceChildren(
        ...accounts.map((a) =>
          h(
            'option',
            { value: a.id },
            `${a.title} (${a.access === 'shared' ? `shared by ${a.owner.name}` : 'own'}): ${a.balance.toLocaleString('en')} min${a.isDefault ? ', default' : ''}`,
          ),
        ),
      );
      account.value = picked && accounts.some((a) => a.id === keep) ? keep : list.defaultAccountId;
      submit.disabled = false;
    } catch (error) {
      account.replaceChildren(h('option', { value: '' }, 'No account to spend from'));
      submit.disabled = true;
      output.textContent = isApiError(error) ? error.detail : String(error);
    }
  };

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const chosen = accounts.find((a) => a.id === account.value);
    const amount = Number(minutes.value);
    if (!chosen || !Number.isInteger(amount) || amount < 1) return;
    submit.disabled = true;
    output.classList.remove('error');
    try {
      const usage = await client().minutes.recordUsage(
        { accountId: chosen.id, minutes: amount, sessionRef: `demo-session-${Date.now()}` },
        { idempotencyKey: crypto.randomUUID() },
      );
      output.textContent = `Recorded a ${amount}-minute session on “${chosen.title}”: ${usage.entry.balanceAfter.toLocaleString('en')} minutes left.`;
      refreshAll();
    } catch (error) {
      output.classList.add('error');
      output.textContent = isApiError(error) ? `${error.title}: ${error.detail}` : String(error);
    } finally {
      submit.disabled = false;
    }
  });
  return form;
}

function renderSide(side: Side) {
  const current = side.tokens.find((t) => t.token === side.token) ?? side.tokens[0];
  if (!current) return;
  const { field, select } = selectField(
    'Signed in as',
    side.tokens.map((t) => [t.token, `${t.portalName}: ${roleText(t)}`] as const),
    current.token,
    { name: `token-${side.id}` },
  );
  select.addEventListener('change', () => {
    side.token = select.value;
    renderSide(side);
    select.focus();
  });
  const wrapper = provider(BASE_URL, locale, current.token);
  const notes: HTMLElement[] = [];
  for (const [tag, attrs] of side.widgets) {
    // Two of the same widget on one page: each region gets a name of its own (`label`).
    const label = `${current.portalName}: ${views.find((view) => view.tag === tag)?.label ?? tag}`;
    const { element, note } = widget(tag, { ...attrs, theme, label });
    wrapper.append(element);
    if (note) notes.push(note);
  }
  side.provider = wrapper;
  side.root.replaceChildren(
    h('header', {}, h('h2', { id: `portal-${side.id}-title` }, current.portalName), field),
    ...notes,
    h('div', { class: 'widgets' }, wrapper),
    spendForm(side),
  );
  void side.refreshSpend?.();
}

function toolbar() {
  const host = byId('toolbar');
  const language = languageField(locale, (picked) => {
    locale = picked;
    for (const side of sides) side.provider?.setAttribute('locale', locale);
  });
  const scheme = selectField(
    'Theme',
    [
      ['light', 'Light'],
      ['dark', 'Dark'],
      ['auto', 'Auto (system)'],
    ],
    theme,
    { name: 'theme' },
  );
  scheme.select.addEventListener('change', () => {
    theme = scheme.select.value;
    for (const side of sides) {
      for (const element of side.provider?.children ?? []) element.setAttribute('theme', theme);
    }
  });
  const data = selectField(
    'Data',
    [
      ['default', 'Default data'],
      ['empty', 'Empty (same portals and users, no data)'],
    ],
    scenario,
    { name: 'scenario' },
  );
  const reset = h('button', { type: 'button', class: 'secondary' }, 'Reset the data');
  const resetTo = () => {
    scenario = data.select.value === 'empty' ? 'empty' : 'default';
    // The choice is in the URL (`#data=empty`), so a reload or a link starts from the same data.
    history.replaceState(null, '', scenario === 'empty' ? '#data=empty' : location.pathname);
    service.reset({ scenario, seed: 1 });
    refreshAll();
  };
  data.select.addEventListener('change', resetTo);
  reset.addEventListener('click', resetTo);
  host.replaceChildren(data.field, language, scheme.field, reset, clockControl(service, refreshAll));
}

async function main() {
  service = await startDemoMock({ scenario });
  const tokens = demoTokens(service.state);
  sides.push(
    {
      id: 'a',
      root: byId('portal-a'),
      tokens: tokens.filter((t) => t.portalId === 'prt_a'),
      token: 'tok_a_admin',
      widgets: [
        ['minutes-balance', {}],
        ['member-invite', {}],
      ],
    },
    {
      id: 'b',
      root: byId('portal-b'),
      tokens: tokens.filter((t) => t.portalId !== 'prt_a'),
      token: 'tok_b_admin',
      widgets: [
        ['minutes-balance', {}],
        ['member-invite', { mode: 'invitee' }],
      ],
    },
  );
  toolbar();
  for (const side of sides) renderSide(side);

  // What one portal does, the other sees at once: its store drops what it cached.
  for (const name of meta.events) {
    if (name === 'allot-error') continue;
    document.addEventListener(name, (event) => {
      const from = sides.find((side) => event.target instanceof Node && side.root.contains(event.target));
      if (!from) return;
      const to = other(from);
      if (to?.provider) storeOf(to.provider)?.changed(...allTopics);
      void from.refreshSpend?.();
      void to?.refreshSpend?.();
    });
  }
  mountEventLog(byId('event-log'));
}

void main();
