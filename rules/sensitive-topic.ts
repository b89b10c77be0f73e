// Layoffs, pay disputes, a person's conduct or performance, conflict between people: in writing,
// without tone of voice, these land harder than meant and invite a written fight. Say them live.
import type { Analysis, Sentence } from '../lib/analysis';
import { spanAt, type Span } from '../lib/analysis/span';
import type { Rule, RuleReport } from '../lib/rule';
import { RULE_CATALOG } from '../lib/rule-catalog';
import { flexibleSpaces } from '../lib/text';
import { bySentenceText } from '../lib/analysis/bounded-cache';
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

/** A judgement of conduct, and whether a person is named or addressed near it in its sentence. */
interface ConductPhrase extends Span {
  personNearby: boolean;
}

/**
 * What one sentence holds, whatever surrounds it, with offsets from the sentence's start; cached
 * by its text, so a keystroke elsewhere in the message reuses it.
 */
interface SentenceMentions {
  dismissal: Span[];
  conduct: ConductPhrase[];
  /** Words of pay, which count only when this sentence or a neighbour airs a grievance. */
  pay: Span[];
  grievance: boolean;
  addressesReader: boolean;
}

/** A person's name: tagged as one, or a capitalised proper noun inside the sentence ("how Raj talks"). */
function isNameToken(token: Sentence['tokens'][number], index: number): boolean {
  return token.tags.has('Person') || token.tags.has('FirstName') || (index > 0 && token.tags.has('ProperNoun') && !token.tags.has('Acronym') && !token.tags.has('Place') && !token.tags.has('Organization'));
}

/** A judgement is about a person when one is named or addressed within 60 characters of it in the sentence. */
function personNearby(sentence: Sentence, start: number, end: number): boolean {
  if (PERSON_WORDS.test(sentence.text.slice(Math.max(0, start - 60), end + 60))) return true;
  return sentence.tokens.some(
    (token, index) => token.start - sentence.start >= start - 60 && token.end - sentence.start <= end + 60 && isNameToken(token, index),
  );
}

function readSentence(sentence: Sentence): SentenceMentions {
  const matches = (pattern: RegExp): Span[] =>
    [...sentence.text.matchAll(pattern)]
      .filter((match) => match.length === 1 || isPerson(match[1]))
      .map((match) => ({ start: match.index, end: match.index + match[0].length }));
  return {
    dismissal: DISMISSAL_PATTERNS.flatMap(matches),
    conduct: CONDUCT_PATTERNS.flatMap(matches).map((span) => ({ ...span, personNearby: personNearby(sentence, span.start, span.end) })),
    pay: matches(PAY_PATTERN),
    grievance: PAY_GRIEVANCE_PATTERN.test(sentence.text),
    addressesReader: /\b(?:you|your|you're)\b|@\w/i.test(sentence.text),
  };
}

const mentionsIn = bySentenceText(readSentence);
const cache = new WeakMap<Analysis, SensitiveMention[]>();

/** Places where the message raises a topic better said live. */
export function sensitiveMentions(analysis: Analysis): SensitiveMention[] {
  const cached = cache.get(analysis);
  if (cached) return cached;
  const read = analysis.sentences.map(mentionsIn);
  const mentions: SensitiveMention[] = [];
  for (const sentence of analysis.sentences) {
    if (sentence.inSubject) continue;
    const here = read[sentence.index]!;
    const place = (span: Span) => ({ start: sentence.start + span.start, end: sentence.start + span.end });
    // The grievance may come a sentence later: "Why did Ana get a bigger raise? That's not fair."
    const grievance = [read[sentence.index - 1], here, read[sentence.index + 1]].some((neighbour) => neighbour?.grievance);
    for (const span of here.dismissal) mentions.push({ kind: 'dismissal', ...place(span) });
    if (grievance) for (const span of here.pay) mentions.push({ kind: 'pay', ...place(span) });
    for (const phrase of here.conduct) {
      const { start, end } = place(phrase);
      // Judged of a thing ("stupid changes"), or with nobody near it in this sentence or addressed
      // in the one before ("@ben stop rewriting my PRs. It's disrespectful."): not about a person.
      if (THING_AFTER.test(analysis.prose.slice(end, end + 24))) continue;
      if (phrase.personNearby || read[sentence.index - 1]?.addressesReader) mentions.push({ kind: 'conduct', start, end });
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
    ...RULE_CATALOG['sensitive-topic'],
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
