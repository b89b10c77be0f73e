// Whatever gets pasted into a composer reaches the engine: nothing may throw, every range must lie
// inside the text on code-point boundaries, and no input may send a regular expression into
// catastrophic backtracking (the 200 KB adversarial strings below would hang such a pattern).
import { describe, expect, it } from 'vitest';
import { lint } from '../lib/lint';
import { CATEGORIES, RULE_IDS, type Channel, type LintResult } from '../lib/types';

const CHANNELS: Channel[] = ['slack', 'email', 'generic'];
const NOW = new Date('2026-03-02T10:00:00Z');
// Generous: the point is "finishes", not "is fast"; a backtracking regex would take hours.
const BIG_INPUT_TIMEOUT_MS = 120_000;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** True when an offset falls between the two halves of a surrogate pair. */
function splitsSurrogatePair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset));
}

function expectValidRange(text: string, start: number, end: number, what: string): void {
  expect(Number.isInteger(start) && Number.isInteger(end), `${what}: integer offsets`).toBe(true);
  expect(start, `${what}: start`).toBeGreaterThanOrEqual(0);
  expect(end, `${what}: end`).toBeLessThanOrEqual(text.length);
  expect(start, `${what}: start <= end`).toBeLessThanOrEqual(end);
  expect(splitsSurrogatePair(text, start), `${what}: start splits a surrogate pair`).toBe(false);
  expect(splitsSurrogatePair(text, end), `${what}: end splits a surrogate pair`).toBe(false);
}

function expectWellFormed(text: string, result: LintResult): void {
  expect(Number.isInteger(result.score)).toBe(true);
  expect(result.score).toBeGreaterThanOrEqual(0);
  expect(result.score).toBeLessThanOrEqual(100);
  expect(result.breakdown.map((entry) => entry.category)).toEqual([...CATEGORIES]);
  for (const finding of result.findings) {
    const what = `${finding.ruleId} at ${finding.start}`;
    expect(RULE_IDS).toContain(finding.ruleId);
    expect(['warning', 'info']).toContain(finding.severity);
    expect(finding.message.length, `${what}: message`).toBeGreaterThan(0);
    expect(finding.suggestion.length, `${what}: suggestion`).toBeGreaterThan(0);
    expect(finding.message, `${what}: unfilled placeholder`).not.toMatch(/\{\w+\}/);
    expectValidRange(text, finding.start, finding.end, what);
    if (finding.fix) expectValidRange(text, finding.fix.start, finding.fix.end, `${what} fix`);
  }
  // Plain data only: a result must survive structured cloning across extension messaging.
  expect(structuredClone(result)).toEqual(result);
}

function lintEverywhere(text: string): void {
  for (const channel of CHANNELS) {
    const result = lint(text, { channel, now: NOW, timeZone: 'Europe/Berlin' });
    expectWellFormed(text, result);
  }
}

describe('odd but ordinary input', () => {
  it.each([
    ['empty text', ''],
    ['spaces only', '     '],
    ['whitespace of every kind', ' \t\n\r\n\u00a0\u2003\u3000\n'],
    ['a lone newline', '\n'],
    ['emoji at both ends', '🚀 Can you review the launch doc by Friday 3pm? 👀'],
    ['emoji joined and flagged', 'Hey 👩‍💻🇩🇪👍🏽 can we hop on a call 🙏'],
    ['only emoji', '😀😃😄😁😆'],
    ['lone surrogates', '\ud83d review \ude00 the doc\ud800'],
    ['combining marks', 'Cafe\u0301 meeting at 3pm? Z\u0351\u0352\u0353algo text'],
    ['right-to-left Hebrew', 'שלום, אפשר לבדוק את המסמך עד יום חמישי?'],
    ['right-to-left Arabic with a time', 'مرحبا، هل يمكنك مراجعة الملف قبل الساعة 3pm؟'],
    ['bidi override characters', 'Please review \u202egnirts desrever\u202c the doc at 3pm \u2066isolate\u2069'],
    ['CRLF line endings', 'Hi team,\r\n\r\nCan you review the deck by EOD?\r\nThanks\r\n'],
    ['lone CR line endings', 'Hi team,\rCan you send the report soon?\rThanks'],
    ['NUL characters', 'Can\u0000 you review\u0000 the doc\u0000?'],
    ['zero-width characters', '\ufeffCan\u200b you\u200c review\u200d the\u2060 doc by 3pm?\ufeff'],
    ['HTML tags as text', '<p>Hi <b>team</b>,</p><p>Can you review <a href="https://x.example/doc">the doc</a> by 3pm?</p><script>alert(1)</script>'],
    ['a Subject line and quoted history', 'Subject: Re: budget\n\nSure, see below.\n\nOn Mon, 2 Mar 2026 at 09:00, Sam wrote:\n> Can you send the numbers ASAP?\n>> URGENT'],
    ['code spans and an unclosed code block', 'Run `npm test` at 3pm\n```\nURGENT: review the doc\n'],
    ['Slack markup', '<@U123> can you check <https://x.example/pr/1|the PR> and <#C42|general> by <!date^1700000000^{time}|3pm>?'],
    ['a malformed Slack link', '<https://x.example|'],
  ])('%s', (_label, text) => {
    lintEverywhere(text);
  });

  it('gives the same result for the same input', () => {
    const text = 'Hey, URGENT: can you review the deck at 3pm? Thoughts?';
    const options = { channel: 'slack' as const, now: NOW, timeZone: 'America/New_York' };
    expect(lint(text, options)).toEqual(lint(text, options));
  });

  it('lints single edge-case code points on their own', () => {
    for (const text of ['\u0000', '\u001f', '\u007f', '\u00ad', '\ud7ff', '\ue000', '\uffff', '\ufffe', '\u{10000}', '\u{10ffff}', '\u{1f600}']) {
      lintEverywhere(text);
    }
  });
});

