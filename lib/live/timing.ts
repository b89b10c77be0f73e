// User Timing entries for the in-browser benchmark (scripts/bench/browser.mjs). In Chromium every
// world of a document shares its one Performance timeline, so the page's PerformanceObserver sees
// what the content script records here and can tell the extension's work from the page's own.
// Each entry replaces the previous one of its name, so the timeline never holds more than one of
// each however long the user types; the observer still gets every one.

/** Points in time: a content change seen, and the overlay drawn with a fresh lint result. */
export const TIMING_MARKS = { change: 'async-lint:change', painted: 'async-lint:painted' } as const;

/** The content script's phases, each recorded as a measure with its duration. */
export const TIMING_PHASES = {
  /** Counting the composer's characters, to tell whether it is short enough to read at all. */
  size: 'async-lint:size',
  /** Reading the composer's DOM into text (and the map from offsets back to nodes). */
  read: 'async-lint:read',
  /** Diffing the old and the new text and moving the findings along the edit. */
  remap: 'async-lint:remap',
  /** Checking the background's answer against the protocol's schema. */
  parse: 'async-lint:parse',
  /** Measuring where the underlined characters are on screen. */
  geometry: 'async-lint:geometry',
  /** Drawing the overlay (React) from its model. */
  render: 'async-lint:render',
} as const;

export type TimingPhase = (typeof TIMING_PHASES)[keyof typeof TIMING_PHASES];

export function markTiming(name: (typeof TIMING_MARKS)[keyof typeof TIMING_MARKS]): void {
  performance.clearMarks(name);
  performance.mark(name);
}

/** Runs one phase of work and records how long it took. */
export function timePhase<T>(name: TimingPhase, work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    performance.clearMeasures(name);
    performance.measure(name, { start, end: performance.now() });
  }
}
