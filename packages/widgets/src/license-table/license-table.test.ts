import { secretKeys, tokens } from '@allot/mock';
import { createClient, type Client } from '@allot/sdk';
import { html } from 'lit';
import { describe, expect, it, vi } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';
import {
  announcements,
  type Api,
  BASE_URL,
  expectAccessible,
  focused,
  mockApi,
  mount,
  mountWhileLoading,
  settle,
  TEST_NOW,
  textOf,
  type Who,
  within,
} from '../../test/support.js';
import type { LicenseTable } from './license-table.component.js';

// ——— helpers ———

async function table(api: Api, who: Who = 'a_admin', locale = 'en', pageSize = 100): Promise<LicenseTable> {
  return tableOf(api.as(who), locale, pageSize);
}

/** A table at desktop width (the test page is phone-wide; the narrow layout has its own tests below). */
async function tableOf(client: Client, locale = 'en', pageSize = 100): Promise<LicenseTable> {
  return mount<LicenseTable>(
    html`<div style="width: 1100px">
      <license-table .client=${client} locale=${locale} page-size=${pageSize}></license-table>
    </div>`,
    'license-table',
  );
}

/** The table for portal A's admin through a widget token minted with `licenses:read` only. */
async function readOnlyTable(api: Api): Promise<LicenseTable> {
  const server = createClient({ baseUrl: BASE_URL, token: secretKeys.a, fetch: api.fetch, retry: 0 });
  const { token } = await server.widgetTokens.create({
    portalId: 'prt_a',
    userId: 'usr_admin',
    permissions: ['licenses:read'],
  });
  return tableOf(createClient({ baseUrl: BASE_URL, token, fetch: api.fetch, retry: 0 }));
}

const root = (el: Element) => el.shadowRoot!;
const rows = (el: Element) => [...root(el).querySelectorAll<HTMLElement>('.body [role="row"]')];
const cellsOf = (row: Element) =>
  [...row.querySelectorAll('[role="gridcell"]')].map((c) => c.textContent!.replace(/\s+/g, ' ').trim());
const total = (el: Element) => root(el).querySelector('.summary strong')?.textContent?.trim() ?? '';
const dialogOf = (el: Element) => root(el).querySelector('dialog')!;
const inDialog = (el: Element) => within(dialogOf(el));

function rowWith(el: Element, ...texts: string[]): HTMLElement {
  const row = rows(el).find((r) => texts.every((t) => cellsOf(r).join(' | ').includes(t)));
  if (!row)
    throw new Error(
      `No row with ${texts.join(', ')}: ${rows(el)
        .map((r) => cellsOf(r).join(' | '))
        .join('\n')}`,
    );
  return row;
}

