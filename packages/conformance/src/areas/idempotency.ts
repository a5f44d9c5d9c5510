/**
 * Area `idempotency`: a replayed key returns the first result and does not act twice (transfers, purchases,
 * usage, project creation); a key reused with another body is 422 `idempotency_key_reused`; a stale
 * `If-Match` is 412, a missing one 428; parallel writes never break conservation or go below zero.
 */
import { describe, isSuccess, problemCode } from '../check.js';
import { items, json, newKey, type Client, type Exchange } from '../http.js';
import { Recorder } from '../result.js';
import type { Env } from '../world.js';

async function balances(client: Client, token: string): Promise<Map<string, number>> {
  const list = items(await client.call(token, 'listMinuteAccounts'));
  return new Map(
    list.filter((a) => a['access'] === 'owned').map((a) => [String(a['id']), Number(a['balance'])]),
  );
}

const total = (map: Map<string, number>) => [...map.values()].reduce((s, n) => s + n, 0);

/** The response bodies of a first call and its replay, without what may differ between two deliveries. */
const same = (first: Exchange, replay: Exchange) =>
  first.response.status === replay.response.status &&
  JSON.stringify(first.response.body) === JSON.stringify(replay.response.body);

export async function runIdempotency(env: Env): Promise<Recorder> {
  const rec = new Recorder('idempotency');
  const world = await env.fresh();
  const { client } = env;
  const token = world.a.tokens.admin;
  const start = await balances(client, token);
  const pool = [...start.keys()][0] ?? '';
  const created = await client.call(token, 'createProject', {
    headers: { 'Idempotency-Key': newKey('idem') },
    body: { title: 'Idempotency target' },
  });
  const project = String(json(created)['id'] ?? '');

  // Replays of each idempotent write.
  const writes = [
    {
      op: 'transferMinutes' as const,
      body: { fromAccountId: pool, toAccountId: project, minutes: 7 },
      effect: (b: Map<string, number>) => b.get(pool),
    },
    {
      op: 'purchaseMinutes' as const,
      body: { accountId: pool, minutes: 11 },
      effect: (b: Map<string, number>) => b.get(pool),
    },
    {
      op: 'recordUsage' as const,
      body: { accountId: pool, minutes: 3, sessionRef: 'idempotency' },
      effect: (b: Map<string, number>) => b.get(pool),
    },
  ];
  for (const write of writes) {
    const key = newKey('idem');
    const before = await balances(client, token);
    const first = await client.call(token, write.op, {
      headers: { 'Idempotency-Key': key },
      body: write.body,
    });
    if (
      !rec.expect(
        isSuccess(first),
        'setup',
        `${write.op} did not succeed, so its replay cannot be checked: ${describe(first)}`,
        first,
      )
    )
      continue;
    const once = await balances(client, token);
    const replay = await client.call(token, write.op, {
      headers: { 'Idempotency-Key': key },
      body: write.body,
    });
    rec.expect(
      same(first, replay),
      'replay-returns-first-result',
      `a replay of ${write.op} answered differently from the first call`,
      replay,
    );
    const twice = await balances(client, token);
    rec.expect(
      JSON.stringify([...twice]) === JSON.stringify([...once]) && write.effect(once) !== write.effect(before),
      'replay-acts-once',
      `a replay of ${write.op} changed balances again: pool ${String(write.effect(before))} → ${String(write.effect(once))} → ${String(write.effect(twice))}`,
      replay,
    );
    const other = await client.call(token, write.op, {
      headers: { 'Idempotency-Key': key },
      body: { ...write.body, minutes: write.body.minutes + 1 },
    });
    rec.expect(
      other.response.status === 422 && problemCode(other) === 'idempotency_key_reused',
      'key-reused-refused',
      `${write.op} with a used key and another body: ${describe(other)}, not 422 idempotency_key_reused`,
      other,
    );
    const after = await balances(client, token);
    rec.expect(
      JSON.stringify([...after]) === JSON.stringify([...once]),
      'key-reused-refused',
      `a refused reuse of a key of ${write.op} changed balances`,
      other,
    );
  }

  // A replayed creation makes one project.
  const key = newKey('idem');
  const p1 = await client.call(token, 'createProject', {
    headers: { 'Idempotency-Key': key },
    body: { title: 'Once only' },
  });
  const p2 = await client.call(token, 'createProject', {
    headers: { 'Idempotency-Key': key },
    body: { title: 'Once only' },
  });
  rec.expect(
    isSuccess(p1) && json(p1)['id'] === json(p2)['id'],
    'replay-acts-once',
    `a replayed createProject made ${String(json(p1)['id'])} and ${String(json(p2)['id'])}`,
    p2,
  );

  // Concurrent replays of one key act once.
  const concurrentKey = newKey('idem');
  const beforeBurst = await balances(client, token);
  const burst = await Promise.all(
    Array.from({ length: 5 }, () =>
      client.call(token, 'transferMinutes', {
        headers: { 'Idempotency-Key': concurrentKey },
        body: { fromAccountId: pool, toAccountId: project, minutes: 13 },
      }),
    ),
  );
  const afterBurst = await balances(client, token);
  rec.expect(
    (beforeBurst.get(pool) ?? 0) - (afterBurst.get(pool) ?? 0) === 13,
    'replay-acts-once',
    `5 concurrent calls with one key moved ${(beforeBurst.get(pool) ?? 0) - (afterBurst.get(pool) ?? 0)} minutes, not 13 once`,
    burst[burst.length - 1],
  );

  // If-Match: stale → 412, missing → 428.
  const get = await client.call(token, 'getMinuteAccount', { path: { accountId: project } });
  const etag = get.response.headers['etag'];
  rec.expect(etag !== undefined, 'etag', 'getMinuteAccount answered without an ETag', get);
  const stale = await client.call(token, 'updateProject', {
    path: { accountId: project },
    headers: { 'If-Match': '"stale-conformance"' },
    body: { title: 'Stale' },
  });
  rec.expect(
    stale.response.status === 412 && problemCode(stale) === 'precondition_failed',
    'stale-if-match-412',
    `updateProject with a stale If-Match: ${describe(stale)}`,
    stale,
  );
  const missing = await client.call(token, 'updateProject', {
    path: { accountId: project },
    body: { title: 'Missing' },
  });
  rec.expect(
    missing.response.status === 428 && problemCode(missing) === 'precondition_required',
    'missing-if-match-428',
    `updateProject without If-Match: ${describe(missing)}`,
    missing,
  );
  if (etag !== undefined) {
    const fresh = await client.call(token, 'updateProject', {
      path: { accountId: project },
      headers: { 'If-Match': etag },
      body: { title: 'Fresh' },
    });
    rec.expect(
      fresh.response.status === 200,
      'current-if-match-accepted',
      `updateProject with the current ETag: ${describe(fresh)}`,
      fresh,
    );
    const reuse = await client.call(token, 'updateProject', {
      path: { accountId: project },
      headers: { 'If-Match': etag },
      body: { title: 'Again' },
    });
    rec.expect(
      reuse.response.status === 412,
      'stale-if-match-412',
      `updateProject with the ETag it had just replaced: ${describe(reuse)}`,
      reuse,
    );
  }
  const licenses = items(
    await client.call(token, 'listLicenses', { query: { status: 'unassigned', limit: 1 } }),
  );
  const license = licenses[0];
  if (license) {
    const x = await client.call(token, 'assignLicense', {
      path: { licenseId: String(license['id']) },
      headers: { 'If-Match': '"stale-conformance"' },
      body: { userId: world.a.userIds.member },
    });
    rec.expect(
      x.response.status === 412 && problemCode(x) === 'precondition_failed',
      'stale-if-match-412',
      `assignLicense with a stale If-Match: ${describe(x)}`,
      x,
    );
    const y = await client.call(token, 'assignLicense', {
      path: { licenseId: String(license['id']) },
      body: { userId: world.a.userIds.member },
    });
    rec.expect(
      y.response.status === 428 && problemCode(y) === 'precondition_required',
      'missing-if-match-428',
      `assignLicense without If-Match: ${describe(y)}`,
      y,
    );
  }

  // Parallel transfers in both directions and a draining race: conservation, no negative balance.
  const beforeRace = await balances(client, token);
  const projectBalance = beforeRace.get(project) ?? 0;
  const race = await Promise.all([
    ...Array.from({ length: 10 }, (_, i) =>
      client.call(token, 'transferMinutes', {
        headers: { 'Idempotency-Key': newKey('race') },
        body: { fromAccountId: pool, toAccountId: project, minutes: 5 + i },
      }),
    ),
    ...Array.from({ length: 10 }, () =>
      client.call(token, 'transferMinutes', {
        headers: { 'Idempotency-Key': newKey('race') },
        body: {
          fromAccountId: project,
          toAccountId: pool,
          minutes: Math.max(1, Math.ceil(projectBalance / 3)),
        },
      }),
    ),
  ]);
  const afterRace = await balances(client, token);
  rec.expect(
    total(afterRace) === total(beforeRace),
    'parallel-conservation',
    `20 concurrent transfers changed the total from ${total(beforeRace)} to ${total(afterRace)}`,
  );
  const negative = [...afterRace].filter(([, n]) => n < 0);
  rec.expect(
    negative.length === 0,
    'parallel-non-negative',
    `balances below zero after concurrent transfers: ${JSON.stringify(negative)}`,
  );
  for (const x of race) {
    rec.expect(
      isSuccess(x) || (x.response.status === 422 && problemCode(x) === 'insufficient_minutes'),
      'parallel-outcome',
      `a concurrent transfer answered ${describe(x)}, neither a success nor 422 insufficient_minutes`,
      x,
    );
  }
  const expected = race.filter(isSuccess).reduce((sum, x) => {
    const body = json(x);
    return sum + (body['toAccountId'] === project ? Number(body['minutes']) : -Number(body['minutes']));
  }, 0);
  rec.expect(
    (afterRace.get(project) ?? 0) - projectBalance === expected,
    'parallel-conservation',
    `the project moved by ${(afterRace.get(project) ?? 0) - projectBalance} minutes, the successful transfers add up to ${expected}`,
  );
  return rec;
}
