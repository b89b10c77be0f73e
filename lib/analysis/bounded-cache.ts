// A map that forgets everything once it holds `limit` entries. The analysis caches readings of
// sentences and paragraphs by their text, so a relint after a keystroke redoes only what changed;
// clearing wholesale keeps memory bounded without the bookkeeping of an LRU, and a relint after a
// clear is only as slow as the first lint.
import type { Sentence } from './index';

export class BoundedCache<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly limit: number) {}

  /** The value cached for `key`, computed and stored on a miss. */
  get(key: K, compute: () => V): V {
    let value = this.entries.get(key);
    if (value === undefined) {
      value = compute();
      if (this.entries.size >= this.limit) this.entries.clear();
      this.entries.set(key, value);
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
