#!/usr/bin/env node
// Checks what a package would publish, from the tarball `pnpm pack` makes (the same one `changeset publish`
// uploads, with `workspace:` and `catalog:` versions replaced): publint (strict) for the package.json and its
// files, @arethetypeswrong/cli (ESM-only profile: we ship no CommonJS) for the types of every JS entry, and
// our own house rules: ESM, `exports` with `types` first, `files`, `sideEffects`, `engines`; the metadata npm
// shows (`repository` with its `directory`, `homepage`, `bugs`, `keywords`, `license`); and, in the unpacked
// files, a LICENSE, source maps that resolve (each source shipped or embedded), `sourceMappingURL`s that name
// shipped maps, single-file bundles that are ASCII, and a Custom Elements Manifest that names shipped modules.
// Run from a package folder as its `check:package` script; turbo runs it before `lint`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix, relative, sep } from 'node:path';

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
// What npm's page and `npm repo`/`npm bugs`/`npm home` read: the repository (this package's folder in it), a
// home page, where to report bugs, keywords for search, and the license.
const folder = relative(join(import.meta.dirname, '..'), cwd)
  .split(sep)
  .join('/');
if (
  typeof manifest.repository !== 'object' ||
  !/^git\+https:\/\/\S+\.git$/.test(manifest.repository?.url ?? '')
)
  problems.push('"repository" must be { type: "git", url: "git+https://….git", directory }');
else if (manifest.repository.directory !== folder)
  problems.push(`"repository.directory" must be "${folder}", the package's folder in the repository`);
