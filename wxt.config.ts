// WXT build configuration: one content script per supported site, a background worker for the
// keyboard shortcut, and the fewest permissions that work: storage, and host access only where
// the content scripts' match patterns grant it (Slack and Gmail).
import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Explicit imports keep every file type-checkable by plain `tsc`, without generated `.wxt` types.
  imports: false,
  manifest: {
    name: 'Async Lint',
    description: 'Lints async work messages in Slack and Gmail for clarity: asks, deadlines, links, context, time zones.',
    permissions: ['storage'],
    commands: {
      'open-panel': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: 'Open the clarity panel of the composer you are typing in',
      },
    },
  },
});
