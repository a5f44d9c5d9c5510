import { secretKeys } from '@allot/mock';
import { createClient } from '@allot/sdk';
import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import {
  type Api,
  balanceOf,
  BASE_URL,
  button,
  click,
  control,
  controlOf,
  expectAccessible,
  expectDisabledWithReason,
  expectFocusOn,
  field,
  fill,
  mockApi,
  mount,
  mountWhileLoading,
  rootsOf,
  settle,
  textOf,
  type Who,
  within,
} from '../../test/support.js';
import type { AllotProvider } from '../provider/provider.component.js';
import type { ShareDialog } from '../share-dialog/share-dialog.component.js';
import type { MinutesBalance } from './minutes-balance.component.js';

async function balance(api: Api, who: Who = 'a_admin', locale?: string): Promise<MinutesBalance> {
  return mount<MinutesBalance>(
    html`<minutes-balance .client=${api.as(who)} locale=${locale ?? 'en'} page-size="10"></minutes-balance>`,
  );
}

function accountCard(el: Element, title: string): Element {
  const card = [...el.shadowRoot!.querySelectorAll('[part~="account"]')].find(
    (li) => li.querySelector('h3')?.textContent === title,
  );
  if (!card) throw new Error(`No account “${title}”`);
  return card;
}

function figureOf(el: Element, title: string): string {
  return accountCard(el, title).querySelector('.figure')!.textContent!;
}

function openDialog(el: Element): Element {
  return el.shadowRoot!.querySelector('dialog[open]')!;
}

function fieldError(el: Element, name: string): string {
  return el.shadowRoot!.querySelector(`#f-${name}-error`)?.textContent?.trim() ?? '';
}

