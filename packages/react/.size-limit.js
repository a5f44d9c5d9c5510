// Size budgets, checked by `pnpm test` (size-limit, min+gzip): what the wrappers add to a React app that already
// has React. The widgets themselves (lit, @allot/sdk, ky) have their own budgets in @allot/widgets.
export default [
  {
    name: '@allot/react, its own code',
    path: 'dist/index.js',
    ignore: ['react', 'react-dom', '@lit/react', '@allot/widgets'],
    limit: '1.5 kB',
    gzip: true,
  },
  {
    name: '@allot/react with @lit/react (React and the widgets excluded)',
    path: 'dist/index.js',
    ignore: ['react', 'react-dom', '@allot/widgets'],
    limit: '2.5 kB',
    gzip: true,
  },
];
