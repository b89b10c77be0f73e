// Property tests for the engine: whatever the text, lint never throws, is deterministic, returns
// ranges inside the text on code-point boundaries, and every offered fix yields text that lints.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lint } from '../lib/lint';

const NOW = new Date('2026-11-24T10:00:00Z');

const pieces = fc.constantFrom(
  'Can you review the doc by 3pm?', 'URGENT', ' ', '\n', '\r\n', '😀', '👩‍💻', 'שלום', 'مرحبا', '\u200b', '\u0000', '<b>', '</p>',
  '`code`', '```', '> quoted', 'https://example.com/x', 'PROJ-12', '@sam', 'EOD', 'soon', 'Hi', '!!!', 'Subject: x', 'a'.repeat(300),
  'let me know', 'the deck', 'at 9', '\ud83d', '\ude00', '.', '?',
);
const messages = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), fc.array(pieces, { maxLength: 30 }).map((parts) => parts.join(' ')));
const channels = fc.constantFrom('slack' as const, 'email' as const, 'generic' as const);

function splitsPair(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return offset > 0 && offset < text.length && before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

describe('lint on any text', () => {
  it('never throws, is deterministic, and keeps ranges in bounds on code points', () => {
    fc.assert(
      fc.property(messages, channels, (text, channel) => {
        const first = lint(text, { channel, now: NOW, timeZone: 'Asia/Kolkata' });
        expect(lint(text, { channel, now: NOW, timeZone: 'Asia/Kolkata' })).toEqual(first);
        for (const finding of first.findings) {
          for (const offset of [finding.start, finding.end, finding.fix?.start ?? 0, finding.fix?.end ?? 0]) {
            expect(offset).toBeGreaterThanOrEqual(0);
            expect(offset).toBeLessThanOrEqual(text.length);
            expect(splitsPair(text, offset)).toBe(false);
          }
          expect(finding.start).toBeLessThanOrEqual(finding.end);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('lints the text any offered fix produces', () => {
    fc.assert(
      fc.property(messages, channels, (text, channel) => {
        for (const finding of lint(text, { channel, now: NOW, timeZone: 'UTC' }).findings) {
          if (!finding.fix) continue;
          const fixed = text.slice(0, finding.fix.start) + finding.fix.replacement + text.slice(finding.fix.end);
          expect(() => lint(fixed, { channel, now: NOW, timeZone: 'UTC' })).not.toThrow();
        }
      }),
      { numRuns: 200 },
    );
  });

  it('resolves the finding a zone fix was offered for', () => {
    fc.assert(
      fc.property(fc.constantFrom('3pm', '9:30', '11am', '17:45', 'EOD'), fc.constantFrom('Europe/Berlin', 'America/New_York', 'UTC', 'Asia/Tokyo'), (time, timeZone) => {
        const text = `Please send the report by ${time} on Friday 27 Nov.`;
        const finding = lint(text, { now: NOW, timeZone }).findings.find((f) => f.ruleId === 'ambiguous-time');
        expect(finding?.fix).toBeDefined();
        const fixed = text.slice(0, finding!.fix!.start) + finding!.fix!.replacement + text.slice(finding!.fix!.end);
        expect(lint(fixed, { now: NOW, timeZone }).findings.some((f) => f.ruleId === 'ambiguous-time')).toBe(false);
      }),
    );
  });
});
