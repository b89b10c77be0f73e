import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../lib/analysis/sentences';

const texts = (text: string, joinWrappedLines = false) => splitSentences(text, { joinWrappedLines }).map((span) => text.slice(span.start, span.end));

describe('splitSentences', () => {
  it('splits on terminators followed by a space, and on line breaks', () => {
    expect(texts('Deployed. Can you check the logs? Thanks!\nAll good')).toEqual(['Deployed.', 'Can you check the logs?', 'Thanks!', 'All good']);
  });

  it('keeps abbreviations, versions and numbers inside one sentence', () => {
    expect(texts('Ask Dr. Lee, e.g. about v2.3.1 at 3.5 GB. Then ship.')).toEqual(['Ask Dr. Lee, e.g. about v2.3.1 at 3.5 GB.', 'Then ship.']);
    expect(texts('Invoice no. 2024-117 is paid. No. It is not.')).toEqual(['Invoice no. 2024-117 is paid.', 'No.', 'It is not.']);
  });

  it('joins lines a mail client wrapped mid-sentence, but not list items', () => {
    const wrapped = 'I have been trying to get the build working on the new machine but the\nlinker keeps failing.\n- first item\n- second item';
    expect(texts(wrapped, true)).toEqual([
      'I have been trying to get the build working on the new machine but the\nlinker keeps failing.',
      '- first item',
      '- second item',
    ]);
    expect(texts(wrapped)).toHaveLength(4);
  });

  it('trims by the original text, so a sentence ending in a link covers all of it', () => {
    const original = 'Draft is here: https://docs.example.com/d/1. Thoughts?';
    const analysed = 'Draft is here: URL                          . Thoughts?';
    expect(splitSentences(analysed, { original }).map((span) => original.slice(span.start, span.end))).toEqual([
      'Draft is here: https://docs.example.com/d/1.',
      'Thoughts?',
    ]);
  });

  it('returns nothing for blank text and trims every sentence', () => {
    expect(texts('   \n\t ')).toEqual([]);
    expect(texts('  hi there  ')).toEqual(['hi there']);
  });
});