function fieldError(el: Element, id: string): string {
  return root(el).querySelector(`#${id}-error`)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** Searches at once (Enter skips the wait for typing to settle). */
async function search(el: LicenseTable, q: string) {
  await userEvent.fill(within(el).getByLabelText('Search licenses'), q);
  await userEvent.keyboard('{Enter}');
  await settle(el);
}

async function pick(el: LicenseTable, label: string, value: string) {
  await userEvent.selectOptions(within(el).getByLabelText(label, { exact: true }), value);
  await settle(el);
}

async function clickIn(scope: Element, name: string | RegExp) {
  await userEvent.click(
    within(scope)
      .getByRole('button', { name: typeof name === 'string' ? new RegExp(`^${name}(:.*)?$`) : name })
      .first(),
  );
}

async function open(el: LicenseTable, button: string, row: HTMLElement) {
  await userEvent.click(row.querySelector<HTMLElement>(`button[data-rc$="-6"]`)!);
  await expect.poll(() => dialogOf(el).open, { message: `${button} opens a dialog` }).toBe(true);
  await settle(el);
}

async function openProducts(el: LicenseTable, name: string) {
  await search(el, name);
  await userEvent.click(
    within(el)
      .getByRole('button', { name: `Products of ${name}` })
      .first(),
  );
  await expect.poll(() => dialogOf(el).open).toBe(true);
  await settle(el);
}

function events<T>(name: string): CustomEvent<T>[] {
  const seen: CustomEvent<T>[] = [];
  document.addEventListener(name, (e) => seen.push(e as CustomEvent<T>), { once: false });
  return seen;
}

async function licenses(api: Api, query: Parameters<Client['licenses']['list']>[0] = {}) {
  return (await api.as('a_admin').licenses.list({ limit: 200, ...query })).items;
}

/** A client whose next request matching `pattern` is checked as if no one had changed the license yet. */
function racing(api: Api, pattern: RegExp, meanwhile: (path: string) => Promise<void>): Client {
  let armed = true;
  return createClient({
    baseUrl: BASE_URL,
    token: tokens.a.admin,
    retry: 0,
    fetch: async (request) => {
      if (armed && pattern.test(`${request.method} ${new URL(request.url).pathname}`)) {
        armed = false;
        await meanwhile(new URL(request.url).pathname);
        // Another admin's write lands between the version check and ours: the server sees the old version match.
        const headers = new Headers(request.headers);
        headers.set('if-match', '*');
        return api.fetch(new Request(request, { headers }));
      }
      return api.fetch(request);
    },
  });
}

// ——— what it shows ———

describe('license-table: what it shows', () => {
  it('lists each license with its type, assignee or N/A, extension, cost center and date added', async () => {
    const el = await table(mockApi());
    expect(total(el)).toBe('60 licenses');
    const sofia = cellsOf(rowWith(el, 'Live Reports', 'Sofia Owner'));
    expect(sofia.slice(1, 5)).toEqual(['Live Reports', 'Sofia Owner', '1000', 'SALES-FR']);
    expect(sofia[5]).toMatch(/^[A-Z][a-z]{2} \d{1,2}, \d{4}$/);
    expect(cellsOf(rowWith(el, 'N/A'))[2]).toBe('N/A');
    expect(textOf(el)).toContain('50 assigned, 10 unassigned');
    await expectAccessible(el);
  });

  it('is an ARIA grid that counts every license and numbers the rows it renders', async () => {
    const el = await table(mockApi());
    const grid = root(el).querySelector('[role="grid"]')!;
    expect(grid.getAttribute('aria-rowcount')).toBe('61');
    expect(grid.getAttribute('aria-colcount')).toBe('7');
    expect(
      rows(el)
        .map((r) => r.getAttribute('aria-rowindex'))
        .slice(0, 3),
    ).toEqual(['2', '3', '4']);
    expect(root(el).querySelectorAll('[role="columnheader"]')).toHaveLength(7);
  });

  it('shows a loading state while the API answers', async () => {
    const { el, release } = await mountWhileLoading(mockApi(), 'license-table');
    expect(root(el).querySelector('[part="loading"]')).not.toBeNull();
    await expectAccessible(el);
    await release();
    expect(total(el)).toBe('60 licenses');
  });

  it('shows an error with a way to try again when the service is down', async () => {
    const api = mockApi();
    api.service.faults.set({ unavailable: true });
    const el = await table(api);
    expect(textOf(el)).toContain('The service is not available right now.');
    await expectAccessible(el);
    api.service.faults.clear();
    await clickIn(el, 'Try again');
    await settle(el);
    expect(total(el)).toBe('60 licenses');
  });

  it('says a member has no access to licenses', async () => {
    const el = await table(mockApi(), 'a_member');
    expect(root(el).querySelector('[part="forbidden"]')).not.toBeNull();
    expect(textOf(el)).toContain('You do not have access to this.');
    await expectAccessible(el);
  });

  it('says how to connect it when it has neither a token nor a provider', async () => {
    const el = await mount<LicenseTable>(html`<license-table></license-table>`);
    expect(textOf(el)).toContain('This widget is not connected');
  });

  it('says a portal without licenses has none yet', async () => {
    const el = await table(mockApi('empty'));
    expect(root(el).querySelector('[part="empty"]')?.textContent).toContain(
      'This portal has no licenses yet.',
    );
    await expectAccessible(el);
  });

  it('speaks French and German, N/A included', async () => {
    const fr = await table(mockApi(), 'a_admin', 'fr');
    expect(textOf(fr)).toContain('Attribuée à');
    expect(textOf(fr)).toContain('60 licences');
    expect(textOf(fr)).toContain('N/A');
    const de = await table(mockApi(), 'a_admin', 'de');
    expect(textOf(de)).toContain('Zugewiesen an');
    expect(textOf(de)).toContain('k. A.');
    await expectAccessible(de);
  });

  it('stacks each row in a narrow container (360 px): nothing to scroll sideways, every action in reach', async () => {
    const api = mockApi();
    const el = await mount<LicenseTable>(
      html`<div style="width: 360px">
        <license-table .client=${api.as('a_admin')} locale="de"></license-table>
      </div>`,
      'license-table',
    );
    await settle(el);
    const viewport = root(el).querySelector<HTMLElement>('[role="grid"]')!;
    await expect.poll(() => rows(el).length).toBeGreaterThan(2);
    expect(viewport.scrollWidth).toBeLessThanOrEqual(viewport.clientWidth);
    const box = viewport.getBoundingClientRect();
    for (const row of rows(el).slice(0, 3)) {
      const action = row.querySelector<HTMLElement>('[data-rc$="-6"]')!;
      const at = action.getBoundingClientRect();
      expect(at.left).toBeGreaterThanOrEqual(box.left);
      expect(at.right).toBeLessThanOrEqual(box.right);
      // Each value says which column it is.
      expect(getComputedStyle(row.querySelector('[data-label]')!, '::before').content).toContain(
        'Zugewiesen an:',
      );
    }
    // Every sort is offered, whole.
    for (const sort of root(el).querySelectorAll<HTMLElement>('.sort'))
      expect(sort.scrollWidth).toBeLessThanOrEqual(sort.clientWidth + 1);
    await expectAccessible(el);
    // A row further down is reached by scrolling the list, and its action works.
    const third = rows(el)[2]!.querySelector<HTMLElement>('[data-rc$="-6"]')!;
    await userEvent.click(third);
    await expect.poll(() => dialogOf(el).open).toBe(true);
  });

  it('shows long French and German words whole at desktop width: headers with their sort arrows, actions', async () => {
    const api = mockApi();
    for (const locale of ['fr', 'de']) {
      const el = await mount<LicenseTable>(
        html`<div style="width: 1100px">
          <license-table .client=${api.as('a_admin')} locale=${locale}></license-table>
        </div>`,
        'license-table',
      );
      await settle(el);
      await expect.poll(() => rows(el).length).toBeGreaterThan(2);
      for (const sort of root(el).querySelectorAll<HTMLElement>('.sort')) {
        expect(sort.scrollWidth, sort.textContent ?? '').toBeLessThanOrEqual(sort.clientWidth + 1);
        expect(sort.textContent).toMatch(/[↕↑↓]/);
      }
      for (const button of root(el).querySelectorAll<HTMLElement>('.body [data-rc$="-6"]')) {
        const cell = button.parentElement!.getBoundingClientRect();
        expect(button.getBoundingClientRect().right, `${locale}: ${button.textContent}`).toBeLessThanOrEqual(
          cell.right,
        );
      }
      // A type cut by its column is still readable in full, in its title.
      expect(rows(el)[0]!.querySelector('[data-rc$="-1"]')!.getAttribute('title')).toBeTruthy();
    }
  });

  it('shows what the server sends as text, never as markup', async () => {
    const api = mockApi();
    await api.as('a_admin').costCenters.create({ code: 'XSS', name: '<img src=x onerror="window.__xss=1">' });
    const el = await table(api);
    await clickIn(el, 'Cost centers');
    await userEvent.fill(within(el).getByLabelText('Find a cost center'), 'xss');
    await expect(el).toShowText('<img src=x onerror="window.__xss=1">');
    expect(root(el).querySelector('img')).toBeNull();
    expect((window as { __xss?: number }).__xss).toBeUndefined();
  });
});

// ——— search, filters, sort ———

describe('license-table: search, filters and sort', () => {
  it('searches on the server once typing settles', async () => {
    const api = mockApi();
    const el = await table(api);
    const searches = () => api.requests.filter((r) => r === 'GET /licenses').length;
    const before = searches();
    // The pause that ends typing runs on fake time: however slowly a loaded machine sends the keys, no pause
    // between two of them counts as the end of typing; only the 300 ms after the last one does.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await userEvent.type(within(el).getByLabelText('Search licenses'), 'ada martin');
    await vi.advanceTimersByTimeAsync(299);
    expect(searches()).toBe(before);
    await vi.advanceTimersByTimeAsync(1);
    vi.useRealTimers();
    await expect.poll(() => total(el)).toBe('3 licenses');
    expect(searches() - before).toBe(1);
    expect(rows(el).every((r) => cellsOf(r)[2] === 'Ada Martin')).toBe(true);
  });

  it('filters by several cost centers picked in the filter’s own search box, with their counts', async () => {
    const el = await table(mockApi());
    await clickIn(el, 'Cost centers');
    const panel = root(el).querySelector('#cc-panel')!;
    await userEvent.fill(within(el).getByLabelText('Find a cost center'), 'sales');
    await expect.poll(() => panel.querySelectorAll('input[type="checkbox"]').length).toBe(1);
    const sales = Number(panel.querySelector('.count')!.textContent);
    await userEvent.click(within(panel).getByRole('checkbox', { name: /SALES-FR/ }));
    await settle(el);
    await userEvent.fill(within(el).getByLabelText('Find a cost center'), '');
    await expect.poll(() => panel.querySelectorAll('input[type="checkbox"]').length).toBe(5);
    await userEvent.click(within(panel).getByRole('checkbox', { name: /No cost center/ }));
    await settle(el);
    const none = Number(panel.querySelector('li .count')!.textContent);
    expect(total(el)).toBe(`${sales + none} licenses`);
    expect(rows(el).every((r) => ['SALES-FR', 'None'].includes(cellsOf(r)[4]!))).toBe(true);
    await expect.element(within(el).getByRole('button', { name: /Cost centers 2/ })).toBeVisible();
    await expectAccessible(el);
  });

  it('filters by product and by assigned or unassigned', async () => {
    const el = await table(mockApi());
    await pick(el, 'Product', 'prd_live');
    expect(total(el)).toBe('16 licenses');
    await pick(el, 'Assignment', 'unassigned');
    expect(total(el)).toBe('4 licenses');
    expect(rows(el).every((r) => cellsOf(r)[1] === 'Live Reports' && cellsOf(r)[2] === 'N/A')).toBe(true);
  });

  it('sorts by a column when its header is pressed, and says so with aria-sort', async () => {
    const el = await table(mockApi());
    await clickIn(el, /^Assigned to/);
    await settle(el);
    const header = root(el).querySelectorAll('[role="columnheader"]')[2]!;
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    const names = rows(el)
      .slice(0, 5)
      .map((r) => cellsOf(r)[2]!);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    await clickIn(el, /^Assigned to/);
    await settle(el);
    expect(header.getAttribute('aria-sort')).toBe('descending');
  });

  it('offers to clear search and filters when nothing matches', async () => {
    const el = await table(mockApi());
    await search(el, 'nobody-at-all');
    expect(textOf(el)).toContain('No license matches this search and these filters.');
    await expectAccessible(el);
    await clickIn(el, 'Clear search and filters');
    await settle(el);
    expect(total(el)).toBe('60 licenses');
  });

  it('pages in more licenses as the grid scrolls', async () => {
    const api = mockApi();
    const el = await table(api, 'a_admin', 'en', 20);
    const viewport = root(el).querySelector('.viewport')!;
    const before = api.requests.filter((r) => r === 'GET /licenses').length;
    viewport.scrollTop = 20 * 44;
    await expect.poll(() => api.requests.filter((r) => r === 'GET /licenses').length).toBeGreaterThan(before);
    viewport.scrollTop = 60 * 44;
    await expect.poll(() => rows(el).some((r) => r.getAttribute('aria-rowindex') === '61')).toBe(true);
    expect(rows(el).length).toBeLessThan(40);
  });

  it(
    'shows the first of 100,000 licenses at once and narrows them with a filter',
    { timeout: 60_000 },
    async () => {
      const el = await table(mockApi('large'));
      expect(total(el)).toBe('100,000 licenses');
      expect(rows(el).length).toBeGreaterThan(5);
      expect(rows(el).length).toBeLessThan(60);
      await search(el, 'ada martin');
      expect(Number(total(el).replace(/\D/g, ''))).toBeLessThan(100_000);
      expect(cellsOf(rows(el)[0]!)[2]).toContain('Ada Martin');
      await pick(el, 'Product', 'prd_live');
      expect(rows(el).every((r) => cellsOf(r)[1] === 'Live Reports')).toBe(true);
    },
  );
});

// ——— keyboard ———

describe('license-table: grid keyboard', () => {
  it('moves between cells with the arrow keys, Home and End', async () => {
    const el = await table(mockApi());
    root(el).querySelector<HTMLElement>('[data-rc="1-1"]')!.focus();
    const active = () => root(el).activeElement?.closest('[data-rc]')?.getAttribute('data-rc');
    await userEvent.keyboard('{ArrowRight}');
    expect(active()).toBe('1-2');
    await userEvent.keyboard('{ArrowDown}');
    expect(active()).toBe('2-2');
    await userEvent.keyboard('{End}');
    expect(active()).toBe('2-6');
    expect(root(el).activeElement?.tagName).toBe('BUTTON');
    await userEvent.keyboard('{Home}');
    expect(active()).toBe('2-0');
    await userEvent.keyboard('{ArrowUp}{ArrowUp}');
    expect(active()).toBe('0-0');
    expect(root(el).querySelectorAll('[role="grid"] [tabindex="0"]')).toHaveLength(1);
  });

  it('moves a page with PageDown and PageUp, rendering the rows on the way', async () => {
    const el = await table(mockApi());
    root(el).querySelector<HTMLElement>('[data-rc="1-1"]')!.focus();
    await userEvent.keyboard('{PageDown}{PageDown}{PageDown}');
    const row = Number(root(el).activeElement?.closest('[role="row"]')?.getAttribute('aria-rowindex'));
    expect(row).toBeGreaterThan(15);
    await userEvent.keyboard('{Control>}{End}{/Control}');
    expect(root(el).activeElement?.closest('[role="row"]')?.getAttribute('aria-rowindex')).toBe('61');
    await userEvent.keyboard('{PageUp}');
    expect(
      Number(root(el).activeElement?.closest('[role="row"]')?.getAttribute('aria-rowindex')),
    ).toBeLessThan(61);
  });

  it('runs the row’s action with Enter, and Escape returns to the cell', async () => {
    const el = await table(mockApi());
    const row = rowWith(el, 'N/A');
    const index = row.getAttribute('aria-rowindex')!;
    row.querySelector<HTMLElement>('[data-rc$="-1"]')!.focus();
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => dialogOf(el).open).toBe(true);
    expect(dialogOf(el).textContent).toContain('Assign a');
    await settle(el);
    await userEvent.keyboard('{Escape}');
    await expect.poll(() => dialogOf(el).open).toBe(false);
    await expect
      .poll(() => root(el).activeElement?.closest('[role="row"]')?.getAttribute('aria-rowindex'))
      .toBe(index);
  });

  it('selects rows with Space and with their boxes', async () => {
    const el = await table(mockApi());
    const first = rows(el)[0]!;
    first.querySelector<HTMLElement>('[data-rc$="-1"]')!.focus();
    await userEvent.keyboard(' ');
    expect(first.getAttribute('aria-selected')).toBe('true');
    await userEvent.click(rows(el)[1]!.querySelector('input')!);
    expect(textOf(el)).toContain('2 selected');
    expect(el.selectedLicenseIds).toHaveLength(2);
    await expectAccessible(el);
  });
});

// ——— assign and unassign ———

