// Rules as the popup lists them: grouped by the score category they cost points in, in the order
// the breakdown uses, each with its title and one-line description from the registry.
import { rules } from '../../../rules';
import { CATEGORIES, type Category, type RuleId } from '../../types';

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
  const entries = Object.entries(rules).map(([id, rule]) => ({ id: id as RuleId, ...rule.meta }));
  return CATEGORIES.map((category) => ({
    category,
    rules: entries
      .filter((entry) => entry.category === category)
      .map(({ id, title, description, enabledByDefault }) => ({ id, title, description, enabledByDefault })),
  })).filter((group) => group.rules.length > 0);
}

export function ruleTitle(id: RuleId): string {
  return rules[id].meta.title;
}
