import { describe, expect, it } from "vitest";
import { calibrate, crossSource } from "../../eval/cross-source.ts";
import type { SourcedRow } from "../../eval/injection-sources.ts";

const row = (id: string, source: string, label: "injection" | "benign", hardNegative = false): SourcedRow => ({ id, source, label, hardNegative, text: id });

describe("calibrate", () => {
  it("picks the lowest threshold that keeps the negatives' false-positive rate at or under the target", () => {
    const negatives = [0.1, 0.2, 0.3, 0.9];
    const t = calibrate(negatives, 0.25);
    expect(negatives.filter((s) => s >= t)).toEqual([0.9]);
    expect(negatives.filter((s) => s >= calibrate(negatives, 0))).toEqual([]);
  });
});

describe("crossSource", () => {
  it("calibrates each fold on the other sources only, and pools the held-out counts", () => {
    const rows = [row("a1", "A", "injection"), row("a2", "A", "benign"), row("b1", "B", "injection"), row("b2", "B", "benign", true)];
    // Source A's benign row scores high: held out, it cannot raise A's own threshold.
    const scores = new Map([
      ["a1", 0.6],
      ["a2", 0.7],
      ["b1", 0.8],
      ["b2", 0.1],
    ]);
    const cs = crossSource(rows, scores, 0);
    const a = cs.folds.find((f) => f.source === "A");
    const b = cs.folds.find((f) => f.source === "B");
    expect(a?.threshold).toBeGreaterThan(0.1);
    expect(a?.threshold).toBeLessThan(0.6);
    expect([a?.found, a?.flagged]).toEqual([1, 1]);
    // B is calibrated on A's benign 0.7: its injection at 0.8 is still found, its hard negative is not flagged.
    expect([b?.found, b?.flagged, b?.hardFlagged]).toEqual([1, 0, 0]);
    expect(cs.pooled).toEqual({ positives: 2, found: 2, negatives: 2, flagged: 1, hardNegatives: 1, hardFlagged: 0 });
  });
});
