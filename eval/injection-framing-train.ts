/**
 * Trains the injection detector's framing model (sidecar/src/guardrails/injection-framing.ts):
 * logistic regression over a whole text's hashed words and word pairs, injections against hard
 * negatives (the writing about attacks that the rules mistake for one), scaled by one over the
 * square root of the number of features, with a fixed prior towards "injection" so that a text
 * with few words keeps its findings. AdaGrad, classes weighted to balance, a fixed shuffle seed:
 * the same rows give the same model. Also builds the shipped weights module; the held-out
 * figures' models, each without the set scored, come from eval/injection-model-folds.ts.
 *
 * Run: `npm run build && node eval/injection-framing-train.ts` (writes
 * sidecar/src/guardrails/injection-framing-weights.ts; deterministic).
 */
import { type FramingModel, framingFeatures } from "../sidecar/dist/guardrails/injection-framing.js";
import { FRAMING_SETS, type HeldoutSet, heldoutRows, isHardNegative } from "./heldout-data.ts";
import { packWeights, writeWeightsModule } from "./weights-module.ts";

/** Feature buckets: 2 ** 18. */
export const FRAMING_BITS = 18;
/** The fixed prior towards "injection", in log-odds. */
const PRIOR = 2;
const EPOCHS = 15;
const RATE = 2;
const L2 = 1e-4;

/** A labelled text: an injection, or a hard negative. */
export interface FramingRow {
  readonly text: string;
  readonly injection: boolean;
}

/** The injections and hard negatives of the held-out sets named (ordinary rows say nothing of framing). */
export function framingRows(sets: readonly HeldoutSet[]): FramingRow[] {
  return sets.flatMap((set) => {
    const rows = heldoutRows<{ id: string; label: string; category: string; text: string }>(set, "injection.jsonl", "all");
    const categories = new Set(rows.map((r) => r.category));
    return rows
      .filter((r) => r.label === "injection" || isHardNegative(r.category, categories))
      .map((r) => ({ text: r.text, injection: r.label === "injection" }));
  });
}

const featureCache = new Map<string, Uint32Array>();
/** A text's features, read once per process (each held-out fold trains on nearly the same rows). */
function featuresOf(text: string): Uint32Array {
  let x = featureCache.get(text);
  if (x === undefined) featureCache.set(text, (x = framingFeatures(text, 0, text.length, FRAMING_BITS)));
  return x;
}

/**
 * Learns a framing model from `rows`, its weights rounded to signed bytes as shipped.
 *
 * @example
 * ```ts
 * const model = trainFramingModel(framingRows(["heldout2", "heldout3"]));
 * ```
 */
export function trainFramingModel(rows: readonly FramingRow[]): FramingModel & { weights: Int8Array } {
  const size = 1 << FRAMING_BITS;
  const w = new Float32Array(size);
  const g2 = new Float32Array(size).fill(1e-6);
  const data = rows.map((r) => ({ x: featuresOf(r.text), y: r.injection ? 1 : 0 }));
  const positives = data.filter((d) => d.y === 1).length;
  const weightOf = [data.length / (2 * Math.max(1, data.length - positives)), data.length / (2 * Math.max(1, positives))];
  let seed = 7;
  const random = (): number => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
  const order = data.map((_, i) => i);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const k of order) {
      const { x, y } = data[k] as { x: Uint32Array; y: number };
      const v = 1 / Math.sqrt(Math.max(1, x.length));
      let z = 0;
      for (const b of x) z += w[b] as number;
      const p = 1 / (1 + Math.exp(-(PRIOR + v * z)));
      const g = (p - y) * (weightOf[y] as number) * v;
      for (const b of x) {
        const gb = g + L2 * (w[b] as number);
        g2[b] = (g2[b] as number) + gb * gb;
        w[b] = (w[b] as number) - (RATE * gb) / Math.sqrt(g2[b] as number);
      }
    }
  }
  let max = 0;
  for (const x of w) max = Math.max(max, Math.abs(x));
  const scale = max / 127 || 1;
  const weights = new Int8Array(size);
  for (let i = 0; i < size; i++) weights[i] = Math.round((w[i] as number) / scale);
  return { bits: FRAMING_BITS, bias: PRIOR, scale, weights };
}

/** The shipped model as the weights module holds it: trained on every framing set (the first sixteen held-out sets), gzipped and base64-encoded. */
export function buildShippedFramingModel(): { bits: number; bias: number; scale: number; weights: string; rows: FramingRow[] } {
  const rows = framingRows(FRAMING_SETS);
  const model = trainFramingModel(rows);
  return { bits: model.bits, bias: model.bias, scale: model.scale, weights: packWeights(model.weights), rows };
}

if (import.meta.main) {
  const { rows, ...model } = buildShippedFramingModel();
  const file = writeWeightsModule({
    script: "eval/injection-framing-train.ts",
    file: "injection-framing-weights.ts",
    name: "FRAMING_MODEL",
    title: "The shipped framing model",
    rows: rows.length,
    injections: `${rows.filter((r) => r.injection).length} injections, the rest hard negatives`,
    sets: FRAMING_SETS,
    model,
  });
  console.log(`wrote ${file}: ${rows.length} rows, ${model.weights.length} characters of weights`);
}
