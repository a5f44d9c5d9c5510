#!/usr/bin/env node
// Runs every check and test suite of the workspace through turbo, then prints one line summed over all
// suites: `N passed, N failed`. Exits non-zero when any test, lint, typecheck or build task failed.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ensureChromium } from './ensure-chromium.mjs';

const root = join(import.meta.dirname, '..');
const suiteDirs = ['packages', 'apps', 'test'];
const resultFiles = () =>
  suiteDirs.flatMap((top) => findResults(join(root, top))).filter((file) => existsSync(file));

function findResults(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (!entry.isDirectory() || entry.name === 'node_modules' || entry.name.startsWith('.')) return [];
    const path = join(dir, entry.name);
    return entry.name === 'test-results' ? reportsIn(path) : findResults(path);
  });
}

/** Every JSON report in a test-results folder, its sub-folders included (the date-shift runs write to any-day/). */
function reportsIn(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return reportsIn(path);
    return entry.name.endsWith('.json') ? [path] : [];
  });
}

// Results of an earlier run must not be counted again; turbo restores them on a cache hit.
for (const file of resultFiles()) rmSync(file);

// The browser suites need a Chromium; a fresh machine gets one here, before any task starts.
const missing = ensureChromium();
if (missing) {
  console.error(missing);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const tasks =
  process.argv.slice(2).length > 0
    ? process.argv.slice(2)
    : ['build', 'lint', 'typecheck', 'test', 'test:any-day', '//#format-check'];
const turbo = spawnSync('turbo', ['run', ...tasks, '--continue', '--summarize'], {
  cwd: root,
  stdio: 'inherit',
});

let passed = 0;
let failed = 0;
let skipped = 0;
/** Each failed test, named with its report, so a failure deep in a long CI log can be found from the last lines. */
const failures = [];
for (const file of resultFiles()) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const where = relative(root, file);
  if (typeof report.numPassedTests === 'number') {
    // vitest / jest JSON reporter
    for (const suite of report.testResults ?? []) {
      if (suite.status === 'failed' && (suite.assertionResults ?? []).length === 0) {
        failures.push(`${where}: ${relative(root, suite.name)}: ${firstLine(suite.message)}`);
      }
      for (const test of suite.assertionResults ?? []) {
        if (test.status === 'failed') {
          failures.push(
            `${where}: ${relative(root, suite.name)} > ${test.fullName}: ${firstLine(test.failureMessages?.[0])}`,
          );
        }
      }
    }
    passed += report.numPassedTests;
    failed += report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0);
    skipped += report.numPendingTests + (report.numTodoTests ?? 0);
  } else if (report.stats) {
    // Playwright JSON reporter
    for (const name of playwrightFailures(report.suites ?? [], [])) failures.push(`${where}: ${name}`);
    passed += report.stats.expected + report.stats.flaky;
    failed += report.stats.unexpected;
    skipped += report.stats.skipped;
  } else {
    console.error(`Unknown report format: ${relative(root, file)}`);
    failed += 1;
  }
}

// A failed build, lint or typecheck task is a failure too, named so it can be found.
const failedTasks = readTurboFailures();
if (failures.length > 0) console.error(`\nFailed tests:\n${failures.map((line) => `✗ ${line}`).join('\n')}`);
for (const task of failedTasks) console.error(`✗ ${task}`);
const nonTestFailures = failedTasks.filter((task) => !task.endsWith('#test')).length;
failed += nonTestFailures;
if (turbo.status !== 0 && failed === 0) failed = 1;

console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(turbo.status === 0 && failed === 0 ? 0 : 1);

function readTurboFailures() {
  const dir = join(root, '.turbo/runs');
  if (!existsSync(dir)) return [];
  const latest = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .at(-1);
  if (!latest) return [];
  const summary = JSON.parse(readFileSync(join(dir, latest), 'utf8'));
  return (summary.tasks ?? [])
    .filter((task) => task.execution && task.execution.exitCode !== 0 && task.execution.exitCode !== null)
    .map((task) => task.taskId);
}

function firstLine(message) {
  return (
    String(message ?? '')
      .split('\n')
      .find((line) => line.trim() !== '') ?? '(no message)'
  );
}

function playwrightFailures(suites, titles) {
  return suites.flatMap((suite) => {
    const path = suite.title ? [...titles, suite.title] : titles;
    const own = (suite.specs ?? []).flatMap((spec) =>
      (spec.tests ?? [])
        .filter((test) => test.status === 'unexpected')
        .map((test) => {
          const error = test.results?.at(-1)?.error?.message;
          return `${[...path, spec.title].join(' > ')} [${test.projectName}]: ${firstLine(error)}`;
        }),
    );
    return [...own, ...playwrightFailures(suite.suites ?? [], path)];
  });
}
