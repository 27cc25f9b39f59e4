/**
 * Held-out sets are scored by learned models that never saw them: `useModelWithout(set)`
 * trains the passage model on the other held-out training sets (as eval/injection-model-build.ts
 * trains the shipped one on all of them) and the framing model on every other held-out set (as
 * eval/injection-framing-train.ts trains the shipped one), rounds them as shipped and puts them
 * in the shipped ones' place.
 */
import { setFramingModel } from "../sidecar/dist/guardrails/injection-framing.js";
import { setPassageModel } from "../sidecar/dist/guardrails/learned-injection.js";
import { framingRows, trainFramingModel } from "./injection-framing-train.ts";
import { heldoutTrainingRows } from "./injection-model-build.ts";
import { FRAMING_SETS, type HeldoutSet, TRAINING_SETS } from "./heldout-data.ts";
import { quantise, trainPassageModel } from "./injection-model-train.ts";

/** Which sets the fold models learn from (less the one scored); the shipped models' by default. */
export interface FoldTraining {
  readonly passageSets?: readonly HeldoutSet[];
  readonly framingSets?: readonly HeldoutSet[];
}

/**
 * Scores with models trained on every set but `set` (about two seconds; a set outside the
 * passage model's training sets is scored by a passage model trained on all of them, as shipped).
 * `training` varies the sets the two models learn from (eval/heldout-pooled.ts).
 *
 * @example
 * ```ts
 * useModelWithout("heldout9"); // then scan() heldout9's rows
 * ```
 */
export function useModelWithout(set: HeldoutSet, training: FoldTraining = {}): void {
  const { passageSets = TRAINING_SETS, framingSets = FRAMING_SETS } = training;
  setPassageModel(quantise(trainPassageModel(heldoutTrainingRows(passageSets.filter((s) => s !== set)))));
  setFramingModel(trainFramingModel(framingRows(framingSets.filter((s) => s !== set))));
}
