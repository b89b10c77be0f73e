// The shared analysis: the message is read once per lint (layout, entities, sentences with their
// speech acts, clock times, time frames) and every rule works from this one object.
import type { Settings } from '../settings';
import type { Channel } from '../types';
import { findEntities, type Entities } from './entities';
import { blankOut, findLayout, type MessageLayout } from './regions';
import { splitSentences } from './sentences';
import type { Span } from './span';
import { findSpeechActs, type Request, type SpeechActs } from './speech';
import { findClockTimes, findTimeFrames, statesGlobalZone, type ClockTime, type TimeFrame } from './time';
import { BoundedCache } from './bounded-cache';
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
  /** How many of its tokens have a letter in them. */
  letterWords: number;
  /**
   * One object for every sentence with this text, from one lint to the next while the text is
   * cached: the key for judgements that depend on the text alone (see `bySentenceText`).
   */
  textKey: object;
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

/** What one sentence says, wherever it stands: tokens (offsets from the sentence's start) and speech acts. */
interface SentenceReading {
  tokens: Token[];
  acts: SpeechActs;
  /** Tokens with a letter in them: the sentence's share of the message's word count. */
  letterWords: number;
}

/** A sentence's reading at offset 0, and its placements in the message by offset. */
interface CachedReading {
  local: SentenceReading;
  placed: Map<number, SentenceReading>;
}

/** A text may recur in a message ("Thanks!", a repeated line); a few placements of it are kept. */
const PLACEMENTS_PER_TEXT = 8;

const readings = new BoundedCache<CachedReading>(2000);

function readSentenceAtZero(text: string): SentenceReading {
  const tokens = tokenize(text, 0);
  return { tokens, acts: findSpeechActs(tokens, text), letterWords: tokens.filter((t) => HAS_LETTER.test(t.text)).length };
}

/** The reading moved to `offset`: every token shifted, and the requests pointing at the moved tokens. */
function placeReading(local: SentenceReading, offset: number): SentenceReading {
  if (offset === 0) return local;
  const tokens = local.tokens.map(
    (token): Token => ({ text: token.text, word: token.word, start: token.start + offset, end: token.end + offset, tags: token.tags, after: token.after }),
  );
  // A request's tokens are the sentence's own; a sentence has few requests, so a search is cheap.
  const move = (token: Token): Token => tokens[local.tokens.indexOf(token)] ?? token;
  const requests = local.acts.requests.map((request) => ({
    kind: request.kind,
    verb: request.verb,
    verbToken: request.verbToken && move(request.verbToken),
    object: request.object.map(move),
    courtesy: request.courtesy,
    prohibition: request.prohibition,
  }));
  const { isQuestion, questionKind, isHeading } = local.acts;
  return { tokens, acts: { isQuestion, questionKind, requests, isHeading }, letterWords: local.letterWords };
}

/**
 * The reading of one sentence at one offset. A sentence's reading depends only on its text, so
 * after a keystroke the sentences the edit did not touch are read from the cache, and only
 * shifted when the edit moved them; a reading, once made, is never mutated.
 */
function readSentence(text: string, offset: number): { reading: SentenceReading; textKey: object } {
  const cached = readings.get(text, (own) => ({ local: readSentenceAtZero(own), placed: new Map() }));
  let reading = cached.placed.get(offset);
  if (!reading) {
    reading = placeReading(cached.local, offset);
    if (cached.placed.size >= PLACEMENTS_PER_TEXT) cached.placed.clear();
    cached.placed.set(offset, reading);
  }
  return { reading, textKey: cached };
}

/** Clock times, time frames and sentence ranges of one block, with offsets from its start. */
interface BlockReading {
  clockTimes: ClockTime[];
  frames: TimeFrame[];
  sentences: Span[];
}

/**
 * Block readings by the block's prose, one cache per way of reading (mail or chat lines, with or
 * without a zone stated for all times), so the key is the block's text itself and costs no copy.
 */
const blockReadings = new Map<string, BoundedCache<BlockReading>>();

