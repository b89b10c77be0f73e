// Each rule's title as the in-page cards and panel show it, as plain data: the content scripts
// name a finding's rule without importing the rules (and with them the whole engine and its
// lexicon). tests/rule-titles.test.ts keeps this table equal to each rule's meta.title.
import type { RuleId } from './types';

export const RULE_TITLES: Readonly<Record<RuleId, string>> = {
  'ambiguous-time': 'Time without a time zone',
  'greeting-only': 'Greeting without the question',
  'meeting-request': 'Meeting request without an agenda',
  'missing-ask': 'Missing or vague ask',
  'missing-context': 'Missing context',
  'missing-deadline': 'Request without a deadline',
  'missing-link': 'Resource without a link',
  'sensitive-topic': 'Topic better said live',
  'urgent-language': 'Urgency instead of a deadline',
  'vague-deadline': 'Vague deadline',
};
