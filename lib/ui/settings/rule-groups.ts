// Rules as the popup lists them: grouped by the score category they cost points in, in the order
// the breakdown uses, each with its title and one-line description from the rule catalog (plain
// data, so the popup and options pages load without the engine).
import { RULE_CATALOG } from '../../rule-catalog';
import { CATEGORIES, RULE_IDS, type Category, type RuleId } from '../../types';

export const CATEGORY_LABELS: Record<Category, string> = {
  ask: 'The ask',
  deadline: 'Deadline',
  links: 'Links',
  context: 'Context',
  time: 'Time zones',
  tone: 'Tone and medium',
};

export interface RuleEntry {
  id: RuleId;
  title: string;
  description: string;
  enabledByDefault: boolean;
}

export function rulesByCategory(): Array<{ category: Category; rules: RuleEntry[] }> {
  const entries = RULE_IDS.map((id) => ({ id, ...RULE_CATALOG[id] }));
  return CATEGORIES.map((category) => ({
    category,
    rules: entries
      .filter((entry) => entry.category === category)
      .map(({ id, title, description, enabledByDefault }) => ({ id, title, description, enabledByDefault })),
  })).filter((group) => group.rules.length > 0);
}

export function ruleTitle(id: RuleId): string {
  return RULE_CATALOG[id].title;
}
