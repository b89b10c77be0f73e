// compromise's second tagging pass runs a few thousand match patterns, indexed by the words and
// tags each needs. To pick a sentence's candidates, compromise walks every key of that index (tens
// of thousands) for every sentence, which is most of the cost of tagging a short sentence and a
// sixth of a long one. This does the same selection from the other side: it walks the sentence's
// own words and tags (a few dozen) and looks each up in the index, then puts the candidates in
// the index's key order, so the patterns run in exactly the order, and tag exactly as, before.
// It replaces compromise's `bulkMatch` method through its plugin interface; a test checks that
// tags are unchanged (tests/analysis/fast-sweep.test.ts).

/** A compiled match pattern, as far as choosing candidates needs it. */
interface MatchPattern {
  match: string;
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
}

/** The pattern index: patterns by a word or `#Tag` they need or want, and those that need nothing. */
interface PatternNet {
  hooks: Record<string, MatchPattern[]>;
  always: MatchPattern[];
}

type Sentence = unknown[];
type Pointer = [number, number, number];

interface Methods {
  one: {
    cacheDoc(document: Sentence[]): Set<string>[];
    match(document: Sentence[], pattern: MatchPattern): { ptrs: Pointer[] };
  };
}

interface KeyOrder {
  keys: string[];
  position: Map<string, number>;
}

const keyOrders = new WeakMap<PatternNet, KeyOrder>();

/** The index's keys in the order compromise walks them (`Object.keys`), and each key's place. */
function keyOrderOf(net: PatternNet): KeyOrder {
  let order = keyOrders.get(net);
  if (!order) {
    const keys = Object.keys(net.hooks);
    order = { keys, position: new Map(keys.map((key, index) => [key, index])) };
    keyOrders.set(net, order);
  }
  return order;
}

/** Patterns worth trying on a sentence that has the words and tags in `has`, in the index's order. */
function candidates(net: PatternNet, has: Set<string>, termCount: number): MatchPattern[] {
  const { keys, position } = keyOrderOf(net);
  const places: number[] = [];
  for (const item of has) {
    const place = position.get(item);
    if (place !== undefined) places.push(place);
  }
  places.sort((a, b) => a - b);
  const seen = new Set<string>();
  const chosen: MatchPattern[] = [];
  for (const place of places) {
    for (const pattern of net.hooks[keys[place]!]!) {
      // A pattern listed under several keys is tried once, where it first appears.
      if (seen.has(pattern.match)) continue;
      seen.add(pattern.match);
      if (!pattern.needs.every((need) => has.has(need))) continue;
      if (pattern.ifNo?.some((no) => has.has(no))) continue;
      if (pattern.wants.length > 0 && pattern.wants.filter((want) => has.has(want)).length < pattern.minWant) continue;
      chosen.push(pattern);
    }
  }
  return [...chosen, ...net.always].filter((pattern) => termCount >= pattern.minWords);
}

function bulkMatch(document: Sentence[], net: PatternNet, methods: Methods, options: { matchOne?: boolean } = {}): object[] {
  const caches = methods.one.cacheDoc(document);
  const results: object[] = [];
  for (let n = 0; n < document.length; n++) {
    for (const pattern of candidates(net, caches[n]!, document[n]!.length)) {
      const { ptrs } = methods.one.match([document[n]!], pattern);
      if (ptrs.length === 0) continue;
      for (const pointer of ptrs) {
        pointer[0] = n;
        results.push({ ...pattern, pointer });
      }
      if (options.matchOne === true) return [results[0]!];
    }
  }
  return results;
}

/** A compromise plugin that makes `bulkMatch` choose its candidates by the sentence's own words. */
export const fastSweepPlugin = { methods: { one: { bulkMatch } } };
