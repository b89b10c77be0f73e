// The background worker lints the drafts the content scripts send, relays the keyboard shortcut to
// the tab it was pressed in, shows each tab's focused draft score on the toolbar icon, and keeps
// the generic content script registered for exactly the opted-in sites the user granted.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { serveLintRequests } from '../lib/extension/lint-service';
import { syncGenericScript } from '../lib/extension/opt-in';
import { backgroundMessageSchema, OPEN_PANEL_COMMAND, type ContentRequest } from '../lib/extension/protocol';
import { BAND_COLORS, scoreBand } from '../lib/ui/model';
import { loadSettings, watchSettings } from '../lib/extension/settings-store';

export default defineBackground(() => {
  // Listeners must be added synchronously here, so a request that woke the worker is delivered.
  serveLintRequests();

  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== OPEN_PANEL_COMMAND || tab?.id === undefined) return;
    const request: ContentRequest = { type: 'open-panel' };
    // A tab without a composer has no content script to answer; there is nothing to open there.
    browser.tabs.sendMessage(tab.id, request).catch(() => undefined);
  });

  // Manifest V2 (Firefox) calls the toolbar button browserAction.
  const toolbarButton = browser.action ?? browser.browserAction;
  browser.runtime.onMessage.addListener((message, sender) => {
    const parsed = backgroundMessageSchema.safeParse(message);
    const tabId = sender.tab?.id;
    if (!parsed.success || tabId === undefined) return;
    const { score } = parsed.data;
    // A badge per tab: each tab has its own draft, and Chrome clears it when the tab navigates.
    void toolbarButton.setBadgeText({ tabId, text: score === null ? '' : String(score) });
    if (score !== null) void toolbarButton.setBadgeBackgroundColor({ tabId, color: BAND_COLORS[scoreBand(score)] });
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
