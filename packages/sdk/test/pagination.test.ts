import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { BASE, json, makeClient, problem, server } from './server.js';

/** 7 licenses served 3 per page; the cursor is the offset of the next page. */
const licenses = Array.from({ length: 7 }, (_, i) => ({ id: `lic_${i + 1}` }));
const seen: URL[] = [];

const pagedLicenses = http.get(`${BASE}/licenses`, ({ request }) => {
  const url = new URL(request.url);
  seen.push(url);
  const offset = Number(url.searchParams.get('cursor') ?? 0);
  const next = offset + 3 < licenses.length ? String(offset + 3) : null;
  return json({
    items: licenses.slice(offset, offset + 3),
    nextCursor: next,
    total: licenses.length,
    facets: {},
  });
});

describe('pagination', () => {
  it('iterates every item across pages, keeping the filters on every page', async () => {
    seen.length = 0;
    server.use(pagedLicenses);
    const ids: string[] = [];
    for await (const license of makeClient().licenses.iterate({ status: 'unassigned', limit: 3 }))
      ids.push(license.id);
    expect(ids).toEqual(licenses.map((l) => l.id));
    expect(seen.map((url) => url.search)).toEqual([
      '?status=unassigned&limit=3',
      '?status=unassigned&limit=3&cursor=3',
      '?status=unassigned&limit=3&cursor=6',
    ]);
  });

  it('yields whole pages, starting from a given cursor', async () => {
    seen.length = 0;
    server.use(pagedLicenses);
    const pages = [];
    for await (const page of makeClient().licenses.pages({ cursor: '3' })) pages.push(page.items.length);
    expect(pages).toEqual([3, 1]);
  });

  it('stops fetching when the loop breaks', async () => {
    seen.length = 0;
    server.use(pagedLicenses);
    for await (const license of makeClient().licenses.iterate()) if (license.id === 'lic_2') break;
    expect(seen).toHaveLength(1);
  });

  it('walks a list whose path takes an id', async () => {
    server.use(
      http.get(`${BASE}/minute-accounts/:accountId/ledger`, ({ params, request }) => {
        const cursor = new URL(request.url).searchParams.get('cursor');
        return json({
          items: [{ id: `${String(params['accountId'])}:${cursor ?? 'first'}` }],
          nextCursor: cursor ? null : 'c2',
        });
      }),
    );
    const entries = [];
    for await (const entry of makeClient().minutes.ledger.iterate('acc_pool_a')) entries.push(entry.id);
    expect(entries).toEqual(['acc_pool_a:first', 'acc_pool_a:c2']);
  });

  it('retries a failed page like any read, and stops with the signal', async () => {
    let calls = 0;
    server.use(
      http.get(`${BASE}/billing/invoices`, () => {
        calls++;
        if (calls === 2) return problem(503, 'unavailable');
        return json({ items: [{ id: `inv_${calls}` }], nextCursor: calls < 4 ? `c${calls}` : null });
      }),
    );
    const controller = new AbortController();
    const ids: string[] = [];
    const loop = (async () => {
      for await (const invoice of makeClient().billing.invoices.iterate({}, { signal: controller.signal })) {
        ids.push(invoice.id);
        if (ids.length === 2) controller.abort();
      }
    })();
    await expect(loop).rejects.toMatchObject({ name: 'AbortError' });
    expect(ids).toEqual(['inv_1', 'inv_3']);
    expect(calls).toBe(3);
  });
});
