import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import {
  balanceOf,
  button,
  click,
  control,
  expectAccessible,
  expectDisabledWithReason,
  expectFocusOn,
  fill,
  focusButton,
  mockApi,
  mount,
  rootsOf,
  settle,
  textOf,
  type Api,
  type Who,
} from '../../test/support.js';
import type { ShareDialog } from './share-dialog.component.js';

async function dialog(api: Api, accountId = 'acc_pool_a', who: Who = 'a_admin', locale = 'en') {
  return mount<ShareDialog>(
    html`<share-dialog .client=${api.as(who)} account-id=${accountId} locale=${locale}></share-dialog>`,
  );
}

async function opened(api: Api, accountId?: string, who?: Who, locale?: string) {
  const el = await dialog(api, accountId, who, locale);
  await el.open();
  await settle(el);
  return el;
}

function fieldError(el: Element, name: string): string {
  return el.shadowRoot!.querySelector(`#f-${name}-error`)?.textContent?.trim() ?? '';
}

async function chooseFixedMinutes(el: Element) {
  await userEvent.click(control(el, 'A fixed number of minutes'));
}

async function submit(el: Element) {
  await click(el, /^(Share|Finish sharing)$/);
}

function shareRow(el: Element, portal: string): Element {
  const row = [...el.shadowRoot!.querySelectorAll('[part="share"]')].find((li) =>
    li.textContent?.includes(portal),
  );
  if (!row) throw new Error(`No share with ${portal}`);
  return row;
}

async function projectsNamed(api: Api, title: string) {
  const { items } = await api.as('a_admin').minutes.accounts.list();
  return items.filter((a) => a.title === title);
}

describe('share-dialog: opening and closing', () => {
  it('opens from its button, and gives focus back to it when closed with Escape', async () => {
    const el = await dialog(mockApi());
    await focusButton(el, 'Share minutes: Primary pool');
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => el.shadowRoot!.querySelector('dialog')!.open).toBe(true);
    await expectFocusOn(control(el, 'All minutes of “Primary pool”'));
    await userEvent.keyboard('{Escape}');
    await expectFocusOn(button(el, 'Share minutes: Primary pool'));
    expect(el.shadowRoot!.querySelector('dialog')!.open).toBe(false);
  });

  it('opens from open() and shows the account and its shares', async () => {
    const el = await opened(mockApi(), 'acc_proj_emea');
    expect(textOf(el)).toContain('From “EMEA sales”, 120 minutes available.');
    expect(textOf(shareRow(el, 'Portal B'))).toContain('Pending');
    await expectAccessible(el);
  });

  it('offers no “set as default” option on the sending side', async () => {
    const el = await opened(mockApi());
    for (const root of rootsOf(el)) expect(root.querySelector('input[type="checkbox"]')).toBeNull();
    expect(textOf(el)).not.toMatch(/default/i);
  });

  it('shows a user manager and a member its button disabled, saying why, and never opens', async () => {
    for (const who of ['a_user_manager', 'a_member'] as const) {
      const el = await dialog(mockApi(), 'acc_pool_a', who);
      const reason = 'Sharing minutes needs an administrator role.';
      await expect(el).toShowText(reason);
      await expectDisabledWithReason(el, 'Share minutes', reason);
      await expectAccessible(el);
    }
  });

  it('tells a user manager that sharing is not part of their role if opened from script', async () => {
    const el = await opened(mockApi(), 'acc_pool_a', 'a_user_manager');
    expect(el.shadowRoot!.querySelector('[part="forbidden"]')).not.toBeNull();
    await expectAccessible(el);
  });

  it('explains that an account shared by another portal cannot be shared on', async () => {
    const el = await opened(mockApi(), 'acc_proj_berlin', 'b_admin');
    expect(textOf(el)).toContain(
      'Another portal shared this account with you; only its owner can change or share it.',
    );
    expect(el.shadowRoot!.querySelector('form')).toBeNull();
  });
});

