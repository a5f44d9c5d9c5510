// What an integrator gets from npm: a fresh project OUTSIDE the workspace installs the packed tarballs of every
// package (as `changeset publish` would upload them) plus their public dependencies from the registry, then
// builds and runs a Node app on the SDK and the mock, a plain-HTML page on the single-file bundles, a React app
// on @allot/react with the JSX typings, a Preact app and a Vue app on the bare tags with their typings, and checks
// the Svelte typings. Catches what workspace links hide: a file missing from `files`, a
// `workspace:` version left in, a type that only resolves inside the monorepo, a bundle that does not register.
import { execFile, spawn } from 'node:child_process';
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
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Mock from '@allot/mock';
import type * as WidgetsManifest from '@allot/widgets/manifest';
import { parse } from 'yaml';
import { testNow } from '../../scripts/test-clock.mjs';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import { allSamples, commandsOf, type Sample } from './samples.js';

const run = promisify(execFile);
const workspace = join(import.meta.dirname, '../..');
const packages = ['contract', 'sdk', 'mock', 'widgets', 'react', 'conformance'];
const ORIGIN = 'http://consumer.test';

// The public dependencies the apps need, in the versions the workspace itself uses (its pnpm catalog).
const catalog = (
  parse(readFileSync(join(workspace, 'pnpm-workspace.yaml'), 'utf8')) as { catalog: Record<string, string> }
).catalog;
const fromCatalog = (...names: string[]) => Object.fromEntries(names.map((name) => [name, catalog[name]!]));

// npm must not inherit pnpm's settings from `pnpm run` (they are not npm's), but keeps the machine's registry.
const npmEnv = Object.fromEntries(
  Object.entries(process.env).filter(
    ([key]) => !/^npm_/i.test(key) || /^npm_config_(registry|cache|userconfig|.*proxy)$/i.test(key),
  ),
);

