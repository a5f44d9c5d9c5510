/** The package as a consumer meets it: manifest, entry points, and source that runs outside Node. */
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, unknown>;
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sources(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );

describe('package', () => {
  it('is an ESM, side-effect-free package with typed exports', () => {
    expect(manifest['type']).toBe('module');
    expect(manifest['sideEffects']).toBe(false);
    expect(manifest['engines']).toEqual({ node: '>=20.19' });
    expect(manifest['files']).toEqual(['dist', 'src']); // src: what the source maps point at
    const main = (manifest['exports'] as Record<string, Record<string, string>>)['.']!;
    expect(Object.keys(main)[0]).toBe('types');
    expect(main).toEqual({ types: './dist/index.d.ts', default: './dist/index.js' });
  });

  it('depends on ky only: the contract it is built from is inside dist/', () => {
    expect(Object.keys(manifest['dependencies'] as object)).toEqual(['ky']);
    expect(Object.keys(manifest['devDependencies'] as object)).toContain('@allot/contract');
  });

  it('ships no import of @allot/contract: its operation routes and types are copied into dist/contract/', () => {
    const built = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory()
          ? built(join(dir, entry.name))
          : /\.(js|d\.ts)$/.test(entry.name)
            ? [join(dir, entry.name)]
            : [],
      );
    const files = built(join(root, 'dist'));
    expect(files.map((file) => file.slice(root.length + 1))).toEqual(
      expect.arrayContaining(['dist/contract/generated/routes.js', 'dist/contract/generated/openapi.d.ts']),
    );
    for (const file of files) expect(readFileSync(file, 'utf8'), file).not.toMatch(/['"]@allot\/contract/);
  });

  it('checks its size budget in the test script', () => {
    expect((manifest['scripts'] as Record<string, string>)['test']).toContain('size-limit');
    const [budget] = JSON.parse(readFileSync(join(root, '.size-limit.json'), 'utf8')) as Record<
      string,
      unknown
    >[];
    expect(budget).toMatchObject({ path: 'dist/index.js', ignore: ['ky'], gzip: true, limit: '4.4 kB' });
  });

  it('uses no Node built-in in its source, so it runs in browsers, Deno, Bun and workers', () => {
    const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
    for (const file of sources(join(root, 'src'))) {
      // Code only: the TSDoc examples may show a server-side use (process.env in a backend).
      const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
      for (const [, specifier] of text.matchAll(/from '([^']+)'/g))
        expect(builtins.has(specifier!), `${file}: ${specifier}`).toBe(false);
      expect(text, file).not.toMatch(/\b(process|Buffer|require|__dirname)\b[.(]/);
    }
  });

  it('exports the client, the errors, the guard and the key generator from the built entry', async () => {
    const entry = (await import('../dist/index.js')) as Record<string, unknown>;
    expect(Object.keys(entry).sort()).toEqual([
      'ApiError',
      'ConnectionError',
      'TimeoutError',
      'createClient',
      'createIdempotencyKey',
      'isApiError',
    ]);
  });
});
