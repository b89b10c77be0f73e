// Shared by the engine, CLI and extension tests: Node by default; a test that needs a DOM says so
// itself with a `// @vitest-environment jsdom` comment.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/**/*.test.{ts,tsx}'],
  },
});
