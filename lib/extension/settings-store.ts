// The one declaration of where settings live in extension storage (sync, so they follow the user),
// and the only way this extension reads them: through the engine's parser, so a corrupted or old
// value never breaks a page; its bad parts fall back to defaults.
import { storage } from 'wxt/utils/storage';
import { parseSettings, type Settings } from '../settings';
import type { RuleId } from '../types';

/** Raw stored value; `unknown` because another version or a hand edit may have written anything. */
export const settingsItem = storage.defineItem<unknown>('sync:settings', { fallback: null, version: 1 });

export async function loadSettings(): Promise<Settings> {
  return parseSettings(await settingsItem.getValue()).settings;
}

/** Calls back with parsed settings on every change; returns the function that stops watching. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => onChange(parseSettings(value).settings));
}

export async function disableRule(ruleId: RuleId): Promise<void> {
  const settings = await loadSettings();
  settings.rules[ruleId] = { ...settings.rules[ruleId], enabled: false };
  await settingsItem.setValue(settings);
}
