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
    // expect.poll's default of 1 s is a speed check in disguise: the host can slow this VM
    // several-fold for minutes. A poll still fails, with its message, after 10 s.
    expect: { poll: { timeout: 10_000 } },
    fileParallelism: false,
    maxWorkers: 1,
    pool: 'forks',
  },
})
