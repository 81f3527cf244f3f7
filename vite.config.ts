/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { rulesPlugin } from './src/catalogue/vitePlugin';

export default defineConfig({
  base: './',
  plugins: [react(), rulesPlugin(process.env.FBK_RULES_DIR ?? 'rules')],
  build: {
    // No inline assets: everything is served from 'self' under the strict CSP.
    assetsInlineLimit: 0,
    target: 'es2022',
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'tests/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 30000,
  },
});
