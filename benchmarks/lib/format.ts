/**
 * Number formatting shared by the terminal table and the HTML report.
 */
import type { Spread } from "./report-types.ts";

/**
 * A latency in µs as `512 µs`, `1.23 ms` or `1.2 s`.
 *
 * @example
 * ```ts
 * formatUs(1234); // "1.23 ms"
 * ```
 */
export function formatUs(us: number): string {
  if (!Number.isFinite(us)) return "–";
  if (us < 1000) return `${Math.round(us)} µs`;
  if (us < 10_000) return `${(us / 1000).toFixed(2)} ms`;
  if (us < 1_000_000) return `${(us / 1000).toFixed(1)} ms`;
  return `${(us / 1_000_000).toFixed(2)} s`;
}

/**
 * A byte count in MiB.
 *
 * @example
 * ```ts
 * formatMiB(104857600); // "100.0 MiB"
 * ```
 */
export function formatMiB(bytes: number): string {
  return Number.isFinite(bytes) ? `${(bytes / 1048576).toFixed(1)} MiB` : "–";
}

/**
 * A ratio as `1.12×`.
 *
 * @example
 * ```ts
 * formatRatio(1.1234); // "1.12×"
 * ```
 */
export function formatRatio(r: number): string {
  return Number.isFinite(r) ? `${r.toFixed(2)}×` : "–";
}

/**
 * A plain number with thousands separators and at most `digits` decimals.
 *
 * @example
 * ```ts
 * formatNumber(1234.56); // "1,235"
 * ```
 */
export function formatNumber(n: number, digits = 0): string {
  return Number.isFinite(n) ? n.toLocaleString("en-US", { maximumFractionDigits: digits }) : "–";
}

/**
 * A spread as `median (min–max)` with a formatter; just the median for a single repeat.
 *
 * @example
 * ```ts
 * formatSpread({ median: 510, min: 480, max: 530 }, formatUs); // "510 µs (480 µs–530 µs)"
 * ```
 */
export function formatSpread(s: Spread, format: (n: number) => string): string {
  return s.min === s.max ? format(s.median) : `${format(s.median)} (${format(s.min)}–${format(s.max)})`;
}

/**
 * A duration in ms as `1m05s` or `12s`.
 *
 * @example
 * ```ts
 * formatDuration(65_000); // "1m05s"
 * ```
 */
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s` : `${s}s`;
}
