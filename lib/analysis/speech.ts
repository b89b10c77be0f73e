// Tells what each sentence does: asks the reader to do something (and what), asks a question,
// or states something. Works on compromise's part-of-speech tags plus the grammar of requests
// in work chat: "can you …", imperatives, "please …", "I need you to …", "X needs to …".
import {
  ADDRESSEES,
  CLAUSE_FILLERS,
  COURTESY_REQUESTS,
  MODALS,
  NON_REQUEST_IMPERATIVES,
  NOUN_COMPOUNDS,
  OBLIGATION_WORDS,
  POLITE_MARKERS,
  QUESTION_OPENERS,
  VERB_ADVERBS,
  WANT_VERBS,
  WH_WORDS,
  isKnownVerb,
} from './lexicon';
import type { Token } from './tokens';

export type RequestKind =
  /** "Can you review …?", "Could someone take …?" */
  | 'modal'
  /** "Review the deck.", "Drop everything: …" */
  | 'imperative'
  /** "Someone please pick this up", "please join" */
  | 'please'
  /** "I need you to …", "Need the deck by 10", "I'd like each of you to …" */
  | 'need'
  /** "The ticket needs to go to eng", "you should talk to them", "we need a hotfix" */
  | 'obligation'
  /** "Let me know …" */
  | 'let-me-know'
  /** "Can we …?", "Let's …": the writer proposes doing something together. */
  | 'proposal'
  /** "Can I ask you something?": asks permission, not for work. */
  | 'permission';

export interface Request {
  kind: RequestKind;
  /** The action verb as written, lower-case ("review"); '' when the request names none. */
  verb: string;
  verbToken?: Token;
  /** Tokens after the verb up to the end of the sentence: what the request is about. */
  object: Token[];
  /** The request is only a courtesy ("please find attached", "please see below"). */
  courtesy: boolean;
  /** "Don't merge to main": forbids rather than asks for work. */
  prohibition?: boolean;
}

export interface SpeechActs {
  isQuestion: boolean;
  questionKind?: 'wh' | 'yes-no';
  requests: Request[];
  /** The sentence is a label for what follows ("Plan for tonight:", "Update:"). */
  isHeading: boolean;
}

const NEGATIONS = new Set(['not', "n't", 'never', 'no']);

function isVerb(token: Token | undefined): token is Token {
  return !!token && token.tags.has('Verb') && !token.tags.has('Modal') && token.text !== '';
}

function isBaseVerb(token: Token | undefined): boolean {
  return isVerb(token) && (token.tags.has('Infinitive') || token.tags.has('Imperative')) && !token.tags.has('Copula');
}

/** A present-tense verb that is not "is"/"are": "someone please picks", "please reviews" typos. */
function isPresentVerb(token: Token | undefined): boolean {
  return isVerb(token) && token.tags.has('PresentTense') && !token.tags.has('Copula');
}

function isQuestionText(tokens: readonly Token[]): boolean {
  return /\?/.test(tokens[tokens.length - 1]?.after ?? '');
}

const OBJECT_OPENERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'my', 'your', 'our', 'everything', 'it', 'them', 'all']);

/**
 * The tagger reads some clause-opening verbs as nouns ("Drop everything", "Review the doc"). A
 * known verb followed by the start of an object is an order; "Review meeting moved" is not.
 */
function readsAsImperative(tokens: readonly Token[], index: number): boolean {
  const word = tokens[index];
  const next = tokens[index + 1];
  return !!word && !!next && isKnownVerb(word.word) && word.tags.has('Singular') && OBJECT_OPENERS.has(next.word);
}

function isMention(token: Token): boolean {
  return token.text.startsWith('@');
}

/** Skips greetings, fillers, mentions and a vocative name ("Hey Jess, …") at a clause start. */
function skipFillers(tokens: readonly Token[], from: number): number {
  let i = from;
  while (i < tokens.length) {
    const token = tokens[i];
    if (!token) break;
    const vocative = (token.tags.has('ProperNoun') || token.tags.has('Person')) && /,/.test(token.after);
    if (CLAUSE_FILLERS.has(token.word) || token.tags.has('Expression') || isMention(token) || vocative || token.text === '') {
      i++;
      continue;
    }
    break;
  }
  return i;
}

/** Skips adverbs like "please" and "just" between a subject and its verb. */
function skipAdverbs(tokens: readonly Token[], from: number): number {
  let i = from;
  while (i < tokens.length && tokens[i] && (VERB_ADVERBS.has(tokens[i]!.word) || tokens[i]!.tags.has('Adverb'))) i++;
  return i;
}

