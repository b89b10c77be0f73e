// What the popup, the options page and the in-page cards show about each rule, as plain data: those
// pages list and name rules without importing the rules, and with them the engine and its lexicon.
// Each rule's meta takes these fields from here (rules/*.ts spread their entry), so a rule's title,
// description, category, severity and default live in this table only; tests/rule-catalog.test.ts
// checks that every rule keeps its own entry unchanged.
import type { Category, RuleId, Severity } from './types';

/** The part of a rule's meta a page needs without running the rule. */
export interface RuleSummary {
  title: string;
  /** One line, shown in the popup next to the rule's switch. */
  description: string;
  category: Category;
  severity: Severity;
  enabledByDefault: boolean;
}

export const RULE_CATALOG: Readonly<Record<RuleId, Readonly<RuleSummary>>> = {
  'ambiguous-time': {
    title: 'Time without a time zone',
    description: 'Clock times and "EOD" need a zone: "3pm" is a different hour for every reader.',
    category: 'time',
    severity: 'warning',
    enabledByDefault: true,
  },
  'greeting-only': {
    title: 'Greeting without the question',
    description: 'A message that only says "Hi" or "got a minute?" costs a round trip: ask the real question.',
    category: 'ask',
    severity: 'warning',
    enabledByDefault: true,
  },
  'meeting-request': {
    title: 'Meeting request without an agenda',
    description: 'Asks for a call or meeting without saying what it must decide or why it needs to be live.',
    category: 'context',
    severity: 'warning',
    enabledByDefault: true,
  },
  'missing-ask': {
    title: 'Missing or vague ask',
    description: 'Says what is going on but not what you need from the reader ("Thoughts?", "Can you help?").',
    category: 'ask',
    severity: 'warning',
    enabledByDefault: true,
  },
  'missing-context': {
    title: 'Missing context',
    description: 'Leans on things a reader who was not there can\'t resolve ("this", "the usual"), or gives no why.',
    category: 'context',
    severity: 'warning',
    enabledByDefault: true,
  },
  'missing-deadline': {
    title: 'Request without a deadline',
    description: 'Asks for work (write, review, fix, decide, send) without saying when it is needed.',
    category: 'deadline',
    severity: 'warning',
    enabledByDefault: true,
  },
  'missing-link': {
    title: 'Resource without a link',
    description: 'Points at a doc, file, ticket or design without its link, so the reader has to go and find it.',
    category: 'links',
    severity: 'warning',
    enabledByDefault: true,
  },
  'sensitive-topic': {
    title: 'Topic better said live',
    description: 'Layoffs, pay disputes, conduct and conflict between people land better in a call than in writing.',
    category: 'tone',
    severity: 'warning',
    enabledByDefault: true,
  },
  'urgent-language': {
    title: 'Urgency instead of a deadline',
    description: 'Flags "URGENT", "ASAP", "drop everything" and "!!!": give the real deadline, or use the urgent channel.',
    category: 'tone',
    severity: 'warning',
    enabledByDefault: true,
  },
  'vague-deadline': {
    title: 'Vague deadline',
    description: '"Soon", "when you get a chance", "at some point": nobody can tell when it is late.',
    category: 'deadline',
    severity: 'warning',
    enabledByDefault: true,
  },
};
