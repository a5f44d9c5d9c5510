import { html } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import {
  expectDisabledWithReason,
  announcements,
  type Api,
  button,
  click,
  expectAccessible,
  fill,
  mockApi,
  mount,
  mountWhileLoading,
  settle,
  TEST_NOW,
  textOf,
  type Who,
  within,
} from '../../test/support.js';
import type { InactiveMembersPruner } from './inactive-members-pruner.component.js';

async function pruner(api: Api, who: Who = 'a_admin', locale = 'en'): Promise<InactiveMembersPruner> {
  return mount<InactiveMembersPruner>(
    html`<inactive-members-pruner
      .client=${api.as(who)}
      locale=${locale}
      poll-interval="20"
    ></inactive-members-pruner>`,
  );
}

const root = (el: Element) => el.shadowRoot!;
const dialog = (el: Element) => root(el).querySelector('dialog')!;

function section(el: Element, part: string): Element {
  const found = root(el).querySelector(`[part~="${part}"]`);
  if (!found) throw new Error(`No part ${part}`);
  return found;
}

/** The names in the first column of a section's table (without the e-mail under a member's name). */
function rowNames(el: Element, part: string): string[] {
  return [...section(el, part).querySelectorAll('tbody th')].map((th) =>
    [...th.childNodes]
      .filter((n) => n instanceof Text)
      .map((n) => n.textContent)
      .join('')
      .trim(),
  );
}

/** Types into a search field, as a user does. */
async function search(el: Element, label: string, value: string): Promise<void> {
  await userEvent.fill(within(el).getByRole('searchbox', { name: label, exact: true }), value);
}

/** Text of an element inside the widget's shadow root, as one line. */
function plain(node: Element): string {
  return node.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** Presses Tab from the page's start until `target` has the focus, as a keyboard user would. */
async function tabTo(el: Element, target: (focused: Element) => boolean): Promise<void> {
  (document.activeElement as HTMLElement | null)?.blur();
  for (let i = 0; i < 40; i++) {
    await userEvent.keyboard('{Tab}');
    const focused = root(el).activeElement;
    if (focused && target(focused)) return;
  }
  throw new Error('Tab never reached the element');
}

/** Waits until the dialog is open and settled. */
async function dialogShown(el: Element) {
  await expect.poll(() => dialog(el).open).toBe(true);
  await settle(el);
}

async function inactiveEmails(api: Api): Promise<string[]> {
  const { items } = await api.as('a_admin').members.list({ status: 'inactive', limit: 100 });
  return items.map((m) => m.user.email);
}

/** The files the widget saved, with their contents: nothing leaves the page. */
function captureDownloads() {
  const blobs: Blob[] = [];
  const saved: { name: string; href: string }[] = [];
  const create = URL.createObjectURL.bind(URL);
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob: Blob | MediaSource) => {
    blobs.push(blob as Blob);
    return create(blob);
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ name: this.download, href: this.href });
  });
  return { blobs, saved };
}

afterEach(() => {
  vi.restoreAllMocks();
});

/** The first day of the month `months` after the pinned clock's month (UTC, as the service bills). */
function monthStart(months: number): Date {
  const now = new Date(TEST_NOW);
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + months, 1));
}

/** `YYYY-MM` of the month `months` after the pinned clock's. */
const monthKey = (months: number) => monthStart(months).toISOString().slice(0, 7);

/** A calendar date as an English reader sees it ("Dec 1, 2026"). */
const englishDay = (date: Date | string) =>
  new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(
    typeof date === 'string' ? new Date(`${date}T00:00:00Z`) : date,
  );

/** The portal's invoices as the API lists them, newest period first. */
async function invoicesOf(api: Api) {
  const { items } = await api.as('a_admin').billing.invoices.list({ limit: 100 });
  return items;
}

