import { runBadInput } from './areas/bad-input.js';
import { runContract } from './areas/contract.js';
import { runIdempotency } from './areas/idempotency.js';
import { runInvariants, type InvariantOptions } from './areas/invariants.js';
import { runRbac } from './areas/rbac.js';
import { runTenancy } from './areas/tenancy.js';
import { problemCoverage } from './coverage.js';
import { FixtureError } from './fixtures.js';
import { Client } from './http.js';
import { areaNames, type AreaName, type AreaResult, type Report, type Recorder } from './result.js';
import { createEnv, SetupError, type Env } from './world.js';

export interface RunOptions {
  baseUrl: string;
  secretKey: string;
  /** Seed of the random sequences (default 1). */
  seed?: number;
  /** Areas to run (default: all). */
  only?: readonly AreaName[];
  /** Invariant depth (default 20 runs × 10 steps). */
  invariants?: Partial<InvariantOptions>;
  /** Called on every request and at each area's start (a progress indicator). */
  onProgress?: (event: { area: AreaName; requests: number }) => void;
}

const runners: Record<AreaName, (env: Env, options: RunOptions) => Promise<Recorder>> = {
  contract: (env) => runContract(env),
  rbac: (env) => runRbac(env),
  tenancy: (env) => runTenancy(env),
  'bad-input': (env) => runBadInput(env),
  idempotency: (env) => runIdempotency(env),
  invariants: (env, options) => runInvariants(env, options.invariants),
};

/** Runs the selected areas against a server; never throws for a failing server (the report says so). */
export async function runConformance(options: RunOptions): Promise<Report> {
  const started = Date.now();
  const seed = options.seed ?? 1;
  let area: AreaName = 'contract';
  const client = new Client(options.baseUrl, () =>
    options.onProgress?.({ area, requests: client.requestCount }),
  );
  const env = createEnv(client, options.secretKey, seed);
  const results: AreaResult[] = [];
  for (const name of areaNames) {
    if (options.only && !options.only.includes(name)) continue;
    area = name;
    options.onProgress?.({ area, requests: client.requestCount });
    const areaStart = Date.now();
    try {
      const rec = await runners[name](env, options);
      results.push({
        area: name,
        passed: rec.failures.length === 0,
        checks: rec.checks,
        failures: rec.failures,
        brokenRules: [...new Set(rec.failures.map((f) => f.rule))],
        durationMs: Date.now() - areaStart,
        notes: rec.notes,
      });
    } catch (error) {
      const exchange =
        error instanceof SetupError || error instanceof FixtureError ? error.exchange : undefined;
      const message = error instanceof Error ? error.message : String(error);
      results.push({
        area: name,
        passed: false,
        checks: 0,
        failures: [{ rule: `${name}.setup`, message, ...(exchange ? { exchange } : {}) }],
        brokenRules: [`${name}.setup`],
        durationMs: Date.now() - areaStart,
        notes: [],
        error:
          error instanceof Error && !(error instanceof SetupError || error instanceof FixtureError)
            ? (error.stack ?? message)
            : message,
      });
    }
  }
  return {
    baseUrl: options.baseUrl,
    seed,
    startedAt: new Date(started).toISOString(),
    durationMs: Date.now() - started,
    passed: results.every((r) => r.passed),
    requests: client.requestCount,
    areas: results,
    problems: problemCoverage(client.problemsSeen),
  };
}