describe('large and adversarial input', () => {
  const SIZE = 200_000;
  // Each string targets a shape that trips naive patterns: nested quantifiers over one character,
  // unbalanced delimiters, and prefixes of the things the analysis looks for (URLs, ids, times).
  const adversarial: [string, string][] = [
    ['one letter', 'a'.repeat(SIZE)],
    ['spaces', ' '.repeat(SIZE)],
    ['newlines', '\n'.repeat(SIZE)],
    ['CRLF pairs', '\r\n'.repeat(SIZE / 2)],
    ['nested brackets', '('.repeat(SIZE / 4) + '['.repeat(SIZE / 4) + ']'.repeat(SIZE / 4) + ')'.repeat(SIZE / 4)],
    ['unclosed angle brackets', '<'.repeat(SIZE)],
    ['repeated URLs', 'https://example.com/a/b?c=d&e=f '.repeat(SIZE / 32)],
    ['URL prefixes without a host', 'http://'.repeat(SIZE / 7)],
    ['one endless URL', `https://example.com/${'a/'.repeat(SIZE / 2)}`],
    ['backticks', '`'.repeat(SIZE)],
    ['code fences', '```'.repeat(SIZE / 3)],
    ['quote markers', '>'.repeat(SIZE)],
    ['quoted lines', '> '.repeat(10).concat('text\n').repeat(SIZE / 26)],
    ['dotted letters', 'a.'.repeat(SIZE / 2)],
    ['dots', '.'.repeat(SIZE)],
    ['question marks', '?'.repeat(SIZE)],
    ['exclamation marks', '!'.repeat(SIZE)],
    ['digits', '1'.repeat(SIZE)],
    ['digit groups and colons', '12:'.repeat(SIZE / 3)],
    ['almost clock times', '3p'.repeat(SIZE / 2)],
    ['clock times', 'at 3pm '.repeat(SIZE / 7)],
    ['ticket-id prefixes', 'PROJ-'.repeat(SIZE / 5)],
    ['hashes', '#'.repeat(SIZE)],
    ['at signs', '@'.repeat(SIZE)],
    ['Slack link openers', '<http://a|'.repeat(SIZE / 10)],
    ['markdown link openers', '[a]('.repeat(SIZE / 4)],
    ['asterisks and underscores', '*_'.repeat(SIZE / 2)],
    ['hyphens', '-'.repeat(SIZE)],
    ['emoji', '😀'.repeat(SIZE / 2)],
    ['zero-width spaces', '\u200b'.repeat(SIZE)],
    ['one word a line', 'please\n'.repeat(SIZE / 7)],
    ['a wall of requests', 'Can you review the doc ASAP? '.repeat(SIZE / 29)],
    ['email reply headers', 'On Mon, Sam wrote:\n'.repeat(SIZE / 19)],
  ];

  it.each(adversarial)('%s (200 KB)', (_label, text) => {
    for (const channel of ['generic', 'email'] as const) {
      expectWellFormed(text, lint(text, { channel, now: NOW, timeZone: 'UTC' }));
    }
  }, BIG_INPUT_TIMEOUT_MS);

  it('a 1 MB paste of ordinary prose', () => {
    const paragraph =
      'Hi all, the Q3 planning doc is in the shared folder. Can you review the budget section by Friday 3pm? ' +
      'Sam flagged a risk in the vendor contract, see PROJ-142 and https://example.com/contracts/7. ' +
      'Thanks! 🙏\n\n';
    const text = paragraph.repeat(Math.ceil(1_000_000 / paragraph.length));
    expect(text.length).toBeGreaterThanOrEqual(1_000_000);
    expectWellFormed(text, lint(text, { channel: 'email', now: NOW, timeZone: 'UTC' }));
  }, BIG_INPUT_TIMEOUT_MS);
});
