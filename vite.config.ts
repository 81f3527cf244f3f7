import react from '@vitejs/plugin-react';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';
import { rulesPlugin } from './src/catalogue/vitePlugin';

/**
 * Unit tests of plain code share their modules within a worker (no per-file isolation: zod, the
 * compiled fixture catalogues and the engine load once per worker, not once per file). A test
 * file that needs a fresh module graph runs in `unit-isolated`: component tests (`.test.tsx`)
 * and any `.test.ts` that sets its own environment, mocks modules or stubs globals, env or timers.
 */
const UNIT = ['src/**/*.test.ts', 'tests/*.test.ts'];
const NEEDS_ISOLATION = /@vitest-environment|\bvi\.(mock|doMock|stubGlobal|stubEnv|useFakeTimers)\(/;
const root = fileURLToPath(new URL('.', import.meta.url));
const testFiles = (dir: string, recursive: boolean) =>
  readdirSync(join(root, dir), { recursive, encoding: 'utf8' })
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => `${dir}/${f.split('\\').join('/')}`);
const isolatedTs = [...testFiles('src', true), ...testFiles('tests', false)].filter((f) => NEEDS_ISOLATION.test(readFileSync(join(root, f), 'utf8')));

export default defineConfig({
  base: './',
  plugins: [react(), rulesPlugin(process.env.FBK_RULES_DIR ?? 'rules')],
  build: {
    // No inline assets: everything is served from 'self' under the strict CSP.
    assetsInlineLimit: 0,
    target: 'es2022',
  },
  test: {
    environment: 'node',
    testTimeout: 30000,
    // `npm run test:unit` runs `unit` and `unit-isolated`; `npm run test:browser` runs `browser` (needs dist/).
    // Unit tests use every core (Vitest's default leaves one free: a single worker on two cores);
    // the browser tests keep the default, as each of their workers drives a Chromium.
    projects: [
      { extends: true, test: { name: 'unit', include: UNIT, exclude: [...configDefaults.exclude, ...isolatedTs], isolate: false, maxWorkers: '100%' } },
      { extends: true, test: { name: 'unit-isolated', include: ['src/**/*.test.tsx', ...isolatedTs], maxWorkers: '100%' } },
      { extends: true, test: { name: 'browser', include: ['tests/browser/**/*.test.{ts,tsx}'], sequence: { groupOrder: 1 } } },
    ],
  },
});