describe('minutes-balance: what it shows', () => {
  it('tells on each card the shares still awaiting an answer from the accepted ones', async () => {
    const api = mockApi();
    const card = (el: Element) => accountCard(el, 'Primary pool').textContent!.replace(/\s+/g, ' ');
    expect(card(await balance(api))).not.toContain('awaiting an answer');
    const share = await api
      .as('a_admin')
      .shares.create({ accountId: 'acc_pool_a', recipientEmail: 'owner@portal-b.test' });
    const offered = card(await balance(api));
    expect(offered).toContain('1 share awaiting an answer');
    expect(offered).not.toContain('Shared with');
    await api.as('b_admin').shares.incoming.accept(share.id, { setDefault: false });
    const accepted = card(await balance(api));
    expect(accepted).toContain('Shared with 1 portal');
    expect(accepted).not.toContain('awaiting an answer');
  });

  it('shows the balance of every account of the portal, the default one marked', async () => {
    const el = await balance(mockApi());
    expect(figureOf(el, 'Primary pool')).toBe('1,000');
    expect(figureOf(el, 'Team Berlin')).toBe('240');
    expect(figureOf(el, 'EMEA sales')).toBe('120');
    expect(accountCard(el, 'Primary pool').getAttribute('part')).toContain('default-account');
    expect(textOf(accountCard(el, 'Primary pool'))).toContain('Default');
    await expectAccessible(el);
  });

  it('shows a loading state while the API answers', async () => {
    const { el, release } = await mountWhileLoading(mockApi(), 'minutes-balance');
    expect(el.shadowRoot!.querySelector('[part="loading"]')).not.toBeNull();
    await expectAccessible(el);
    await release();
    expect(figureOf(el, 'Primary pool')).toBe('1,000');
  });

  it('shows an error with a way to try again when the service is down', async () => {
    const api = mockApi();
    api.service.faults.set({ unavailable: true });
    const el = await balance(api);
    expect(textOf(el)).toContain('The service is not available right now.');
    await expectAccessible(el);
    api.service.faults.clear();
    await click(el, 'Try again');
    await expect(el).toShowText('1,000');
  });

  it('says the user has no access when the token does not allow reading minutes', async () => {
    const api = mockApi();
    const server = createClient({ baseUrl: BASE_URL, token: secretKeys.a, fetch: api.fetch, retry: 0 });
    const { token } = await server.widgetTokens.create({
      portalId: 'prt_a',
      userId: 'usr_admin',
      permissions: ['licenses:read'],
    });
    const client = createClient({ baseUrl: BASE_URL, token, fetch: api.fetch, retry: 0 });
    const el = await mount<MinutesBalance>(html`<minutes-balance .client=${client}></minutes-balance>`);
    expect(el.shadowRoot!.querySelector('[part="forbidden"]')).not.toBeNull();
    expect(textOf(el)).toContain('You do not have access to this.');
    await expectAccessible(el);
  });

  it('says how to connect it when it has neither a token nor a provider', async () => {
    const el = await mount<MinutesBalance>(html`<minutes-balance></minutes-balance>`);
    expect(textOf(el)).toContain('This widget is not connected');
    await expectAccessible(el);
  });

  it('shows an empty pool and an empty ledger for a new portal', async () => {
    const el = await balance(mockApi('empty'));
    expect(figureOf(el, 'Primary pool')).toBe('0');
    expect(textOf(el)).toContain('No transactions yet.');
    await expectAccessible(el);
  });

  it('shows a member only the default account, its actions disabled with the reason', async () => {
    const api = mockApi();
    const el = await balance(api, 'a_member');
    expect(el.shadowRoot!.querySelectorAll('[part~="account"]')).toHaveLength(1);
    expect(figureOf(el, 'Primary pool')).toBe('1,000');
    const reason = 'Buying minutes and changing accounts need an administrator role.';
    expect(textOf(el)).toContain(reason);
    for (const name of ['Buy minutes', 'New project', 'Edit'])
      await expectDisabledWithReason(el, name, reason);
    await expectDisabledWithReason(el, 'Share minutes', 'Sharing minutes needs an administrator role.');
    expect(api.requests.filter((r) => !r.startsWith('GET'))).toEqual([]);
    await expectAccessible(el);
  });

  it('lets a user manager see every account, and says why it cannot change any', async () => {
    const el = await balance(mockApi(), 'a_user_manager');
    expect(el.shadowRoot!.querySelectorAll('[part~="account"]')).toHaveLength(3);
    const reason = 'Buying minutes and changing accounts need an administrator role.';
    for (const name of ['Buy minutes', 'Transfer', 'Make default'])
      await expectDisabledWithReason(el, name, reason);
    await expectDisabledWithReason(el, 'Share minutes', 'Sharing minutes needs an administrator role.');
    await expectAccessible(el);
  });

  it('shows usage over the last 30 days and how long the minutes last at that rate', async () => {
    const el = await balance(mockApi());
    const usage = el.shadowRoot!.querySelector('[part="usage"]')!;
    expect(usage.querySelector('h3')!.textContent).toBe('Usage of “Primary pool” in the last 30 days');
    expect(usage.querySelectorAll('svg rect:not(.selected)').length).toBe(30);
    expect(textOf(usage)).toMatch(
      /At the current rate \(4\.7 minutes a day\), these minutes run out in \d+ months\./,
    );
  });

  it('gives the chart a scale and dates, reads a day out on hover or with the keys, and has a table for screen readers', async () => {
    const el = await balance(mockApi());
    const usage = el.shadowRoot!.querySelector('[part="usage"]')!;
    // The scale runs from 0 to the busiest day (80 minutes), between the first and the last day's dates.
    expect(textOf(usage.querySelector('.y-axis')!)).toBe('80 0');
    const dates = [...usage.querySelectorAll('.x-axis span')].map((span) => span.textContent);
    expect(dates).toHaveLength(2);
    expect(dates[0]).not.toBe(dates[1]);
    // The latest day with usage is read out first: 60 minutes.
    const slider = usage.querySelector<HTMLElement>('[role="slider"]')!;
    expect(slider.getAttribute('aria-valuetext')).toMatch(/: 60 minutes$/);
    expect(textOf(usage.querySelector('.readout')!)).toBe(slider.getAttribute('aria-valuetext'));
    // A day of the chart is the day the ledger gives the same sessions.
    const sessions = [...el.shadowRoot!.querySelectorAll('[part="ledger"] tbody tr')].find((row) =>
      row.textContent!.includes('-60'),
    )!;
    const [day] = slider.getAttribute('aria-valuetext')!.split(': ');
    expect(textOf(sessions.querySelector('td')!)).toContain(day);
    // The keys move along the days: End is today (nothing used), Home the first day.
    slider.focus();
    await userEvent.keyboard('{End}');
    await expect.poll(() => slider.getAttribute('aria-valuenow')).toBe('30');
    expect(slider.getAttribute('aria-valuetext')).toMatch(/: 0 minutes$/);
    expect(slider.getAttribute('aria-valuetext')).toContain(dates[1]);
    await userEvent.keyboard('{Home}');
    await expect.poll(() => slider.getAttribute('aria-valuenow')).toBe('1');
    // Pointing at the busiest day reads it out.
    const bars = usage.querySelector<HTMLElement>('.bars')!;
    const heights = [...usage.querySelectorAll('svg rect:not(.selected)')].map((bar) =>
      bar.getAttribute('height'),
    );
    const busiest = heights.indexOf('1');
    const { width } = bars.getBoundingClientRect();
    await userEvent.hover(bars, { position: { x: ((busiest + 0.5) / 30) * width, y: 10 } });
    await expect.poll(() => textOf(usage.querySelector('.readout')!)).toMatch(/: 80 minutes$/);
    expect(slider.getAttribute('aria-valuenow')).toBe(String(busiest + 1));
    // The same figures as a table: a row per day, the total in its caption.
    const table = usage.querySelector('table')!;
    expect(table.caption!.textContent!.trim()).toBe('140 minutes used in the last 30 days');
    expect(table.tBodies[0]!.rows).toHaveLength(30);
    expect(
      [...table.tBodies[0]!.rows].map((row) => row.cells[1]!.textContent).filter((m) => m !== '0'),
    ).toEqual(['80', '60']);
    await expectAccessible(el);
  });

  it('renders titles and descriptions containing markup as text', async () => {
    const api = mockApi();
    await api.as('a_admin').minutes.projects.create({
      title: '<img src=x onerror=alert(1)>Team',
      description: '<script>alert(2)</script><b>bold</b>',
    });
    const el = await balance(api);
    for (const root of rootsOf(el)) expect(root.querySelector('img, script:not([type]), b')).toBeNull();
    expect(textOf(el)).toContain('<img src=x onerror=alert(1)>Team');
    expect(textOf(el)).toContain('<script>alert(2)</script><b>bold</b>');
  });
});

