import { describe, expect, it } from "vitest";
import { literalChannel, literalIndex, literalStart, TextIndex } from "../../../sidecar/src/guardrails/text-index.js";
import { seededRandom } from "../../helpers/seeded-random.js";

const occurrences = (index: TextIndex, channel: number): string[] =>
  [...index.literals(channel)].map((packed) => `${literalIndex(packed)}@${literalStart(packed)}`);
/** The same, read through `literalBounds` (no view object): must agree with `literals`. */
const throughBounds = (index: TextIndex, channel: number): string[] => {
  const bounds = new Int32Array([-1, -1]);
  const items = index.literalBounds(channel, bounds);
  const out: string[] = [];
  for (let i = bounds[0] as number; i < (bounds[1] as number); i++) out.push(`${literalIndex(items[i] as number)}@${literalStart(items[i] as number)}`);
  return out;
};

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

  it("group every channel's occurrences, ascending, as a brute-force search finds them", () => {
    // Overlapping literals over a small alphabet, so texts hit many channels at once and
    // occurrences of one channel arrive out of start order (a long literal ending later).
    const lists = [["qzq", "zq"], ["qqz"], ["zqzqz", "qz", "z"], ["xq", "qx"], ["xqzx"], ["zzzz", "zz"]].map((l) => l.map((w) => `${w}ʬ`));
    const ids = lists.map((l) => literalChannel(l));
    const expected = (text: string, list: readonly string[]): string[] => {
      const lower = text.toLowerCase();
      const out: Array<[number, number]> = [];
      list.forEach((w, i) => {
        for (let at = lower.indexOf(w); at >= 0; at = lower.indexOf(w, at + 1)) out.push([at, i]);
      });
      return out.sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(([at, i]) => `${i}@${at}`);
    };
    const next = seededRandom(7);
    const alphabet = "qzxQZ ʬ";
    for (let round = 0; round < 300; round++) {
      const text = Array.from({ length: next(80) }, () => alphabet[next(alphabet.length)]).join("");
      const outer = new TextIndex(text);
      try {
        // An index made and read while another is live (nested scans) must not disturb it.
        const inner = new TextIndex(`${text}zzʬ`);
        expect(occurrences(inner, ids[5] as number)).toEqual(expected(`${text}zzʬ`, lists[5] as string[]));
        for (const [c, id] of ids.entries()) expect(occurrences(outer, id), text).toEqual(expected(text, lists[c] as string[]));
        for (const id of ids) expect(throughBounds(outer, id), text).toEqual(occurrences(outer, id));
        inner.release();
        for (const [c, id] of ids.entries()) expect(occurrences(outer, id), text).toEqual(expected(text, lists[c] as string[]));
      } finally {
        outer.release();
      }
    }
  });

  it("refuse a literal holding U+0000", () => {
    expect(() => literalChannel(["a\u0000b"])).toThrow();
  });
});
