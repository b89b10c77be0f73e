// Finds the parts of a message that are not the writer's prose for this reader: code, quoted
// history, signatures. They produce no findings, so the analysis sees them blanked out (same
// length, so every offset still points into the original text).
import type { Channel } from '../types';
import type { Span } from './span';

export interface MessageLayout {
  /** Code blocks, inline code, quoted history and signatures. */
  ignored: Span[];
  /** Inline code spans (also in `ignored`): they name things exactly, like ids. */
  codeSpans: Span[];
  /** The subject line's text after "Subject:", when the message starts with one. */
  subject?: Span;
  /** An opening line that only greets ("Hi Lukas," / "Dear colleagues,"). */
  greeting?: Span;
  /** From the closing ("Thanks,", "Best,") to the end of the signature. */
  signature?: Span;
}

const FENCE = '```';

function lineSpans(text: string): Span[] {
  const lines: Span[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      lines.push({ start, end: i });
      start = i + 1;
    }
  }
  return lines;
}

function findCode(text: string, ignored: Span[], codeSpans: Span[]): void {
  let i = 0;
  while (i < text.length) {
    const tick = text.indexOf('`', i);
    if (tick < 0) break;
    if (text.startsWith(FENCE, tick)) {
      const close = text.indexOf(FENCE, tick + 3);
      const end = close < 0 ? text.length : close + 3;
      ignored.push({ start: tick, end });
      i = end;
      continue;
    }
    // Inline code ends at the next backtick on the same line; an unmatched one is just a character.
    const lineEnd = text.indexOf('\n', tick);
    const close = text.indexOf('`', tick + 1);
    if (close > tick + 1 && (lineEnd < 0 || close < lineEnd)) {
      const span = { start: tick, end: close + 1 };
      ignored.push(span);
      codeSpans.push(span);
      i = close + 1;
    } else {
      i = tick + 1;
    }
  }
}

const QUOTED_LINE = /^[ \t]*>/;
// "On Tue, 3 May 2024 at 10:02, Ana <ana@x.com> wrote:" and the Outlook-style separators start
// the quoted history of an email: everything after them is someone else's text.
const ATTRIBUTION = /^[ \t]*(?:On\b.{0,200}\bwrote:?[ \t]*$|-{2,}[ \t]*(?:Original Message|Forwarded message)[ \t]*-{2,}|From:[ \t].{0,200}$)/i;
const SIGNATURE_DASHES = /^-- ?$/;
const GREETING_LINE =
  /^[ \t]*(?:hi|hello|hey|hiya|dear|greetings|good (?:morning|afternoon|evening)|morning|team|all|everyone|folks|colleagues)\b[^\n]{0,60}$/i;
// "Kevin," or "Jim -" alone on the first line addresses the reader too.
const NAME_ONLY_GREETING = /^[ \t]*[\p{Lu}][\p{L}.'-]{0,20}(?: [\p{Lu}][\p{L}.'-]{0,20}){0,2}[ \t]*[,—-][ \t]*$/u;
const CLOSING_LINE =
  /^[ \t]*(?:thanks|thank you|thx|many thanks|thanks (?:so much|a lot|again|in advance)|cheers|best|best regards|kind regards|warm regards|regards|sincerely|yours|all the best|talk soon|sorry|br|ta|love)\b[^\n]{0,30}$/i;

function wordCount(line: string): number {
  return line.split(/\s+/).filter(Boolean).length;
}

export function findLayout(text: string, channel: Channel): MessageLayout {
  const ignored: Span[] = [];
  const codeSpans: Span[] = [];
  findCode(text, ignored, codeSpans);
  const lines = lineSpans(text);
  const layout: MessageLayout = { ignored, codeSpans };

  let quotedFrom = -1;
  for (const line of lines) {
    const content = text.slice(line.start, line.end);
    if (QUOTED_LINE.test(content)) ignored.push({ start: line.start, end: Math.min(text.length, line.end + 1) });
    else if (channel === 'email' && ATTRIBUTION.test(content) && quotedFrom < 0) quotedFrom = line.start;
    else if (SIGNATURE_DASHES.test(content) && quotedFrom < 0) quotedFrom = line.start;
  }
  if (quotedFrom >= 0) ignored.push({ start: quotedFrom, end: text.length });
  const proseEnd = quotedFrom >= 0 ? quotedFrom : text.length;

  const subjectMatch = /^[ \t]*Subject:[ \t]*/i.exec(text);
  if (subjectMatch) layout.subject = { start: subjectMatch[0].length, end: lines[0]?.end ?? text.length };

  const proseLines = lines.filter((line) => line.end <= proseEnd && text.slice(line.start, line.end).trim() !== '');
  const bodyLines = proseLines.filter((line) => !layout.subject || line.start > layout.subject.end);
  const first = bodyLines[0];
  // A greeting stands alone on its line, and only counts as such when more lines follow it.
  if (first && bodyLines.length > 1) {
    const content = text.slice(first.start, first.end);
    if ((GREETING_LINE.test(content) || NAME_ONLY_GREETING.test(content)) && wordCount(content) <= 6) layout.greeting = first;
  }
  // The closing is one of the last lines, followed by at most three short lines (name, role).
  for (let i = bodyLines.length - 1; i >= Math.max(1, bodyLines.length - 4); i--) {
    const line = bodyLines[i];
    if (!line) continue;
    const content = text.slice(line.start, line.end);
    const after = bodyLines.slice(i + 1);
    if (CLOSING_LINE.test(content) && wordCount(content) <= 5 && after.every((l) => wordCount(text.slice(l.start, l.end)) <= 6)) {
      layout.signature = { start: line.start, end: proseEnd };
      break;
    }
  }
  if (layout.signature) ignored.push(layout.signature);
  ignored.sort((a, b) => a.start - b.start);
  return layout;
}

/** Replaces every ignored character with a space (newlines kept), preserving offsets. */
export function blankOut(text: string, spans: readonly Span[]): string {
  if (spans.length === 0) return text;
  // Built from slices, not an array of characters: this runs on every keystroke, and an array of
  // one string per character is eight bytes per character of garbage.
  let out = '';
  let done = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const start = Math.max(span.start, done);
    const end = Math.min(span.end, text.length);
    if (end <= start) continue;
    out += text.slice(done, start) + text.slice(start, end).replace(/[^\n]/g, ' ');
    done = end;
  }
  return out + text.slice(done);
}
