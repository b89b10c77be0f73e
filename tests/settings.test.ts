// Settings arrive from places we do not control (sync storage written by another version, a
// hand-edited file), so parseSettings must survive anything and keep what it can, while
// validateSettingsStrict must say exactly which field of a deliberate config is wrong.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultSettings, parseSettings, validateSettingsStrict } from '../lib/settings';
import { RULE_IDS } from '../lib/types';

function droppedPaths(input: unknown): string[] {
  return parseSettings(input).dropped.map((issue) => issue.path);
}

describe('parseSettings on garbage', () => {
  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a number', 42],
    ['NaN', Number.NaN],
    ['a string', '{"paused":true}'],
    ['a boolean', true],
    ['an array', [{ paused: true }]],
    ['an empty object', {}],
  ])('returns the defaults for %s', (_label, input) => {
    expect(parseSettings(input).settings).toEqual(defaultSettings());
  });

  it('says why a non-object was dropped, and drops nothing for a missing value', () => {
    expect(parseSettings(42).dropped).toEqual([{ path: '', message: expect.any(String) }]);
    expect(parseSettings(['x']).dropped).toHaveLength(1);
    expect(parseSettings(null).dropped).toEqual([]);
    expect(parseSettings(undefined).dropped).toEqual([]);
  });

  it('keeps every valid part next to wrong types deep inside, and lists each dropped path', () => {
    const parsed = parseSettings({
      paused: 'yes',
      rules: {
        'ambiguous-time': { enabled: false },
        'urgent-language': { severity: 'info' },
        'missing-link': { enabled: 'no' },
        'made-up-rule': { enabled: false },
      },
      sites: { slack: false, gmail: 'sometimes', optIn: ['https://chat.example.com/', 'not a url', 7] },
      team: { urgentChannel: '#incidents', artifactWords: ['runbook', '', 'playbook', 'runbook', null], allowList: 'ASAP' },
      theme: 'dark',
    });
    expect(parsed.settings.rules).toEqual({
      'ambiguous-time': { enabled: false },
      'urgent-language': { enabled: true, severity: 'info' },
    });
    expect(parsed.settings.sites).toEqual({ slack: false, gmail: true, optIn: ['https://chat.example.com/'] });
    expect(parsed.settings.team).toEqual({ urgentChannel: '#incidents', artifactWords: ['runbook', 'playbook'], allowList: [] });
    expect(parsed.settings.paused).toBe(false);
    expect(parsed.dropped.map((issue) => issue.path).sort()).toEqual(
      [
        'paused',
        'rules.missing-link.enabled',
        'rules.made-up-rule',
        'sites.gmail',
        'sites.optIn.1',
        'sites.optIn.2',
        'team.artifactWords.1',
        'team.artifactWords.4',
        'team.allowList',
        'theme',
      ].sort(),
    );
    for (const issue of parsed.dropped) expect(issue.message.length).toBeGreaterThan(0);
  });

  it('treats prototype-looking keys from JSON as plain unknown keys', () => {
    const input: unknown = JSON.parse('{"__proto__":{"paused":true},"rules":{"__proto__":{"enabled":false},"constructor":{}}}');
    const parsed = parseSettings(input);
    expect(parsed.settings).toEqual(defaultSettings());
    expect(droppedPaths(input).sort()).toEqual(['__proto__', 'rules.__proto__', 'rules.constructor']);
    expect(({} as Record<string, unknown>).paused).toBeUndefined();
  });

  it('rejects an object where a rule map is expected and an array where a team object is expected', () => {
    expect(droppedPaths({ rules: ['missing-ask'], team: ['x'], sites: 3 }).sort()).toEqual(['rules', 'sites', 'team']);
  });

  it('never throws and always returns settings that pass strict validation', () => {
    const settingsLike = fc.record(
      {
        version: fc.oneof(fc.constant(1), fc.anything()),
        paused: fc.oneof(fc.boolean(), fc.anything()),
        rules: fc.oneof(
          fc.dictionary(fc.oneof(fc.constantFrom(...RULE_IDS), fc.string()), fc.oneof(fc.record({ enabled: fc.anything(), severity: fc.anything() }, { requiredKeys: [] }), fc.anything())),
          fc.anything(),
        ),
        sites: fc.oneof(fc.record({ slack: fc.anything(), gmail: fc.anything(), optIn: fc.array(fc.oneof(fc.webUrl(), fc.anything())) }, { requiredKeys: [] }), fc.anything()),
        team: fc.oneof(
          fc.record({ urgentChannel: fc.anything(), artifactWords: fc.array(fc.anything()), allowList: fc.oneof(fc.array(fc.string()), fc.anything()) }, { requiredKeys: [] }),
          fc.anything(),
        ),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(settingsLike, fc.anything(), fc.jsonValue()), (input) => {
        const parsed = parseSettings(input);
        expect(validateSettingsStrict(parsed.settings).ok).toBe(true);
        // What was kept is stable: parsing the result again drops nothing.
        expect(parseSettings(parsed.settings)).toEqual({ settings: parsed.settings, dropped: [] });
      }),
      { numRuns: 300 },
    );
  });
});

