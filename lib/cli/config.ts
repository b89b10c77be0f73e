// Settings for a CLI run: a --config file the user wrote on purpose is checked strictly (a typo
// must be reported, not silently ignored as the extension's lenient parser would), then --disable
// is applied on top.
import { validateSettingsStrict, type Settings } from '../settings';
import type { RuleId } from '../types';

export type ConfigResult = { ok: true; settings: Settings } | { ok: false; message: string };

/** Parses and validates a config file's text; the error names the file and every bad field. */
export function settingsFromConfigText(configText: string, fileName: string): ConfigResult {
  let value: unknown;
  try {
    value = JSON.parse(configText.replace(/^\ufeff/, ''));
  } catch (error) {
    return { ok: false, message: `${fileName}: not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  const validated = validateSettingsStrict(value);
  if (validated.ok) return { ok: true, settings: validated.settings };
  const problems = validated.issues.map((issue) => `  ${issue.path === '' ? '(top level)' : issue.path}: ${issue.message}`);
  return { ok: false, message: `${fileName}: invalid settings\n${problems.join('\n')}` };
}

export function withRulesDisabled(settings: Settings, ruleIds: readonly RuleId[]): Settings {
  const rules = { ...settings.rules };
  for (const id of ruleIds) rules[id] = { ...rules[id], enabled: false };
  return { ...settings, rules };
}