describe('minutes-balance: ledger', () => {
  it('lists the transactions newest first with the balance after each', async () => {
    const el = await mount<MinutesBalance>(
      html`<div style="width: 900px">
        <minutes-balance .client=${mockApi().as('a_admin')} locale="en"></minutes-balance>
      </div>`,
      'minutes-balance',
    );
    const rows = [...el.shadowRoot!.querySelectorAll('[part="ledger"] tbody tr')].map((row) =>
      [...row.querySelectorAll('td')].slice(1).map((cell) => cell.innerText.trim()),
    );
    expect(rows[0]).toEqual(['Transfer to “EMEA sales”', 'Ada Martin', '-120', '1,000']);
    expect(rows.at(-1)).toEqual(['Purchase', 'Sofia Owner', '+1,000', '1,000']);
  });

  it('fits a phone: the balance moves under each change and nothing scrolls sideways', async () => {
    const el = await mount<MinutesBalance>(
      html`<div style="width: 320px">
        <minutes-balance .client=${mockApi().as('a_admin')} locale="en"></minutes-balance>
      </div>`,
      'minutes-balance',
    );
    const ledger = el.shadowRoot!.querySelector<HTMLElement>('[part="ledger"] .table-scroll')!;
    expect(ledger.scrollWidth).toBeLessThanOrEqual(ledger.clientWidth);
    const headers = [...ledger.querySelectorAll('th')]
      .filter((th) => th.checkVisibility())
      .map((th) => th.innerText.trim());
    expect(headers).toEqual(['Date', 'Transaction', 'Minutes']);
    const first = ledger.querySelector<HTMLElement>('tbody tr')!;
    expect(first.innerText.replace(/\s+/g, ' ')).toContain('-120 Balance 1,000');
  });

  it('shows older transactions page by page', async () => {
    const api = mockApi();
    const el = await mount<MinutesBalance>(
      html`<minutes-balance .client=${api.as('a_admin')} page-size="4"></minutes-balance>`,
    );
    expect(el.shadowRoot!.querySelectorAll('[part="ledger"] tbody tr')).toHaveLength(4);
    await click(el, 'Show older transactions');
    await expect(el).toAnnounce('2 older transactions shown.');
    expect(el.shadowRoot!.querySelectorAll('[part="ledger"] tbody tr')).toHaveLength(6);
    await expect.element(button(el, 'Show older transactions')).not.toBeInTheDocument();
  });

  it('shows the transactions of the account chosen', async () => {
    const el = await balance(mockApi());
    await click(el, 'Transactions: Team Berlin');
    await expect(el).toShowText('Transactions of “Team Berlin”');
    await settle(el);
    expect(textOf(el.shadowRoot!.querySelector('[part="ledger"] tbody')!)).toContain(
      'Transfer from “Primary pool”',
    );
    expect(button(el, 'Transactions: Team Berlin').element().getAttribute('aria-pressed')).toBe('true');
  });
  it('falls back to the default account when the one shown was deleted elsewhere, without asking for it', async () => {
    const api = mockApi();
    const provider = await mount<AllotProvider>(
      html`<allot-provider .client=${api.as('a_admin')} locale="en">
        <minutes-balance></minutes-balance>
      </allot-provider>`,
    );
    const el = provider.querySelector<MinutesBalance>('minutes-balance')!;
    await settle(el);
    await click(el, 'Transactions: Team Berlin');
    await expect(el).toShowText('Transactions of “Team Berlin”');
    await settle(el);
    await api.as('a_super_admin').minutes.projects.delete('acc_proj_berlin');
    const sent = api.requests.length;
    provider.store!.changed('accounts', 'ledger');
    await expect(el).toShowText('Transactions of “Primary pool”');
    await settle(el);
    expect(api.requests.slice(sent)).not.toContain('GET /minute-accounts/acc_proj_berlin/ledger');
    expect(el.shadowRoot!.querySelector('[part="error"]')).toBeNull();
    expect(textOf(el)).not.toContain('Team Berlin');
  });
});

