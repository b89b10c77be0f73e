// Splits prose into sentences with their offsets. Chat messages break rules that sentence
// splitters for edited prose rely on (no capital after a full stop, a line per thought, bullets,
// emoji as punctuation), so a line break always ends a sentence here, as does . ! ? … followed by
// a space, except after a common abbreviation or inside a number.
import type { Span } from './span';

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'vs', 'etc', 'e.g', 'i.e', 'eg', 'ie', 'approx',
  'a.m', 'p.m', 'fig', 'cf', 'inc', 'ltd', 'co', 'corp', 'dept', 'est', 'jan', 'feb', 'mar', 'apr',
  'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri',
  'sat', 'sun', 'u.s', 'u.k', 'p.s', 'ps', 'min', 'max', 'ca', 'resp', 'ref',
]);

const TERMINATORS = new Set(['.', '!', '?', '…', '。', '！', '？']);
const CLOSERS = new Set(['"', "'", ')', ']', '»', '”', '’']);

function isSpace(char: string | undefined): boolean {
  return char === ' ' || char === '\t' || char === '\r' || char === '\u00a0' || char === '\u200b';
}

/** The word (letters and inner dots) that ends just before `end`, lower-cased. */
function wordBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && start > end - 12 && /[\p{L}.]/u.test(text[start - 1] ?? '')) start--;
  return text.slice(start, end).toLowerCase();
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  let s = start;
  let e = end;
  while (s < e && (isSpace(text[s]) || text[s] === '\n')) s++;
  while (e > s && (isSpace(text[e - 1]) || text[e - 1] === '\n')) e--;
  if (e > s) out.push({ start: s, end: e });
}

export interface SplitOptions {
  /** Join lines a mail client wrapped mid-sentence (emails); chat lines are the writer's own breaks. */
  joinWrappedLines?: boolean;
  /**
   * The unmasked text, same length: a sentence's range is trimmed by it, so a sentence that ends
   * in a link or code (blanked or shortened in the analysed text) still covers it.
   */
  original?: string;
}

/** Lines this long that stop mid-sentence were wrapped by a mail client, not by the writer. */
const WRAP_WIDTH = 55;
const LIST_MARKER = /^[ \t]*(?:[-*•·>|]|\d{1,3}[.)]|[a-z][.)][ \t])/;

/**
 * Whether the line break at `index` is a hard wrap inside a sentence (mailing-list style): the
 * line is long, does not end a sentence or introduce a list, and the next line continues it.
 */
function isSoftWrap(text: string, index: number): boolean {
  let lineStart = index;
  while (lineStart > 0 && text[lineStart - 1] !== '\n') lineStart--;
  const line = text.slice(lineStart, index).trimEnd();
  if (line.trim().length < WRAP_WIDTH || /[.!?:;…]["')\]]?$/.test(line)) return false;
  const nextEnd = text.indexOf('\n', index + 1);
  const next = text.slice(index + 1, nextEnd < 0 ? text.length : nextEnd);
  return next.trim() !== '' && !LIST_MARKER.test(next);
}

/**
 * A run-on longer than this (a pasted log, a wall of text with no full stop) is cut at a space,
 * so the tagger never sees more than a bounded piece at once: work stays linear in the length.
 */
const MAX_SENTENCE_LENGTH = 600;
const MAX_TERMINATOR_RUN = 8;

export function splitSentences(text: string, options: SplitOptions = {}): Span[] {
  const trimSource = options.original ?? text;
  const sentences: Span[] = [];
  let start = 0;
  let i = 0;
  while (i < text.length) {
    const char = text[i] ?? '';
    const length = i - start;
    if ((length >= MAX_SENTENCE_LENGTH && isSpace(char)) || length >= 2 * MAX_SENTENCE_LENGTH) {
      // Never cut between the halves of a surrogate pair.
      const cut = /[\udc00-\udfff]/.test(char) ? i - 1 : i;
      pushTrimmed(trimSource, start, cut, sentences);
      start = cut;
    }
    if (char === '\n') {
      if (!(options.joinWrappedLines && isSoftWrap(text, i))) {
        pushTrimmed(trimSource, start, i, sentences);
        start = i + 1;
      }
      i++;
      continue;
    }
    if (TERMINATORS.has(char)) {
      // A run of terminators ends one sentence; a run longer than a few ("!!!!!!…") is noise, cut
      // into pieces so no piece grows without bound.
      let end = i + 1;
      while (end < text.length && end - i < MAX_TERMINATOR_RUN && (TERMINATORS.has(text[end] ?? '') || CLOSERS.has(text[end] ?? ''))) end++;
      const atBoundary = end >= text.length || isSpace(text[end]) || text[end] === '\n';
      const word = wordBefore(text, i);
      // "no." and "nr." abbreviate "number" only before one: "invoice no. 2024-117".
      const numberAbbreviation = (word === 'no' || word === 'nr') && /^\s?\d/.test(text.slice(end, end + 2));
      const abbreviation = char === '.' && end === i + 1 && (ABBREVIATIONS.has(word) || numberAbbreviation);
      // "v2.3" and "3.5" have no space after the dot, so they never reach here as a boundary.
      if (atBoundary && !abbreviation) {
        pushTrimmed(trimSource, start, end, sentences);
        start = end;
      }
      i = end;
      continue;
    }
    i++;
  }
  pushTrimmed(trimSource, start, text.length, sentences);
  return sentences;
}