describe('license-table: assign and unassign', () => {
  it('assigns a free license to a user found by search, with the notification e-mail', async () => {
    const api = mockApi();
    const seen = events<{ licenseId: string; userId: string; notify: boolean }>('allot-license-assigned');
    const el = await table(api);
    await pick(el, 'Product', 'prd_live');
    const row = rowWith(el, 'N/A');
    await open(el, 'Assign', row);
    await expectAccessible(el);
    await userEvent.fill(inDialog(el).getByLabelText('Find a user'), 'lina');
    await expect.poll(() => dialogOf(el).textContent).toContain('lina@portal-a.test');
    await userEvent.click(inDialog(el).getByRole('radio', { name: /Lina Roux/ }));
    await userEvent.click(inDialog(el).getByLabelText('Send a product-change notification e-mail'));
    await clickIn(dialogOf(el), 'Assign');
    await expect(el).toAnnounce('The Live Reports license is now assigned to Lina Roux.');
    expect(dialogOf(el).open).toBe(false);
    expect(cellsOf(row)[2]).toBe('Lina Roux');
    const detail = seen.at(-1)!.detail;
    expect(detail).toMatchObject({ userId: 'usr_member', notify: true });
    expect(seen.at(-1)!.bubbles && seen.at(-1)!.composed).toBe(true);
    const { data } = await api.as('a_admin').licenses.get(detail.licenseId);
    expect(data.assignee?.name).toBe('Lina Roux');
  });

  it('moves the assigned and unassigned counts with an assignment, without reading the list again', async () => {
    const api = mockApi();
    const el = await table(api);
    const split = () => root(el).querySelector('.summary .muted')?.textContent?.replace(/\s+/g, ' ').trim();
    await pick(el, 'Product', 'prd_live');
    const { facets } = await api.as('a_admin').licenses.list({ limit: 1, productId: ['prd_live'] });
    const { assigned, unassigned } = facets.status;
    expect(split()).toBe(`· ${assigned} assigned, ${unassigned} unassigned`);
    const reads = api.requests.filter((r) => r === 'GET /licenses').length;
    await open(el, 'Assign', rowWith(el, 'N/A'));
    await userEvent.fill(inDialog(el).getByLabelText('Find a user'), 'lina');
    await expect.poll(() => dialogOf(el).textContent).toContain('lina@portal-a.test');
    await userEvent.click(inDialog(el).getByRole('radio', { name: /Lina Roux/ }));
    await clickIn(dialogOf(el), 'Assign');
    await expect(el).toAnnounce('The Live Reports license is now assigned to Lina Roux.');
    expect(split()).toBe(`· ${assigned + 1} assigned, ${unassigned - 1} unassigned`);
    expect(total(el)).toBe(`${assigned + unassigned} licenses`);
    expect(api.requests.filter((r) => r === 'GET /licenses').length).toBe(reads);
  });

  it('keeps the count and the rows in step under a status filter: a row that no longer matches leaves the list', async () => {
    const api = mockApi();
    const el = await table(api);
    await pick(el, 'Product', 'prd_live');
    await pick(el, 'Assignment', 'unassigned');
    expect(total(el)).toBe('4 licenses');
    expect(rows(el)).toHaveLength(4);
    await open(el, 'Assign', rows(el)[0]!);
    await userEvent.fill(inDialog(el).getByLabelText('Find a user'), 'lina');
    await expect.poll(() => dialogOf(el).textContent).toContain('lina@portal-a.test');
    await userEvent.click(inDialog(el).getByRole('radio', { name: /Lina Roux/ }));
    await clickIn(dialogOf(el), 'Assign');
    await expect(el).toAnnounce(
      'The Live Reports license is now assigned to Lina Roux. It no longer matches the filter, so it left the list.',
    );
    await expect.poll(() => rows(el).length).toBe(3);
    expect(total(el)).toBe('3 licenses');
    expect(rows(el).every((r) => cellsOf(r)[2] === 'N/A')).toBe(true);
    // Focus stays in the grid, on the row that took the place of the one that left.
    await expect.poll(() => focused()?.closest('[role="row"]')).toBe(rows(el)[0]);

    await pick(el, 'Assignment', 'assigned');
    const assigned = rows(el).length;
    await open(el, 'Unassign', rowWith(el, 'Lina Roux'));
    await clickIn(dialogOf(el), 'Unassign');
    await expect(el).toAnnounce(
      'The Live Reports license of Lina Roux is back in the pool. It no longer matches the filter, so it left the list.',
    );
    await expect.poll(() => rows(el).length).toBe(assigned - 1);
    expect(total(el)).toBe(`${assigned - 1} licenses`);
  });

  it('asks for a user before assigning', async () => {
    const el = await table(mockApi());
    await open(el, 'Assign', rowWith(el, 'N/A'));
    await clickIn(dialogOf(el), 'Assign');
    expect(fieldError(el, 'f-userId')).toBe('Choose the user to give this license to.');
    expect(root(el).activeElement?.id).toBe('up-q');
  });

  it('marks the users who already hold the product and does not let them be picked', async () => {
    const el = await table(mockApi());
    await pick(el, 'Product', 'prd_connect');
    await pick(el, 'Assignment', 'unassigned');
    await open(el, 'Assign', rows(el)[0]!);
    await userEvent.fill(inDialog(el).getByLabelText('Find a user'), 'sofia');
    const sofia = inDialog(el).getByRole('radio', { name: /Sofia Owner/ });
    await expect.element(sofia).toBeDisabled();
    await expect.element(sofia).toHaveAccessibleDescription('· Already has Connect Standard');
    await userEvent.fill(inDialog(el).getByLabelText('Find a user'), 'hugo wagner');
    await expect.element(inDialog(el).getByRole('radio', { name: /Hugo Wagner/ })).toBeEnabled();
    await expectAccessible(el);
  });

  it('shows the new assignee at once and puts the row back when the server refuses (product_already_assigned)', async () => {
    const api = mockApi();
    // While the admin picks Hugo, another admin gives him a Connect Standard seat: the server refuses ours.
    const client = racing(api, /assign$/, async (path) => {
      const free = await licenses(api, { productId: ['prd_connect'], status: 'unassigned' });
      const other = free.find((l) => !path.includes(l.id))!;
      await api
        .as('a_super_admin')
        .licenses.assign(other.id, { userId: 'usr_g00028' }, { ifMatch: other.etag });
    });
    const el = await tableOf(client);
    await pick(el, 'Product', 'prd_connect');
    await pick(el, 'Assignment', 'unassigned');
    const row = rows(el)[0]!;
    await open(el, 'Assign', row);
    await userEvent.fill(inDialog(el).getByLabelText('Find a user'), 'hugo wagner');
    await userEvent.click(await inDialog(el).getByRole('radio', { name: /Hugo Wagner/ }));
    const release = api.hold();
    await clickIn(dialogOf(el), 'Assign');
    await expect.poll(() => cellsOf(row)[2]).toBe('Hugo Wagner');
    release();
    await expect.poll(() => cellsOf(row)[2]).toBe('N/A');
    expect(fieldError(el, 'f-userId')).toBe(
      'This user already has a license of this product. Choose someone else.',
    );
    expect((root(el).querySelector('#up-q') as HTMLInputElement).value).toBe('hugo wagner');
    await expectAccessible(el);
  });

  it('refreshes the row and says so when someone else changed the license (precondition_failed)', async () => {
    const api = mockApi();
    const el = await table(api);
    await pick(el, 'Product', 'prd_live');
    // The newest free license (no status filter: the row stays in the list to show what changed).
    const row = rowWith(el, 'N/A');
    await open(el, 'Assign', row);
    const license = (
      await licenses(api, { productId: ['prd_live'], status: 'unassigned', sort: '-addedAt' })
    )[0]!;
    await api
      .as('a_super_admin')
      .licenses.assign(license.id, { userId: 'usr_member' }, { ifMatch: license.etag });
    await userEvent.fill(inDialog(el).getByLabelText('Find a user'), 'marc');
    await userEvent.click(await inDialog(el).getByRole('radio', { name: /Marc Weber/ }));
    await clickIn(dialogOf(el), 'Assign');
    await expect(el).toShowText(
      'Someone else changed this license in the meantime; the table now shows its latest state. It is now assigned to Lina Roux.',
    );
    expect(cellsOf(row)[2]).toBe('Lina Roux');
  });

  it('says someone assigned the license first when the server finds it taken (license_already_assigned)', async () => {
    const api = mockApi();
    const free = (
      await licenses(api, { productId: ['prd_live'], status: 'unassigned', sort: '-addedAt' })
    )[0]!;
    const client = racing(api, /assign$/, async () => {
      await api
        .as('a_super_admin')
        .licenses.assign(free.id, { userId: 'usr_manager' }, { ifMatch: free.etag });
    });
    const el = await tableOf(client);
    await pick(el, 'Product', 'prd_live');
    // The newest free license (no status filter: the row stays in the list to show what changed).
    const row = rowWith(el, 'N/A');
    await open(el, 'Assign', row);
    await userEvent.fill(inDialog(el).getByLabelText('Find a user'), 'lina');
    await userEvent.click(await inDialog(el).getByRole('radio', { name: /Lina Roux/ }));
    await clickIn(dialogOf(el), 'Assign');
    await expect(el).toShowText(
      'Someone assigned this license in the meantime. It is now assigned to Marc Weber.',
    );
    expect(cellsOf(row)[2]).toBe('Marc Weber');
  });

  it('unassigns after a confirmation that the license goes back to the pool', async () => {
    const api = mockApi();
    const seen = events<{ licenseId: string; userId: string; stillBilledQueueIds: string[] }>(
      'allot-license-unassigned',
    );
    const el = await table(api);
    await search(el, 'sofia live');
    const row = rows(el)[0]!;
    await open(el, 'Unassign', row);
    expect(dialogOf(el).textContent).toContain('Unassign the Live Reports license from Sofia Owner?');
    expect(dialogOf(el).textContent).toContain('goes back to the pool');
    await expectAccessible(el);
    await clickIn(dialogOf(el), 'Unassign');
    await expect(el).toAnnounce('The Live Reports license of Sofia Owner is back in the pool.');
    expect(cellsOf(row)[2]).toBe('N/A');
    expect(seen.at(-1)!.detail).toMatchObject({ userId: 'usr_super', stillBilledQueueIds: [] });
    const { data } = await api.as('a_admin').licenses.get(seen.at(-1)!.detail.licenseId);
    expect(data.assignee).toBeNull();
  });

  it('warns that Contact Center stays billed after unassigning Connect Standard from someone in queues', async () => {
    const el = await table(mockApi());
    await search(el, 'ada martin connect');
    await open(el, 'Unassign', rows(el)[0]!);
    await clickIn(dialogOf(el), 'Unassign');
    await expect.poll(() => root(el).querySelector('[part="notice"]')).not.toBeNull();
    const text = root(el).querySelector('[part="notice"]')!.textContent!.replace(/\s+/g, ' ');
    expect(text).toContain(
      'Ada Martin is still in 2 contact-center queues, so a Contact Center license is still billed',
    );
    expect(text).toContain('Support FR: call queue, agent');
    expect(text).toContain('Renewals: outbound queue, supervisor');
    await expectAccessible(el);
    await clickIn(el, /^Manage the products and queues of Ada Martin/);
    await expect.poll(() => dialogOf(el).open).toBe(true);
    await settle(el);
    expect(dialogOf(el).textContent).toContain('Products of Ada Martin');
  });

  it('warns before unassigning Connect Standard from someone in queues, as the products panel does, and can take them out', async () => {
    const api = mockApi();
    const el = await table(api);
    await search(el, 'ada martin connect');
    await open(el, 'Unassign', rows(el)[0]!);
    await expect.poll(() => dialogOf(el).querySelector('[part="warning"]')).not.toBeNull();
    const warning = dialogOf(el).querySelector('[part="warning"]')!.textContent!.replace(/\s+/g, ' ');
    expect(warning).toContain(
      'Removing Connect Standard does not remove Contact Center billing. Ada Martin is still in 2 contact-center queues',
    );
    expect(warning).toContain('Support FR: call queue, agent');
    await expectAccessible(el);
    await userEvent.click(
      inDialog(el).getByLabelText(
        'Also remove Ada Martin from all 2 queues (frees the Contact Center license)',
      ),
    );
    await clickIn(dialogOf(el), 'Unassign');
    await expect(el).toAnnounce(
      'The Connect Standard license of Ada Martin is back in the pool, and Ada Martin left 2 queues.',
    );
    expect(root(el).querySelector('[part="notice"]')).toBeNull();
    expect((await api.as('a_admin').users.products.list('usr_admin')).queues).toEqual([]);
  });

  it('puts an unassigned row back and shows its latest state when someone else changed it (precondition_failed)', async () => {
    const api = mockApi();
    const el = await table(api);
    await search(el, 'sofia live');
    const row = rows(el)[0]!;
    await open(el, 'Unassign', row);
    const [license] = await licenses(api, { q: 'sofia live' });
    await api.as('a_super_admin').licenses.unassign(license!.id, {}, { ifMatch: license!.etag });
    await clickIn(dialogOf(el), 'Unassign');
    await expect(el).toShowText('It is now unassigned.');
    expect(cellsOf(row)[2]).toBe('N/A');
  });

  it('says the license is already back in the pool when the server finds it so (license_not_assigned)', async () => {
    const api = mockApi();
    const [license] = await licenses(api, { q: 'sofia live' });
    const client = racing(api, /unassign$/, async () => {
      await api.as('a_super_admin').licenses.unassign(license!.id, {}, { ifMatch: license!.etag });
    });
    const el = await tableOf(client);
    await search(el, 'sofia live');
    await open(el, 'Unassign', rows(el)[0]!);
    await clickIn(dialogOf(el), 'Unassign');
    await expect(el).toShowText('This license is already back in the pool.');
  });
});

