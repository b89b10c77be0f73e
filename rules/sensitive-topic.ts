// Layoffs, pay disputes, a person's conduct or performance, conflict between people: in writing,
// without tone of voice, these land harder than meant and invite a written fight. Say them live.
import type { Analysis, Sentence } from '../lib/analysis';
import { spanAt, type Span } from '../lib/analysis/span';
import type { Rule, RuleReport } from '../lib/rule';
import { flexibleSpaces } from '../lib/text';
import { CONDUCT, DISMISSAL, PAY_GRIEVANCE, PAY_WORDS } from './data/sensitive-topic';

const PERSON_SLOT = '{person}';
const PRONOUNS = new Set(['him', 'her', 'them', 'you']);
const CAPITALISED = /^\p{Lu}\p{Ll}/u;

function toSource(phrase: string): string {
  return flexibleSpaces(phrase).replace(PERSON_SLOT, '(\\p{L}+)');
}

/** One pattern for the plain phrases; phrases with a person slot get their own, to check the slot. */
const toPattern = (phrases: readonly string[]) =>
  new RegExp(`(?<![\\p{L}])(?:${phrases.filter((p) => !p.includes(PERSON_SLOT)).map(toSource).join('|')})(?![\\p{L}])`, 'giu');
const toPersonPatterns = (phrases: readonly string[]) =>
  phrases.filter((p) => p.includes(PERSON_SLOT)).map((p) => new RegExp(`(?<![\\p{L}])${toSource(p)}(?![\\p{L}])`, 'giu'));

/** The slot holds a person: a pronoun, or a name written with a capital ("let Carlos go", not "let it go"). */
function isPerson(word: string | undefined): boolean {
  return !!word && (PRONOUNS.has(word.toLowerCase()) || CAPITALISED.test(word));
}

const DISMISSAL_PATTERNS = [toPattern(DISMISSAL), ...toPersonPatterns(DISMISSAL)];
const CONDUCT_PATTERNS = [toPattern(CONDUCT), ...toPersonPatterns(CONDUCT)];
const PAY_PATTERN = new RegExp(`\\b${flexibleSpaces(PAY_WORDS)}\\b`, 'gi');
const PAY_GRIEVANCE_PATTERN = new RegExp(toPattern(PAY_GRIEVANCE).source, 'iu');
/** Who a judgement is about: the reader, a named or mentioned person, people as pronouns. */
const PERSON_WORDS = /\b(?:you|your|you're|youre|u|ur|he|she|him|her|his|they|them|their|y'all|everyone|people|intern|contractor|freelancer|bro|dude|mate)\b|@\w/i;

export type SensitiveKind = 'dismissal' | 'pay' | 'conduct';

export interface SensitiveMention extends Span {
  kind: SensitiveKind;
}

/** Judgements of things, not people: "offensive text", "stupid changes". */
const THING_AFTER = /^[ \t]{1,2}(?:text|material|content|language|code|changes?|messages?|words?|names?|errors?|bugs?|designs?|apis?|defaults?|behaviou?r[ \t]of[ \t]the)\b/i;

/**
 * A judgement is about a person when one is named or addressed close to it in the sentence, or
 * in the sentence just before ("@ben stop rewriting my PRs. It's disrespectful.").
 */
function nearAPerson(analysis: Analysis, sentence: Sentence, start: number, end: number): boolean {
  if (THING_AFTER.test(analysis.prose.slice(end, end + 24))) return false;
  const window = sentence.text.slice(Math.max(0, start - sentence.start - 60), end - sentence.start + 60);
  if (PERSON_WORDS.test(window)) return true;
  const previous = analysis.sentences[sentence.index - 1];
  if (previous && /\b(?:you|your|you're)\b|@\w/i.test(previous.text)) return true;
  // A person's name: tagged as one, or a capitalised proper noun inside the sentence ("how Raj talks").
  return sentence.tokens.some(
    (token, index) =>
      token.start >= start - 60 &&
      token.end <= end + 60 &&
      (token.tags.has('Person') || token.tags.has('FirstName') || (index > 0 && token.tags.has('ProperNoun') && !token.tags.has('Acronym') && !token.tags.has('Place') && !token.tags.has('Organization'))),
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
        if (match.length > 1 && !isPerson(match[1])) continue;
        mentions.push({ kind, start: sentence.start + match.index, end: sentence.start + match.index + match[0].length });
      }
    };
    for (const pattern of DISMISSAL_PATTERNS) add(pattern, 'dismissal');
    // The grievance may come a sentence later: "Why did Ana get a bigger raise? That's not fair."
    const neighbours = [analysis.sentences[sentence.index - 1], sentence, analysis.sentences[sentence.index + 1]];
    if (neighbours.some((s) => s && PAY_GRIEVANCE_PATTERN.test(s.text))) add(PAY_PATTERN, 'pay');
    for (const pattern of CONDUCT_PATTERNS) {
      for (const match of sentence.text.matchAll(pattern)) {
        const start = sentence.start + match.index;
        const end = start + match[0].length;
        if (match.length > 1 && !isPerson(match[1])) continue;
        if (nearAPerson(analysis, sentence, start, end)) mentions.push({ kind: 'conduct', start, end });
      }
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
      const sentence = spanAt(analysis.sentences, mention.start);
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
