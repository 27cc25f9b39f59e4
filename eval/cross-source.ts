/**
 * Leave-one-source-out injection figures. For each source, the flagging threshold is
 * calibrated on all the *other* sources (the lowest score threshold whose false-positive rate
 * on their negatives is at most `targetFpr`), then recall and false-positive rate are measured
 * on the held-out source. Pooled figures sum the held-out counts over all folds; hard
 * negatives (documents about attacks, orders addressed to people) are reported apart.
 */
import type { SourcedRow } from "./injection-sources.ts";

/** Held-out counts for one source. */
export interface Fold {
  source: string;
  threshold: number;
  positives: number;
  found: number;
  negatives: number;
  flagged: number;
  hardNegatives: number;
  hardFlagged: number;
}

/** Per-source folds and their pooled sums. */
export interface CrossSource {
  folds: Fold[];
  pooled: Omit<Fold, "source" | "threshold">;
}

/**
 * The lowest threshold (a score seen in `negatives`, or just above the highest) at which at most
 * `targetFpr` of the negatives score at or above it.
 *
 * @example
 * ```ts
 * calibrate([0.1, 0.2, 0.9], 0.34); // 0.9 → flags 1 of 3; 0.2 would flag 2 of 3
 * ```
 */
export function calibrate(negatives: readonly number[], targetFpr: number): number {
  const sorted = [...negatives].sort((a, b) => b - a);
  const allowed = Math.floor(targetFpr * sorted.length);
  // Flagging `score >= t` flags every negative at or above t; the (allowed+1)-th highest must stay below.
  const bar = sorted[allowed];
  if (bar === undefined) return 0;
  return Math.min(1.0001, bar + 1e-9);
}

/**
 * Leave-one-source-out evaluation of a scorer (a text's injection score in [0, 1]).
 *
 * @example
 * ```ts
 * const cs = crossSource(rows, new Map(rows.map((r) => [r.id, score(r.text)])), 0.02);
 * cs.pooled.found / cs.pooled.positives; // pooled held-out recall
 * ```
 */
export function crossSource(rows: readonly SourcedRow[], scores: ReadonlyMap<string, number>, targetFpr: number): CrossSource {
  const sources = [...new Set(rows.map((r) => r.source))].sort();
  const score = (r: SourcedRow): number => scores.get(r.id) ?? 0;
  const folds = sources.map((source): Fold => {
    const train = rows.filter((r) => r.source !== source && r.label === "benign").map(score);
    const threshold = calibrate(train, targetFpr);
    return {
      source,
      threshold,
      ...countAt(
        rows.filter((r) => r.source === source),
        score,
        threshold,
      ),
    };
  });
  const pooled = { positives: 0, found: 0, negatives: 0, flagged: 0, hardNegatives: 0, hardFlagged: 0 };
  for (const f of folds) for (const k of Object.keys(pooled) as Array<keyof typeof pooled>) pooled[k] += f[k];
  return { folds, pooled };
}

/**
 * Counts at a fixed threshold (e.g. the profile's `minConfidence.injection`), no calibration.
 *
 * @example
 * ```ts
 * countAt(rows, (r) => scores.get(r.id) ?? 0, 0.5).found;
 * ```
 */
export function countAt(rows: readonly SourcedRow[], score: (r: SourcedRow) => number, threshold: number): Omit<Fold, "source" | "threshold"> {
  const c = { positives: 0, found: 0, negatives: 0, flagged: 0, hardNegatives: 0, hardFlagged: 0 };
  for (const r of rows) {
    const hit = score(r) >= threshold;
    if (r.label === "injection") {
      c.positives++;
      if (hit) c.found++;
    } else {
      c.negatives++;
      if (hit) c.flagged++;
      if (r.hardNegative) {
        c.hardNegatives++;
        if (hit) c.hardFlagged++;
      }
    }
  }
  return c;
}