// ——— user products ———

describe('license-table: a user’s products', () => {
  it('reaches a user’s products from the user, found from the toolbar, not only from a license row', async () => {
    const api = mockApi();
    const el = await table(api);
    await userEvent.click(within(el).getByRole('button', { name: 'A user’s products' }));
    await expect.poll(() => dialogOf(el).open).toBe(true);
    expect(textOf(dialogOf(el))).toContain('Find a user to see, add or remove their products and features.');
    // Nobody picked: said by the list, nothing opened.
    await clickIn(dialogOf(el), 'Show products');
    expect(fieldError(el, 'f-userId')).toBe('Choose the user whose products to show.');
    await userEvent.fill(inDialog(el).getByLabelText('Find a user'), 'lina');
    await expect.poll(() => dialogOf(el).textContent).toContain('lina@portal-a.test');
    await userEvent.click(inDialog(el).getByRole('radio', { name: /Lina Roux/ }));
    await clickIn(dialogOf(el), 'Show products');
    await expect.poll(() => textOf(dialogOf(el))).toContain('Products of Lina Roux');
    await expect.poll(() => focused()?.id).toBe('dialog-title');
    await expectAccessible(el);
  });

  it('shows the user’s products button disabled, with the reason, to a token that may only read', async () => {
    const api = mockApi();
    const el = await readOnlyTable(api);
    const button = within(el).getByRole('button', { name: 'A user’s products' });
    await expect.element(button).toHaveAttribute('aria-disabled', 'true');
    await expect.element(button).toHaveAttribute('aria-describedby', 'reason-assign');
  });

  it('adds a product with its feature toggles and the notification e-mail', async () => {
    const api = mockApi();
    const seen = events<{ userId: string; added: string[] }>('allot-user-products-changed');
    const el = await table(api);
    await openProducts(el, 'Lina Roux');
    await expectAccessible(el);
    await userEvent.click(inDialog(el).getByRole('checkbox', { name: /^Live Reports/ }));
    await userEvent.click(inDialog(el).getByRole('switch', { name: 'Agent monitoring requests' }));
    await userEvent.click(inDialog(el).getByLabelText('Send a product-change notification e-mail'));
    await clickIn(dialogOf(el), 'Save products');
    await expect(el).toAnnounce('The products of Lina Roux are saved.');
    const { products } = await api.as('a_admin').users.products.list('usr_member');
    expect(products.find((p) => p.productId === 'prd_live')?.features).toEqual({ agent_monitoring: true });
    expect(seen.at(-1)!.detail).toMatchObject({ userId: 'usr_member', added: ['prd_live'] });
    expect(api.service.state.licenses.notifications.at(-1)).toMatchObject({
      userId: 'usr_member',
      change: 'added',
    });
  });

  it('changes a feature toggle of a product the user holds', async () => {
    const api = mockApi();
    const el = await table(api);
    await openProducts(el, 'Lina Roux');
    await userEvent.click(inDialog(el).getByRole('switch', { name: 'Voicemail transcription' }));
    await clickIn(dialogOf(el), 'Save products');
    await expect(el).toAnnounce('The products of Lina Roux are saved.');
    const { products } = await api.as('a_admin').users.products.list('usr_member');
    expect(products[0]?.features['voicemail_transcription']).toBe(true);
  });

  it('warns before removing Connect Standard that Contact Center stays billed, listing the queues', async () => {
    const el = await table(mockApi());
    await openProducts(el, 'Ada Martin');
    await userEvent.click(inDialog(el).getByRole('checkbox', { name: /^Connect Standard/ }));
    const warning = dialogOf(el).querySelector('[part="warning"]')!.textContent!.replace(/\s+/g, ' ');
    expect(warning).toContain(
      'Removing Connect Standard does not remove Contact Center billing. Ada Martin is still in 2 contact-center queues',
    );
    expect(warning).toContain('Support FR: call queue, agent');
    expect(warning).toContain('Renewals: outbound queue, supervisor');
    await expectAccessible(el);
  });

  it('takes the user out of all their queues in the same step when asked', async () => {
    const api = mockApi();
    const seen = events<{ removed: string[]; removedFromQueueIds: string[] }>('allot-user-products-changed');
    const el = await table(api);
    await openProducts(el, 'Ada Martin');
    await userEvent.click(inDialog(el).getByRole('checkbox', { name: /^Connect Standard/ }));
    await userEvent.click(
      inDialog(el).getByLabelText(
        'Also remove Ada Martin from all 2 queues (frees the Contact Center license)',
      ),
    );
    await clickIn(dialogOf(el), 'Save products');
    await expect(el).toAnnounce('The products of Ada Martin are saved, and Ada Martin left 2 queues.');
    const after = await api.as('a_admin').users.products.list('usr_admin');
    expect(after.queues).toEqual([]);
    expect(after.products.map((p) => p.productId)).toEqual(['prd_live']);
    expect(seen.at(-1)!.detail.removed).toEqual(['prd_connect']);
    expect([...seen.at(-1)!.detail.removedFromQueueIds].sort()).toEqual(['que_renewals', 'que_support_fr']);
  });

  it('keeps saying Contact Center is still billed after removing Connect Standard alone, and offers to leave the queues', async () => {
    const api = mockApi();
    const el = await table(api);
    await openProducts(el, 'Ada Martin');
    await userEvent.click(inDialog(el).getByRole('checkbox', { name: /^Connect Standard/ }));
    await clickIn(dialogOf(el), 'Save products');
    await expect(el).toAnnounce(
      'The products of Ada Martin are saved, but a Contact Center license stays billed: see the queues above.',
    );
    expect(dialogOf(el).open).toBe(true);
    await clickIn(dialogOf(el), 'Remove Ada Martin from all these queues');
    await expect(el).toAnnounce(
      'Ada Martin left 2 queues; the Contact Center license went back to the pool.',
    );
    expect((await api.as('a_admin').users.products.list('usr_admin')).queues).toEqual([]);
  });

  it('never assigns a seat the admin did not choose after leaving the queues (the Contact Center seat went back to the pool)', async () => {
    const api = mockApi();
    const admin = api.as('a_admin');
    const el = await table(api);
    const contactCenterSeats = async () =>
      (await admin.licenses.list({ q: 'ada martin', status: 'assigned', limit: 200 })).items.filter(
        (l) => l.productCode === 'contact_center' && l.assignee?.id === 'usr_admin',
      ).length;
    expect(await contactCenterSeats()).toBe(1);
    await openProducts(el, 'Ada Martin');
    await userEvent.click(inDialog(el).getByRole('checkbox', { name: /^Connect Standard/ }));
    await clickIn(dialogOf(el), 'Save products');
    await expect(el).toAnnounce(
      'The products of Ada Martin are saved, but a Contact Center license stays billed: see the queues above.',
    );
    await clickIn(dialogOf(el), 'Remove Ada Martin from all these queues');
    await expect(el).toAnnounce(
      'Ada Martin left 2 queues; the Contact Center license went back to the pool.',
    );
    expect(await contactCenterSeats()).toBe(0);
    // The panel shows what the user now holds: the Contact Center box follows the server, not the first reading.
    await expect.element(inDialog(el).getByRole('checkbox', { name: /^Contact Center/ })).not.toBeChecked();
    await clickIn(dialogOf(el), 'Save products');
    await expect(el).toAnnounce('The products of Ada Martin are saved.');
    expect(await contactCenterSeats()).toBe(0);
    const held = (await admin.users.products.list('usr_admin')).products.map((p) => p.productCode);
    expect(held).not.toContain('contact_center');
  });

  it('offers to buy when no free license of a product is left (no_free_license)', async () => {
    const api = mockApi();
    const free = await licenses(api, { productId: ['prd_cc'], status: 'unassigned' });
    for (const [i, l] of free.entries()) {
      await api.as('a_admin').licenses.assign(l.id, { userId: `usr_g000${i + 11}` }, { ifMatch: l.etag });
    }
    const el = await table(api);
    await openProducts(el, 'Lina Roux');
    await userEvent.click(inDialog(el).getByRole('checkbox', { name: /^Contact Center/ }));
    await clickIn(dialogOf(el), 'Save products');
    await expect.poll(() => fieldError(el, 'p-prd_cc')).toContain('No free license of this product is left.');
    await expectAccessible(el);
    await clickIn(dialogOf(el), 'Buy Contact Center licenses');
    await settle(el);
    expect(dialogOf(el).textContent).toContain('Cart');
    expect((root(el).querySelector('#f-p0') as HTMLSelectElement).value).toBe('prd_cc');
  });

  it('says the user no longer holds a product someone else removed (product_not_assigned)', async () => {
    const api = mockApi();
    const el = await table(api);
    await openProducts(el, 'Sofia Owner');
    await api.as('a_admin').users.products.remove('usr_super', 'prd_live');
    await userEvent.click(inDialog(el).getByRole('checkbox', { name: /^Live Reports/ }));
    await clickIn(dialogOf(el), 'Save products');
    await expect.poll(() => fieldError(el, 'p-prd_live')).toContain('This user no longer has this product');
  });

  it('says the user already got a product someone else added (product_already_assigned)', async () => {
    const api = mockApi();
    const el = await table(api);
    await openProducts(el, 'Lina Roux');
    await api.as('a_admin').users.products.add('usr_member', { productId: 'prd_live' });
    await userEvent.click(inDialog(el).getByRole('checkbox', { name: /^Live Reports/ }));
    await clickIn(dialogOf(el), 'Save products');
    await expect
      .poll(() => fieldError(el, 'p-prd_live'))
      .toContain('This user already has a license of this product.');
  });
});

