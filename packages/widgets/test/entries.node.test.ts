// What the docs say each entry registers matches what it does: the comment at the top of dist/index.js (what an
// integrator opens in node_modules) and the README's table of entries, against the Custom Elements Manifest.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readElements, readManifest } from '../scripts/manifest.mjs';

const tags = readElements().map((element) => element.tag);
const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');

/** Each per-tag entry (`./license-table`) and the tags its module registers, from the manifest. */
const definitions = new Map<string, string[]>();
/** A module's exports (manifest.mjs's types leave them out: they are only read here). */
type WithExports = { path: string; exports?: { kind: string; name: string }[] };
for (const mod of (readManifest().modules ?? []) as WithExports[]) {
  for (const exported of mod.exports ?? []) {
    if (exported.kind !== 'custom-element-definition') continue;
    definitions.set(mod.path, [...(definitions.get(mod.path) ?? []), exported.name]);
  }
}

describe('the entries, as documented', () => {
  it('says at the top of dist/index.js how many tags it registers, and names each', () => {
    const comment = /^\/\*\*[\s\S]*?\*\//.exec(read('dist/index.js'))?.[0] ?? '';
    expect(tags).toHaveLength(6);
    expect(comment).toContain(`registers all ${WORDS[tags.length]} tags`);
    for (const tag of tags) expect(comment).toContain(`<${tag}>`);
  });

  it('lists every entry and the tags it registers in the README table', () => {
    const readme = read('README.md');
    const table = /^\| entry +\| registers +\|\n(?:\|[^\n]*\n)+/m.exec(readme)?.[0];
    expect(table, 'the README has an "entry | registers" table').toBeDefined();
    const rows = new Map(
      table!
        .split('\n')
        .slice(2)
        .filter(Boolean)
        .map((row) => row.split('|').map((cell) => cell.trim()))
        .map(([, entry, registers]) => [entry!.replace(/`/g, ''), registers!]),
    );
    const { exports } = JSON.parse(read('package.json')) as {
      exports: Record<string, { default?: string } | string>;
    };
    expect(rows.get('@allot/widgets')).toContain(`all ${WORDS[tags.length]} tags`);
    for (const [path, registered] of definitions) {
      const key = Object.keys(exports).find((name) => {
        const target = exports[name];
        return (typeof target === 'string' ? target : target?.default) === `./${path}`;
      });
      expect(key, `an export for ${path}`).toBeDefined();
      const entry = `@allot/widgets${key!.slice(1)}`;
      expect(rows.has(entry), `the README table lists ${entry}`).toBe(true);
      for (const tag of registered) expect(rows.get(entry), entry).toContain(`<${tag}>`);
    }
    for (const tag of tags) expect(table).toContain(`<${tag}>`);
  });
});
