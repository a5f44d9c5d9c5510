// The Content-Security-Policy of the demo, in one place: the pages carry it in a <meta> tag (so any static
// host enforces it), the e2e suite's server sends each page's policy as a header too,
// and `_headers` carries it for hosts that read one.

const common = {
  'default-src': ["'self'"],
  // No inline script, no eval: every script is a file of the site.
  'script-src': ["'self'"],
  // No inline style either: Lit adopts constructed style sheets, the demo's CSS is a file, and live theme
  // changes go through the CSSOM, which CSP does not restrict.
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  // The mock API's base URL; the in-page service worker answers it.
  'connect-src': ["'self'", 'http://localhost:4010'],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};

const serialize = (policy) =>
  Object.entries(policy)
    .map(([name, values]) => [name, ...values].join(' '))
    .join('; ');

/** The built site's policy, as the <meta> tag of every page carries it. */
export const demoPolicy = serialize(common);

/** The same as an HTTP header: `frame-ancestors` is only honoured (and only allowed) there. */
export const demoHeaderPolicy = serialize({ ...common, 'frame-ancestors': ["'none'"] });

/**
 * Pages the demo frames itself (the two copies of `conflicts.html`, each its own document so one copy's modal
 * dialog does not make the other inert): framed by the demo's own pages only.
 */
export const framedPages = ['copy.html'];

/** The header policy of a framed page. */
export const framedHeaderPolicy = serialize({ ...common, 'frame-ancestors': ["'self'"] });

/**
 * Under `vite dev` only: Vite injects imported CSS as <style> elements and talks to its HMR socket, so the
 * development server relaxes exactly those two directives. The built site never gets this policy.
 */
export const devPolicy = serialize({
  ...common,
  'style-src': ["'self'", "'unsafe-inline'"],
  'connect-src': [...common['connect-src'], 'ws:'],
});

/** The API reference: the contract's page, with its own policy (no script at all). */
export { referencePolicy } from '@allot/contract/reference';
