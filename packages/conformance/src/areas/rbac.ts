/**
 * Area `rbac`: every role of portal A × every bearer operation gives the result the contract's role table
 * documents (allowed → not 403; not allowed → 403 `forbidden`); a widget token's permissions are the
 * intersection of its scopes and the role; the secret key is the only credential of `createWidgetToken`;
 * expired, forged and missing tokens get 401 `unauthenticated`.
 */
import type { OperationId } from '@allot/contract';
import { describe, problemCode } from '../check.js';
import { json, newKey, type CallOptions } from '../http.js';
import { Recorder } from '../result.js';
import { contractRoleTable, exampleRequest, memberFinerRule, operationIds, roles, table } from '../spec.js';
import { mint, type Env } from '../world.js';

/** The contract's example request, with a fresh idempotency key and portal A's member where a user is named. */
function request(op: OperationId, userId: string): CallOptions {
  const example = exampleRequest(op);
  const entry = table[op];
  const headers: Record<string, string> = { ...example.headers };
  if (entry.idempotencyKey !== null) headers['Idempotency-Key'] = newKey('rbac');
  if (entry.ifMatch !== null) headers['If-Match'] = '"conformance"';
  const path = { ...example.path };
  if ('userId' in path) path['userId'] = userId;
  // A role change that changes nothing: the matrix must not move a user of the roles it checks.
  const body = op === 'updateUserRole' ? { role: 'member' } : example.body;
  return { path, query: example.query, headers, ...(body === undefined ? {} : { body }) };
}

