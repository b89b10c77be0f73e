// Each rule's title as the in-page cards and panel show it, taken from the rule catalog: the
// content scripts name a finding's rule without importing the rules (and with them the whole
// engine and its lexicon).
import { RULE_CATALOG } from './rule-catalog';
import { RULE_IDS, type RuleId } from './types';

// Object.fromEntries types its keys as string; RULE_IDS supplies every RuleId exactly once.
export const RULE_TITLES = Object.fromEntries(RULE_IDS.map((id) => [id, RULE_CATALOG[id].title])) as Readonly<Record<RuleId, string>>;
