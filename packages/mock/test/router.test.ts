/**
 * The service routes from the contract's operation table (`@allot/contract/operations`): every route of the
 * table reaches its operation, with its path parameters, and nothing else does.
 */
import type { OperationId } from '@allot/contract';
import { operationTable, type OperationEntry } from '@allot/contract/operations';
import { describe, expect, it } from 'vitest';
import { createRouter, operationSpecs } from '../src/http/contract.js';
import { allOperations } from '../src/http/operations/index.js';
import { tokens } from '../src/scenarios/index.js';
import { call, createTestService } from './support/service.js';

const rows = Object.entries(operationTable) as [OperationId, OperationEntry][];
const METHODS: OperationEntry['method'][] = ['GET', 'PUT', 'POST', 'PATCH', 'DELETE'];

/** A concrete path of a template: each parameter gets a value that needs percent-encoding. */
const concrete = (row: OperationEntry) =>
  row.path.replace(/\{([^}]+)\}/g, (_all, name: string) => encodeURIComponent(`${name} a/b`));

describe('the router', () => {
  const router = createRouter();

  it('builds one spec per row of the table, in its order, with the row’s method, path and rules', () => {
    expect(operationSpecs.map((spec) => spec.operationId)).toEqual(rows.map(([id]) => id));
    for (const [id, row] of rows) {
      const spec = operationSpecs.find((s) => s.operationId === id);
      expect(spec, id).toMatchObject({
        method: row.method,
        path: row.path,
        pathParamNames: row.pathParams,
        permissions: row.permissions,
        security: row.security,
        idempotent: row.idempotencyKey !== null,
        ifMatchRequired: row.ifMatch === 'required',
        errors: row.errors,
      });
      expect(spec?.body !== undefined, `${id} takes a body`).toBe(row.body !== null);
      expect(
        spec?.params.filter((p) => p.in === 'query').map((p) => p.name),
        `${id}'s query`,
      ).toEqual(row.query);
    }
  });

  it.each(rows)('routes %s by its method and path, with its path parameters decoded', (id, row) => {
    const match = router.match(row.method.toLowerCase(), concrete(row));
    expect(match.kind).toBe('operation');
    if (match.kind !== 'operation') return;
    expect(match.spec.operationId).toBe(id);
    expect(match.pathParams).toEqual(Object.fromEntries(row.pathParams.map((name) => [name, `${name} a/b`])));
  });

  it.each(rows)('answers the methods of the table for another method on the path of %s', (_id, row) => {
    const allowed = rows.filter(([, other]) => other.path === row.path).map(([, other]) => other.method);
    for (const method of METHODS.filter((m) => !allowed.includes(m))) {
      const match = router.match(method, concrete(row));
      expect(match.kind).toBe('method_not_allowed');
      if (match.kind === 'method_not_allowed') expect(match.allowed.sort()).toEqual([...allowed].sort());
    }
  });

  it('finds nothing at a path the table does not name', () => {
    expect(router.match('GET', '/no-such-resource').kind).toBe('not_found');
    expect(router.match('GET', `${concrete(operationTable.getMe)}/extra`).kind).toBe('not_found');
  });
});

describe('the service on every route of the table', () => {
  it('has a handler behind every route, so no route answers 404 or 501', async () => {
    const service = createTestService({ validateResponses: false });
    for (const [id, row] of rows) {
      expect(allOperations[id], id).toBeDefined();
      // Raw, but from the table: each row's own method and path, with values that need percent-encoding.
      const { status, body } = await call(service, tokens.a.super_admin, row.method, concrete(row));
      // Made-up ids may well be unknown (404 not_found), but never an unknown route.
      expect(body?.detail ?? '', id).not.toMatch(/^No operation of the API|does not support/);
      expect(status, id).not.toBe(501);
    }
  });
});
