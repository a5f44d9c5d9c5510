/**
 * What an integrator meets when minting widget tokens: each widget names the permissions it reads and acts
 * with; a token minted with them works in full; a token minted without one that the user's role has is told
 * apart from a role that lacks it: the message names the permission, an `allot-error` event carries it, and
 * the console says it once.
 */
import { secretKeys } from '@allot/mock';
import { createClient } from '@allot/sdk';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BASE_URL, mockApi, rootsOf, settle, textOf, type Api } from '../../test/support.js';
import type { AllotElement } from './allot-element.js';
import type { Permission } from './permission.js';

const TAGS = [
  'minutes-balance',
  'share-dialog',
  'license-table',
  'inactive-members-pruner',
  'member-invite',
] as const;
type Tag = (typeof TAGS)[number];

const permissionsOf = (tag: Tag) => (customElements.get(tag) as unknown as typeof AllotElement).permissions;

/** A widget token for portal A's admin, minted server to server as the README shows. */
async function mint(api: Api, permissions: readonly Permission[]): Promise<string> {
  const server = createClient({ baseUrl: BASE_URL, token: secretKeys.a, fetch: api.fetch, retry: 0 });
  const { token } = await server.widgetTokens.create({
    portalId: 'prt_a',
    userId: 'usr_admin',
    permissions: [...permissions],
  });
  return token;
}

const hosts: HTMLElement[] = [];
afterEach(() => {
  for (const host of hosts.splice(0)) host.remove();
  vi.restoreAllMocks();
});

/** Mounts `tag` on a client of `token`, recording its `allot-error` events. */
async function mountWith(api: Api, tag: Tag, token: string) {
  const errors: { code: string; message: string; status?: number }[] = [];
  const el = document.createElement(tag) as AllotElement;
  el.client = createClient({ baseUrl: BASE_URL, token, fetch: api.fetch, retry: 0 });
  if (tag === 'share-dialog') el.setAttribute('account-id', 'acc_pool_a');
  el.addEventListener('allot-error', (event) => errors.push((event as CustomEvent).detail));
  document.body.append(el);
  hosts.push(el);
  await settle(el);
  return { el, errors };
}

const reasons = (el: Element) =>
  rootsOf(el).flatMap((root) => [...root.querySelectorAll('[part~="reason"], [part="forbidden"]')]);

describe('widget token permissions', () => {
  it('names, for every widget, the permissions it reads and acts with', () => {
    expect(Object.fromEntries(TAGS.map((tag) => [tag, permissionsOf(tag)]))).toEqual({
      'minutes-balance': { read: ['minutes:read'], act: ['minutes:purchase', 'minutes:manage'] },
      'share-dialog': { read: ['minutes:read'], act: ['minutes:manage'] },
      'license-table': {
        read: ['licenses:read'],
        act: ['licenses:assign', 'licenses:purchase', 'licenses:delete', 'cost_centers:manage'],
      },
      'inactive-members-pruner': { read: ['members:read', 'billing:read'], act: ['members:remove'] },
      'member-invite': { read: ['members:read', 'licenses:read'], act: ['members:invite'] },
    });
  });

  it.each(TAGS)('%s works in full with a token minted with exactly its permissions', async (tag) => {
    const api = mockApi();
    const { read, act } = permissionsOf(tag);
    const { el, errors } = await mountWith(api, tag, await mint(api, [...read, ...act]));
    expect(reasons(el)).toEqual([]);
    expect(errors).toEqual([]);
    expect(textOf(el)).not.toContain('token');
  });

  it.each(TAGS)(
    '%s names the read permission its token lacks, once in an allot-error event and once in the console',
    async (tag) => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const api = mockApi();
      const { read, act } = permissionsOf(tag);
      const [missing] = read;
      const { el, errors } = await mountWith(
        api,
        tag,
        await mint(
          api,
          [...read, ...act].filter((p) => p !== missing),
        ),
      );
      // The share button shows no loading state while it reads who the user is: wait for the words.
      await expect
        .poll(() => textOf(el))
        .toContain(`This widget's token does not include the permission ${missing}`);
      expect(textOf(el)).not.toContain('Your role does not include it');
      expect(errors.filter((e) => e.message.includes(missing!))).toEqual([
        expect.objectContaining({ code: 'forbidden', status: 403 }),
      ]);
      const warned = warn.mock.calls.map((call) => String(call[0])).filter((m) => m.includes(missing!));
      expect(warned.length).toBeLessThanOrEqual(1); // once per page: an earlier test may have said it already
      el.requestUpdate();
      await settle(el);
      expect(errors.filter((e) => e.message.includes(missing!))).toHaveLength(1);
    },
  );

  it('disables an action whose permission the token lacks, with a reason naming it, not the role', async () => {
    const api = mockApi();
    const { el, errors } = await mountWith(
      api,
      'minutes-balance',
      await mint(api, ['minutes:read', 'minutes:manage']),
    );
    const text = textOf(el);
    expect(text).toContain(`This widget's token does not include the permission minutes:purchase`);
    expect(text).not.toContain('need an administrator role');
    expect(errors).toEqual([expect.objectContaining({ code: 'forbidden', status: 403 })]);
  });

  it('reports a gap once, however many widgets inside it share the token (each card’s share button)', async () => {
    const api = mockApi();
    const token = await mint(api, ['minutes:read', 'minutes:purchase']);
    const { el, errors } = await mountWith(api, 'minutes-balance', token);
    await expect.poll(() => textOf(el)).toContain('does not include the permission minutes:manage');
    expect(errors).toEqual([expect.objectContaining({ code: 'forbidden', status: 403 })]);
  });

  it('keeps the role’s reason when the role itself lacks the permission', async () => {
    const api = mockApi();
    const { el, errors } = await mountWith(
      api,
      'license-table',
      (await import('@allot/mock')).tokens.a.user_manager,
    );
    expect(textOf(el)).toContain('Buying and deleting licenses needs an administrator role.');
    expect(textOf(el)).not.toContain('token');
    expect(errors).toEqual([]);
  });
});