describe('minutes-balance: sharing from an account', () => {
  it('shares an account from its card with its own client and language, and shows the new share', async () => {
    const el = await balance(mockApi(), 'a_admin', 'fr');
    const inner = el.shadowRoot!.querySelector<ShareDialog>('share-dialog[account-id="acc_pool_a"]')!;
    await expect(inner).toShowText('Partager des minutes');
    await click(el, 'Partager des minutes : Primary pool');
    await expect.poll(() => inner.shadowRoot!.querySelector('dialog')!.open).toBe(true);
    await settle(inner);
    await fill(inner, { 'E-mail du propriétaire de l’autre portail': 'owner@portal-b.test' });
    await click(inner, 'Partager');
    await expect(inner).toAnnounce('L’invitation à partager des minutes a été envoyée au compte');
    await expect
      .poll(() => textOf(accountCard(el, 'Primary pool')))
      .toContain('1 partage en attente de réponse');
  });
});

describe('minutes-balance: default account', () => {
  it('makes another account the default when asked', async () => {
    const api = mockApi();
    const el = await balance(api);
    const changed = new Promise<CustomEvent>((resolve) =>
      el.addEventListener('allot-default-account-changed', resolve),
    );
    await click(el, 'Make default: Team Berlin');
    // Nothing changes before the admin confirmed where the portal's minutes will be spent.
    await expect(el).toShowText(
      'From now on, your portal’s sessions draw their minutes from “Team Berlin” (',
    );
    expect(textOf(el)).toContain('instead of “Primary pool”.');
    expect(api.requests.some((r) => r.includes('default'))).toBe(false);
    await expectAccessible(el);
    await userEvent.click(
      within(el.shadowRoot!.querySelector('dialog')!).getByRole('button', {
        name: 'Make default',
        exact: true,
      }),
    );
    await expect(el).toAnnounce('“Team Berlin” is now the default account');
    expect((await changed).detail).toEqual({ accountId: 'acc_proj_berlin', previousAccountId: 'acc_pool_a' });
    await settle(el);
    expect(accountCard(el, 'Team Berlin').getAttribute('part')).toContain('default-account');
  });

  it('keeps the default when the admin cancels the confirmation', async () => {
    const api = mockApi();
    const el = await balance(api);
    await click(el, 'Make default: Team Berlin');
    await expect(el).toShowText('Make “Team Berlin” the default account?');
    await click(el, 'Cancel');
    await expectFocusOn(button(el, 'Make default: Team Berlin'));
    expect(accountCard(el, 'Primary pool').getAttribute('part')).toContain('default-account');
    expect(api.requests.some((r) => r.includes('default'))).toBe(false);
  });
});

