// The engine's only home in the extension: the background lints the drafts the content scripts
// send, so the engine and its lexicon stay out of every page, and a long draft never blocks the
// page's main thread. It lints with the settings in force from storage, kept current by watching
// them, and reloads them when a request carries a settings fingerprint other than its own (the
// page may have seen a change before the background did).
import { browser } from 'wxt/browser';
import { lint } from '../lint';
import type { Settings } from '../settings';
import { lintRequestSchema, type LintAnswer } from './protocol';
import { loadSettings, watchSettings } from './settings-store';
import { settingsFingerprint } from './settings-fingerprint';

interface KnownSettings {
  settings: Settings;
  fingerprint: string;
}

export interface LintService {
  /**
   * The answer to a message if it is a lint request, or null for any other message (another
   * listener's, or a malformed request, which gets no answer).
   */
  answer(message: unknown): Promise<LintAnswer> | null;
  /** Stops watching the settings. */
  stop(): void;
}

function withFingerprint(settings: Settings): KnownSettings {
  return { settings, fingerprint: settingsFingerprint(settings) };
}

export function createLintService(): LintService {
  const reload = (): Promise<KnownSettings> => loadSettings().then(withFingerprint);
  let known = reload();
  const stopWatching = watchSettings((settings) => {
    known = Promise.resolve(withFingerprint(settings));
  });

  async function settingsFor(fingerprint: string): Promise<Settings> {
    // A failed read is retried on the next request rather than kept forever.
    const current = await known.catch(() => null);
    if (current?.fingerprint === fingerprint) return current.settings;
    known = reload();
    return (await known).settings;
  }

  return {
    answer(message) {
      const parsed = lintRequestSchema.safeParse(message);
      if (!parsed.success) return null;
      const { id, text, channel, settings: fingerprint, timeZone } = parsed.data;
      return settingsFor(fingerprint).then(
        (settings): LintAnswer => ({ id, result: lint(text, { channel, settings, timeZone }) }),
      ).catch((error: unknown): LintAnswer => {
        console.warn('async-lint: could not lint a draft', error);
        return { id, error: String(error) };
      });
    },
    stop: stopWatching,
  };
}

/**
 * Answers lint requests from the content scripts. It answers through sendResponse and returns true
 * to keep the channel open, which Chrome's service worker and Firefox's event page both honour
 * (`wxt/browser` is the bare `chrome`/`browser` object without the polyfill, and Chrome long
 * ignored a Promise returned by the listener). Returns the function that stops answering.
 */
export function serveLintRequests(service: LintService = createLintService()): () => void {
  const listener = (message: unknown, _sender: unknown, sendResponse: (answer: LintAnswer) => void): boolean => {
    const answer = service.answer(message);
    if (!answer) return false;
    void answer.then(sendResponse);
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => {
    browser.runtime.onMessage.removeListener(listener);
    service.stop();
  };
}
