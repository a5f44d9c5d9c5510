import { secretKeys, tokens } from '@allot/mock';
import { createClient, type Client } from '@allot/sdk';
import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import {
  expectDisabledWithReason,
  announcements,
  type Api,
  BASE_URL,
  button,
  click,
  expectAccessible,
  expectFocusOn,
  fill,
  mockApi,
  mount,
  mountWhileLoading,
  textOf,
  type Who,
  within,
} from '../../test/support.js';
import type { MemberInvite } from './member-invite.component.js';

async function inviter(api: Api, who: Who = 'a_admin', locale = 'en'): Promise<MemberInvite> {
  return mount<MemberInvite>(html`<member-invite .client=${api.as(who)} locale=${locale}></member-invite>`);
}

type Invitee = 'unpaid' | 'cancelling' | 'linked' | 'paid';

function clientOf(api: Api, who: Invitee): Client {
  return createClient({ baseUrl: BASE_URL, token: tokens[who], fetch: api.fetch, retry: 0 });
}

async function invitee(client: Client, locale = 'en'): Promise<MemberInvite> {
  return mount<MemberInvite>(
    html`<member-invite mode="invitee" .client=${client} locale=${locale}></member-invite>`,
  );
}

const root = (el: Element) => el.shadowRoot!;
const dialog = (el: Element) => root(el).querySelector('dialog');

function part(el: Element, name: string): Element {
  const found = (el.shadowRoot ?? el).querySelector(`[part~="${name}"]`);
  if (!found) throw new Error(`No part ${name}`);
  return found;
}

/** Each address of the last batch with what the widget says next to it. */
function outcomes(el: Element): [string, string][] {
  return [...root(el).querySelectorAll('[part="outcome"]')].map((li) => [
    li.querySelector('.address')!.textContent!.trim(),
    li.querySelector('.outcome')!.textContent!.trim(),
  ]);
}

function emailsField(el: Element): HTMLTextAreaElement {
  return root(el).querySelector('#f-emails')!;
}

function pendingEmails(el: Element): string[] {
  return [...part(el, 'pending').querySelectorAll('[part="invitation"] strong')].map((s) =>
    s.textContent!.trim(),
  );
}

/** The invitation card of a portal, on the invitee side. */
function card(el: Element, portal: string): Element {
  const found = [...root(el).querySelectorAll('[part="invitation"]')].find(
    (li) => li.querySelector('h3')?.textContent?.trim() === portal,
  );
  if (!found) throw new Error(`No invitation from ${portal}`);
  return found;
}