function cachedBlockReading(mode: string, key: string, read: () => BlockReading): BlockReading {
  let cache = blockReadings.get(mode);
  if (!cache) {
    cache = new BoundedCache(500);
    blockReadings.set(mode, cache);
  }
  return cache.get(key, read);
}

/**
 * Cuts the prose where no sentence, clock time or time frame can continue: at every line break
 * in chat (a line break always ends a sentence there), at blank lines in mail (whose lines may be
 * hard-wrapped mid-sentence). Each block is read on its own and cached by its text.
 */
function splitBlocks(prose: string, joinWrappedLines: boolean): Span[] {
  const blocks: Span[] = [];
  let start = 0;
  for (let lineEnd = prose.indexOf('\n'); lineEnd !== -1; lineEnd = prose.indexOf('\n', lineEnd + 1)) {
    if (joinWrappedLines) {
      const nextEnd = prose.indexOf('\n', lineEnd + 1);
      if (prose.slice(lineEnd + 1, nextEnd === -1 ? prose.length : nextEnd).trim() !== '') continue;
    }
    blocks.push({ start, end: lineEnd });
    start = lineEnd + 1;
  }
  blocks.push({ start, end: prose.length });
  return blocks;
}

function readBlock(prose: string, original: string, joinWrappedLines: boolean, globalZone: boolean): BlockReading {
  const clockTimes = findClockTimes(prose, globalZone);
  return {
    clockTimes,
    frames: findTimeFrames(prose, clockTimes),
    sentences: splitSentences(prose, { joinWrappedLines, original }),
  };
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
  const joinWrappedLines = channel === 'email';
  const globalZone = statesGlobalZone(prose);

  const clockTimes: ClockTime[] = [];
  const frames: TimeFrame[] = [];
  const sentences: Sentence[] = [];
  for (const block of splitBlocks(prose, joinWrappedLines)) {
    const blockProse = prose.slice(block.start, block.end);
    if (blockProse.trim() === '') continue;
    const blockOriginal = blanked.slice(block.start, block.end);
    // The original differs from the prose only where a link or a curly quote was rewritten; then
    // both texts make the key.
    const sameText = blockOriginal === blockProse;
    const mode = `${joinWrappedLines ? 'mail' : 'chat'}${globalZone ? '+zone' : ''}${sameText ? '' : '+original'}`;
    const key = sameText ? blockProse : `${blockProse}\u0000${blockOriginal}`;
    const reading = cachedBlockReading(mode, key, () => readBlock(blockProse, blockOriginal, joinWrappedLines, globalZone));
    const offset = block.start;
    for (const time of reading.clockTimes) clockTimes.push({ kind: time.kind, zoned: time.zoned, start: time.start + offset, end: time.end + offset });
    for (const frame of reading.frames) {
      frames.push({ kind: frame.kind, deadlineCue: frame.deadlineCue, past: frame.past, start: frame.start + offset, end: frame.end + offset });
    }
    for (const local of reading.sentences) {
      const span = { start: local.start + offset, end: local.end + offset };
      const sentenceText = prose.slice(span.start, span.end);
      const { reading: { tokens, acts, letterWords }, textKey } = readSentence(sentenceText, span.start);
      // The subject is the first line, so a sentence that starts before it ends belongs to it.
      const inSubject = !!layout.subject && span.start < layout.subject.end;
      // Written out field by field, here and for tokens and requests: spreading an object into a
      // literal takes V8's slow path, and this runs for every sentence on every keystroke.
      sentences.push({
        start: span.start,
        end: span.end,
        index: sentences.length,
        text: sentenceText,
        tokens,
        inSubject,
        letterWords,
        textKey,
        isQuestion: acts.isQuestion,
        questionKind: acts.questionKind,
        requests: acts.requests,
        isHeading: acts.isHeading,
      });
    }
  }
  const requests = sentences.flatMap((sentence) =>
    sentence.inSubject
      ? []
      : sentence.requests.map((request) => ({
          kind: request.kind,
          verb: request.verb,
          verbToken: request.verbToken,
          object: request.object,
          courtesy: request.courtesy,
          prohibition: request.prohibition,
          sentence,
        })),
  );
  const wordCount = sentences.reduce((sum, sentence) => sum + sentence.letterWords, 0);

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
