// A map from texts that forgets everything once it holds `limit` entries. The analysis caches
// readings of sentences and paragraphs by their text, so a relint after a keystroke redoes only
// what changed; clearing wholesale keeps memory bounded without the bookkeeping of an LRU, and a
// relint after a clear is only as slow as the first lint.
import type { Sentence } from './index';

/**
 * A copy of `text` that does not keep alive the string it was cut from. V8 represents a slice as
 * a view into its parent, so a cached sentence (and every word compromise cuts from it) would
 * otherwise hold on to the whole message of that keystroke, one message per cached entry.
 */
function detached(text: string): string {
  // The concatenation is flattened into a new string of the text's own length; the slice is a
  // view into that, not into the message.
  return (' ' + text).slice(1);
}

export class BoundedCache<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly limit: number) {}

  /**
   * The value cached for `text`; on a miss, `compute` gets a detached copy of the text, which is
   * also what is stored, so nothing cached refers into the caller's (larger) string.
   */
  get(text: string, compute: (text: string) => V): V {
    let value = this.entries.get(text);
    if (value === undefined) {
      const own = detached(text);
      value = compute(own);
      if (this.entries.size >= this.limit) this.entries.clear();
      this.entries.set(own, value);
    }
    return value;
  }
}

/**
 * Wraps a judgement of one sentence that depends on nothing but the sentence's text (and so on
 * its tokens and speech acts, which are read from the text), never on where the sentence stands:
 * it is made once per distinct text, and a keystroke elsewhere in the message reuses it.
 */
export function bySentenceText<T>(judge: (sentence: Sentence) => T): (sentence: Sentence) => T {
  // Keyed by the sentence's text key, an object: no hashing of the text on every lookup, and an
  // entry goes when the analysis stops caching that text.
  const judged = new WeakMap<object, { value: T }>();
  return (sentence) => {
    let entry = judged.get(sentence.textKey);
    if (!entry) {
      entry = { value: judge(sentence) };
      judged.set(sentence.textKey, entry);
    }
    return entry.value;
  };
}
