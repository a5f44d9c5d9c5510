import { describe, expect, it } from 'vitest';
import { operationTable } from '../src/generated/operation-table.js';
import * as routes from '../src/generated/routes.js';

const { RouteFlag, ...routeOf } = routes;
import { document, operations } from './document.js';

const ids = Object.keys(operationTable) as (keyof typeof operationTable)[];

describe('the operation table', () => {
  it('has one entry per operation of the document, with its method and path', () => {
    const walked = operations().map((op) => [op.operationId, op.method.toUpperCase(), op.path]);
    expect(ids.map((id) => [id, operationTable[id].method, operationTable[id].path])).toEqual(walked);
    for (const [, method, path] of walked) {
      expect(document.paths[path as string]?.[(method as string).toLowerCase()]).toBeDefined();
    }
  });

  it('says what an operation takes and gives: path order, If-Match, ETag, idempotency, codes per status', () => {
    const assign = operationTable.assignLicense;
    expect(assign).toMatchObject({
      method: 'POST',
      path: '/licenses/{licenseId}/assign',
      pathParams: ['licenseId'],
      ifMatch: 'required',
      idempotencyKey: null,
      success: { status: 200, body: 'json', etag: true },
      permissions: ['licenses:assign'],
    });
    expect(assign.errors[409]).toEqual(['license_already_assigned', 'product_already_assigned']);
    expect(assign.errors[404]).toEqual(['not_found']);
    expect(operationTable.transferMinutes.idempotencyKey).toBe('required');
    expect(operationTable.transferMinutes.errors[422]).toContain('insufficient_minutes');
    expect(operationTable.listLicenses.query).toEqual(
      expect.arrayContaining(['cursor', 'limit', 'q', 'status']),
    );
    expect(operationTable.exportBilledLicenseHolders.success.body).toBe('text');
    expect(operationTable.getInvoicePdf.success.body).toBe('binary');
    expect(operationTable.createWidgetToken.security).toBe('secretKey');
  });

  it('gives every operation a route, with the method, path and flags of its entry', () => {
    expect(Object.keys(routeOf).sort()).toEqual([...ids].sort());
    for (const id of ids) {
      const entry = operationTable[id];
      const [method, path, flags] = routeOf[id];
      expect([method, path], id).toEqual([entry.method, entry.path.slice(1).replace(/\{[^}]+\}/g, '{}')]);
      const has = (flag: number) => (flags & flag) !== 0;
      expect(
        {
          idempotent: has(RouteFlag.IDEMPOTENT),
          etag: has(RouteFlag.ETAG),
          text: has(RouteFlag.TEXT),
          binary: has(RouteFlag.BINARY),
          body: has(RouteFlag.BODY),
          query: has(RouteFlag.QUERY),
        },
        id,
      ).toEqual({
        idempotent: entry.idempotencyKey !== null,
        etag: entry.success.etag,
        text: entry.success.body === 'text',
        binary: entry.success.body === 'binary',
        body: entry.body !== null,
        query: entry.query.length > 0,
      });
    }
  });
});
