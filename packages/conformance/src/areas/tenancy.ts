/**
 * Area `tenancy`: portal A's credentials on portal B's ids get 404 `not_found` (never B's data, never a
 * hint that the id exists), and change nothing of B (B's accounts, licenses and users read before and after).
 */
import type { OperationId } from '@allot/contract';
import { describe, problemCode } from '../check.js';
import { items, json, ledgerIds, newKey, type CallOptions, type Client } from '../http.js';
import { Recorder } from '../result.js';
import { table } from '../spec.js';
import type { Env } from '../world.js';

async function snapshotOf(client: Client, token: string): Promise<string> {
  const accounts = await client.call(token, 'listMinuteAccounts');
  const licenses = await client.call(token, 'listLicenses', { query: { limit: 100 } });
  const users = await client.call(token, 'listUsers', { query: { limit: 100 } });
  const ledgers = await ledgerIds(client, token, accounts);
  return JSON.stringify([accounts.response.body, licenses.response.body, users.response.body, ledgers]);
}

export async function runTenancy(env: Env): Promise<Recorder> {
  const rec = new Recorder('tenancy');
  const world = await env.fresh();
  const { client } = env;
  const a = world.a.tokens.admin;
  const b = world.b.admin;

  // B's own ids, as B sees them; anything A may legitimately see (an account B shares with A) is left out.
  const aVisible = new Set(items(await client.call(a, 'listMinuteAccounts')).map((x) => String(x['id'])));
  const project = json(
    await client.call(b, 'createProject', {
      headers: { 'Idempotency-Key': newKey('tenancy') },
      body: { title: 'B only' },
    }),
  );
  const bAccounts = items(await client.call(b, 'listMinuteAccounts')).filter(
    (x) => x['access'] === 'owned' && !aVisible.has(String(x['id'])),
  );
  const bPool = String(bAccounts.find((x) => x['kind'] === 'pool')?.['id'] ?? '');
  const bProject = String(project['id'] ?? bAccounts.find((x) => x['kind'] === 'project')?.['id'] ?? '');
  const projectEtag =
    (await client.call(b, 'getMinuteAccount', { path: { accountId: bProject } })).response.headers['etag'] ??
    '"x"';
  const aUsers = new Set(
    items(await client.call(a, 'listUsers', { query: { limit: 100 } })).map((x) => String(x['id'])),
  );
  const bUser = String(
    items(await client.call(b, 'listUsers', { query: { limit: 100 } })).find(
      (x) => !aUsers.has(String(x['id'])),
    )?.['id'] ??
      world.b.userIds.member ??
      '',
  );
  const bLicenses = items(await client.call(b, 'listLicenses', { query: { limit: 20 } }));
  const bTeams = items(await client.call(b, 'listTeams'));
  const bInvoices = items(await client.call(b, 'listInvoices'));
  if (!bPool || !bProject || !bUser)
    rec.fail('setup', `portal B lacks a pool, a project or a user of its own to test with`);

  const before = await snapshotOf(client, b);

  const probes: { op: OperationId; as?: string; options: CallOptions }[] = [
    { op: 'getMinuteAccount', options: { path: { accountId: bPool } } },
    { op: 'getMinuteAccount', options: { path: { accountId: bProject } } },
    { op: 'listLedgerEntries', options: { path: { accountId: bPool } } },
    {
      op: 'updateProject',
      options: {
        path: { accountId: bProject },
        headers: { 'If-Match': projectEtag },
        body: { title: 'Taken over' },
      },
    },
    { op: 'deleteProject', options: { path: { accountId: bProject } } },
    {
      op: 'transferMinutes',
      options: {
        headers: { 'Idempotency-Key': newKey('tenancy') },
        body: { fromAccountId: bPool, toAccountId: bProject, minutes: 1 },
      },
    },
    {
      op: 'recordUsage',
      options: {
        headers: { 'Idempotency-Key': newKey('tenancy') },
        body: { accountId: bPool, minutes: 1, sessionRef: 'tenancy' },
      },
    },
    {
      op: 'purchaseMinutes',
      options: { headers: { 'Idempotency-Key': newKey('tenancy') }, body: { accountId: bPool, minutes: 1 } },
    },
    { op: 'getUserProducts', options: { path: { userId: bUser } } },
    {
      op: 'updateUserRole',
      as: 'super_admin',
      options: { path: { userId: bUser }, body: { role: 'admin' } },
    },
  ];
  for (const license of bLicenses.slice(0, 2)) {
    const id = String(license['id']);
    probes.push({ op: 'getLicense', options: { path: { licenseId: id } } });
    probes.push({
      op: license['assignee'] === null ? 'assignLicense' : 'unassignLicense',
      options: {
        path: { licenseId: id },
        headers: { 'If-Match': String(license['etag']) },
        body: license['assignee'] === null ? { userId: world.a.userIds.member } : {},
      },
    });
  }
  const team = bTeams[0];
  if (team)
    probes.push({
      op: 'archiveTeam',
      options: { path: { teamId: String(team['id']) }, body: { dryRun: false } },
    });
  const invoice = bInvoices[0];
  if (invoice) probes.push({ op: 'getInvoicePdf', options: { path: { invoiceId: String(invoice['id']) } } });

  for (const probe of probes) {
    const token = probe.as === 'super_admin' ? world.a.tokens.super_admin : a;
    const x = await client.call(token, probe.op, probe.options);
    const status = x.response.status;
    const documents404 = Object.hasOwn(table[probe.op].errors, 404);
    const pathIds = Object.values(probe.options.path ?? {}).length > 0;
    if (pathIds || documents404) {
      rec.expect(
        status === 404 && problemCode(x) === 'not_found',
        'cross-portal-404',
        `portal A on portal B's id: ${describe(x)}, not 404 not_found`,
        x,
      );
    } else {
      rec.expect(
        status >= 400 && status < 500,
        'cross-portal-refused',
        `portal A acting on portal B's account: ${describe(x)}, not a 4xx`,
        x,
      );
    }
    const text = JSON.stringify(x.response.body ?? '');
    rec.expect(
      !(status >= 400 && /"balance"|"assignee"/.test(text)),
      'no-leak',
      `a refusal carries B's data: ${text.slice(0, 200)}`,
      x,
    );
  }

  const after = await snapshotOf(client, b);
  rec.expect(
    before === after,
    'no-change',
    `portal B's accounts, ledgers, licenses or users changed after portal A's refused calls`,
  );
  return rec;
}
