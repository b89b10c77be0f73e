// The registry's own checks (typescript-eslint style): every rule file is registered under its
// file name, documented for the popup, and tested; every word list is clean data.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules';
import { CATEGORIES, RULE_IDS } from '../../lib/types';
import * as missingLinkData from '../../rules/data/missing-link';
import * as urgentData from '../../rules/data/urgent-language';
import * as sensitiveData from '../../rules/data/sensitive-topic';

const rulesDir = join(import.meta.dirname, '../../rules');
const ruleFiles = readdirSync(rulesDir)
  .filter((name) => name.endsWith('.ts') && name !== 'index.ts')
  .map((name) => name.replace(/\.ts$/, ''));

describe('rule registry', () => {
  it('registers every rule file under its file name, and nothing else', () => {
    expect(Object.keys(rules).sort()).toEqual([...ruleFiles].sort());
    for (const [id, rule] of Object.entries(rules)) expect(rule.id).toBe(id);
  });

  it('covers exactly the public rule ids, sorted', () => {
    expect(Object.keys(rules)).toEqual([...RULE_IDS]);
    expect([...RULE_IDS]).toEqual([...RULE_IDS].sort());
  });

  it('has a test file for every rule', () => {
    const tests = readdirSync(import.meta.dirname).filter((name) => name.endsWith('.test.ts'));
    for (const id of ruleFiles) expect(tests).toContain(`${id}.test.ts`);
  });

  it.each(Object.values(rules).map((rule) => [rule.id, rule] as const))('documents %s for the popup', (_id, rule) => {
    expect(rule.meta.title.trim().length).toBeGreaterThan(3);
    expect(rule.meta.description.trim().length).toBeGreaterThan(10);
    expect(rule.meta.description).not.toMatch(/\n/);
    expect(CATEGORIES).toContain(rule.meta.category);
    expect(['warning', 'info']).toContain(rule.meta.severity);
    expect(rule.meta.penalty).toBeGreaterThan(0);
    expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
  });
});

describe('rule word lists', () => {
  const lists: Record<string, readonly string[]> = {
    'missing-link RESOURCE_NOUNS': missingLinkData.RESOURCE_NOUNS,
    'missing-link RESOURCE_PLACES': missingLinkData.RESOURCE_PLACES,
    'missing-link CREATION_VERBS': missingLinkData.CREATION_VERBS,
    'missing-link OPENING_VERBS': missingLinkData.OPENING_VERBS,
    'urgent-language URGENT_MARKERS': urgentData.URGENT_MARKERS,
    'urgent-language URGENT_ADVERBS': urgentData.URGENT_ADVERBS,
    'urgent-language NEGATIONS': urgentData.NEGATIONS,
    'urgent-language COMPOUND_HEADS': urgentData.COMPOUND_HEADS,
    'sensitive-topic DISMISSAL': sensitiveData.DISMISSAL,
    'sensitive-topic PAY_GRIEVANCE': sensitiveData.PAY_GRIEVANCE,
    'sensitive-topic CONDUCT': sensitiveData.CONDUCT,
  };

  it.each(Object.entries(lists))('%s has no duplicates, stray spaces or empty entries', (_name, list) => {
    expect(new Set(list).size).toBe(list.length);
    for (const entry of list) {
      expect(entry).toBe(entry.trim());
      expect(entry).not.toMatch(/ {2}/);
      expect(entry.length).toBeGreaterThan(0);
    }
  });

  it.each(Object.entries(lists).filter(([name]) => !name.startsWith('sensitive-topic')))('%s is lower case', (_name, list) => {
    for (const entry of list) expect(entry).toBe(entry.toLowerCase());
  });

  it.each(Object.entries(lists).filter(([name]) => name.startsWith('sensitive-topic')))('%s compiles as patterns', (_name, list) => {
    for (const entry of list) expect(() => new RegExp(entry.replace('{person}', '(\\p{L}+)'), 'u')).not.toThrow();
  });
});
