// Pointing a reader at "the deck" or "the brief in the shared drive" without a link sends them
// searching, and across time zones a wrong guess costs a day.
import { directedRequests, vagueAskSentences } from '../lib/analysis/intent';
import { LINK_PLACEHOLDER, type Analysis, type Sentence, type Token } from '../lib/analysis';
import type { Rule, RuleReport } from '../lib/rule';
import { RULE_CATALOG } from '../lib/rule-catalog';
import { flexibleSpaces } from '../lib/text';
import { CREATION_VERBS, OPENING_VERBS, RESOURCE_NOUNS, RESOURCE_PLACES } from './data/missing-link';

const CREATION = new Set(CREATION_VERBS);
const OPENING = new Set(OPENING_VERBS);
const DEFINITE = new Set(['the', 'my', 'our', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its']);
const INDEFINITE = new Set(['a', 'an', 'some', 'any', 'new', 'another', 'your', 'ur', 'no', 'every', 'each', 'one']);
/** Words that open a noun phrase: the walk back over its modifiers stops there. */
const DETERMINERS = new Set(['the', 'a', 'an', 'my', 'your', 'ur', 'our', 'his', 'her', 'their', 'its', 'this', 'that', 'these', 'those', 'some', 'any', 'no', 'every', 'each']);
const POSSESSIVES = new Set(['my', 'our', 'his', 'her', 'their', 'its']);
/** "the following folders", "the attached sheet": the message itself lists or carries them. */
const SELF_REFERENCING = new Set(['following', 'below', 'above', 'attached', 'enclosed', 'listed']);
/** "send me the spreadsheet": the reader has it; nobody needs a link. */
const HANDING_VERBS = new Set(['send', 'share', 'give', 'forward', 'email', 'provide', 'upload', 'bring']);
const PLACE = new RegExp(
  `\\b(?:is|are|'s|sits|lives|was|were|been|uploaded|saved|put|stored|shared|live)[ \\t]{1,2}(?:now[ \\t]{1,2}|already[ \\t]{1,2})?(?:in|on|at|under|into)[ \\t]{1,2}(?:the[ \\t]{1,2}|our[ \\t]{1,2}|my[ \\t]{1,2})?(?:${RESOURCE_PLACES.map(flexibleSpaces).join('|')})\\b`,
  'i',
);
/** "is up", "are ready", also after what the resource is of: "the recording of Monday's demo is up". */
const READY =
  /^(?:[ \t]{1,2}(?:of|from|for|on)[ \t][^.,;:!?\n]{1,40}?)?[ \t]{0,2}(?:is|are|'s)[ \t]{1,2}(?:up|ready|out|done|finished|updated|in)\b/i;
const PRONOUN_OBJECT = new Set(['it', 'this', 'that', 'them', 'these', 'those']);

function singular(word: string): string {
  return word.endsWith('s') && !word.endsWith('ss') && word.length > 3 ? word.slice(0, -1) : word;
}

interface ResourceMention {
  start: number;
  end: number;
  name: string;
}

/** Resource nouns in a sentence that point at one existing, specific thing. */
function specificResources(sentence: Sentence, nouns: ReadonlySet<string>): ResourceMention[] {
  const found: ResourceMention[] = [];
  const tokens = sentence.tokens;
  tokens.forEach((token, index) => {
    const next = tokens[index + 1];
    const twoWords = next ? `${token.word} ${next.word}` : '';
    const isTwoWord = nouns.has(twoWords) || nouns.has(singular(twoWords));
    const isOneWord = nouns.has(token.word) || nouns.has(singular(token.word));
    if (!isOneWord && !isTwoWord) return;
    // The noun must head its phrase: "the doc" or "the design doc", not "doc reviews".
    const head = isTwoWord ? next : token;
    const after = tokens[tokens.indexOf(head as Token) + 1];
    if (after && after.tags.has('Noun') && !after.tags.has('Pronoun') && after.text !== '' && after.text !== LINK_PLACEHOLDER) return;
    // Walk back over modifiers to the determiner: "the updated onboarding deck".
    let i = index - 1;
    if (tokens.slice(Math.max(0, index - 3), index).some((t) => SELF_REFERENCING.has(t.word))) return;
    while (i >= 0 && tokens[i] && !DETERMINERS.has(tokens[i]!.word) && (tokens[i]!.tags.has('Adjective') || (tokens[i]!.tags.has('Noun') && !tokens[i]!.tags.has('Pronoun')) || tokens[i]!.tags.has('Value') || tokens[i]!.tags.has('Date') || tokens[i]!.tags.has('Possessive'))) {
      if (tokens[i]!.tags.has('Possessive') && tokens[i]!.tags.has('Pronoun')) break;
      i--;
    }
    const determiner = tokens[i];
    const word = determiner?.word ?? '';
    if (INDEFINITE.has(word)) return;
    // "for the board deck", "for the new landing page": what the work is for, not a resource to open.
    if (tokens[i - 1]?.word === 'for') return;
    const definite = DEFINITE.has(word) || (i < index - 1 && tokens[i + 1]?.tags.has('Possessive')) || (i === -1 && index === 0);
    if (!definite) return;
    // "write the brief", "redo the deck": a new version, not a resource to open.
    // Only the direct object of a creation verb is new: "make your selections in the portal" still
    // points at an existing portal.
    const verbBefore = [...tokens.slice(0, index)].reverse().find((t) => t.tags.has('Verb') && !t.tags.has('Auxiliary') && !t.tags.has('Copula'));
    const between = verbBefore ? tokens.slice(tokens.indexOf(verbBefore) + 1, index) : [];
    if (verbBefore && CREATION.has(verbBefore.word) && !between.some((t) => t.tags.has('Preposition'))) return;
    const last = isTwoWord && next ? next : token;
    // "my PR" names whose it is; "the" adds nothing to the name.
    const first = determiner && POSSESSIVES.has(word) ? determiner : (tokens[i + 1] ?? token);
    found.push({ start: first.start, end: last.end, name: sentence.text.slice(first.start - sentence.start, last.end - sentence.start) });
  });
  return found;
}

/** The sentence names a specific resource (a doc, a folder, a deck), linked or not. */
export function mentionsResource(analysis: Analysis, sentence: Sentence): boolean {
  return specificResources(sentence, resourceNouns(analysis)).length > 0;
}

const nounsByTeamWords = new WeakMap<readonly string[], Set<string>>();

/** The resource nouns plus the team's own artifact words, built once per settings object. */
function resourceNouns(analysis: Analysis): Set<string> {
  const teamWords = analysis.settings.team.artifactWords;
  let nouns = nounsByTeamWords.get(teamWords);
  if (!nouns) {
    nouns = new Set([...RESOURCE_NOUNS, ...teamWords.map((word) => word.toLowerCase())]);
    nounsByTeamWords.set(teamWords, nouns);
  }
  return nouns;
}

/** "Could you review it?": an opening verb whose object is only a pronoun. */
function reviewOfUnnamedThing(sentence: Sentence): ResourceMention | undefined {
  for (const request of sentence.requests) {
    if (!OPENING.has(request.verb) || !request.verbToken) continue;
    const object = request.object.find((token) => !['at', 'over', 'through', 'a', 'look'].includes(token.word));
    // "review it" / "review it by Friday", but not "check that your details are current".
    const afterObject = request.object[request.object.indexOf(object as Token) + 1];
    const standsAlone = !afterObject || afterObject.tags.has('Preposition') || afterObject.tags.has('Date') || /^[?.!]/.test(afterObject.text);
    if (object && PRONOUN_OBJECT.has(object.word) && standsAlone) {
      return { start: request.verbToken.start, end: object.end, name: sentence.text.slice(request.verbToken.start - sentence.start, object.end - sentence.start) };
    }
  }
  return undefined;
}

function findUnlinked(analysis: Analysis): ResourceMention[] {
  if (analysis.hasReference) return [];
  const nouns = resourceNouns(analysis);
  const asking = new Set(directedRequests(analysis).map((request) => request.sentence));
  for (const sentence of vagueAskSentences(analysis)) asking.add(sentence);
  const mentions: ResourceMention[] = [];
  for (const sentence of analysis.sentences) {
    if (sentence.inSubject) continue;
    const located = PLACE.test(sentence.text);
    const resources = specificResources(sentence, nouns);
    const handing = sentence.requests.some((request) => HANDING_VERBS.has(request.verb)) || /\bfrom[ \t]you\b/i.test(sentence.text);
    if (handing) continue;
    if (asking.has(sentence) || located) {
      mentions.push(...resources);
    } else {
      // "PR is up", "the draft is ready for you": a status that hands a resource over.
      for (const resource of resources) {
        const ready = READY.exec(analysis.prose.slice(resource.end, resource.end + 64));
        // "the draft of the cost post is ready": one thing, named once, by the resource nearest the verb.
        const end = resource.end + (ready?.[0].length ?? 0);
        if (ready && !resources.some((other) => other.start > resource.end && other.start < end)) mentions.push(resource);
      }
    }
    if (asking.has(sentence)) {
      const review = reviewOfUnnamedThing(sentence);
      if (review && resources.length === 0) mentions.push(review);
    }
  }
  return mentions;
}

export const missingLink: Rule = {
  id: 'missing-link',
  meta: {
    ...RULE_CATALOG['missing-link'],
    penalty: 18,
    messages: {
      unlinked: '“{resource}” is mentioned without a link',
    },
  },
  check(analysis) {
    const seen = new Set<string>();
    const reports: RuleReport[] = [];
    for (const mention of findUnlinked(analysis)) {
      const key = mention.name.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      reports.push({
        messageId: 'unlinked',
        data: { resource: mention.name },
        start: mention.start,
        end: mention.end,
        suggestion: `Paste the link to “${mention.name}” (or its id, e.g. PROJ-142), or attach it, so the reader can open it without searching.`,
        messageLevel: false,
      });
    }
    return reports;
  },
};
