// Journey of source 001 on the "Two portals" page: portal A invites an existing user, who accepts from their
// own portal and moves the unused part of their plan to A as a credit.
import { api, endState, expect, openDemo, test } from './fixtures.js';

test('invites a user; the invitee accepts and transfers a prorated credit to the inviting portal', async ({
  page,
}) => {
  // The same portals and users, without the seeded invitations: the invitation below is the only one.
  await openDemo(page, 'portals.html#data=empty');
  const a = page.locator('#portal-a');
  const b = page.locator('#portal-b');
  await expect(page.getByLabel('Data')).toHaveValue('empty');
  await expect(a.locator('member-invite')).toContainText('No pending invitations.');

  const invite = a.locator('member-invite');
  await invite.getByLabel('E-mail addresses').fill('owner@paid.test');
  await expect(invite.getByRole('radio', { name: /Basic member/ })).toBeChecked();
  await invite.getByRole('button', { name: 'Send invitations' }).click();
  await expect(invite.getByText('1 invitation sent.')).toBeVisible();
  await expect(invite.locator('[part~="pending"]')).toContainText('owner@paid.test');

  // The invitee signs in to their own portal on the right, in the same browser.
  await b.getByLabel('Signed in as').selectOption('tok_paid');
  const incoming = b.locator('member-invite');
  const invitation = incoming.locator('[part~="invitation"]', { hasText: 'Portal A' });
  await expect(invitation).toContainText('You would join as a basic member, without licenses.');
  await expect(invitation).toContainText('20 days are unused: €9.67');
  await invitation.getByRole('radio', { name: 'Transfer €9.67 as credit to Portal A' }).check();
  await invitation.getByRole('button', { name: 'Accept and join Portal A' }).click();
  await expect(
    incoming.getByText('You joined Portal A. €9.67 was credited to Portal A for its next invoice.'),
  ).toBeVisible();

  // Portal A: nothing pending any more, one credit of 9.67 EUR, and Paz Solo is a member.
  await expect(invite).toContainText('No pending invitations.');
  const credits = await api<{ items: { amount: { amount: number; currency: string } }[]; total: number }>(
    page,
    'tok_a_admin',
    '/billing/credits',
  );
  expect(credits.total).toBe(1);
  expect(credits.items[0]?.amount).toEqual({ amount: 967, currency: 'EUR' });
  const invitations = await api<{ items: { email: string; status: string }[] }>(
    page,
    'tok_a_admin',
    '/invitations?status=accepted',
  );
  expect(invitations.items.map((i) => [i.email, i.status])).toEqual([['owner@paid.test', 'accepted']]);
  const users = await api<{ items: { email: string }[] }>(page, 'tok_a_admin', '/users?q=paid.test');
  expect(users.items.map((u) => u.email)).toEqual(['owner@paid.test']);

  await endState(page, 'invite-and-accept-with-credit');
});
