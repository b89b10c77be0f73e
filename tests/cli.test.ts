// The async-lint command: flags, report formats, exit statuses and error handling. Most cases
// drive runCli in memory; a few spawn the built executable to prove the packaging works too.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseArgs, type CliOptions } from '../lib/cli/args';
import { settingsFromConfigText, withRulesDisabled } from '../lib/cli/config';
import { jsonlLines, parseJsonlLine } from '../lib/cli/jsonl';
import { formatTextReport, paletteFor, positionAt, printable, shouldColor, toJsonlFinding } from '../lib/cli/report';
import { exitCodeFor, runCli, type CliIo } from '../lib/cli/run';
import { defaultSettings } from '../lib/settings';
import { CATEGORIES, RULE_IDS, type Finding, type LintResult } from '../lib/types';

const projectRoot = resolve(import.meta.dirname, '..');
const packageVersion = (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string }).version;

// A message bad enough that any reasonable rule set finds something in it.
const BAD_MESSAGE = 'URGENT!!! Hey, can we hop on a call at 3pm about this? Please review the doc soon.';
// Every rule at warning severity, so "some finding" means "a warning" whatever the defaults are.
const ALL_WARNINGS_CONFIG = JSON.stringify({ rules: Object.fromEntries(RULE_IDS.map((id) => [id, { severity: 'warning' }])) });
const ALL_RULES = RULE_IDS.join(',');

function optionsOf(argv: string[]): CliOptions {
  const parsed = parseArgs(argv);
  if (parsed.action !== 'lint') throw new Error(`expected options, got ${JSON.stringify(parsed)}`);
  return parsed.options;
}

function usageErrorOf(argv: string[]): string {
  const parsed = parseArgs(argv);
  if (parsed.action !== 'usage-error') throw new Error(`expected a usage error, got ${JSON.stringify(parsed)}`);
  return parsed.message;
}

describe('parseArgs', () => {
  it('defaults to a text report of standard input on the generic channel', () => {
    expect(optionsOf([])).toEqual({ format: 'text', channel: 'generic', disabledRules: [], files: [] });
  });

  it('reads every flag, in both --flag value and --flag=value forms', () => {
    expect(
      optionsOf(['--format', 'jsonl', '--channel=email', '--disable', 'missing-ask,urgent-language', '--disable=missing-ask', '--config', 'team.json', '--time-zone=Asia/Kolkata', 'a.txt', 'b.txt']),
    ).toEqual({
      format: 'jsonl',
      channel: 'email',
      disabledRules: ['missing-ask', 'urgent-language'],
      configPath: 'team.json',
      timeZone: 'Asia/Kolkata',
      files: ['a.txt', 'b.txt'],
    });
  });

  it('takes everything after -- as a file name', () => {
    expect(optionsOf(['--', '--format', '-x']).files).toEqual(['--format', '-x']);
  });

  it('answers --help and --version before anything else', () => {
    expect(parseArgs(['--format', 'json', '--help'])).toEqual({ action: 'help' });
    expect(parseArgs(['-h'])).toEqual({ action: 'help' });
    expect(parseArgs(['--version'])).toEqual({ action: 'version' });
  });

  it('names an unknown rule in --disable', () => {
    expect(usageErrorOf(['--disable', 'missing-ask,missing-emoji'])).toContain('"missing-emoji"');
  });

  it.each([
    [['--format', 'xml'], '--format'],
    [['--channel', 'sms'], '--channel'],
    [['--time-zone', 'Mars/Olympus_Mons'], 'Mars/Olympus_Mons'],
    [['--time-zone='], 'time zone'],
    [['--config'], '--config needs a value'],
    [['--colour'], '"--colour"'],
    [['-'], 'standard input'],
  ])('rejects %j with a message naming the problem', (argv, expected) => {
    expect(usageErrorOf(argv)).toContain(expected);
  });
});

