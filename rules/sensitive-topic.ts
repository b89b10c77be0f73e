// Layoffs, pay disputes, a person's conduct or performance, conflict between people: in writing,
// without tone of voice, these land harder than meant and invite a written fight. Say them live.
import type { Analysis, Sentence } from '../lib/analysis';
import type { Span } from '../lib/analysis/span';
import type { Rule, RuleReport } from '../lib/rule';
import { CONDUCT, DISMISSAL, PAY_GRIEVANCE, PAY_WORDS } from './data/sensitive-topic';

const toPattern = (phrases: readonly string[]) => new RegExp(`(?<![\\p{L}])(?:${phrases.map((p) => p.replace(/ /g, '[ \\t]{1,2}')).join('|')})(?![\\p{L}])`, 'giu');

const DISMISSAL_PATTERN = toPattern(DISMISSAL);
const CONDUCT_PATTERN = toPattern(CONDUCT);
const PAY_PATTERN = new RegExp(`\\b${PAY_WORDS.replace(/ /g, '[ \\t]{1,2}')}\\b`, 'gi');
const PAY_GRIEVANCE_PATTERN = new RegExp(toPattern(PAY_GRIEVANCE).source, 'iu');
/** Who a judgement is about: the reader, a named or mentioned person, people as pronouns. */
const PERSON_WORDS = /\b(?:you|your|you're|youre|u|ur|he|she|him|her|his|they|them|their|y'all|everyone|people|intern|contractor|freelancer|bro|dude|mate)\b|@\w/i;

export type SensitiveKind = 'dismissal' | 'pay' | 'conduct';

export interface SensitiveMention extends Span {
  kind: SensitiveKind;
}

/** A judgement is about a person when one is named or addressed close to it in the sentence. */
function nearAPerson(sentence: Sentence, start: number, end: number): boolean {
  const window = sentence.text.slice(Math.max(0, start - sentence.start - 60), end - sentence.start + 60);
  if (PERSON_WORDS.test(window)) return true;
  return sentence.tokens.some(
    (token) => token.start >= start - 60 && token.end <= end + 60 && (token.tags.has('Person') || token.tags.has('FirstName')),
  );
}

const cache = new WeakMap<Analysis, SensitiveMention[]>();

/** Places where the message raises a topic better said live. */
export function sensitiveMentions(analysis: Analysis): SensitiveMention[] {
  const cached = cache.get(analysis);
  if (cached) return cached;
  const mentions: SensitiveMention[] = [];
  for (const sentence of analysis.sentences) {
    if (sentence.inSubject) continue;
    const add = (pattern: RegExp, kind: SensitiveKind) => {
      for (const match of sentence.text.matchAll(pattern)) {
        mentions.push({ kind, start: sentence.start + match.index, end: sentence.start + match.index + match[0].length });
      }
    };
    add(DISMISSAL_PATTERN, 'dismissal');
    if (PAY_GRIEVANCE_PATTERN.test(sentence.text)) add(PAY_PATTERN, 'pay');
    for (const match of sentence.text.matchAll(CONDUCT_PATTERN)) {
      const start = sentence.start + match.index;
      const end = start + match[0].length;
      if (nearAPerson(sentence, start, end)) mentions.push({ kind: 'conduct', start, end });
    }
  }
  const result = mentions.sort((a, b) => a.start - b.start);
  cache.set(analysis, result);
  return result;
}

const TOPIC_NAMES: Record<SensitiveKind, string> = {
  dismissal: 'a job or contract ending',
  pay: 'a pay grievance',
  conduct: "a person's conduct or performance",
};

export const sensitiveTopic: Rule = {
  id: 'sensitive-topic',
  meta: {
    title: 'Topic better said live',
    description: 'Layoffs, pay disputes, conduct and conflict between people land better in a call than in writing.',
    category: 'tone',
    severity: 'warning',
    enabledByDefault: true,
    penalty: 40,
    messages: {
      sensitive: 'This raises {topic}, which is better said in a live conversation',
    },
  },
  check(analysis) {
    const reported = new Set<number>();
    const reports: RuleReport[] = [];
    for (const mention of sensitiveMentions(analysis)) {
      const sentence = analysis.sentences.find((s) => s.start <= mention.start && mention.end <= s.end);
      // One finding per sentence is enough to show the topic.
      if (!sentence || reported.has(sentence.index)) continue;
      reported.add(sentence.index);
      reports.push({
        messageId: 'sensitive',
        data: { topic: TOPIC_NAMES[mention.kind] },
        start: mention.start,
        end: mention.end,
        suggestion:
          'Ask for a short call or a 1:1 and say it there; keep the written message to the facts and the time you want to talk.',
        messageLevel: false,
      });
    }
    return reports;
  },
};
