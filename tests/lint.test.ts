// The engine's contract: deterministic, settings respected, findings as plain data.
import { describe, expect, it } from 'vitest';
import { lint } from '../lib/lint';
import { defaultSettings, parseSettings } from '../lib/settings';

const now = new Date('2026-11-24T10:00:00Z');

describe('lint', () => {
  it('is deterministic', () => {
    const text = 'hey, can you look at the doc when you get a chance? around till 6';
    expect(lint(text, { now, timeZone: 'UTC' })).toEqual(lint(text, { now, timeZone: 'UTC' }));
  });

  it('returns findings that survive JSON (they cross extension messaging)', () => {
    const result = lint('Send me the numbers by 3pm please', { now, timeZone: 'America/New_York' });
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    const zoneFix = result.findings.find((f) => f.ruleId === 'ambiguous-time')?.fix;
    expect(zoneFix?.replacement).toBe(' EST');
  });

  it('skips rules the settings turn off', () => {
    const settings = parseSettings({ rules: { 'ambiguous-time': { enabled: false } } }).settings;
    const result = lint('Can we meet at 3 to decide the launch date?', { settings, now, timeZone: 'UTC' });
    expect(result.findings.some((f) => f.ruleId === 'ambiguous-time')).toBe(false);
    expect(lint('Can we meet at 3 to decide the launch date?', { now, timeZone: 'UTC' }).findings.some((f) => f.ruleId === 'ambiguous-time')).toBe(true);
  });

  it('never flags an allow-listed term', () => {
    const settings = { ...defaultSettings(), team: { ...defaultSettings().team, allowList: ['ASAP'] } };
    const text = 'The ASAP project kickoff notes are in https://wiki.example.com/asap.';
    expect(lint(text, { settings, now }).findings.some((f) => f.ruleId === 'urgent-language')).toBe(false);
  });

  it("names the team's urgent channel in urgent-language's suggestion", () => {
    const settings = { ...defaultSettings(), team: { ...defaultSettings().team, urgentChannel: '#inc-war-room' } };
    const finding = lint('URGENT: the export job is failing for every customer', { settings, now }).findings.find((f) => f.ruleId === 'urgent-language');
    expect(finding?.suggestion).toContain('#inc-war-room');
  });

  it('suggests a real date computed from now for a missing deadline', () => {
    const finding = lint('Could you write the release notes for the 4.2 mobile app?', { now, timeZone: 'Europe/Berlin' }).findings.find(
      (f) => f.ruleId === 'missing-deadline',
    );
    expect(finding?.suggestion).toContain('by Fri 27 Nov');
  });

  it('lets the severity be lowered per rule', () => {
    const settings = parseSettings({ rules: { 'ambiguous-time': { severity: 'info' } } }).settings;
    const finding = lint('The sync is at 4pm.', { settings, now }).findings.find((f) => f.ruleId === 'ambiguous-time');
    expect(finding?.severity).toBe('info');
  });

  it('produces no findings on text in code or quoted history', () => {
    const text = 'Merged the fix for `send it by EOD asap` parsing.\n> can you review the doc by 3pm? URGENT\nThanks for the report!';
    expect(lint(text, { now }).findings).toEqual([]);
  });

  it('ignores the quoted history and signature of an email', () => {
    const text = 'Subject: Re: launch\n\nSounds good, shipping it on Monday 30 Nov.\n\nBest,\nAna\n\nOn Tue, 24 Nov 2026, Bo wrote:\n> URGENT can you review the deck asap at 3?';
    expect(lint(text, { channel: 'email', now }).findings).toEqual([]);
  });
});
