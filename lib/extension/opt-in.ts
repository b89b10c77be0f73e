// Sites beyond Slack and Gmail, on the user's request only: the popup asks for access to one
// site (an optional host permission, plus the permission to register a script there), the site
// is added to the settings, and the background registers the generic content script for exactly
// the sites that are both opted in and granted.
import { browser } from 'wxt/browser';
import type { Settings } from '../settings';
import { isOptedIn, sitePattern } from './sites';
import { updateSettings } from './settings-store';

export const GENERIC_SCRIPT_ID = 'async-lint-generic';
const GENERIC_SCRIPT_FILE = 'content-scripts/generic.js';

/** Asks for access to the page's site (call it from a click in the popup) and opts the site in; false if refused. */
export async function enableSite(pageUrl: string): Promise<boolean> {
  const pattern = sitePattern(pageUrl);
  if (!pattern) return false;
  const granted = await browser.permissions.request({ permissions: ['scripting'], origins: [pattern] });
  if (!granted) return false;
  const origin = new URL(pageUrl).origin;
  await updateSettings((settings) => {
    if (!isOptedIn(settings, pageUrl)) settings.sites.optIn = [...settings.sites.optIn, origin];
  });
  return true;
}

/** Registers the generic script for the opted-in sites that were granted; unregisters it when there are none. */
export async function syncGenericScript(settings: Settings): Promise<void> {
  // Without the optional "scripting" permission the API is absent: no site was ever granted.
  if (!browser.scripting) return;
  const { origins = [] } = await browser.permissions.getAll();
  const wanted = settings.paused
    ? []
    : settings.sites.optIn.map(sitePattern).filter((pattern): pattern is string => pattern !== null && origins.includes(pattern));
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [GENERIC_SCRIPT_ID] });
  if (registered.length > 0) await browser.scripting.unregisterContentScripts({ ids: [GENERIC_SCRIPT_ID] });
  if (wanted.length === 0) return;
  await browser.scripting.registerContentScripts([
    { id: GENERIC_SCRIPT_ID, matches: wanted, js: [GENERIC_SCRIPT_FILE], runAt: 'document_idle', persistAcrossSessions: true },
  ]);
}
