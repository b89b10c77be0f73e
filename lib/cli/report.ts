// Turns lint results into what the CLI prints: a readable report for people, and the JSON and
// JSONL shapes other tools read (shared/tools/score-corpus.mjs reads the JSONL one). Pure
// functions, so formats are tested without a terminal.
import type { Finding, LintResult } from '../types';

export interface LintedMessage {
  /** File name, or "<stdin>". */
  name: string;
  text: string;
  result: LintResult;
}

/** 1-based line and column of a UTF-16 offset; the column counts code points, as a reader does. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  const bounded = Math.max(0, Math.min(text.length, offset));
  let line = 1;
  let lineStart = 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < bounded; index = text.indexOf('\n', index + 1)) {
    line++;
    lineStart = index + 1;
  }
  let column = 1;
  for (let index = lineStart; index < bounded; index++) {
    const code = text.charCodeAt(index);
    // A high surrogate and its low half are one character: count the pair once.
    if (code >= 0xd800 && code <= 0xdbff && index + 1 < bounded) index++;
    column++;
  }
  return { line, column };
}

/**
 * Messages and suggestions quote the user's text, which may hold terminal escapes, line breaks or
 * bidi overrides; printed raw they could garble or disguise the report, so they become visible.
 */
export function printable(value: string): string {
  return value
    .replace(/\r\n|[\r\n\t]/g, ' ')
    .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '\ufffd');
}

export interface Palette {
  warning(text: string): string;
  info(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
  score(text: string, score: number): string;
}

const plain: Palette = {
  warning: (text) => text,
  info: (text) => text,
  dim: (text) => text,
  bold: (text) => text,
  score: (text) => text,
};

const ansi = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;
const yellow = ansi(33, 39);
const green = ansi(32, 39);
const red = ansi(31, 39);

const colored: Palette = {
  warning: yellow,
  info: ansi(36, 39),
  dim: ansi(2, 22),
  bold: ansi(1, 22),
  // The thresholds of rules.md: 85 and up is a complete request, 40 and below a poor one.
  score: (text, score) => (score >= 85 ? green(text) : score > 40 ? yellow(text) : red(text)),
};

/** Colour only on a terminal, and never when the user set NO_COLOR (https://no-color.org). */
export function shouldColor(isTTY: boolean, env: Readonly<Record<string, string | undefined>>): boolean {
  return isTTY && !env.NO_COLOR;
}

export function paletteFor(color: boolean): Palette {
  return color ? colored : plain;
}

function countBySeverity(findings: readonly Finding[]): string {
  const warnings = findings.filter((finding) => finding.severity === 'warning').length;
  const infos = findings.length - warnings;
  return `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}, ${infos} info`;
}

/** One block per message: a header, one entry per finding with its suggestion, then the score. */
export function formatTextReport(messages: readonly LintedMessage[], palette: Palette): string {
  const blocks = messages.map(({ name, text, result }) => {
    const lines = [palette.bold(printable(name))];
    const positions = result.findings.map((finding) => {
      const { line, column } = positionAt(text, finding.start);
      return `${line}:${column}`;
    });
    const positionWidth = Math.max(0, ...positions.map((position) => position.length));
    result.findings.forEach((finding, index) => {
      const severity = finding.severity === 'warning' ? palette.warning('warning') : palette.info('info   ');
      const position = (positions[index] ?? '').padEnd(positionWidth);
      lines.push(`  ${palette.dim(position)}  ${severity}  ${printable(finding.message)}  ${palette.dim(finding.ruleId)}`);
      if (finding.suggestion) lines.push(`  ${' '.repeat(positionWidth)}  ${' '.repeat(7)}  ${palette.dim('→')} ${printable(finding.suggestion)}`);
    });
    if (result.findings.length === 0) lines.push('  No findings.');
    const lost = result.breakdown.filter((category) => category.penalty > 0).map((category) => `${category.category} −${category.penalty}`);
    const score = palette.score(`Score ${result.score}/100`, result.score);
    const summary = result.findings.length > 0 ? ` · ${countBySeverity(result.findings)}` : '';
    lines.push(`  ${score}${summary}${lost.length > 0 ? palette.dim(` (${lost.join(', ')})`) : ''}`);
    return lines.join('\n');
  });
  return `${blocks.join('\n\n')}\n`;
}

/** A finding as the JSONL contract spells it: exactly these fields, `fix` only when there is one. */
export interface JsonlFinding {
  ruleId: Finding['ruleId'];
  severity: Finding['severity'];
  start: number;
  end: number;
  message: string;
  suggestion: string;
  fix?: Finding['fix'];
}

export function toJsonlFinding(finding: Finding): JsonlFinding {
  const { ruleId, severity, start, end, message, suggestion, fix } = finding;
  return fix ? { ruleId, severity, start, end, message, suggestion, fix } : { ruleId, severity, start, end, message, suggestion };
}

export function hasWarning(result: LintResult): boolean {
  return result.findings.some((finding) => finding.severity === 'warning');
}
