// Lint with enforced module boundaries. Run through `npm run lint` (eslint --config .eslint.config.js).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const UI_AND_FLOW = ['react', 'react-dom', 'react-dom/*', 'xstate', '@xstate/*', 'i18next', 'react-i18next', 'react-hook-form', '@hookform/*'];

export default tseslint.config(
  { ignores: ['.tmp/**', 'dist/**', 'node_modules/**', 'coverage/**', 'rules/schema/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The host script runs as a classic script on the embedding page.
    files: ['public/**/*.js'],
    languageOptions: { sourceType: 'script', globals: { window: 'readonly', document: 'readonly', URL: 'readonly' } },
  },
  {
    // The engine is pure domain code: no UI, flow, i18n, schema or Node imports.
    files: ['src/engine/**/*.ts'],
    ignores: ['src/engine/**/*.test.ts', 'src/engine/testing/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: [...UI_AND_FLOW, 'zod', 'yaml', 'node:*'], message: 'The engine is pure TypeScript: no UI, flow, i18n, schema or Node imports.' },
            { group: ['**/catalogue/**', '**/catalogue/*'], allowTypeImports: true, message: 'The engine may read catalogue types only (import type).' },
            { group: ['**/wizard/**', '**/ui/**', '**/app/**', '**/cli/**'], message: 'Dependencies point inwards: the engine imports nothing of the app.' },
          ],
        },
      ],
    },
  },
  {
    // Build-time rule compilation and the command line: never UI code.
    files: ['src/catalogue/**/*.ts', 'src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: [...UI_AND_FLOW, '../wizard/*', '../ui/*', '../app/*'], message: 'Build-time code imports no UI.' }] }],
    },
  },
  {
    // The browser never receives the YAML parser, the rule schemas or Node modules.
    files: ['src/app/**/*.{ts,tsx}', 'src/ui/**/*.{ts,tsx}', 'src/wizard/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['yaml', 'node:*', '../catalogue/*', '../../catalogue/*', '../cli/*'], message: 'The browser receives compiled JSON only.' }] }],
    },
  },
);
