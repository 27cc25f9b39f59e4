import { describe, expect, it } from "vitest";
import { sortInts } from "../../../sidecar/src/guardrails/int-sort.js";

describe("sortInts", () => {
  it("sorts the first n values ascending, short lists and long, and leaves the rest alone", () => {
    let seed = 7;
    const next = () => {
      seed = (seed * 1664525 + 1013904223) >>> 0;
      return seed % 1000;
    };
    for (const n of [0, 1, 2, 5, 47, 48, 49, 200]) {
      const values = Int32Array.from({ length: n + 3 }, next);
      const tail = Array.from(values.subarray(n));
      const want = Array.from(values.subarray(0, n)).sort((a, b) => a - b);
      sortInts(values, n);
      expect(Array.from(values.subarray(0, n)), `n = ${n}`).toEqual(want);
      expect(Array.from(values.subarray(n)), `n = ${n}`).toEqual(tail);
    }
  });
});