describe('share-dialog: sharing', () => {
  it('shares the whole account and says the invitation was sent', async () => {
    const api = mockApi();
    const el = await opened(api);
    const created = new Promise<CustomEvent>((resolve) =>
      el.addEventListener('allot-share-created', resolve),
    );
    await fill(el, { 'E-mail of the other portal’s owner': 'owner@portal-b.test' });
    await submit(el);
    await expect(el).toAnnounce('The invitation to share minutes has been sent to the account');
    expect((await created).detail).toMatchObject({
      accountId: 'acc_pool_a',
      recipientEmail: 'owner@portal-b.test',
      mode: 'account',
    });
    await expect(el.shadowRoot!.querySelector('[part="shares"]')!).toShowText('Portal B');
    expect(textOf(shareRow(el, 'Portal B'))).toContain('Pending');
    await expectAccessible(el);
  });

  it('shares a fixed number of minutes as one step', async () => {
    const api = mockApi();
    const el = await opened(api);
    await chooseFixedMinutes(el);
    await fill(el, {
      Title: 'Team Munich',
      'Minutes to share': '120',
      'E-mail of the other portal’s owner': 'owner@portal-b.test',
    });
    await submit(el);
    await expect(el).toAnnounce('The invitation to share minutes has been sent to the account');
    expect(await balanceOf(api, 'acc_pool_a')).toBe(880);
    const [project] = await projectsNamed(api, 'Team Munich');
    expect(project).toMatchObject({ balance: 120, activeShareCount: 1 });
  });

  it('validates the e-mail before sending anything, keeping what was typed', async () => {
    const api = mockApi();
    const el = await opened(api);
    await fill(el, { 'E-mail of the other portal’s owner': 'owner@portal-b' });
    await submit(el);
    expect(fieldError(el, 'recipientEmail')).toBe('Enter a valid e-mail address, like owner@example.com.');
    expect(control(el, 'E-mail of the other portal’s owner').value).toBe('owner@portal-b');
    expect(api.requests.filter((r) => r.startsWith('POST'))).toEqual([]);
    await expectFocusOn(control(el, 'E-mail of the other portal’s owner'));
    await expectAccessible(el);
  });

  it('says by the e-mail when no portal has it', async () => {
    const el = await opened(mockApi());
    await fill(el, { 'E-mail of the other portal’s owner': 'owner@nowhere.test' });
    await submit(el);
    await expect
      .poll(() => fieldError(el, 'recipientEmail'))
      .toBe('No portal has this owner e-mail. Check the address: nothing was shared and no e-mail was sent.');
    expect(control(el, 'E-mail of the other portal’s owner').value).toBe('owner@nowhere.test');
  });

  it('says by the e-mail when it is the portal’s own', async () => {
    const el = await opened(mockApi());
    await fill(el, { 'E-mail of the other portal’s owner': 'owner@portal-a.test' });
    await submit(el);
    await expect
      .poll(() => fieldError(el, 'recipientEmail'))
      .toBe('This is your own portal’s e-mail. Enter the e-mail of the other portal’s owner.');
  });

  it('says by the e-mail when the account is already shared with that portal', async () => {
    const el = await opened(mockApi(), 'acc_proj_emea');
    await fill(el, { 'E-mail of the other portal’s owner': 'owner@portal-b.test' });
    await submit(el);
    await expect
      .poll(() => fieldError(el, 'recipientEmail'))
      .toBe('This account is already shared with that portal (pending or accepted).');
  });

  it('says by the minutes field when the account has too few, before creating anything, then shares once', async () => {
    const api = mockApi();
    const el = await opened(api);
    await chooseFixedMinutes(el);
    await fill(el, {
      Title: 'Team Munich',
      'Minutes to share': '5000',
      'E-mail of the other portal’s owner': 'owner@portal-b.test',
    });
    await submit(el);
    await expect.poll(() => fieldError(el, 'minutes')).toBe('This account does not have that many minutes.');
    // Refused before any step: no empty project left behind, nothing sent.
    expect(textOf(el)).not.toContain('Project “Team Munich” created');
    expect(api.requests.filter((r) => r === 'POST /minute-accounts')).toHaveLength(0);
    expect(await projectsNamed(api, 'Team Munich')).toHaveLength(0);
    await expectAccessible(el);
    await fill(el, { 'Minutes to share': '300' });
    await submit(el);
    await expect(el).toAnnounce('The invitation to share minutes has been sent to the account');
    expect(await projectsNamed(api, 'Team Munich')).toHaveLength(1);
    expect(api.requests.filter((r) => r === 'POST /minute-accounts')).toHaveLength(1);
    expect(await balanceOf(api, 'acc_pool_a')).toBe(700);
    // The new share belongs to the new project, yet it is listed where the admin just made it, to resend or cancel.
    await expect.poll(() => textOf(el)).toContain('The minutes set apart in the new project “Team Munich”');
    expect(textOf(el)).not.toContain('This account is not shared with any portal.');
    await expect.element(button(el, /^Resend/).first()).toBeInTheDocument();
    await expect.element(button(el, /^Cancel/).first()).toBeInTheDocument();

    // The project is deleted elsewhere: the list drops its share and still shows the account's own shares.
    const [project] = await projectsNamed(api, 'Team Munich');
    await api.as('a_admin').minutes.projects.delete(project!.id);
    (el as unknown as { close(): void }).close();
    await (el as unknown as { open(): Promise<void> }).open();
    await settle(el);
    expect(textOf(el)).not.toContain('The minutes set apart in the new project “Team Munich”');
    expect(el.shadowRoot!.querySelector('[part="shares"] [part="error"]')).toBeNull();
  });

  it('shows what was done when the last step fails, and resumes without doing anything twice', async () => {
    const api = mockApi();
    const el = await opened(api);
    await chooseFixedMinutes(el);
    await fill(el, {
      Title: 'Team Munich',
      'Minutes to share': '100',
      'E-mail of the other portal’s owner': 'owner@nowhere.test',
    });
    await submit(el);
    await expect.poll(() => fieldError(el, 'recipientEmail')).toContain('No portal has this owner e-mail.');
    const steps = el.shadowRoot!.querySelector('[part="steps"]')!;
    expect(textOf(steps)).toContain('Project “Team Munich” created done');
    expect(textOf(steps)).toContain('Send the invitation failed');
    expect(control(el, 'Minutes to share').readOnly).toBe(true);
    await fill(el, { 'E-mail of the other portal’s owner': 'owner@portal-b.test' });
    await click(el, 'Finish sharing');
    await expect(el).toAnnounce('The invitation to share minutes has been sent to the account');
    expect(api.requests.filter((r) => r === 'POST /minute-accounts')).toHaveLength(1);
    expect(api.requests.filter((r) => r === 'POST /minute-transfers')).toHaveLength(1);
    expect(await balanceOf(api, 'acc_pool_a')).toBe(900);
  });

  it('sends the same idempotency key again when the answer to a step was lost', async () => {
    const api = mockApi();
    const el = await opened(api);
    await chooseFixedMinutes(el);
    await fill(el, {
      Title: 'Team Munich',
      'Minutes to share': '100',
      'E-mail of the other portal’s owner': 'owner@portal-b.test',
    });
    api.loseNextAnswer('POST /minute-transfers');
    await submit(el);
    await expect(el).toShowText('The service could not be reached.');
    await click(el, 'Finish sharing');
    await expect(el).toAnnounce('The invitation to share minutes has been sent to the account');
    expect(await balanceOf(api, 'acc_pool_a')).toBe(900);
    const [project] = await projectsNamed(api, 'Team Munich');
    expect(project?.balance).toBe(100);
  });

  it('says by each field what the API found wrong', async () => {
    const el = await opened(mockApi());
    await chooseFixedMinutes(el);
    await fill(el, { 'Minutes to share': '10', 'E-mail of the other portal’s owner': 'owner@portal-b.test' });
    const title = control(el, 'Title');
    title.value = 'x'.repeat(81); // past maxlength, as a script could send
    title.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await submit(el);
    await expect.poll(() => fieldError(el, 'title')).toBe('This is too long.');
    expect(title.value).toBe('x'.repeat(81));
  });

  it('shares with the keyboard alone', async () => {
    const el = await dialog(mockApi());
    await focusButton(el, 'Share minutes: Primary pool');
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => el.shadowRoot!.querySelector('dialog')!.open).toBe(true);
    await settle(el);
    await userEvent.keyboard('{ArrowDown}');
    await expect.element(control(el, 'A fixed number of minutes')).toBeChecked();
    await userEvent.keyboard('{ArrowUp}');
    await userEvent.tab();
    await expectFocusOn(control(el, 'E-mail of the other portal’s owner'));
    await userEvent.keyboard('owner@portal-b.test{Enter}');
    await expect(el).toAnnounce('The invitation to share minutes has been sent to the account');
  });

  it('says it in French', async () => {
    const el = await opened(mockApi(), 'acc_pool_a', 'a_admin', 'fr');
    await fill(el, { 'E-mail du propriétaire de l’autre portail': 'owner@portal-b.test' });
    await click(el, 'Partager');
    await expect(el).toAnnounce('L’invitation à partager des minutes a été envoyée au compte');
  });

  it('renders titles and e-mails containing markup as text', async () => {
    const api = mockApi();
    const { data } = await api.as('a_admin').minutes.projects.create({ title: '<b>Bold</b><img src=x>' });
    const el = await opened(api, data.id);
    await fill(el, { 'E-mail of the other portal’s owner': '<script>x</script>@a.test' });
    await submit(el);
    for (const root of rootsOf(el)) expect(root.querySelector('b, img, script:not([type])')).toBeNull();
    expect(textOf(el)).toContain('From “<b>Bold</b><img src=x>”');
    expect(control(el, 'E-mail of the other portal’s owner').value).toBe('<script>x</script>@a.test');
  });
});

