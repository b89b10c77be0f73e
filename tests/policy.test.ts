import { describe, expect, it } from 'vitest';
import { applyPolicy, DEFAULT_POLICY_REASON, parsePolicy } from '../lib/policy';
import { defaultSettings } from '../lib/settings';

describe('organisation policy', () => {
  it('is absent when managed storage holds nothing', () => {
    expect(parsePolicy({})).toBeNull();
    expect(parsePolicy(undefined)).toBeNull();
  });

  it('locks exactly the values the administrator set, with their reason', () => {
    const policy = parsePolicy({
      reason: 'Required by Acme IT',
      rules: { 'urgent-language': { enabled: true }, 'missing-link': { severity: 'info' } },
      sites: { gmail: false },
      team: { urgentChannel: '#incidents' },
    });
    expect(policy).toMatchObject({
      reason: 'Required by Acme IT',
      ruleEnabled: { 'urgent-language': true },
      sites: { gmail: false },
      team: { urgentChannel: '#incidents' },
      dropped: [],
    });
  });

  it('ignores invalid parts, keeps the valid ones, and gives a default reason', () => {
    const policy = parsePolicy({ rules: { 'no-such-rule': { enabled: false }, 'missing-ask': { enabled: 'no' } }, sites: { slack: false } });
    expect(policy?.reason).toBe(DEFAULT_POLICY_REASON);
    expect(policy?.ruleEnabled).toEqual({});
    expect(policy?.sites).toEqual({ slack: false });
    expect(policy?.dropped.map((issue) => issue.path)).toEqual(['rules.no-such-rule', 'rules.missing-ask.enabled']);
  });

  it('wins over the user where it speaks, and leaves the rest to the user', () => {
    const user = defaultSettings();
    user.rules['urgent-language'] = { enabled: false, severity: 'info' };
    user.team.allowList = ['EOD'];
    user.team.urgentChannel = '#mine';
    const effective = applyPolicy(user, parsePolicy({ rules: { 'urgent-language': { enabled: true } }, team: { urgentChannel: '#incidents' } }));
    expect(effective.rules['urgent-language']).toEqual({ enabled: true, severity: 'info' });
    expect(effective.team).toEqual({ urgentChannel: '#incidents', artifactWords: [], allowList: ['EOD'] });
  });
});
