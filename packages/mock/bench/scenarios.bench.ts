/**
 * Building the `large` scenario: the minutes seeder alone (10,000 ledger entries on portal A's pool, target
 * p95 < 300 ms; it was a timed assertion inside a unit test) and, for scale, the whole scenario with every
 * domain (no target: it is what the demo's "large" data and the bench files pay once).
 *
 *   pnpm bench bench/scenarios.bench.ts [--markdown]
 */
import { buildScenario } from '../src/scenarios/index.js';
import { seedMinutes } from '../src/scenarios/minutes.js';
import { defineBenchmark, seederBenchmark } from './harness.js';

const NOW = Date.UTC(2026, 10, 2, 9, 30);

export const benchmarks = [
  seederBenchmark(
    'seedMinutes at large (10,000 ledger entries; identity seeded outside the timing)',
    seedMinutes,
    {
      now: NOW,
      iterations: 10,
      warmup: 2,
      p95TargetMs: 300,
    },
  ),
  defineBenchmark({
    name: 'buildScenario large (every domain)',
    setup: () => undefined,
    run: () => void buildScenario('large', { seed: 1, now: NOW }),
    iterations: 5,
    warmup: 1,
  }),
];
