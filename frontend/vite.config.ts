import { defineConfig } from 'vitest/config';

// Unit tests only: the bundles are built by scripts/build.mjs, one classic-script bundle per feature.
export default defineConfig({
  test: {
    environment: 'jsdom',
    globals: true,
    include: ['src/**/*.test.ts'],
    setupFiles: ['src/platform/test-setup.ts'],
  },
});
