// What the message as a whole asks of the reader, derived from the per-sentence speech acts:
// the real requests, whether any of them asks for work, which time frames are deadlines, whether
// the message is a meeting request, and whether it is only a bid for attention. Several rules
// need the same answers, so each is computed once per analysis and cached.
import { QUICK_VERBS, WANT_VERBS, WORK_VERBS, baseForm } from './lexicon';
import { LINK_PLACEHOLDER, type Analysis, type Sentence, type SentenceRequest } from './index';
import { spanAt, spansWithin, type Span } from './span';
import { BoundedCache, bySentenceText } from './bounded-cache';
import type { TimeFrame } from './time';
import type { Token } from './tokens';


/** "If anyone cares, please file an RFC": a conditional request sets no task to schedule. */
export const CONDITIONAL = /^\W{0,3}(?:if|unless|in[ \t]case)\b(?![ \t]{1,2}(?:you|someone|anyone)[ \t]{1,2}(?:could|can|would)\b)/i;


/** Words that name a live conversation, as the thing asked for: "a call", "a quick sync". */
const MEETING_WORDS =
  /^(?:call|calls|sync|meeting|meet|huddle|zoom|hangout|face-to-face|f2f|1:1|one-on-one|catch-up|catchup|standup|chat|talk|ring|walkthrough|room|conference|video|phone|teams|meetup|get-together|face)$/;
/** Verbs that ask for one: "let's meet", "can we sync", "hop on", "give me a ring". */
const MEETING_VERBS = new Set(['meet', 'sync', 'huddle', 'hop', 'jump', 'chat', 'talk', 'catch', 'call', 'ring', 'zoom', 'grab', 'block', 'schedule', 'set', 'book', 'get', 'do', 'have', 'make', 'need', 'got', 'want', 'give', 'request', 'arrange', 'organize', 'organise']);
/** A slot of time asked for: "grab 30 min", "block an hour", "got 15 min". */
const TIME_SLOT = /^(?:an?|\d{1,3}|half|quick|few|couple)$/;
const SLOT_UNITS = /^(?:hour|hours|hr|min|mins|minutes|mins?)$/;
const NOT_A_MEETING = /\bnot[ \t]{1,2}a[ \t]{1,2}(?:call|meeting)\b/i;
/** Prepositions that make a meeting word context, not the request: "for the investor call". */
const CONTEXT_PREPOSITIONS = new Set(['for', 'before', 'after', 'during', 'from', 'in', 'since', 'until']);

/** What a meeting must settle: a decision, a question, or why it has to be live. */
const AGENDA =
  /\b(?:decide|decision|agree[ \t]on|settle|choose|pick[ \t]between|sign[ \t]off|resolve|whether|trade-?offs?|why[ \t]live|so[ \t]that[ \t]we|goal[ \t]is|agenda|questions?[ \t]to[ \t]answer|(?:a[ \t]few|some|a[ \t]couple[ \t]of|two|three)[ \t]questions|need[ \t]us[ \t]to|rather[ \t]not[ \t](?:put|write)|not[ \t]in[ \t]writing|(?:people|personal|private|sensitive|confidential)[ \t](?:matter|topic|issue))\b/i;
/** What introduces a meeting's topic: "about X", "to discuss X", "sync up on X". */
const TOPIC_LEAD =
  /\b(?:about|regarding|re:|to[ \t]discuss|discuss|to[ \t](?:talk|chat)(?:[ \t]about)?|(?:talk|chat)(?:[ \t]live)?[ \t]about|to[ \t]talk|to[ \t]go[ \t](?:through|over)|go[ \t](?:through|over)|to[ \t]review|to[ \t]plan|to[ \t]walk[ \t](?:you[ \t])?through|to[ \t]show[ \t]you|show[ \t]you|(?:sync|huddle|catch[ \t]up|face|zoom|call|chat)(?:[ \t]up)?[ \t]on)[ \t]{1,2}([^.?!\n]{0,80})/i;
/** Topics that name nothing: "to discuss", "about the project", "on the caching stuff". */
const EMPTY_TOPIC =
  /^(?:about[ \t]{1,2})?(?:it|this|that|something|some[ \t]?things?|stuff|things|a[ \t]few[ \t]things|the[ \t]project|the[ \t]thing|[\w-]{1,20}[ \t]stuff|the[ \t][\w-]{1,20}[ \t]stuff)?[ \t]*(?:tomorrow|today|later|tonight|(?:this|next)[ \t](?:week|month|morning|afternoon|evening|\w+day)|on[ \t]\w+day|at[ \t]\S+)?[ \t]*$/i;
