// The background worker only relays the keyboard shortcut to the tab it was pressed in.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { OPEN_PANEL_COMMAND, type ContentRequest } from '../lib/extension/protocol';

export default defineBackground(() => {
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== OPEN_PANEL_COMMAND || tab?.id === undefined) return;
    const request: ContentRequest = { type: 'open-panel' };
    // A tab without a composer has no content script to answer; there is nothing to open there.
    browser.tabs.sendMessage(tab.id, request).catch(() => undefined);
  });
});