if (!/^https:\/\//.test(manifest.homepage ?? '')) problems.push('"homepage" (an https URL) is required');
if (!/^https:\/\//.test(manifest.bugs?.url ?? manifest.bugs ?? ''))
  problems.push('"bugs" (an https URL: where to report an issue) is required');
if (!Array.isArray(manifest.keywords) || manifest.keywords.length === 0)
  problems.push('"keywords" (a non-empty list) is required');
if (!manifest.license) problems.push('"license" is required');
const entries = Object.entries(manifest.exports ?? {}).flatMap(([key, value]) => [...targets(value, key)]);
// attw checks modules and their types: an HTML or CSS file is an asset, and an IIFE bundle is a classic script
// for a <script> tag, so neither is a module it can resolve types for.
const isModule = (target) => /\.(m?js|json|d\.m?ts)$/.test(target) && !/\.iife\.js$/.test(target);
const assets = [...new Set(entries.filter((e) => !isModule(e.value)).map((e) => e.key))];

/** Every file under `root`, as a package-relative POSIX path (`dist/index.js`). */
function filesUnder(root, prefix = '') {
  return readdirSync(join(root, prefix), { withFileTypes: true }).flatMap((entry) => {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? filesUnder(root, path) : [path];
  });
}

/**
 * What is wrong with the files of the unpacked tarball (its `package/` folder) as a user's tools read them: no
 * LICENSE; a source map whose source is neither shipped nor embedded (`sourcesContent`), so a debugger or "go to
 * definition" lands on nothing; a `sourceMappingURL` naming a map that is not shipped; a single-file bundle
 * (`unpkg`, `jsdelivr`, an export target `*.iife.js` or `*.bundle.js`) with a byte that is not ASCII; a Custom
 * Elements Manifest module path (or a declaration's `module`) that is not a shipped file.
 */
function shippedFileProblems(root) {
  const found = [];
  const files = filesUnder(root);
  const shipped = new Set(files);
  const read = (file) => readFileSync(join(root, file), 'utf8');

  // A LICENSE in the package folder is packed whatever `files` says (pnpm falls back to the workspace root's,
  // npm does not): each package folder has its own.
  const license = files.find((file) => /^(LICENSE|LICENCE)(\.(md|txt))?$/i.test(file));
  if (!license) found.push('no LICENSE file in the tarball (put one in the package folder)');
  else if (manifest.license && !read(license).includes(`${manifest.license} License`))
    found.push(`${license} is not the ${manifest.license} License that "license" names`);

  /** `count things, e.g. a, b, c, …` for a list of examples. */
  const some = (list) => `${list.slice(0, 3).join('; ')}${list.length > 3 ? '; …' : ''}`;

  const unresolved = [];
  let mapped = 0;
  for (const file of files.filter((f) => f.endsWith('.map'))) {
    let map;
    try {
      map = JSON.parse(read(file));
    } catch {
      found.push(`${file} is not JSON`);
      continue;
    }
    for (const [index, source] of (map.sources ?? []).entries()) {
      mapped += 1;
      if (typeof map.sourcesContent?.[index] === 'string') continue;
      // A URL (webpack://, file://) is never a shipped file.
      const path = /^[a-z][\w+.-]*:/i.test(source)
        ? source
        : posix.join(posix.dirname(file), map.sourceRoot ?? '', source);
      if (!shipped.has(path)) unresolved.push(`${file} → ${source}`);
    }
  }
  if (unresolved.length > 0) {
    found.push(
      `${unresolved.length} of ${mapped} source map entries point at a file that is neither shipped nor embedded (sourcesContent): ${some(unresolved)}`,
    );
  }

  const unlinked = [];
  for (const file of files.filter((f) => /\.(m?js|cjs|d\.[mc]?ts|css)$/.test(f))) {
    const url = /[#@] sourceMappingURL=(\S+?)\s*(?:\*\/)?\s*$/.exec(read(file))?.[1];
    if (!url || url.startsWith('data:')) continue;
    if (!shipped.has(posix.join(posix.dirname(file), url))) unlinked.push(`${file} → ${url}`);
  }
  if (unlinked.length > 0) {
    found.push(`${unlinked.length} files name a source map that is not shipped: ${some(unlinked)}`);
  }

  // A single-file bundle is loaded by a classic <script> (decoded in the page's charset, so a raw `·` on a page that
  // declares no charset shows as "Â·") or straight from a CDN: every byte must be ASCII.
  const bundles = new Set(
    [manifest.unpkg, manifest.jsdelivr, ...entries.map((entry) => entry.value)]
      .filter((target) => typeof target === 'string')
      .filter(
        (target) =>
          target === manifest.unpkg || target === manifest.jsdelivr || /\.(iife|bundle)\.js$/.test(target),
      )
      .map((target) => posix.normalize(target)),
  );
  for (const bundle of bundles) {
    if (!shipped.has(bundle)) continue; // publint reports a missing target
    const bytes = readFileSync(join(root, bundle));
    const at = bytes.findIndex((byte) => byte >= 0x80);
    if (at !== -1) {
      found.push(
        `${bundle} is not ASCII: byte 0x${bytes[at].toString(16)} at ${at} (…${bytes.subarray(Math.max(0, at - 40), at + 10).toString('utf8')}…)`,
      );
    }
  }

  if (typeof manifest.customElements === 'string') {
    const cem = posix.normalize(manifest.customElements);
    if (!shipped.has(cem)) found.push(`"customElements": ${cem} is not shipped`);
    else {
      /** Every module path of the manifest: a module's `path`, and the `module` of a reference within this package. */
      const paths = new Set();
      const visit = (value, key) => {
        if (Array.isArray(value)) value.forEach((item) => visit(item, key));
        else if (value && typeof value === 'object') {
          if (typeof value.module === 'string' && value.package === undefined) paths.add(value.module);
          for (const [k, v] of Object.entries(value)) visit(v, k);
        } else if (key === 'path' && typeof value === 'string') paths.add(value);
      };
      visit(JSON.parse(read(cem)).modules);
      for (const path of paths) {
        if (!shipped.has(posix.normalize(path)))
          found.push(`${cem} names the module ${path}, which is not shipped`);
      }
    }
  }
  return found;
}

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

  const unpacked = join(dir, 'unpacked');
  mkdirSync(unpacked);
  const untar = spawnSync('tar', ['-xzf', path, '-C', unpacked], { encoding: 'utf8' });
  if (untar.status !== 0) throw new Error(`tar could not unpack ${path}:\n${untar.stderr}`);
  problems.push(...shippedFileProblems(join(unpacked, 'package')));

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
console.log(
  `✓ ${manifest.name}: publint, attw and the packed files clean, ${entries.length} export targets checked`,
);