/** Indexes where a new clause starts: the sentence start, and after ":", ";", "—" or " - ". */
function clauseStarts(tokens: readonly Token[]): number[] {
  const starts = [0];
  tokens.forEach((token, index) => {
    if (/[:;—–]|\s-\s/.test(token.after) && index + 1 < tokens.length) starts.push(index + 1);
  });
  return starts;
}

/** "have someone dig into" / "get someone to look at": the work is the second verb. */
function mainVerbIndex(tokens: readonly Token[], verbIndex: number): number {
  const verb = tokens[verbIndex];
  const next = tokens[verbIndex + 1];
  if (verb && next && (verb.word === 'have' || verb.word === 'get') && ADDRESSEES[next.word] === 'someone') {
    let i = verbIndex + 2;
    if (tokens[i]?.word === 'to') i++;
    if (isVerb(tokens[i])) return i;
  }
  return verbIndex;
}

function makeRequest(requested: RequestKind, tokens: readonly Token[], verbIndex: number): Request {
  const index = mainVerbIndex(tokens, verbIndex);
  // "Go ahead and merge it" grants permission rather than asking for work.
  const kind: RequestKind = tokens[index]?.word === 'go' && tokens[index + 1]?.word === 'ahead' ? 'permission' : requested;
  const verbToken = tokens[index];
  const next = tokens[index + 1];
  const courtesy =
    !!verbToken &&
    (COURTESY_REQUESTS.has(verbToken.word) || (verbToken.word === 'let' && next?.word === 'me' && tokens[index + 2]?.word !== 'know'));
  const request: Request = { kind, verb: verbToken?.word ?? '', object: tokens.slice(index + 1), courtesy };
  if (verbToken) request.verbToken = verbToken;
  return request;
}

function findModalRequests(tokens: readonly Token[], requests: Request[]): void {
  for (let i = 0; i < tokens.length - 1; i++) {
    const modal = tokens[i];
    if (!modal || !MODALS.has(modal.word)) continue;
    const subject = tokens[i + 1];
    let addressee = subject ? ADDRESSEES[subject.word] : undefined;
    let verbAt = i + 2;
    // "could one of you …"
    if (subject?.word === 'one' && tokens[i + 2]?.word === 'of' && tokens[i + 3]?.word === 'you') {
      addressee = 'someone';
      verbAt = i + 4;
    }
    if (!addressee) continue;
    // "How can you get …?", "why would you …": a wh-word before the modal asks for information.
    if (WH_WORDS.has(tokens[i - 1]?.word ?? '')) continue;
    verbAt = skipAdverbs(tokens, verbAt);
    const verb = tokens[verbAt];
    if (!verb || !(verb.tags.has('Verb') || verb.tags.has('Infinitive') || isKnownVerb(verb.word))) continue;
    // "would you mind sending": the gerund is the work.
    if (verb.word === 'mind' && tokens[verbAt + 1]?.tags.has('Gerund')) verbAt++;
    const kind: RequestKind = addressee === 'we' ? 'proposal' : addressee === 'i' ? 'permission' : 'modal';
    requests.push(makeRequest(kind, tokens, verbAt));
  }
}

function findPleaseRequests(tokens: readonly Token[], requests: Request[]): void {
  tokens.forEach((token, index) => {
    if (!POLITE_MARKERS.has(token.word)) return;
    const verbAt = skipAdverbs(tokens, index + 1);
    const verb = tokens[verbAt];
    if (isBaseVerb(verb) || isPresentVerb(verb) || (verb && isKnownVerb(verb.word) && !verb.tags.has('Determiner'))) {
      if (!requests.some((request) => request.verbToken === verb)) requests.push(makeRequest('please', tokens, verbAt));
    }
  });
}

