// The benchmark commands of BENCHMARKS.md run as written: each `pnpm … bench:…` line of its shell blocks is run
// through pnpm (which hands the script the `--` of `pnpm … bench:licenses -- --rounds 15`) with
// ALLOT_BENCH_DRY_RUN=1, so the script reads its options, prints them and stops before measuring anything.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const workspace = join(import.meta.dirname, '../..');

/** The `pnpm` commands of the shell blocks of a Markdown file that run a `bench` script, comments removed. */
function benchCommands(markdown: string): string[] {
  return [...markdown.matchAll(/```sh\n([\s\S]*?)```/g)]
    .flatMap(([, block]) => block!.split('\n'))
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter((line) => /^pnpm\b.*\bbench[:\w-]*\b/.test(line));
}

const commands = benchCommands(readFileSync(join(import.meta.dirname, 'BENCHMARKS.md'), 'utf8'));

describe('the commands of test/bench/BENCHMARKS.md', () => {
  it('finds the license grid command', () => {
    expect(commands).toContain('pnpm --filter @allot/tests bench:licenses -- --rounds 15');
  });

  it.each(commands)('runs `%s` as written', async (command) => {
    const [bin, ...args] = command.split(/\s+/);
    const { stdout } = await run(bin!, args, {
      cwd: workspace,
      env: { ...process.env, ALLOT_BENCH_DRY_RUN: '1' },
      timeout: 60_000,
    });
    const options = JSON.parse(stdout.trim().split('\n').at(-1)!) as { rounds: number };
    const rounds = /--rounds\s+(\d+)/.exec(command)?.[1];
    expect(options.rounds).toBe(rounds === undefined ? 5 : Number(rounds));
  });

  it('refuses what it does not know, a `--` or not', async () => {
    const script = join(import.meta.dirname, 'license-grid.bench.mjs');
    for (const args of [['--', '--round', '3'], ['--rounds', '0'], ['15']]) {
      await expect(
        run(process.execPath, [script, ...args], {
          env: { ...process.env, ALLOT_BENCH_DRY_RUN: '1' },
          timeout: 60_000,
        }),
        args.join(' '),
      ).rejects.toThrow();
    }
  });
});
