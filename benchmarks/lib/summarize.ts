/**
 * Turns repeated cell samples into spreads (median, min–max) and variant-versus-baseline
 * ratios, repeats paired by index so each ratio compares measurements taken minutes apart
 * at most.
 */
import { distribution, encodeHistogram, mergeHistograms, type Histogram } from "./latency-histogram.ts";
import type { CellReport, Comparison, Ratio, RepeatSample, Spread } from "./report-types.ts";

/**
 * Median and range of numbers (the median of an even count is the mean of the middle two).
 *
 * @example
 * ```ts
 * spread([3, 1, 2]); // { median: 2, min: 1, max: 3 }
 * ```
 */
export function spread(values: readonly number[]): Spread {
  if (values.length === 0) return { median: Number.NaN, min: Number.NaN, max: Number.NaN };
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median: round(median, 3), min: sorted[0]!, max: sorted[sorted.length - 1]! };
}

/**
 * Per-repeat ratios numerator[i] / denominator[i] and their spread. A repeat whose
 * denominator is 0 is left out.
 *
 * @example
 * ```ts
 * ratio([600, 700], [500, 500]); // { median: 1.3, min: 1.2, max: 1.4, perRepeat: [1.2, 1.4] }
 * ```
 */
export function ratio(numerator: readonly number[], denominator: readonly number[]): Ratio {
  const perRepeat: number[] = [];
  for (let i = 0; i < Math.min(numerator.length, denominator.length); i++) {
    const d = denominator[i]!;
    if (d > 0) perRepeat.push(round(numerator[i]! / d, 3));
  }
  const s = spread(perRepeat);
  return { median: round(s.median, 3), min: s.min, max: s.max, perRepeat };
}

/**
 * Summarizes a cell's repeats and merges their histograms.
 *
 * @example
 * ```ts
 * const cell = summarizeCell("authorize", "open-1000", samples, histograms);
 * cell.summary.p99.median;
 * ```
 */
export function summarizeCell(variant: string, phase: string, samples: readonly RepeatSample[], histograms: readonly Histogram[]): CellReport {
  const of = (f: (s: RepeatSample) => number) => spread(samples.map(f));
  const servers = samples.map((s) => s.server).filter((s) => s !== null);
  const gcs = servers.map((s) => s.gc).filter((g) => g !== null);
  const lags = samples.map((s) => s.pacerLag?.p99).filter((v) => v !== undefined);
  const merged = mergeHistograms(histograms);
  return {
    variant,
    phase,
    repeats: samples,
    summary: {
      p50: of((s) => s.p50),
      p90: of((s) => s.p90),
      p99: of((s) => s.p99),
      p999: of((s) => s.p999),
      max: of((s) => s.max),
      throughput: of((s) => s.throughput),
      errors: samples.reduce((n, s) => n + s.errors, 0),
      attempted: samples.reduce((n, s) => n + s.attempted, 0),
      serverCpuPerCallUs: servers.length > 0 ? spread(servers.map((s) => s.cpuPerCallUs)) : null,
      serverCpuCores: servers.length > 0 ? spread(servers.map((s) => s.cpuCores)) : null,
      peakRssBytes: servers.length > 0 ? spread(servers.map((s) => s.peakRssBytes)) : null,
      clientCpuPerCallUs: of((s) => s.clientCpuPerCallUs),
      otherCpuCores: of((s) => s.otherCpuCores),
      pacerLagP99: lags.length > 0 ? spread(lags) : null,
      serverGcMaxMs: gcs.length > 0 ? spread(gcs.map((g) => g.maxMs)) : null,
      serverGcTotalMs: gcs.length > 0 ? spread(gcs.map((g) => g.totalMs)) : null,
      clientGcMaxMs: of((s) => s.clientGc.maxMs),
    },
    distribution: distribution(merged),
    histogram: encodeHistogram(merged),
  };
}

/**
 * Compares a variant's cell with the baseline's cell of the same phase. With a target,
 * `pass` says whether the median p99 ratio is within it.
 *
 * @example
 * ```ts
 * const c = compare(authorizeCell, pingCell, 1.3);
 * c.p99Ratio.median <= 1.3 === c.pass;
 * ```
 */
export function compare(cell: CellReport, baseline: CellReport, target?: number): Comparison {
  const r = (f: (s: RepeatSample) => number) => ratio(cell.repeats.map(f), baseline.repeats.map(f));
  const cpu = (s: RepeatSample) => s.server?.cpuPerCallUs ?? 0;
  const hasCpu = cell.repeats.every((s) => s.server) && baseline.repeats.every((s) => s.server);
  const p99Ratio = r((s) => s.p99);
  return {
    variant: cell.variant,
    baseline: baseline.variant,
    phase: cell.phase,
    p50Ratio: r((s) => s.p50),
    p99Ratio,
    p999Ratio: r((s) => s.p999),
    throughputRatio: r((s) => s.throughput),
    serverCpuPerCallRatio: hasCpu ? r(cpu) : null,
    ...(target !== undefined ? { target, pass: p99Ratio.median <= target } : {}),
  };
}

function round(n: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
