#!/usr/bin/env node
// The API reference of the contract (`@allot/contract/reference.html`): one static page rendered from the
// bundled document, with its own style sheet beside it, no script and no network at all, so it works offline
// and under a strict Content-Security-Policy (its own is in the page). The demo serves the same page with a link
// back to itself (`@allot/contract/reference`, `renderReference`): one reference, not two.
//
//   node scripts/reference.mjs    writes dist/reference/index.html and dist/reference/reference.css (in `build`)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The page's policy: a style sheet of its own and nothing else (the demo's host header sends the same). */
export const referencePolicy = [
  "default-src 'none'",
  "script-src 'none'",
  "style-src 'self'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const escape = (text) =>
  String(text).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );

/** Descriptions use Markdown's `code` spans and paragraphs; everything else stays text. */
const prose = (text = '') =>
  String(text)
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${escape(paragraph).replace(/`([^`]+)`/g, '<code>$1</code>')}</p>`)
    .join('');

const refName = (ref) => ref.split('/').at(-1);

function resolve(document, value) {
  let current = value;
  while (current && typeof current.$ref === 'string') {
    current = current.$ref
      .replace(/^#\//, '')
      .split('/')
      .reduce((node, key) => node?.[key], document);
  }
  return current ?? {};
}

function typeOf(schema = {}) {
  if (schema.$ref) return refName(schema.$ref);
  if (schema.enum) return schema.enum.map((v) => JSON.stringify(v)).join(' | ');
  if (schema.type === 'array') return `${typeOf(schema.items)}[]`;
  if (schema.allOf) {
    // `Problem` narrowed by an inline object reads best as its named part.
    const named = schema.allOf.filter((part) => part.$ref);
    return (named.length ? named : schema.allOf).map(typeOf).join(' & ');
  }
  if (schema.oneOf || schema.anyOf) return (schema.oneOf ?? schema.anyOf).map(typeOf).join(' | ');
  return Array.isArray(schema.type) ? schema.type.join(' | ') : (schema.type ?? 'any');
}

/** One operation; `errors` is its row's problem codes per error status, from the operation table. */
function renderOperation(document, { method, path, operation, errors }) {
  const id = escape(operation.operationId);
  const rows = (operation.parameters ?? []).map((p) => {
    const parameter = resolve(document, p);
    return `<tr><td><code>${escape(parameter.name)}</code></td><td>${escape(parameter.in)}</td><td>${
      parameter.required ? 'yes' : 'no'
    }</td><td><code>${escape(typeOf(parameter.schema))}</code></td><td>${prose(parameter.description)}</td></tr>`;
  });
  const parameters = rows.length
    ? `<h4>Parameters</h4><table><thead><tr><th>Name</th><th>In</th><th>Required</th><th>Type</th><th>Description</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
    : '';
  let body = '';
  if (operation.requestBody) {
    const request = resolve(document, operation.requestBody);
    body = Object.entries(request.content ?? {})
      .map(
        ([type, media]) =>
          `<h4>Request body <span class="muted">${escape(type)}${request.required ? '' : ', optional'}</span></h4>` +
          `<p><code>${escape(typeOf(media.schema))}</code></p>` +
          (media.example === undefined ? '' : `<pre>${escape(JSON.stringify(media.example, null, 2))}</pre>`),
      )
      .join('');
  }
  const responses = Object.entries(operation.responses ?? {}).map(([status, value]) => {
    const response = resolve(document, value);
    const codes = errors[status] ?? [];
    const schema = Object.values(response.content ?? {})[0]?.schema;
    return `<tr><td><code>${escape(status)}</code></td><td>${prose(response.description)}${
      schema ? `<p><code>${escape(typeOf(schema))}</code></p>` : ''
    }</td><td>${codes.map((c) => `<code>${escape(c)}</code>`).join(' ')}</td></tr>`;
  });
  const permissions = operation['x-permissions'] ?? [];
  return `<section class="operation" id="${id}" aria-labelledby="${id}-title">
<h3 id="${id}-title"><span class="method ${escape(method)}">${escape(method.toUpperCase())}</span> <code>${escape(path)}</code></h3>
<p class="summary">${escape(operation.summary ?? '')} <span class="muted">· <code>${id}</code> · ${
    permissions.length
      ? `needs ${permissions.map((p) => `<code>${escape(p)}</code>`).join(' or ')}`
      : 'any authenticated caller'
  }</span></p>
${prose(operation.description)}
${parameters}
${body}
<h4>Responses</h4><table><thead><tr><th>Status</th><th>Description</th><th>Error codes</th></tr></thead><tbody>${responses.join('')}</tbody></table>
</section>`;
}

function renderSchema(document, name, schema) {
  const required = new Set(schema.required ?? []);
  const properties = Object.entries(schema.properties ?? {}).map(
    ([property, value]) =>
      `<tr><td><code>${escape(property)}</code>${required.has(property) ? '' : ' <span class="muted">optional</span>'}</td><td><code>${escape(
        typeOf(value),
      )}</code></td><td>${prose(resolve(document, value).description ?? value.description)}</td></tr>`,
  );
  return `<section class="schema" id="schema-${escape(name)}"><h3>${escape(name)} <span class="muted">${escape(typeOf(schema) === 'object' ? '' : typeOf(schema))}</span></h3>${prose(schema.description)}${
    properties.length
      ? `<table><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody>${properties.join('')}</tbody></table>`
      : ''
  }</section>`;
}

/**
 * The reference page of `document` (the bundled contract) with the rows of `operationTable`; its styles are
 * `reference.css` beside it. `back` adds a link above the page (the demo's way home).
 */
export function renderReference(document, operationTable, { back } = {}) {
  const byTag = new Map((document.tags ?? []).map((tag) => [tag.name, { tag, operations: [] }]));
  // The operations come from the contract's operation table (`@allot/contract/operations`), in document order;
  // the document gives what the table does not hold (summaries, descriptions, schemas), at each row's path.
  for (const [operationId, row] of Object.entries(operationTable)) {
    const method = row.method.toLowerCase();
    const path = row.path;
    const operation = document.paths?.[path]?.[method];
    if (!operation) throw new Error(`${operationId}: no ${row.method} ${path} in the contract`);
    const tag = operation.tags?.[0] ?? 'Other';
    if (!byTag.has(tag)) byTag.set(tag, { tag: { name: tag }, operations: [] });
    byTag.get(tag).operations.push({ method, path, operation, errors: row.errors });
  }
  const groups = [...byTag.values()].filter((group) => group.operations.length > 0);
  const toc = groups
    .map(
      ({ tag, operations }) =>
        `<li><a href="#tag-${escape(tag.name)}">${escape(tag.name)}</a><ul>${operations
          .map(
            ({ method, path, operation }) =>
              `<li><a href="#${escape(operation.operationId)}"><span class="method ${method}">${method.toUpperCase()}</span> ${escape(path)}</a></li>`,
          )
          .join('')}</ul></li>`,
    )
    .join('');
  const sections = groups
    .map(
      ({ tag, operations }) =>
        `<section class="tag" id="tag-${escape(tag.name)}" aria-labelledby="tag-${escape(tag.name)}-title"><h2 id="tag-${escape(tag.name)}-title">${escape(tag.name)}</h2>${prose(tag.description)}${operations
          .map((entry) => renderOperation(document, entry))
          .join('\n')}</section>`,
    )
    .join('\n');
  const schemas = Object.entries(document.components?.schemas ?? {})
    .map(([name, schema]) => renderSchema(document, name, schema))
    .join('\n');
  const servers = (document.servers ?? [])
    .map((s) => `<li><code>${escape(s.url)}</code> ${escape(s.description ?? '')}</li>`)
    .join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8" />
<meta http-equiv="Content-Security-Policy" content="${referencePolicy}" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>${escape(document.info?.title ?? 'API reference')}</title>
<link rel="icon" href="data:," />
<link rel="stylesheet" href="./reference.css" />
</head>
<body>
${back ? `<header class="top"><nav aria-label="Site"><a href="${escape(back.href)}">${escape(back.label)}</a></nav></header>` : ''}
<div class="layout">
<nav class="toc" aria-label="Operations"><ul>${toc}<li><a href="#schemas">Schemas</a></li></ul></nav>
<main>
<h1>${escape(document.info?.title ?? '')} <span class="muted">${escape(document.info?.version ?? '')}</span></h1>
<p class="lede">${escape(document.info?.summary ?? '')}</p>
${prose(document.info?.description)}
<h2>Servers</h2><ul>${servers}</ul>
<p class="muted">Rendered from <code>@allot/contract/openapi.json</code> (OpenAPI ${escape(document.openapi)}) when the package was built.</p>
${sections}
<section id="schemas" aria-labelledby="schemas-title"><h2 id="schemas-title">Schemas</h2>${schemas}</section>
</main>
</div>
</body>
</html>
`;
}

/** The page's style sheet (`reference.css`). */
export const referenceCss = `:root { color-scheme: light dark; font: 15px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; }
body { margin: 0; }
code, pre { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.88em; }
pre { padding: 0.75rem; overflow: auto; background: light-dark(#f3f4f7, #1b1e24); border-radius: 0.35rem; }
.top { padding: 0.5rem 1rem; border-bottom: 1px solid light-dark(#dfe3ea, #2c313b); }
.layout { display: grid; grid-template-columns: 20rem minmax(0, 1fr); }
.toc { position: sticky; top: 0; max-height: 100vh; overflow: auto; padding: 1rem; border-right: 1px solid light-dark(#dfe3ea, #2c313b); font-size: 0.85rem; }
.toc ul { list-style: none; margin: 0; padding: 0 0 0 0.5rem; }
.toc > ul { padding: 0; }
.toc a { text-decoration: none; display: block; padding: 0.1rem 0; overflow-wrap: anywhere; }
main { padding: 1rem 2rem 4rem; max-width: 60rem; }
.muted { color: light-dark(#5b6270, #a3aab8); font-weight: 400; }
.operation { border-top: 1px solid light-dark(#dfe3ea, #2c313b); padding: 1rem 0; }
.operation h3 { margin: 0 0 0.25rem; font-size: 1.05rem; }
.method { display: inline-block; min-width: 3.5rem; text-align: center; font-size: 0.75rem; font-weight: 700; border-radius: 0.25rem; padding: 0.05rem 0.3rem; color: #fff; background: #5b6270; }
.method.get { background: #1f6f43; } .method.post { background: #2f4fb8; } .method.put, .method.patch { background: #8a5a00; } .method.delete { background: #b3261e; }
table { border-collapse: collapse; width: 100%; font-size: 0.88rem; margin: 0.5rem 0; }
th, td { text-align: left; vertical-align: top; padding: 0.3rem 0.5rem; border-bottom: 1px solid light-dark(#dfe3ea, #2c313b); }
td p { margin: 0; }
@media (max-width: 50rem) { .layout { grid-template-columns: minmax(0, 1fr); } .toc { position: static; max-height: none; border-right: 0; } }
`;

// Run as a script (the package's `build`): the page and its style sheet in dist/reference/.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = new URL('../', import.meta.url);
  const document = JSON.parse(readFileSync(new URL('generated/openapi.json', root), 'utf8'));
  const { operationTable } = await import(new URL('dist/generated/operation-table.js', root).href);
  mkdirSync(new URL('dist/reference/', root), { recursive: true });
  writeFileSync(new URL('dist/reference/index.html', root), renderReference(document, operationTable));
  writeFileSync(new URL('dist/reference/reference.css', root), referenceCss);
}
