// The Custom Elements Manifest (custom-elements.json), shipped with the package and named in its
// `customElements` field: editors, Storybook and framework wrappers read the widgets' API from it.
export default {
  globs: ['src/**/*.component.ts', 'src/base/allot-element.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
};