describe('report helpers', () => {
  it('gives 1-based line and column, counting a surrogate pair as one column and CRLF as one break', () => {
    const text = 'Hi 👋 team\r\nthe doc\nby 3pm';
    expect(positionAt(text, 0)).toEqual({ line: 1, column: 1 });
    expect(positionAt(text, text.indexOf('team'))).toEqual({ line: 1, column: 6 });
    expect(positionAt(text, text.indexOf('doc'))).toEqual({ line: 2, column: 5 });
    expect(positionAt(text, text.indexOf('3pm'))).toEqual({ line: 3, column: 4 });
    expect(positionAt(text, text.length)).toEqual({ line: 3, column: 7 });
  });

  it('makes control characters and bidi overrides visible instead of printing them', () => {
    expect(printable('a\u001b[31mb\r\nc\u202ed\u0000')).toBe('a\ufffd[31mb c\ufffdd\ufffd');
  });

  it('colours only on a terminal and never with NO_COLOR set', () => {
    expect(shouldColor(true, {})).toBe(true);
    expect(shouldColor(false, {})).toBe(false);
    expect(shouldColor(true, { NO_COLOR: '1' })).toBe(false);
    expect(shouldColor(true, { NO_COLOR: '' })).toBe(true);
  });

  const finding: Finding = {
    ruleId: 'ambiguous-time',
    severity: 'warning',
    start: 13,
    end: 16,
    message: '"3pm" has no time zone',
    suggestion: 'Add your zone: "3pm CET"',
    messageLevel: false,
    fix: { start: 16, end: 16, replacement: ' CET' },
  };
  const result: LintResult = {
    score: 72,
    findings: [finding],
    breakdown: CATEGORIES.map((category) => ({ category, penalty: category === 'time' ? 28 : 0, ruleIds: category === 'time' ? [finding.ruleId] : [] })),
  };

  it('prints position, severity, message, rule id, suggestion and score', () => {
    const report = formatTextReport([{ name: 'note.txt', text: 'Call me\nat 3pm tomorrow', result: { ...result, findings: [{ ...finding, start: 11 }] } }], paletteFor(false));
    expect(report).toContain('note.txt');
    expect(report).toMatch(/2:4\s+warning\s+"3pm" has no time zone\s+ambiguous-time/);
    expect(report).toContain('Add your zone: "3pm CET"');
    expect(report).toContain('Score 72/100');
    expect(report).toContain('time −28');
    expect(report).not.toContain('\u001b[');
  });

  it('uses ANSI colours only with the colour palette', () => {
    const entry = { name: '<stdin>', text: 'Sync today at 3pm', result };
    expect(formatTextReport([entry], paletteFor(true))).toContain('\u001b[33mwarning\u001b[39m');
  });

  it('says so when a message is clean', () => {
    const clean: LintResult = { score: 100, findings: [], breakdown: [] };
    expect(formatTextReport([{ name: '<stdin>', text: 'Shipped.', result: clean }], paletteFor(false))).toContain('No findings.');
  });

  it('keeps exactly the contract fields in a JSONL finding, with fix only when present', () => {
    expect(Object.keys(toJsonlFinding(finding))).toEqual(['ruleId', 'severity', 'start', 'end', 'message', 'suggestion', 'fix']);
    const { fix: _fix, ...withoutFix } = finding;
    expect(Object.keys(toJsonlFinding(withoutFix))).toEqual(['ruleId', 'severity', 'start', 'end', 'message', 'suggestion']);
  });

  it('exits 2 on an input error, else 1 on a warning, else 0', () => {
    const infoOnly: LintResult = { ...result, findings: [{ ...finding, severity: 'info' }] };
    expect(exitCodeFor([result], true)).toBe(2);
    expect(exitCodeFor([infoOnly, result], false)).toBe(1);
    expect(exitCodeFor([infoOnly], false)).toBe(0);
    expect(exitCodeFor([], false)).toBe(0);
  });
});

