/**
 * Latency statistics and ratios. Every latency the bench reports (autocannon's and the
 * driver's) goes through `summarise`, from raw millisecond samples, so both sides of a ratio
 * are computed the same way (autocannon's own histogram rounds to whole milliseconds).
 */

/** Throughput and latency of one measured run. */
export interface LoadStats {
  concurrency: number;
  seconds: number;
  requests: number;
  /** Completed requests (or queries) per second. */
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  /** Non-2xx responses, GraphQL `errors`, connection errors, driver errors. */
  errors: number;
}

/** The q-quantile (0..1) of sorted samples, nearest-rank. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i] as number;
}

/** Summarises latency samples (ms) collected over `seconds` at `concurrency`. */
export function summarise(latencies: number[], seconds: number, concurrency: number, errors: number): LoadStats {
  const sorted = Float64Array.from(latencies).sort();
  const arr = Array.from(sorted);
  const mean = arr.length ? arr.reduce((a, b) => a + b, 0) / arr.length : Number.NaN;
  return {
    concurrency,
    seconds: round(seconds, 2),
    requests: arr.length,
    rps: round(arr.length / seconds, 1),
    p50: round(quantile(arr, 0.5), 2),
    p95: round(quantile(arr, 0.95), 2),
    p99: round(quantile(arr, 0.99), 2),
    mean: round(mean, 2),
    errors,
  };
}

/** a ÷ b rounded, or null when it means nothing (b is 0 or missing). */
export function ratio(a: number | null | undefined, b: number | null | undefined, digits = 2): number | null {
  if (a === null || a === undefined || b === null || b === undefined || !Number.isFinite(a) || !Number.isFinite(b) || b === 0) return null;
  return round(a / b, digits);
}

export function round(x: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/**
 * Growth exponent between two sizes: the slope of log(time) against log(size). ~1 is linear,
 * ~2 quadratic.
 */
export function slope(size1: number, t1: number, size2: number, t2: number): number | null {
  if (!(t1 > 0 && t2 > 0 && size1 > 0 && size2 > size1)) return null;
  return round(Math.log(t2 / t1) / Math.log(size2 / size1), 2);
}
