// The analysis reads a message block by block (lines in chat, paragraphs in mail) and caches each
// block and each sentence by its text, so a relint after a keystroke redoes only what changed.
// These properties check that this is only a shortcut: the result is the one a whole-text reading
// gives, and a relint along a series of edits gives what a fresh engine gives on the final text.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { analyze } from '../../lib/analysis';
import { splitSentences } from '../../lib/analysis/sentences';
import { findClockTimes, findTimeFrames } from '../../lib/analysis/time';
import { lint, type LintOptions } from '../../lib/lint';
import { defaultSettings } from '../../lib/settings';
import type { Channel } from '../../lib/types';

const NOW = new Date('2026-11-25T09:00:00Z');

// Pieces that exercise what crosses, or must not cross, a line or paragraph: times with zones
// stated later, "all times UTC", wrapped mail lines, deadline cues before a break, links, quotes.
const pieces = fc.constantFrom(
  'Can you review the migration plan by Friday 3pm?', 'Please send it before', 'Thursday', '15:00', 'CET', 'all times UTC',
  'by', 'EOD', 'no.', '5', 'Thanks!', 'soon', 'when you get a chance', 'last week', 'the deck', 'URGENT', 'Hi team,',
  'https://docs.example.com/plan', '“quoted”', "I’m out until Monday.", 'Sam was rude to him.', 'Why did Ana get a bigger raise? Not fair.',
  'Let us hop on a call.', 'Thoughts?', '> quoted line', '```', 'x'.repeat(70), ' ', ' ', '\n', '\n', '\n\n', ' \n', '\n \n',
);
const messages = fc.array(pieces, { minLength: 1, maxLength: 40 }).map((parts) => parts.join(''));
const channels = fc.constantFrom<Channel>('slack', 'email', 'generic');

describe('block-wise analysis', () => {
  it('finds the same sentences, clock times and time frames as reading the whole prose at once', () => {
    fc.assert(
      fc.property(messages, channels, (text, channel) => {
        const analysis = analyze(text, channel, defaultSettings());
        const prose = analysis.prose;
        const wholeTimes = findClockTimes(prose);
        expect(analysis.clockTimes).toEqual(wholeTimes);
        expect(analysis.frames).toEqual(findTimeFrames(prose, wholeTimes));
        // Sentence ranges are trimmed by the text before links were rewritten: compare their words.
        const whole = splitSentences(prose, { joinWrappedLines: channel === 'email' }).map((span) => prose.slice(span.start, span.end).trim());
        expect(analysis.sentences.map((sentence) => sentence.text.trim())).toEqual(whole);
      }),
      { numRuns: 400 },
    );
  });
});

type Edit = { at: number; insert: string; remove: number };
const edits = fc.array(
  fc.record({ at: fc.nat(), insert: fc.oneof(fc.constantFrom('x', ' ', '\n', '.', '?', 'EOD', '3pm', '😀'), pieces), remove: fc.nat({ max: 3 }) }),
  { minLength: 1, maxLength: 12 },
);

function applyEdit(text: string, { at, insert, remove }: Edit): string {
  const position = text.length === 0 ? 0 : at % (text.length + 1);
  return text.slice(0, position) + insert + text.slice(position + remove);
}

describe('relint after edits', () => {
  it('gives, after every edit, what a fresh engine gives on the same text', async () => {
    vi.resetModules();
    const fresh = (await import('../../lib/lint')) as { lint: typeof lint };
    expect(fresh.lint).not.toBe(lint);
    await fc.assert(
      fc.asyncProperty(messages, channels, edits, async (start, channel, steps) => {
        const options: LintOptions = { channel, now: NOW, timeZone: 'Europe/Berlin' };
        const texts = [start];
        for (const step of steps) texts.push(applyEdit(texts[texts.length - 1]!, step));
        // This engine reads every text in order, so each relint reuses what the previous left cached.
        const incremental = texts.map((text) => lint(text, options));
        // The other reads them in reverse order: its caches hold different neighbours at each step.
        const reversed = [...texts].reverse().map((text) => fresh.lint(text, options)).reverse();
        expect(incremental).toEqual(reversed);
      }),
      { numRuns: 150 },
    );
  });

  it('reads an unchanged line again when a zone stated elsewhere now covers its time', () => {
    const options: LintOptions = { channel: 'slack', now: NOW, timeZone: 'Europe/Berlin' };
    const ruleIds = (text: string) => lint(text, options).findings.map((finding) => finding.ruleId);
    expect(ruleIds('Can you send the numbers by 3pm Friday?\nThe report is due then.')).toContain('ambiguous-time');
    expect(ruleIds('Can you send the numbers by 3pm Friday?\nAll times are UTC.')).not.toContain('ambiguous-time');
    expect(ruleIds('Can you send the numbers by 3pm Friday?\nThe report is due then.')).toContain('ambiguous-time');
  });

  it('joins a hard-wrapped mail line to the next one only within a paragraph, after edits too', () => {
    const wrapped = 'Could you please review the quarterly budget proposal and the staffing plan\nfor the platform team by Thursday?';
    const sentences = (text: string) => analyze(text, 'email', defaultSettings()).sentences.map((sentence) => sentence.text);
    expect(sentences(wrapped)).toHaveLength(1);
    expect(sentences(wrapped.replace('\n', '\n\n'))).toHaveLength(2);
    expect(sentences(wrapped)).toHaveLength(1);
  });
});
