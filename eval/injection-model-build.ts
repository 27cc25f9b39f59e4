/**
 * Builds the shipped injection passage model: trains on every row of the held-out sets
 * (`eval/data/heldout*`, tool output written for this project by authors who never saw the
 * detectors; eval/SOURCES.md), rounds the weights to signed bytes and writes them, gzipped and
 * base64-encoded, to `sidecar/src/guardrails/injection-model-weights.ts`.
 *
 * No public set is trained on, so every public source in `npm run eval` stays held out from
 * the model; the held-out sets' own figures come from models trained without the set scored
 * (`node eval/injection-model-folds.ts`).
 *
 * Run: `npm run build && node eval/injection-model-build.ts` (deterministic: the same rows give
 * the same file).
 */
import { type HELDOUT_SETS, heldoutRows, TRAINING_SETS } from "./heldout-data.ts";
import { quantise, trainPassageModel, type TrainingRow } from "./injection-model-train.ts";
import { packWeights, writeWeightsModule } from "./weights-module.ts";

/** Every injection row of the held-out sets named, as training rows. */
export function heldoutTrainingRows(sets: readonly string[]): TrainingRow[] {
  return sets.flatMap((set) =>
    heldoutRows<{ id: string; label: string; text: string }>(set as (typeof HELDOUT_SETS)[number], "injection.jsonl", "all").map((r) => ({
      text: r.text,
      injection: r.label === "injection",
    })),
  );
}

/** The shipped model as the weights module holds it: trained on every held-out set, rounded, gzipped and base64-encoded. */
export function buildShippedModel(): { bits: number; bias: number; scale: number; weights: string; rows: TrainingRow[] } {
  const rows = heldoutTrainingRows(TRAINING_SETS);
  const model = quantise(trainPassageModel(rows));
  return {
    bits: model.bits,
    bias: model.bias,
    scale: model.scale,
    weights: packWeights(model.weights),
    rows,
  };
}

if (import.meta.main) {
  const { rows, ...model } = buildShippedModel();
  const file = writeWeightsModule({
    script: "eval/injection-model-build.ts",
    file: "injection-model-weights.ts",
    name: "PASSAGE_MODEL",
    title: "The shipped passage model",
    rows: rows.length,
    injections: `${rows.filter((r) => r.injection).length} injections`,
    sets: TRAINING_SETS,
    model,
  });
  console.log(`wrote ${file}: ${rows.length} rows, ${model.weights.length} characters of weights`);
}
