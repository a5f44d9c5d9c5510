import type { ProblemCoverage } from './coverage.js';
import type { Exchange } from './http.js';

export const areaNames = ['contract', 'rbac', 'tenancy', 'bad-input', 'idempotency', 'invariants'] as const;
export type AreaName = (typeof areaNames)[number];

/** One broken rule: its stable id (e.g. `rbac.denied-is-403`), what went wrong, and the request that showed it. */
export interface Failure {
  rule: string;
  message: string;
  exchange?: Exchange;
}

export interface AreaResult {
  area: AreaName;
  passed: boolean;
  /** Checks made (each assertion on one response counts once). */
  checks: number;
  failures: Failure[];
  /** Rules that failed, each once, in order. */
  brokenRules: string[];
  durationMs: number;
  notes: string[];
  /** Set when the area could not run at all (setup failed). */
  error?: string;
}

export interface Report {
  baseUrl: string;
  seed: number;
  startedAt: string;
  durationMs: number;
  passed: boolean;
  requests: number;
  areas: AreaResult[];
  /** The documented problems (operation, status, code) the run made the server answer with, and the rest. */
  problems: ProblemCoverage;
}

/** What an area writes its findings to. */
export class Recorder {
  checks = 0;
  readonly failures: Failure[] = [];
  readonly notes: string[] = [];
  constructor(readonly area: AreaName) {}

  /** Records a check of `rule`; a false condition is a failure with the message and exchange. */
  expect(condition: boolean, rule: string, message: string, exchange?: Exchange): boolean {
    this.checks += 1;
    if (!condition)
      this.failures.push({ rule: `${this.area}.${rule}`, message, ...(exchange ? { exchange } : {}) });
    return condition;
  }

  fail(rule: string, message: string, exchange?: Exchange): void {
    this.expect(false, rule, message, exchange);
  }

  note(text: string): void {
    this.notes.push(text);
  }
}