describe('inactive-members-pruner: what it shows', () => {
  it('shows the billing mode and the billed units this month and next month', async () => {
    const el = await pruner(mockApi());
    const billing = section(el, 'billing');
    expect(textOf(billing)).toContain('User licenses');
    expect(textOf(billing)).toContain('Each member of at least one active team is one billed unit.');
    expect([...billing.querySelectorAll('.figure')].map((f) => f.textContent)).toEqual(['37', '37']);
    expect(textOf(billing)).toContain('€9.00');
    expect(textOf(billing)).toContain(`Billed units from ${englishDay(monthStart(1))}`);
    expect(textOf(billing)).toContain('Inactive members 7');
    await expectAccessible(el);
  });

  it('shows a loading state while the API answers', async () => {
    const { el, release } = await mountWhileLoading(mockApi(), 'inactive-members-pruner');
    expect(root(el).querySelector('[part="loading"]')).not.toBeNull();
    await expectAccessible(el);
    await release();
    expect(textOf(el)).toContain('Billed units this month');
  });

  it('shows an error with a way to try again when the service is down', async () => {
    const api = mockApi();
    api.service.faults.set({ unavailable: true });
    const el = await pruner(api);
    expect(textOf(el)).toContain('The service is not available right now.');
    await expectAccessible(el);
    api.service.faults.clear();
    await click(el, 'Try again');
    await expect(el).toShowText('Billed units this month');
  });

  it('says the user has no access when their role cannot see members', async () => {
    const el = await pruner(mockApi(), 'a_member');
    expect(root(el).querySelector('[part="forbidden"]')).not.toBeNull();
    expect(textOf(el)).toContain('You do not have access to this.');
    await expectAccessible(el);
  });

  it('shows a user manager teams and inactive members, with archive, remove and export disabled with their reasons', async () => {
    const el = await pruner(mockApi(), 'a_user_manager');
    expect(rowNames(el, 'teams')).toContain('Customer Support');
    expect(textOf(section(el, 'inactive'))).toContain('7 inactive members');
    const readOnly =
      'Your role shows teams and members. Archiving teams and removing members needs an administrator of your portal.';
    expect(textOf(el)).toContain(readOnly);
    // Shown, disabled with the reason, and pressing them does nothing: the same rule as every widget.
    await expectDisabledWithReason(el, 'Archive: Customer Support', readOnly);
    await expectDisabledWithReason(el, 'Remove inactive members', readOnly);
    await expectDisabledWithReason(
      el,
      'Download CSV',
      'Exports and invoices need billing access, which your role does not include.',
    );
    expect(textOf(section(el, 'inactive'))).toContain('7 inactive members');
    expect(root(el).querySelector('[part="invoice"], #invoices-title')).toBeNull();
    await expectAccessible(el);
  });

  it('lists every team with its status, member count and whether it is billed next month', async () => {
    const el = await pruner(mockApi());
    expect(rowNames(el, 'teams')).toEqual([
      'Customer Support',
      'Engineering',
      'Finance, Legal & HR',
      'Launch 2025',
      'Legacy Ops',
      'Marketing',
      'Product',
      'Sales',
    ]);
    const launch = [...root(el).querySelectorAll('[part~="team"]')].find((r) =>
      textOf(r).startsWith('Launch 2025'),
    )!;
    expect(textOf(launch)).toMatch(/^Launch 2025 Archived since .+ 3 No Unarchive/);
  });

  it('lists the inactive members with their count and finds one by name', async () => {
    const el = await pruner(mockApi());
    expect(textOf(section(el, 'inactive'))).toContain('7 inactive members');
    expect(rowNames(el, 'inactive')).toHaveLength(7);
    await search(el, 'Search inactive members', 'lena');
    await expect.poll(() => rowNames(el, 'inactive')).toEqual(['Lena Moreau']);
    expect(textOf(section(el, 'inactive'))).toContain('1 inactive member');
  });

  it('says when no inactive member matches a search', async () => {
    const el = await pruner(mockApi());
    await search(el, 'Search inactive members', 'nobody-like-this');
    await expect(el).toShowText('No inactive member matches this search.');
    await expectAccessible(el);
  });

  it('says which inactive members are never removed and why', async () => {
    const admin = await pruner(mockApi());
    expect(textOf(section(admin, 'excluded'))).toContain(
      'Sofia Owner (owner@portal-a.test): super admins are never removed',
    );
    const owner = await pruner(mockApi(), 'a_super_admin');
    expect(textOf(section(owner, 'excluded'))).toContain(
      'Sofia Owner (owner@portal-a.test): you never remove yourself',
    );
  });

  it('shows names from the service as text, never as markup', async () => {
    const api = mockApi();
    api.service.state.identity.users.get('usr_g00006')!.name = '<img src=x onerror="window.__xss=1">Lena';
    const el = await pruner(api);
    await search(el, 'Search inactive members', 'lena');
    await expect.poll(() => rowNames(el, 'inactive')).toEqual(['<img src=x onerror="window.__xss=1">Lena']);
    expect(root(el).querySelector('img')).toBeNull();
    expect((window as { __xss?: number }).__xss).toBeUndefined();
  });

  it('shows an empty workspace without teams, with its fixture members inactive and no invoices', async () => {
    const el = await pruner(mockApi('empty'));
    expect(textOf(section(el, 'teams'))).toContain('This workspace has no teams yet.');
    expect(textOf(section(el, 'inactive'))).toContain('4 inactive members');
    expect(textOf(section(el, 'documents'))).toContain('No invoices yet.');
    await expectAccessible(el);
  });

  it('speaks French, with French numbers, money and dates', async () => {
    const el = await pruner(mockApi(), 'a_admin', 'fr');
    expect(textOf(el)).toContain('Membres de l’espace de travail et facturation');
    expect(textOf(el)).toContain('Licences d’utilisateurs');
    expect(textOf(el)).toContain('9,00 €');
    expect(textOf(el)).toContain('7 membres inactifs');
    expect(textOf(el)).toContain('Supprimer les membres inactifs');
    await expectAccessible(el);
  });

  it('speaks German', async () => {
    const el = await pruner(mockApi(), 'a_admin', 'de');
    expect(textOf(el)).toContain('Workspace-Mitglieder und Abrechnung');
    expect(textOf(el)).toContain('7 inaktive Mitglieder');
    expect(textOf(el)).toContain('9,00 €');
    expect(textOf(el)).toContain('Inaktive Mitglieder entfernen');
    await expectAccessible(el);
  });
});

