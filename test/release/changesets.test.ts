// A dry run of the release's versioning step: `changeset version` on a copy of the repository's changesets and
// package manifests (plus one sample changeset), in a temporary folder, so the real tree is never touched. It
// proves that the pending changesets are well formed, name real packages, and turn into versions and changelogs.
import { execFile } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const workspace = join(import.meta.dirname, '../..');
const changesetBin = join(workspace, 'node_modules/@changesets/cli/bin.js');

interface Manifest {
  name: string;
  version: string;
  private?: boolean;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}
type Bump = 'major' | 'minor' | 'patch';
interface Changeset {
  file: string;
  releases: Record<string, Bump>;
  summary: string;
}

/** Every workspace package folder, relative to the root (the globs of pnpm-workspace.yaml: packages/*, apps/*, test). */
function packageDirs(root: string): string[] {
  const inside = (top: string) =>
    existsSync(join(root, top))
      ? readdirSync(join(root, top), { withFileTypes: true })
          .filter((entry) => entry.isDirectory() && existsSync(join(root, top, entry.name, 'package.json')))
          .map((entry) => `${top}/${entry.name}`)
      : [];
  return [...inside('packages'), ...inside('apps'), 'test'];
}

const readManifest = (root: string, dir: string) =>
  JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')) as Manifest;

function parseChangeset(file: string, text: string): Changeset {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${file}: no front matter`);
  const releases: Record<string, Bump> = {};
  for (const line of match[1]!.split('\n').filter(Boolean)) {
    const release = /^['"]?(@?[\w./-]+)['"]?:\s*(major|minor|patch)\s*$/.exec(line);
    if (!release) throw new Error(`${file}: cannot read "${line}"`);
    releases[release[1]!] = release[2] as Bump;
  }
  return { file, releases, summary: match[2]!.trim() };
}

/** -1, 0 or 1, for plain x.y.z versions. */
function compare(a: string, b: string): number {
  const [x, y] = [a, b].map((v) => v.split('.').map(Number));
  for (let i = 0; i < 3; i++) if (x![i] !== y![i]) return Math.sign(x![i]! - y![i]!);
  return 0;
}

function bumped(version: string, bump: Bump): string {
  const [major, minor, patch] = version.split('.').map(Number) as [number, number, number];
  if (bump === 'major') return `${major + 1}.0.0`;
  if (bump === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

const SAMPLE = {
  file: 'sample-release-check.md',
  name: '@allot/sdk',
  summary: 'Sample change of the release dry run.',
};

let dir = '';
let dirs: string[] = [];
let before = new Map<string, Manifest>();
let after = new Map<string, Manifest>();
let changesets: Changeset[] = [];
let realBefore = '';

beforeAll(async () => {
  dirs = packageDirs(workspace);
  realBefore = dirs.map((d) => readFileSync(join(workspace, d, 'package.json'), 'utf8')).join('\n');
  dir = mkdtempSync(join(tmpdir(), 'allot-changesets-'));
  cpSync(join(workspace, '.changeset'), join(dir, '.changeset'), { recursive: true });
  for (const file of ['package.json', 'pnpm-workspace.yaml']) cpSync(join(workspace, file), join(dir, file));
  for (const d of dirs) {
    mkdirSync(join(dir, d), { recursive: true });
    for (const file of ['package.json', 'CHANGELOG.md']) {
      if (existsSync(join(workspace, d, file))) cpSync(join(workspace, d, file), join(dir, d, file));
    }
  }
  writeFileSync(
    join(dir, '.changeset', SAMPLE.file),
    `---\n'${SAMPLE.name}': patch\n---\n\n${SAMPLE.summary}\n`,
  );
  changesets = readdirSync(join(dir, '.changeset'))
    .filter((file) => file.endsWith('.md') && file !== 'README.md')
    .map((file) => parseChangeset(file, readFileSync(join(dir, '.changeset', file), 'utf8')));
  before = new Map(dirs.map((d) => [d, readManifest(dir, d)]));

  await run(process.execPath, [changesetBin, 'version'], { cwd: dir, timeout: 60_000 });
  after = new Map(dirs.map((d) => [d, readManifest(dir, d)]));
}, 90_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const dirOf = (name: string) => dirs.find((d) => before.get(d)!.name === name);

describe('changeset version (dry run on a copy)', () => {
  it('reads every pending changeset, and each names a workspace package that is published', () => {
    const ignored = (
      JSON.parse(readFileSync(join(workspace, '.changeset/config.json'), 'utf8')) as { ignore: string[] }
    ).ignore;
    for (const changeset of changesets) {
      for (const name of Object.keys(changeset.releases)) {
        expect(dirOf(name), `${changeset.file} names ${name}`).toBeDefined();
        expect(before.get(dirOf(name)!)!.private, `${changeset.file}: ${name} is private`).not.toBe(true);
        expect(ignored).not.toContain(name);
      }
      expect(changeset.summary.length, `${changeset.file} has a summary`).toBeGreaterThan(0);
    }
  });

  it('bumps each package at least as far as its changesets ask', () => {
    for (const changeset of changesets) {
      for (const [name, bump] of Object.entries(changeset.releases)) {
        const d = dirOf(name)!;
        const wanted = bumped(before.get(d)!.version, bump);
        expect(
          compare(after.get(d)!.version, wanted),
          `${name}: ${after.get(d)!.version} ≥ ${wanted}`,
        ).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('has the published packages at one version (`@allot/react` included)', () => {
    const published = dirs.map((d) => before.get(d)!).filter((manifest) => !manifest.private);
    expect(published.map((manifest) => manifest.name)).toEqual(
      expect.arrayContaining([
        '@allot/contract',
        '@allot/sdk',
        '@allot/mock',
        '@allot/widgets',
        '@allot/react',
      ]),
    );
    const versions = Object.fromEntries(published.map((manifest) => [manifest.name, manifest.version]));
    expect(new Set(Object.values(versions)).size, JSON.stringify(versions)).toBe(1);
  });

  it('writes each summary into the package’s CHANGELOG.md under its new version', () => {
    for (const changeset of changesets) {
      for (const name of Object.keys(changeset.releases)) {
        const d = dirOf(name)!;
        const changelog = readFileSync(join(dir, d, 'CHANGELOG.md'), 'utf8');
        expect(changelog).toContain(`# ${name}`);
        expect(changelog).toContain(`## ${after.get(d)!.version}`);
        expect(changelog).toContain(changeset.summary.split('\n')[0]!.trim());
      }
    }
  });

  it('consumes the changesets and leaves private packages and workspace ranges alone', () => {
    expect(readdirSync(join(dir, '.changeset')).filter((f) => f.endsWith('.md'))).toEqual(['README.md']);
    for (const d of dirs) {
      const [old, now] = [before.get(d)!, after.get(d)!];
      if (old.private) expect(now.version, `${old.name} is private`).toBe(old.version);
      for (const field of ['dependencies', 'devDependencies', 'peerDependencies'] as const) {
        for (const [dep, range] of Object.entries(old[field] ?? {})) {
          // `workspace:` and `catalog:` ranges are pnpm's to replace at pack time; changesets must keep them.
          if (/^(workspace|catalog):/.test(range))
            expect(now[field]![dep], `${old.name} → ${dep}`).toBe(range);
        }
      }
    }
  });

  it('leaves the real tree untouched', () => {
    expect(dirs.map((d) => readFileSync(join(workspace, d, 'package.json'), 'utf8')).join('\n')).toBe(
      realBefore,
    );
    expect(existsSync(join(workspace, '.changeset', SAMPLE.file))).toBe(false);
  });
});