describe('validateSettingsStrict', () => {
  it('accepts a complete valid config and returns it as settings', () => {
    const result = validateSettingsStrict({
      version: 1,
      rules: { 'missing-deadline': { enabled: false }, 'ambiguous-time': { severity: 'warning' } },
      team: { urgentChannel: '#oncall', allowList: ['EOD'] },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.settings.rules['missing-deadline']).toEqual({ enabled: false });
    expect(result.settings.rules['ambiguous-time']).toEqual({ enabled: true, severity: 'warning' });
    expect(result.settings.team.urgentChannel).toBe('#oncall');
    expect(result.settings.team.allowList).toEqual(['EOD']);
  });

  it.each([
    [{ rules: { 'missing-ask': { enabled: 'yes' } } }, 'rules.missing-ask.enabled'],
    [{ rules: { 'missing-ask': { severity: 'error' } } }, 'rules.missing-ask.severity'],
    [{ team: { allowList: ['fine', 3] } }, 'team.allowList.1'],
    [{ team: { urgentChannel: 12 } }, 'team.urgentChannel'],
    [{ sites: { optIn: ['https://ok.example.com', 'nope'] } }, 'sites.optIn.1'],
    [{ version: 2 }, 'version'],
    [{ paused: 'true' }, 'paused'],
  ])('names the bad field of %j', (input, path) => {
    const result = validateSettingsStrict(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => issue.path)).toEqual([path]);
  });

  it.each([
    [{ colour: 'blue' }, 'colour'],
    [{ rules: { 'no-such-rule': { enabled: false } } }, 'no-such-rule'],
    [{ team: { allowlist: ['typo in the key'] } }, 'allowlist'],
  ])('names an unknown key of %j in its issue', (input, key) => {
    const result = validateSettingsStrict(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => `${issue.path} ${issue.message}`).join('\n')).toContain(key);
  });

  it('rejects garbage at the top level without throwing', () => {
    for (const input of [null, 3, 'settings', [], true]) expect(validateSettingsStrict(input).ok).toBe(false);
  });
});

describe('parseSettings keeps every valid field of a rule entry', () => {
  it('keeps a good severity next to a bad enabled flag, and a good flag next to an unknown key', async () => {
    const { parseSettings } = await import('../lib/settings');
    const { settings, dropped } = parseSettings({
      rules: { 'missing-link': { enabled: 'yes', severity: 'info' }, 'urgent-language': { enabled: false, extra: 1 } },
    });
    expect(settings.rules['missing-link']).toEqual({ enabled: true, severity: 'info' });
    expect(settings.rules['urgent-language']).toEqual({ enabled: false });
    expect(dropped.map((issue) => issue.path).sort()).toEqual(['rules.missing-link.enabled', 'rules.urgent-language.extra']);
  });
});
