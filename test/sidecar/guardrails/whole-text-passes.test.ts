/**
 * The two whole-text reads that replaced a regular expression over every position must give
 * exactly what the expression gave: generated texts built from the pieces that matter (the
 * words in every case, overlapping and glued, non-ASCII letters that fold or do not, every line
 * terminator, outline numbers with and without titles), compared with `matchAll`.
 */
import { describe, expect, it } from "vitest";
import { lineAfterBreak, lineHeads, wordSpans } from "../../../sidecar/src/guardrails/whole-text-passes.js";

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const isAscii = (s: string): boolean => Buffer.byteLength(s) === s.length;

function text(random: () => number, pieces: readonly string[], length: number): string {
  let out = "";
  while (out.length < length) out += pieces[Math.floor(random() * pieces.length)];
  return out;
}

const WORDS = ["test", "sandbox", "dummy", "mock", "fixture", "staging", "demo"];
const WORD_PIECES = [
  ..."test TEST Test tEsT sandbox SANDBOX dummy mock Mock fixture staging demo DEMO".split(" "),
  "demock",
  "testest",
  "sk_test_",
  "TEST_CARDS",
  "testCard",
  "mocktest",
  "stag",
  "ing",
  "te",
  "st",
  "de",
  "mo",
  " ",
  "\n",
  ".",
  "4242 4242 4242 4242",
  "x",
  "é",
  "ſ",
  "İ",
  "\u212a",
  "Ä",
  "\u2028",
  "naïve test",
];

const OUTLINE_PIECES = [
  "1.2.3 Scope",
  "## 2.1.3. Retention",
  "  3.4.2 Teil",
  "\t10.0.1 Setup",
  "1.2.3 lower",
  "1.2.3",
  "12.34.567 Big",
  "# 4.5.6 Title",
  "####### 7.8.9 Too",
  "version 1.2.3 Now",
  " ",
  "\n",
  "\r\n",
  "\r",
  "\u2028",
  "\u2029",
  "x",
  "Ärger",
  "5.6.7 Ärger",
  "9.9.9  Two",
  "1.2.3.4 Quad",
  "é",
  "\t",
  "  ",
];
const OUTLINE_HEAD = /^[ \t]{0,8}(?:#{1,6}[ \t]{1,3})?(\d{1,3}\.\d{1,3}\.\d{1,3})\.?[ \t]{1,3}\p{Lu}/gmu;
const OUTLINE_HEAD_AT = /[ \t]{0,8}(?:#{1,6}[ \t]{1,3})?(\d{1,3}\.\d{1,3}\.\d{1,3})\.?[ \t]{1,3}\p{Lu}/uy;
const mayHead = (c: number): boolean => c === 32 || c === 9 || c === 35 || (c >= 48 && c <= 57);

describe("wordSpans", () => {
  const pattern = new RegExp(WORDS.join("|"), "gi");
  const expected = (t: string) => {
    const found = Array.from(t.matchAll(pattern), (m) => [m.index, m.index + m[0].length]);
    return { starts: found.map(([s]) => s), ends: found.map(([, e]) => e) };
  };

  it("gives the spans of /word|…/gi on 5,000 generated texts, ASCII and not", () => {
    const random = rng(7);
    let ascii = 0;
    for (let k = 0; k < 5000; k++) {
      const pieces = k % 2 === 0 ? WORD_PIECES.filter((p) => isAscii(p)) : WORD_PIECES;
      const t = text(random, pieces, 1 + Math.floor(random() * 200));
      if (isAscii(t)) ascii++;
      const got = wordSpans(t, WORDS, pattern);
      expect({ starts: [...got.starts], ends: [...got.ends] }, JSON.stringify(t)).toEqual(expected(t));
    }
    expect(ascii).toBeGreaterThan(2500);
  });

  it("keeps the earlier word where two start together, and skips overlaps as the pattern does", () => {
    const got = wordSpans("demock testest", WORDS, pattern);
    expect([...got.starts]).toEqual([0, 7]);
    expect([...got.ends]).toEqual([4, 11]);
  });
});

describe("lineHeads", () => {
  it("gives the first groups of /^…/gmu on 5,000 generated texts, every line terminator included", () => {
    const random = rng(11);
    let plain = 0;
    for (let k = 0; k < 5000; k++) {
      const pieces = k % 2 === 0 ? OUTLINE_PIECES.filter((p) => !/[\r\u2028\u2029]/.test(p)) : OUTLINE_PIECES;
      const t = text(random, pieces, 1 + Math.floor(random() * 300));
      if (!/[\r\u2028\u2029]/.test(t)) plain++;
      const want = Array.from(t.matchAll(OUTLINE_HEAD), (m) => m[1]);
      expect(lineHeads(t, OUTLINE_HEAD, OUTLINE_HEAD_AT, mayHead), JSON.stringify(t)).toEqual(want);
    }
    expect(plain).toBeGreaterThan(2500);
  });

  it("reads only lines whose first character may start a match", () => {
    const seen: number[] = [];
    lineHeads("1.2.3 Scope\nabc\n  4.5.6 Data", OUTLINE_HEAD, OUTLINE_HEAD_AT, (c) => {
      seen.push(c);
      return mayHead(c);
    });
    expect(seen).toEqual([49, 97, 32]);
  });
});

/** The patterns comment-blocks.ts tries after line breaks: two comment lines in a row, a log line's tag. */
const COMMENT_START = String.raw`[+\- ]?[ \t]{0,12}(?:#|\/\/|\*(?!\/)|--[ \t])`;
const TAG_PREFIX = String.raw`(?:\d{4}-\d{2}-\d{2}[T ][\d:.,]{5,20}(?:Z|[+-]\d{2}:?\d{2})?[ \t]{1,3})?\[([^\]\n]{0,20}[A-Za-z][^\]\n]{0,20})\][ \t]{1,3}`;
const LINE_PIECES = [
  "\n",
  "\n",
  "# note",
  "// note",
  " * note",
  "*/",
  "-- sql",
  "--x",
  "+# added",
  "- # removed",
  "  # indented",
  "\t// tab",
  "2024-05-14T09:12:24Z [flake-tracker] ",
  "[release-notes] ",
  "[10:03] ",
  "2024-05-14 09:12:24.5+02:00 [bot] ",
  "[x]y",
  "text",
  " ",
  "#",
  "/",
  "*",
  "[",
  "]",
  "2",
  "-",
  "+",
  "é",
  "\r\n",
];

describe("lineAfterBreak", () => {
  const cases = [
    { name: "comment pairs", source: `${COMMENT_START}[^\\n]*\\n${COMMENT_START}`, first: (c: number) => [43, 45, 32, 9, 35, 47, 42].includes(c) },
    { name: "log tags", source: TAG_PREFIX, first: (c: number) => c === 91 || (c >= 48 && c <= 57) },
  ];
  for (const { name, source, first } of cases) {
    it(`says what /\\n…/.test says, for ${name}, on 5,000 generated texts`, () => {
      const random = rng(name.length);
      const plain = new RegExp(`\\n${source}`);
      const sticky = new RegExp(source, "y");
      let matched = 0;
      for (let k = 0; k < 5000; k++) {
        const t = text(random, LINE_PIECES, 1 + Math.floor(random() * 120));
        const want = plain.test(t);
        if (want) matched++;
        expect(lineAfterBreak(t, sticky, first), JSON.stringify(t)).toBe(want);
      }
      // Both answers occur often enough to compare.
      expect(matched).toBeGreaterThan(100);
      expect(matched).toBeLessThan(4900);
    });
  }
});