const TOPIC_SENTENCE = /\b(?:discuss|talk|chat|go[ \t](?:over|through)|show[ \t]you|walk[ \t](?:you[ \t])?through)\b/i;

/** Phrases that lean on something the reader cannot resolve. */
export const UNRESOLVED_REFERENCES: readonly RegExp[] = [
  /\b(?:the[ \t]usual(?:[ \t][\w-]{1,20})?|(?:the[ \t])?same[ \t](?:approach|thing|way|process|format|issue|problem|bug|error|setup)[ \t]as[ \t](?:last[ \t]time|before|usual|yesterday)|that[ \t]thing|the[ \t]thing[ \t]we[ \t](?:discussed|talked[ \t]about)|you[ \t]know[ \t](?:what|which[ \t]one|the[ \t]one)|the[ \t]same[ \t](?:customer|client|issue|problem|bug|person|thing)|the[ \t]one[ \t]from[ \t](?:before|last[ \t]time))\b/i,
  // A placeholder left in: "the deck for X client".
  /\bX[ \t](?:client|customer|project|team|company|account)\b/,
];

/** Signs that the message is a reply whose context is the thread it answers. */
const REPLY_OPENER =
  /^(?:yes|yep|yeah|no|nope|ok|okay|sure|thanks|thank you|thx|agreed|done|sounds (?:good|great|fine)|works for me|makes sense|noted|understood|on it|great|perfect|got it|will do|\+1|lgtm|ack)\b/i;
/** A mail subject that answers or passes on an earlier message: "Re: …", "AW: …", "Fwd: …". */
const REPLY_SUBJECT = /^(?:re|aw|sv|fw|fwd)[ \t]*:/i;

const cache = new WeakMap<Analysis, Map<string, unknown>>();

function memo<T>(analysis: Analysis, key: string, compute: () => T): T {
  let entries = cache.get(analysis);
  if (!entries) {
    entries = new Map();
    cache.set(analysis, entries);
  }
  if (!entries.has(key)) entries.set(key, compute());
  return entries.get(key) as T;
}

/** Requests that ask the reader (or someone reading) to act: not proposals, permissions or courtesies. */
export function directedRequests(analysis: Analysis): SentenceRequest[] {
  return memo(analysis, 'directed', () =>
    analysis.requests.filter((request) => request.kind !== 'proposal' && request.kind !== 'permission' && !request.courtesy),
  );
}

export function isWorkRequest(request: SentenceRequest): boolean {
  // "I need the cap table" needs a thing: asking for it is work. "We'd love to take you to dinner"
  // names an action, judged like any other request's verb below.
  const needsAThing = request.kind === 'need' && WANT_VERBS.has(request.verb);
  if (needsAThing || request.kind === 'obligation') return request.object.length > 0 || WORK_VERBS.has(request.verb);
  const verb = baseForm(request.verb);
  if (QUICK_VERBS.has(verb) || isBookkeeping(verb, request.object)) return false;
  return WORK_VERBS.has(verb) || verb.endsWith('ize') || verb.endsWith('ise');
}

const LIST_VERBS = new Set(['add', 'remove', 'cc', 'loop', 'include', 'put', 'take']);
const OWN_LISTS = /^(?:calendar|schedule|agenda|list|distribution|mailing|invite)$/;

/**
 * "Remove me from your list", "add me to the invite", "put it on my calendar": a moment's
 * bookkeeping about the writer, not work to schedule.
 */
function isBookkeeping(verb: string, object: readonly Token[]): boolean {
  if (!LIST_VERBS.has(verb)) return false;
  const words = object.slice(0, 6).map((token) => token.word);
  if (words[0] === 'me') return words.slice(1).some((word) => ['from', 'to', 'on', 'in', 'off'].includes(word));
  const my = words.indexOf('my');
  return my >= 0 && OWN_LISTS.test(words[my + 1] ?? '');
}

/**
 * Requests for work that takes more than a moment. Vague asks ("can you help?") are their own
 * problem, and obligations said of things ("this needs to change") name no task for the reader.
 */
