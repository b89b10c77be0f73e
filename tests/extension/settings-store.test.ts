import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  disableRule,
  loadSettingsState,
  resetRuleSettings,
  saveSettings,
  SettingsTooLargeError,
  updateSettings,
  watchSettings,
} from '../../lib/extension/settings-store';
import { defaultSettings, type Settings } from '../../lib/settings';

describe('settings storage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('starts from the defaults, with nothing reset and no policy', async () => {
    expect(await loadSettingsState()).toEqual({ user: defaultSettings(), effective: defaultSettings(), dropped: [], policy: null });
  });

  it('keeps the user settings in sync storage, with the stored shape version', async () => {
    await disableRule('missing-link');
    const stored = await fakeBrowser.storage.sync.get(['settings', 'settings$']);
    expect(stored.settings).toMatchObject({ rules: { 'missing-link': { enabled: false } } });
    expect(stored.settings$).toEqual({ v: 1 });
  });

  it('reads a corrupted value as defaults for its bad parts and says what was reset', async () => {
    await fakeBrowser.storage.sync.set({ settings: { paused: 'yes', rules: { 'missing-link': { enabled: false } }, team: 7 } });
    const state = await loadSettingsState();
    expect(state.user.paused).toBe(false);
    expect(state.user.rules['missing-link']).toEqual({ enabled: false });
    expect(state.dropped.map((issue) => issue.path)).toEqual(['paused', 'team']);
  });

  it('lets policy values win over the user, without writing them into the user settings', async () => {
    await fakeBrowser.storage.sync.set({ settings: { rules: { 'urgent-language': { enabled: false } }, team: { urgentChannel: '#mine' } } });
    await fakeBrowser.storage.managed.set({ reason: 'Acme IT policy', rules: { 'urgent-language': { enabled: true } }, team: { urgentChannel: '#incidents' } });
    const state = await loadSettingsState();
    expect(state.effective.rules['urgent-language']?.enabled).toBe(true);
    expect(state.effective.team.urgentChannel).toBe('#incidents');
    expect(state.policy?.reason).toBe('Acme IT policy');

    await updateSettings((settings) => {
      settings.paused = true;
    });
    const stored = (await fakeBrowser.storage.sync.get('settings')).settings as Settings;
    expect(stored.team.urgentChannel).toBe('#mine');
    expect(stored.rules['urgent-language']?.enabled).toBe(false);
  });

  it('resets the rules only', async () => {
    await updateSettings((settings) => {
      settings.rules['missing-ask'] = { enabled: false };
      settings.team.urgentChannel = '#ops';
    });
    await updateSettings(resetRuleSettings);
    const { user } = await loadSettingsState();
    expect(user.rules).toEqual({});
    expect(user.team.urgentChannel).toBe('#ops');
  });

  it('refuses settings over the sync quota and keeps the stored ones', async () => {
    const huge = defaultSettings();
    huge.team.allowList = Array.from({ length: 300 }, (_, index) => `term-number-${index}-with-a-long-tail`);
    await expect(saveSettings(huge)).rejects.toBeInstanceOf(SettingsTooLargeError);
    expect((await loadSettingsState()).user.team.allowList).toEqual([]);
  });

  it('tells watchers the settings in force when the user or the policy changes them', async () => {
    const seen: boolean[] = [];
    const stop = watchSettings((settings) => seen.push(settings.sites.slack));
    await updateSettings((settings) => {
      settings.sites.slack = false;
    });
    await expect.poll(() => seen).toEqual([false]);
    await fakeBrowser.storage.managed.set({ sites: { slack: true } });
    await expect.poll(() => seen).toEqual([false, true]);
    stop();
  });
});
