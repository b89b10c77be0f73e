// The engine's entry point: analyse the text once, run every enabled rule on the shared analysis,
// drop findings on allow-listed terms, and score what is left.
import { analyze } from './analysis';
import { formatMessage, type RuleContext } from './rule';
import { scoreFindings } from './score';
import { defaultSettings, isRuleEnabled, type Settings } from './settings';
import type { Channel, Finding, LintResult } from './types';
import { rules } from '../rules';
import { clampToCodePoints } from './text';

export interface LintOptions {
  channel?: Channel;
  settings?: Settings;
  /** The moment the message is written; suggestions compute real dates from it. */
  now?: Date;
  /** IANA zone of the writer, for suggested zones and dates; defaults to the system's. */
  timeZone?: string;
}

let cachedSystemTimeZone: string | undefined;

/** The zone this machine reports (read once: building an Intl formatter is slow). */
export function systemTimeZone(): string {
  if (cachedSystemTimeZone === undefined) {
    try {
      cachedSystemTimeZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
    } catch {
      cachedSystemTimeZone = 'UTC';
    }
  }
  return cachedSystemTimeZone;
}

export function lint(text: string, options: LintOptions = {}): LintResult {
  const settings = options.settings ?? defaultSettings();
  const context: RuleContext = {
    settings,
    now: options.now ?? new Date(),
    timeZone: options.timeZone ?? systemTimeZone(),
  };
  const analysis = analyze(text, options.channel ?? 'generic', settings);
  const findings: Finding[] = [];
  for (const rule of Object.values(rules)) {
    if (!isRuleEnabled(settings, rule.id, rule.meta.enabledByDefault)) continue;
    for (const report of rule.check(analysis, context)) {
      const range = clampToCodePoints(text, report.start, report.end);
      const finding: Finding = {
        ruleId: rule.id,
        severity: settings.rules[rule.id]?.severity ?? rule.meta.severity,
        start: range.start,
        end: range.end,
        message: formatMessage(rule.meta.messages[report.messageId] ?? report.messageId, report.data),
        suggestion: report.suggestion,
        messageLevel: report.messageLevel,
      };
      if (report.fix) finding.fix = { ...report.fix, ...clampToCodePoints(text, report.fix.start, report.fix.end) };
      if (!analysis.isAllowListed(finding.start, finding.end)) findings.push(finding);
    }
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
  const { score, breakdown } = scoreFindings(findings, rules);
  return { score, findings, breakdown };
}
