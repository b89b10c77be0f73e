// A reader who was not there can't resolve "this", "the usual customer" or "a quick call", and
// without the why they can't judge what done looks like: they have to come back with questions.
import {
  UNRESOLVED_REFERENCES,
  bodySentences,
  contentWordCount,
  contentWords,
  directedRequests,
  isAttentionOnly,
  isReply,
  meetingRequest,
  vagueAskSentences,
  WRITER_AVAILABILITY,
  CONDITIONAL,
  isWorkRequest,
  type MeetingRequest,
} from '../lib/analysis/intent';
import { reportsTrouble, wantsSomething } from './missing-ask';
import { mentionsResource } from './missing-link';
import type { Analysis, Sentence, SentenceRequest, Token } from '../lib/analysis';
import { spanAt, spansWithin } from '../lib/analysis/span';
import { bySentenceText } from '../lib/analysis/bounded-cache';
import type { Rule, RuleReport } from '../lib/rule';
import { RULE_CATALOG } from '../lib/rule-catalog';

const PARTICLES = new Set(['at', 'over', 'on', 'up', 'out', 'into', 'in', 'through', 'a', 'look', 'care', 'of', 'with', 'about', 'me', 'us']);
const OPEN_PRONOUNS = new Set(['something', 'stuff', 'things', 'anything', 'everything', 'some']);
const DEICTIC_PRONOUNS = new Set(['this', 'that', 'it', 'these', 'those', 'them']);
const BARE_DETERMINERS = new Set(['the', 'your', 'my', 'our', 'ur']);
const REASON = /\b(?:because|since|so[ \t]that|so[ \t]we|so[ \t]i|as[ \t]we|in[ \t]order[ \t]to|due[ \t]to|which|why|otherwise|flagged|asked|wants|needs|before)\b/i;

/**
 * Names, numbers, dates and links make a sentence specific (a link says exactly which one); an
 * @mention only says who it is for.
 */
function isSpecific(analysis: Analysis, sentence: Sentence): boolean {
  if (spansWithin(analysis.entities.urls, sentence.start, sentence.end).length > 0) return true;
  return sentence.tokens.some(
    (token) => !token.text.startsWith('@') && (token.tags.has('Value') || (token.tags.has('ProperNoun') && !token.tags.has('Acronym')) || /\d/.test(token.text)),
  );
}

/** Other sentences that give background: statements with enough content, not greetings or asks. */
/** Sentences that give background: statements with enough content, not asks or availability. */
function backgroundSentences(sentences: readonly Sentence[], vague: ReadonlySet<Sentence>): Sentence[] {
  return sentences.filter((sentence) => !vague.has(sentence) && !WRITER_AVAILABILITY.test(sentence.text) && contentWordCount(sentence) >= 4);
}

function hasBackground(request: Sentence, background: readonly Sentence[]): boolean {
  return REASON.test(request.text) || background.some((sentence) => sentence !== request);
}

type ObjectShape = 'open' | 'deictic' | 'bare' | 'none' | 'specific';

/** How much the request's object says: "something", "this", "the form", nothing, or more. */
function objectShape(analysis: Analysis, request: SentenceRequest): ObjectShape {
  const inFrame = (token: Token) => {
    const frame = spanAt(analysis.frames, token.start);
    return !!frame && token.end <= frame.end;
  };
  const tokens = request.object.filter((token) => token.text !== '' && !PARTICLES.has(token.word) && !inFrame(token) && !token.tags.has('Date'));
  const first = tokens[0];
  if (!first || !tokens.some((token) => token.tags.has('Noun') || token.tags.has('Acronym'))) return 'none';
  if (OPEN_PRONOUNS.has(first.word)) return 'open';
  if (DEICTIC_PRONOUNS.has(first.word) && !tokens[1]?.tags.has('Noun')) return 'deictic';
  if (BARE_DETERMINERS.has(first.word) || first.tags.has('Noun') || first.tags.has('Acronym')) {
    const rest = BARE_DETERMINERS.has(first.word) ? tokens.slice(1) : tokens;
    const phrase: Token[] = [];
    for (const token of rest) {
      if (!(token.tags.has('Noun') || token.tags.has('Adjective') || token.tags.has('Acronym')) || token.tags.has('Comparative')) break;
      phrase.push(token);
    }
    const trailing = rest.slice(phrase.length).filter((token) => !/^(?:please|pls|now)$/.test(token.word));
    if (phrase.length === 1 && trailing.length <= 1) return 'bare';
  }
  return 'specific';
}

const isNamingNoun = (token: Token) => token.tags.has('Noun') && !token.tags.has('Pronoun') && !token.text.startsWith('@') && token.text !== '';
const namingNounCount = bySentenceText((sentence) => sentence.tokens.filter(isNamingNoun).length);

/** "it"/"them" refers back to a thing named before it: in its own sentence, or in an earlier one. */
function hasAntecedent(request: SentenceRequest, nounsBefore: ReadonlyMap<Sentence, number>): boolean {
  const verbStart = request.verbToken?.start ?? request.sentence.start;
  const before = request.sentence.tokens.filter((token) => token.end <= verbStart);
  return before.some(isNamingNoun) || (nounsBefore.get(request.sentence) ?? 0) > 0;
}

