// Browser tests: real Chromium against the production build (`vite build` runs first, see the
// test:e2e script). One file at a time, in one worker: each file starts its own preview server
// and browser, and they are heavy.
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    maxWorkers: 1,
    pool: 'forks',
  },
})