export async function runRbac(env: Env): Promise<Recorder> {
  const rec = new Recorder('rbac');
  const world = await env.fresh();
  const roleTable = contractRoleTable();
  const { client } = env;

  // The role table as the server reports it (GET /me rolePermissions) must be the contract's.
  for (const role of roles) {
    const me = await client.call(world.a.tokens[role], 'getMe');
    const reported = [...((json(me)['rolePermissions'] ?? []) as string[])].sort();
    rec.expect(
      JSON.stringify(reported) === JSON.stringify([...roleTable[role]].sort()),
      'role-table',
      `GET /me for ${role} reports role permissions ${reported.join(', ')}; the contract's table gives ${roleTable[role].join(', ')}`,
      me,
    );
  }

  // Every role × every bearer operation.
  for (const op of operationIds) {
    const entry = table[op];
    if (entry.security !== 'bearerAuth') continue;
    for (const role of roles) {
      const allowed =
        entry.permissions.length === 0 || entry.permissions.some((p) => roleTable[role].includes(p));
      const x = await client.call(world.a.tokens[role], op, request(op, world.a.userIds.member));
      const status = x.response.status;
      rec.expect(
        status !== 401,
        'valid-token-accepted',
        `${role}'s valid token got 401 on ${op}: ${describe(x)}`,
        x,
      );
      if (allowed) {
        rec.expect(
          status !== 403 || memberFinerRule(role, entry.permissions),
          'allowed-not-403',
          `${role} holds ${entry.permissions.join(' or ')} but ${op} answered 403`,
          x,
        );
      } else {
        rec.expect(
          status === 403 && problemCode(x) === 'forbidden',
          'denied-is-403',
          `${role} lacks ${entry.permissions.join(' or ')} but ${op} answered ${status}${status === 403 ? ` ${String(problemCode(x))}` : ''}, not 403 forbidden`,
          x,
        );
      }
    }
  }

  // Secret key vs bearer tokens.
  const asBearer = await client.call(world.a.tokens.super_admin, 'createWidgetToken', {
    body: { portalId: world.a.portalId, userId: world.a.userIds.member, permissions: ['minutes:read'] },
  });
  rec.expect(
    asBearer.response.status === 401,
    'secret-key-only',
    `a user token minted a widget token: ${describe(asBearer)}`,
    asBearer,
  );
  const keyAsBearer = await client.call(env.secretKey, 'listMinuteAccounts');
  rec.expect(
    keyAsBearer.response.status === 401,
    'secret-key-not-bearer',
    `the secret key was accepted as a user token: ${describe(keyAsBearer)}`,
    keyAsBearer,
  );

  // Intersection: scopes beyond the role are dropped; scopes narrower than the role narrow it.
  const memberWide = await mint(client, env.secretKey, world.a.portalId, world.a.userIds.member, [
    'minutes:read',
    'minutes:manage',
    'licenses:read',
  ]);
  rec.expect(
    JSON.stringify([...memberWide.permissions].sort()) === JSON.stringify(['minutes:read']),
    'token-intersection',
    `a member's token asked for minutes:read, minutes:manage, licenses:read got ${memberWide.permissions.join(', ')}; the intersection with the role is minutes:read`,
    memberWide.exchange,
  );
  const widened = await client.call(memberWide.token, 'createProject', {
    headers: { 'Idempotency-Key': newKey('rbac') },
    body: { title: 'Not allowed' },
  });
  rec.expect(
    widened.response.status === 403 && problemCode(widened) === 'forbidden',
    'token-intersection',
    `a member token with minutes:manage in its scopes created a project: ${describe(widened)}`,
    widened,
  );

  const adminNarrow = await mint(client, env.secretKey, world.a.portalId, world.a.userIds.admin, [
    'minutes:read',
  ]);
  const narrowMe = await client.call(adminNarrow.token, 'getMe');
  rec.expect(
    JSON.stringify(json(narrowMe)['permissions']) === JSON.stringify(['minutes:read']),
    'token-intersection',
    `an admin token minted with minutes:read reports permissions ${JSON.stringify(json(narrowMe)['permissions'])}`,
    narrowMe,
  );
  const narrowRead = await client.call(adminNarrow.token, 'listMinuteAccounts');
  rec.expect(
    narrowRead.response.status === 200,
    'token-intersection',
    `an admin token narrowed to minutes:read cannot read accounts: ${describe(narrowRead)}`,
    narrowRead,
  );
  const narrowLicenses = await client.call(adminNarrow.token, 'listLicenses');
  rec.expect(
    narrowLicenses.response.status === 403 && problemCode(narrowLicenses) === 'forbidden',
    'token-intersection',
    `an admin token narrowed to minutes:read read licenses: ${describe(narrowLicenses)}`,
    narrowLicenses,
  );

  // Forged, missing and expired tokens.
  const genuine = world.a.tokens.admin;
  const forged = [
    `${genuine.slice(0, -1)}${genuine.endsWith('x') ? 'y' : 'x'}`,
    'wt_forged_0000000000',
    'not a token',
  ];
  for (const token of forged) {
    const x = await client.call(token, 'getMe');
    rec.expect(
      x.response.status === 401 && problemCode(x) === 'unauthenticated',
      'forged-token-401',
      `a forged token got ${describe(x)}`,
      x,
    );
  }
  const none = await client.call(undefined, 'listMinuteAccounts');
  rec.expect(
    none.response.status === 401 && problemCode(none) === 'unauthenticated',
    'missing-token-401',
    `no token got ${describe(none)}`,
    none,
  );
  const short = await mint(
    client,
    env.secretKey,
    world.a.portalId,
    world.a.userIds.admin,
    ['minutes:read'],
    60,
  );
  const before = await client.call(short.token, 'getMe');
  rec.expect(
    before.response.status === 200,
    'expired-token-401',
    `a fresh 60 s token was refused: ${describe(before)}`,
    before,
  );
  await env.fixtures.advanceClock(61_000);
  const after = await client.call(short.token, 'getMe');
  rec.expect(
    after.response.status === 401 && problemCode(after) === 'unauthenticated',
    'expired-token-401',
    `a token 61 s past its 60 s lifetime got ${describe(after)}`,
    after,
  );
  return rec;
}