describe('inactive-members-pruner: teams', () => {
  it('shows the change in billed units before archiving, and archives once confirmed', async () => {
    const api = mockApi();
    const el = await pruner(api);
    const archived: CustomEvent[] = [];
    el.addEventListener('allot-team-archived', (e) => archived.push(e));
    await click(el, 'Archive: Customer Support');
    await dialogShown(el);
    const shown = textOf(dialog(el));
    expect(shown).toContain('Archive “Customer Support”?');
    expect(shown).toContain('this month’s bill does not change');
    expect(plain(root(el).querySelector('[part="units-change"]')!)).toMatch(
      /This month 37 37 From .+ 37 36 \(-1\)/,
    );
    expect(api.requests).toContain('POST /workspace/teams/tm_support/archive');
    expect((await api.as('a_admin').workspace.billing()).billedUnits.nextMonth).toBe(37);
    // Who becomes inactive (and so removable) is named before anything changes.
    expect(plain(root(el).querySelector('[part="members-changing"]')!)).toBe(
      '1 member becomes inactive and can then be removed: Marc Weber (marc@portal-a.test)',
    );
    await expectAccessible(el);

    await click(el, 'Archive team');
    await expect(el).toAnnounce('“Customer Support” is archived. From');
    expect(announcements(el)).toContain('36 units are billed.');
    expect(dialog(el).open).toBe(false);
    expect((await api.as('a_admin').workspace.billing()).billedUnits.nextMonth).toBe(36);
    expect(archived).toHaveLength(1);
    expect(archived[0]!.detail).toMatchObject({
      teamId: 'tm_support',
      name: 'Customer Support',
      billedUnits: { before: { nextMonth: 37 }, after: { nextMonth: 36 } },
    });
    await expect.element(button(el, 'Unarchive: Customer Support')).toBeInTheDocument();
  });

  it('changes nothing when the archive is cancelled, and gives the focus back to the button', async () => {
    const api = mockApi();
    const el = await pruner(api);
    await click(el, 'Archive: Marketing');
    await dialogShown(el);
    await click(el, 'Cancel');
    await expect.poll(() => dialog(el).open).toBe(false);
    await expect.poll(() => root(el).activeElement?.getAttribute('aria-label')).toBe('Archive: Marketing');
    const { items } = await api.as('a_admin').workspace.teams.list({ status: 'archived' });
    expect(items.map((t) => t.name)).toEqual(['Launch 2025', 'Legacy Ops']);
  });

  it('unarchives an archived team after showing what it adds to the next bill', async () => {
    const api = mockApi();
    const el = await pruner(api);
    const unarchived: CustomEvent[] = [];
    el.addEventListener('allot-team-unarchived', (e) => unarchived.push(e));
    await click(el, 'Unarchive: Launch 2025');
    await dialogShown(el);
    expect(textOf(dialog(el))).toContain('Unarchive “Launch 2025”?');
    expect(textOf(dialog(el))).toContain('Its members become active.');
    // Those who were in no active team are named, as the service counts them.
    const { membersChanging } = await api
      .as('a_admin')
      .workspace.teams.unarchive('tm_launch_2025', { dryRun: true });
    const named = plain(root(el).querySelector('[part="members-changing"]')!);
    expect(named).toContain(`${membersChanging.length} member`);
    for (const user of membersChanging) expect(named).toContain(`${user.name} (${user.email})`);
    await click(el, 'Unarchive team');
    await expect(el).toAnnounce('“Launch 2025” is active again.');
    expect(unarchived[0]!.detail.teamId).toBe('tm_launch_2025');
    const { items } = await api.as('a_admin').workspace.teams.list({ status: 'archived' });
    expect(items.map((t) => t.name)).toEqual(['Legacy Ops']);
  });

  it('archives a team with the keyboard only, and gives the focus back', async () => {
    const api = mockApi();
    const el = await pruner(api);
    await tabTo(el, (focused) => focused.getAttribute('aria-label') === 'Archive: Customer Support');
    await userEvent.keyboard('{Enter}');
    await dialogShown(el);
    expect(root(el).activeElement?.id).toBe('dialog-title');
    await userEvent.keyboard('{Tab}{Tab}');
    expect(root(el).activeElement?.textContent?.trim()).toBe('Archive team');
    await userEvent.keyboard('{Enter}');
    await expect(el).toAnnounce('“Customer Support” is archived.');
    await expect
      .poll(() => root(el).activeElement?.getAttribute('aria-label'))
      .toBe('Unarchive: Customer Support');
  });

  it('says why archiving was refused when the user lost the right to it meanwhile', async () => {
    const api = mockApi();
    const el = await pruner(api);
    api.service.state.identity.users.get('usr_admin')!.role = 'user_manager';
    await click(el, 'Archive: Sales');
    await expect(el).toShowText('Your role does not allow this.');
    expect(dialog(el).open).toBe(false);
    await expectAccessible(el);
  });
});

