// Reading the JSONL batch format: one {"id","text","channel"} object a line. A bad line must not
// stop the batch (a corpus run should still score every good line), so each line is judged alone
// and a bad one becomes an error record in its place.
import type { Channel } from '../types';
import { CHANNELS, isChannel } from './args';

export type JsonlId = string | number;

export type JsonlInput =
  | { ok: true; id?: JsonlId; text: string; channel: Channel }
  | { ok: false; id?: JsonlId; error: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The non-blank lines of a JSONL input with their 1-based line numbers (CRLF tolerated). */
export function jsonlLines(input: string): { lineNumber: number; line: string }[] {
  return input
    .split('\n')
    .map((line, index) => ({ lineNumber: index + 1, line }))
    .filter(({ line }) => line.trim() !== '');
}

export function parseJsonlLine(line: string, lineNumber: number, defaultChannel: Channel): JsonlInput {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { ok: false, error: `line ${lineNumber}: not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  if (!isRecord(value)) return { ok: false, error: `line ${lineNumber}: expected a JSON object` };

  const { id, text, channel } = value;
  const fail = (message: string): JsonlInput => {
    const failure: JsonlInput = { ok: false, error: `line ${lineNumber}: ${message}` };
    if (typeof id === 'string' || typeof id === 'number') failure.id = id;
    return failure;
  };
  if (id !== undefined && typeof id !== 'string' && typeof id !== 'number') return fail('"id" must be a string or a number');
  if (typeof text !== 'string') return fail('"text" must be a string');
  // A missing or null channel means "the batch's default", as given by --channel.
  if (channel !== undefined && channel !== null && !isChannel(channel)) return fail(`"channel" must be one of ${CHANNELS.join(', ')}`);
  const parsed: JsonlInput = { ok: true, text, channel: isChannel(channel) ? channel : defaultChannel };
  if (id !== undefined) parsed.id = id;
  return parsed;
}