describe('minutes-balance: buying minutes', () => {
  it('shows the price before buying and buys once confirmed', async () => {
    const api = mockApi();
    const el = await balance(api);
    const bought = new Promise<CustomEvent>((resolve) =>
      el.addEventListener('allot-minutes-purchased', resolve),
    );
    await click(el, 'Buy minutes');
    await fill(el, { Minutes: '1500' });
    await expect(el).toShowText('1,500 minutes at €0.12 each: €180.00');
    await click(el, 'Continue');
    await expect(el).toShowText('Confirm your purchase');
    await expectAccessible(el);
    await click(el, 'Buy for €180.00');
    await expect(el).toAnnounce('1,500 minutes added to “Primary pool”. Charged €180.00.');
    expect((await bought).detail).toMatchObject({
      accountId: 'acc_pool_a',
      minutes: 1500,
      total: { amount: 18000 },
    });
    expect(await balanceOf(api, 'acc_pool_a')).toBe(2500);
    await expect.poll(() => figureOf(el, 'Primary pool')).toBe('2,500');
  });

  it('says by the field when the quantity is not a whole number, keeping it', async () => {
    const api = mockApi();
    const el = await balance(api);
    await click(el, 'Buy minutes');
    await fill(el, { Minutes: '2.5' });
    await click(el, 'Continue');
    expect(fieldError(el, 'minutes')).toBe('Enter a whole number of minutes from 1 to 1,000,000.');
    await expect.element(await field(el, 'Minutes')).toHaveValue(2.5);
    expect(api.requests).not.toContain('POST /minute-purchases');
    await expectAccessible(el);
  });

  it('charges once when the confirmation is sent again after a lost answer', async () => {
    const api = mockApi();
    const el = await balance(api);
    await click(el, 'Buy minutes');
    await fill(el, { Minutes: '100' });
    await expect(el).toShowText('€12.00');
    await click(el, 'Continue');
    api.loseNextAnswer('POST /minute-purchases');
    await click(el, 'Buy for €12.00');
    await expect(el).toShowText('The service could not be reached.');
    await click(el, 'Buy for €12.00');
    await expect(el).toAnnounce('100 minutes added to “Primary pool”.');
    expect(await balanceOf(api, 'acc_pool_a')).toBe(1100);
  });
});

