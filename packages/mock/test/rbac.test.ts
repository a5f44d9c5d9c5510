/**
 * The mock's side of invariant 7: its role table is DOMAIN.md's, and its permission check names what a
 * refused role lacks. The matrix of every operation × every role is `@allot/conformance`'s (see below).
 */
import type { Permission, Role } from '@allot/contract';
import { describe, expect, it } from 'vitest';
import { rolePermissions } from '../src/engine/rbac.js';
import { documentsError, operationSpecs, type OperationSpec } from '../src/http/contract.js';
import { tokens, users } from '../src/scenarios/index.js';
import { call, createTestService } from './support/service.js';

const roles = Object.keys(tokens.a) as (keyof typeof tokens.a)[];

/** DOMAIN.md's role table, written out again so a change to src/engine/rbac.ts has to agree with it. */
const domainTable: Record<Permission, Role[]> = {
  'minutes:read': ['super_admin', 'admin', 'user_manager', 'member'],
  'minutes:spend': ['super_admin', 'admin', 'user_manager', 'member'],
  'minutes:manage': ['super_admin', 'admin'],
  'minutes:purchase': ['super_admin', 'admin'],
  'licenses:read': ['super_admin', 'admin', 'user_manager'],
  'licenses:assign': ['super_admin', 'admin', 'user_manager'],
  'licenses:purchase': ['super_admin', 'admin'],
  'licenses:delete': ['super_admin', 'admin'],
  'cost_centers:manage': ['super_admin', 'admin'],
  'members:read': ['super_admin', 'admin', 'user_manager'],
  'members:invite': ['super_admin', 'admin', 'user_manager'],
  'members:remove': ['super_admin', 'admin'],
  'billing:read': ['super_admin', 'admin'],
  'roles:manage': ['super_admin'],
};

/** Path parameters that name fixtures of the default scenario; others take the contract's example. */
const fixtureIds: Record<string, string> = { userId: users.member };

/**
 * A minimal valid request for an operation, from the contract's own examples. The matrix sends it with
 * `call()` and the spec's own method and path (built from the operation table), as it loops over specs.
 */
function exampleRequest(spec: OperationSpec) {
  let path = spec.path;
  const headers: Record<string, string> = {};
  const query: Record<string, string | string[]> = {};
  for (const param of spec.params) {
    const example = param.in === 'path' ? (fixtureIds[param.name] ?? param.example) : param.example;
    if (param.in === 'path') path = path.replace(`{${param.name}}`, encodeURIComponent(String(example)));
    else if (param.in === 'header' && (param.required || param.name === 'Idempotency-Key'))
      headers[param.name] = String(example);
    else if (param.in === 'query' && param.required) {
      query[param.name] = Array.isArray(example) ? example.map(String) : String(example);
    }
  }
  return { path, headers, query, ...(spec.body ? { body: spec.body.example } : {}) };
}

/** The detail of the service's permission check, as opposed to a finer rule of an engine. */
const permissionDetail = (spec: OperationSpec) =>
  `This needs the permission ${spec.permissions.join(' or ')}.`;

describe('the role table', () => {
  it.each(roles)('gives %s exactly the permissions DOMAIN.md lists', (role) => {
    const expected = (Object.keys(domainTable) as Permission[]).filter((p) => domainTable[p].includes(role));
    expect([...rolePermissions[role]].sort()).toEqual(expected.sort());
  });

  it('covers every permission of the contract', () => {
    const used = new Set(operationSpecs.flatMap((s) => s.permissions));
    for (const permission of used) expect(domainTable).toHaveProperty([permission]);
  });

  it('documents a 403 for every operation that needs a permission', () => {
    const missing = operationSpecs
      .filter((s) => s.permissions.length > 0 && !documentsError(s, 403))
      .map((s) => s.operationId);
    expect(missing).toEqual([]);
  });
});

// The RBAC matrix itself (every operation × every role: 403 `forbidden` for a role without the permission,
// never 401 or 403 for one with it, the secret key the only credential of its operations) is checked once, by
// `@allot/conformance`'s `rbac` area, which CI runs against this mock (packages/conformance/test/mock.test.ts)
// and against a mock with the permission check switched off (`--break permissions`), so the rule lives in
// one place. What stays here is the mock's own: its table against DOMAIN.md, and its wording of the refusal.
describe('the permission check', () => {
  it('names the permissions a refused role lacks', async () => {
    const spec = operationSpecs.find((s) => s.operationId === 'transferMinutes');
    if (!spec) throw new Error('transferMinutes is not in the contract');
    const { path, ...request } = exampleRequest(spec);
    const { status, body } = await call(createTestService(), tokens.a.member, spec.method, path, request);
    expect(status).toBe(403);
    expect(body.code).toBe('forbidden');
    expect(body.detail).toBe(permissionDetail(spec));
  });
});