/** For each sentence, how many naming nouns the body has before it. */
function nounsBeforeEach(sentences: readonly Sentence[]): Map<Sentence, number> {
  const counts = new Map<Sentence, number>();
  let total = 0;
  for (const sentence of sentences) {
    counts.set(sentence, total);
    total += namingNounCount(sentence);
  }
  return counts;
}

function report(messageId: string, start: number, end: number, suggestion: string, data?: Record<string, string>): RuleReport {
  return { messageId, start, end, suggestion, messageLevel: true, ...(data ? { data } : {}) };
}

function meetingWithoutTopic(meeting: MeetingRequest | undefined): RuleReport | undefined {
  if (!meeting || meeting.hasTopic || meeting.hasAgenda) return undefined;
  return report('meetingTopic', meeting.sentence.start, meeting.sentence.end, 'Say what the call is about and what it should settle, or write the question here instead.');
}

export const missingContext: Rule = {
  id: 'missing-context',
  meta: {
    ...RULE_CATALOG['missing-context'],
    penalty: 28,
    messages: {
      meetingTopic: 'The meeting request doesn’t say what it is about',
      unresolved: '“{phrase}” leans on context the reader may not have',
      thin: 'A reader who was not there can’t tell what this is about or what done looks like',
    },
  },
  check(analysis) {
    if (isAttentionOnly(analysis) || isReply(analysis)) return [];
    const meetingReport = meetingWithoutTopic(meetingRequest(analysis));
    if (meetingReport) return [meetingReport];

    const unresolved = UNRESOLVED_REFERENCES.map((pattern) => pattern.exec(analysis.prose)).find((match) => match !== null);
    if (unresolved) {
      return [
        report('unresolved', unresolved.index, unresolved.index + unresolved[0].length, 'Name it: which customer, which doc, which approach; link it if it has a page.', {
          phrase: unresolved[0],
        }),
      ];
    }

    const vague = new Set(vagueAskSentences(analysis));
    const sentences = bodySentences(analysis);
    const contentOutsideAsks = sentences.filter((s) => !vague.has(s)).reduce((sum, s) => sum + contentWordCount(s), 0);
    const firstVague = [...vague][0];
    // A vague ask about a topic with no background, nothing linked and no artifact to look at.
    const pointsAtArtifact = sentences.some((s) => !vague.has(s) && mentionsResource(analysis, s));
    if (firstVague && contentOutsideAsks < 8 && analysis.entities.urls.length === 0 && !pointsAtArtifact) {
      return [report('thin', firstVague.start, firstVague.end, 'Add the background: what happened, what you have tried, and what a good answer looks like.')];
    }

    const background = backgroundSentences(sentences, vague);
    const nounsBefore = nounsBeforeEach(sentences);
    for (const request of directedRequests(analysis)) {
      // Advice said of a situation ("you should know …") and vague asks are judged elsewhere.
      if (vague.has(request.sentence) || request.kind === 'obligation' || CONDITIONAL.test(request.sentence.text)) continue;
      // "Drive carefully!", "join me?": wishes and quick asks need no background.
      if (!isWorkRequest(request)) continue;
      const shape = objectShape(analysis, request);
      const backed = hasBackground(request.sentence, background);
      const thin =
        shape === 'open' ||
        (shape === 'deictic' && !hasAntecedent(request, nounsBefore)) ||
        ((shape === 'bare' || shape === 'none') && !backed && !isSpecific(analysis, request.sentence) && contentWordCount(request.sentence) <= 5);
      if (thin) {
        return [report('thin', request.sentence.start, request.sentence.end, 'Say which one, why it is needed, and what done looks like, so the reader can act without asking.')];
      }
    }
    // A question about "this" with nothing before it: "What's the status on this?"
    const only = sentences.length === 1 ? sentences[0] : undefined;
    if (only?.isQuestion && /\b(?:this|that|it)[ \t]*\?*$/i.test(only.text.trim()) && !analysis.hasReference) {
      return [report('thin', only.start, only.end, 'Name what "this" is (the ticket, doc or decision), ideally with a link.')];
    }
    // "Please see attached." with nothing said about what is attached or why.
    const onlyCourtesy = analysis.requests.length > 0 && analysis.requests.every((request) => request.courtesy || request.kind === 'permission');
    if (onlyCourtesy && analysis.entities.mentionsAttachment && analysis.wordCount <= 15 && !sentences.some((s) => mentionsResource(analysis, s) || isSpecific(analysis, s))) {
      const first = sentences[0];
      if (first) return [report('thin', first.start, first.end, 'Say what is attached, why you are sending it, and what you need the reader to do with it.')];
    }
    // A short statement that wants something but names nothing specific ("The client wants
    // changes."), or a report of being stuck with no error, version or name in it.
    const unspecific = !analysis.hasReference && !sentences.some((s) => isSpecific(analysis, s)) && !/["“]/.test(analysis.prose);
    if (wantsSomething(analysis) && unspecific && (analysis.wordCount <= 8 || reportsTrouble(analysis))) {
      const first = sentences[0];
      if (first) return [report('thin', first.start, first.end, 'Say which one, what exactly is wanted, and what you need from the reader.')];
    }
    return [];
  },
};
