// Shared by the engine, CLI and extension tests: Node by default; a test that needs a DOM says so
// itself with a `// @vitest-environment jsdom` comment. WXT's plugin points `wxt/browser` at its fake
// browser (in-memory storage, tabs, action), so extension code runs in tests unchanged.
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'node',
    include: ['tests/**/*.test.{ts,tsx}'],
  },
});
