// Command-line parsing for async-lint, kept free of I/O so every flag and every usage error can be
// tested without spawning a process. The result says what to do; lib/cli/run.ts does it.
import { RULE_IDS, type Channel, type RuleId } from '../types';

export const OUTPUT_FORMATS = ['text', 'json', 'jsonl'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export const CHANNELS: readonly Channel[] = ['slack', 'email', 'generic'];

export interface CliOptions {
  format: OutputFormat;
  /** Channel for plain-text input and for JSONL lines that name none. */
  channel: Channel;
  disabledRules: RuleId[];
  configPath?: string;
  /** Validated IANA zone; absent means the engine uses the system's. */
  timeZone?: string;
  /** Input files in the order given; empty means standard input. */
  files: string[];
}

export type ParsedArgs =
  | { action: 'lint'; options: CliOptions }
  | { action: 'help' }
  | { action: 'version' }
  | { action: 'usage-error'; message: string };

export const USAGE = `Usage: async-lint [options] [FILE...]

Lints asynchronous work messages for what a reader in another time zone would have to ask about:
a missing ask, deadline, link or context, clock times without a zone, and more.
Reads each FILE as one message, or standard input when no FILE is given.

Options:
  --format text|json|jsonl  Output format (default: text).
                            jsonl reads one {"id","text","channel"} object a line and writes
                            one {"id","score","findings"} object a line, in the same order.
  --channel slack|email|generic
                            Where the message is sent (default: generic).
  --disable RULE[,RULE]     Turn rules off; may be repeated.
  --config FILE             Settings JSON (rules, team words, allow-list).
  --time-zone ZONE          IANA zone of the writer, for suggested zones and dates
                            (default: the system's), e.g. Europe/Berlin.
  -h, --help                Show this help.
  -v, --version             Show the version.

Exit status: 0 no warnings, 1 at least one warning, 2 usage, input or internal error.
Rules: ${RULE_IDS.join(', ')}
`;

/** Flags that take a value, as `--flag value` or `--flag=value`. */
const VALUE_FLAGS = ['--format', '--channel', '--disable', '--config', '--time-zone'] as const;
type ValueFlag = (typeof VALUE_FLAGS)[number];

function isValueFlag(name: string): name is ValueFlag {
  return (VALUE_FLAGS as readonly string[]).includes(name);
}

function isOneOf<T extends string>(value: unknown, allowed: readonly T[]): value is T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value);
}

export function isChannel(value: unknown): value is Channel {
  return isOneOf(value, CHANNELS);
}

/** Intl is the authority on zone names; it throws a RangeError for a zone it does not know. */
export function isValidTimeZone(zone: string): boolean {
  if (zone.trim() === '') return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const options: CliOptions = { format: 'text', channel: 'generic', disabledRules: [], files: [] };
  const usageError = (message: string): ParsedArgs => ({ action: 'usage-error', message });

  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] ?? '';
    if (arg === '--') {
      options.files.push(...argv.slice(index + 1));
      break;
    }
    if (arg === '-h' || arg === '--help') return { action: 'help' };
    if (arg === '-v' || arg === '--version') return { action: 'version' };
    if (!arg.startsWith('-') || arg === '-') {
      if (arg === '-') return usageError('reading "-" is not supported: give no FILE to read standard input');
      options.files.push(arg);
      continue;
    }

    const equals = arg.indexOf('=');
    const name = equals === -1 ? arg : arg.slice(0, equals);
    if (!isValueFlag(name)) return usageError(`unknown option "${name}"`);
    let value: string;
    if (equals !== -1) value = arg.slice(equals + 1);
    else {
      const next = argv[index + 1];
      if (next === undefined) return usageError(`${name} needs a value`);
      value = next;
      index++;
    }

    switch (name) {
      case '--format':
        if (!isOneOf(value, OUTPUT_FORMATS)) return usageError(`--format must be one of ${OUTPUT_FORMATS.join(', ')}, not "${value}"`);
        options.format = value;
        break;
      case '--channel':
        if (!isChannel(value)) return usageError(`--channel must be one of ${CHANNELS.join(', ')}, not "${value}"`);
        options.channel = value;
        break;
      case '--disable':
        for (const id of value.split(',').map((part) => part.trim())) {
          if (id === '') continue;
          if (!isOneOf(id, RULE_IDS)) return usageError(`unknown rule "${id}" in --disable; known rules: ${RULE_IDS.join(', ')}`);
          if (!options.disabledRules.includes(id)) options.disabledRules.push(id);
        }
        break;
      case '--config':
        if (value === '') return usageError('--config needs a file name');
        options.configPath = value;
        break;
      case '--time-zone':
        if (!isValidTimeZone(value)) return usageError(`unknown time zone "${value}"; use an IANA name such as Europe/Berlin or UTC`);
        options.timeZone = value;
        break;
    }
  }
  return { action: 'lint', options };
}
