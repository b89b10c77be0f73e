// A half-open range of UTF-16 offsets into the message text.
export interface Span {
  start: number;
  end: number;
}

/**
 * Marks which characters are taken, so that adding a span that overlaps an earlier one can be
 * refused in time proportional to the span's length, not to the number of spans already kept.
 */
export class Coverage {
  private readonly taken: Uint8Array;

  constructor(length: number) {
    this.taken = new Uint8Array(length + 1);
  }

  overlaps(span: Span): boolean {
    for (let i = span.start; i < span.end; i++) if (this.taken[i]) return true;
    return false;
  }

  /** Takes the span's characters unless one is already taken; says whether it did. */
  claim(span: Span): boolean {
    if (this.overlaps(span)) return false;
    this.taken.fill(1, span.start, span.end);
    return true;
  }
}

/** Index of the first span in `sorted` (by start) whose end is after `offset`, by binary search. */
function firstEndingAfter(sorted: readonly Span[], offset: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]!.end <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The span of a sorted, non-overlapping list that contains `offset`, if any. */
export function spanAt<T extends Span>(sorted: readonly T[], offset: number): T | undefined {
  const candidate = sorted[firstEndingAfter(sorted, offset)];
  return candidate && candidate.start <= offset ? candidate : undefined;
}

/** The spans of a sorted, non-overlapping list that lie within [start, end). */
export function spansWithin<T extends Span>(sorted: readonly T[], start: number, end: number): T[] {
  const found: T[] = [];
  for (let i = firstEndingAfter(sorted, start); i < sorted.length && sorted[i]!.start < end; i++) {
    if (sorted[i]!.start >= start && sorted[i]!.end <= end) found.push(sorted[i]!);
  }
  return found;
}