describe('JSONL input', () => {
  it('skips blank lines and keeps line numbers', () => {
    expect(jsonlLines('{"a":1}\n\n   \r\n{"b":2}\r\n')).toEqual([
      { lineNumber: 1, line: '{"a":1}' },
      { lineNumber: 4, line: '{"b":2}\r' },
    ]);
  });

  it('reads id, text and channel, falling back to the default channel', () => {
    expect(parseJsonlLine('{"id":"m1","text":"Hello","channel":"slack"}', 1, 'email')).toEqual({ ok: true, id: 'm1', text: 'Hello', channel: 'slack' });
    expect(parseJsonlLine('{"id":7,"text":"Hello"}\r', 1, 'email')).toEqual({ ok: true, id: 7, text: 'Hello', channel: 'email' });
    expect(parseJsonlLine('{"text":"No id","channel":null}', 1, 'generic')).toEqual({ ok: true, text: 'No id', channel: 'generic' });
  });

  it.each([
    ['{"id":"x","text":', undefined, 'not valid JSON'],
    ['["text"]', undefined, 'expected a JSON object'],
    ['{"id":"x","text":42}', 'x', '"text"'],
    ['{"id":"x","text":"hi","channel":"fax"}', 'x', '"channel"'],
    ['{"id":{"nested":1},"text":"hi"}', undefined, '"id"'],
  ])('turns %s into an error naming line 3', (line, id, problem) => {
    const parsed = parseJsonlLine(line, 3, 'generic');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.id).toBe(id);
    expect(parsed.error).toContain('line 3');
    expect(parsed.error).toContain(problem);
  });
});

describe('config files', () => {
  it('names the config file and the bad field', () => {
    const result = settingsFromConfigText('{"team":{"allowList":["ok",5]}}', 'team.json');
    expect(result).toEqual({ ok: false, message: expect.stringContaining('team.json') });
    if (result.ok) return;
    expect(result.message).toContain('team.allowList.1');
  });

  it('reports JSON that does not parse, and accepts a byte-order mark', () => {
    const broken = settingsFromConfigText('{"rules": ', 'x.json');
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.message).toContain('not valid JSON');
    expect(settingsFromConfigText('\ufeff{"paused":false}', 'x.json').ok).toBe(true);
  });

  it('turns rules off on top of the config without losing their severity', () => {
    const base = { ...defaultSettings(), rules: { 'ambiguous-time': { enabled: true, severity: 'warning' as const } } };
    expect(withRulesDisabled(base, ['ambiguous-time', 'missing-ask']).rules).toEqual({
      'ambiguous-time': { enabled: false, severity: 'warning' },
      'missing-ask': { enabled: false },
    });
    expect(base.rules['ambiguous-time'].enabled).toBe(true);
  });
});

/** An in-memory process: files by name, stdin as a string, output collected. */
function memoryIo(stdin: string, files: Record<string, string> = {}, stdoutIsTTY = false): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    readStdin: async () => stdin,
    readFile: async (path: string) => {
      const content = files[path];
      if (content === undefined) throw new Error(`ENOENT: no such file, open '${path}'`);
      return content;
    },
    stdout: (text: string) => {
      io.out += text;
    },
    stderr: (text: string) => {
      io.err += text;
    },
    stdinIsTTY: false,
    stdoutIsTTY,
    env: {},
  };
  return io;
}

interface JsonlRecord {
  id?: string | number;
  score?: number;
  findings?: { ruleId: string; start: number; end: number }[];
  error?: string;
}

function records(output: string): JsonlRecord[] {
  return output
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as JsonlRecord);
}

