import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import {
  demoHeaderPolicy,
  demoPolicy,
  devPolicy,
  framedHeaderPolicy,
  framedPages,
  referencePolicy,
} from './build/csp.mjs';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { operationTable } from '@allot/contract/operations';
import { referenceCss, renderReference } from '@allot/contract/reference';
import { readWidgetMeta, widgetsManifest } from './build/widget-meta.mjs';

/** The pages of the demo (Vite multi-page): file, and the label of its link in the shared navigation. */
const pages = [
  ['index.html', 'Gallery'],
  ['portals.html', 'Two portals'],
  ['conflicts.html', 'Two copies'],
  ['theming.html', 'Theming'],
  ['components.html', 'Components'],
  ['embed-html.html', 'Plain HTML'],
  ['embed-react.html', 'React'],
] as const;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Every page gets the same CSP <meta> tag and the same navigation, in place of `<!-- allot:nav -->`. */
function shell(): Plugin {
  let serve = false;
  return {
    name: 'allot-demo-shell',
    configResolved(config) {
      serve = config.command === 'serve';
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html, { path }) {
        const current = path.replace(/^\//, '') || 'index.html';
        const links = [...pages, ['reference/index.html', 'API reference'] as const]
          .map(([href, label]) => {
            const here = href === current ? ' aria-current="page"' : '';
            return `<li><a href="./${href}"${here}>${escapeHtml(label)}</a></li>`;
          })
          .join('');
        const nav =
          '<header class="bar">' +
          '<p class="brand"><a href="./index.html">Allot</a> <span>design review</span></p>' +
          `<nav aria-label="Demo pages"><ul>${links}</ul></nav>` +
          '<p id="mock-status" class="mock-status" role="status">Starting the mock service…</p>' +
          '</header>';
        const csp = `<meta http-equiv="Content-Security-Policy" content="${serve ? devPolicy : demoPolicy}" />`;
        return html.replace('<!-- allot:csp -->', csp).replace('<!-- allot:nav -->', nav);
      },
    },
  };
}

/** `virtual:allot-widgets-meta`: what the built widgets offer (tags, events, theme tokens), from their manifest. */
function widgetsMeta(): Plugin {
  const id = 'virtual:allot-widgets-meta';
  return {
    name: 'allot-widgets-meta',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load(loaded) {
      if (loaded !== `\0${id}`) return undefined;
      this.addWatchFile(widgetsManifest);
      return `export default ${JSON.stringify(readWidgetMeta())};`;
    },
  };
}

/**
 * The contract's API reference (`@allot/contract/reference`: one page for npm users and the demo alike), at
 * `reference/index.html` with a link back to the demo, in dev and in the build.
 */
const referenceHtml = () =>
  renderReference(
    JSON.parse(
      readFileSync(createRequire(import.meta.url).resolve('@allot/contract/openapi.json'), 'utf8'),
    ) as object,
    operationTable,
    { back: { href: '../index.html', label: '← Back to the Allot demo' } },
  );

function apiReference(): Plugin {
  return {
    name: 'allot-api-reference',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0] ?? '';
        if (path === '/reference/reference.css') {
          res.setHeader('Content-Type', 'text/css; charset=utf-8');
          res.end(referenceCss);
        } else if (/^\/reference\/?(index\.html)?$/.test(path)) {
          res.setHeader('Content-Type', 'text/html; charset=utf-8');
          res.end(referenceHtml());
        } else next();
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'reference/index.html', source: referenceHtml() });
      this.emitFile({ type: 'asset', fileName: 'reference/reference.css', source: referenceCss });
      // Static hosts that read a `_headers` file (Netlify, Cloudflare Pages) also send the policy as a header.
      this.emitFile({
        type: 'asset',
        fileName: '_headers',
        source:
          `/*\n  Content-Security-Policy: ${demoHeaderPolicy}\n  X-Content-Type-Options: nosniff\n` +
          `/reference/*\n  ! Content-Security-Policy\n  Content-Security-Policy: ${referencePolicy}; frame-ancestors 'none'\n` +
          framedPages
            .map(
              (page) =>
                `/${page}\n  ! Content-Security-Policy\n  Content-Security-Policy: ${framedHeaderPolicy}\n`,
            )
            .join(''),
      });
    },
  };
}

export default defineConfig({
  // Relative asset URLs so the built site works from any static host and any sub-path.
  base: './',
  plugins: [shell(), widgetsMeta(), apiReference()],
  build: {
    target: 'es2022',
    sourcemap: true,
    // The in-page mock carries the whole contract and its validators: big, and only ever a demo's.
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      input: Object.fromEntries(
        [...pages.map(([file]) => file), ...framedPages].map((file) => [
          file.replace(/\.html$/, ''),
          resolve(import.meta.dirname, file),
        ]),
      ),
    },
  },
  server: { port: 5173, strictPort: false },
});
