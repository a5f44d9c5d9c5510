/**
 * Runs every `bench/*.bench.ts` (or the files named on the command line) and prints one table.
 *
 *   pnpm bench                       # all of them
 *   pnpm bench bench/licenses.bench.ts
 *   pnpm bench --markdown            # the table as Markdown, for BENCHMARKS.md
 *
 * A bench file exports `benchmarks` (or a default array) of `Benchmark`s from ./harness.ts; a file that
 * exports none is taken to measure and print on its own when imported. Exits 1 if a target is missed.
 */
import { readdirSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { measure, type Benchmark, type BenchResult } from './harness.js';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const markdown = args.includes('--markdown');
const named = args.filter((a) => !a.startsWith('--')).map((a) => resolve(a));
const files =
  named.length > 0
    ? named
    : readdirSync(here)
        .filter((f) => f.endsWith('.bench.ts'))
        .sort()
        .map((f) => join(here, f));

function isBenchmark(value: unknown): value is Benchmark {
  return typeof value === 'object' && value !== null && typeof (value as Benchmark).run === 'function';
}

const ms = (n: number) => n.toFixed(n < 10 ? 2 : 1);

function table(rows: (BenchResult & { file: string })[]): string {
  const header = [
    'file',
    'benchmark',
    'iterations',
    'p50 ms',
    'p95 ms',
    'max ms',
    'target p95',
    'setup ms',
    '',
  ];
  const lines = rows.map((r) => [
    r.file,
    r.name,
    String(r.iterations),
    ms(r.p50Ms),
    ms(r.p95Ms),
    ms(r.maxMs),
    r.p95TargetMs === undefined ? '–' : `≤ ${r.p95TargetMs}`,
    ms(r.setupMs),
    r.ok ? 'ok' : 'MISSED',
  ]);
  if (markdown) {
    return [header, header.map(() => '---'), ...lines].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
  }
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  return [header, ...lines].map((cells) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ')).join('\n');
}

async function main(): Promise<void> {
  if (files.length === 0) {
    console.log('No bench/*.bench.ts files yet.');
    return;
  }
  const results: (BenchResult & { file: string })[] = [];
  for (const file of files) {
    const module = (await import(pathToFileURL(file).href)) as { benchmarks?: unknown; default?: unknown };
    const exported = module.benchmarks ?? module.default;
    const list = Array.isArray(exported)
      ? exported.filter(isBenchmark)
      : isBenchmark(exported)
        ? [exported]
        : [];
    if (list.length === 0) {
      console.log(`${basename(file)}: no exported benchmarks (it reports on its own)`);
      continue;
    }
    for (const benchmark of list) {
      process.stdout.write(`running ${basename(file)} › ${benchmark.name}…\n`);
      results.push({ ...(await measure(benchmark)), file: basename(file) });
    }
  }
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  console.log(`\nNode ${process.version}, ${availableParallelism()} × ${cpu}\n`);
  console.log(table(results));
  const missed = results.filter((r) => !r.ok);
  if (missed.length > 0) {
    console.error(
      `\n${missed.length} benchmark(s) missed their p95 target: ${missed.map((r) => r.name).join(', ')}`,
    );
    process.exitCode = 1;
  }
}

await main();
