/**
 * Held-out sets are scored by a passage model that never saw them: `useModelWithout(set)`
 * trains the model on the other held-out sets (as eval/injection-model-build.ts trains the
 * shipped one on all of them), rounds it as shipped and puts it in the shipped one's place.
 */
import { setPassageModel } from "../sidecar/dist/guardrails/learned-injection.js";
import { heldoutTrainingRows } from "./injection-model-build.ts";
import { type HeldoutSet, TRAINING_SETS } from "./heldout-data.ts";
import { quantise, trainPassageModel } from "./injection-model-train.ts";

/**
 * Scores with a model trained on every training set but `set` (about a second; a set outside
 * the training sets is scored by a model trained on all of them, as shipped).
 *
 * @example
 * ```ts
 * useModelWithout("heldout9"); // then scan() heldout9's rows
 * ```
 */
export function useModelWithout(set: HeldoutSet): void {
  setPassageModel(quantise(trainPassageModel(heldoutTrainingRows(TRAINING_SETS.filter((s) => s !== set)))));
}
