// WXT build configuration: one content script per supported site (and a generic one registered at
// run time for opted-in sites), a background worker, and the fewest permissions that work: storage,
// host access only where the content scripts' match patterns grant it (Slack and Gmail), and
// optional access to other sites.
import { defineConfig } from 'wxt';

const OPTIONAL_HOSTS = ['https://*/*', 'http://*/*'];

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Explicit imports keep every file type-checkable by plain `tsc`, without generated `.wxt` types.
  imports: false,
  manifest: ({ manifestVersion }) => ({
    name: 'Async Lint',
    description: 'Lints async work messages in Slack and Gmail for clarity: asks, deadlines, links, context, time zones.',
    // activeTab: the popup may read the address of the tab it was opened on, to offer that site.
    permissions: ['storage', 'activeTab'],
    // Asked for at run time, one site at a time, when the user enables a site from the popup.
    // Manifest V2 (Firefox) has no separate key for optional hosts: they go with the permissions.
    ...(manifestVersion === 2
      ? {
          optional_permissions: ['scripting', ...OPTIONAL_HOSTS],
          // Firefox keeps sync and managed storage (policies.json's "3rdparty" section) per add-on id.
          browser_specific_settings: { gecko: { id: 'async-lint@async-lint' } },
        }
      : {
          optional_permissions: ['scripting'],
          optional_host_permissions: OPTIONAL_HOSTS,
          // The enterprise policy's shape (Chrome); Firefox takes the same keys from policies.json without a schema.
          storage: { managed_schema: 'managed-schema.json' },
        }),
    commands: {
      'open-panel': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: 'Open the clarity panel of the composer you are typing in',
      },
    },
  }),
});