describe('inactive-members-pruner: removing inactive members', () => {
  it('previews, confirms, shows the progress and lists who was removed', async () => {
    const api = mockApi();
    const el = await pruner(api);
    const pruned: CustomEvent[] = [];
    el.addEventListener('allot-members-pruned', (e) => pruned.push(e));
    await click(el, 'Remove inactive members');
    await dialogShown(el);
    const confirm = plain(dialog(el));
    expect(confirm).toContain('Remove 6 inactive members?');
    expect(confirm).toContain('They lose access to the workspace and its content at once.');
    expect(confirm).toContain('Billed units do not change: 37 this month, 37 from');
    expect(confirm).toContain('Lena Moreau (lena.moreau.6@portal-a.test)');
    expect(confirm).toContain('Sofia Owner (owner@portal-a.test): super admins are never removed');
    // What each member holds, and so what removing them frees, as the preview says.
    expect(confirm).toContain(
      'Their licenses go back to the pool: still owned, and billed until you delete them.',
    );
    const { holdings, members } = await api.as('a_admin').members.previewPrune({});
    const lena = members.find((m) => m.user.name === 'Lena Moreau')!;
    const held = holdings.find((h) => h.memberId === lena.id)!;
    const lenaItem = [...dialog(el).querySelectorAll('[part="removed"] li')].find((li) =>
      li.textContent?.includes('Lena Moreau'),
    )!;
    expect(plain(lenaItem.querySelector('[part="holdings"]')!)).toContain(
      `Licenses back to the pool: ${new Intl.ListFormat('en').format(held.licenses.map((l) => l.productName))}`,
    );
    if (held.queues.length)
      expect(plain(lenaItem.querySelector('[part="holdings"]')!)).toContain(
        `Leaves the queues: ${new Intl.ListFormat('en').format(held.queues.map((q) => q.queueName))}`,
      );
    await expectAccessible(el);

    await userEvent.click(
      within(el).getByLabelText('I understand that these 6 members lose access at once.'),
    );
    // Slow answers, so the progress of the job is seen before it ends.
    api.service.faults.set({ latency: 400 });
    await click(el, 'Remove 6 members');
    await expect.poll(() => dialog(el).querySelector('progress'), { timeout: 2000 }).not.toBeNull();
    expect(plain(dialog(el))).toContain('Removing members');
    expect(plain(dialog(el))).toContain('0 of 6 processed');
    await expectAccessible(el);
    api.service.faults.clear();

    await expect(el).toAnnounce('6 members removed.');
    const result = dialog(el).querySelector('[part="removed"]')!;
    expect(result.querySelectorAll('li')).toHaveLength(6);
    expect(plain(result)).toContain('Lena Moreau (lena.moreau.6@portal-a.test)');
    expect(textOf(dialog(el))).toContain('They no longer have access to the workspace.');
    expect(await inactiveEmails(api)).toEqual(['owner@portal-a.test']);
    expect(pruned[0]!.detail.removed).toHaveLength(6);
    expect(api.requests.filter((r) => r.startsWith('GET /workspace/prune-jobs/')).length).toBeGreaterThan(0);
    await expectAccessible(el);
    await click(el, 'Done');
    await expect(el).toShowText('1 inactive member');
  });

  it('frees the removed members’ licenses in the other widgets of the page at once', async () => {
    const api = mockApi();
    const host = await mount<HTMLElement>(
      html`<allot-provider .client=${api.as('a_admin')} locale="en">
        <inactive-members-pruner></inactive-members-pruner>
        <license-table></license-table>
      </allot-provider>`,
    );
    const el = host.querySelector('inactive-members-pruner')!;
    const table = host.querySelector('license-table')!;
    await settle(el);
    await settle(table);
    // Lena Moreau, inactive, holds a Contact Center license the table shows.
    await expect(table).toShowText('Lena Moreau');
    await click(el, 'Remove inactive members');
    await dialogShown(el);
    await userEvent.click(
      within(el).getByLabelText('I understand that these 6 members lose access at once.'),
    );
    await click(el, 'Remove 6 members');
    await expect(el).toAnnounce('6 members removed.');
    // The table read its licenses again: the seat is back in the pool, nobody holds it under that name.
    await expect.poll(() => textOf(table)).not.toContain('Lena Moreau');
  });

  it('lets the admin leave members out of the removal, counts what is left, and keeps them', async () => {
    const api = mockApi();
    const el = await pruner(api);
    await click(el, 'Remove inactive members');
    await dialogShown(el);
    await userEvent.click(within(el).getByRole('checkbox', { name: /Lena Moreau/ }));
    await expect(el).toShowText('1 member stays.');
    expect(plain(dialog(el))).toContain('Remove 5 inactive members?');
    await expectAccessible(el);
    await userEvent.click(
      within(el).getByLabelText('I understand that these 5 members lose access at once.'),
    );
    await click(el, 'Remove 5 members');
    await expect(el).toAnnounce('5 members removed.');
    expect(plain(dialog(el).querySelector('[part="removed"]')!)).not.toContain('Lena Moreau');
    expect(await inactiveEmails(api)).toEqual(
      expect.arrayContaining(['lena.moreau.6@portal-a.test', 'owner@portal-a.test']),
    );
    expect(await inactiveEmails(api)).toHaveLength(2);
  });

  it('asks to tick at least one member when every one is left out, and removes nobody', async () => {
    const api = mockApi();
    const el = await pruner(api);
    await click(el, 'Remove inactive members');
    await dialogShown(el);
    for (const box of root(el).querySelectorAll<HTMLInputElement>('[part="removed"] input[type="checkbox"]'))
      await userEvent.click(box);
    await expect(el).toShowText('6 members stay.');
    await userEvent.click(within(el).getByRole('checkbox', { name: /^I understand/ }));
    await click(el, 'Remove 0 members');
    await expect(el).toShowText('Tick at least one member to remove.');
    expect(await inactiveEmails(api)).toHaveLength(7);
  });

  it('says by the checkbox that the removal must be confirmed, and removes nobody', async () => {
    const api = mockApi();
    const el = await pruner(api);
    await click(el, 'Remove inactive members');
    await dialogShown(el);
    await click(el, 'Remove 6 members');
    await expect(el).toShowText('Tick the box to confirm that these members lose access at once.');
    expect(root(el).querySelector('#f-confirm')!.getAttribute('aria-invalid')).toBe('true');
    expect(root(el).activeElement?.id).toBe('f-confirm');
    expect(await inactiveEmails(api)).toHaveLength(7);
    await expectAccessible(el);
  });

  it('makes a new preview and says what changed when the first one went stale', async () => {
    const api = mockApi();
    const el = await pruner(api);
    await click(el, 'Remove inactive members');
    await dialogShown(el);
    // Meanwhile, someone archives Customer Support: Marc Weber is in no other active team.
    await api.as('a_admin').workspace.teams.archive('tm_support', { dryRun: false });
    await userEvent.click(
      within(el).getByLabelText('I understand that these 6 members lose access at once.'),
    );
    await click(el, 'Remove 6 members');
    await expect(el).toShowText('Now inactive too: Marc Weber.');
    const shown = textOf(dialog(el));
    expect(shown).toContain('Teams or members changed since the list was made, so nothing was removed yet.');
    expect(shown).toContain('Remove 7 inactive members?');
    expect(shown).toContain('Check the new list and confirm again.');
    expect((root(el).querySelector('#f-confirm') as HTMLInputElement).checked).toBe(false);
    expect(await inactiveEmails(api)).toHaveLength(8);
    await expectAccessible(el);

    await userEvent.click(
      within(el).getByLabelText('I understand that these 7 members lose access at once.'),
    );
    await click(el, 'Remove 7 members');
    await expect(el).toAnnounce('7 members removed.');
  });

  it('says why removing was refused when the user lost the right to it meanwhile', async () => {
    const api = mockApi();
    const el = await pruner(api);
    api.service.state.identity.users.get('usr_admin')!.role = 'user_manager';
    await click(el, 'Remove inactive members');
    await expect(el).toShowText('Your role does not allow this.');
    expect(dialog(el).open).toBe(false);
    expect(await inactiveEmails(api)).toHaveLength(7);
  });

  it('offers no removal when there is nobody to remove, and says so', async () => {
    const api = mockApi();
    const admin = api.as('a_admin');
    const { previewVersion } = await admin.members.previewPrune({});
    const job = await admin.members.prune({ previewVersion, confirm: true });
    await expect.poll(async () => (await admin.members.pruneJob(job.id)).status).toBe('succeeded');
    const el = await pruner(api);
    const remove = root(el).querySelector('[part~="remove-button"]')!;
    expect(remove.getAttribute('aria-disabled')).toBe('true');
    expect(textOf(el)).toContain('There is no inactive member to remove.');
    (button(el, 'Remove inactive members').element() as HTMLElement).click();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(dialog(el).open).toBe(false);
    expect(api.requests.filter((r) => r === 'POST /workspace/prune-previews')).toHaveLength(2);
    await expectAccessible(el);
  });
});

