/**
 * Area `bad-input`: malformed JSON, a wrong content type, missing and wrong-typed fields, out-of-range
 * numbers, over-long strings and an oversized body each get a 4xx problem with a code the operation lists,
 * and change nothing (accounts, their ledgers and the license inventory read before and after).
 */
import type { OperationId } from '@allot/contract';
import { describe, problemCode } from '../check.js';
import { items, json, ledgerIds, newKey, type CallOptions, type Client, type Exchange } from '../http.js';
import { Recorder } from '../result.js';
import { table } from '../spec.js';
import type { Env } from '../world.js';

async function snapshotOf(client: Client, token: string): Promise<string> {
  const accounts = await client.call(token, 'listMinuteAccounts');
  const ledgers = await ledgerIds(client, token, accounts);
  const inventory = await client.call(token, 'getLicenseInventory');
  const costCenters = await client.call(token, 'listCostCenters', { query: { limit: 100 } });
  return JSON.stringify([
    accounts.response.body,
    ledgers,
    inventory.response.body,
    costCenters.response.body,
  ]);
}

interface Case {
  name: string;
  rule: string;
  op: OperationId;
  options: CallOptions;
}

export async function runBadInput(env: Env): Promise<Recorder> {
  const rec = new Recorder('bad-input');
  const world = await env.fresh();
  const { client } = env;
  const token = world.a.tokens.admin;
  const accounts = items(await client.call(token, 'listMinuteAccounts'));
  const pool = String(accounts.find((x) => x['kind'] === 'pool' && x['access'] === 'owned')?.['id'] ?? '');
  const project = String(
    json(
      await client.call(token, 'createProject', {
        headers: { 'Idempotency-Key': newKey('bad') },
        body: { title: 'Bad input target' },
      }),
    )['id'] ?? '',
  );
  const key = () => ({ 'Idempotency-Key': newKey('bad') });
  const transfer = (body: unknown): CallOptions => ({ headers: key(), body });
  const valid = { fromAccountId: pool, toAccountId: project, minutes: 5 };

  const cases: Case[] = [
    {
      name: 'malformed JSON',
      rule: 'malformed-json',
      op: 'transferMinutes',
      options: {
        headers: { ...key(), 'Content-Type': 'application/json' },
        rawBody: '{"fromAccountId": "' + pool + '", "minutes": ',
      },
    },
    {
      name: 'JSON array instead of object',
      rule: 'wrong-type',
      op: 'purchaseMinutes',
      options: { headers: key(), body: [pool, 5] },
    },
    {
      name: 'form-encoded body',
      rule: 'wrong-content-type',
      op: 'purchaseMinutes',
      options: {
        headers: { ...key(), 'Content-Type': 'application/x-www-form-urlencoded' },
        rawBody: `accountId=${pool}&minutes=5`,
      },
    },
    {
      name: 'JSON labelled text/plain',
      rule: 'wrong-content-type',
      op: 'purchaseMinutes',
      options: {
        headers: { ...key(), 'Content-Type': 'text/plain' },
        rawBody: JSON.stringify({ accountId: pool, minutes: 1 }),
      },
    },
    {
      name: 'empty body',
      rule: 'missing-field',
      op: 'transferMinutes',
      options: { headers: { ...key(), 'Content-Type': 'application/json' }, rawBody: '' },
    },
    {
      name: 'missing minutes',
      rule: 'missing-field',
      op: 'transferMinutes',
      options: transfer({ fromAccountId: pool, toAccountId: project }),
    },
    {
      name: 'missing accountId',
      rule: 'missing-field',
      op: 'purchaseMinutes',
      options: transfer({ minutes: 5 }),
    },
    {
      name: 'missing title',
      rule: 'missing-field',
      op: 'createProject',
      options: transfer({ description: 'no title' }),
    },
    {
      name: 'minutes as a string',
      rule: 'wrong-type',
      op: 'transferMinutes',
      options: transfer({ ...valid, minutes: 'five' }),
    },
    {
      name: 'minutes as a fraction',
      rule: 'wrong-type',
      op: 'purchaseMinutes',
      options: transfer({ accountId: pool, minutes: 2.5 }),
    },
    {
      name: 'accountId as a number',
      rule: 'wrong-type',
      op: 'purchaseMinutes',
      options: transfer({ accountId: 42, minutes: 5 }),
    },
    {
      name: 'title as an object',
      rule: 'wrong-type',
      op: 'createProject',
      options: transfer({ title: { text: 'x' } }),
    },
    {
      name: 'negative transfer',
      rule: 'out-of-range',
      op: 'transferMinutes',
      options: transfer({ ...valid, minutes: -50 }),
    },
    {
      name: 'zero transfer',
      rule: 'out-of-range',
      op: 'transferMinutes',
      options: transfer({ ...valid, minutes: 0 }),
    },
    {
      name: 'negative purchase',
      rule: 'out-of-range',
      op: 'purchaseMinutes',
      options: transfer({ accountId: pool, minutes: -1000 }),
    },
    {
      name: 'purchase above 1,000,000',
      rule: 'out-of-range',
      op: 'purchaseMinutes',
      options: transfer({ accountId: pool, minutes: 1_000_001 }),
    },
    {
      name: 'negative usage',
      rule: 'out-of-range',
      op: 'recordUsage',
      options: transfer({ accountId: pool, minutes: -10, sessionRef: 'bad-input' }),
    },
    {
      name: 'negative quote',
      rule: 'out-of-range',
      op: 'quoteMinutePurchase',
      options: { query: { minutes: -5 } },
    },
    {
      name: 'zero license quantity',
      rule: 'out-of-range',
      op: 'createLicenseQuote',
      options: transfer({ lines: [{ productId: 'prd_any', quantity: 0 }] }),
    },
    {
      name: 'negative license deletion',
      rule: 'out-of-range',
      op: 'deleteLicenses',
      options: transfer({ productId: 'prd_any', quantity: -3 }),
    },
    {
      name: 'title of 81 characters',
      rule: 'too-long',
      op: 'createProject',
      options: transfer({ title: 'x'.repeat(81) }),
    },
    {
      name: 'description of 501 characters',
      rule: 'too-long',
      op: 'createProject',
      options: transfer({ title: 'ok', description: 'x'.repeat(501) }),
    },
    {
      name: 'unknown field',
      rule: 'unknown-field',
      op: 'purchaseMinutes',
      options: transfer({ accountId: pool, minutes: 5, bonus: 1000 }),
    },
    {
      name: 'oversized body (2 MB)',
      rule: 'oversized',
      op: 'createProject',
      options: transfer({ title: 'big', description: 'x'.repeat(2 * 1024 * 1024) }),
    },
    {
      name: '51 e-mails in one invitation batch',
      rule: 'too-many',
      op: 'createInvitations',
      options: transfer({
        emails: Array.from({ length: 51 }, (_, i) => `bulk${i}@example.test`),
        membership: { type: 'basic' },
      }),
    },
  ];

  const before = await snapshotOf(client, token);
  for (const c of cases) {
    let x: Exchange;
    try {
      x = await client.call(token, c.op, c.options);
    } catch (error) {
      rec.fail(
        c.rule,
        `${c.name}: the request failed without an answer (${error instanceof Error ? error.message : String(error)})`,
      );
      continue;
    }
    const status = x.response.status;
    const type = (x.response.headers['content-type'] ?? '').split(';')[0];
    rec.expect(status >= 400 && status < 500, c.rule, `${c.name} on ${c.op}: ${describe(x)}, not a 4xx`, x);
    if (status >= 400 && status < 500) {
      rec.expect(
        type === 'application/problem+json',
        'problem-json',
        `${c.name}: the ${status} is ${type}, not application/problem+json`,
        x,
      );
      const codes = table[c.op].errors[status] ?? [];
      // 413 and 415 are fine answers to these even where an operation does not list them.
      const code = problemCode(x);
      rec.expect(
        status === 413 || status === 415 || (typeof code === 'string' && codes.includes(code as never)),
        'problem-code',
        `${c.name}: ${status} ${String(code)}; ${c.op} lists ${codes.join(', ') || 'nothing'} for ${status}`,
        x,
      );
    }
  }
  const after = await snapshotOf(client, token);
  rec.expect(
    before === after,
    'no-state-change',
    'accounts, ledgers, license inventory or cost centers changed after the refused requests',
  );
  return rec;
}
