// What `async-lint` does, with every bit of I/O passed in: lib/cli.ts binds it to the real process,
// tests bind it to strings. Input errors are reported where they occur and the run goes on, so one
// bad file or JSONL line costs only itself; the exit status then says something went wrong.
import { version } from '../../package.json';
import { lint, type LintOptions } from '../lint';
import { defaultSettings } from '../settings';
import type { LintResult } from '../types';
import { parseArgs, USAGE, type CliOptions } from './args';
import { settingsFromConfigText, withRulesDisabled } from './config';
import { jsonlLines, parseJsonlLine, type JsonlId } from './jsonl';
import { formatTextReport, hasWarning, paletteFor, shouldColor, toJsonlFinding, type LintedMessage } from './report';

export const EXIT_CLEAN = 0;
export const EXIT_WARNINGS = 1;
export const EXIT_ERROR = 2;
export type ExitCode = typeof EXIT_CLEAN | typeof EXIT_WARNINGS | typeof EXIT_ERROR;

export interface CliIo {
  readStdin(): Promise<string>;
  readFile(path: string): Promise<string>;
  stdout(text: string): void;
  stderr(text: string): void;
  stdinIsTTY: boolean;
  stdoutIsTTY: boolean;
  env: Readonly<Record<string, string | undefined>>;
}

const STDIN_NAME = '<stdin>';

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Status for a finished run: input errors outrank warnings, which outrank a clean run. */
export function exitCodeFor(results: readonly LintResult[], hadInputError: boolean): ExitCode {
  if (hadInputError) return EXIT_ERROR;
  return results.some(hasWarning) ? EXIT_WARNINGS : EXIT_CLEAN;
}

/** One input in argument order: its content, or why it could not be read. */
type Input = { name: string; content: string; error?: undefined } | { name: string; error: string };

/** Reads every input; an unreadable file is reported on stderr and keeps its place as an error. */
async function readInputs(options: CliOptions, io: CliIo): Promise<Input[]> {
  if (options.files.length === 0) {
    if (io.stdinIsTTY) io.stderr('async-lint: reading a message from standard input; end it with Ctrl-D.\n');
    return [{ name: STDIN_NAME, content: stripBom(await io.readStdin()) }];
  }
  const inputs: Input[] = [];
  for (const file of options.files) {
    try {
      inputs.push({ name: file, content: stripBom(await io.readFile(file)) });
    } catch (error) {
      io.stderr(`async-lint: cannot read ${file}: ${errorText(error)}\n`);
      inputs.push({ name: file, error: `cannot read: ${errorText(error)}` });
    }
  }
  return inputs;
}

/** The byte-order mark some editors write is not part of the message, and would break a first JSONL line. */
function stripBom(text: string): string {
  return text.startsWith('\ufeff') ? text.slice(1) : text;
}

interface JsonlOutcome {
  id?: JsonlId;
  result?: LintResult;
  error?: string;
}

function lintJsonl(inputs: readonly Input[], options: CliOptions, lintOptions: LintOptions): JsonlOutcome[] {
  const outcomes: JsonlOutcome[] = [];
  for (const input of inputs) {
    // An unreadable file has no lines to answer; it was reported on stderr when read.
    if (input.error !== undefined) continue;
    // With several files, an error names the file as well as the line.
    const prefix = input.name === STDIN_NAME || inputs.length === 1 ? '' : `${input.name}: `;
    for (const { line, lineNumber } of jsonlLines(input.content)) {
      const parsed = parseJsonlLine(line, lineNumber, options.channel);
      const outcome: JsonlOutcome = {};
      if (parsed.id !== undefined) outcome.id = parsed.id;
      if (!parsed.ok) outcome.error = prefix + parsed.error;
      else {
        try {
          outcome.result = lint(parsed.text, { ...lintOptions, channel: parsed.channel });
        } catch (error) {
          outcome.error = `${prefix}line ${lineNumber}: internal error while linting: ${errorText(error)}`;
        }
      }
      outcomes.push(outcome);
    }
  }
  return outcomes;
}

function jsonlRecord(outcome: JsonlOutcome): string {
  const id = outcome.id === undefined ? {} : { id: outcome.id };
  if (outcome.result) {
    return JSON.stringify({ ...id, score: outcome.result.score, findings: outcome.result.findings.map(toJsonlFinding) });
  }
  return JSON.stringify({ ...id, error: outcome.error ?? 'unknown error' });
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const parsed = parseArgs(argv);
  if (parsed.action === 'help') {
    io.stdout(USAGE);
    return EXIT_CLEAN;
  }
  if (parsed.action === 'version') {
    io.stdout(`${version}\n`);
    return EXIT_CLEAN;
  }
  if (parsed.action === 'usage-error') {
    io.stderr(`async-lint: ${parsed.message}\nRun "async-lint --help" for usage.\n`);
    return EXIT_ERROR;
  }
  const { options } = parsed;

  let settings = defaultSettings();
  if (options.configPath !== undefined) {
    let configText: string;
    try {
      configText = await io.readFile(options.configPath);
    } catch (error) {
      io.stderr(`async-lint: cannot read config ${options.configPath}: ${errorText(error)}\n`);
      return EXIT_ERROR;
    }
    const config = settingsFromConfigText(configText, options.configPath);
    if (!config.ok) {
      io.stderr(`async-lint: ${config.message}\n`);
      return EXIT_ERROR;
    }
    settings = config.settings;
  }
  settings = withRulesDisabled(settings, options.disabledRules);
  const lintOptions: LintOptions = { channel: options.channel, settings };
  if (options.timeZone !== undefined) lintOptions.timeZone = options.timeZone;

  const inputs = await readInputs(options, io);
  const readFailed = inputs.some((input) => input.error !== undefined);

  if (options.format === 'jsonl') {
    const outcomes = lintJsonl(inputs, options, lintOptions);
    if (outcomes.length > 0) io.stdout(`${outcomes.map(jsonlRecord).join('\n')}\n`);
    const badLines = outcomes.filter((outcome) => outcome.error !== undefined).length;
    if (badLines > 0) io.stderr(`async-lint: ${badLines} of ${outcomes.length} lines could not be linted (see their "error" field)\n`);
    const results = outcomes.flatMap((outcome) => (outcome.result ? [outcome.result] : []));
    return exitCodeFor(results, readFailed || badLines > 0);
  }

  const outcomes = inputs.map((input): LintedMessage | { name: string; error: string } => {
    if (input.error !== undefined) return input;
    try {
      return { name: input.name, text: input.content, result: lint(input.content, lintOptions) };
    } catch (error) {
      io.stderr(`async-lint: internal error while linting ${input.name}: ${errorText(error)}\n`);
      return { name: input.name, error: `internal error while linting: ${errorText(error)}` };
    }
  });
  const linted = outcomes.filter((outcome): outcome is LintedMessage => 'result' in outcome);

  if (options.format === 'json') {
    const records = outcomes.map((outcome) => {
      const file = outcome.name === STDIN_NAME ? {} : { file: outcome.name };
      return 'result' in outcome ? { ...file, ...outcome.result } : { ...file, error: outcome.error };
    });
    // One input gives one object; several files give an array in argument order.
    io.stdout(`${JSON.stringify(records.length === 1 ? records[0] : records, null, 2)}\n`);
  } else {
    io.stdout(formatTextReport(linted, paletteFor(shouldColor(io.stdoutIsTTY, io.env))));
  }
  return exitCodeFor(
    linted.map((message) => message.result),
    linted.length < outcomes.length,
  );
}
