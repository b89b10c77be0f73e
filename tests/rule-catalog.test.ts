import { describe, expect, it } from 'vitest';
import { RULE_CATALOG } from '../lib/rule-catalog';
import { RULE_IDS } from '../lib/types';
import { rules } from '../rules';

describe('rule catalog for the popup, options and content scripts', () => {
  // A rule could override a field after spreading its entry, or spread another rule's entry:
  // the pages would then describe a rule differently from the engine that runs it.
  it.each([...RULE_IDS])('%s has exactly its catalog entry in its meta', (ruleId) => {
    const { penalty, messages, ...summary } = rules[ruleId].meta;
    expect(summary).toStrictEqual(RULE_CATALOG[ruleId]);
  });

  it('has an entry for every rule id and nothing else', () => {
    expect(Object.keys(RULE_CATALOG).sort()).toEqual([...RULE_IDS].sort());
  });
});
