// Timing helpers. A single short lint takes a few microseconds, close to the timer's resolution,
// so each message is linted in a loop until a batch lasts at least MIN_BATCH_MS.
import { performance } from 'node:perf_hooks';

const MIN_BATCH_MS = 0.5;
const MIN_REPS = 3;
const MAX_REPS = 1000;

/** Mean time in ms of one `fn()` call (sync), looped until the batch is long enough to time. */
export function timeSync(fn) {
  let reps = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    fn();
    reps++;
    elapsed = performance.now() - start;
  } while (reps < MAX_REPS && (reps < MIN_REPS || elapsed < MIN_BATCH_MS));
  return elapsed / reps;
}

/** Same as timeSync for an API that returns a promise (harper.js); awaiting is part of its cost. */
export async function timeAsync(fn) {
  let reps = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    await fn();
    reps++;
    elapsed = performance.now() - start;
  } while (reps < MAX_REPS && (reps < MIN_REPS || elapsed < MIN_BATCH_MS));
  return elapsed / reps;
}

/** The q-quantile (0..1) of `values`, nearest rank. */
export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank];
}

export function summarize(values) {
  return { count: values.length, medianMs: quantile(values, 0.5), p95Ms: quantile(values, 0.95) };
}
