import { describe, expect, it } from 'vitest';
import { findLayout } from '../../lib/analysis/regions';
import { findEntities } from '../../lib/analysis/entities';

const slice = (text: string, span?: { start: number; end: number }) => (span ? text.slice(span.start, span.end) : undefined);

describe('email layout', () => {
  const email = 'Subject: Budget 2027\n\nHi Marta,\n\nThe draft is ready.\n\nBest regards,\nJonas\nFinance\n\nOn Mon, 23 Nov 2026, Marta wrote:\n> can you send it?';

  it('finds subject, greeting, signature and quoted history', () => {
    const layout = findLayout(email, 'email');
    expect(slice(email, layout.subject)).toBe('Budget 2027');
    expect(slice(email, layout.greeting)).toBe('Hi Marta,');
    expect(slice(email, layout.signature)?.trim()).toBe('Best regards,\nJonas\nFinance');
    const ignored = layout.ignored.map((span) => slice(email, span)).join('|');
    expect(ignored).toContain('> can you send it?');
    expect(ignored).not.toContain('The draft is ready.');
  });

  it('ignores code blocks and inline code, and leaves an unmatched backtick alone', () => {
    const text = 'run `npm ci` then:\n```\ndeploy --at 3pm\n```\nand a lone ` tick';
    const layout = findLayout(text, 'slack');
    expect(layout.ignored.map((span) => slice(text, span))).toEqual(['`npm ci`', '```\ndeploy --at 3pm\n```']);
  });
});

describe('entities', () => {
  it('finds bare, markdown and Slack links without trailing punctuation', () => {
    const text = 'See https://a.example.com/x. Or [doc](https://b.example.com/y) or <https://c.example.com/z|here>.';
    expect(findEntities(text).urls.map((span) => slice(text, span))).toEqual([
      'https://a.example.com/x',
      'https://b.example.com/y',
      'https://c.example.com/z',
    ]);
  });

  it('finds resolvable ids, mentions and attachments', () => {
    const text = '@mia PROJ-142 and #4521 and PR 88 are in the attached sheet (not #1 or C#)';
    const entities = findEntities(text);
    expect(entities.ids.map((span) => slice(text, span))).toEqual(['PROJ-142', '#4521', 'PR 88']);
    expect(entities.mentions.map((span) => slice(text, span))).toEqual(['@mia']);
    expect(entities.mentionsAttachment).toBe(true);
  });
});
