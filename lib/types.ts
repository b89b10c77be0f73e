// The engine's public data shapes. Everything here is plain data (no closures, no class
// instances) so that a result can cross extension messaging and be printed as JSON by the CLI.

export const RULE_IDS = [
  'ambiguous-time',
  'greeting-only',
  'meeting-request',
  'missing-ask',
  'missing-context',
  'missing-deadline',
  'missing-link',
  'sensitive-topic',
  'urgent-language',
  'vague-deadline',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

export type Channel = 'slack' | 'email' | 'generic';

export type Severity = 'warning' | 'info';

/** Score categories: each rule belongs to one, and the score breakdown is reported per category. */
export const CATEGORIES = ['ask', 'deadline', 'links', 'context', 'time', 'tone'] as const;
export type Category = (typeof CATEGORIES)[number];

/** A safe, meaning-preserving edit: replace text[start, end) with `replacement`. */
export interface Fix {
  start: number;
  end: number;
  replacement: string;
}

export interface Finding {
  ruleId: RuleId;
  severity: Severity;
  /** UTF-16 offset of the first flagged character. */
  start: number;
  /** UTF-16 offset just past the last flagged character (exclusive). */
  end: number;
  message: string;
  /** Concrete words on what to add or change. */
  suggestion: string;
  /**
   * True when the finding is about the whole message (no deadline anywhere, no ask anywhere);
   * its range then anchors on the phrase or sentence that best shows it.
   */
  messageLevel: boolean;
  fix?: Fix;
}

export interface CategoryScore {
  category: Category;
  /** Points this category lost (0 when nothing in it fired). */
  penalty: number;
  /** Rule ids in this category that fired. */
  ruleIds: RuleId[];
}

export interface LintResult {
  /** Clarity score, an integer from 0 (unreadable for an async reader) to 100 (nothing to improve). */
  score: number;
  findings: Finding[];
  breakdown: CategoryScore[];
}