describe('minutes-balance: transfers', () => {
  it('moves minutes between two accounts of the portal', async () => {
    const api = mockApi();
    const el = await balance(api);
    const moved = new Promise<CustomEvent>((resolve) =>
      el.addEventListener('allot-minutes-transferred', resolve),
    );
    await click(el, 'Transfer');
    await userEvent.selectOptions(await field(el, 'To account'), 'acc_proj_berlin');
    await fill(el, { Minutes: '100' });
    await click(openDialog(el), 'Transfer');
    await expect(el).toAnnounce('100 minutes moved from “Primary pool” to “Team Berlin”.');
    expect((await moved).detail).toMatchObject({ from: 'acc_pool_a', to: 'acc_proj_berlin', minutes: 100 });
    expect(await balanceOf(api, 'acc_proj_berlin')).toBe(340);
  });

  it('marks the accounts other portals use, and says who can spend what is moved there', async () => {
    const el = await balance(mockApi());
    await click(el, 'Transfer');
    const to = await field(el, 'To account');
    const label = (id: string) =>
      [...(to.element() as HTMLSelectElement).options].find((o) => o.value === id)!.textContent!.trim();
    expect(label('acc_proj_berlin')).toBe('Team Berlin (240 minutes) · used by 1 other portal');
    expect(label('acc_pool_a')).toBe('Primary pool (1,000 minutes)');
    // EMEA sales is only offered so far: the portal it was offered to can spend it once it accepts.
    expect(label('acc_proj_emea')).toBe('EMEA sales (120 minutes) · offered to 1 other portal');
    await userEvent.selectOptions(to, 'acc_proj_berlin');
    await expect
      .element(to)
      .toHaveAccessibleDescription(
        'Another portal uses “Team Berlin”: it can spend the minutes you move there.',
      );
    await expectAccessible(el);
  });

  it('says by the minutes field when the account has too few, keeping what was typed', async () => {
    const el = await balance(mockApi());
    await click(el, 'Transfer');
    await fill(el, { Minutes: '5000' });
    await click(openDialog(el), 'Transfer');
    await expect.poll(() => fieldError(el, 'minutes')).toBe('This account does not have that many minutes.');
    await expect.element(await field(el, 'Minutes')).toHaveValue(5000);
    await expectFocusOn(control(el, 'Minutes'));
    await expectAccessible(el);
  });

  it('asks for two different accounts', async () => {
    const api = mockApi();
    const el = await balance(api);
    await click(el, 'Transfer');
    await userEvent.selectOptions(await field(el, 'To account'), 'acc_pool_a');
    await fill(el, { Minutes: '10' });
    await click(openDialog(el), 'Transfer');
    expect(fieldError(el, 'toAccountId')).toBe('Choose two different accounts.');
    expect(api.requests).not.toContain('POST /minute-transfers');
  });
});