// ——— purchase ———

async function toAllocation(el: LicenseTable, quantities: [string, string] = ['3', '2']) {
  await clickIn(el, 'Buy licenses');
  await expect.poll(() => dialogOf(el).open).toBe(true);
  await settle(el);
  await userEvent.fill(inDialog(el).getByLabelText('Quantity of line 1'), quantities[0]);
  await clickIn(dialogOf(el), 'Add a product');
  await userEvent.selectOptions(inDialog(el).getByLabelText('Product of line 2'), 'prd_live');
  await userEvent.fill(inDialog(el).getByLabelText('Quantity of line 2'), quantities[1]);
  await clickIn(dialogOf(el), 'Next');
  await expect.poll(() => dialogOf(el).querySelector('h2')?.textContent).toBe('Cost centers');
  await settle(el);
}

async function chooseCenter(el: LicenseTable, id: string) {
  await userEvent.selectOptions(inDialog(el).getByLabelText('Cost center', { exact: true }), id);
}

/** Types in the allocation step's cost-center search (the search goes once typing settles). */
async function findCenter(el: LicenseTable, q: string) {
  await userEvent.fill(inDialog(el).getByLabelText('Find a cost center'), q);
}

const centerSelect = (el: Element) => root(el).querySelector<HTMLSelectElement>('#f-cc')!;
const centerOptions = (el: Element) => [...centerSelect(el).options].map((o) => o.value);
const searchStatus = (el: Element) => root(el).querySelector('#cc-find-status')?.textContent?.trim() ?? '';

const DAY_MS = 86_400_000;
/** What the mock charges today for `perPeriod` (minor units): the days left until the 1st of next month, prorated. */
function prorated(perPeriod: number, period: 'month' | 'year'): number {
  const now = new Date(TEST_NOW);
  const [y, m, d] = [now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()];
  const next = Date.UTC(y, m + 1, 1);
  const start = period === 'month' ? Date.UTC(y, m, 1) : Date.UTC(y - 1, m + 1, 1);
  return Math.floor((perPeriod * (next - Date.UTC(y, m, d))) / DAY_MS / ((next - start) / DAY_MS));
}
const nextBillingDay = () => {
  const now = new Date(TEST_NOW);
  return new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(
    Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1),
  );
};
const euros = (cents: number) =>
  new Intl.NumberFormat('en', { style: 'currency', currency: 'EUR' }).format(cents / 100);
const summaryOf = (el: Element) =>
  [...root(el).querySelectorAll('[part="charges"], [part="recurring"]')].map((s) => textOf(s)).join(' | ');

