// Which pages count as an opted-in site: pure functions shared by the background, the popup and
// the generic content script (no extension API here, so they run anywhere, tests included).
import type { Settings } from '../settings';

/** Slack and Gmail have their own scripts; the generic one never runs there. */
const DEDICATED_HOSTS = new Set(['app.slack.com', 'mail.google.com']);

/** The match pattern that covers a page's site (`https://example.com/*`), or null for a page that cannot be opted in. */
export function sitePattern(pageUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return null;
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || DEDICATED_HOSTS.has(url.hostname)) return null;
  return `${url.protocol}//${url.hostname}/*`;
}

/** True when the settings opt this page's site in. */
export function isOptedIn(settings: Settings, pageUrl: string): boolean {
  const pattern = sitePattern(pageUrl);
  return pattern !== null && settings.sites.optIn.some((entry) => sitePattern(entry) === pattern);
}
