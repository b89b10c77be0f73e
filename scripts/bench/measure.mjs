// Summaries of timings: quantiles by nearest rank.

/** The q-quantile (0..1) of `values`, nearest rank. */
export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank];
}

export function summarize(values) {
  return { count: values.length, medianMs: quantile(values, 0.5), p95Ms: quantile(values, 0.95) };
}