describe('license-table: buying licenses', () => {
  it('prices each line of the cart as it is typed', async () => {
    const el = await table(mockApi());
    await clickIn(el, 'Buy licenses');
    await expect.poll(() => dialogOf(el).open).toBe(true);
    await settle(el);
    await userEvent.fill(inDialog(el).getByLabelText('Quantity of line 1'), '3');
    await expect(dialogOf(el)).toShowText('3 × €24.00 = €72.00 per month');
    await clickIn(dialogOf(el), 'Add a product');
    await userEvent.selectOptions(inDialog(el).getByLabelText('Product of line 2'), 'prd_live');
    await userEvent.fill(inDialog(el).getByLabelText('Quantity of line 2'), '2');
    await expect(dialogOf(el)).toShowText('2 × €150.00 = €300.00 per year');
  });

  it('buys through cart, cost-center allocation, review with a confirmation box, and a printable statement', async () => {
    const api = mockApi();
    const seen = events<{ orderId: string; lines: unknown[]; total: { amount: number } }>(
      'allot-licenses-purchased',
    );
    const el = await table(api);
    await toAllocation(el);
    await expectAccessible(el);
    await chooseCenter(el, 'cc_sales_fr');
    await clickIn(dialogOf(el), 'Assign to all');
    await expect.poll(() => dialogOf(el).textContent).toContain('SALES-FR (3)');
    await clickIn(dialogOf(el), 'Next');
    // 3 × Connect at €24.00 a month and 2 × Live Reports at €150.00 a year: charged today for the days until
    // the next billing date, then each product per its own period, never summed into one figure.
    const today = prorated(7200, 'month') + prorated(30000, 'year');
    const tax = Math.round(today * 0.2);
    const charges = summaryOf(el);
    expect(charges).toContain(`Charged today, for the days until ${nextBillingDay()}`);
    expect(charges).toContain(`Subtotal ${euros(today)}`);
    expect(charges).toContain(`Tax (20%) ${euros(tax)}`);
    expect(charges).toContain(`Total charged today ${euros(today + tax)}`);
    expect(charges).toContain(`Then, from ${nextBillingDay()}`);
    expect(charges).toContain('Every month €86.40 incl. tax (€72.00 + €14.40)');
    expect(charges).toContain('Every year €360.00 incl. tax (€300.00 + €60.00)');
    expect(textOf(dialogOf(el))).not.toContain('€372.00');
    expect(textOf(dialogOf(el))).toContain('€72.00 per month');
    expect(textOf(dialogOf(el))).toContain('€300.00 per year');
    await expect
      .element(inDialog(el).getByRole('button', { name: `Confirm the order (${euros(today + tax)})` }))
      .toBeVisible();
    await expectAccessible(el);
    await userEvent.click(
      inDialog(el).getByLabelText('I have read and understood this order and its charges.'),
    );
    await clickIn(dialogOf(el), /^Confirm the order/);
    await expect(el).toAnnounce('5 licenses bought for');
    const statement = dialogOf(el).querySelector('[part="statement"]')!;
    // A number people can quote: the portal's first order of the year.
    expect(textOf(statement)).toContain(`Order LO-${new Date(TEST_NOW).getUTCFullYear()}-0001`);
    expect(textOf(statement)).toContain(`Total charged today ${euros(today + tax)}`);
    expect(textOf(statement)).toContain('Every year €360.00 incl. tax (€300.00 + €60.00)');
    await expect.element(within(statement).getByRole('button', { name: 'Print' })).toBeVisible();
    await expectAccessible(el);
    expect(seen.at(-1)!.detail.lines).toEqual([
      { productId: 'prd_connect', quantity: 3 },
      { productId: 'prd_live', quantity: 2 },
    ]);
    await clickIn(dialogOf(el), 'Done');
    await expect.poll(() => total(el)).toBe('65 licenses');
  });

  it('keeps each step’s choices going back and forward', async () => {
    const api = mockApi();
    const el = await table(api);
    await toAllocation(el, ['4', '1']);
    await chooseCenter(el, 'cc_rnd');
    await clickIn(dialogOf(el), 'Assign to all');
    await expect.poll(() => dialogOf(el).textContent).toContain('RND (4)');
    await clickIn(dialogOf(el), 'Back');
    expect((root(el).querySelector('#f-q0') as HTMLInputElement).value).toBe('4');
    const quotes = api.requests.filter((r) => r === 'POST /license-quotes').length;
    await clickIn(dialogOf(el), 'Next');
    await settle(el);
    expect(dialogOf(el).textContent).toContain('RND (4)');
    expect(api.requests.filter((r) => r === 'POST /license-quotes').length).toBe(quotes);
  });

  it('checks the cart before asking for a quote', async () => {
    const api = mockApi();
    const el = await table(api);
    await clickIn(el, 'Buy licenses');
    await expect.poll(() => dialogOf(el).open).toBe(true);
    await settle(el);
    await userEvent.fill(inDialog(el).getByLabelText('Quantity of line 1'), '0');
    await clickIn(dialogOf(el), 'Add a product');
    await userEvent.selectOptions(inDialog(el).getByLabelText('Product of line 2'), 'prd_connect');
    await clickIn(dialogOf(el), 'Next');
    expect(fieldError(el, 'f-q0')).toBe('Enter a whole number from 1 to 10,000.');
    expect(fieldError(el, 'f-p1')).toBe('This product is already in the cart.');
    expect(api.requests).not.toContain('POST /license-quotes');
    await expectAccessible(el);
  });

  it('assigns the selected lines to a cost center, after asking to select some', async () => {
    const el = await table(mockApi());
    await toAllocation(el);
    await chooseCenter(el, 'cc_mkt_eu');
    await clickIn(dialogOf(el), 'Assign to selection');
    await expect(el).toShowText('Select at least one line.');
    await userEvent.click(inDialog(el).getByLabelText('Select Live Reports'));
    await clickIn(dialogOf(el), 'Assign to selection');
    await expect.poll(() => dialogOf(el).textContent).toContain('MKT-EU (2)');
    expect(dialogOf(el).textContent).toContain('Not allocated yet');
  });

  it('splits a line across cost centers and says when the parts do not add up (allocation_mismatch)', async () => {
    const el = await table(mockApi());
    await toAllocation(el, ['10', '1']);
    await clickIn(dialogOf(el), /^Split\s*:\s*Connect Standard$/);
    await userEvent.selectOptions(inDialog(el).getByLabelText('Cost center of part 1'), 'cc_sales_fr');
    await userEvent.selectOptions(inDialog(el).getByLabelText('Cost center of part 2'), 'cc_rnd');
    await userEvent.fill(inDialog(el).getByLabelText('Licenses of part 1'), '6');
    await userEvent.fill(inDialog(el).getByLabelText('Licenses of part 2'), '3');
    await clickIn(dialogOf(el), 'Apply the split');
    await expect
      .poll(() => fieldError(el, 'f-split'))
      .toBe('The parts must add up to the line’s quantity exactly.');
    await expectAccessible(el);
    await userEvent.fill(inDialog(el).getByLabelText('Licenses of part 2'), '4');
    await clickIn(dialogOf(el), 'Apply the split');
    await expect.poll(() => dialogOf(el).textContent).toContain('SALES-FR (6), RND (4)');
  });

  it('says a cost center cannot take two parts of one split (validation_failed)', async () => {
    const el = await table(mockApi());
    await toAllocation(el, ['10', '1']);
    await clickIn(dialogOf(el), /^Split\s*:\s*Connect Standard$/);
    await userEvent.selectOptions(inDialog(el).getByLabelText('Cost center of part 1'), 'cc_rnd');
    await userEvent.selectOptions(inDialog(el).getByLabelText('Cost center of part 2'), 'cc_rnd');
    await clickIn(dialogOf(el), 'Apply the split');
    await expect(el).toShowText('Some values are not valid. Check the form and try again.');
  });

  it('creates a cost center inline and refuses a code already in use (cost_center_exists)', async () => {
    const el = await table(mockApi());
    await toAllocation(el);
    await clickIn(dialogOf(el), 'New cost center');
    await userEvent.fill(inDialog(el).getByLabelText('Code'), 'sales-fr');
    await userEvent.fill(inDialog(el).getByLabelText('Name'), 'Sales again');
    await clickIn(dialogOf(el), 'Create');
    await expect
      .poll(() => fieldError(el, 'f-code'))
      .toBe('A cost center already uses this code. Choose another code.');
    expect((root(el).querySelector('#f-name') as HTMLInputElement).value).toBe('Sales again');
    await userEvent.fill(inDialog(el).getByLabelText('Code'), 'OPS-DE');
    await clickIn(dialogOf(el), 'Create');
    await expect(el).toAnnounce('Cost center OPS-DE created and chosen.');
    await clickIn(dialogOf(el), 'Assign to all');
    await expect.poll(() => dialogOf(el).textContent).toContain('OPS-DE (3)');
  });

  it('finds a cost center beyond the first 100 by searching the server, and allocates to it', async () => {
    const api = mockApi();
    const admin = api.as('a_admin');
    // 105 centers whose codes sort first push the others, ZULU last, beyond the first 100.
    for (let n = 1; n <= 105; n++)
      await admin.costCenters.create({ code: `AREA-${String(n).padStart(3, '0')}`, name: `Area ${n}` });
    await admin.costCenters.create({ code: 'ZULU', name: '<b>Zulu</b> team' });
    const el = await table(api);
    await toAllocation(el);
    await expect.poll(() => centerOptions(el).length).toBe(101);
    expect(searchStatus(el)).toBe('Showing the first 100: refine the search.');
    expect(textOf(centerSelect(el))).not.toContain('ZULU');
    const lists = () => api.requests.filter((r) => r === 'GET /cost-centers').length;
    const before = lists();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }); // typing is one burst (see the table's search)
    await userEvent.type(inDialog(el).getByLabelText('Find a cost center'), 'zulu');
    await vi.advanceTimersByTimeAsync(1000);
    vi.useRealTimers();
    await expect.poll(() => searchStatus(el)).toBe('1 cost center found.');
    expect(lists() - before).toBe(1);
    expect(textOf(centerSelect(el))).toBe('Choose… ZULU · <b>Zulu</b> team');
    expect(centerSelect(el).querySelector('b')).toBeNull();
    await userEvent.selectOptions(
      inDialog(el).getByLabelText('Cost center', { exact: true }),
      'ZULU · <b>Zulu</b> team',
    );
    await clickIn(dialogOf(el), 'Assign to all');
    await expect.poll(() => dialogOf(el).textContent).toContain('ZULU (3)');
    await expectAccessible(el);
  });

  it('says when no cost center matches, and keeps the chosen one through searches that do not find it', async () => {
    const el = await table(mockApi());
    await toAllocation(el);
    await chooseCenter(el, 'cc_rnd');
    await findCenter(el, 'sales');
    await expect.poll(() => searchStatus(el)).toBe('1 cost center found.');
    expect(centerOptions(el)).toEqual(['', 'cc_rnd', 'cc_sales_fr']);
    expect(centerSelect(el).value).toBe('cc_rnd');
    // Back to every center: the options move under the choice, which must stay on RND.
    await findCenter(el, '');
    await expect
      .poll(() => centerOptions(el))
      .toEqual(['', 'cc_mkt_eu', 'cc_rnd', 'cc_sales_fr', 'cc_support_de']);
    expect(centerSelect(el).value).toBe('cc_rnd');
    await findCenter(el, 'zzz');
    await expect.poll(() => searchStatus(el)).toBe('No cost center matches “zzz”.');
    expect(centerOptions(el)).toEqual(['', 'cc_rnd']);
    expect(textOf(centerSelect(el).selectedOptions[0]!)).toBe('RND · Research and Development');
    await expectAccessible(el);
    await clickIn(dialogOf(el), 'Assign to all');
    await expect.poll(() => dialogOf(el).textContent).toContain('RND (3)');
  });

  it('keeps the search, the choice and the centers found when a search fails, and says why', async () => {
    const api = mockApi();
    const el = await table(api);
    await toAllocation(el);
    await chooseCenter(el, 'cc_rnd');
    api.service.faults.set({ errorRate: { listCostCenters: 1 } });
    await findCenter(el, 'sales');
    await expect
      .poll(() => fieldError(el, 'cc-find'))
      .toBe('The service is not available right now. Try again in a moment. Try again');
    await expect(el).toAnnounce('The service is not available right now.');
    expect(root(el).querySelector<HTMLInputElement>('#cc-find')!.value).toBe('sales');
    expect(centerSelect(el).value).toBe('cc_rnd');
    expect(centerOptions(el)).toEqual(['', 'cc_mkt_eu', 'cc_rnd', 'cc_sales_fr', 'cc_support_de']);
    await expectAccessible(el);
    api.service.faults.clear();
    await clickIn(dialogOf(el), 'Try again');
    await expect.poll(() => searchStatus(el)).toBe('1 cost center found.');
    expect(fieldError(el, 'cc-find')).toBe('');
    expect(centerSelect(el).value).toBe('cc_rnd');
  });

  it('asks to tick the confirmation box (terms_not_accepted)', async () => {
    const api = mockApi();
    const el = await table(api);
    await toAllocation(el);
    await clickIn(dialogOf(el), 'Next');
    await clickIn(dialogOf(el), /^Confirm the order/);
    await expect
      .poll(() => fieldError(el, 'f-acceptTerms'))
      .toBe('Tick the box to confirm that you read the order and its charges.');
    expect(root(el).activeElement?.id).toBe('f-acceptTerms');
    expect(api.service.state.licenses.byPortal.get('prt_a')).toHaveLength(60);
  });

  it('offers a new quote for the same cart when the quote expired (quote_expired), its cost centers kept', async () => {
    const api = mockApi();
    const el = await table(api);
    await toAllocation(el);
    await chooseCenter(el, 'cc_sales_fr');
    await clickIn(dialogOf(el), 'Assign to all');
    await expect.poll(() => dialogOf(el).textContent).toContain('SALES-FR (3)');
    await clickIn(dialogOf(el), 'Next');
    api.service.advance(31 * 60 * 1000);
    await userEvent.click(
      inDialog(el).getByLabelText('I have read and understood this order and its charges.'),
    );
    await clickIn(dialogOf(el), /^Confirm the order/);
    await expect(el).toShowText('This quote has expired');
    expect(api.service.state.licenses.byPortal.get('prt_a')).toHaveLength(60);
    await clickIn(dialogOf(el), 'Get a new quote for this cart');
    // Back on the review with a new quote, said so, each line still allocated as chosen.
    await expect
      .poll(
        () => !textOf(dialogOf(el)).includes('has expired') && dialogOf(el).querySelector('h2')?.textContent,
      )
      .toBe('Review the order');
    await settle(el);
    expect(textOf(dialogOf(el))).toContain('SALES-FR (3)');
    expect(textOf(dialogOf(el))).toContain('SALES-FR (2)');
    await userEvent.click(
      inDialog(el).getByLabelText('I have read and understood this order and its charges.'),
    );
    await clickIn(dialogOf(el), /^Confirm the order/);
    await expect(el).toAnnounce('5 licenses bought for');
    const bought = api.service.state.licenses.byPortal.get('prt_a')!.slice(60);
    expect(bought.map((license) => license.costCenterId)).toEqual(Array(5).fill('cc_sales_fr'));
  });

  it('prints only the statement', async () => {
    const el = await table(mockApi());
    await toAllocation(el);
    await clickIn(dialogOf(el), 'Next');
    await userEvent.click(
      inDialog(el).getByLabelText('I have read and understood this order and its charges.'),
    );
    await clickIn(dialogOf(el), /^Confirm the order/);
    await expect(el).toAnnounce('5 licenses bought for');
    await cdp().send('Emulation.setEmulatedMedia', { media: 'print' });
    try {
      expect(getComputedStyle(root(el).querySelector('.card')!).display).toBe('none');
      expect(getComputedStyle(root(el).querySelector('.statement button')!).display).toBe('none');
      expect(getComputedStyle(root(el).querySelector('[part="statement"]')!).display).not.toBe('none');
    } finally {
      await cdp().send('Emulation.setEmulatedMedia', { media: '' });
    }
  });
});

// ——— delete ———

