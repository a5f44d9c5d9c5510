/**
 * Which documented problems the run made the server answer with: every `status code` an operation lists in
 * the contract, against the ones seen. A code not seen is not a failure of the server (the kit's reach decides
 * what it can provoke), so the report lists them for the reader, and the kit's own tests hold the list against
 * the reference server to the few a client cannot provoke.
 */
import type { OperationId } from '@allot/contract';
import { operationIds, table } from './spec.js';

export interface ProblemCoverage {
  /** Documented `operation status code` triples. */
  documented: number;
  /** How many of them the run saw. */
  seen: number;
  /** The documented ones the run never saw, as `operationId status code`. */
  notSeen: string[];
  /** Documented codes the run saw from no operation at all (e.g. `rate_limited`, which a client cannot provoke). */
  codesNotSeen: string[];
}

export function problemCoverage(seen: ReadonlyMap<OperationId, ReadonlySet<string>>): ProblemCoverage {
  const notSeen: string[] = [];
  const codes = new Set<string>();
  const codesSeen = new Set<string>();
  let documented = 0;
  for (const op of operationIds) {
    for (const [status, listed] of Object.entries(table[op].errors)) {
      for (const code of listed ?? []) {
        documented += 1;
        codes.add(code);
        if (seen.get(op)?.has(`${status} ${code}`)) codesSeen.add(code);
        else notSeen.push(`${op} ${status} ${code}`);
      }
    }
  }
  const codesNotSeen = [...codes].filter((code) => !codesSeen.has(code)).sort();
  return { documented, seen: documented - notSeen.length, notSeen, codesNotSeen };
}