async function sh(
  command: string,
  args: string[],
  cwd: string,
  timeout = 120_000,
  env: Record<string, string> = {},
): Promise<string> {
  try {
    const { stdout } = await run(command, args, {
      cwd,
      env: { ...npmEnv, ...env },
      timeout,
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout;
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${stdout}\n${stderr}`, { cause: error });
  }
}

let dir = '';
let browser: Browser | undefined;
let tags: string[] = [];
let handle: (request: Request) => Promise<Response>;
let poolTitle = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'allot-consumer-'));
  const tarballs = join(dir, 'tarballs');
  mkdirSync(tarballs);
  await Promise.all(
    packages.map((name) =>
      sh('pnpm', ['pack', '--pack-destination', tarballs], join(workspace, 'packages', name)),
    ),
  );
  const tarball = (name: string) => {
    const file = readdirSync(tarballs).find((f) => new RegExp(`^allot-${name}-\\d.*\\.tgz$`).test(f));
    if (!file) throw new Error(`pnpm pack made no tarball for @allot/${name}`);
    return `file:./tarballs/${file}`;
  };

  cpSync(join(import.meta.dirname, 'app'), dir, { recursive: true });
  const manifest = {
    name: 'allot-consumer',
    private: true,
    type: 'module',
    dependencies: {
      ...Object.fromEntries(packages.map((name) => [`@allot/${name}`, tarball(name)])),
      ...fromCatalog('react', 'react-dom', 'preact', 'vue', 'svelte'),
    },
    devDependencies: fromCatalog(
      'typescript',
      'vite',
      '@types/node',
      '@types/react',
      '@types/react-dom',
      'vue-tsc',
      '@vitejs/plugin-vue',
    ),
  };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  // No lockfile to reuse (the tarballs change with every build); npm's cache makes a second install quick.
  await sh(
    'npm',
    ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts'],
    dir,
    240_000,
  );

  // The widgets' own manifest says which tags a page must end up with, read by the installed manifest module.
  const installed = createRequire(join(dir, 'package.json'));
  const { readElements } = (await import(
    pathToFileURL(installed.resolve('@allot/widgets/manifest')).href
  )) as typeof WidgetsManifest;
  tags = readElements().map((element) => element.tag);

  // The pages' API is the installed mock, answered in this process through Playwright's routing: no port, no network.
  const mock = (await import(pathToFileURL(installed.resolve('@allot/mock')).href)) as typeof Mock;
  const service = mock.createMockService({
    scenario: 'default',
    seed: 1,
    baseUrl: `${ORIGIN}/v1`,
    clock: () => Date.parse(testNow()),
  });
  handle = (request) => service.handle(request);
  const accounts = (await (
    await handle(
      new Request(`${ORIGIN}/v1/minute-accounts`, { headers: { Authorization: 'Bearer tok_a_admin' } }),
    )
  ).json()) as { items: { id: string; title: string }[]; defaultAccountId: string };
  poolTitle = accounts.items.find((account) => account.id === accounts.defaultAccountId)!.title;

  browser = await chromium.launch(chromiumLaunchOptions());
}, 300_000);

afterAll(async () => {
  await browser?.close();
  if (dir && !process.env['KEEP_CONSUMER']) rmSync(dir, { recursive: true, force: true });
});

const types: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.map': 'application/json',
};

/** A page of the consumer project at http://consumer.test/…: files from its folder, `/v1/…` from the mock. */
async function open(
  path: string,
  setup?: (page: Page) => Promise<void>,
): Promise<{ page: Page; errors: string[] }> {
  const page = await browser!.newPage();
  await setup?.(page);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.route(`${ORIGIN}/**`, async (route) => {
    const request = route.request();
    const url = new URL(request.url());
    if (url.pathname.startsWith('/v1/')) {
      const body = request.postDataBuffer();
      const response = await handle(
        new Request(url, {
          method: request.method(),
          headers: await request.allHeaders(),
          body: body ? new Uint8Array(body) : null,
        }),
      );
      await route.fulfill({
        status: response.status,
        headers: Object.fromEntries(response.headers),
        body: Buffer.from(await response.arrayBuffer()),
      });
      return;
    }
    const file = normalize(join(dir, decodeURIComponent(url.pathname)));
    if (!file.startsWith(dir) || !existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
    await route.fulfill({
      status: 200,
      contentType: types[extname(file)] ?? 'application/octet-stream',
      body: readFileSync(file),
    });
  });
  await page.goto(`${ORIGIN}/${path}`);
  return { page, errors };
}

/** Waits until every tag of the manifest is defined and the balance shows the pool from the API. */
async function expectWidgets(page: Page) {
  expect(tags).toContain('minutes-balance');
  const undefinedTags = await page.evaluate(async (names) => {
    await Promise.race([
      Promise.all(names.map((name) => customElements.whenDefined(name))),
      new Promise((r) => setTimeout(r, 10_000)),
    ]);
    return names.filter((name) => !customElements.get(name));
  }, tags);
  expect(undefinedTags).toEqual([]);
  await expect
    .poll(() => page.locator('minutes-balance').evaluate((el) => el.shadowRoot?.textContent ?? ''), {
      timeout: 15_000,
    })
    .toContain(poolTitle);
}

/**
 * Builds one framework's app with Vite (its own config when it has one) and opens it: every tag defined, the
 * API's data shown, the app's own state (no minutes moved yet) rendered, no console error. Returns the page.
 */
async function buildAndOpen(app: string, config?: string): Promise<Page> {
  const vite = ['node_modules/vite/bin/vite.js', 'build', app, '--base', './', '--logLevel', 'warn'];
  await sh(process.execPath, config ? [...vite, '--config', config] : vite, dir);
  const { page, errors } = await open(`${app}/dist/index.html`);
  await expectWidgets(page);
  await expect.poll(() => page.locator('output').textContent()).toBe('0 minutes moved');
  expect(errors).toEqual([]);
  return page;
}

/** The `pageSize` the app gave `<minutes-balance>` as a number (`page-size={20}`, `:page-size="20"`). */
const pageSizeOf = (page: Page) =>
  page.locator('minutes-balance').evaluate((el) => (el as { pageSize?: number }).pageSize);

describe('a project outside the workspace, on the packed tarballs', () => {
  it('type-checks and runs a Node program that calls the SDK against the mock', async () => {
    await sh(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'node/tsconfig.json'], dir);
    const output = JSON.parse(await sh(process.execPath, ['dist-node/main.js'], dir)) as Record<
      string,
      unknown
    >;
    expect(output).toEqual({ accounts: expect.any(Number), pool: 'acc_pool_a', refused: 'same_account' });
    expect(output['accounts']).toBeGreaterThan(1);
  });

  it('installs @allot/sdk alone: ky and nothing else, its types whole without @allot/contract', async () => {
    // Outside `dir`, so no other package of the workspace can be found by walking up node_modules.
    const alone = mkdtempSync(join(tmpdir(), 'allot-sdk-alone-'));
    try {
      const sdk = readdirSync(join(dir, 'tarballs')).find((file) => /^allot-sdk-\d.*\.tgz$/.test(file))!;
      writeFileSync(
        join(alone, 'package.json'),
        JSON.stringify({
          name: 'sdk-alone',
          private: true,
          type: 'module',
          dependencies: { '@allot/sdk': `file:${join(dir, 'tarballs', sdk)}` },
        }),
      );
      await sh('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts'], alone);
      const installed = (folder: string): string[] =>
        readdirSync(folder).flatMap((name) =>
          name.startsWith('.')
            ? []
            : name.startsWith('@')
              ? installed(join(folder, name)).map((n) => `${name}/${n}`)
              : [name],
        );
      expect(installed(join(alone, 'node_modules')).sort()).toEqual(['@allot/sdk', 'ky']);

      // The types are whole: a wrong query value is an error (it would pass if they had fallen back to `any`).
      writeFileSync(
        join(alone, 'main.ts'),
        [
          "import { createClient, isApiError } from '@allot/sdk';",
          "const client = createClient({ baseUrl: 'https://api.example.test/v1', token: 'tok' });",
          'export async function main(): Promise<string[] | string> {',
          "  const { items } = await client.licenses.list({ status: 'assigned' });",
          '  // @ts-expect-error not a license status',
          "  await client.licenses.list({ status: 'lost' });",
          "  try { await client.minutes.transfer({ fromAccountId: 'a', toAccountId: 'b', minutes: 5 }); }",
          "  catch (error) { if (isApiError(error, 'insufficient_minutes')) return error.detail; }",
          '  return items.map((license) => license.id);',
          '}',
        ].join('\n'),
      );
      writeFileSync(
        join(alone, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: {
            strict: true,
            module: 'nodenext',
            target: 'es2022',
            lib: ['es2022', 'dom'],
            types: [],
            noEmit: true,
          },
          files: ['main.ts'],
        }),
      );
      await sh(
        process.execPath,
        [join(dir, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'],
        alone,
      );

      // And it runs: the operation's method and path come from the routes inside the SDK.
      const sent = await sh(
        process.execPath,
        [
          '--input-type=module',
          '-e',
          [
            "const { createClient } = await import('@allot/sdk');",
            'let seen;',
            "const fetch = async (request) => { seen = `${request.method} ${new URL(request.url).pathname}`; return Response.json({ id: 'lic 1' }, { headers: { etag: '\"v1\"' } }); };",
            "const client = createClient({ baseUrl: 'https://api.example.test/v1', token: 'tok', fetch });",
            "await client.licenses.get('lic 1');",
            'console.log(seen);',
          ].join('\n'),
        ],
        alone,
      );
      expect(sent.trim()).toBe('GET /v1/licenses/lic%201');
    } finally {
      rmSync(alone, { recursive: true, force: true });
    }
  });

  it('defines every tag with one classic <script> (the IIFE bundle) and shows the API’s data', async () => {
    const { page, errors } = await open('html/iife.html');
    await expectWidgets(page);
    expect(
      await page.evaluate(
        () => typeof (window as { AllotWidgets?: { define?: unknown } }).AllotWidgets?.define,
      ),
    ).toBe('function');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('defines every tag with one <script type="module"> (the ESM bundle)', async () => {
    const { page, errors } = await open('html/esm.html');
    await expectWidgets(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each([0, 1, 2])(
    'runs the widgets README’s CDN snippet %i as written (pinned version, integrity checked)',
    async (index) => {
      // The README as npm users get it, with the snippets its build wrote (scripts/integrity.mjs).
      const widgets = join(dir, 'node_modules/@allot/widgets');
      const readme = readFileSync(join(widgets, 'README.md'), 'utf8');
      const block = /<!-- cdn-snippets[^>]*-->([\s\S]*?)<!-- \/cdn-snippets -->/.exec(readme)?.[1] ?? '';
      const snippets = [...block.matchAll(/```html\n([\s\S]*?)```/g)].map((match) => match[1]!);
      expect(snippets).toHaveLength(3);
      const { version } = JSON.parse(readFileSync(join(widgets, 'package.json'), 'utf8')) as {
        version: string;
      };
      // Only the API's address changes: the page's mock answers at /v1 on its own origin.
      const html = snippets[index]!.replaceAll('https://api.allot.dev/v1', '/v1');
      // The host's own script that hands the widget its token, where the snippets load it from.
      mkdirSync(join(dir, 'assets'), { recursive: true });
      cpSync(join(dir, 'html/token.js'), join(dir, 'assets/portal-token.js'));
      writeFileSync(
        join(dir, `html/snippet-${index}.html`),
        `<!doctype html>\n<html lang="en"><head><meta charset="utf-8" /></head><body>\n${html}</body></html>\n`,
      );
      const { page, errors } = await open(`html/snippet-${index}.html`, async (tab) => {
        // The CDN serves the packed files of the pinned version, as a CDN does: with CORS, for `integrity`.
        await tab.route(`https://cdn.jsdelivr.net/npm/@allot/widgets@${version}/dist/*`, (route) =>
          route.fulfill({
            status: 200,
            contentType: 'text/javascript',
            headers: { 'access-control-allow-origin': '*' },
            body: readFileSync(
              join(widgets, 'dist', new URL(route.request().url()).pathname.split('/').pop()!),
            ),
          }),
        );
      });
      await expectWidgets(page);
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it('refuses a bundle whose integrity does not match the README’s', async () => {
    const widgets = join(dir, 'node_modules/@allot/widgets');
    const { version } = JSON.parse(readFileSync(join(widgets, 'package.json'), 'utf8')) as {
      version: string;
    };
    const { page, errors } = await open('html/snippet-1.html', async (tab) => {
      await tab.route(`https://cdn.jsdelivr.net/npm/@allot/widgets@${version}/dist/*`, (route) =>
        route.fulfill({
          status: 200,
          contentType: 'text/javascript',
          headers: { 'access-control-allow-origin': '*' },
          body: '/* tampered */ window.tampered = true;',
        }),
      );
    });
    await expect.poll(() => errors.join(' ')).toMatch(/integrity/i);
    expect(
      await page.evaluate(() => 'tampered' in window || customElements.get('minutes-balance') !== undefined),
    ).toBe(false);
    await page.close();
  });

  it('type-checks a React app on @allot/react and the JSX typings of the bare tags', async () => {
    await sh(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'react/tsconfig.json'], dir);
  });

  it('builds the React app with Vite, and it renders the widgets with the API’s data', async () => {
    await (await buildAndOpen('react')).close();
  });

  it('type-checks a Preact app on the bare tags (Preact’s own attributes, style included) without @types/react', async () => {
    const files = await sh(
      process.execPath,
      ['node_modules/typescript/bin/tsc', '-p', 'preact/tsconfig.json', '--listFilesOnly'],
      dir,
    );
    expect(files).toContain('@allot/widgets/dist/preact.d.ts');
    expect(files).not.toContain('@types/react');
    await sh(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'preact/tsconfig.json'], dir);
  });

  it('builds the Preact app with Vite, and it renders the widgets with the API’s data', async () => {
    const page = await buildAndOpen('preact');
    expect(await pageSizeOf(page)).toBe(20);
    await page.close();
  });

  it('type-checks a Vue app’s templates with vue-tsc (strict templates): props, attributes and events', async () => {
    await sh(process.execPath, ['node_modules/vue-tsc/bin/vue-tsc.js', '-p', 'vue/tsconfig.json'], dir);
  });

  it('builds the Vue app with Vite, and it renders the widgets with the API’s data', async () => {
    const page = await buildAndOpen('vue', 'vue/vite.config.ts');
    expect(await pageSizeOf(page)).toBe(20);
    await page.close();
  });

  it('type-checks the tags as Svelte 5 elements (SvelteHTMLElements)', async () => {
    await sh(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'svelte/tsconfig.json'], dir);
  });

  it('ships the editors’ data: VS Code custom data and JetBrains web-types, named in package.json', async () => {
    const widgets = join(dir, 'node_modules/@allot/widgets');
    const pkg = JSON.parse(readFileSync(join(widgets, 'package.json'), 'utf8')) as Record<string, unknown>;
    const webTypes = JSON.parse(readFileSync(join(widgets, String(pkg['web-types'])), 'utf8')) as {
      contributions: { html: { elements: { name: string }[] } };
    };
    expect(webTypes.contributions.html.elements.map((element) => element.name).sort()).toEqual(
      [...tags].sort(),
    );
    const installed = createRequire(join(dir, 'package.json'));
    const html = JSON.parse(
      readFileSync(installed.resolve('@allot/widgets/vscode.html-custom-data.json'), 'utf8'),
    ) as { tags: { name: string }[] };
    expect(html.tags.map((tag) => tag.name).sort()).toEqual([...tags].sort());
  });
});

/** A mock CLI started by `command` (its `--port` made 0: a free one), and its base URL once it listens. */
async function serve(command: string): Promise<{ base: string; stop: () => void }> {
  const child = spawn('sh', ['-c', command.replace(/--port \d+/, '--port 0')], {
    cwd: dir,
    env: { ...npmEnv, PATH: `${join(dir, 'node_modules/.bin')}:${process.env['PATH']}` },
    detached: true, // its own process group: npx, sh and node stop together
  });
  const stop = () => {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  let output = '';
  const base = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${command}: not listening after 30 s:\n${output}`)),
      30_000,
    );
    const read = (chunk: Buffer) => {
      output += String(chunk);
      const url = /on (http:\/\/\S+\/v1)/.exec(output)?.[1];
      if (!url) return;
      clearTimeout(timer);
      resolve(url);
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => reject(new Error(`${command} exited with ${code}:\n${output}`)));
  }).catch((error: unknown) => {
    stop();
    throw error;
  });
  return { base, stop };
}

describe('the READMEs’ code samples, run as written (docs that run)', () => {
  const samples = allSamples(workspace);
  const of = (...langs: string[]) => samples.filter((sample) => !sample.skip && langs.includes(sample.lang));
  const where = (sample: Sample) => `${sample.readme}:${sample.line}`;

  it('runs every code sample, or its README says why not', () => {
    const runs = new Set(['ts', 'tsx', 'js', 'vue', 'sh', 'html', 'jsonc']);
    const neither = samples.filter((s) => s.lang !== 'text' && !s.skip && !runs.has(s.lang));
    expect(neither.map((s) => `${where(s)} (${s.lang})`)).toEqual([]);
    expect(of('ts', 'tsx', 'js').length).toBeGreaterThan(12);
    for (const sample of samples.filter((s) => s.skip))
      expect(sample.skip!.length, where(sample)).toBeGreaterThan(20);
  });

  it('type-checks every TypeScript and TSX sample (strict) and every JavaScript one, on the installed packages', async () => {
    for (const [folder, langs, options] of [
      ['samples-ts', ['ts', 'tsx'], { strict: true, jsx: 'react-jsx', types: ['node'] }],
      ['samples-js', ['js'], { allowJs: true, checkJs: true, strict: false, types: [] }],
    ] as const) {
      const root = join(dir, folder);
      mkdirSync(root, { recursive: true });
      for (const sample of of(...langs))
        // `export {}`: each sample is a module of its own, as in the reader's project.
        writeFileSync(
          join(root, `${sample.slug}.${sample.lang}`),
          `${sample.prelude}\n${sample.code}\nexport {};\n`,
        );
      writeFileSync(
        join(root, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: {
            target: 'ES2022',
            lib: ['ES2023', 'DOM', 'DOM.Iterable'],
            module: 'ESNext',
            moduleResolution: 'Bundler',
            resolveJsonModule: true,
            skipLibCheck: true,
            noEmit: true,
            ...options,
          },
          include: langs.map((lang) => `*.${lang}`),
        }),
      );
      await sh(process.execPath, [join(dir, 'node_modules/typescript/bin/tsc'), '-p', root], dir);
    }
  });

  it('type-checks every Vue sample as a template with vue-tsc (strict templates)', async () => {
    const root = join(dir, 'samples-vue');
    mkdirSync(root, { recursive: true });
    const vue = of('vue');
    expect(vue.length).toBeGreaterThan(0);
    for (const sample of vue)
      writeFileSync(
        join(root, `${sample.slug}.vue`),
        `<script setup lang="ts">\nimport type {} from '@allot/widgets/vue';\n</script>\n\n<template>\n${sample.code}</template>\n`,
      );
    writeFileSync(
      join(root, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          lib: ['ES2023', 'DOM'],
          module: 'ESNext',
          moduleResolution: 'Bundler',
          strict: true,
          noEmit: true,
          types: [],
        },
        vueCompilerOptions: { strictTemplates: true },
        include: ['*.vue'],
      }),
    );
    await sh(process.execPath, [join(dir, 'node_modules/vue-tsc/bin/vue-tsc.js'), '-p', root], dir);
  });

  it('runs every shell sample against the mock CLI (on a free port in place of 4010)', async () => {
    const commands = of('sh').flatMap((sample) =>
      commandsOf(sample.code).map((command) => ({ sample, command })),
    );
    const servers = commands.filter(({ command }) => /^npx allot-mock\b/.test(command));
    expect(servers).toHaveLength(1);

    // The server sample as written (its latency included), answering the README's first request.
    const written = await serve(servers[0]!.command);
    try {
      const me = await fetch(`${written.base}/me`, { headers: { Authorization: 'Bearer tok_a_admin' } });
      expect(me.status).toBe(200);
    } finally {
      written.stop();
    }

    // Every other command against a mock without latency, rebuilt before each sample.
    const mock = await serve('npx allot-mock --port 0 --scenario default --seed 1');
    try {
      const origin = new URL(mock.base).origin;
      let last: Sample | undefined;
      for (const { sample, command } of commands.filter((c) => !servers.includes(c))) {
        if (sample !== last) await fetch(`${mock.base}/__mock/reset`, { method: 'POST', body: '{}' });
        last = sample;
        const line = command.replaceAll('http://localhost:4010', origin);
        // curl reports an HTTP error only when asked; the rest of the line is the README's.
        const run = /^curl\b/.test(line) ? `${line} -sS --fail-with-body -o /dev/null` : line;
        // The variables a sample leaves to the reader: the server's URL and the portal's secret key.
        const env = { URL: mock.base, SK: 'sk_test_a' };
        await sh('sh', ['-c', run], dir, 120_000, env).catch((error: unknown) => {
          throw new Error(`${where(sample)}: ${command}`, { cause: error });
        });
      }
      // The JSONC body of the faults (comments and trailing commas are the README's notes) is one the mock takes.
      for (const sample of of('jsonc')) {
        const body = sample.code.replace(/\s*\/\/.*$/gm, '').replace(/,(\s*[}\]])/g, '$1');
        const put = await fetch(`${mock.base}/__mock/faults`, { method: 'PUT', body });
        expect(put.ok, `${where(sample)}: ${await put.text()}`).toBe(true);
        await fetch(`${mock.base}/__mock/faults`, { method: 'DELETE' });
      }
    } finally {
      mock.stop();
    }
  });

  it('loads every HTML sample in Chromium, where its widgets show the API’s data', async () => {
    const html = of('html');
    expect(html.length).toBeGreaterThan(0);
    mkdirSync(join(dir, 'samples-html'), { recursive: true });
    // The host's part: a token for each widget or provider that is not inside a provider.
    writeFileSync(
      join(dir, 'samples-html/token.js'),
      `for (const tag of ${JSON.stringify(tags)})
  customElements.whenDefined(tag).then(() => {
    for (const element of document.querySelectorAll(tag))
      if (!element.parentElement?.closest('allot-provider')) element.token = 'tok_a_admin';
  });
`,
    );
    for (const sample of html) {
      writeFileSync(
        join(dir, `samples-html/${sample.slug}.html`),
        `<!doctype html>\n<html lang="en"><head><meta charset="utf-8" />
<script type="module" src="../node_modules/@allot/widgets/dist/allot-widgets.bundle.js"></script></head><body>
${sample.code.replaceAll('https://api.allot.dev/v1', '/v1')}<script type="module" src="./token.js"></script>
</body></html>\n`,
      );
      const { page, errors } = await open(`samples-html/${sample.slug}.html`);
      if (sample.code.includes('<minutes-balance'))
        await expect
          .poll(
            () =>
              page
                .locator('minutes-balance')
                .first()
                .evaluate((el) => el.shadowRoot?.textContent ?? ''),
            {
              timeout: 15_000,
            },
          )
          .toContain(poolTitle);
      expect(errors, where(sample)).toEqual([]);
      await page.close();
    }
  });
});