describe('license-table: deleting licenses', () => {
  it('deletes unassigned licenses in two steps and refreshes the table', async () => {
    const api = mockApi();
    const seen = events<{ productIds: string[]; deleted: number }>('allot-licenses-deleted');
    const el = await table(api);
    await clickIn(el, 'Delete licenses');
    await expect.poll(() => dialogOf(el).open).toBe(true);
    await settle(el);
    expect(dialogOf(el).textContent).toContain('Can be deleted');
    await expectAccessible(el);
    await userEvent.click(inDialog(el).getByRole('radio', { name: 'Live Reports' }));
    await userEvent.fill(inDialog(el).getByLabelText('Quantity to delete'), '2');
    await clickIn(dialogOf(el), 'Next');
    // The review is the server's dry run: it shows once that answer is in.
    await expect.poll(() => textOf(dialogOf(el))).toContain('Delete 2 unassigned Live Reports licenses?');
    expect(textOf(dialogOf(el))).toContain('Live Reports: 2 deleted, 14 left (12 assigned)');
    expect(textOf(dialogOf(el))).toContain('Cost centers that lose seats');
    await expectAccessible(el);
    await clickIn(dialogOf(el), 'Delete 2 licenses');
    await expect(el).toAnnounce('2 Live Reports licenses deleted; 14 left.');
    await expect.poll(() => total(el)).toBe('58 licenses');
    expect(seen.at(-1)!.detail).toMatchObject({ productIds: ['prd_live'], deleted: 2 });
  });

  it('allows no more than can be deleted', async () => {
    const api = mockApi();
    const el = await table(api);
    await clickIn(el, 'Delete licenses');
    await expect.poll(() => dialogOf(el).open).toBe(true);
    await settle(el);
    await userEvent.click(inDialog(el).getByRole('radio', { name: 'Live Reports' }));
    await userEvent.fill(inDialog(el).getByLabelText('Quantity to delete'), '5');
    await clickIn(dialogOf(el), 'Next');
    expect(fieldError(el, 'f-quantity')).toBe('Enter a whole number from 1 to 4.');
    expect(api.requests).not.toContain('POST /license-deletions');
  });

  it('says fewer can be deleted when licenses were assigned meanwhile (exceeds_deletable)', async () => {
    const api = mockApi();
    const el = await table(api);
    await clickIn(el, 'Delete licenses');
    await expect.poll(() => dialogOf(el).open).toBe(true);
    await settle(el);
    await userEvent.click(inDialog(el).getByRole('radio', { name: 'Live Reports' }));
    await userEvent.fill(inDialog(el).getByLabelText('Quantity to delete'), '4');
    await clickIn(dialogOf(el), 'Next');
    const [free] = await licenses(api, { productId: ['prd_live'], status: 'unassigned' });
    await api.as('a_admin').licenses.assign(free!.id, { userId: 'usr_member' }, { ifMatch: free!.etag });
    await clickIn(dialogOf(el), 'Delete 4 licenses');
    await expect.poll(() => fieldError(el, 'f-quantity')).toContain('Fewer licenses can be deleted now');
    await expect
      .poll(() => dialogOf(el).textContent)
      .toContain('At most 3 Live Reports licenses can be deleted.');
    expect(api.service.state.licenses.byPortal.get('prt_a')).toHaveLength(60);
  });
});

// ——— by cost center, and the grid's selection ———

/** The unassigned Live Reports licenses per cost center code ('' for none), as the API has them. */
async function freeLiveByCenter(api: Api): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const l of await licenses(api, { productId: ['prd_live'], status: 'unassigned' }))
    counts[l.costCenter?.code ?? ''] = (counts[l.costCenter?.code ?? ''] ?? 0) + 1;
  return counts;
}

/** A table searched for Live Reports, with two of its free licenses selected (`first`: the first one's id). */
async function twoFreeLiveSelected() {
  const api = mockApi();
  const el = await table(api);
  await search(el, 'live');
  const [a, b] = rows(el).filter((r) => cellsOf(r)[2] === 'N/A');
  for (const row of [a!, b!]) await userEvent.click(row.querySelector('input')!);
  return { api, el, first: el.selectedLicenseIds[0] };
}

/** Two held Live Reports licenses selected and their unassignment opened (`firstName`: the first one's holder). */
async function unassigningTwoHeld() {
  const api = mockApi();
  const el = await table(api);
  await search(el, 'live');
  const held = rows(el)
    .filter((r) => cellsOf(r)[2] !== 'N/A')
    .slice(0, 2);
  for (const row of held) await userEvent.click(row.querySelector('input')!);
  const [first, second] = el.selectedLicenseIds;
  const firstName = cellsOf(held[0]!)[2];
  await clickIn(bulkBar(el)!, 'Unassign');
  await expect.poll(() => textOf(dialogOf(el))).toContain('These 2 licenses go back to the pool');
  return { api, el, first, second, firstName };
}

const bulkBar = (el: Element) => root(el).querySelector<HTMLElement>('[part="bulk-actions"]');

describe('license-table: deleting by cost center', () => {
  it('offers each cost center with its deletable count, keeps to it, and the review names the centers that lose seats', async () => {
    const api = mockApi();
    const before = await freeLiveByCenter(api);
    const [code, count] = Object.entries(before).find(([c, n]) => c && n > 0)!;
    const seen = events<{ licenseIds: string[] }>('allot-licenses-deleted');
    const el = await table(api);
    await clickIn(el, 'Delete licenses');
    await expect.poll(() => dialogOf(el).open).toBe(true);
    await settle(el);
    await userEvent.click(inDialog(el).getByRole('radio', { name: 'Live Reports' }));
    const select = () => root(el).querySelector<HTMLSelectElement>('#f-costCenterId')!;
    await expect
      .poll(() => [...select().options].map((o) => o.textContent!.trim()))
      .toContain(`${code} (${count})`);
    await userEvent.selectOptions(select(), `${code} (${count})`);
    await userEvent.fill(inDialog(el).getByLabelText('Quantity to delete'), String(count + 1));
    await clickIn(dialogOf(el), 'Next');
    await expect.poll(() => fieldError(el, 'f-quantity')).toBe(`Enter a whole number from 1 to ${count}.`);
    expect(textOf(dialogOf(el))).toContain(`At most ${count} Live Reports license`);
    await userEvent.fill(inDialog(el).getByLabelText('Quantity to delete'), String(count));
    await clickIn(dialogOf(el), 'Next');
    await expect.poll(() => textOf(dialogOf(el))).toContain('Cost centers that lose seats');
    const centers = root(el).querySelector('[part="deletion-centers"]')!;
    expect(textOf(centers)).toMatch(new RegExp(`^${code} · .+: ${count} licenses? fewer$`));
    await expectAccessible(el);
    expect(await freeLiveByCenter(api)).toEqual(before); // the review was a dry run
    await clickIn(dialogOf(el), count === 1 ? 'Delete 1 license' : `Delete ${count} licenses`);
    await expect.poll(() => dialogOf(el).open).toBe(false);
    const after = await freeLiveByCenter(api);
    expect(after[code] ?? 0).toBe(0);
    expect({ ...after, [code]: count }).toEqual(before);
    expect(seen.at(-1)!.detail.licenseIds).toHaveLength(count);
  });
});

