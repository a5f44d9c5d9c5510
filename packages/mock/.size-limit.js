// Size budgets, checked by `pnpm test` (size-limit, min+gzip): the mock's own code, then per entry what an app
// downloads with its dependencies (msw, the contract's validators, papaparse). The Node entry is bundled for Node.
const forNode = (config) => ({ ...config, platform: 'node' });
const dependencies = ['msw', '@allot/contract', 'papaparse'];

export default [
  {
    name: '@allot/mock, its own code',
    path: 'dist/index.js',
    ignore: dependencies,
    limit: '37 kB',
    gzip: true,
  },
  { name: '@allot/mock (service, with dependencies)', path: 'dist/index.js', limit: '150 kB', gzip: true },
  { name: '@allot/mock/browser (with msw)', path: 'dist/browser.js', limit: '260 kB', gzip: true },
  {
    name: '@allot/mock/node (with msw, for Node)',
    path: 'dist/node.js',
    limit: '260 kB',
    gzip: true,
    modifyEsbuildConfig: forNode,
  },
];
