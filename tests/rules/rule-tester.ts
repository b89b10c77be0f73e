// A small RuleTester in the spirit of ESLint's: `valid` messages must draw no finding from the
// rule, `invalid` ones must draw the listed findings (flagged text, message id, fix). It runs the
// whole engine, as users see it, and looks at one rule's findings.
import { describe, expect, it } from 'vitest';
import { lint, type LintOptions } from '../../lib/lint';
import { rules } from '../../rules';
import type { Finding, RuleId } from '../../lib/types';

export interface TestCase {
  text: string;
  channel?: LintOptions['channel'];
  settings?: LintOptions['settings'];
}

export interface ExpectedFinding {
  /** The exact characters the finding covers. */
  flagged?: string;
  messageId?: string;
  /** The whole text after applying the finding's fix. */
  output?: string;
}

export interface InvalidCase extends TestCase {
  findings: ExpectedFinding[];
}

const NOW = new Date('2026-11-24T10:00:00Z');
const ZONE = 'Europe/Berlin';

function run(testCase: TestCase): Finding[] {
  const options: LintOptions = { channel: testCase.channel ?? 'slack', now: NOW, timeZone: ZONE };
  if (testCase.settings) options.settings = testCase.settings;
  return lint(testCase.text, options).findings;
}

/** A template's text with its placeholders as wildcards, to tell which template made a message. */
function templatePattern(template: string): RegExp {
  const escaped = template.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\{\w+\\\}/g, '.+');
  return new RegExp(`^${escaped}$`, 's');
}

function applyFix(text: string, finding: Finding): string {
  if (!finding.fix) throw new Error(`finding at ${finding.start}-${finding.end} has no fix`);
  return text.slice(0, finding.fix.start) + finding.fix.replacement + text.slice(finding.fix.end);
}

export function ruleTester(ruleId: RuleId, cases: { valid: (string | TestCase)[]; invalid: InvalidCase[] }): void {
  const rule = rules[ruleId];
  const valid = cases.valid.map((c) => (typeof c === 'string' ? { text: c } : c));
  const all = [...valid.map((c) => c.text), ...cases.invalid.map((c) => c.text)];
  const duplicates = all.filter((text, index) => all.indexOf(text) !== index);

  describe(ruleId, () => {
    it('has no duplicate test messages', () => {
      expect(duplicates).toEqual([]);
    });

    it.each(valid.map((c) => [c.text, c] as const))('stays silent on %j', (_text, testCase) => {
      expect(run(testCase).filter((f) => f.ruleId === ruleId)).toEqual([]);
    });

    it.each(cases.invalid.map((c) => [c.text, c] as const))('flags %j', (_text, testCase) => {
      if (testCase.findings.length === 0) throw new Error('an invalid case must expect at least one finding');
      const findings = run(testCase).filter((f) => f.ruleId === ruleId);
      expect(findings.length, JSON.stringify(findings)).toBe(testCase.findings.length);
      findings.forEach((finding, index) => {
        const expected = testCase.findings[index]!;
        expect(finding.start).toBeGreaterThanOrEqual(0);
        expect(finding.end).toBeLessThanOrEqual(testCase.text.length);
        expect(finding.start).toBeLessThan(finding.end);
        expect(finding.message).not.toMatch(/\{\w+\}/);
        expect(finding.suggestion.length).toBeGreaterThan(0);
        if (expected.flagged !== undefined) expect(testCase.text.slice(finding.start, finding.end)).toBe(expected.flagged);
        if (expected.messageId !== undefined) {
          const template = rule.meta.messages[expected.messageId];
          if (!template) throw new Error(`unknown message id ${expected.messageId}`);
          expect(finding.message).toMatch(templatePattern(template));
        }
        if (expected.output !== undefined) expect(applyFix(testCase.text, finding)).toBe(expected.output);
        else expect(finding.fix).toBeUndefined();
      });
    });
  });
}
