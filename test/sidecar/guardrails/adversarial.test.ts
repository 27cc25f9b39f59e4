import { describe, expect, it } from "vitest";
import { scan } from "../../../sidecar/src/guardrails/index.js";
import { adversarialInputs } from "../../../eval/adversarial-inputs.ts";

/**
 * A quarter of a megabyte: catastrophic backtracking — or a quadratic expression, ~7·10^10 steps
 * at this size — shows as minutes here as surely as at 1 MB, at a quarter of the suite's time
 * for 1 MB. (A search that rereads the text per candidate is quadratic but fast at these sizes:
 * search-work.test.ts counts what it reads.)
 */
const SIZE = 256 * 1024;
const INPUTS = adversarialInputs(SIZE);

describe("adversarial 256 KB inputs finish (no catastrophic backtracking)", () => {
  for (const [name, text] of Object.entries(INPUTS)) {
    it(name, () => {
      // scan() throws deadline_exceeded if a detector pass overruns the deadline: linear
      // detectors take well under a second here, a backtracking one minutes to hours. The
      // deadline is loose so a busy machine cannot fail it; the speed is the scan bench's.
      const out = scan({ text }, { pii: "detect", secrets: "detect", injection: "detect", deadlineMs: 30_000 });
      expect(out.elapsedMs).toBeLessThan(30_000);
    });
  }
});

describe("a text with more findings than a call takes arguments", () => {
  it("returns all 250,000 of them", () => {
    // `list.push(...findings)` passes each finding as an argument: past ~120,000 the call
    // stack overflows and the scan fails instead of answering.
    const text = "a@b.co ".repeat(250_000);
    const out = scan({ text }, { pii: "detect", secrets: "off", injection: "off", maxBytes: 4 * 1024 * 1024, deadlineMs: 30_000 });
    expect(out.findings).toHaveLength(250_000);
    expect(out.findings.every((f) => f.type === "EMAIL")).toBe(true);
  });
});
