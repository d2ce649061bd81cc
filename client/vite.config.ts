/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  base: '/',
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    proxy: {
      '/api': { target: 'http://127.0.0.1:5080', changeOrigin: false },
    },
  },
  // Translation files become JSON.parse('...') rather than object literals: parsed several times faster
  // on a slow phone (issue #18: Lighthouse's mobile run counts every millisecond of the main thread).
  json: { stringify: true },
  build: {
    manifest: true,
    sourcemap: false,
    rolldownOptions: {
      output: {
        // A first visit needs the libraries and the shell's shared code; left to automatic splitting they
        // came as thirteen files, several under 1 KB, and on a phone's connection (Lighthouse mobile: six
        // connections, 150 ms round trips) each extra file costs a round trip before the first paint.
        // Two files instead: the libraries, and the shared components/lib/i18n (feature pages stay lazy).
        codeSplitting: {
          groups: [
            { name: 'vendor', test: /[\\/]node_modules[\\/]/, priority: 2 },
            { name: 'shared', test: /[\\/]src[\\/](components|lib|i18n)[\\/]/, priority: 1 },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['./src/testing/setup.ts'],
    restoreMocks: true,
    // Speed (issue #13), measured with `time npx vitest run` back to back on the shared 2-core machine:
    // forks with isolation took 214 s wall (150 s CPU), threads without isolation 71 s (50 s CPU).
    // Threads: no child process per worker. isolate: false: each worker builds jsdom and imports the
    // app once, not once per file (environment and imports were over half the time); what a test
    // leaves behind is cleared in src/testing/setup.ts, and no test uses vi.mock (module mocks would
    // leak between files without isolation). Two workers: Vitest's default on 2 cores is one.
    pool: 'threads',
    isolate: false,
    maxWorkers: 2,
    // Component tests render whole routes; on a 2-core machine shared with builds a test can take
    // seconds. Generous limits keep them honest (they still fail on a missing element) without flaking.
    testTimeout: 30_000,
  },
});
