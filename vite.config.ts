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
    // One worker per core. Vitest's default leaves one core free: a single worker on two cores.
    // The browser tests mostly wait for Chromium, so two of them at once take about half the time.
    maxWorkers: '100%',
    // `npm run test:unit` runs `unit` and `unit-isolated`; `npm run test:browser` runs `browser` (needs dist/).
    projects: [
      { extends: true, test: { name: 'unit', include: UNIT, exclude: [...configDefaults.exclude, ...isolatedTs], isolate: false } },
      { extends: true, test: { name: 'unit-isolated', include: ['src/**/*.test.tsx', ...isolatedTs] } },
      { extends: true, test: { name: 'browser', include: ['tests/browser/**/*.test.{ts,tsx}'] } },
    ],
  },
});