function plain(node: Element): string {
  return node.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

async function statusOf(api: Api, invitationId: string): Promise<string | undefined> {
  const { items } = await api
    .as('a_admin')
    .invitations.list({ status: ['pending', 'accepted', 'declined', 'expired', 'revoked'], limit: 100 });
  return items.find((i) => i.id === invitationId)?.status;
}

/** Presses Tab from the page's start until `target` has the focus, as a keyboard user would. */
async function tabTo(el: Element, target: (focused: Element) => boolean): Promise<void> {
  (document.activeElement as HTMLElement | null)?.blur();
  for (let i = 0; i < 60; i++) {
    await userEvent.keyboard('{Tab}');
    const focused = root(el).activeElement;
    if (focused && target(focused)) return;
  }
  throw new Error('Tab never reached the element');
}

/** An amount as the widget shows it (spaces made plain, as `plain()` reads them). */
const euro = (minor: number, locale = 'en') =>
  new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' })
    .format(minor / 100)
    .replace(/\s/g, ' ');

describe('member-invite: what it shows', () => {
  it('shows the invite form, what moves with a user and what does not, and the pending invitations', async () => {
    const el = await inviter(mockApi());
    const moves = plain(part(el, 'moves'));
    for (const text of [
      'Moves with the user',
      'Scheduled meetings and webinars',
      'Cloud recordings',
      'Chat history',
      'Contacts',
      'Settings',
      'Does not move',
      'Large-meeting and webinar licenses',
      'Report data',
    ]) {
      expect(moves).toContain(text);
    }
    expect(textOf(part(el, 'pending'))).toContain('Pending (5)');
    expect(pendingEmails(el)).toEqual([
      'owner@paid.test',
      'owner@unpaid.test',
      'owner@cancelling.test',
      'owner@linked.test',
      'nina@portal-b.test',
    ]);
    expect(plain(part(el, 'pending'))).toContain('Licensed: Connect Standard');
    await expectAccessible(el);
  });

  it('shows a loading state while the API answers', async () => {
    const { el, release } = await mountWhileLoading(mockApi(), 'member-invite');
    expect(root(el).querySelector('[part="loading"]')).not.toBeNull();
    await expectAccessible(el);
    await release();
    expect(textOf(el)).toContain('Pending (5)');
  });

  it('shows an error with a way to try again when the service is down', async () => {
    const api = mockApi();
    api.service.faults.set({ unavailable: true });
    const el = await inviter(api);
    expect(textOf(el)).toContain('The service is not available right now.');
    await expectAccessible(el);
    api.service.faults.clear();
    await click(el, 'Try again');
    await expect(el).toShowText('Pending (5)');
  });

  it('says the user has no access when their role cannot see members', async () => {
    const el = await inviter(mockApi(), 'a_member');
    expect(root(el).querySelector('[part="forbidden"]')).not.toBeNull();
    await expectAccessible(el);
  });

  it('shows the pending invitations without the form, resend and revoke disabled with the reason, when the token may only read them', async () => {
    const api = mockApi();
    const server = createClient({ baseUrl: BASE_URL, token: secretKeys.a, fetch: api.fetch, retry: 0 });
    const { token } = await server.widgetTokens.create({
      portalId: 'prt_a',
      userId: 'usr_admin',
      permissions: ['members:read'],
    });
    const client = createClient({ baseUrl: BASE_URL, token, fetch: api.fetch, retry: 0 });
    const el = await mount<MemberInvite>(html`<member-invite .client=${client}></member-invite>`);
    // The admin's role may invite: the token was minted without it, and the reason says so.
    const reason =
      "This widget's token does not include the permission members:invite, which this needs. Your role has it: the page that embeds the widget must ask for it when it creates the token.";
    expect(textOf(el)).toContain(reason);
    expect(root(el).querySelector('#f-emails')).toBeNull();
    expect(pendingEmails(el)).toHaveLength(5);
    // Shown, disabled with the reason, never sent: the same rule as every widget.
    await expectDisabledWithReason(el, 'Resend: owner@paid.test', reason);
    await expectDisabledWithReason(el, 'Revoke: owner@paid.test', reason);
    expect(pendingEmails(el)).toHaveLength(5);
    expect(textOf(el)).not.toContain('sent again');
    // Without the catalogue (no licenses:read), a licensed invitation counts its products: no raw id.
    expect(textOf(el)).toContain('Licensed: 1 product');
    expect(textOf(el)).not.toContain('prd_');
    await expectAccessible(el);
  });

  it('shows what the service sends as text, never as markup', async () => {
    const api = mockApi();
    api.service.state.identity.users.get('usr_paid')!.name = '<img src=x onerror="window.__xss=1">Paz';
    const el = await inviter(api);
    expect(plain(part(el, 'pending'))).toContain('<img src=x onerror="window.__xss=1">Paz');
    expect(root(el).querySelector('img')).toBeNull();
    expect((window as { __xss?: number }).__xss).toBeUndefined();
  });

  it('speaks French', async () => {
    const el = await inviter(mockApi(), 'a_admin', 'fr');
    expect(textOf(el)).toContain('Inviter des utilisateurs existants');
    expect(textOf(el)).toContain('En attente (5)');
    expect(textOf(el)).toContain('Transféré avec l’utilisateur');
    await expectAccessible(el);
  });

  it('speaks German', async () => {
    const el = await inviter(mockApi(), 'a_admin', 'de');
    expect(textOf(el)).toContain('Bestehende Nutzer einladen');
    expect(textOf(el)).toContain('Ausstehend (5)');
    expect(textOf(el)).toContain('Wird nicht übertragen');
    await expectAccessible(el);
  });
});

describe('member-invite: inviting', () => {
  it('invites several users at once and says next to each address what happened', async () => {
    const api = mockApi();
    const el = await inviter(api);
    const invited: CustomEvent[] = [];
    el.addEventListener('allot-members-invited', (e) => invited.push(e));
    await fill(el, {
      'E-mail addresses': 'owner@portal-b.test, nobody@nowhere.test\nlina@portal-a.test; nina@portal-b.test',
    });
    await expect(el).toShowText('4 addresses');
    await click(el, 'Send invitations');
    await expect(el).toAnnounce(
      '1 invitation sent. 3 addresses were not invited: the reason is next to each.',
    );
    expect(outcomes(el)).toEqual([
      ['owner@portal-b.test', 'Invited'],
      [
        'nobody@nowhere.test',
        'No user has this e-mail. Only people who already have an account can be invited.',
      ],
      ['lina@portal-a.test', 'Already a member of this portal.'],
      [
        'nina@portal-b.test',
        'Already invited and still pending. Resend that invitation from the Pending list.',
      ],
    ]);
    expect(emailsField(el).value).toBe('nobody@nowhere.test\nlina@portal-a.test\nnina@portal-b.test');
    expect(textOf(el)).toContain('The addresses that were not invited stay in the field');
    await expect.poll(() => pendingEmails(el)).toContain('owner@portal-b.test');
    expect(textOf(part(el, 'pending'))).toContain('Pending (6)');
    expect(invited[0]!.detail).toMatchObject({
      invited: [{ email: 'owner@portal-b.test' }],
      failed: [
        { email: 'nobody@nowhere.test', code: 'user_not_found' },
        { email: 'lina@portal-a.test', code: 'already_member' },
        { email: 'nina@portal-b.test', code: 'invitation_exists' },
      ],
      membership: { type: 'basic' },
    });
    await expectAccessible(el);
  });

  it('says next to each address what is wrong with it before sending anything', async () => {
    const api = mockApi();
    const el = await inviter(api);
    await fill(el, { 'E-mail addresses': 'ok@portal-b.test, not-an-address, OK@portal-b.test' });
    await click(el, 'Send invitations');
    await expect(el).toShowText('Correct 2 addresses.');
    expect(outcomes(el)).toEqual([
      ['not-an-address', 'Not a valid e-mail address.'],
      ['OK@portal-b.test', 'Listed twice.'],
    ]);
    expect(emailsField(el).getAttribute('aria-invalid')).toBe('true');
    expect(root(el).activeElement).toBe(emailsField(el));
    expect(emailsField(el).value).toBe('ok@portal-b.test, not-an-address, OK@portal-b.test');
    expect(api.requests).not.toContain('POST /invitations');
    await expectAccessible(el);
  });

  it('sends at most 50 addresses at a time', async () => {
    const api = mockApi();
    const el = await inviter(api);
    const many = Array.from({ length: 51 }, (_, i) => `user${i}@portal-b.test`).join('\n');
    await fill(el, { 'E-mail addresses': many });
    await click(el, 'Send invitations');
    await expect(el).toShowText('At most 50 addresses at a time; there are 51.');
    expect(api.requests).not.toContain('POST /invitations');
  });

  it('says by the addresses which one the service refused, keeping what was typed', async () => {
    const api = mockApi();
    const el = await inviter(api);
    const long = `${'a'.repeat(250)}@portal-b.test`;
    await fill(el, { 'E-mail addresses': `owner@portal-b.test\n${long}` });
    await click(el, 'Send invitations');
    await expect(el).toShowText('Correct 1 address.');
    expect(outcomes(el)).toEqual([[long, 'Not a valid e-mail address.']]);
    expect(emailsField(el).value).toBe(`owner@portal-b.test\n${long}`);
    expect(api.requests).toContain('POST /invitations');
    expect(await statusOf(api, 'invt_a_expired')).toBe('expired');
    expect(pendingEmails(el)).not.toContain('owner@portal-b.test');
    await expectAccessible(el);
  });

  it('warns that a licensed user who joins as a basic member loses the licensed features', async () => {
    const el = await inviter(mockApi());
    const warning =
      'Someone on a licensed plan who joins as a basic member loses the licensed features, such as cloud recording and meetings longer than 40 minutes, until a license is assigned.';
    expect(textOf(el)).toContain(warning);
    await userEvent.click(within(el).getByRole('radio', { name: 'Licensed member' }));
    await expect.poll(() => textOf(el)).not.toContain(warning);
  });

  it('asks for a product when inviting with licenses, then invites with the products of the catalogue', async () => {
    const api = mockApi();
    const el = await inviter(api);
    await fill(el, { 'E-mail addresses': 'owner@portal-b.test' });
    await userEvent.click(within(el).getByRole('radio', { name: 'Licensed member' }));
    await click(el, 'Send invitations');
    await expect(el).toShowText('Choose at least one product.');
    expect(api.requests).not.toContain('POST /invitations');
    for (const name of ['Connect Standard', 'Contact Center', 'Live Reports']) {
      await expect.element(within(el).getByRole('checkbox', { name })).toBeInTheDocument();
    }
    await userEvent.click(within(el).getByRole('checkbox', { name: 'Contact Center' }));
    await click(el, 'Send invitations');
    await expect(el).toAnnounce('1 invitation sent.');
    const { items } = await api.as('a_admin').invitations.list();
    expect(items.find((i) => i.email === 'owner@portal-b.test')!.membership).toEqual({
      type: 'licensed',
      productIds: ['prd_cc'],
    });
    await expect(el).toShowText('Licensed: Contact Center');
  });

  it('says how many licenses of each product are free, and warns before inviting more people than that', async () => {
    const api = mockApi();
    const free = async (productId: string) =>
      (await api.as('a_admin').licenses.list({ status: 'unassigned', limit: 1 })).facets.products.find(
        (f) => f.productId === productId,
      )?.count ?? 0;
    const contactCenter = await free('prd_cc');
    expect(contactCenter).toBeGreaterThan(0);
    const el = await inviter(api);
    await userEvent.click(within(el).getByRole('radio', { name: 'Licensed member' }));
    const box = within(el).getByRole('checkbox', { name: 'Contact Center' });
    await expect.element(box).toHaveAccessibleDescription(`${contactCenter} free`);
    await userEvent.click(box);
    const addresses = Array.from({ length: contactCenter + 1 }, (_, i) => `person${i}@portal-b.test`);
    await fill(el, { 'E-mail addresses': addresses.join('\n') });
    await expect(el).toShowText(
      `Contact Center: ${contactCenter} free licenses for ${addresses.length} invitees. The first to join get one; buy more in the license table.`,
    );
    // As many people as free licenses: nothing to warn about.
    await fill(el, { 'E-mail addresses': addresses.slice(1).join('\n') });
    await expect.poll(() => textOf(el)).not.toContain('free licenses for');
  });

  it('still invites with licenses when the free counts cannot be read, without claiming any', async () => {
    const api = mockApi();
    api.service.faults.set({ errorRate: { listLicenses: 1 } });
    const el = await inviter(api);
    await userEvent.click(within(el).getByRole('radio', { name: 'Licensed member' }));
    const box = within(el).getByRole('checkbox', { name: 'Contact Center' });
    await expect.element(box).toHaveAccessibleDescription('');
    expect(textOf(el.shadowRoot!.querySelector('fieldset.products')!)).toBe(
      'Licenses to assign Connect Standard Contact Center Live Reports',
    );
    await userEvent.click(box);
    await fill(el, { 'E-mail addresses': 'owner@portal-b.test' });
    await click(el, 'Send invitations');
    await expect(el).toAnnounce('1 invitation sent.');
  });

  it('says when a product has no free license that invitees join without it', async () => {
    const api = mockApi();
    const admin = api.as('a_admin');
    const cc = (await admin.licenses.inventory()).items.find((i) => i.productId === 'prd_cc')!;
    await admin.licenses.delete({ productId: 'prd_cc', quantity: cc.unassigned });
    const el = await inviter(api);
    await userEvent.click(within(el).getByRole('radio', { name: 'Licensed member' }));
    const box = within(el).getByRole('checkbox', { name: 'Contact Center' });
    await expect.element(box).toHaveAccessibleDescription('none free');
    await userEvent.click(box);
    await expect(el).toShowText(
      'Contact Center: no free license. Invitees join without it until one is bought in the license table.',
    );
  });

  it('says why inviting was refused when the user lost the right to it meanwhile', async () => {
    const api = mockApi();
    const el = await inviter(api);
    api.service.state.identity.users.get('usr_admin')!.role = 'member';
    await fill(el, { 'E-mail addresses': 'owner@portal-b.test' });
    await click(el, 'Send invitations');
    await expect(el).toShowText('Your role does not allow this.');
    expect(emailsField(el).value).toBe('owner@portal-b.test');
    await expectAccessible(el);
  });

  it('invites with the keyboard only', async () => {
    const api = mockApi();
    const el = await inviter(api);
    await tabTo(el, (focused) => focused.id === 'f-emails');
    await userEvent.keyboard('owner@portal-b.test');
    await tabTo(el, (focused) => focused.textContent?.trim() === 'Send invitations');
    await userEvent.keyboard('{Enter}');
    await expect(el).toAnnounce('1 invitation sent.');
    expect(outcomes(el)).toEqual([['owner@portal-b.test', 'Invited']]);
  });
});

describe('member-invite: pending invitations', () => {
  it('sends a pending invitation again, renewing its 30 days', async () => {
    const api = mockApi();
    const el = await inviter(api);
    const resent: CustomEvent[] = [];
    el.addEventListener('allot-invitation-resent', (e) => resent.push(e));
    api.service.advance(24 * 3600 * 1000);
    await click(el, 'Resend: owner@linked.test');
    await expect(el).toAnnounce('The invitation to owner@linked.test was sent again. It now expires');
    expect(resent[0]!.detail).toMatchObject({ invitationId: 'invt_a_linked', email: 'owner@linked.test' });
    const { items } = await api.as('a_admin').invitations.list();
    const renewed = items.find((i) => i.id === 'invt_a_linked')!;
    expect(Date.parse(renewed.expiresAt) - api.service.now()).toBeGreaterThan(29 * 24 * 3600 * 1000);
  });

  it('revokes a pending invitation once confirmed, and gives the focus back to the list', async () => {
    const api = mockApi();
    const el = await inviter(api);
    const revoked: CustomEvent[] = [];
    el.addEventListener('allot-invitation-revoked', (e) => revoked.push(e));
    await click(el, 'Revoke: owner@cancelling.test');
    await expect.poll(() => dialog(el)?.open).toBe(true);
    expect(plain(dialog(el)!)).toContain('Revoke the invitation to owner@cancelling.test?');
    expect(plain(dialog(el)!)).toContain('The link in the e-mail stops working.');
    await expectAccessible(el);
    await click(el, 'Revoke invitation');
    await expect(el).toAnnounce('The invitation to owner@cancelling.test was revoked.');
    expect(await statusOf(api, 'invt_a_cancelling')).toBe('revoked');
    expect(revoked[0]!.detail).toEqual({ invitationId: 'invt_a_cancelling', email: 'owner@cancelling.test' });
    await expect.poll(() => pendingEmails(el)).not.toContain('owner@cancelling.test');
    await expect.poll(() => root(el).activeElement?.id).toBe('pending-title');
  });

  it('keeps the invitation when the revoke is not confirmed', async () => {
    const api = mockApi();
    const el = await inviter(api);
    await click(el, 'Revoke: owner@linked.test');
    await expect.poll(() => dialog(el)?.open).toBe(true);
    await click(el, 'Keep the invitation');
    await expect.poll(() => dialog(el)?.open ?? false).toBe(false);
    expect(await statusOf(api, 'invt_a_linked')).toBe('pending');
    await expect
      .poll(() => root(el).activeElement?.getAttribute('aria-label'))
      .toBe('Revoke: owner@linked.test');
  });

  it('revokes with the keyboard only', async () => {
    const api = mockApi();
    const el = await inviter(api);
    await tabTo(el, (focused) => focused.getAttribute('aria-label') === 'Revoke: owner@unpaid.test');
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => dialog(el)?.open).toBe(true);
    expect(root(el).activeElement?.textContent?.trim()).toBe('Keep the invitation');
    await userEvent.keyboard('{Tab}');
    await userEvent.keyboard('{Enter}');
    await expect(el).toAnnounce('The invitation to owner@unpaid.test was revoked.');
    expect(await statusOf(api, 'invt_a_unpaid')).toBe('revoked');
  });

  it('shows, on an accepted invitation, the credit the invitee’s choice gave this portal', async () => {
    const api = mockApi();
    await clientOf(api, 'paid').invitations.incoming.accept('invt_a_paid', { settlement: 'transfer_credit' });
    const [credit] = (await api.as('a_admin').billing.credits.list()).items;
    const el = await inviter(api);
    const history = part(el, 'history') as HTMLDetailsElement;
    await userEvent.click(history.querySelector('summary')!);
    const row = [...history.querySelectorAll('[part="invitation"]')].find((r) =>
      plain(r).includes('owner@paid.test'),
    )!;
    const euros = new Intl.NumberFormat('en', {
      style: 'currency',
      currency: credit!.amount.currency,
    }).format(credit!.amount.amount / 100);
    expect(plain(row).replace(/\s+/g, ' ')).toContain(`a credit of ${euros} on your next invoice`);
    // Without billing:read, the history is the same minus the credit.
    const server = createClient({ baseUrl: BASE_URL, token: secretKeys.a, fetch: api.fetch, retry: 0 });
    const { token } = await server.widgetTokens.create({
      portalId: 'prt_a',
      userId: 'usr_admin',
      permissions: ['members:read', 'members:invite'],
    });
    const narrow = await mount<MemberInvite>(
      html`<member-invite
        .client=${createClient({ baseUrl: BASE_URL, token, fetch: api.fetch, retry: 0 })}
      ></member-invite>`,
    );
    await userEvent.click(part(narrow, 'history').querySelector('summary')!);
    await expect.poll(() => plain(part(narrow, 'history'))).toContain('owner@paid.test');
    expect(plain(part(narrow, 'history'))).not.toContain('credit');
  });

  it('says which pending invitees cannot accept yet and why, before they try', async () => {
    const el = await inviter(mockApi());
    const row = (email: string) =>
      plain(
        [...part(el, 'pending').querySelectorAll('[part="invitation"]')].find((r) =>
          plain(r).includes(email),
        )!,
      );
    expect(row('owner@unpaid.test')).toContain('Cannot accept yet: unpaid invoices.');
    expect(row('owner@cancelling.test')).toContain(
      'Cannot accept yet: a pending cancellation of their plan.',
    );
    expect(row('owner@linked.test')).toContain(
      'Cannot accept yet: users still linked to their account (error 1009).',
    );
    expect(row('owner@paid.test')).not.toContain('Cannot accept yet');
    await expectAccessible(el);
  });

  it('keeps sight of invitations once answered: accepted, declined, expired and revoked, in a history', async () => {
    const api = mockApi();
    await api.as('b_member').invitations.incoming.accept('invt_a_nina', {});
    await clientOf(api, 'paid').invitations.incoming.decline('invt_a_paid');
    const answered = await api
      .as('a_admin')
      .invitations.list({ status: ['accepted', 'declined', 'expired', 'revoked'], limit: 100 });
    const el = await inviter(api);
    const history = part(el, 'history') as HTMLDetailsElement;
    // The fixture's earlier ones and the two just answered, folded away under their count.
    expect(plain(history.querySelector('summary')!)).toBe(
      `Answered, expired or revoked (${answered.items.length})`,
    );
    expect(history.open).toBe(false);
    await userEvent.click(history.querySelector('summary')!);
    const rows = () =>
      [...history.querySelectorAll('[part="invitation"]')].map((row) => plain(row).replace(/\s+/g, ' '));
    expect(rows().find((row) => row.includes('nina@portal-b.test'))).toMatch(
      /Accepted .* accepted \w{3} \d+, \d{4}/,
    );
    expect(rows().find((row) => row.includes('owner@paid.test'))).toContain('Declined');
    expect(rows().some((row) => /Expired .* expired \w{3} \d+, \d{4}/.test(row))).toBe(true);
    expect(pendingEmails(el)).not.toContain('nina@portal-b.test');
    // Revoked here, the invitation moves from the pending list to the history at once.
    await click(el, 'Revoke: owner@cancelling.test');
    await expect.poll(() => dialog(el)?.open).toBe(true);
    await click(el, 'Revoke invitation');
    await expect(el).toAnnounce('The invitation to owner@cancelling.test was revoked.');
    await expect
      .poll(() => plain(history.querySelector('summary')!))
      .toBe(`Answered, expired or revoked (${answered.items.length + 1})`);
    await expect.poll(() => rows().find((row) => row.includes('owner@cancelling.test'))).toContain('Revoked');
    await expectAccessible(el);
  });

  it('explains an invitation that is no longer pending, and shows the list as it is now', async () => {
    const api = mockApi();
    const el = await inviter(api);
    await api.as('a_admin').invitations.revoke('invt_a_nina');
    await click(el, 'Resend: nina@portal-b.test');
    await expect(el).toShowText(
      'This invitation is no longer pending: it was accepted, revoked or it expired. The list is now up to date.',
    );
    await expect.poll(() => pendingEmails(el)).not.toContain('nina@portal-b.test');
    await expectAccessible(el);
  });
});