function findClauseRequests(tokens: readonly Token[], requests: Request[]): void {
  for (const clauseStart of clauseStarts(tokens)) {
    const i = skipFillers(tokens, clauseStart);
    const first = tokens[i];
    if (!first) continue;
    const second = tokens[i + 1];
    if (first.word === 'let' && second?.word === 'me' && tokens[i + 2]?.word === 'know') {
      requests.push(makeRequest('let-me-know', tokens, i + 2));
      continue;
    }
    if ((first.word === 'let' && second?.word === 'us') || first.word === "let's" || (first.word === 'let' && second?.text === '')) {
      requests.push(makeRequest('proposal', tokens, skipAdverbs(tokens, i + 2)));
      continue;
    }
    // "No need, …" declines; "need the deck by 10" asks.
    if ((first.word === 'need' || first.word === 'needs') && tokens[i - 1]?.word !== 'no') {
      requests.push({ kind: 'need', verb: 'need', verbToken: first, object: tokens.slice(i + 1), courtesy: false });
      continue;
    }
    // "Don't let it happen again", "do not merge": a negative imperative.
    const negated = (first.word === 'do' || first.word === 'don’t') && (second?.word === 'not' || second?.text === '');
    const verbIndex = negated ? skipAdverbs(tokens, i + 2) : i;
    const verb = tokens[verbIndex];
    if (!verb || !(isBaseVerb(verb) || readsAsImperative(tokens, verbIndex)) || NON_REQUEST_IMPERATIVES.has(verb.word)) continue;
    // "File: Northern.doc", "Update: shipped": a one-word label before a colon, not an order.
    if (verbIndex === i && /^\s*:/.test(verb.after)) continue;
    // A quoted word ("add" requires write access) is mentioned, not ordered.
    if (/["“]$/.test(tokens[verbIndex - 1]?.after ?? '') || /^["”]/.test(verb.after)) continue;
    // "Pull request #12 fixes it": a verb-looking word that starts a compound noun.
    if (NOUN_COMPOUNDS.has(`${verb.word} ${tokens[verbIndex + 1]?.word ?? ''}`.replace(/s$/, ''))) continue;
    // "Test as in test with Linux, or just turn it on?": a verb opening a question asks, not orders.
    if (isQuestionText(tokens)) continue;
    if (requests.some((request) => request.verbToken === verb)) continue;
    requests.push(negated ? { ...makeRequest('imperative', tokens, verbIndex), prohibition: true } : makeRequest('imperative', tokens, verbIndex));
  }
}

/**
 * Polite, indirect requests: "I was wondering if you could …", "any chance you could …",
 * "is it possible for you to …", "are you able to …", "do you think you could …".
 */
function findIndirectRequests(tokens: readonly Token[], requests: Request[]): void {
  for (let i = 0; i < tokens.length - 2; i++) {
    const lead = tokens[i]!.word;
    let verbAt = -1;
    const subject = ADDRESSEES[tokens[i + 1]?.word ?? ''];
    // "Do you think you could …?" asks; "I think you can set it with …" advises.
    const politeLead = ['if', 'whether', 'chance', 'hoping', 'wondering'].includes(lead) || (lead === 'think' && isQuestionText(tokens));
    if (politeLead && (subject === 'you' || subject === 'someone')) {
      if (MODALS.has(tokens[i + 2]?.word ?? '')) verbAt = skipAdverbs(tokens, i + 3);
    } else if ((lead === 'possible' || lead === 'able') && isQuestionText(tokens) && tokens.slice(i + 1, i + 5).some((t) => t.word === 'to')) {
      // Only asked ("are you able to …?"): "you should be able to run it" is advice.
      const to = tokens.findIndex((t, index) => index > i && t.word === 'to');
      const asksReader = lead === 'able' ? tokens.slice(Math.max(0, i - 3), i).some((t) => ADDRESSEES[t.word] === 'you') : true;
      if (asksReader && to >= 0 && to <= i + 4) verbAt = skipAdverbs(tokens, to + 1);
    }
    const verb: Token | undefined = tokens[verbAt];
    if (verbAt < 0 || verb === undefined || requests.some((request) => request.verbToken === verb)) continue;
    // "if you would be interested in …" asks about a wish, not for a task.
    if (verb.tags.has('Copula') || verb.word === 'be') continue;
    if (isKnownVerb(verb.word) || isVerb(verb)) requests.push(makeRequest('modal', tokens, verbAt));
  }
}

/** Words that open a clause with its own subject: "what you're doing", "how you set it up". */
const CLAUSE_OPENERS = new Set([...WH_WORDS, 'whether', 'if', 'that']);

const INDEFINITE_HEADS = new Set(['everything', 'anything', 'something', 'nothing']);

/**
 * "everything we need", "the access I need": a noun right before the subject, with nothing
 * between them, is what the clause describes; the need is said of it, not asked of the reader.
 * A name, a date or a comma ("Sam, we need …", "Tomorrow we need …") starts a new clause instead.
 */
function opensRelativeClause(previous: Token | undefined): boolean {
  if (!previous || previous.after.trim() !== '') return false;
  if (INDEFINITE_HEADS.has(previous.word)) return true;
  const tags = previous.tags;
  return tags.has('Noun') && !tags.has('Pronoun') && !tags.has('ProperNoun') && !tags.has('Date') && !tags.has('Value');
}