describe('minutes-balance: projects', () => {
  it('creates a project', async () => {
    const api = mockApi();
    const el = await balance(api);
    const created = new Promise<CustomEvent>((resolve) =>
      el.addEventListener('allot-project-created', resolve),
    );
    await click(el, 'New project');
    await fill(el, { Title: 'Team Paris', Description: 'Sessions of the Paris office' });
    await click(el, 'Create project');
    await expect(el).toAnnounce('Project “Team Paris” created.');
    expect((await created).detail.title).toBe('Team Paris');
    await expect.poll(() => figureOf(el, 'Team Paris')).toBe('0');
  });

  it('says by each field what the API found wrong', async () => {
    const el = await balance(mockApi());
    await click(el, 'New project');
    // Past the browser's maxlength, as a script or an old browser could send.
    for (const [label, value] of [
      ['Title', 'x'.repeat(81)],
      ['Description', 'y'.repeat(501)],
    ] as const) {
      const input = await controlOf(el, label);
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
    await click(el, 'Create project');
    await expect.poll(() => fieldError(el, 'title')).toBe('This is too long.');
    expect(fieldError(el, 'description')).toBe('This is too long.');
    await expect.element(await field(el, 'Title')).toHaveValue('x'.repeat(81));
  });

  it('edits a project’s title', async () => {
    const api = mockApi();
    const el = await balance(api);
    await click(el, 'Edit: Team Berlin');
    await fill(el, { Title: 'Team Berlin 2027' });
    await click(el, 'Save');
    await expect(el).toAnnounce('“Team Berlin 2027” saved.');
    await expect.poll(() => figureOf(el, 'Team Berlin 2027')).toBe('240');
  });

  it('explains an edit made meanwhile by someone else, keeps the typed title and saves on the next try', async () => {
    const api = mockApi();
    const el = await balance(api);
    await click(el, 'Edit: Team Berlin');
    await settle(el);
    const { etag } = await api.as('a_super_admin').minutes.accounts.get('acc_proj_berlin');
    await api
      .as('a_super_admin')
      .minutes.projects.update('acc_proj_berlin', { description: 'Changed' }, { ifMatch: etag });
    await fill(el, { Title: 'Berlin team' });
    await click(el, 'Save');
    await expect(el).toShowText('Someone else changed this in the meantime.');
    // What they saved is said, so the admin knows what saving again replaces.
    await expect(el).toShowText(
      'It now says: title “Team Berlin”, description “Changed”. Saving replaces it with yours.',
    );
    await expect.element(await field(el, 'Title')).toHaveValue('Berlin team');
    await settle(el);
    await click(el, 'Save');
    await expect(el).toAnnounce('“Berlin team” saved.');
  });

  it('says where a deleted project’s minutes go and which shares end, then deletes it', async () => {
    const api = mockApi();
    const el = await balance(api);
    const deleted = new Promise<CustomEvent>((resolve) =>
      el.addEventListener('allot-project-deleted', resolve),
    );
    await click(el, 'Delete: Team Berlin');
    await expect(el).toShowText('Its 240 minutes move to “Primary pool”. No minutes are lost.');
    await expect(el).toShowText('Portal B (owner@portal-b.test) loses access at once.');
    await expectAccessible(el);
    await click(el, 'Delete project');
    await expect(el).toAnnounce(
      'Project “Team Berlin” deleted. 240 minutes moved to “Primary pool”; 1 share ended.',
    );
    expect((await deleted).detail).toEqual({
      accountId: 'acc_proj_berlin',
      movedMinutes: 240,
      movedToAccountId: 'acc_pool_a',
      endedShareIds: ['shr_berlin_b'],
    });
    expect(await balanceOf(api, 'acc_pool_a')).toBe(1240);
  });

  it('offers no way to delete the pool', async () => {
    const el = await balance(mockApi());
    await expect.element(button(el, 'Delete: Primary pool')).not.toBeInTheDocument();
    await expect.element(button(el, 'Edit: Primary pool')).toBeInTheDocument();
  });
});

describe('minutes-balance: invitations from other portals', () => {
  it('shows an invitation with “use by default” ticked and explained', async () => {
    const el = await balance(mockApi(), 'b_admin');
    // Who offers what: the project's minutes, by the other portal's name and owner.
    await expect(el).toShowText('Portal A (owner@portal-a.test) offers you 120 minutes from “EMEA sales”.');
    const checkbox = within(el).getByLabelText('Use these minutes by default');
    await expect.element(checkbox).toBeChecked();
    await expect
      .element(checkbox)
      .toHaveAccessibleDescription(
        'Without this, sessions created from integrations such as Zoom do not draw from these minutes, and they do not appear in the Zoom dashboard.',
      );
    await expectAccessible(el);
  });

  it('accepts an invitation as the new default account', async () => {
    const api = mockApi();
    const el = await balance(api, 'b_admin');
    const accepted = new Promise<CustomEvent>((resolve) =>
      el.addEventListener('allot-share-accepted', resolve),
    );
    await click(el, 'Accept: EMEA sales');
    await expect(el).toAnnounce('You accepted “EMEA sales” from Portal A. It is now your default account.');
    expect((await accepted).detail).toEqual({
      shareId: 'shr_emea_b',
      accountId: 'acc_proj_emea',
      setDefault: true,
    });
    await expect.poll(() => accountCard(el, 'EMEA sales').getAttribute('part')).toContain('default-account');
  });

  it('accepts an invitation without changing the default when unticked', async () => {
    const el = await balance(mockApi(), 'b_admin');
    await userEvent.click(within(el).getByLabelText('Use these minutes by default'));
    await click(el, 'Accept: EMEA sales');
    await expect(el).toAnnounce('Your default account did not change.');
    await expect.poll(() => accountCard(el, 'EMEA sales').getAttribute('part')).toBe('account');
    expect(accountCard(el, 'Team Berlin').getAttribute('part')).toContain('default-account');
  });

  it('declines an invitation', async () => {
    const el = await balance(mockApi(), 'b_admin');
    await click(el, 'Decline: EMEA sales');
    await expect(el).toAnnounce('You declined “EMEA sales” from Portal A.');
    await expect.poll(() => el.shadowRoot!.querySelector('[part="invitations"]')).toBeNull();
  });

  it('says when the invitation was withdrawn in the meantime', async () => {
    const api = mockApi();
    const el = await balance(api, 'b_admin');
    await api.as('a_admin').shares.cancel('shr_emea_b');
    await click(el, 'Accept: EMEA sales');
    await expect(el).toShowText(
      'This invitation is no longer pending: it was accepted, declined or cancelled.',
    );
  });
});

describe('minutes-balance: keyboard and language', () => {
  it('buys minutes with the keyboard alone, focus returning to the button after', async () => {
    const api = mockApi();
    const el = await balance(api);
    button(el, 'Buy minutes').element().focus();
    await userEvent.keyboard('{Enter}');
    await expectFocusOn(() => control(el, 'Account'));
    await userEvent.tab();
    await userEvent.keyboard('250');
    await expect(el).toShowText('€30.00');
    await userEvent.keyboard('{Enter}');
    await expect.element(button(el, 'Buy for €30.00')).toBeVisible();
    button(el, 'Buy for €30.00').element().focus();
    await userEvent.keyboard('{Enter}');
    await expect(el).toAnnounce('250 minutes added');
    await expectFocusOn(button(el, 'Buy minutes'));
  });

  it('closes a dialog with Escape and gives focus back', async () => {
    const el = await balance(mockApi());
    button(el, 'New project').element().focus();
    await userEvent.keyboard('{Enter}');
    await expectFocusOn(() => control(el, 'Title'));
    await userEvent.keyboard('{Escape}');
    await expectFocusOn(button(el, 'New project'));
    expect(el.shadowRoot!.querySelector('dialog')!.open).toBe(false);
  });

  it('speaks French from its locale attribute, with French numbers', async () => {
    const el = await balance(mockApi(), 'a_admin', 'fr');
    await expect(el).toShowText('Acheter des minutes');
    expect(figureOf(el, 'Primary pool')).toBe('1\u202f000');
    expect(textOf(el)).toContain('Définir par défaut');
  });

  it('follows the page’s language when it has no locale of its own, and switches with it', async () => {
    document.documentElement.lang = 'de';
    const el = await mount<MinutesBalance>(
      html`<minutes-balance .client=${mockApi().as('a_admin')}></minutes-balance>`,
    );
    await expect(el).toShowText('Minuten kaufen');
    document.documentElement.lang = 'fr-CA';
    await expect(el).toShowText('Acheter des minutes');
  });

  it('fetches a dialog’s words with the dialog, in the page’s language, and switches them with the page', async () => {
    document.documentElement.lang = 'de';
    const el = await mount<MinutesBalance>(
      html`<minutes-balance .client=${mockApi().as('a_admin')}></minutes-balance>`,
    );
    await expect(el).toShowText('Minuten kaufen');
    await click(el, 'Minuten kaufen');
    await expect(el).toShowText('Geben Sie eine Anzahl Minuten ein, um den Preis zu sehen.');
    document.documentElement.lang = 'fr';
    await expect(el).toShowText('Saisissez un nombre de minutes pour voir le prix.');
  });
});
