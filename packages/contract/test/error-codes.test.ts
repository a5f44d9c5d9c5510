import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { document, operations, problemCodes, resolve, sharedDocs } from './document.js';

const domain = readFileSync(join(sharedDocs, 'DOMAIN.md'), 'utf8').replace(/\s+/g, ' ');
/** `422 \`insufficient_minutes\`` → the error codes DOMAIN.md names, with their status. */
const domainErrors = new Map(
  [...domain.matchAll(/\b([45]\d\d) `([a-z_]+)`/g)].map((m) => [m[2]!, Number(m[1])]),
);
const domainWarnings = new Set([...domain.matchAll(/warning `([a-z_]+)`/g)].map((m) => m[1]!));

const errorCode = document.components.schemas['ErrorCode']!;
const contractCodes = errorCode.enum as string[];
const descriptions = errorCode['x-enumDescriptions'] as Record<string, string>;
const warningCode = document.components.schemas['WarningCode']!;

/** Every (operation, status, code) the contract documents. */
const uses = operations().flatMap((op) =>
  Object.entries(op.responses).flatMap(([status, response]) =>
    problemCodes(resolve(response)).map((code) => ({ op: op.operationId, status: Number(status), code })),
  ),
);

describe('error codes: DOMAIN.md and the contract agree', () => {
  it('reads a plausible set of codes from DOMAIN.md', () => {
    expect(domainErrors.get('insufficient_minutes')).toBe(422);
    expect(domainErrors.size).toBeGreaterThan(25);
    expect(domainWarnings).toEqual(new Set(['contact_center_still_billed']));
  });

  it('has every DOMAIN.md error code in the contract list', () => {
    expect([...domainErrors.keys()].filter((code) => !contractCodes.includes(code))).toEqual([]);
  });

  it('has every DOMAIN.md warning code in the warning list', () => {
    expect([...domainWarnings].filter((code) => !(warningCode.enum as string[]).includes(code))).toEqual([]);
  });

  it('describes every code, marking the contract-only ones', () => {
    for (const code of contractCodes) {
      expect(descriptions[code], code).toBeTruthy();
      if (!domainErrors.has(code)) expect(descriptions[code], code).toMatch(/^\(contract\) /);
    }
  });

  it('returns each DOMAIN.md code only with the status DOMAIN.md gives it', () => {
    const wrong = uses.filter((u) => domainErrors.has(u.code) && domainErrors.get(u.code) !== u.status);
    expect(wrong).toEqual([]);
  });

  it('lets some operation return every code of the list', () => {
    // Batch invitations report these per address inside a 200, not as a problem response.
    const perAddress = document.components.schemas['InvitationErrorCode']!.enum as string[];
    const used = new Set([...uses.map((u) => u.code), ...perAddress]);
    expect(contractCodes.filter((code) => !used.has(code))).toEqual([]);
  });

  it('uses only codes from the list', () => {
    expect(uses.filter((u) => !contractCodes.includes(u.code))).toEqual([]);
  });

  it('gives every problem response a code that matches its status class', () => {
    const general: Record<string, number> = {
      validation_failed: 400,
      unauthenticated: 401,
      forbidden: 403,
      not_found: 404,
      precondition_failed: 412,
      precondition_required: 428,
      rate_limited: 429,
      unavailable: 503,
    };
    expect(uses.filter((u) => general[u.code] !== undefined && general[u.code] !== u.status)).toEqual([]);
  });
});
