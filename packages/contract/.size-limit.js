// Size budgets, checked by `pnpm test` (size-limit, min+gzip, dependencies included): what importing each entry
// costs a bundle. The root entry is types only; the validators are the whole contract compiled to code, lighter
// than ajv compiling it at run time. The document and the reference are files, measured as shipped (gzipped).
const asShipped = { disablePlugins: ['@size-limit/esbuild'], gzip: true };

export default [
  {
    name: '@allot/contract (types only: no runtime code)',
    path: 'dist/index.js',
    limit: '100 B',
    gzip: true,
  },
  { name: '@allot/contract/validation (with ajv)', path: 'dist/validation.js', limit: '50 kB', gzip: true },
  {
    name: '@allot/contract/validators (precompiled)',
    path: 'dist/validators.js',
    limit: '20 kB',
    gzip: true,
  },
  { name: '@allot/contract/openapi.json', path: 'generated/openapi.json', limit: '50 kB', ...asShipped },
  { name: '@allot/contract/reference.html', path: 'dist/reference/index.html', limit: '95 kB', ...asShipped },
];
