// "URGENT" in an async thread either hides a real emergency in a slow channel or inflates a
// normal request; a true emergency belongs in the team's urgent channel, anything else needs
// its real deadline.
import { directedRequests } from '../lib/analysis/intent';
import type { Analysis } from '../lib/analysis';
import { spanAt } from '../lib/analysis/span';
import { suggestedDeadline, zoneAbbreviation } from '../lib/dates';
import type { Rule, RuleReport } from '../lib/rule';
import { RULE_CATALOG } from '../lib/rule-catalog';
import { escapeRegExp, flexibleSpaces } from '../lib/text';
import { ALARM_EMOJI, COMPOUND_HEADS, NEGATIONS, URGENT_ADVERBS, URGENT_MARKERS } from './data/urgent-language';

const escape = (value: string) => flexibleSpaces(escapeRegExp(value));

const MARKER = new RegExp(`(?<![\\w#-])(?:${URGENT_MARKERS.map(escape).join('|')})(?![\\w-])`, 'gi');
const ADVERB = new RegExp(`(?<![\\w-])(?:${URGENT_ADVERBS.map(escape).join('|')})(?![\\w-])`, 'gi');
const ALARM = new RegExp(ALARM_EMOJI.map(escape).join('|'), 'gu');
/** Runs of "!" and "?"; each run is judged whole, so no pattern backtracks over a long run. */
const PUNCTUATION_RUN = /[!?]{3,}/g;

/** "!!!", "?!?!", "??!": a run that shouts rather than asks. */
function isShouting(run: string): boolean {
  const exclamations = run.split('!').length - 1;
  return exclamations >= 3 || (exclamations >= 1 && run.length - exclamations >= 1 && run.length >= 3);
}
/**
 * "We closed the deal!!! 🎉", "Hope you had fun!!!", "Of course!!!": exclamation marks of joy,
 * thanks, good wishes or warm agreement are not alarms.
 */
const CELEBRATION =
  /🎉|🥳|🙌|🍾|🎊|❤️|😂|🤣|\b(?:congrat\w*|thanks?|thank[ \t]you|great[ \t]news|awesome|amazing|welcome|happy|love|woo+|yay|hooray|we[ \t](?:closed|won|shipped|launched|hit|did[ \t]it)|hope[ \t](?:you|u|y'all|everyone|all)|enjoy|have[ \t]fun|had[ \t]fun|of[ \t]course|lol|haha\w*|can't[ \t]wait)\b/iu;
const NEGATED = new RegExp(`\\b(?:${NEGATIONS.map(escape).join('|')})[ \\t-]{1,2}(?:\\w+[ \\t]{1,2})?$`, 'i');
const COMPOUND = new RegExp(`^[ \\t-]{1,2}(?:${COMPOUND_HEADS.join('|')})\\b`, 'i');
const CONDITIONAL = /\b(?:in[ \t]case[ \t]of(?:[ \t]an?)?|in[ \t]an|for|if[ \t](?:it's|it[ \t]is)[ \t](?:an?[ \t])?)[ \t]{1,2}$/i;

interface Mark {
  start: number;
  end: number;
}

const marksCache = new WeakMap<Analysis, Mark[]>();

/** Words, emoji and "!!!" that mark the message urgent (negated and compound uses left out). */
export function urgencyMarks(analysis: Analysis): Mark[] {
  const cached = marksCache.get(analysis);
  if (cached) return cached;
  const marks = findMarks(analysis);
  marksCache.set(analysis, marks);
  return marks;
}

function findMarks(analysis: Analysis): Mark[] {
  const prose = analysis.prose;
  const marks: Mark[] = [];
  const asking = new Set(directedRequests(analysis).map((request) => request.sentence));
  const sentenceAt = (offset: number) => spanAt(analysis.sentences, offset);
  const inAskingSentence = (offset: number) => {
    const sentence = sentenceAt(offset);
    return !!sentence && asking.has(sentence);
  };
  for (const match of prose.matchAll(MARKER)) {
    const before = prose.slice(Math.max(0, match.index - 24), match.index);
    const after = prose.slice(match.index + match[0].length, match.index + match[0].length + 16);
    if (NEGATED.test(before) || COMPOUND.test(after) || CONDITIONAL.test(before)) continue;
    marks.push({ start: match.index, end: match.index + match[0].length });
  }
  for (const match of prose.matchAll(ADVERB)) {
    if (inAskingSentence(match.index)) marks.push({ start: match.index, end: match.index + match[0].length });
  }
  const markedSentences = new Set(marks.map((mark) => sentenceAt(mark.start)));
  const celebrating = CELEBRATION.test(prose);
  for (const pattern of [ALARM, PUNCTUATION_RUN]) {
    for (const match of prose.matchAll(pattern)) {
      if (pattern === PUNCTUATION_RUN && !isShouting(match[0])) continue;
      // An alarm emoji or "!!!" marks urgency when the sentence asks for something, carries another
      // marker, or the message is not a celebration ("We closed the deal!!! 🎉" is just joy).
      const sentence = sentenceAt(match.index) ?? sentenceAt(match.index - 1);
      const urgentSentence = !!sentence && (asking.has(sentence) || markedSentences.has(sentence));
      const alarmEmoji = pattern === ALARM && match[0] === '🚨';
      const alarmingExclamation = pattern === PUNCTUATION_RUN && !celebrating;
      if (urgentSentence || alarmEmoji || alarmingExclamation) marks.push({ start: match.index, end: match.index + match[0].length });
    }
  }
  return marks.sort((a, b) => a.start - b.start);
}

export const urgentLanguage: Rule = {
  id: 'urgent-language',
  meta: {
    ...RULE_CATALOG['urgent-language'],
    penalty: 18,
    messages: {
      urgent: '“{word}” marks the message urgent without saying by when',
    },
  },
  check(analysis, context) {
    const channel = context.settings.team.urgentChannel.trim();
    const emergencyPlace = channel ? `post in ${channel.startsWith('#') ? channel : `#${channel}`}` : "use your team's urgent channel or call";
    const marks = urgencyMarks(analysis);
    if (marks.length === 0) return [];
    const example = `${suggestedDeadline(context.now, context.timeZone)}, 15:00 ${zoneAbbreviation(context.timeZone, context.now)}`;
    // Consecutive marks ("🚨🚨", "URGENT!!!") are one finding.
    const merged: Mark[] = [];
    for (const mark of marks) {
      const last = merged[merged.length - 1];
      if (last && mark.start - last.end <= 2) last.end = Math.max(last.end, mark.end);
      else merged.push({ ...mark });
    }
    return merged.map(
      (mark): RuleReport => ({
        messageId: 'urgent',
        data: { word: analysis.text.slice(mark.start, mark.end) },
        start: mark.start,
        end: mark.end,
        suggestion: `State the real deadline instead (e.g. "${example}") and why it matters; for a true emergency, ${emergencyPlace}.`,
        messageLevel: false,
      }),
    );
  },
};
