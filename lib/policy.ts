// Organisation policy: what an administrator set through the browser's enterprise policies
// (Chrome's and Firefox's managed storage). A policy has the settings' shape plus the reason shown
// next to every locked control; each value it sets wins over the user's. Like the user's settings it
// comes from outside, so reading it never throws and keeps only what parseSettings accepts.
import { parseSettings, type Settings, type SettingsIssue } from './settings';
import { RULE_IDS, type RuleId } from './types';

/** Shown when the administrator gave no reason of their own. */
export const DEFAULT_POLICY_REASON = 'Set by your organisation';

export interface Policy {
  reason: string;
  /** Rules whose on/off state is set by policy. */
  ruleEnabled: Partial<Record<RuleId, boolean>>;
  sites: Partial<Pick<Settings['sites'], 'slack' | 'gmail' | 'optIn'>>;
  team: Partial<Settings['team']>;
  /** Parts of the policy that were not valid and are ignored. */
  dropped: SettingsIssue[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isDropped(dropped: SettingsIssue[], path: string): boolean {
  return dropped.some((issue) => issue.path === path || issue.path.startsWith(`${path}.`));
}

/** Reads the managed-storage object; null when no policy is set. */
export function parsePolicy(managed: unknown): Policy | null {
  if (!isRecord(managed) || Object.keys(managed).length === 0) return null;
  const { reason, ...settingsPart } = managed;
  const { settings, dropped } = parseSettings(settingsPart);
  const policy: Policy = {
    reason: typeof reason === 'string' && reason.trim() !== '' ? reason.trim() : DEFAULT_POLICY_REASON,
    ruleEnabled: {},
    sites: {},
    team: {},
    dropped,
  };
  // Only what the administrator wrote is locked: parseSettings fills the rest with defaults.
  const given = (section: unknown, key: string, path: string): boolean =>
    isRecord(section) && section[key] !== undefined && !isDropped(dropped, path);

  const rulesPart = settingsPart.rules;
  for (const id of RULE_IDS) {
    const entry = isRecord(rulesPart) ? rulesPart[id] : undefined;
    if (given(entry, 'enabled', `rules.${id}.enabled`)) {
      policy.ruleEnabled[id] = settings.rules[id]?.enabled ?? true;
    }
  }
  for (const key of ['slack', 'gmail', 'optIn'] as const) {
    if (given(settingsPart.sites, key, `sites.${key}`)) Object.assign(policy.sites, { [key]: settings.sites[key] });
  }
  for (const key of ['urgentChannel', 'artifactWords', 'allowList'] as const) {
    if (given(settingsPart.team, key, `team.${key}`)) Object.assign(policy.team, { [key]: settings.team[key] });
  }
  return policy;
}

/** The settings in force: the user's, with every value the policy sets replaced by the policy's. */
export function applyPolicy(user: Settings, policy: Policy | null): Settings {
  if (!policy) return user;
  const rules = { ...user.rules };
  for (const [id, enabled] of Object.entries(policy.ruleEnabled) as Array<[RuleId, boolean]>) {
    rules[id] = { ...rules[id], enabled };
  }
  return {
    ...user,
    rules,
    sites: { ...user.sites, ...policy.sites },
    team: { ...user.team, ...policy.team },
  };
}
