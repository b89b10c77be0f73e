// The popup's and options page's view of the settings: loaded once, kept current by the storage
// watcher (another window, the in-page "turn off this rule", a new policy), and changed only through
// the settings store, which reports a failed save (e.g. over the sync quota) as a message.
import { useCallback, useEffect, useState } from 'react';
import { loadSettingsState, updateSettings, watchSettingsState, type SettingsState } from '../../extension/settings-store';
import type { Settings } from '../../settings';

export interface SettingsHandle {
  state: SettingsState | null;
  /** Why the last change could not be saved, or null. */
  saveError: string | null;
  update(change: (user: Settings) => void): Promise<boolean>;
}

export function useSettings(): SettingsHandle {
  const [state, setState] = useState<SettingsState | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    const show = (next: SettingsState): void => {
      if (live) setState(next);
    };
    loadSettingsState().then(show, (error: unknown) => setSaveError(`Could not read the settings: ${String(error)}`));
    const stop = watchSettingsState(show);
    return () => {
      live = false;
      stop();
    };
  }, []);
  const update = useCallback(async (change: (user: Settings) => void): Promise<boolean> => {
    try {
      await updateSettings(change);
      setSaveError(null);
      return true;
    } catch (error) {
      setSaveError(error instanceof Error ? error.message : String(error));
      return false;
    }
  }, []);
  return { state, saveError, update };
}
