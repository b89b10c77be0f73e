// The one declaration of where settings live in extension storage, and the only way this extension
// reads and writes them. The user's settings are in sync storage, so they follow the user across
// browsers; an administrator's policy is in managed storage and wins over them. Every read goes
// through the engine's parser, so a corrupted or old value never breaks a page: its bad parts fall
// back to defaults and are reported to the options page and the popup.
import { storage } from 'wxt/utils/storage';
import { applyPolicy, parsePolicy, type Policy } from '../policy';
import { defaultSettings, parseSettings, type Settings, type SettingsIssue } from '../settings';
import type { RuleId } from '../types';

/**
 * Raw stored value; `unknown` because another version or a hand edit may have written anything.
 * Version 1 is the first stored shape; a later shape adds its step here (`2: (v1) => v2`), and WXT
 * runs the missing steps once, on first read after an update.
 */
export const settingsItem = storage.defineItem<unknown>('sync:settings', { fallback: null, version: 1, migrations: {} });

/**
 * Chrome's sync storage refuses an item over 8 KB (QUOTA_BYTES_PER_ITEM, counting the key); a
 * long allow-list could reach it, so a save is checked first and refused with a reason.
 */
export const SYNC_ITEM_QUOTA_BYTES = 8192;

/**
 * The enterprise policy, one managed-storage key per top-level field of `managed-schema.json`
 * (Chrome reads the schema from the manifest; Firefox takes the same keys from policies.json).
 */
const policyItems = {
  reason: storage.defineItem<unknown>('managed:reason', { fallback: null }),
  rules: storage.defineItem<unknown>('managed:rules', { fallback: null }),
  sites: storage.defineItem<unknown>('managed:sites', { fallback: null }),
  team: storage.defineItem<unknown>('managed:team', { fallback: null }),
};

export interface SettingsState {
  /** What the user chose (what the popup and options page edit). */
  user: Settings;
  /** What is in force: the user's settings with the policy's values on top. */
  effective: Settings;
  /** Parts of the stored value that were invalid and were reset to defaults. */
  dropped: SettingsIssue[];
  policy: Policy | null;
}

async function loadPolicy(): Promise<Policy | null> {
  const entries = await Promise.all(
    Object.entries(policyItems).map(async ([key, item]) => {
      // Without a policy Firefox rejects managed-storage reads; that simply means no policy.
      const value = await item.getValue().catch(() => null);
      return [key, value ?? undefined] as const;
    }),
  );
  return parsePolicy(Object.fromEntries(entries.filter(([, value]) => value !== undefined)));
}

export async function loadSettingsState(): Promise<SettingsState> {
  const [{ settings, dropped }, policy] = await Promise.all([settingsItem.getValue().then(parseSettings), loadPolicy()]);
  return { user: settings, effective: applyPolicy(settings, policy), dropped, policy };
}

/** The settings in force, for the content scripts and the background. */
export async function loadSettings(): Promise<Settings> {
  return (await loadSettingsState()).effective;
}

/** Calls back with the whole state on every change of the user's settings or of the policy; returns the function that stops watching. */
export function watchSettingsState(onChange: (state: SettingsState) => void): () => void {
  const reload = (): void => {
    loadSettingsState().then(onChange, (error: unknown) => console.warn('async-lint: could not read settings', error));
  };
  const stops = [settingsItem, ...Object.values(policyItems)].map((item) => item.watch(reload));
  return () => stops.forEach((stop) => stop());
}

/** Calls back with the settings in force on every change; returns the function that stops watching. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return watchSettingsState((state) => onChange(state.effective));
}

export class SettingsTooLargeError extends Error {
  constructor(bytes: number) {
    super(`The settings take ${bytes} bytes; browser sync allows ${SYNC_ITEM_QUOTA_BYTES}. Shorten the word lists.`);
  }
}

/** Stores the user's settings (never the policy's values: those stay the administrator's). */
export async function saveSettings(user: Settings): Promise<void> {
  const bytes = new TextEncoder().encode(`settings${JSON.stringify(user)}`).length;
  if (bytes > SYNC_ITEM_QUOTA_BYTES) throw new SettingsTooLargeError(bytes);
  await settingsItem.setValue(user);
}

/** Reads the user's settings, lets `change` edit them, and stores the result. */
export async function updateSettings(change: (user: Settings) => void): Promise<Settings> {
  const { settings } = parseSettings(await settingsItem.getValue());
  change(settings);
  await saveSettings(settings);
  return settings;
}

export async function disableRule(ruleId: RuleId): Promise<void> {
  await updateSettings((settings) => {
    settings.rules[ruleId] = { ...settings.rules[ruleId], enabled: false };
  });
}

/** A change for updateSettings: every rule back to its default state and severity; sites and team options are kept. */
export function resetRuleSettings(settings: Settings): void {
  settings.rules = defaultSettings().rules;
}
