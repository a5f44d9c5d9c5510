import { describe, expect, it } from 'vitest';
import { document, operations, problemCodes, resolve, type Operation } from './document.js';

const ops = operations();
const permissions = document.components.schemas['Permission']!.enum as string[];
const tags = new Set((document['tags'] as { name: string }[]).map((t) => t.name));

const hasParam = (op: Operation, name: string) => op.parameters?.some((p) => p.name === name) ?? false;
const isRequired = (op: Operation, name: string) => op.parameters?.some((p) => p.name === name && p.required);
const statuses = (op: Operation) => Object.keys(op.responses);

/** Operations whose effect must never happen twice (DOMAIN.md): the key is mandatory. */
const mustBeIdempotent = ['transferMinutes', 'purchaseMinutes', 'recordUsage', 'confirmLicenseOrder'];

describe('every operation follows the contract conventions', () => {
  it('covers the whole domain with unique operationIds', () => {
    const ids = ops.map((op) => op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(50);
  });

  it.each(ops.map((op) => [op.operationId, op] as const))(
    '%s is documented, tagged and secured',
    (_id, op) => {
      expect(op.summary).toBeTruthy();
      expect(op.description).toBeTruthy();
      expect(op.tags?.length).toBe(1);
      expect(tags.has(op.tags![0]!)).toBe(true);
      expect(op.security ?? document['security']).toBeTruthy();
      expect(Array.isArray(op['x-permissions'])).toBe(true);
      for (const p of op['x-permissions']!) expect(permissions).toContain(p);
      expect(statuses(op)).toEqual(expect.arrayContaining(['401', '429', '503']));
    },
  );

  it.each(ops.map((op) => [op.operationId, op] as const))(
    '%s returns problem+json on every error',
    (_id, op) => {
      for (const [status, response] of Object.entries(op.responses)) {
        if (Number(status) < 400) continue;
        expect(Object.keys(resolve(response).content ?? {}), `${status}`).toEqual([
          'application/problem+json',
        ]);
        expect(problemCodes(response).length, `${status} enumerates its codes`).toBeGreaterThan(0);
      }
    },
  );

  it('names a permission on every operation but the caller-scoped ones', () => {
    const open = ops.filter((op) => op['x-permissions']!.length === 0).map((op) => op.operationId);
    expect(open.sort()).toEqual([
      'acceptInvitation',
      'createWidgetToken',
      'declineInvitation',
      'getMe',
      'listIncomingInvitations',
    ]);
    for (const op of ops.filter((o) => o['x-permissions']!.length > 0)) expect(statuses(op)).toContain('403');
  });

  it('requires an Idempotency-Key where a replay would move minutes or money', () => {
    for (const id of mustBeIdempotent) {
      const op = ops.find((o) => o.operationId === id)!;
      expect(isRequired(op, 'Idempotency-Key'), id).toBe(true);
    }
  });

  it('accepts an Idempotency-Key on every write that creates something', () => {
    const creates = ops.filter((op) => op.method === 'post' && '201' in op.responses);
    expect(creates.filter((op) => !hasParam(op, 'Idempotency-Key')).map((op) => op.operationId)).toEqual([]);
  });

  it('lists idempotency_key_reused wherever a key is accepted', () => {
    const keyed = ops.filter((op) => hasParam(op, 'Idempotency-Key'));
    expect(
      keyed.filter((op) => !problemCodes(op.responses['422']!).includes('idempotency_key_reused')),
    ).toEqual([]);
  });

  it('pairs If-Match with 412 and 428, and an ETag on the read', () => {
    const guarded = ops.filter((op) => hasParam(op, 'If-Match'));
    expect(guarded.length).toBeGreaterThan(0);
    for (const op of guarded) {
      expect(statuses(op), op.operationId).toEqual(expect.arrayContaining(['412', '428']));
      const read = ops.find(
        (o) => o.method === 'get' && o.path === op.path.replace(/\/(assign|unassign)$/, ''),
      );
      expect(resolve(read!.responses['200']!).headers?.['ETag'], `${op.operationId} read`).toBeTruthy();
    }
  });

  it('sends Retry-After with every 429 and 503', () => {
    for (const op of ops) {
      for (const status of ['429', '503']) {
        expect(
          resolve(op.responses[status]!).headers?.['Retry-After'],
          `${op.operationId} ${status}`,
        ).toBeTruthy();
      }
    }
  });

  it('never offers set-as-default on the sending side of a share', () => {
    const create = ops.find((op) => op.operationId === 'createShare')!;
    const body = resolve(create.requestBody!.content['application/json']!.schema!);
    expect(Object.keys(body.properties ?? {})).not.toContain('setDefault');
    expect(body['additionalProperties']).toBe(false);
  });
});
