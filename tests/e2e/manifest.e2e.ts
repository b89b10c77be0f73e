// The built manifests ask for the fewest permissions that work: storage, activeTab (the popup reads
// the address of the tab it was opened on); host access only to Slack and Gmail, through the content
// scripts' match patterns; other sites only on request. Both store builds carry every icon size,
// the popup, the options page and (Chrome) the enterprise policy schema.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './harness';

const FIREFOX_DIR = resolve(EXTENSION_DIR, '../firefox-mv2');
const ICON_SIZES = ['16', '32', '48', '96', '128'];

interface Manifest {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: Array<{ matches: string[]; js: string[] }>;
  commands?: Record<string, { suggested_key?: { default?: string } }>;
  icons?: Record<string, string>;
  action?: { default_popup?: string };
  browser_action?: { default_popup?: string };
  options_ui?: { page?: string };
  storage?: { managed_schema?: string };
  browser_specific_settings?: { gecko?: { id?: string } };
}

const readManifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
const chrome = readManifest(EXTENSION_DIR);
const firefox = readManifest(FIREFOX_DIR);

describe('built Chrome manifest (MV3)', () => {
  it('has exactly the permissions the extension needs', () => {
    expect(chrome.permissions).toEqual(['storage', 'activeTab']);
    expect(chrome.host_permissions).toBeUndefined();
    expect(chrome.optional_permissions).toEqual(['scripting']);
    expect(chrome.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
  });

  it('runs content scripts on Slack and Gmail only', () => {
    expect(chrome.content_scripts?.flatMap((script) => script.matches).sort()).toEqual(['https://app.slack.com/*', 'https://mail.google.com/*']);
  });

  it('declares the shortcut that opens the panel', () => {
    expect(chrome.commands?.['open-panel']?.suggested_key?.default).toBe('Alt+Shift+L');
  });

  it('ships the popup, the options page, the policy schema and every icon', () => {
    for (const file of [chrome.action?.default_popup, chrome.options_ui?.page, chrome.storage?.managed_schema]) {
      expect(file && existsSync(join(EXTENSION_DIR, file))).toBe(true);
    }
    expect(Object.keys(chrome.icons ?? {})).toEqual(ICON_SIZES);
    for (const icon of Object.values(chrome.icons ?? {})) expect(existsSync(join(EXTENSION_DIR, icon))).toBe(true);
  });
});

describe('built Firefox manifest (MV2)', () => {
  it('has exactly the permissions the extension needs, optional hosts among the optional permissions', () => {
    expect(firefox.permissions).toEqual(['storage', 'activeTab']);
    expect(firefox.optional_permissions).toEqual(['scripting', 'https://*/*', 'http://*/*']);
    expect(firefox.host_permissions).toBeUndefined();
    expect(firefox.content_scripts?.flatMap((script) => script.matches).sort()).toEqual(['https://app.slack.com/*', 'https://mail.google.com/*']);
  });

  it('has an add-on id (sync and managed storage need one), the popup, the options page and every icon', () => {
    expect(firefox.browser_specific_settings?.gecko?.id).toBe('async-lint@async-lint');
    expect(firefox.browser_action?.default_popup).toBe('popup.html');
    expect(firefox.options_ui?.page).toBe('options.html');
    expect(Object.keys(firefox.icons ?? {})).toEqual(ICON_SIZES);
  });
});
