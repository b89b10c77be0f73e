// The managed-storage schema in the manifest is what an administrator's policy is checked against
// by Chrome: it must offer every rule and exactly the keys the extension reads as policy.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../lib/policy';
import { RULE_IDS } from '../../lib/types';

interface SchemaNode {
  type: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  enum?: string[];
}

const schema = JSON.parse(readFileSync(join(__dirname, '../../public/managed-schema.json'), 'utf8')) as SchemaNode;

describe('managed storage schema', () => {
  it('offers every rule, the sites and the team options', () => {
    expect(Object.keys(schema.properties ?? {})).toEqual(['reason', 'rules', 'sites', 'team']);
    expect(Object.keys(schema.properties?.rules?.properties ?? {})).toEqual([...RULE_IDS]);
    expect(Object.keys(schema.properties?.sites?.properties ?? {})).toEqual(['slack', 'gmail', 'optIn']);
    expect(Object.keys(schema.properties?.team?.properties ?? {})).toEqual(['urgentChannel', 'artifactWords', 'allowList']);
  });

  it('describes values the extension accepts as policy', () => {
    const policy = parsePolicy({
      reason: 'Acme IT',
      rules: Object.fromEntries(RULE_IDS.map((id) => [id, { enabled: false }])),
      sites: { slack: true, gmail: false, optIn: ['https://chat.example.com'] },
      team: { urgentChannel: '#incidents', artifactWords: ['runbook'], allowList: ['EOD'] },
    });
    expect(policy?.dropped).toEqual([]);
    expect(Object.keys(policy?.ruleEnabled ?? {})).toHaveLength(RULE_IDS.length);
  });
});
