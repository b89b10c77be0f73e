import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffTexts, dismissalKey, findingAtOffset, remapFindings, toLiveFindings, type LiveFinding } from '../../lib/live/findings';
import type { Finding } from '../../lib/types';

function finding(start: number, end: number, extra: Partial<Finding> = {}): Finding {
  return { ruleId: 'urgent-language', severity: 'warning', start, end, message: 'm', suggestion: 's', messageLevel: false, ...extra };
}

describe('diffTexts', () => {
  it('finds the one edit between two texts', () => {
    expect(diffTexts('ship ASAP', 'ship it ASAP')).toEqual({ start: 5, oldEnd: 5, newEnd: 8 });
    expect(diffTexts('same', 'same')).toBeNull();
  });

  it('describes an edit that rebuilds the new text from the old one', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (before, after) => {
        const edit = diffTexts(before, after);
        if (!edit) return before === after;
        return before.slice(0, edit.start) + after.slice(edit.start, edit.newEnd) + before.slice(edit.oldEnd) === after;
      }),
    );
  });
});

describe('remapFindings', () => {
  const text = 'Need it ASAP, call at 3pm';
  const live = toLiveFindings([finding(8, 12), finding(22, 25, { ruleId: 'ambiguous-time', fix: { start: 22, end: 25, replacement: '3pm CET' } })], text);

  it('shifts findings after an insertion, fix included, and keeps those before it', () => {
    const after = 'Need it ASAP, please call at 3pm';
    const moved = remapFindings(live, diffTexts(text, after));
    expect(moved.map((item) => after.slice(item.start, item.end))).toEqual(['ASAP', '3pm']);
    expect(moved[1]?.fix).toEqual({ start: 29, end: 32, replacement: '3pm CET' });
  });

  it('keeps a finding when the user types right after it, drops it when they type inside it', () => {
    expect(remapFindings(live, diffTexts(text, 'Need it ASAPP, call at 3pm')).map((item) => item.ruleId)).toEqual([
      'urgent-language',
      'ambiguous-time',
    ]);
    expect(remapFindings(live, diffTexts(text, 'Need it ASxAP, call at 3pm')).map((item) => item.ruleId)).toEqual(['ambiguous-time']);
  });
});

describe('finding keys', () => {
  it('keys a finding by rule and words, numbers repeats, and records the fix target', () => {
    const text = 'ASAP and ASAP';
    const live = toLiveFindings([finding(0, 4), finding(9, 13)], text);
    expect(live.map((item) => item.key)).toEqual(['urgent-language|ASAP', 'urgent-language|ASAP#1']);
    expect(live.map(dismissalKey)).toEqual(['urgent-language|ASAP', 'urgent-language|ASAP']);
  });

  it('keys a message-level finding by its rule alone, so typing does not change it', () => {
    const [first] = toLiveFindings([finding(0, 5, { ruleId: 'missing-deadline', messageLevel: true })], 'Hello there');
    const [second] = toLiveFindings([finding(0, 9, { ruleId: 'missing-deadline', messageLevel: true })], 'Hello you there');
    expect(first?.key).toBe(second?.key);
  });

  it('picks the narrowest finding around a caret', () => {
    const items = [finding(0, 20, { messageLevel: true }), finding(5, 9)] as LiveFinding[];
    expect(findingAtOffset(items, 7)?.start).toBe(5);
    expect(findingAtOffset(items, 15)?.start).toBe(0);
    expect(findingAtOffset(items, 25)).toBeUndefined();
  });
});
