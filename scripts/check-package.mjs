#!/usr/bin/env node
// Checks what a package would publish, from the tarball `pnpm pack` makes (the same one `changeset publish`
// uploads, with `workspace:` and `catalog:` versions replaced): publint (strict) for the package.json and its
// files, @arethetypeswrong/cli (ESM-only profile: we ship no CommonJS) for the types of every JS entry, and
// our own house rules (ESM, `exports` with `types` first, `files`, `sideEffects`, `engines`).
// Run from a package folder as its `check:package` script; turbo runs it before `lint`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const cwd = process.cwd();
const manifest = JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8'));
const problems = [];

function run(command, args) {
  const result = spawnSync(command, args, { cwd, stdio: 'inherit' });
  if (result.status !== 0) problems.push(`${command} ${args.join(' ')} failed`);
}

/** Every `exports` target, with the conditions in the order they are written. */
function* targets(value, key) {
  if (typeof value === 'string') yield { key, value, conditions: [] };
  else if (value && typeof value === 'object') {
    const conditions = Object.keys(value);
    if (conditions.includes('types') && conditions[0] !== 'types') {
      problems.push(
        `exports["${key}"]: the "types" condition must come first (TypeScript takes the first match)`,
      );
    }
    for (const condition of conditions) yield* targets(value[condition], key);
  }
}

// House rules that publint does not enforce (it accepts a package without `files` or `engines`).
if (manifest.type !== 'module') problems.push('"type" must be "module": every package is ESM only');
if (!manifest.exports || typeof manifest.exports !== 'object') problems.push('an "exports" map is required');
if (!Array.isArray(manifest.files)) problems.push('a "files" allow-list is required');
if (manifest.sideEffects === undefined)
  problems.push('"sideEffects" is required (false, or the registration files)');
if (!manifest.engines?.node) problems.push('"engines.node" is required');
const entries = Object.entries(manifest.exports ?? {}).flatMap(([key, value]) => [...targets(value, key)]);
// attw checks modules and their types: an HTML or CSS file is an asset, and an IIFE bundle is a classic script
// for a <script> tag, so neither is a module it can resolve types for.
const isModule = (target) => /\.(m?js|json|d\.m?ts)$/.test(target) && !/\.iife\.js$/.test(target);
const assets = [...new Set(entries.filter((e) => !isModule(e.value)).map((e) => e.key))];

const dir = mkdtempSync(join(tmpdir(), 'allot-pack-'));
try {
  const pack = spawnSync('pnpm', ['pack', '--pack-destination', dir], { cwd, encoding: 'utf8' });
  if (pack.status !== 0) throw new Error(`pnpm pack failed:\n${pack.stdout}${pack.stderr}`);
  const tarball = readdirSync(dir).find((file) => file.endsWith('.tgz'));
  if (!tarball) throw new Error(`pnpm pack wrote no tarball into ${dir}`);
  const path = join(dir, tarball);

  // The published package.json must name real versions, never the workspace's own protocols.
  const packed = spawnSync('tar', ['-xOzf', path, 'package/package.json'], { encoding: 'utf8' }).stdout;
  if (/"(workspace|catalog):/.test(packed))
    problems.push('the packed package.json still has workspace:/catalog:');

  run('publint', ['run', path, '--strict', '--pack', 'false']);
  const exclude = assets.length > 0 ? ['--exclude-entrypoints', ...assets] : [];
  run('attw', [path, '--profile', 'esm-only', '--format', 'ascii', '--no-emoji', ...exclude]);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

if (problems.length > 0) {
  for (const problem of problems) console.error(`✗ ${manifest.name}: ${problem}`);
  process.exit(1);
}
console.log(`✓ ${manifest.name}: publint and attw clean, ${entries.length} export targets checked`);
