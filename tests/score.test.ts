// The clarity score's promises from rules.md: complete requests score high, thin one-liners low,
// and good > fair > poor.
import { describe, expect, it } from 'vitest';
import { lint } from '../lib/lint';

const now = new Date('2026-11-24T10:00:00Z');
const score = (text: string, channel: 'slack' | 'email' = 'slack') => lint(text, { channel, now, timeZone: 'Europe/Berlin' }).score;

describe('clarity score', () => {
  it('gives a complete request 85 or more', () => {
    const complete =
      'Could you review the onboarding copy in https://docs.example.com/d/onb-42 by Thursday 26 Nov, 15:00 CET? ' +
      'We launch the new signup flow on Monday and legal signs off on Friday morning, so I need your edits before then. ' +
      'Mostly the welcome email and the empty states; the rest is final.';
    expect(score(complete)).toBeGreaterThanOrEqual(85);
  });

  it('gives a complete email request 85 or more', () => {
    const email =
      'Subject: Vendor contract renewal – your sign-off by 2 Dec\n\nHi Tomasz,\n\n' +
      'The hosting contract with Northwind renews on 10 December and the price goes up 8%. ' +
      'The comparison with two other vendors is in https://sheets.example.com/s/hosting-2027.\n\n' +
      'Could you tell me by Wednesday 2 December whether we renew or switch? I need a week to give notice.\n\nThanks,\nIrene';
    expect(score(email, 'email')).toBeGreaterThanOrEqual(85);
  });

  it('gives a one-line request missing context, deadline and link 40 or less', () => {
    expect(score('Can you update the spec?')).toBeLessThanOrEqual(40);
    expect(score('pls review the deck')).toBeLessThanOrEqual(40);
  });

  it('ranks good above fair above poor', () => {
    const good = score('Could you approve invoice INV-2291 in the finance portal by Friday 27 Nov? It is the last one open for November.');
    const fair = score('Could you approve invoice INV-2291 in the finance portal when you get a chance? It is the last one open for November.');
    const poor = score('Can you approve the invoice?');
    expect(good).toBeGreaterThan(fair);
    expect(fair).toBeGreaterThan(poor);
  });

  it('is an integer between 0 and 100 even for a message with every problem', () => {
    const value = score('URGENT!!! hey, can we hop on a call at 3? need the deck for X client asap, your work on it was sloppy');
    expect(Number.isInteger(value)).toBe(true);
    expect(value).toBeGreaterThanOrEqual(0);
    expect(value).toBeLessThanOrEqual(100);
  });

  it('explains the score with a per-category breakdown that adds up', () => {
    const result = lint('Can you update the roadmap?', { now, timeZone: 'UTC' });
    const lost = result.breakdown.reduce((sum, category) => sum + category.penalty, 0);
    expect(Math.abs(100 - lost - result.score)).toBeLessThanOrEqual(result.breakdown.length);
    const fired = new Set(result.findings.map((f) => f.ruleId));
    expect(new Set(result.breakdown.flatMap((c) => c.ruleIds))).toEqual(fired);
  });
});
