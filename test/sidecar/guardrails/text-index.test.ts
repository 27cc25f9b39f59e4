import { describe, expect, it } from "vitest";
import { literalChannel, literalIndex, literalStart, TextIndex } from "../../../sidecar/src/guardrails/text-index.js";

const occurrences = (index: TextIndex, channel: number): string[] =>
  [...index.literals(channel)].map((packed) => `${literalIndex(packed)}@${literalStart(packed)}`);

describe("literal channels", () => {
  // Declared at load, as detectors do; unusual words so no detector shares them.
  const first = literalChannel(["zqxwvy", "vyzq"]);
  const again = literalChannel(["zqxwvy", "vyzq"]);
  const reordered = literalChannel(["vyzq", "zqxwvy"]);

  it("serve a list declared twice from one channel, with the same occurrences", () => {
    expect(again).toBe(first);
    expect(reordered).not.toBe(first);
    const index = new TextIndex("a ZQXWVYZQ b vyzq");
    try {
      expect(occurrences(index, first)).toEqual(["0@2", "1@6", "1@13"]);
      // Indices follow each list's own order.
      expect(occurrences(index, reordered)).toEqual(["1@2", "0@6", "0@13"]);
    } finally {
      index.release();
    }
  });

  it("refuse a literal holding U+0000", () => {
    expect(() => literalChannel(["a\u0000b"])).toThrow();
  });
});