describe('member-invite: the invitee side', () => {
  const blockers: [Invitee, string, string][] = [
    [
      'unpaid',
      'Your current account has unpaid invoices.',
      'Pay the open invoices on your account’s Billing page, then accept.',
    ],
    [
      'cancelling',
      'Your current account has a pending cancellation.',
      'On your account’s Billing page, choose “Reactivate plan”, then accept here to receive the prorated refund or credit.',
    ],
    [
      'linked',
      '3 users are still linked to your account (error 1009).',
      'Remove, unlink or invite them into the other portal first, then accept.',
    ],
  ];

  for (const [who, blocker, fix] of blockers) {
    it(`explains what blocks accepting and what to do (${who})`, async () => {
      const el = await invitee(clientOf(mockApi(), who));
      const shown = plain(part(card(el, 'Portal A'), 'blockers'));
      expect(shown).toContain(blocker);
      expect(shown).toContain(fix);
      await expectAccessible(el);
    });
  }

  it('names the users still linked to the account (error 1009), so the invitee knows whom to deal with', async () => {
    const el = await invitee(clientOf(mockApi(), 'linked'));
    const list = part(card(el, 'Portal A'), 'linked-users');
    expect([...list.querySelectorAll('li')].map((li) => plain(li))).toEqual([
      'Jonas Weber (jonas@linked.test)',
      'Mara Klein (mara@linked.test)',
      'Tomás Ruiz (tomas@linked.test)',
    ]);
    expect(list.getAttribute('aria-label')).toBe('Users still linked');
    await expectAccessible(el);
  });

  const codes: [Invitee, string][] = [
    ['unpaid', 'Your current account has unpaid invoices, so you cannot join yet.'],
    ['cancelling', 'Your current account has a pending cancellation, so you cannot join yet.'],
    ['linked', 'Users are still linked to your current account (error 1009), so you cannot join yet.'],
  ];

  for (const [who, message] of codes) {
    it(`says why joining failed when it is tried while blocked (${who})`, async () => {
      const api = mockApi();
      const el = await invitee(clientOf(api, who));
      await userEvent.click(within(card(el, 'Portal A')).getByRole('radio', { name: /^Refund/ }));
      await click(el, 'Check again and join Portal A');
      await expect(el).toShowText(message);
      expect(plain(part(card(el, 'Portal A'), 'row-error'))).toBe(message);
      expect(await statusOf(api, `invt_a_${who}`)).toBe('pending');
      await expectAccessible(el);
    });
  }

  it('shows the prorated amount as money, with the refund timing and the credit to the inviting portal', async () => {
    const api = mockApi();
    const client = clientOf(api, 'paid');
    const { items } = await client.invitations.incoming.list();
    const settlement = items.find((i) => i.id === 'invt_a_paid')!.settlement!;
    const el = await invitee(client);
    const amount = euro(settlement.proratedAmount.amount);
    const shown = plain(part(card(el, 'Portal A'), 'settlement'));
    expect(shown).toContain(
      `Your plan costs €14.99 for ${settlement.daysInPeriod} days; ${settlement.unusedDays} days are unused: ${amount}.`,
    );
    expect(shown).toContain(`Refund ${amount} to my original payment method`);
    expect(shown).toContain('Within 3 to 5 business days, by');
    expect(shown).toContain(`Transfer ${amount} as credit to Portal A`);
    expect(shown).toContain('Applied to the next invoice of Portal A.');
    expect(plain(card(el, 'Portal A'))).toContain('You would join with 1 license.');
    expect(root(el).querySelectorAll('[part="invitation"]')).toHaveLength(2);
    await expectAccessible(el);
  });

  it('asks to choose between a refund and a credit before joining', async () => {
    const api = mockApi();
    const el = await invitee(clientOf(api, 'paid'));
    await click(el, 'Accept and join Portal A');
    await expect(el).toShowText('Choose a refund or a credit transfer.');
    const refund = within(card(el, 'Portal A')).getByRole('radio', { name: /^Refund/ });
    expect(refund.element().getAttribute('aria-invalid')).toBe('true');
    expect(root(el).activeElement).toBe(refund.element());
    expect(await statusOf(api, 'invt_a_paid')).toBe('pending');
    await expectAccessible(el);
  });

  it('joins with a refund to the original payment method', async () => {
    const api = mockApi();
    const client = clientOf(api, 'paid');
    const el = await invitee(client);
    const accepted: CustomEvent[] = [];
    el.addEventListener('allot-invitation-accepted', (e) => accepted.push(e));
    await userEvent.click(within(card(el, 'Portal A')).getByRole('radio', { name: /^Refund/ }));
    await click(el, 'Accept and join Portal A');
    await expect(el).toAnnounce('You joined Portal A.');
    expect(announcements(el)).toMatch(/will be refunded to your original payment method by/);
    expect(accepted[0]!.detail).toMatchObject({
      invitationId: 'invt_a_paid',
      portalId: 'prt_a',
      settlement: { type: 'refund' },
    });
    expect(await statusOf(api, 'invt_a_paid')).toBe('accepted');
  });

  it('joins with the credit moved to the inviting portal’s next invoice', async () => {
    const api = mockApi();
    const client = clientOf(api, 'paid');
    const el = await invitee(client);
    await userEvent.click(within(card(el, 'Portal A')).getByRole('radio', { name: /^Transfer/ }));
    await click(el, 'Accept and join Portal A');
    await expect(el).toAnnounce('You joined Portal A.');
    expect(announcements(el)).toMatch(/was credited to Portal A for its next invoice\./);
    const credits = await api.as('a_admin').billing.credits.list();
    expect(credits.items[0]).toMatchObject({ reason: 'transfer_credit', appliesTo: 'next_invoice' });
  });

  it('joins from a free plan with nothing to settle', async () => {
    const api = mockApi();
    const el = await invitee(api.as('b_member'));
    expect(root(el).querySelector('[part="settlement"]')).toBeNull();
    await click(el, 'Accept and join Portal A');
    await expect(el).toAnnounce('You joined Portal A.');
    await expect(el).toShowText('You have no pending invitations.');
  });

  it('declines an invitation after saying what that means; the inviting portal sees it declined', async () => {
    const api = mockApi();
    const el = await invitee(clientOf(api, 'paid'));
    await click(el, 'Decline: Portal A');
    await expect(el).toShowText(
      'Decline the invitation from Portal A? Portal A will see that you declined, and you stay in your current account.',
    );
    expect(await statusOf(api, 'invt_a_paid')).toBe('pending');
    await expectAccessible(el);
    await click(el, 'Decline the invitation');
    await expect(el).toAnnounce('You declined the invitation from Portal A.');
    expect(await statusOf(api, 'invt_a_paid')).toBe('declined');
    await expect.poll(() => textOf(el)).not.toContain('Accept and join Portal A');
  });

  it('keeps the invitation when the user does not confirm declining it', async () => {
    const api = mockApi();
    const el = await invitee(clientOf(api, 'paid'));
    await click(el, 'Decline: Portal A');
    await click(el, 'Keep it');
    await expectFocusOn(button(el, 'Decline: Portal A'));
    expect(await statusOf(api, 'invt_a_paid')).toBe('pending');
  });

  it('explains an invitation that was withdrawn meanwhile', async () => {
    const api = mockApi();
    const el = await invitee(clientOf(api, 'paid'));
    await api.as('a_admin').invitations.revoke('invt_a_paid');
    await userEvent.click(within(card(el, 'Portal A')).getByRole('radio', { name: /^Refund/ }));
    await click(el, 'Accept and join Portal A');
    await expect(el).toShowText('This invitation is no longer pending');
    await expect.poll(() => root(el).querySelectorAll('[part="invitation"]').length).toBe(1);
  });

  it('says when there is no invitation to answer', async () => {
    const el = await invitee(mockApi().as('a_admin'));
    expect(textOf(el)).toContain('You have no pending invitations.');
    await expectAccessible(el);
  });

  it('speaks French, with the amount in French', async () => {
    const api = mockApi();
    const client = clientOf(api, 'paid');
    const { items } = await client.invitations.incoming.list();
    const amount = items.find((i) => i.id === 'invt_a_paid')!.settlement!.proratedAmount.amount;
    const el = await invitee(client, 'fr');
    expect(plain(card(el, 'Portal A'))).toContain(
      `Me rembourser ${euro(amount, 'fr')} sur mon mode de paiement`,
    );
    expect(textOf(el)).toContain('Sous 3 à 5 jours ouvrables');
    await expectAccessible(el);
  });
});
