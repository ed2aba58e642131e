// `npm run lint`. typescript-eslint's type-free rules for every script, the hooks rules for the Preact
// island, eslint-plugin-astro for the .astro files, and rules that read the types for the tests.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', '.astro/', '.tools/', 'reports/', 'test-results/', 'playwright-report/', '.wrangler/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // An argument or binding named with a leading underscore is unused on purpose (a callback's
      // signature, a value left out of a rest destructuring).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // CommonJS on purpose: scripts/check-node.cjs must run on the old Node it turns away.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The hooks rules find hooks by name (useEffect, useState…), so they check the ones imported
    // from preact/hooks as they do React's. Both are errors: a missing dependency is a stale value.
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // Rules that need the types, for the tests: a Playwright assertion (`expect(locator).toBeVisible()`),
    // a step or a page action is a promise, and one left without `await` checks nothing and fails
    // nobody. The typed rules run on the tests alone: they cost the type check's time, and the site's
    // code has `npm run check`.
    files: ['tests/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
);
