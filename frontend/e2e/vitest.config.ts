import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The browser journey: real Chromium against a running embedded host (HINDSIGHT_BASE_URL). Node environment, one
// file at a time, steps in order; started by BrowserJourneyIT in Maven's integration-test phase.
export default defineConfig({
  test: {
    root: dirname(fileURLToPath(import.meta.url)),
    environment: 'node',
    include: ['**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    reporters: ['verbose'],
    // Screens fill in after requests to a host on a busy machine: give polled expectations time.
    expect: { poll: { timeout: 20_000, interval: 100 } },
  },
});
