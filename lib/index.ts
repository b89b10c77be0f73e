// The package's public surface for Node and bundlers: `import { lint } from 'async-lint'`.
// Only plain data and pure functions are exported; the rule implementations stay internal.
import { rules } from '../rules';
import type { RuleMeta } from './rule';
import type { RuleId } from './types';

export { lint, systemTimeZone, type LintOptions } from './lint';
export {
  defaultSettings,
  parseSettings,
  validateSettingsStrict,
  settingsSchema,
  SETTINGS_VERSION,
  type ParsedSettings,
  type RuleSetting,
  type Settings,
  type SettingsInput,
  type SettingsIssue,
} from './settings';
export {
  CATEGORIES,
  RULE_IDS,
  type Category,
  type CategoryScore,
  type Channel,
  type Finding,
  type Fix,
  type LintResult,
  type RuleId,
  type Severity,
} from './types';
export type { RuleMeta } from './rule';

/** A rule's id and metadata, for a UI that lists rules (title, description, switch default). */
export interface RuleInfo extends RuleMeta {
  id: RuleId;
}

/** Every registered rule's metadata, sorted by id. */
export const ruleMetadata: readonly RuleInfo[] = Object.values(rules)
  .map((rule) => ({ id: rule.id, ...rule.meta }))
  .sort((a, b) => a.id.localeCompare(b.id));