export function workRequests(analysis: Analysis): SentenceRequest[] {
  return memo(analysis, 'work', () => {
    if (isAttentionOnly(analysis)) return [];
    const vague = new Set(vagueAskSentences(analysis));
    const reply = isReply(analysis);
    return directedRequests(analysis).filter(
      (request) =>
        request.kind !== 'obligation' &&
        !request.prohibition &&
        !vague.has(request.sentence) &&
        !CONDITIONAL.test(request.sentence.text) &&
        !(reply && isTroubleshootingAdvice(request)) &&
        isWorkRequest(request),
    );
  });
}

/**
 * "Try changing DefaultDepth to 16", "check to see which driver is loaded": in a reply to someone
 * stuck, these are steps for the asker's own problem, not work the writer needs done by a date.
 */
const TROUBLESHOOTING = /^(?:try|check|verify|see)$/;
function isTroubleshootingAdvice(request: SentenceRequest): boolean {
  if (request.kind !== 'imperative' || !TROUBLESHOOTING.test(request.verb)) return false;
  const next = request.object[0]?.word;
  return request.verb === 'try' || next === 'to' || next === 'whether' || next === 'if' || next === 'what' || next === 'which';
}

/** The writer's own availability is not a deadline: "I'm around till 6", "I'm out until Monday". */
export const WRITER_AVAILABILITY = /\b(?:i'm|i[ \t]am|i'll[ \t]be|i[ \t]will[ \t]be)[ \t]{1,2}(?:around|available|free|online|here|in|out|off|away|back|offline|on[ \t]leave)\b/i;
const POSSESSIVE = /^'s\b/;
const DEADLINE_WORDS = /\b(?:need|needs|needed|due|deadline|must|has[ \t]to|have[ \t]to|goes[ \t]out|going[ \t]out|closes|locks|ships|cut-?off|expires|required|latest)\b/i;

/** Events the asked-for work is usually for: a date given for one is the date to be ready by. */
const EVENT_WORDS = /\b(?:meeting|presentation|presenting|demo|review|launch|release|board|offsite|workshop|interview|audit|kickoff|kick-off|call|pitch|conference|trip|flight)\b/i;

/**
 * "I have a meeting Friday to go over it": a coming event of the writer's, dated, tells the
 * reader when the work is needed. Said in the past tense it is history, not a date to meet.
 */
function announcesEvent(sentence: Sentence): boolean {
  if (!EVENT_WORDS.test(sentence.text) || !/\b(?:i|we|i'm|we're|i've|we've)\b/i.test(sentence.text)) return false;
  return !sentence.tokens.some((token) => token.tags.has('PastTense') && !token.tags.has('Passive'));
}

function sentenceOf(analysis: Analysis, span: Span): Sentence | undefined {
  const sentence = spanAt(analysis.sentences, span.start);
  return sentence && span.end <= sentence.end ? sentence : undefined;
}

/** Explicit time frames that say when the asked-for work is due. */
export function deadlineFrames(analysis: Analysis): TimeFrame[] {
  return memo(analysis, 'deadlines', () =>
    analysis.frames.filter((frame) => {
      if (frame.kind !== 'explicit' || frame.past) return false;
      // "Tuesday's outage", "today's standup": a day in the possessive names an event, not when
      // the work is due ("before Thursday's release cut" is still a deadline, by its cue).
      if (!frame.deadlineCue && POSSESSIVE.test(analysis.prose.slice(frame.end, frame.end + 3))) return false;
      const sentence = sentenceOf(analysis, frame);
      if (!sentence) return false;
      if (WRITER_AVAILABILITY.test(sentence.text)) return false;
      const inRequest = sentence.requests.length > 0 || sentence.isQuestion || sentence.inSubject;
      return inRequest || frame.deadlineCue || DEADLINE_WORDS.test(sentence.text) || announcesEvent(sentence);
    }),
  );
}

export function vagueFrames(analysis: Analysis): TimeFrame[] {
  return memo(analysis, 'vague', () => analysis.frames.filter((frame) => frame.kind === 'vague' && !frame.past));
}

export function urgentFrames(analysis: Analysis): TimeFrame[] {
  return memo(analysis, 'urgent', () => analysis.frames.filter((frame) => frame.kind === 'urgent'));
}

export interface MeetingRequest {
  sentence: Sentence;
  /** The message says what the meeting must settle, or why it needs to be live. */
  hasAgenda: boolean;
  /** The meeting request names what it is about. */
  hasTopic: boolean;
}

