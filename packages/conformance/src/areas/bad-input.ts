/**
 * Area `bad-input`: malformed JSON, a wrong content type, missing and wrong-typed fields, out-of-range
 * numbers, over-long strings and an oversized body each get a 4xx problem with a code the operation lists,
 * and change nothing. Minutes, shares (sending and answering one), invitations and the removal of inactive
 * members each get their share of bad bodies; accounts and their ledgers, licenses, cost centers, shares (sent
 * and received), invitations, members and teams are read before and after.
 */
import type { OperationId } from '@allot/contract';
import { describe, problemCode } from '../check.js';
import { items, json, ledgerIds, newKey, type CallOptions, type Client, type Exchange } from '../http.js';
import { Recorder } from '../result.js';
import { table } from '../spec.js';
import type { Env } from '../world.js';

/** What a refused request must leave as it was: portal A's minutes, licenses, shares, invitations and members, and B's incoming shares. */
async function snapshotOf(client: Client, token: string, other: string): Promise<string> {
  const accounts = await client.call(token, 'listMinuteAccounts');
  const ledgers = await ledgerIds(client, token, accounts);
  const reads = await Promise.all([
    client.call(token, 'getLicenseInventory'),
    client.call(token, 'listCostCenters', { query: { limit: 100 } }),
    client.call(token, 'listOutgoingShares', { query: { limit: 100 } }),
    client.call(token, 'listInvitations', { query: { limit: 100 } }),
    client.call(token, 'listMembers', { query: { limit: 100 } }),
    client.call(token, 'listTeams', { query: { limit: 100 } }),
    client.call(other, 'listIncomingShares', { query: { limit: 100 } }),
  ]);
  return JSON.stringify([accounts.response.body, ledgers, ...reads.map((x) => x.response.body)]);
}

interface Case {
  name: string;
  rule: string;
  op: OperationId;
  options: CallOptions;
  /** Sent as portal B's admin (the recipient of A's share), else as portal A's admin. */
  asRecipient?: true;
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
  // A share waiting for B's answer, and a removal preview waiting for A's confirmation: bad answers to each
  // must leave them waiting.
  const share = await client.call(token, 'createShare', {
    headers: key(),
    body: { accountId: project, recipientEmail: world.b.ownerEmail },
  });
  const shareId = String(json(share)['id'] ?? '');
  const preview = await client.call(token, 'createPrunePreview', { body: {} });
  const previewVersion = String(json(preview)['previewVersion'] ?? '');
  const answer = (body: unknown): CallOptions => ({ path: { shareId }, headers: key(), body });
  const prune = (body: unknown): CallOptions => ({ headers: key(), body });
  const invite = (body: unknown): CallOptions => ({ headers: key(), body });

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
      name: 'share to an address that is not an e-mail',
      rule: 'wrong-format',
      op: 'createShare',
      options: transfer({ accountId: project, recipientEmail: 'portal b' }),
    },
    {
      name: 'share without a recipient',
      rule: 'missing-field',
      op: 'createShare',
      options: transfer({ accountId: project }),
    },
    {
      name: 'share with a made-up minutes field',
      rule: 'unknown-field',
      op: 'createShare',
      options: transfer({ accountId: project, recipientEmail: world.b.ownerEmail, minutes: 100 }),
    },
    {
      name: 'accept a share with setDefault as a string',
      rule: 'wrong-type',
      op: 'acceptShare',
      options: answer({ setDefault: 'yes' }),
      asRecipient: true,
    },
    {
      name: 'accept a share without setDefault',
      rule: 'missing-field',
      op: 'acceptShare',
      options: answer({}),
      asRecipient: true,
    },
    {
      name: 'invitation batch that is not a list',
      rule: 'wrong-type',
      op: 'createInvitations',
      options: invite({ emails: world.b.ownerEmail, membership: { type: 'basic' } }),
    },
    {
      name: 'empty invitation batch',
      rule: 'out-of-range',
      op: 'createInvitations',
      options: invite({ emails: [], membership: { type: 'basic' } }),
    },
    {
      name: 'invitation to an address that is not an e-mail',
      rule: 'wrong-format',
      op: 'createInvitations',
      options: invite({ emails: ['not an e-mail'], membership: { type: 'basic' } }),
    },
    {
      name: 'the same address twice in one batch',
      rule: 'duplicate',
      op: 'createInvitations',
      options: invite({ emails: [world.b.ownerEmail, world.b.ownerEmail], membership: { type: 'basic' } }),
    },
    {
      name: 'invitation without a membership',
      rule: 'missing-field',
      op: 'createInvitations',
      options: invite({ emails: [world.b.ownerEmail] }),
    },
    {
      name: 'invitation with a membership type the contract does not have',
      rule: 'wrong-type',
      op: 'createInvitations',
      options: invite({ emails: [world.b.ownerEmail], membership: { type: 'gold' } }),
    },
    {
      name: 'removal without the preview it confirms',
      rule: 'missing-field',
      op: 'startPruneJob',
      options: prune({ confirm: true }),
    },
    {
      name: 'removal confirmed with a string',
      rule: 'wrong-type',
      op: 'startPruneJob',
      options: prune({ previewVersion, confirm: 'yes' }),
    },
    {
      name: 'removal keeping a list that is not a list',
      rule: 'wrong-type',
      op: 'startPruneJob',
      options: prune({ previewVersion, confirm: true, keepMemberIds: 'everyone' }),
    },
    {
      name: 'removal keeping a member who is not in the preview',
      rule: 'out-of-range',
      op: 'startPruneJob',
      options: prune({ previewVersion, confirm: true, keepMemberIds: ['mem_not_in_the_preview'] }),
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

  const recipient = world.b.admin;
  if (!shareId || !previewVersion) {
    rec.fail(
      'setup',
      'could not make the share and the removal preview the bad answers are sent to',
      shareId ? preview : share,
    );
    return rec;
  }
  const before = await snapshotOf(client, token, recipient);
  for (const c of cases) {
    let x: Exchange;
    try {
      x = await client.call(c.asRecipient ? recipient : token, c.op, c.options);
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
  const after = await snapshotOf(client, token, recipient);
  rec.expect(
    before === after,
    'no-state-change',
    'accounts, ledgers, licenses, cost centers, shares, invitations, members or teams changed after the refused requests',
  );
  return rec;
}
