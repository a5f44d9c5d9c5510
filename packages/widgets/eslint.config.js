// The workspace's rules, plus Lit's and web components' own (eslint-plugin-lit, -wc, -lit-a11y), at zero warnings.
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import root from '../../eslint.config.js';

export default [
  ...root,
  { ignores: ['custom-elements.json'] },
  {
    files: ['src/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ...litA11y.configs.recommended,
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      // Server strings are always rendered as text: no unsafeHTML anywhere.
      'no-restricted-imports': [
        'error',
        { paths: ['lit/directives/unsafe-html.js', 'lit/directives/unsafe-svg.js', 'lit/static-html.js'] },
      ],
      'lit/no-template-bind': 'error',
      'lit/no-useless-template-literals': 'error',
      'wc/guard-super-call': 'off', // LitElement always has the lifecycle callbacks
    },
  },
];