/** Does this window of tokens ask for a live conversation (a meeting word, or a slot of time)? */
function asksForMeeting(tokens: readonly Token[]): boolean {
  return tokens.some((token, index) => {
    const previous = tokens[index - 1];
    if (MEETING_WORDS.test(token.word)) {
      const context = tokens.slice(Math.max(0, index - 3), index).some((t) => CONTEXT_PREPOSITIONS.has(t.word) && !/^(?:in)$/.test(t.word));
      // "a room" is a meeting only as "in a room": "get to room 4B" is a place.
      if (token.word === 'room') return previous?.word === 'a' && tokens[index - 2]?.word === 'in';
      return !context;
    }
    return SLOT_UNITS.test(token.word) && !!previous && TIME_SLOT.test(previous.word);
  });
}

const EXISTENTIAL_QUESTION = /^\W{0,3}(?:is|are|was|were|will)[ \t]+there\b/i;
const SCHEDULING = /\b(?:work|works|suit|suits|free|available)\b/i;

function namesTopic(text: string): boolean {
  const match = TOPIC_LEAD.exec(text);
  return match !== null && !EMPTY_TOPIC.test((match[1] ?? '').trim());
}

function isMeetingSentence(sentence: Sentence): boolean {
  return !sentence.inSubject && asksForLiveTalk(sentence);
}

const asksForLiveTalk = bySentenceText((sentence: Sentence): boolean => {
  if (NOT_A_MEETING.test(sentence.text)) return false;
  // "If …, call me", "please call with any questions": an offer, not a request for a meeting.
  if (/\bif\b/i.test(sentence.text) || /\bwith[ \t](?:any[ \t])?(?:questions|concerns)\b/i.test(sentence.text)) return false;
  for (const request of sentence.requests) {
    if (request.kind === 'permission' || request.courtesy || !request.verbToken) continue;
    const window = [request.verbToken, ...request.object.slice(0, 6)];
    if ((MEETING_VERBS.has(request.verb) || MEETING_WORDS.test(request.verb)) && asksForMeeting(window)) return true;
  }
  // "Quick Zoom about the SDK?", "got 15 min for a call today?": a question that is the request.
  // Questions about a meeting ("when are you meeting Beck?") ask nothing of the reader's time.
  // "Is there a call scheduled today?" asks whether one exists, not for one.
  if (EXISTENTIAL_QUESTION.test(sentence.text)) return false;
  return sentence.isQuestion && sentence.questionKind !== 'wh' && sentence.requests.length === 0 && asksForMeeting(sentence.tokens.slice(0, 8));
});

export function meetingRequest(analysis: Analysis): MeetingRequest | undefined {
  return memo(analysis, 'meeting', () => {
    if (isAttentionOnly(analysis)) return undefined;
    const sentence = analysis.sentences.find(isMeetingSentence);
    if (!sentence) return undefined;
    const others = analysis.sentences.filter((other) => other !== sentence && !other.inSubject);
    // A real question elsewhere ("which option do we pick?") is an agenda; "which day suits you?" is not.
    const hasAgenda =
      AGENDA.test(sentence.text) ||
      others.some((other) => AGENDA.test(other.text) || (other.isQuestion && other.questionKind === 'wh' && !SCHEDULING.test(other.text)));
    const hasTopic = namesTopic(sentence.text) || others.some((other) => TOPIC_SENTENCE.test(other.text) && namesTopic(other.text));
    return { sentence, hasAgenda, hasTopic };
  });
}

/** The message reads as a reply in a thread ("Yes, go ahead", "Thanks, that fixed it"). */
export function isReply(analysis: Analysis): boolean {
  const subject = analysis.layout.subject;
  if (subject && REPLY_SUBJECT.test(analysis.text.slice(subject.start, subject.end).trim())) return true;
  const first = analysis.sentences.find((sentence) => !sentence.inSubject);
  return !!first && REPLY_OPENER.test(first.text.trim());
}

/** Sentences of the body, without the subject line and the greeting line. */
export function bodySentences(analysis: Analysis): Sentence[] {
  return memo(analysis, 'body', () => {
    const greeting = analysis.layout.greeting;
    return analysis.sentences.filter(
      (sentence) => !sentence.inSubject && !(greeting && sentence.start >= greeting.start && sentence.end <= greeting.end),
    );
  });
}

/** The body's sentences as one text (for phrase tests that may span sentences). */
export function bodyText(analysis: Analysis): string {
  return memo(analysis, 'bodyText', () => bodySentences(analysis).map((sentence) => sentence.text).join(' '));
}

