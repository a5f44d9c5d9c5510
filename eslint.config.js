// One lint setup for the whole workspace; each package runs `eslint .` against it.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/generated/**',
      '**/node_modules/**',
      '**/test-results/**',
      '**/.turbo/**',
      '**/e2e/.output/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    // Tests assert on data they just looked up; a failed lookup fails the test anyway.
    files: [
      '**/*.test.ts',
      '**/*.test.tsx',
      '**/*.test-d.tsx',
      '**/test/**/*.ts',
      '**/test/**/*.tsx',
      '**/bench/**/*.ts',
    ],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
