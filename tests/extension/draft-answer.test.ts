// The popup's "get-draft" answer: what the content script makes of its focused composer's draft,
// and what the popup accepts, checked with the protocol's schema.
import { describe, expect, it } from 'vitest';
import { draftState } from '../../lib/extension/content-main';
import { draftAnswerSchema } from '../../lib/extension/protocol';
import type { DraftSnapshot } from '../../lib/live/composer-session';
import { LIVE_CHECK_LIMIT } from '../../lib/live/composer-session';

const linted: DraftSnapshot = {
  text: 'Ship ASAP at 3pm',
  score: 80,
  findings: [
    {
      key: 'urgent-language|ASAP',
      ruleId: 'urgent-language',
      severity: 'warning',
      start: 5,
      end: 9,
      message: 'Urgency instead of a deadline',
      suggestion: 'Say when you need it.',
      messageLevel: false,
    },
    {
      key: 'ambiguous-time|3pm',
      fixTarget: '3pm',
      ruleId: 'ambiguous-time',
      severity: 'info',
      start: 13,
      end: 16,
      message: 'A time without a zone',
      suggestion: 'Add the time zone.',
      messageLevel: false,
      fix: { start: 13, end: 16, replacement: '3pm CET' },
    },
  ],
  breakdown: [{ category: 'tone', penalty: 20, ruleIds: ['urgent-language', 'ambiguous-time'] }],
  tooLong: null,
};

const tooLong: DraftSnapshot = { text: '', score: null, findings: [], breakdown: [], tooLong: { length: 409_600, limit: LIVE_CHECK_LIMIT } };

describe('the content script\'s draft for the popup', () => {
  it('gives a linted draft\'s score, breakdown and findings, without the session\'s keys and fixes', () => {
    expect(draftState(linted)).toEqual({
      score: 80,
      breakdown: linted.breakdown,
      findings: [
        { ruleId: 'urgent-language', severity: 'warning', start: 5, end: 9, message: 'Urgency instead of a deadline', suggestion: 'Say when you need it.', messageLevel: false },
        { ruleId: 'ambiguous-time', severity: 'info', start: 13, end: 16, message: 'A time without a zone', suggestion: 'Add the time zone.', messageLevel: false },
      ],
    });
  });

  it('says a draft is too long to check, with its length and the limit', () => {
    expect(draftState(tooLong)).toEqual({ status: 'too-long', length: 409_600, limit: LIVE_CHECK_LIMIT });
  });

  it('has no draft without a focused composer, text or result', () => {
    expect(draftState(undefined)).toBeNull();
    expect(draftState({ ...linted, text: ' \n ' })).toBeNull();
    expect(draftState({ ...linted, score: null })).toBeNull();
  });

  it('answers what the popup accepts, in every state', () => {
    for (const snapshot of [linted, tooLong, undefined]) {
      const answer = { site: 'slack', draft: draftState(snapshot) };
      expect(draftAnswerSchema.parse(answer)).toEqual(answer);
    }
  });
});

describe('the get-draft answer schema', () => {
  it('accepts a linted draft as it was before drafts could be too long, and no draft', () => {
    const answer = { site: 'gmail', draft: { score: 100, findings: [], breakdown: [] } };
    expect(draftAnswerSchema.parse(answer)).toEqual(answer);
    expect(draftAnswerSchema.parse({ site: 'generic', draft: null })).toEqual({ site: 'generic', draft: null });
  });

  it('accepts a draft too long to check only with a length over a positive limit', () => {
    const draft = { status: 'too-long', length: LIVE_CHECK_LIMIT + 1, limit: LIVE_CHECK_LIMIT };
    expect(draftAnswerSchema.parse({ site: 'slack', draft }).draft).toEqual(draft);
    for (const invalid of [
      { ...draft, length: LIVE_CHECK_LIMIT },
      { ...draft, length: 1.5 * LIVE_CHECK_LIMIT + 0.5 },
      { ...draft, limit: 0, length: 10 },
      { status: 'too-long', length: LIVE_CHECK_LIMIT + 1 },
      { ...draft, status: 'too-short' },
    ]) {
      expect(draftAnswerSchema.safeParse({ site: 'slack', draft: invalid }).success, JSON.stringify(invalid)).toBe(false);
    }
  });

  it('reads a draft marked too long as too long, whatever else it carries', () => {
    const parsed = draftAnswerSchema.parse({ site: 'slack', draft: { status: 'too-long', length: LIVE_CHECK_LIMIT + 1, limit: LIVE_CHECK_LIMIT, score: 90, findings: [], breakdown: [] } });
    expect(parsed.draft).toEqual({ status: 'too-long', length: LIVE_CHECK_LIMIT + 1, limit: LIVE_CHECK_LIMIT });
  });
});
