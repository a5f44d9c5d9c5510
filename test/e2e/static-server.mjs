#!/usr/bin/env node
// A tiny static server for the built demo, as any static host would serve it, plus the page's
// Content-Security-Policy sent as a real HTTP header (read from the page's own <meta> tag, so header and meta
// cannot drift; `frame-ancestors`, which only a header may carry, is added). Used by the e2e suite, and by hand:
//   node test/e2e/static-server.mjs apps/demo/dist [port]
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { basename, extname, join, normalize, resolve, sep } from 'node:path';
import { framedPages } from '../../apps/demo/build/csp.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** The policy of a page: the content of its `<meta http-equiv="Content-Security-Policy">`. */
export function metaPolicy(html) {
  const match = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
  return match ? match[1] : undefined;
}

/**
 * Serves `root` on 127.0.0.1 (`port` 0 picks a free one). Every HTML response carries its page's CSP as a
 * header; a page without one gets `default-src 'none'` (so a page that forgot its policy fails loudly).
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export function startStaticServer(root, port = 0) {
  const base = resolve(root);
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let path = normalize(join(base, decodeURIComponent(url.pathname)));
    if (path !== base && !path.startsWith(base + sep)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path)) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    const headers = {
      'Content-Type': type,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    };
    if (extname(path) === '.html') {
      const html = readFileSync(path, 'utf8');
      const policy = metaPolicy(html) ?? "default-src 'none'";
      // The demo frames a few of its own pages (the copies of conflicts.html); no other site may frame any.
      const ancestors = framedPages.includes(basename(path)) ? "'self'" : "'none'";
      headers['Content-Security-Policy'] = `${policy}; frame-ancestors ${ancestors}`;
      response.writeHead(200, headers).end(html);
      return;
    }
    response.writeHead(200, headers);
    createReadStream(path).pipe(response);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolvePromise({
        url: `http://127.0.0.1:${actual}`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [root = 'apps/demo/dist', port = '4173'] = process.argv.slice(2);
  const { url } = await startStaticServer(root, Number(port));
  console.log(`Serving ${root} at ${url}/ (with each page's CSP as a header)`);
}
