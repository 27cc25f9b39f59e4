/**
 * The shipped passage model is what its build script trains (eval/injection-model-build.ts):
 * retrained here from the held-out sets, it must give the same weights byte for byte — so a
 * change to how passages are read, or to the training, cannot ship with weights learned under
 * the old reading.
 */
import { describe, expect, it } from "vitest";
import { buildShippedModel } from "../../eval/injection-model-build.ts";
import { PASSAGE_MODEL } from "../../sidecar/src/guardrails/injection-model-weights.js";

describe("shipped passage model", () => {
  it("is what eval/injection-model-build.ts trains from the held-out sets (rerun it after changing the reader or the training)", () => {
    const built = buildShippedModel();
    expect(built.rows.length).toBeGreaterThan(3000);
    expect({ bits: built.bits, bias: built.bias, scale: built.scale }).toEqual({
      bits: PASSAGE_MODEL.bits,
      bias: PASSAGE_MODEL.bias,
      scale: PASSAGE_MODEL.scale,
    });
    expect(built.weights === PASSAGE_MODEL.weights).toBe(true);
  });
});