describe('runCli', () => {
  it('prints help and the package version', async () => {
    const help = memoryIo('');
    expect(await runCli(['--help'], help)).toBe(0);
    expect(help.out).toContain('--format');
    const version = memoryIo('');
    expect(await runCli(['--version'], version)).toBe(0);
    expect(version.out.trim()).toBe(packageVersion);
  });

  it('exits 2 on a usage error, on stderr only', async () => {
    const io = memoryIo('');
    expect(await runCli(['--disable', 'no-such-rule'], io)).toBe(2);
    expect(io.out).toBe('');
    expect(io.err).toContain('"no-such-rule"');
  });

  it('answers JSONL line for line in input order, skipping blank lines, with an error record for a bad line', async () => {
    const input = [
      JSON.stringify({ id: 'first', text: BAD_MESSAGE, channel: 'slack' }),
      '',
      '{"id": "broken", "text": "unterminated',
      JSON.stringify({ id: 'third', text: 'Released 4.2.0 to production at 09:10 UTC; nothing needed from anyone.', channel: 'email' }),
      '   ',
      JSON.stringify({ id: 4, text: 'Thanks, that fixed it!' }),
      JSON.stringify({ id: 'no-text' }),
    ].join('\n');
    const io = memoryIo(input);
    expect(await runCli(['--format', 'jsonl'], io)).toBe(2);
    const lines = records(io.out);
    expect(lines.map((line) => line.id)).toEqual(['first', undefined, 'third', 4, 'no-text']);
    expect(lines[1]?.error).toContain('line 3');
    expect(lines[4]?.error).toContain('line 7');
    for (const index of [0, 2, 3]) {
      expect(lines[index]?.error).toBeUndefined();
      expect(lines[index]?.score).toEqual(expect.any(Number));
      expect(Array.isArray(lines[index]?.findings)).toBe(true);
    }
    expect(lines[0]?.findings?.length).toBeGreaterThan(0);
    expect(io.err).toContain('2 of 5 lines');
  });

  it('exits 1 when a JSONL line has a warning and 0 when every rule is off', async () => {
    const input = `${JSON.stringify({ id: 'a', text: BAD_MESSAGE })}\n`;
    const warned = memoryIo(input, { 'all-warnings.json': ALL_WARNINGS_CONFIG });
    expect(await runCli(['--format=jsonl', '--config', 'all-warnings.json'], warned)).toBe(1);
    const silenced = memoryIo(input);
    expect(await runCli(['--format=jsonl', '--disable', ALL_RULES], silenced)).toBe(0);
    expect(records(silenced.out)).toEqual([{ id: 'a', score: 100, findings: [] }]);
  });

  it('lints each file as one message and prints a JSON array for several files', async () => {
    const io = memoryIo('', { 'a.txt': BAD_MESSAGE, 'b.txt': 'Shipped the fix.' });
    expect(await runCli(['--format', 'json', '--disable', ALL_RULES, 'a.txt', 'b.txt'], io)).toBe(0);
    const output = JSON.parse(io.out) as { file: string; score: number; findings: unknown[]; breakdown: unknown[] }[];
    expect(output.map((entry) => entry.file)).toEqual(['a.txt', 'b.txt']);
    expect(output.every((entry) => entry.score === 100 && entry.findings.length === 0 && Array.isArray(entry.breakdown))).toBe(true);
  });

  it('prints one JSON object for standard input, with ranges inside the text', async () => {
    const io = memoryIo(BAD_MESSAGE);
    await runCli(['--format', 'json'], io);
    const output = JSON.parse(io.out) as LintResult;
    expect(output.score).toBeGreaterThanOrEqual(0);
    expect(output.findings.length).toBeGreaterThan(0);
    for (const finding of output.findings) {
      expect(finding.start).toBeGreaterThanOrEqual(0);
      expect(finding.end).toBeLessThanOrEqual(BAD_MESSAGE.length);
      expect(finding.start).toBeLessThanOrEqual(finding.end);
    }
  });

  it('reports an unreadable file, lints the others, and exits 2', async () => {
    const io = memoryIo('', { 'ok.txt': 'Shipped the fix.' });
    expect(await runCli(['--disable', ALL_RULES, 'missing.txt', 'ok.txt'], io)).toBe(2);
    expect(io.err).toContain('missing.txt');
    expect(io.out).toContain('ok.txt');
    expect(io.out).toContain('Score 100/100');
  });

  it('keeps an unreadable file in its place in a JSON array, as an error', async () => {
    const io = memoryIo('', { 'ok.txt': 'Shipped the fix.' });
    expect(await runCli(['--format', 'json', '--disable', ALL_RULES, 'ok.txt', 'missing.txt'], io)).toBe(2);
    const output = JSON.parse(io.out) as { file: string; score?: number; error?: string }[];
    expect(output).toEqual([
      expect.objectContaining({ file: 'ok.txt', score: 100 }),
      { file: 'missing.txt', error: expect.stringContaining('cannot read') },
    ]);
  });

  it('refuses a config with a bad field, naming it, before reading any input', async () => {
    const io = memoryIo(BAD_MESSAGE, { 'bad.json': '{"rules":{"missing-ask":{"enabled":"sometimes"}}}' });
    expect(await runCli(['--config', 'bad.json'], io)).toBe(2);
    expect(io.err).toContain('bad.json');
    expect(io.err).toContain('rules.missing-ask.enabled');
    expect(io.out).toBe('');
  });

  it('refuses a config file that cannot be read', async () => {
    const io = memoryIo('');
    expect(await runCli(['--config', 'nowhere.json'], io)).toBe(2);
    expect(io.err).toContain('nowhere.json');
  });

  it('honours a config that turns rules off', async () => {
    const config = JSON.stringify({ rules: Object.fromEntries(RULE_IDS.map((id) => [id, { enabled: false }])) });
    const io = memoryIo(BAD_MESSAGE, { 'quiet.json': config });
    expect(await runCli(['--config', 'quiet.json'], io)).toBe(0);
    expect(io.out).toContain('No findings.');
  });

  it('colours the report on a terminal unless NO_COLOR is set', async () => {
    const tty = memoryIo(BAD_MESSAGE, {}, true);
    await runCli([], tty);
    expect(tty.out).toContain('\u001b[');
    const noColor = { ...memoryIo(BAD_MESSAGE, {}, true), env: { NO_COLOR: '1' } };
    await runCli([], noColor);
    expect(noColor.out).not.toContain('\u001b[');
  });
});

