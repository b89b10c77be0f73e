// A short fingerprint of the settings in force, sent with each lint request instead of the settings
// themselves (whose word lists may take 8 KB): the background compares it with its own copy and
// reloads from storage when they differ, so it never lints with settings older than the page's.
import type { Settings } from '../settings';

/**
 * 53-bit cyrb53 hash of the settings' JSON, as hex. Both sides build their settings with the same
 * parser from the same storage, so equal settings serialise with the same key order. A collision
 * (about 2^-53 per change) would only lint once more with the previous settings.
 */
export function settingsFingerprint(settings: Settings): string {
  const json = JSON.stringify(settings);
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let index = 0; index < json.length; index += 1) {
    const code = json.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16);
}
