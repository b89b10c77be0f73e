// The clarity score: 100 minus what each finding costs. A rule's first finding costs its full
// penalty (rules that stall a reader longer cost more); repeats of the same rule cost a quarter
// each, so one habit repeated does not sink a long message the way several different gaps do.
import type { Rule } from './rule';
import { CATEGORIES, type CategoryScore, type Finding, type RuleId } from './types';

const REPEAT_FRACTION = 0.25;
const INFO_FRACTION = 0.5;

export function scoreFindings(
  findings: readonly Finding[],
  rules: Readonly<Record<RuleId, Rule>>,
): { score: number; breakdown: CategoryScore[] } {
  const seen = new Set<RuleId>();
  const penalties = new Map(CATEGORIES.map((category) => [category, { penalty: 0, ruleIds: [] as RuleId[] }]));
  for (const finding of findings) {
    const rule = rules[finding.ruleId];
    const base = rule.meta.penalty * (finding.severity === 'info' && rule.meta.severity === 'warning' ? INFO_FRACTION : 1);
    const cost = seen.has(finding.ruleId) ? base * REPEAT_FRACTION : base;
    seen.add(finding.ruleId);
    const entry = penalties.get(rule.meta.category);
    if (!entry) continue;
    entry.penalty += cost;
    if (!entry.ruleIds.includes(finding.ruleId)) entry.ruleIds.push(finding.ruleId);
  }
  const breakdown = CATEGORIES.map((category) => {
    const entry = penalties.get(category) ?? { penalty: 0, ruleIds: [] };
    return { category, penalty: Math.round(entry.penalty), ruleIds: entry.ruleIds };
  });
  const total = [...penalties.values()].reduce((sum, entry) => sum + entry.penalty, 0);
  return { score: Math.max(0, Math.min(100, Math.round(100 - total))), breakdown };
}