describe('share-dialog: the account’s shares', () => {
  it('resends a pending invitation and shows when it can be resent again', async () => {
    const api = mockApi();
    const el = await opened(api, 'acc_proj_emea');
    const resent = new Promise<CustomEvent>((resolve) => el.addEventListener('allot-share-resent', resolve));
    await click(el, 'Resend: Portal B');
    await expect(el).toAnnounce('The invitation to Portal B was sent again.');
    expect((await resent).detail).toEqual({ shareId: 'shr_emea_b' });
    await expect(el).toShowText('Can be resent in ');
    expect(button(el, 'Resend: Portal B').element().getAttribute('aria-disabled')).toBe('true');
    await expectAccessible(el);
  });

  it('explains a resend refused as too soon and counts down from Retry-After', async () => {
    const api = mockApi();
    const el = await opened(api, 'acc_proj_emea');
    await api.as('a_admin').shares.resend('shr_emea_b'); // another admin, a moment ago
    await click(el, 'Resend: Portal B');
    await expect(el).toShowText('This invitation was sent less than a minute ago.');
    expect(textOf(shareRow(el, 'Portal B'))).toMatch(
      /Can be resent in \d+ seconds|Can be resent in 1 minute/,
    );
  });

  it('says when an invitation was answered before it was resent', async () => {
    const api = mockApi();
    const el = await opened(api, 'acc_proj_emea');
    await api.as('b_admin').shares.incoming.decline('shr_emea_b');
    await click(el, 'Resend: Portal B');
    await expect(el).toShowText('This invitation is no longer pending');
    await expect.poll(() => textOf(shareRow(el, 'Portal B'))).toContain('Declined');
  });

  it('cancels a pending invitation after asking', async () => {
    const api = mockApi();
    const el = await opened(api, 'acc_proj_emea');
    const cancelled = new Promise<CustomEvent>((resolve) =>
      el.addEventListener('allot-share-cancelled', resolve),
    );
    await click(el, 'Cancel invitation: Portal B');
    await expect(el).toShowText('Cancel the invitation to Portal B?');
    await expectAccessible(el);
    await click(el.shadowRoot!.querySelector('dialog.confirm')!, 'Cancel invitation');
    await expect(el).toAnnounce('The invitation to Portal B was cancelled.');
    expect((await cancelled).detail).toEqual({ shareId: 'shr_emea_b', status: 'cancelled' });
    await expect.poll(() => textOf(shareRow(el, 'Portal B'))).toContain('Cancelled');
  });

  it('revokes an accepted share after saying what the other portal loses', async () => {
    const api = mockApi();
    const el = await opened(api, 'acc_proj_berlin');
    await click(el, 'Revoke access: Portal B');
    await expect(el).toShowText(
      'Portal B loses access at once. If this account was its default, its sessions draw from its own pool again.',
    );
    await click(el.shadowRoot!.querySelector('dialog.confirm')!, 'Revoke access');
    await expect(el).toAnnounce('Portal B no longer has access to “Team Berlin”.');
    await expect.poll(() => textOf(shareRow(el, 'Portal B'))).toContain('Revoked');
    const { defaultAccountId } = await api.as('b_admin').minutes.accounts.list();
    expect(defaultAccountId).toBe('acc_pool_b');
  });

  it('changes nothing when the confirmation is dismissed, and gives focus back', async () => {
    const api = mockApi();
    const el = await opened(api, 'acc_proj_berlin');
    await click(el, 'Revoke access: Portal B');
    await click(el.shadowRoot!.querySelector('dialog.confirm')!, 'Keep sharing');
    await expectFocusOn(button(el, 'Revoke access: Portal B'));
    expect(textOf(shareRow(el, 'Portal B'))).toContain('Accepted');
    expect(api.requests).not.toContain('POST /shares/shr_berlin_b/cancel');
  });

  it('says when the share had already ended', async () => {
    const api = mockApi();
    const el = await opened(api, 'acc_proj_emea');
    await api.as('a_super_admin').shares.cancel('shr_emea_b');
    await click(el, 'Cancel invitation: Portal B');
    await click(el.shadowRoot!.querySelector('dialog.confirm')!, 'Cancel invitation');
    await expect(el).toShowText('This share has already ended.');
  });
});
