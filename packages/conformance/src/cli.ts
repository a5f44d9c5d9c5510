#!/usr/bin/env node
/**
 * `allot-conformance --base-url <url> --secret-key <sk> [--seed N] [--only area] [--report report.json]`
 * Exit codes: 0 all areas passed; 1 an area failed; 2 bad usage.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { progressLine } from './progress.js';
import { areaNames, type AreaName } from './result.js';
import { runConformance } from './run.js';
import { formatSummary } from './summary.js';

const USAGE = `Usage: allot-conformance --base-url <url> --secret-key <sk> [options]

  --base-url <url>     the API's base URL, e.g. http://localhost:4010/v1 (fixture routes at <url>/__mock/)
  --secret-key <sk>    secret key of the portal the kit acts as (mints widget tokens per role)
  --seed <n>           seed of the random sequences (default 1)
  --only <area>        run one area (repeatable): ${areaNames.join(' | ')}
  --runs <n>           invariant runs (default 20)
  --steps <n>          steps per invariant run (default 10)
  --report <file>      write the JSON report there
  --quiet              no progress on stderr
  -h, --help           show this help

Exit code: 0 every area passed, 1 a rule is broken, 2 bad usage.`;

function usage(message: string): never {
  console.error(`allot-conformance: ${message}\n\n${USAGE}`);
  process.exit(2);
}

function whole(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  if (!/^\d+$/.test(text)) usage(`--${name} must be a whole number, not ${text}`);
  return Number(text);
}

async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        'base-url': { type: 'string' },
        'secret-key': { type: 'string' },
        seed: { type: 'string' },
        only: { type: 'string', multiple: true },
        runs: { type: 'string' },
        steps: { type: 'string' },
        report: { type: 'string' },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    usage(error instanceof Error ? error.message : String(error));
  }
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const baseUrl = values['base-url'];
  const secretKey = values['secret-key'];
  if (!baseUrl) usage('--base-url is required');
  if (!secretKey) usage('--secret-key is required');
  const only = values.only ?? [];
  for (const area of only)
    if (!areaNames.includes(area as AreaName)) usage(`--only must be one of ${areaNames.join(', ')}`);

  const progress = !values.quiet;
  const areas = only.length > 0 ? areaNames.filter((name) => only.includes(name)) : areaNames;
  let lastArea = '';
  const report = await runConformance({
    baseUrl,
    secretKey,
    seed: whole('seed', values.seed, 1),
    ...(only.length > 0 ? { only: only as AreaName[] } : {}),
    invariants: { runs: whole('runs', values.runs, 20), steps: whole('steps', values.steps, 10) },
    onProgress: ({ area, requests }) => {
      if (!progress) return;
      if (process.stderr.isTTY) process.stderr.write(`\r\x1b[K${progressLine(areas, area, requests)}`);
      else if (area !== lastArea) process.stderr.write(`${area}…\n`);
      lastArea = area;
    },
  });
  if (progress && process.stderr.isTTY) process.stderr.write('\r\x1b[K');
  console.log(formatSummary(report));
  if (values.report) writeFileSync(values.report, `${JSON.stringify(report, null, 2)}\n`);
  process.exitCode = report.passed ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error('allot-conformance:', error instanceof Error ? error.message : error);
  process.exit(1);
});
