import { tokens } from '@allot/mock';
import { html } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { BASE_URL, click, control, fill, mockApi, mount, settle, textOf } from '../../test/support.js';
import type { MinutesBalance } from '../minutes-balance/minutes-balance.component.js';
import type { ShareDialog } from '../share-dialog/share-dialog.component.js';
import type { AllotProvider } from './provider.component.js';

function figureOf(el: Element, title: string): string | undefined {
  return (
    [...el.shadowRoot!.querySelectorAll('[part~="account"]')]
      .find((li) => li.querySelector('h3')?.textContent === title)
      ?.querySelector('.figure')?.textContent ?? undefined
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('allot-provider', () => {
  it('gives the widgets inside one client and one cache', async () => {
    const api = mockApi();
    const provider = await mount<AllotProvider>(
      html`<allot-provider .client=${api.as('a_admin')}>
        <minutes-balance></minutes-balance>
        <share-dialog account-id="acc_pool_a"></share-dialog>
      </allot-provider>`,
    );
    await settle(provider.querySelector('minutes-balance')!);
    expect(api.requests.filter((r) => r === 'GET /me')).toHaveLength(1);
    expect(api.requests.filter((r) => r === 'GET /minute-accounts')).toHaveLength(1);
  });

  it('can be connected before it has credentials, and connects its widgets once it gets them', async () => {
    const api = mockApi();
    const provider = await mount<AllotProvider>(
      html`<allot-provider base-url=${BASE_URL}><minutes-balance></minutes-balance></allot-provider>`,
    );
    const balance = provider.querySelector<MinutesBalance>('minutes-balance')!;
    provider.client = api.as('a_admin');
    await settle(balance);
    await expect.poll(() => figureOf(balance, 'Primary pool')).toBe('1,000');
  });

  it('refreshes every widget when one of them changes the minutes', async () => {
    const api = mockApi();
    const provider = await mount<AllotProvider>(
      html`<allot-provider .client=${api.as('a_admin')}>
        <minutes-balance></minutes-balance>
        <share-dialog account-id="acc_pool_a"></share-dialog>
      </allot-provider>`,
    );
    const balance = provider.querySelector<MinutesBalance>('minutes-balance')!;
    const share = provider.querySelector<ShareDialog>('share-dialog')!;
    await settle(balance);
    await share.open();
    await settle(share);
    await userEvent.click(control(share, 'A fixed number of minutes'));
    await fill(share, {
      Title: 'Team Munich',
      'Minutes to share': '120',
      'E-mail of the other portal’s owner': 'owner@portal-b.test',
    });
    await click(share, 'Share');
    await expect(share).toAnnounce('The invitation to share minutes has been sent to the account');
    await expect.poll(() => figureOf(balance, 'Primary pool')).toBe('880');
    await expect.poll(() => figureOf(balance, 'Team Munich')).toBe('120');
  });

  it('lets events out of every shadow root, typed, to the page', async () => {
    const api = mockApi();
    const provider = await mount<AllotProvider>(
      html`<allot-provider .client=${api.as('a_admin')}><minutes-balance></minutes-balance></allot-provider>`,
    );
    const balance = provider.querySelector('minutes-balance')!;
    await settle(balance);
    const heard = new Promise<string>((resolve) =>
      document.addEventListener('allot-share-created', (event) => resolve(event.detail.recipientEmail), {
        once: true,
      }),
    );
    const inner = balance.shadowRoot!.querySelector<ShareDialog>('share-dialog[account-id="acc_pool_a"]')!;
    await inner.open();
    await settle(inner);
    await fill(inner, { 'E-mail of the other portal’s owner': 'owner@portal-b.test' });
    await click(inner, 'Share');
    expect(await heard).toBe('owner@portal-b.test');
  });

  it('connects with base-url and a token, sent only in the Authorization header', async () => {
    const api = mockApi();
    const seen: Request[] = [];
    vi.stubGlobal('fetch', (input: Request) => (seen.push(input.clone()), api.fetch(input)));
    const provider = await mount<AllotProvider>(
      html`<allot-provider base-url=${BASE_URL} .token=${tokens.a.admin}
        ><minutes-balance></minutes-balance
      ></allot-provider>`,
    );
    await settle(provider.querySelector('minutes-balance')!);
    expect(textOf(provider.querySelector('minutes-balance')!)).toContain('1,000');
    expect(seen.length).toBeGreaterThan(0);
    for (const request of seen) {
      expect(request.url.startsWith(BASE_URL)).toBe(true);
      expect(request.url).not.toContain(tokens.a.admin);
      expect(request.headers.get('authorization')).toBe(`Bearer ${tokens.a.admin}`);
    }
  });

  it('asks getToken again after a 401 and carries on', async () => {
    const api = mockApi();
    vi.stubGlobal('fetch', (input: Request) => api.fetch(input));
    const getToken = vi.fn().mockResolvedValueOnce('tok_expired').mockResolvedValue(tokens.a.admin);
    const el = await mount<MinutesBalance>(
      html`<minutes-balance base-url=${BASE_URL} .getToken=${getToken}></minutes-balance>`,
    );
    expect(textOf(el)).toContain('1,000');
    expect(getToken).toHaveBeenCalledTimes(2);
  });

  it('gives its language to the widgets that have none of their own', async () => {
    const api = mockApi();
    const provider = await mount<AllotProvider>(
      html`<allot-provider .client=${api.as('a_admin')} locale="de">
        <minutes-balance></minutes-balance>
        <minutes-balance locale="fr"></minutes-balance>
      </allot-provider>`,
    );
    const [german, french] = provider.querySelectorAll('minutes-balance');
    await expect(german!).toShowText('Minuten kaufen');
    await expect(french!).toShowText('Acheter des minutes');
  });
});
