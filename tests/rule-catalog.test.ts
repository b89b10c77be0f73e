import { describe, expect, it } from 'vitest';
import { RULE_TITLES } from '../lib/rule-titles';
import { RULE_IDS } from '../lib/types';
import { rules } from '../rules';

describe('rule titles for the content scripts', () => {
  it('has exactly the rule ids', () => {
    expect(Object.keys(RULE_TITLES).sort()).toEqual([...RULE_IDS].sort());
  });

  it.each([...RULE_IDS])('names %s as its meta.title does', (ruleId) => {
    expect(RULE_TITLES[ruleId]).toBe(rules[ruleId].meta.title);
  });
});