/** "I need you to …", "I'd like each of you to …", "I'll need the cap table from you". */
function findWantRequests(tokens: readonly Token[], requests: Request[]): void {
  for (let i = 0; i < tokens.length - 1; i++) {
    const subject = tokens[i];
    if (!subject || !(subject.word === 'i' || subject.word === 'we')) continue;
    // "Is there something I need to adjust?" asks a question, not for work.
    if (isQuestionText(tokens)) return;
    // "if I need …", "what's best when we need …": a condition; "can I ask …": a question.
    if (tokens.slice(Math.max(0, i - 2), i).some((token) => ['if', 'when', 'whether'].includes(token.word) || MODALS.has(token.word))) continue;
    if (opensRelativeClause(tokens[i - 1])) continue;
    let j = i + 1;
    while (j < tokens.length && j <= i + 3 && !WANT_VERBS.has(tokens[j]!.word)) j++;
    const want = tokens[j];
    if (!want || !WANT_VERBS.has(want.word) || want.tags.has('PastTense')) continue;
    // "I don't need them", "we won't need it": no request.
    if (tokens.slice(i + 1, j).some((token) => NEGATIONS.has(token.word))) continue;
    const window = tokens.slice(j + 1, j + 9);
    // "I need a yes/no on the tone": needing a thing (not "to do" something) asks the reader for it.
    const needsAThing = want.word.startsWith('need') && window[0] !== undefined && window[0].word !== 'to';
    // "I need to understand what you're doing": a "you" that starts a clause of its own is not
    // the one asked ("I need you to …", "set up a call with your team").
    const namesReader = (token: Token, index: number) =>
      (ADDRESSEES[token.word] === 'you' || ADDRESSEES[token.word] === 'someone' || token.word === 'your') &&
      !CLAUSE_OPENERS.has(window[index - 1]?.word ?? '');
    const asksReader = needsAThing || window.some(namesReader);
    if (!asksReader && !(subject.word === 'we' && want.word === 'need')) continue;
    const toIndex = window.findIndex((token) => token.word === 'to');
    const verbAt = toIndex >= 0 && isVerb(window[toIndex + 1]) ? j + 1 + toIndex + 1 : -1;
    const kind: RequestKind = asksReader ? 'need' : 'obligation';
    if (verbAt >= 0) requests.push(makeRequest(kind, tokens, verbAt));
    else requests.push({ kind, verb: want.word, verbToken: want, object: tokens.slice(j + 1), courtesy: false });
    return;
  }
}

/** "X needs to go to eng", "you should have a word with them", "this must be fixed". */
function findObligations(tokens: readonly Token[], requests: Request[]): void {
  tokens.forEach((token, index) => {
    if (!OBLIGATION_WORDS.has(token.word) && !(token.word === 'has' && tokens[index + 1]?.word === 'to')) return;
    const subject = tokens[index - 1];
    if (!subject || subject.word === 'i' || subject.tags.has('Modal')) return;
    if (tokens.slice(Math.max(0, index - 2), index).some((t) => NEGATIONS.has(t.word))) return;
    if (requests.some((request) => request.verbToken && request.verbToken.start >= token.start)) return;
    let verbAt = index + 1;
    if (tokens[verbAt]?.word === 'to') verbAt++;
    verbAt = skipAdverbs(tokens, verbAt);
    if (tokens[verbAt]?.word === 'be') verbAt++;
    const verb = tokens[verbAt];
    if (verb && (isVerb(verb) || token.word.startsWith('need'))) {
      requests.push({ ...makeRequest('obligation', tokens, verbAt), verb: isVerb(verb) ? verb.word : token.word });
    }
  });
}

function classifyQuestion(tokens: readonly Token[], sentence: string): Pick<SpeechActs, 'isQuestion' | 'questionKind'> {
  const trimmed = sentence.replace(/[\s\p{Extended_Pictographic}\u200d\ufe0f)\]"'”]+$/u, '');
  const first = tokens[skipFillers(tokens, 0)];
  const endsWithMark = /[?？]\W{0,3}$/.test(trimmed) || trimmed.endsWith('?');
  // Chat often drops the question mark: "which branch is prod on", "anyone know a fix".
  const questionShape = !!first && QUESTION_OPENERS.has(first.word) && tokens.length >= 3 && !/[.!]$/.test(trimmed);
  if (!endsWithMark && !questionShape) return { isQuestion: false };
  return { isQuestion: true, questionKind: first && WH_WORDS.has(first.word) ? 'wh' : 'yes-no' };
}

export function findSpeechActs(tokens: readonly Token[], sentence: string): SpeechActs {
  const isHeading = /:\s*$/.test(sentence);
  const requests: Request[] = [];
  if (!isHeading) {
    findModalRequests(tokens, requests);
    findClauseRequests(tokens, requests);
    findPleaseRequests(tokens, requests);
    findWantRequests(tokens, requests);
    findIndirectRequests(tokens, requests);
    findObligations(tokens, requests);
  }
  requests.sort((a, b) => (a.verbToken?.start ?? 0) - (b.verbToken?.start ?? 0));
  return { ...classifyQuestion(tokens, sentence), requests, isHeading };
}