describe('license-table: acting on the selected rows', () => {
  it('deletes the selected unassigned licenses, says which assigned ones stay, and names the centers that lose seats', async () => {
    const api = mockApi();
    const el = await table(api);
    await search(el, 'live');
    const free = rows(el)
      .filter((r) => cellsOf(r)[2] === 'N/A')
      .slice(0, 2);
    const held = rows(el).find((r) => cellsOf(r)[2] !== 'N/A')!;
    for (const row of [...free, held]) await userEvent.click(row.querySelector('input')!);
    expect(textOf(bulkBar(el)!)).toContain('3 selected');
    await expectAccessible(el);
    const ids = el.selectedLicenseIds;
    const centersOf = (r: HTMLElement) => cellsOf(r)[4];
    await clickIn(bulkBar(el)!, 'Delete');
    await expect.poll(() => textOf(dialogOf(el))).toContain('Delete 2 selected unassigned licenses?');
    const text = textOf(dialogOf(el));
    expect(text).toContain('1 selected license is assigned and stays: unassign it first to delete it.');
    for (const row of free)
      expect(textOf(root(el).querySelector('[part="deletion-centers"]')!)).toContain(centersOf(row)!);
    await expectAccessible(el);
    expect(await licenses(api)).toHaveLength(60);
    await clickIn(dialogOf(el), 'Delete 2 licenses');
    await expect(el).toAnnounce('2 licenses deleted.');
    const left = (await licenses(api)).map((l) => l.id);
    expect(left).toHaveLength(58);
    expect(ids.filter((id) => left.includes(id))).toHaveLength(1);
    expect(textOf(bulkBar(el)!)).toContain('1 selected');
  });

  it('reviews again, deleting nothing, when a reviewed license is assigned meanwhile (license_already_assigned)', async () => {
    const { api, el, first } = await twoFreeLiveSelected();
    await clickIn(bulkBar(el)!, 'Delete');
    await expect.poll(() => textOf(dialogOf(el))).toContain('Delete 2 selected unassigned licenses?');
    const license = (await api.as('a_admin').licenses.get(first!)).data;
    await api.as('a_admin').licenses.assign(first!, { userId: 'usr_member' }, { ifMatch: license.etag });
    await clickIn(dialogOf(el), 'Delete 2 licenses');
    await expect.poll(() => textOf(dialogOf(el))).toContain('Delete 1 selected unassigned license?');
    expect(textOf(dialogOf(el))).toContain('1 selected license is assigned and stays');
    expect(await licenses(api)).toHaveLength(60);
  });

  it('bills the selected licenses to another cost center, saying how many leave each one', async () => {
    const api = mockApi();
    const moved = events<{ licenseIds: string[]; costCenterId: string | null; moved: number }>(
      'allot-licenses-moved',
    );
    const el = await table(api);
    const rowIn = (code: string) => rows(el).find((r) => cellsOf(r)[4] === code)!;
    for (const row of [rowIn('SALES-FR'), rowIn('SUPPORT-DE'), rowIn('RND')])
      await userEvent.click(row.querySelector('input')!);
    const ids = el.selectedLicenseIds;
    await clickIn(bulkBar(el)!, 'Change cost center');
    const select = () => root(el).querySelector<HTMLSelectElement>('#f-costCenterId')!;
    await expect.poll(() => select()?.options.length ?? 0).toBeGreaterThan(2);
    await clickIn(dialogOf(el), 'Move 3 licenses');
    await expect.poll(() => fieldError(el, 'f-costCenterId')).toBe('Choose a cost center.');
    await userEvent.selectOptions(select(), 'RND · Research and Development');
    await expect.poll(() => textOf(dialogOf(el))).toContain('2 licenses move to RND:');
    const review = textOf(root(el).querySelector('[part="review"]')!);
    expect(review).toContain('from SALES-FR: 1');
    expect(review).toContain('from SUPPORT-DE: 1');
    expect(review).toContain('1 is already billed there and stays as it is.');
    await expectAccessible(el);
    await clickIn(dialogOf(el), 'Move 2 licenses');
    await expect(el).toAnnounce('2 licenses now billed to RND.');
    for (const id of ids)
      expect((await api.as('a_admin').licenses.get(id)).data.costCenter?.code).toBe('RND');
    expect(moved.at(-1)!.detail).toMatchObject({ costCenterId: 'cc_rnd', moved: 2 });
    await expect
      .poll(() =>
        rows(el)
          .filter((r) => r.getAttribute('aria-selected') === 'true')
          .map((r) => cellsOf(r)[4]),
      )
      .toEqual(['RND', 'RND', 'RND']);
  });

  it('acts on selected rows that left the list with their latest version: moved away, then moved back', async () => {
    const api = mockApi();
    const el = await table(api);
    await search(el, 'sales-fr live');
    const n = rows(el).length;
    await userEvent.click(within(el).getByLabelText('Select all loaded licenses'));
    const ids = el.selectedLicenseIds;
    const select = () => root(el).querySelector<HTMLSelectElement>('#f-costCenterId');
    await clickIn(bulkBar(el)!, 'Change cost center');
    await expect.poll(() => select()?.options.length ?? 0).toBeGreaterThan(2);
    await userEvent.selectOptions(select()!, 'RND · Research and Development');
    await clickIn(dialogOf(el), n === 1 ? 'Move 1 license' : `Move ${n} licenses`);
    await expect(el).toAnnounce(`now billed to RND.`);
    // They no longer match the search, and are still selected.
    await expect.poll(() => rows(el).length).toBe(0);
    expect(textOf(bulkBar(el)!)).toContain(`${n} selected`);
    await clickIn(bulkBar(el)!, 'Change cost center');
    await expect.poll(() => select()?.options.length ?? 0).toBeGreaterThan(2);
    await userEvent.selectOptions(select()!, 'SALES-FR · Sales France');
    await expect.poll(() => textOf(dialogOf(el))).toContain(`move to SALES-FR:`);
    await clickIn(dialogOf(el), n === 1 ? 'Move 1 license' : `Move ${n} licenses`);
    await expect(el).toAnnounce(`now billed to SALES-FR.`);
    for (const id of ids)
      expect((await api.as('a_admin').licenses.get(id)).data.costCenter?.code).toBe('SALES-FR');
  });

  it('says when the selection changed before its review, and reviews it again without what was deleted', async () => {
    const { api, el, first } = await twoFreeLiveSelected();
    await api.as('a_admin').licenses.delete({ licenseIds: [first!] });
    await clickIn(bulkBar(el)!, 'Delete');
    await expect
      .poll(() => textOf(dialogOf(el)))
      .toContain('This license, user or cost center no longer exists');
    await expectAccessible(el);
    await clickIn(dialogOf(el), 'Try again');
    await expect.poll(() => textOf(dialogOf(el))).toContain('Delete 1 selected unassigned license?');
    expect(textOf(bulkBar(el)!)).toContain('1 selected');
    expect(await licenses(api)).toHaveLength(59);
  });

  it('finds the cost center to move to by searching the server, beyond the first 100', async () => {
    const api = mockApi();
    const admin = api.as('a_admin');
    for (let n = 1; n <= 105; n++)
      await admin.costCenters.create({ code: `AREA-${String(n).padStart(3, '0')}`, name: `Area ${n}` });
    const zulu = await admin.costCenters.create({ code: 'ZULU', name: 'Zulu team' });
    const el = await table(api);
    await userEvent.click(rows(el)[0]!.querySelector('input')!);
    const [id] = el.selectedLicenseIds;
    await clickIn(bulkBar(el)!, 'Change cost center');
    const select = () => root(el).querySelector<HTMLSelectElement>('#f-costCenterId')!;
    await expect.poll(() => searchStatus(el)).toBe('Showing the first 100: refine the search.');
    expect(textOf(select())).not.toContain('ZULU');
    await userEvent.fill(inDialog(el).getByLabelText('Find a cost center'), 'zulu');
    await expect.poll(() => searchStatus(el)).toBe('1 cost center found.');
    expect([...select().options].map((o) => o.value)).toEqual(['', zulu.id, 'none']);
    await userEvent.selectOptions(select(), 'ZULU · Zulu team');
    await clickIn(dialogOf(el), 'Move 1 license');
    await expect(el).toAnnounce('1 license now billed to ZULU.');
    expect((await admin.licenses.get(id!)).data.costCenter?.code).toBe('ZULU');
  });

  it('unassigns the selected licenses, warning first about people whose queues keep a seat billed', async () => {
    const api = mockApi();
    const el = await table(api);
    await search(el, 'ada martin');
    expect(rows(el)).toHaveLength(3);
    await userEvent.click(within(el).getByLabelText('Select all loaded licenses'));
    await clickIn(bulkBar(el)!, 'Unassign');
    await expect.poll(() => dialogOf(el).querySelector('[part="warning"]')).not.toBeNull();
    const text = textOf(dialogOf(el));
    expect(text).toContain('These 3 licenses go back to the pool, unassigned:');
    expect(text).toContain('Connect Standard: Ada Martin');
    const warning = textOf(dialogOf(el).querySelector('[part="warning"]')!);
    expect(warning).toContain(
      '1 of these people sits in contact-center queues, and keeps a Contact Center seat billed while they do:',
    );
    expect(warning).toContain('Support FR: call queue, agent');
    await expectAccessible(el);
    await userEvent.click(inDialog(el).getByLabelText('Also take them out of all their queues'));
    await clickIn(dialogOf(el), 'Unassign 3 licenses');
    await expect(el).toAnnounce('3 licenses unassigned. 1 person left all their queues.');
    const held = (await licenses(api)).filter((l) => l.assignee?.id === 'usr_admin');
    expect(held).toEqual([]);
    expect((await api.as('a_admin').users.products.list('usr_admin')).queues).toEqual([]);
    expect(bulkBar(el)).toBeNull();
  });

  it('names the licenses it could not unassign, keeps them in the dialog, and unassigns the rest', async () => {
    const { api, el, first, second, firstName } = await unassigningTwoHeld();
    // Another admin changes the first one meanwhile: its version no longer matches.
    const license = (await api.as('a_admin').licenses.get(first!)).data;
    await api.as('a_admin').licenses.unassign(first!, {}, { ifMatch: license.etag });
    await api
      .as('a_admin')
      .licenses.assign(
        first!,
        { userId: 'usr_member' },
        { ifMatch: `"v${Number(license.etag.replace(/\D/g, '')) + 1}"` },
      );
    await clickIn(dialogOf(el), 'Unassign 2 licenses');
    await expect
      .poll(() => textOf(dialogOf(el)))
      .toContain(`1 license unassigned. 1 could not be unassigned: ${firstName}.`);
    expect(dialogOf(el).open).toBe(true);
    expect(textOf(dialogOf(el))).toContain('This license goes back to the pool, unassigned:');
    // Shown as it is now, so a second try sends its new version.
    expect(textOf(dialogOf(el))).toContain(': Lina Roux');
    await clickIn(dialogOf(el), 'Unassign 1 license');
    await expect(el).toAnnounce('1 license unassigned.');
    expect((await api.as('a_admin').licenses.get(second!)).data.assignee).toBeNull();
    expect((await api.as('a_admin').licenses.get(first!)).data.assignee).toBeNull();
  });

  it('closes, saying so, when a license it could not unassign was already back in the pool', async () => {
    const { api, el, first } = await unassigningTwoHeld();
    const license = (await api.as('a_admin').licenses.get(first!)).data;
    await api.as('a_admin').licenses.unassign(first!, {}, { ifMatch: license.etag });
    await clickIn(dialogOf(el), 'Unassign 2 licenses');
    await expect(el).toAnnounce('1 license unassigned. 1 was already back in the pool.');
    expect(dialogOf(el).open).toBe(false);
    expect(bulkBar(el)).toBeNull();
    expect((await licenses(api)).filter((l) => !l.assignee)).toHaveLength(12);
  });

  it('offers a user manager unassigning only: deleting and changing cost centers are disabled with the reason', async () => {
    const el = await table(mockApi(), 'a_user_manager');
    await userEvent.click(rows(el)[0]!.querySelector('input')!);
    const bar = bulkBar(el)!;
    expect(
      within(bar).getByRole('button', { name: 'Unassign' }).element().getAttribute('aria-disabled'),
    ).toBeNull();
    for (const name of ['Delete', 'Change cost center'])
      expect(within(bar).getByRole('button', { name }).element().getAttribute('aria-disabled')).toBe('true');
    expect(textOf(el)).toContain(
      'Deleting licenses and changing their cost center needs an administrator role.',
    );
    await expectAccessible(el);
  });
});

// ——— permissions ———

describe('license-table: permissions', () => {
  it('lets a user manager assign but shows buying and deleting disabled, with the reason', async () => {
    const el = await table(mockApi(), 'a_user_manager');
    const buy = within(el).getByRole('button', { name: 'Buy licenses' }).element();
    expect(buy.getAttribute('aria-disabled')).toBe('true');
    expect(root(el).getElementById(buy.getAttribute('aria-describedby')!)?.textContent).toBe(
      'Buying and deleting licenses needs an administrator role.',
    );
    (buy as HTMLElement).click();
    await el.updateComplete;
    expect(dialogOf(el).open).toBe(false);
    await open(el, 'Assign', rowWith(el, 'N/A'));
    expect(dialogOf(el).textContent).toContain('Assign a');
    await expectAccessible(el);
  });

  it('shows assigning disabled, with the reason, to a token that may only read', async () => {
    const api = mockApi();
    const el = await readOnlyTable(api);
    const action = rows(el)[0]!.querySelector<HTMLElement>('button[data-rc$="-6"]')!;
    expect(action.getAttribute('aria-disabled')).toBe('true');
    // The admin's role may assign: the token was minted without it, and the reason says so.
    const reason =
      "This widget's token does not include the permission licenses:assign, which this needs. Your role has it: the page that embeds the widget must ask for it when it creates the token.";
    expect(textOf(el)).toContain(reason);
    expect(textOf(el)).not.toContain('Your role can view licenses but not assign them.');
    action.click();
    await el.updateComplete;
    expect(dialogOf(el).open).toBe(false);
    await expect(el).toAnnounce(reason);
    await expectAccessible(el);
  });

  it('says the role no longer allows buying when the server refuses (forbidden)', async () => {
    const api = mockApi();
    const el = await table(api);
    await api.as('a_super_admin').users.setRole('usr_admin', { role: 'user_manager' });
    await clickIn(el, 'Buy licenses');
    await expect.poll(() => dialogOf(el).open).toBe(true);
    await settle(el);
    await clickIn(dialogOf(el), 'Next');
    await expect(el).toShowText('Your role does not allow this.');
    expect(announcements(el)).toContain('Your role does not allow this.');
  });
});
