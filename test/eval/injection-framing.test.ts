/**
 * The shipped framing model is what its training script builds (eval/injection-framing-train.ts):
 * retrained here from the held-out sets, it must give the same weights byte for byte — so a
 * change to how texts are read, or to the training, cannot ship with weights learned under the
 * old reading.
 */
import { describe, expect, it } from "vitest";
import { buildShippedFramingModel } from "../../eval/injection-framing-train.ts";
import { FRAMING_MODEL } from "../../sidecar/src/guardrails/injection-framing-weights.js";

describe("shipped framing model", () => {
  it("is what eval/injection-framing-train.ts trains from the held-out sets (rerun it after changing the reader or the training)", () => {
    const built = buildShippedFramingModel();
    expect(built.rows.length).toBeGreaterThan(4000);
    expect({ bits: built.bits, bias: built.bias, scale: built.scale }).toEqual({
      bits: FRAMING_MODEL.bits,
      bias: FRAMING_MODEL.bias,
      scale: FRAMING_MODEL.scale,
    });
    expect(built.weights === FRAMING_MODEL.weights).toBe(true);
  });
});
