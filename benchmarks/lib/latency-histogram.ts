/**
 * Latency histograms in microseconds on hdr-histogram-js (3 significant digits, values up to
 * one hour), and the percentile summaries the reports use.
 */
import { build, decodeFromCompressedBase64, encodeIntoCompressedBase64, type Histogram } from "hdr-histogram-js";

/** The percentiles every summary carries, in microseconds. */
export interface Percentiles {
  readonly p50: number;
  readonly p90: number;
  readonly p99: number;
  readonly p999: number;
  readonly max: number;
  readonly mean: number;
  readonly count: number;
}

/** Percentiles drawn in the percentile-distribution charts. */
export const DISTRIBUTION_PERCENTILES = [0, 50, 75, 90, 95, 99, 99.5, 99.9, 99.95, 99.99, 100] as const;

/** One point of a percentile distribution. */
export interface DistributionPoint {
  readonly percentile: number;
  readonly valueUs: number;
}

/**
 * A new empty latency histogram (µs).
 *
 * @example
 * ```ts
 * const h = createHistogram(); h.recordValue(512); percentiles(h).p50; // 512
 * ```
 */
export function createHistogram(): Histogram {
  return build({ bitBucketSize: 32, lowestDiscernibleValue: 1, highestTrackableValue: 3_600_000_000, numberOfSignificantValueDigits: 3, autoResize: true });
}

/**
 * Records a latency given in milliseconds (as `performance.now()` differences) in µs.
 *
 * @example
 * ```ts
 * recordMs(h, 0.512); // records 512 µs
 * ```
 */
export function recordMs(histogram: Histogram, ms: number): void {
  histogram.recordValue(Math.max(1, Math.round(ms * 1000)));
}

/**
 * The summary percentiles of a histogram (µs). Zeros for an empty histogram.
 *
 * @example
 * ```ts
 * const { p50, p99 } = percentiles(h);
 * ```
 */
export function percentiles(histogram: Histogram): Percentiles {
  const count = histogram.totalCount;
  if (count === 0) return { p50: 0, p90: 0, p99: 0, p999: 0, max: 0, mean: 0, count: 0 };
  return {
    p50: histogram.getValueAtPercentile(50),
    p90: histogram.getValueAtPercentile(90),
    p99: histogram.getValueAtPercentile(99),
    p999: histogram.getValueAtPercentile(99.9),
    // The value at 100 % (the top bucket's highest equivalent value), not `maxValue`, so that
    // max is on the same 3-significant-digit scale as the percentiles and never below p99.9.
    max: histogram.getValueAtPercentile(100),
    mean: Math.round(histogram.mean * 10) / 10,
    count,
  };
}

/**
 * The percentile distribution of a histogram at {@link DISTRIBUTION_PERCENTILES}.
 *
 * @example
 * ```ts
 * distribution(h).find((p) => p.percentile === 99.9)?.valueUs;
 * ```
 */
export function distribution(histogram: Histogram): DistributionPoint[] {
  if (histogram.totalCount === 0) return [];
  return DISTRIBUTION_PERCENTILES.map((percentile) => ({
    percentile,
    valueUs: percentile === 0 ? histogram.minNonZeroValue : histogram.getValueAtPercentile(percentile),
  }));
}

/**
 * Merges histograms into a new one.
 *
 * @example
 * ```ts
 * const all = mergeHistograms([repeat1, repeat2]);
 * ```
 */
export function mergeHistograms(histograms: readonly Histogram[]): Histogram {
  const merged = createHistogram();
  for (const h of histograms) merged.add(h);
  return merged;
}

/**
 * Encodes a histogram in the standard compressed base64 HdrHistogram form, for the JSON
 * report (decode with {@link decodeHistogram} or any HdrHistogram library).
 *
 * @example
 * ```ts
 * const text = encodeHistogram(h); decodeHistogram(text).totalCount === h.totalCount;
 * ```
 */
export function encodeHistogram(histogram: Histogram): string {
  return encodeIntoCompressedBase64(histogram);
}

/**
 * Decodes a histogram from {@link encodeHistogram}'s form.
 *
 * @example
 * ```ts
 * const h = decodeHistogram(result.histogram);
 * ```
 */
export function decodeHistogram(encoded: string): Histogram {
  return decodeFromCompressedBase64(encoded);
}

export type { Histogram };
