import { defineConfig } from 'vitest/config';

// Bundles are built into the Maven output so that the plugin jar ships them as web-resources and the
// embedded host serves them from the classpath. HINDSIGHT_FRONTEND_OUT lets Maven name the folder.
const outDir = process.env.HINDSIGHT_FRONTEND_OUT ?? '../target/classes/frontend';

export default defineConfig({
  build: {
    outDir,
    emptyOutDir: true,
    sourcemap: false,
    // A classic script (IIFE), because Jira and Confluence web-resources are not loaded as ES modules.
    lib: {
      entry: 'src/timeline/main.ts',
      name: 'HindsightTimeline',
      formats: ['iife'],
      fileName: () => 'hindsight-timeline.js',
    },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    include: ['src/**/*.test.ts'],
  },
});