describe('inactive-members-pruner: exports and invoices', () => {
  it('downloads the monthly CSV of billed license holders under its name', async () => {
    const { blobs, saved } = captureDownloads();
    const api = mockApi();
    const el = await pruner(api);
    const downloads: CustomEvent[] = [];
    el.addEventListener('allot-export-downloaded', (e) => downloads.push(e));
    const month = (within(el).getByLabelText('Month', { exact: true }).element() as HTMLInputElement).value;
    expect(month).toBe(monthKey(-1));
    await click(el, 'Download CSV');
    await expect(el).toAnnounce(`Downloaded billed-license-holders-${month}.csv.`);
    expect(saved).toEqual([
      { name: `billed-license-holders-${month}.csv`, href: expect.stringMatching(/^blob:/) },
    ]);
    const csv = await blobs[0]!.text();
    expect(csv.split('\r\n')[0]).toBe('month,billing_mode,unit_id,unit_name,email');
    expect(csv).toContain(`${month},user_licenses,usr_admin,Ada Martin,ada@portal-a.test`);
    expect(blobs[0]!.type).toContain('text/csv');
    // A UTF-8 byte order mark, once, so a spreadsheet program keeps the accents ("Lefèvre").
    const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
    expect([...bytes.slice(0, 4)]).toEqual([0xef, 0xbb, 0xbf, 'm'.charCodeAt(0)]);
    expect(downloads[0]!.detail).toEqual({
      kind: 'billed-license-holders',
      filename: `billed-license-holders-${month}.csv`,
      month,
    });
  });

  it('says by the month field when the month has not begun, keeping it', async () => {
    captureDownloads();
    const el = await pruner(mockApi());
    await fill(el, { Month: '2099-01' });
    await click(el, 'Download CSV');
    await expect(el).toShowText('Choose this month or an earlier one.');
    const input = within(el).getByLabelText('Month', { exact: true }).element() as HTMLInputElement;
    expect(input.value).toBe('2099-01');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(el);
  });

  it('offers last month by the service’s clock, even when the device’s clock is years off', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(TEST_NOW + 3 * 365 * 86_400_000));
    const el = await pruner(mockApi());
    const input = within(el).getByLabelText('Month', { exact: true });
    await expect.element(input).toHaveValue(monthKey(-1));
    expect(input.element().getAttribute('max')).toBe(monthKey(0));
  });

  it('lists the invoices with period, amount and status, newest first', async () => {
    const api = mockApi();
    // A wide card: each column of the table shown (a narrow one folds the period in; see below).
    const el = await mount<InactiveMembersPruner>(
      html`<div style="width: 1000px">
        <inactive-members-pruner .client=${api.as('a_admin')} locale="en"></inactive-members-pruner>
      </div>`,
      'inactive-members-pruner',
    );
    await settle(el);
    const invoices = await invoicesOf(api);
    const [newest, previous] = invoices;
    // The scenario bills the six months before the pinned one; last month's invoice is still open.
    expect(invoices.map((i) => i.periodStart)).toEqual(
      [-1, -2, -3, -4, -5, -6].map((m) => `${monthKey(m)}-01`),
    );
    // What is on screen (a narrow card shows the period elsewhere: both are in the markup).
    const rows = [...root(el).querySelectorAll<HTMLElement>('[part~="invoice"]')].map((r) =>
      r.innerText.replace(/\s+/g, ' ').trim(),
    );
    expect(rows.map((r) => r.split(' ')[0])).toEqual(invoices.map((i) => i.number));
    const euros = (minor: number) =>
      new Intl.NumberFormat('en', { style: 'currency', currency: 'EUR' }).format(minor / 100);
    // A due time is shown in the reader's time zone; a billed period is calendar days, the same everywhere.
    const due = new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(new Date(newest!.dueAt));
    expect(rows[0]).toBe(
      `${newest!.number} ${englishDay(newest!.periodStart)} – ${englishDay(newest!.periodEnd)} ` +
        `${euros(newest!.amount.amount)} Open due ${due} Download PDF`,
    );
    expect(rows[1]).toContain(`${euros(previous!.amount.amount)} Paid`);
  });

  it('fits the invoices in a narrow card (360 px): the period under the number, nothing cut', async () => {
    const api = mockApi();
    const el = await mount<InactiveMembersPruner>(
      html`<div style="width: 360px">
        <inactive-members-pruner .client=${api.as('a_admin')} locale="fr"></inactive-members-pruner>
      </div>`,
      'inactive-members-pruner',
    );
    await settle(el);
    const [newest] = await invoicesOf(api);
    const scroll = root(el).querySelector<HTMLElement>('.documents .scroll')!;
    await expect.poll(() => scroll.querySelectorAll('[part~="invoice"]').length).toBeGreaterThan(0);
    expect(scroll.scrollWidth).toBeLessThanOrEqual(scroll.clientWidth);
    const first = scroll.querySelector<HTMLElement>('[part~="invoice"]')!;
    const day = (date: string) =>
      new Intl.DateTimeFormat('fr', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(date));
    expect(first.querySelector<HTMLElement>('th')!.innerText).toContain(day(newest!.periodStart));
    const pdf = first.querySelector<HTMLElement>('button')!;
    expect(pdf.getAttribute('aria-label')).toBe(`Télécharger le PDF: ${newest!.number}`);
    expect(pdf.getBoundingClientRect().right).toBeLessThanOrEqual(scroll.getBoundingClientRect().right);
  });

  it('downloads an invoice PDF through the API, never with the token in a URL', async () => {
    const { blobs, saved } = captureDownloads();
    const api = mockApi();
    const el = await pruner(api);
    const [newest] = await invoicesOf(api);
    await click(el, `Download PDF: ${newest!.number}`);
    await expect(el).toAnnounce(`Downloaded ${newest!.number}.pdf.`);
    expect(saved[0]!.name).toBe(`${newest!.number}.pdf`);
    expect(saved[0]!.href).toMatch(/^blob:/);
    expect(blobs[0]!.type).toBe('application/pdf');
    expect((await blobs[0]!.text()).startsWith('%PDF')).toBe(true);
    expect(api.requests.some((r) => r.includes('tok_'))).toBe(false);
    expect(saved[0]!.href).not.toContain('tok_');
  });
});
