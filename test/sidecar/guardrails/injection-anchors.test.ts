import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { EVAL_DIR, loadDatasets } from "../../../eval/datasets.ts";
import { patternMatches } from "../../../sidecar/src/guardrails/injection-detectors.js";
import { INJECTION_PATTERNS, type InjectionPattern } from "../../../sidecar/src/guardrails/injection-patterns.js";
import { TextIndex } from "../../../sidecar/src/guardrails/text-index.js";
import { regexSampler } from "./regex-sampler.ts";
import { seededUnit } from "../../helpers/seeded-random.js";

/** Each pattern's global form, compiled once (a fresh expression per text was a third of this file's time). */
const GLOBAL = new Map<RegExp, RegExp>();

/** What a plain global scan of the whole text finds for one pattern. */
function globalMatchesOf(re: RegExp, text: string): Array<[number, number]> {
  let g = GLOBAL.get(re);
  if (g === undefined) GLOBAL.set(re, (g = new RegExp(re.source, re.flags)));
  g.lastIndex = 0;
  const found: Array<[number, number]> = [];
  for (let m = g.exec(text); m !== null; m = g.exec(text)) {
    if (m[0].length === 0) g.lastIndex++;
    else found.push([m.index, m.index + m[0].length]);
  }
  return found;
}

/** What a plain global scan of the whole text finds, per pattern. */
function globalMatches(text: string): Array<Array<[number, number]>> {
  return INJECTION_PATTERNS.map(({ re }) => globalMatchesOf(re, text));
}

/**
 * Whether two span lists are equal, without an `expect` per comparison (the assertion library
 * was most of this file's time); a difference still fails through `expect(...).toEqual`.
 */
function sameSpans(a: ReadonlyArray<readonly [number, number]>, b: ReadonlyArray<readonly [number, number]>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i]![0] !== b[i]![0] || a[i]![1] !== b[i]![1]) return false;
  return true;
}

/** The indexed scan's matches, per pattern. */
function indexedMatches(text: string): ReadonlyArray<ReadonlyArray<readonly [number, number]>> {
  const index = new TextIndex(text);
  try {
    return patternMatches(index);
  } finally {
    index.release();
  }
}

const rng = seededUnit;

const SPACES = [" ", " ", " ", "  ", "\t", "\n", "   "];
const SEPARATORS = [
  " ",
  " ",
  " ",
  "  ",
  "   ",
  "\t",
  "\n",
  " \n",
  ". ",
  "? ",
  "! ",
  ": ",
  ".\n",
  "#",
  "## ",
  "%%",
  "[",
  "]",
  "<",
  ">",
  "|",
  "{{",
  "}}",
  "|>",
  ">>",
  ")",
  "(#",
  "/",
  "~",
  "'",
  "’",
  '"',
  "`",
  ",",
  "-",
  "_",
  "\u00a0",
];

/**
 * Random texts from one pattern's own words and the separators, in random case. Half the
 * words follow the pattern's order (a word, then one of the next few in the source), so
 * whole phrases appear often.
 */
function corpus(pattern: InjectionPattern, seed: number, count: number): string[] {
  const source = pattern.re.source;
  const anchorWords = pattern.anchors.flatMap((a) => [...a.words, ...(a.near?.words ?? [])]);
  const words = [...(source.match(/[\p{L}_']+/gu) ?? []).filter((w) => !/^[swdbnSWDB]$/.test(w)), ...anchorWords];
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const sample = regexSampler(pattern.re, r);
  const texts: string[] = [];
  for (let i = 0; i < count; i++) {
    if (i % 2 === 1) {
      // Phrases generated from the pattern itself, glued into random surroundings.
      let t = "";
      const n = 1 + Math.floor(r() * 3);
      for (let k = 0; k < n; k++) {
        t += r() < 0.5 ? pick(words) : "";
        t += r() < 0.8 ? pick(SEPARATORS) : "";
        const phrase = sample();
        t += r() < 0.2 ? phrase.toUpperCase() : phrase;
      }
      texts.push(t + (r() < 0.5 ? pick(SEPARATORS) + pick(words) : ""));
      continue;
    }
    let t = r() < 0.2 ? pick(SEPARATORS) : "";
    const n = 2 + Math.floor(r() * 14);
    let at = Math.floor(r() * words.length);
    for (let k = 0; k < n; k++) {
      const ordered = r() < 0.6;
      at = ordered ? Math.min(words.length - 1, at + 1 + Math.floor(r() * 8)) : Math.floor(r() * words.length);
      let w = words[at] ?? "";
      const c = r();
      if (c < 0.15) w = w.toUpperCase();
      else if (c < 0.3) w = w.charAt(0).toUpperCase() + w.slice(1);
      // Words glued to neighbours exercise the `\b` checks.
      t += w + (r() < 0.12 ? "" : ordered && r() < 0.7 ? pick(SPACES) : pick(SEPARATORS));
    }
    texts.push(t);
  }
  return texts;
}

describe("injection pattern anchors", () => {
  // A property test over many generated texts: CPU-bound, so it gets room on a busy machine.
  it("find every match a whole-text scan finds, on random texts made of each pattern's own words", { timeout: 180_000 }, () => {
    INJECTION_PATTERNS.forEach((pattern, i) => {
      const { re } = pattern;
      let matched = 0;
      for (const text of corpus(pattern, i + 1, 3000)) {
        const want = globalMatchesOf(re, text);
        matched += want.length;
        const got = indexedMatches(text)[i]!;
        if (!sameSpans(got, want)) expect(got, `${re.source.slice(0, 60)} on ${JSON.stringify(text)}`).toEqual(want);
      }
      // Each pattern's corpus must actually produce matches, or the comparison proves little.
      expect(matched, re.source.slice(0, 60)).toBeGreaterThanOrEqual(20);
    });
  });

  it.runIf(existsSync(EVAL_DIR))("find every match on the evaluation rows", () => {
    const { injection, secrets, pii } = loadDatasets();
    for (const { text } of [...injection, ...secrets, ...pii]) {
      const got = indexedMatches(text);
      const want = globalMatches(text);
      if (got.some((spans, i) => !sameSpans(spans, want[i]!))) expect(got).toEqual(want);
    }
  });
});
