// A message that wants something but never says what ("Thoughts?", a problem dropped on
// @someone) makes the reader guess, or ask, before they can help.
import {
  bodySentences,
  bodyText,
  directedRequests,
  isAttentionOnly,
  meetingRequest,
  urgentFrames,
  vagueAskSentences,
} from '../lib/analysis/intent';
import type { Analysis } from '../lib/analysis';
import type { Rule } from '../lib/rule';
import { RULE_CATALOG } from '../lib/rule-catalog';

/** Something is wrong, or someone else wants something: the writer presumably wants help. */
const PROBLEM =
  /\b(?:fail(?:s|ed|ing)?|broke(?:n)?|breaks|down|outage|crash(?:es|ed|ing)?|error(?:s)?|exception|(?:does|do|did|is|are|wo|ca)n'?t[ \t]work(?:ing)?|not[ \t]working|stopped[ \t]working|off[ \t]by|angry|upset|complain(?:ed|s|ing)?|wants[ \t]changes|trouble|stuck|no[ \t]avail|flagged|missing|wrong|bug)\b/i;
/** The writer hands something over: "is ready for you", "for your review". */
const HANDOVER = /\b(?:ready[ \t]for[ \t]you|for[ \t]your[ \t](?:review|input|eyes|approval|sign-?off)|over[ \t]to[ \t]you)\b/i;
/** The writer says nothing is needed, or that it is already handled. */
const NO_ACTION =
  /\b(?:no[ \t]action|nothing[ \t](?:needed|to[ \t]do|required)|no[ \t]need|fyi|for[ \t]your[ \t]information|heads[ -]up|just[ \t]flagging|not[ \t]blocking|all[ \t]clear|resolved|fixed|already[ \t](?:corrected|fixed|handled)|no[ \t]worries|thanks|thank[ \t]you|will[ \t](?:fix|look|handle|update|send)|i'll|i[ \t]will|we'll|we[ \t]will)\b/i;
/** The writer is stuck: "I'm having trouble …", "I get … errors", "it doesn't work", "with no avail". */
const FIRST_PERSON_TROUBLE =
  /\b(?:(?:i'm|i[ \t]am)[ \t](?:having|getting|seeing)[ \t](?:\w+[ \t]){0,4}(?:trouble|problems?|issues?|errors?)|i[ \t](?:get|got|keep[ \t]getting|see)[ \t](?:\S+[ \t]){0,8}(?:errors?|exceptions?|warnings?|crash(?:es)?)|(?:doesn't|does[ \t]not|didn't|won't|can't)[ \t](?:seem[ \t]to[ \t])?work|(?:with|to)[ \t]no[ \t]avail|i[ \t]can't[ \t](?:get|make)[ \t](?:\S+[ \t]){0,4}(?:to[ \t])?work)\b/i;
const FIRST_PERSON = /\b(?:i|i'm|i've|my|me)\b/i;
/** The writer proposes something, so a following "what do you think?" asks for a verdict on it. */
const PROPOSAL = /\b(?:i(?:[ \t]would|'d)[ \t](?:say|suggest|propose)|i[ \t](?:suggest|propose)|i[ \t]think[ \t]we[ \t]should|how[ \t]about|my[ \t]proposal|proposal:)\b/i;

function addressedToSomeone(analysis: Analysis): boolean {
  const first = bodySentences(analysis)[0];
  if (!first) return false;
  // A mention of a person or team (not @channel/@here) says who the message is for.
  return analysis.entities.mentions.some((m) => !/@(?:channel|here|everyone)/i.test(analysis.text.slice(m.start, m.end)));
}

/** The message plainly wants something from the reader, even though it never asks. */
export function wantsSomething(analysis: Analysis): boolean {
  const prose = bodyText(analysis);
  if (NO_ACTION.test(prose)) return false;
  const problem = PROBLEM.test(prose);
  if (addressedToSomeone(analysis) && (problem || HANDOVER.test(prose) || analysis.entities.urls.length > 0)) return true;
  if (HANDOVER.test(prose)) return true;
  if (problem && urgentFrames(analysis).length + (/\b(?:emergency|urgent)\b/i.test(prose) ? 1 : 0) > 0) return true;
  // A failure posted with its evidence ("Logs: <link>") is handed to whoever reads the channel.
  if (problem && analysis.channel === 'slack' && analysis.entities.urls.length > 0 && /\b(?:logs?|trace|stack ?trace|error|output|screenshot)\b/i.test(prose)) return true;
  return reportsTrouble(analysis);
}

/** A chat message in which the writer says they are stuck ("I'm having trouble …", "it doesn't work"). */
export function reportsTrouble(analysis: Analysis): boolean {
  if (analysis.channel === 'email' || analysis.wordCount > 60) return false;
  // The writer's own trouble: "bad dumps won't work" said of others' files is no plea for help.
  return bodySentences(analysis).some((s) => FIRST_PERSON.test(s.text) && FIRST_PERSON_TROUBLE.test(s.text));
}

export const missingAsk: Rule = {
  id: 'missing-ask',
  meta: {
    ...RULE_CATALOG['missing-ask'],
    penalty: 30,
    messages: {
      vague: '“{ask}” doesn’t say what you need from the reader',
      noAsk: 'The message never says what you need from the reader',
    },
  },
  check(analysis) {
    if (isAttentionOnly(analysis)) return [];
    const vague = vagueAskSentences(analysis);
    const vagueSet = new Set(vague);
    const clearRequest = directedRequests(analysis).some((request) => !vagueSet.has(request.sentence));
    const clearQuestion = bodySentences(analysis).some((sentence) => sentence.isQuestion && !vagueSet.has(sentence));
    if (clearRequest || clearQuestion || meetingRequest(analysis)) return [];
    // "I'd say we go ahead and support this. What do you think?" asks for a verdict on a proposal.
    if (PROPOSAL.test(analysis.prose)) return [];
    const firstVague = vague[0];
    if (firstVague) {
      return [
        {
          messageId: 'vague',
          data: { ask: analysis.text.slice(firstVague.start, firstVague.end).trim() },
          start: firstVague.start,
          end: firstVague.end,
          suggestion: 'Say exactly what you need: a decision between options, a review of one part, an answer to one question.',
          messageLevel: false,
        },
      ];
    }
    const sentences = bodySentences(analysis);
    const first = sentences[0];
    const last = sentences[sentences.length - 1];
    if (!first || !last || !wantsSomething(analysis)) return [];
    return [
      {
        messageId: 'noAsk',
        start: first.start,
        end: last.end,
        suggestion: 'End with the ask: what you need the reader to do or decide, e.g. "Can you check whether …?"',
        messageLevel: true,
      },
    ];
  },
};
