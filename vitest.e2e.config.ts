// End-to-end tests: a real Chromium with the built extension (run `wxt build` first; `npm run
// test:e2e` does). One browser per file, files one after the other: the machine has two cores.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
