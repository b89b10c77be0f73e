// The shape every rule file exports. A rule is pure: analysis in, findings out; no DOM, no I/O.
import type { Analysis } from './analysis';
import type { Settings } from './settings';
import type { RuleSummary } from './rule-catalog';
import type { Fix, RuleId } from './types';

/** What the pages show about the rule (from lib/rule-catalog.ts), and what only the engine needs. */
export interface RuleMeta extends RuleSummary {
  /** Points the clarity score loses for the first finding of this rule (how badly it stalls a reader). */
  penalty: number;
  /** Message templates with `{placeholder}` slots, keyed by message id. */
  messages: Record<string, string>;
}

/** What a rule reports before the engine fills in severity and the rule id. */
export interface RuleReport {
  messageId: string;
  /** Values for the message template's placeholders. */
  data?: Record<string, string>;
  start: number;
  end: number;
  suggestion: string;
  messageLevel: boolean;
  fix?: Fix;
}

export interface RuleContext {
  settings: Settings;
  now: Date;
  timeZone: string;
}

export interface Rule {
  id: RuleId;
  meta: RuleMeta;
  check(analysis: Analysis, context: RuleContext): RuleReport[];
}

/** Fills `{name}` placeholders; an unknown placeholder is left visible so tests catch it. */
export function formatMessage(template: string, data: Record<string, string> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => data[name] ?? whole);
}
