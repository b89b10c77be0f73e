// The shared analysis: the message is read once per lint (layout, entities, sentences with their
// speech acts, clock times, time frames) and every rule works from this one object.
import type { Settings } from '../settings';
import type { Channel } from '../types';
import { findEntities, type Entities } from './entities';
import { blankOut, findLayout, type MessageLayout } from './regions';
import { splitSentences } from './sentences';
import type { Span } from './span';
import { findSpeechActs, type Request, type SpeechActs } from './speech';
import { findClockTimes, findTimeFrames, type ClockTime, type TimeFrame } from './time';
import { tokenize, type Token } from './tokens';
import { escapeRegExp } from '../text';

export type { ClockTime, TimeFrame } from './time';
export type { Request, RequestKind } from './speech';
export type { Token } from './tokens';
export type { Span } from './span';

export interface Sentence extends Span, SpeechActs {
  index: number;
  /** The sentence's text with code, quotes and links blanked (same length as the original). */
  text: string;
  tokens: Token[];
  /** The sentence is the email's subject line. */
  inSubject: boolean;
}

export interface SentenceRequest extends Request {
  sentence: Sentence;
}

export interface Analysis {
  text: string;
  /** `text` with ignored regions blanked and links replaced by the word "URL", offsets intact. */
  prose: string;
  channel: Channel;
  layout: MessageLayout;
  entities: Entities;
  sentences: Sentence[];
  requests: SentenceRequest[];
  clockTimes: ClockTime[];
  frames: TimeFrame[];
  /** Words of prose (subject and body, not signature, code or quotes). */
  wordCount: number;
  /** The message gives the reader something to open: a link, an id, an attachment. */
  hasReference: boolean;
  settings: Settings;
  isAllowListed(start: number, end: number): boolean;
}

/** What a link reads as in `prose`: a noun the tagger knows, three letters, so any URL fits. */
export const LINK_PLACEHOLDER = 'URL';

// Module-level: the bundler turns a unicode-property literal into a RegExp built on every call.
const HAS_LETTER = /\p{L}/u;

/** Replaces each link with "URL" and spaces, so the tagger reads "is here: URL" as a noun in prose. */
function replaceLinks(prose: string, urls: readonly Span[]): string {
  if (urls.length === 0) return prose;
  let out = '';
  let last = 0;
  for (const url of urls) {
    const length = url.end - url.start;
    out += prose.slice(last, url.start) + (length >= 3 ? LINK_PLACEHOLDER + ' '.repeat(length - 3) : ' '.repeat(length));
    last = url.end;
  }
  return out + prose.slice(last);
}

const SENTENCE_CACHE_LIMIT = 2000;
const sentenceCache = new Map<string, { tokens: Token[]; acts: SpeechActs }>();

/**
 * Tokens and speech acts of one sentence at one offset. They depend on nothing else, so after a
 * keystroke every sentence before the edit is read from this cache; nothing here is mutated.
 */
function readSentence(text: string, offset: number): { tokens: Token[]; acts: SpeechActs } {
  const key = `${offset}|${text}`;
  let read = sentenceCache.get(key);
  if (!read) {
    const tokens = tokenize(text, offset);
    read = { tokens, acts: findSpeechActs(tokens, text) };
    if (sentenceCache.size >= SENTENCE_CACHE_LIMIT) sentenceCache.clear();
    sentenceCache.set(key, read);
  }
  return read;
}

export function analyze(text: string, channel: Channel, settings: Settings): Analysis {
  const layout = findLayout(text, channel);
  const blanked = blankOut(text, layout.ignored);
  const found = findEntities(blanked);
  const entities: Entities = {
    ...found,
    ids: [...found.ids, ...layout.codeSpans].sort((a, b) => a.start - b.start),
  };
  // Curly apostrophes and quotes read as straight ones, so "I’m" and "I'm" are one word to every pattern.
  const prose = replaceLinks(blanked, found.urls).replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
  const clockTimes = findClockTimes(prose);
  const frames = findTimeFrames(prose, clockTimes);

  const sentences: Sentence[] = splitSentences(prose, { joinWrappedLines: channel === 'email', original: blanked }).map((span, index) => {
    const sentenceText = prose.slice(span.start, span.end);
    const { tokens, acts } = readSentence(sentenceText, span.start);
    // The subject is the first line, so a sentence that starts before it ends belongs to it.
    const inSubject = !!layout.subject && span.start < layout.subject.end;
    return { ...span, index, text: sentenceText, tokens, inSubject, ...acts };
  });
  const requests = sentences.flatMap((sentence) =>
    sentence.inSubject ? [] : sentence.requests.map((request) => ({ ...request, sentence })),
  );
  const wordCount = sentences.reduce((sum, sentence) => sum + sentence.tokens.filter((t) => HAS_LETTER.test(t.text)).length, 0);

  const allowPatterns = settings.team.allowList.map((term) => new RegExp(`(?<![\\p{L}\\d])${escapeRegExp(term)}(?![\\p{L}\\d])`, 'giu'));
  const allowListed: Span[] = [];
  for (const pattern of allowPatterns) {
    for (const match of text.matchAll(pattern)) allowListed.push({ start: match.index, end: match.index + match[0].length });
  }

  return {
    text,
    prose,
    channel,
    layout,
    entities,
    sentences,
    requests,
    // Ignored regions are blanked in `prose`, so no time or frame was found inside one.
    clockTimes,
    frames,
    wordCount,
    hasReference: entities.urls.length > 0 || entities.ids.length > 0 || entities.mentionsAttachment,
    settings,
    // A finding is dropped when it flags an allow-listed term itself (its range lies within one).
    isAllowListed: (start, end) => allowListed.some((span) => span.start <= start && end <= span.end),
  };
}
