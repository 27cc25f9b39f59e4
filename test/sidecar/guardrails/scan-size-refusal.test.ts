/**
 * A response over `guardrails.maxBytes` is refused with both sizes, which must differ as
 * printed: just over the cap they round alike, so both are given in exact bytes.
 */
import { describe, expect, it } from "vitest";
import { scan } from "../../../sidecar/src/guardrails/index.js";

describe("the maxBytes refusal", () => {
  it("gives exact bytes when the rounded sizes are the same", () => {
    expect(() => scan({ text: "x".repeat(100_001) }, { maxBytes: 100_000 })).toThrow(
      expect.objectContaining({
        code: "too_large",
        message: "tool response is 100,001 bytes; the guardrail scans at most 100,000 bytes (guardrails.maxBytes)",
      }),
    );
  });

  it("keeps the rounded sizes when they differ", () => {
    expect(() => scan({ text: "x".repeat(300_000) }, { maxBytes: 100_000 })).toThrow(
      expect.objectContaining({ message: "tool response is 293.0 KB; the guardrail scans at most 97.7 KB (guardrails.maxBytes)" }),
    );
  });
});
