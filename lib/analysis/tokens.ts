// Part-of-speech tokens from compromise, with offsets into the whole message. compromise runs
// once per sentence, and a sentence's tokens are cached by its text, so a relint after a
// keystroke re-tags only the sentence that changed.
import nlp from 'compromise/two';
import { BoundedCache } from './bounded-cache';
import { fastSweepPlugin } from './fast-sweep';

nlp.plugin(fastSweepPlugin);

export interface Token {
  /** The characters as written; empty for the implicit half of a contraction ("I'm" -> "am"). */
  text: string;
  /** Lower-case form with contractions expanded ("I'm" -> "i", then "am"). */
  word: string;
  start: number;
  end: number;
  tags: ReadonlySet<string>;
  /** Punctuation and spaces written right after the token. */
  after: string;
}

/** compromise's term objects: its public types do not describe `docs`, so this names what we read. */
interface CompromiseTerm {
  text: string;
  normal?: string;
  machine?: string;
  implicit?: string;
  tags: Set<string>;
  post?: string;
  offset?: { start: number; length: number };
}

/** A token with offsets inside its sentence, so it can be cached by the sentence's text. */
type LocalToken = Omit<Token, 'start' | 'end'> & { localStart: number; localEnd: number };

const cache = new BoundedCache<LocalToken[]>(2000);

function tag(sentence: string): LocalToken[] {
  // compromise cuts every word out of the text it is given: give it the cache's own copy.
  return cache.get(sentence, tagUncached);
}

function tagUncached(sentence: string): LocalToken[] {
  const doc = nlp(sentence);
  doc.compute('offset');
  const docs = (doc as unknown as { docs: CompromiseTerm[][] }).docs;
  const tokens: LocalToken[] = [];
  for (const terms of docs) {
    for (const term of terms) {
      const start = term.offset?.start ?? 0;
      tokens.push({
        text: term.text,
        word: (term.machine ?? term.implicit ?? term.normal ?? term.text).toLowerCase(),
        localStart: start,
        localEnd: start + (term.offset?.length ?? term.text.length),
        tags: term.tags,
        after: term.post ?? '',
      });
    }
  }
  return tokens;
}

/** Tags one sentence (given as its text and its offset in the message). */
export function tokenize(sentence: string, offset: number): Token[] {
  // One literal shape for every token (no spread), so code reading tokens stays on V8's fast path.
  return tag(sentence).map(
    (token): Token => ({ text: token.text, word: token.word, start: offset + token.localStart, end: offset + token.localEnd, tags: token.tags, after: token.after }),
  );
}