// Module-level: the bundler turns a unicode-property literal into a RegExp built on every call.
const HAS_LETTER_OR_DIGIT = /\p{L}|\d/u;
/** How many content words a sentence has (cached: several rules ask). */
export const contentWordCount = bySentenceText((sentence) => contentWords(sentence.tokens).length);

/** Content words: nouns, verbs, adjectives and numbers, not function words or fillers. */
export function contentWords(tokens: readonly Token[]): Token[] {
  return tokens.filter(
    (token) =>
      token.text !== '' &&
      !token.text.startsWith('@') &&
      HAS_LETTER_OR_DIGIT.test(token.text) &&
      (token.tags.has('Noun') || token.tags.has('Verb') || token.tags.has('Adjective') || token.tags.has('Value') || token.tags.has('Acronym')) &&
      !token.tags.has('Pronoun') &&
      !token.tags.has('Copula') &&
      !token.tags.has('Modal') &&
      !token.tags.has('Auxiliary') &&
      token.text !== LINK_PLACEHOLDER,
  );
}

// A sentence that only greets or bids for attention, once greetings, names, mentions, emoji and
// urgency markers are stripped from it.
// A whole word each ("\b"): "hi" must not take the start of "hiya" and leave "ya" behind.
const GREETING_WORDS =
  /^(?:(?:hi|hey|hello|hiya|howdy|yo|sup|morning|good[ \t](?:morning|afternoon|evening|day)|gm|greetings|dear|hi[ \t]all|hey[ \t]all|hello[ \t]all|knock[ \t]knock|ping|hellooo+|heyy+|hii+|urgent|asap|sorry[ \t]to[ \t](?:bother|disturb|interrupt)(?:[ \t]you)?(?:[ \t]but)?)\b[ \t,!.:—-]*)+/i;