describe('the built executable', () => {
  const cli = join(projectRoot, 'dist', 'cli.js');
  let workDir = '';

  beforeAll(() => {
    // Build from the current sources so the spawned binary is never a stale one.
    const build = spawnSync(process.execPath, [join(projectRoot, 'scripts', 'build-engine.mjs')], { cwd: projectRoot, encoding: 'utf8' });
    expect(build.status, build.stderr).toBe(0);
    workDir = mkdtempSync(join(tmpdir(), 'async-lint-cli-'));
  }, 120_000);

  function run(args: string[], input = '') {
    return spawnSync(process.execPath, [cli, ...args], { cwd: workDir, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '' } });
  }

  it('starts with a shebang and is executable', () => {
    expect(readFileSync(cli, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    const direct = spawnSync(cli, ['--version'], { encoding: 'utf8' });
    expect(direct.stdout.trim()).toBe(packageVersion);
  });

  it('reports a message on standard input as plain text when piped, exiting 1 on warnings', () => {
    writeFileSync(join(workDir, 'all-warnings.json'), ALL_WARNINGS_CONFIG);
    const result = run(['--config', 'all-warnings.json'], BAD_MESSAGE);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^<stdin>\n/);
    expect(result.stdout).toMatch(/\d+:\d+\s+warning/);
    expect(result.stdout).toMatch(/Score \d+\/100/);
    expect(result.stdout).not.toContain('\u001b[');
  });

  it('runs a JSONL batch with a malformed line and exits 2', () => {
    const input = `${JSON.stringify({ id: 'x1', text: BAD_MESSAGE })}\nnot json\n${JSON.stringify({ id: 'x3', text: 'All done, thanks.' })}\n`;
    const result = run(['--format', 'jsonl'], input);
    expect(result.status).toBe(2);
    const lines = records(result.stdout);
    expect(lines.map((line) => line.id)).toEqual(['x1', undefined, 'x3']);
    expect(lines[1]?.error).toContain('line 2');
  });

  it('lints a file given by name and exits 0 when nothing is enabled', () => {
    writeFileSync(join(workDir, 'message.txt'), '\ufeffCan you review the doc?\n');
    const result = run(['--disable', ALL_RULES, '--format', 'json', 'message.txt']);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ file: 'message.txt', score: 100, findings: [] });
  });

  it('exits 2 with a usage message for a bad time zone', () => {
    const result = run(['--time-zone', 'Not/AZone'], 'hello');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Not/AZone');
  });
});
