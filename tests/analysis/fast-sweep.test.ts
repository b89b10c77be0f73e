// The fast candidate selection for compromise's second tagging pass must tag exactly as
// compromise's own does: same tags on every word, for hand-written messages and random word mixes.
import nlp from 'compromise/two';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

interface Methods {
  one: { bulkMatch: unknown };
}
// compromise's public types describe `world()` loosely; this names the one method swapped here.
const methods = (nlp.world() as unknown as { methods: Methods }).methods;
const compromiseBulkMatch = methods.one.bulkMatch;
// Loading the tokenizer registers the plugin.
await import('../../lib/analysis/tokens');
const fastBulkMatch = methods.one.bulkMatch;

function tagsWith(bulkMatch: unknown, text: string): string[][] {
  methods.one.bulkMatch = bulkMatch;
  try {
    return nlp(text)
      .json()
      .flatMap((sentence: { terms: { text: string; tags: string[] }[] }) => sentence.terms.map((term) => [term.text, ...term.tags]));
  } finally {
    methods.one.bulkMatch = fastBulkMatch;
  }
}

const MESSAGES = [
  'Could you send me the signed vendor contract before the board call on Thursday?',
  'The pricing slide in the onboarding deck still shows last year’s numbers.',
  'Stop whatever you are doing and restart the billing workers, the queue is backing up.',
  'I’d rather not put this in writing; can we talk for ten minutes after standup?',
  'FYI: the staging cluster was rebuilt overnight and the old snapshots are gone.',
  'Hey, did anyone ever figure out why the nightly import keeps timing out?',
  'Please review PR 4821 and leave comments by 5pm CET, otherwise it slips to next sprint.',
  'Thanks so much, that fixed it!',
  'We shipped it!!! 🎉',
  'Who owns the SSO migration now that Priya moved teams?',
  'She said the auditors want the access logs going back two years.',
  'Let me know if the new dashboard works for you.',
  'Running late, start without me.',
  'Any thoughts on dropping IE support in Q3?',
  'hi',
];

describe('fast candidate selection for compromise', () => {
  it('is installed', () => {
    expect(fastBulkMatch).not.toBe(compromiseBulkMatch);
  });

  it('tags hand-written messages exactly as compromise does', () => {
    for (const message of MESSAGES) expect(tagsWith(fastBulkMatch, message)).toEqual(tagsWith(compromiseBulkMatch, message));
  });

  it('tags random mixes of words, names, numbers and punctuation exactly as compromise does', () => {
    const words = fc.constantFrom(
      'the', 'a', 'we', 'you', 'should', 'will', 'can', "don't", 'review', 'send', 'report', 'walking', 'fast', 'quickly', 'Monday',
      'Sarah', 'Acme', 'London', '3pm', '42', '$5', 'not', 'been', 'has', 'is', 'was', 'deck', 'pricing', 'slide', 'update', 'please',
      'if', 'because', 'and', 'or', ',', '.', '?', '!', 'URGENT', 'e.g.', "it's", 'reading', 'red', 'better', 'best', 'there',
    );
    fc.assert(
      fc.property(fc.array(words, { minLength: 1, maxLength: 25 }), (parts) => {
        const text = parts.join(' ');
        expect(tagsWith(fastBulkMatch, text)).toEqual(tagsWith(compromiseBulkMatch, text));
      }),
      { numRuns: 300 },
    );
  });
});
