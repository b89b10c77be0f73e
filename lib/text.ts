// Small text helpers shared by the analysis and the engine: offsets are UTF-16 code units, as in
// the DOM, and a range must never cut a surrogate pair in half.

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Moves an offset that falls inside a surrogate pair back to the pair's start. */
export function snapToCodePoint(text: string, offset: number): number {
  const bounded = Math.max(0, Math.min(text.length, Math.trunc(offset)));
  if (bounded > 0 && bounded < text.length && isLowSurrogate(text.charCodeAt(bounded)) && isHighSurrogate(text.charCodeAt(bounded - 1))) {
    return bounded - 1;
  }
  return bounded;
}

/** Bounds a range to the text and to code-point boundaries, keeping start <= end. */
export function clampToCodePoints(text: string, start: number, end: number): { start: number; end: number } {
  const safeStart = snapToCodePoint(text, start);
  let safeEnd = snapToCodePoint(text, end);
  // An end inside a pair was moved back; move it forward instead so the pair stays flagged whole.
  if (safeEnd < Math.min(text.length, Math.trunc(end))) safeEnd += 2;
  return { start: safeStart, end: Math.max(safeStart, Math.min(text.length, safeEnd)) };
}

/** A literal string as a regular-expression source. */
export function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A word-list phrase as a pattern source that allows one or two spaces or tabs wherever the
 * phrase has a space (bounded, so the pattern cannot backtrack over long runs of blanks).
 */
export function flexibleSpaces(source: string): string {
  return source.replace(/ /g, '[ \\t]{1,2}');
}
