// The background worker relays the keyboard shortcut to the tab it was pressed in, and keeps the
// generic content script registered for exactly the opted-in sites the user granted.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { syncGenericScript } from '../lib/extension/opt-in';
import { OPEN_PANEL_COMMAND, type ContentRequest } from '../lib/extension/protocol';
import { loadSettings, watchSettings } from '../lib/extension/settings-store';

export default defineBackground(() => {
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== OPEN_PANEL_COMMAND || tab?.id === undefined) return;
    const request: ContentRequest = { type: 'open-panel' };
    // A tab without a composer has no content script to answer; there is nothing to open there.
    browser.tabs.sendMessage(tab.id, request).catch(() => undefined);
  });

  const resync = (): void => {
    loadSettings()
      .then(syncGenericScript)
      .catch((error: unknown) => console.warn('async-lint: could not update the sites', error));
  };
  resync();
  watchSettings(resync);
  browser.permissions.onAdded.addListener(resync);
  browser.permissions.onRemoved.addListener(resync);
});