const ATTENTION_BIDS: RegExp[] = [
  /^(?:are|r)[ \t](?:you|u|ya|anyone|any1|somebody|someone|y'all)(?:[ \t](?:still|guys|all))?[ \t](?:there|around|here|online|on|free|available|busy|awake|back|in|about)(?:[ \t](?:today|now|right[ \t]now|at[ \t]the[ \t]moment|for[ \t]a[ \t](?:sec|second|minute|moment)))?$/i,
  /^(?:is[ \t]|are[ \t])?(?:anyone|anybody|someone|somebody|any1)(?:[ \t](?:here|around|there|online|awake|alive|on|available|free))?$/i,
  /^(?:you|u|ya)[ \t](?:there|around|online|free|busy|available|about|up)$/i,
  /^(?:(?:do|did)[ \t](?:you|u)[ \t]|(?:you|u)[ \t])?(?:got|have|has|gotta)[ \t](?:a|one|\d{1,2}|five|two|ten|a[ \t]few|some|a[ \t]quick|a[ \t]spare)[ \t]?(?:sec|secs|second|seconds|min|mins|minute|minutes|moment|mo|tick)(?:[ \t]for[ \t]me)?(?:[ \t](?:to|for)[ \t](?:a[ \t])?(?:chat|talk|question))?(?:[ \t](?:today|tomorrow|now|later|this[ \t]\w+))?$/i,
  /^(?:a[ \t])?(?:quick|small|short|one|another)[ \t](?:question|q|qq)(?:[ \t](?:for[ \t]you|about[ \t].{1,60}|regarding[ \t].{1,60}|on[ \t].{1,60}))?$/i,
  /^(?:i[ \t])?(?:have|got|had|'ve[ \t]got)[ \t](?:a|one|some|another|few|a[ \t]few|a[ \t]quick|a[ \t]small)[ \t](?:quick[ \t]|small[ \t]|short[ \t])?(?:question|questions|q)(?:[ \t](?:for[ \t]you|about[ \t].{1,60}|regarding[ \t].{1,60}|on[ \t].{1,60}|for[ \t].{1,60}))?$/i,
  /^(?:can|could|may)[ \t]i[ \t]ask[ \t](?:you[ \t])?(?:something|a[ \t](?:quick[ \t])?question|a[ \t]favou?r)$/i,
  /^(?:i[ \t])?(?:need|want|wanted|have)[ \t]to[ \t]ask[ \t](?:you[ \t])?(?:something|a[ \t]question)(?:[ \t].{0,40})?$/i,
  /^i[ \t](?:have|got)[ \t]something[ \t]to[ \t]ask(?:[ \t]you)?$/i,
  /^(?:i[ \t])?need[ \t](?:you|your[ \t]help)[ \t]for[ \t](?:something|a[ \t](?:sec|second|minute|moment))(?:[ \t].{0,40})?$/i,
  /^(?:i[ \t])?need[ \t](?:\d{1,2}|a[ \t]few|a|five|two)[ \t]?(?:min|mins|minutes|sec|secs|seconds|moment)(?:[ \t].{0,40})?$/i,
  /^(?:ping|pinging)(?:[ \t](?:me|you))?(?:[ \t](?:when|if)[ \t].{0,40})?$/i,
  /^(?:lmk|let[ \t]me[ \t]know)[ \t]when[ \t](?:you're|you[ \t]are|ur|u[ \t]r|you[ \t]get)[ \t](?:back|free|around|online|in|a[ \t](?:sec|minute|moment))$/i,
  /^(?:i[ \t])?hope[ \t](?:you're|you[ \t]are|u[ \t]r|all[ \t]is|everything[ \t]is|you[ \t]had|you've[ \t]had)[ \t].{0,30}$/i,
  /^how[ \t](?:are|r)[ \t](?:you|u|things)(?:[ \t]doing)?$/i,
  /^(?:anyone|anybody|someone|somebody)(?:[ \t](?:here|around|in[ \t]here))?(?:[ \t]who)?[ \t](?:know|knows|use|uses|using|used|familiar[ \t]with|speak|speaks|good[ \t]with|experienced[ \t]with|work|works|worked|tried)(?![ \t](?:if|whether|how|what|why|where|when|which|who)\b)(?:[ \t].{0,60})?$/i,
  /^(?:where|who)[ \t](?:are|is)[ \t](?:the|all[ \t]the|my|our)[ \t].{0,30}(?:masters|gurus|experts|people|folks|pros)$/i,
  /^is[ \t]this[ \t](?:channel|room|chat|the[ \t](?:right[ \t])?(?:place|channel))[ \t].{0,50}$/i,
  /^(?:do|does)[ \t](?:you|anyone)[ \t]have[ \t](?:a[ \t])?(?:moment|minute|sec|second|time)(?:[ \t].{0,20})?$/i,
];

function stripForAttention(text: string): string {
  const cleaned = text
    .replace(/[\p{Extended_Pictographic}\u200d\ufe0f]/gu, ' ')
    .replace(/<?@[\w.-]+>?|:[a-z_]+:/gi, ' ')
    .replace(/[?!.,…:;—–\-()'"|*_~<>[\]{}]+/g, (match) => (match.includes("'") ? "'" : ' '))
    .replace(/\s+/g, ' ')
    .trim();
  const afterGreeting = cleaned.replace(GREETING_WORDS, '');
  // After a greeting, the next capitalised word is the reader's name: "Hello Maria".
  if (afterGreeting === cleaned) return cleaned;
  // "Hey you" names the reader; "hey, you there?" goes on to ask whether they are there.
  return afterGreeting.replace(/^(?:[A-Z][a-z]{1,15}|all|team|everyone|folks|guys|there)(?=$|\s)|^you$/, '').trim();
}

const isAttentionSentence = bySentenceText((sentence: Sentence): boolean => {
  const rest = stripForAttention(sentence.text);
  return rest === '' || ATTENTION_BIDS.some((pattern) => pattern.test(rest));
});

/** The whole message only greets or asks for attention, holding back what it is about. */
export function isAttentionOnly(analysis: Analysis): boolean {
  return memo(analysis, 'attention', () => {
    const sentences = bodySentences(analysis).filter((sentence) => !analysis.layout.signature || sentence.start < analysis.layout.signature.start);
    return sentences.length > 0 && sentences.every(isAttentionSentence) && !sentences.every(isReactionOnly);
  });
}

/** A reaction ("👍", ":tada:") greets nobody and asks nothing: no bid for attention. */
function isReactionOnly(sentence: Sentence): boolean {
  return !HAS_LETTER_OR_DIGIT.test(sentence.text.replace(/:[a-z0-9_+-]+:/gi, ''));
}

// Asks that give the reader nothing to act on.
const VAGUE_ASKS: RegExp[] = [
  /^(?:any[ \t])?(?:thoughts|ideas|feedback|input|opinions|comments|suggestions)(?:[ \t](?:on|about)[ \t].{1,60})?(?:[ \t](?:welcome|appreciated))?$/i,
  /^(?:your|ur)[ \t](?:take|thoughts|view|opinion)$/i,
  /^(?:so[ \t])?what[ \t](?:do|did)[ \t](?:you|u|y'all|people|folks|everyone)[ \t]think(?:[ \t]of[ \t](?:it|this|that))?$/i,
  /^wdyt$/i,
  /^(?:anyone|anybody|someone|somebody)$/i,
  /^(?:can|could|would)[ \t](?:you|u|someone|anyone|somebody|anybody)[ \t](?:please[ \t])?help(?:[ \t](?:me|us|out))?(?:[ \t](?:with|on)[ \t](?:this|it|that)(?:[ \t]one)?)?$/i,
  /^(?:pls|please|plz)?[ \t]?help(?:[ \t](?:me|us|out))?$/i,
  /^(?:i[ \t]|we[ \t])?need[ \t](?:your|some|ur)[ \t](?:input|help|thoughts|feedback|eyes)(?:[ \t](?:on[ \t](?:this|it|that)))?(?:[ \t](?:pronto|asap|please|pls))?$/i,
  /^(?:i[ \t])?need[ \t][\w-]{1,20}[ \t]help$/i,
  /^let[ \t]me[ \t]know(?:[ \t](?:what[ \t]you[ \t]think|your[ \t]thoughts))?$/i,
  /^get[ \t]back[ \t]to[ \t]me$/i,
  /^(?:ball's|ball[ \t]is)[ \t]in[ \t]your[ \t]court$/i,
];

/** The sentence with its time frames blanked: "let me know by Friday" reads as "let me know". */
function withoutFrames(analysis: Analysis, sentence: Sentence): string {
  let text = sentence.text;
  for (const frame of spansWithin(analysis.frames, sentence.start, sentence.start + sentence.text.length)) {
    const from = frame.start - sentence.start;
    text = text.slice(0, from) + ' '.repeat(frame.end - frame.start) + text.slice(frame.end - sentence.start);
  }
  return text;
}

function stripForAsk(clause: string): string {
  return stripForAttention(clause)
    .replace(/\bURL\b/g, ' ')
    .replace(/\b(?:so|and|but|also|then|now|though|guys|folks|team|all|everyone|please|pls|here|there)\b/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Clauses that ask for something without saying what: "Thoughts?", "Can you help?", "Let me know". */
export function vagueAskSentences(analysis: Analysis): Sentence[] {
  return memo(analysis, 'vagueAsks', () =>
    // "If you have questions, let me know" offers help; it asks for nothing.
    bodySentences(analysis).filter((sentence) => !CONDITIONAL.test(sentence.text) && isVagueAsk(analysis, sentence)),
  );
}

const vagueAskCache = new BoundedCache<boolean>(2000);
const vagueAskByFrames = new WeakMap<object, Map<string, boolean>>();

/**
 * Whether the sentence, its time frames blanked, is only a vague ask. The same text with its
 * frames in the same places gets the same answer, so the blanked text is built once, not on
 * every keystroke.
 */
function isVagueAsk(analysis: Analysis, sentence: Sentence): boolean {
  const frames = spansWithin(analysis.frames, sentence.start, sentence.end);
  if (frames.length === 0) return asksVaguely(sentence.text);
  const places = frames.map((frame) => `${frame.start - sentence.start}-${frame.end - sentence.start}`).join(',');
  let byPlaces = vagueAskByFrames.get(sentence.textKey);
  if (!byPlaces) {
    byPlaces = new Map();
    vagueAskByFrames.set(sentence.textKey, byPlaces);
  }
  let answer = byPlaces.get(places);
  if (answer === undefined) {
    answer = asksVaguely(withoutFrames(analysis, sentence));
    byPlaces.set(places, answer);
  }
  return answer;
}

/** A clause of the sentence (its time frames blanked) is only a vague ask: "thoughts?", "can you help?". */
function asksVaguely(sentenceWithoutFrames: string): boolean {
  return vagueAskCache.get(sentenceWithoutFrames, () =>
    sentenceWithoutFrames.split(/[;:]|\s[—–-]\s|,\s/).some((clause) => {
      const stripped = stripForAsk(clause);
      return stripped !== '' && VAGUE_ASKS.some((pattern) => pattern.test(stripped));
    }),
  );
}
