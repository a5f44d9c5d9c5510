/**
 * A tiny benchmark harness shared by `bench/*.bench.ts`: time a function many times and report
 * percentiles. A bench file exports `benchmarks` (or a default array); `bench/run.ts` runs them all.
 */
import { performance } from 'node:perf_hooks';
import { createRandom } from '../src/engine/random.js';
import { createState, type State } from '../src/engine/state.js';
import { seedIdentity } from '../src/scenarios/identity.js';
import type { SeedOptions } from '../src/scenarios/types.js';

export interface Benchmark<Context = unknown> {
  /** What is measured, in the domain's words ("licenses list, search + 2 filters, large"). */
  name: string;
  /** Built once, outside the timing (e.g. the large scenario). */
  setup?: () => Context | Promise<Context>;
  /** The measured call; gets the setup's result and the iteration number. A returned promise is awaited. */
  run: (context: Context, iteration: number) => unknown;
  /** Timed iterations (default 200) after `warmup` untimed ones (default 20). */
  iterations?: number;
  warmup?: number;
  /** The p95 the issue asks for, in ms; a miss makes `bench/run.ts` exit non-zero. */
  p95TargetMs?: number;
}

export interface BenchResult {
  name: string;
  iterations: number;
  setupMs: number;
  meanMs: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  p95TargetMs: number | undefined;
  ok: boolean;
}

/** Identity helper that keeps each benchmark's context typed from its setup. */
export function defineBenchmark<Context>(benchmark: Benchmark<Context>): Benchmark<Context> {
  return benchmark;
}

/**
 * One domain's seeder timed at `large`, on states whose identity (users, portals) was seeded outside the
 * timing; each iteration seeds a fresh state.
 */
export function seederBenchmark(
  name: string,
  seed: (state: State, options: SeedOptions) => void,
  {
    now,
    iterations,
    warmup,
    p95TargetMs,
  }: { now: number; iterations: number; warmup: number; p95TargetMs: number },
): Benchmark<State[]> {
  const options = (): SeedOptions => ({ scenario: 'large', rng: createRandom(1), now });
  return {
    name,
    setup: () =>
      Array.from({ length: warmup + iterations }, () => {
        const state = createState();
        seedIdentity(state, options());
        return state;
      }),
    run: (states, i) => {
      const state = states[i];
      if (!state) throw new Error('no prepared state');
      seed(state, options());
    },
    iterations,
    warmup,
    p95TargetMs,
  };
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

export async function measure<Context>(benchmark: Benchmark<Context>): Promise<BenchResult> {
  const { iterations = 200, warmup = 20 } = benchmark;
  const setupStarted = performance.now();
  const context = (benchmark.setup ? await benchmark.setup() : undefined) as Context;
  const setupMs = performance.now() - setupStarted;
  // Async runs (a service.handle() call) are awaited inside the timing; sync engine calls are not slowed.
  for (let i = 0; i < warmup; i += 1) {
    const result = benchmark.run(context, i);
    if (result instanceof Promise) await result;
  }
  const times: number[] = [];
  for (let i = 0; i < iterations; i += 1) {
    const started = performance.now();
    const result = benchmark.run(context, warmup + i);
    if (result instanceof Promise) await result;
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const p95Ms = percentile(times, 95);
  return {
    name: benchmark.name,
    iterations,
    setupMs,
    meanMs: times.reduce((sum, t) => sum + t, 0) / times.length,
    p50Ms: percentile(times, 50),
    p95Ms,
    maxMs: times[times.length - 1] ?? 0,
    p95TargetMs: benchmark.p95TargetMs,
    ok: benchmark.p95TargetMs === undefined || p95Ms <= benchmark.p95TargetMs,
  };
}
