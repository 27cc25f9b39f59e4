/**
 * How far the detectors' string searches read, per character scanned, on the adversarial inputs.
 *
 * A detector that looks from each candidate for the next line break, dot or bracket with
 * `indexOf` reads on to it; where none follows, every candidate reads to the text's end and the
 * scan is quadratic. At test sizes that costs a tenth of a second, which no timing could tell
 * from a busy machine; at the megabytes a tool may return it costs seconds (a 2 MB log of dates
 * took 2 s in PII detection alone). So this counts instead: `indexOf`, `lastIndexOf` and
 * `includes` are wrapped for the test, and the characters each call passes over are added up,
 * at two sizes. Where the searches stay within a window of each candidate, the reads per
 * character scanned stay the same at four times the size (6–250 here, by how dense the
 * candidates are); where one reads on to the text's end, they grow fourfold.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scan } from "../../../sidecar/src/guardrails/index.js";
import { adversarialInputs } from "../../../eval/adversarial-inputs.ts";

/** The larger size; the smaller is a quarter of it. */
const SIZE = 64 * 1024;
/** How much the reads per character may grow from the smaller size to the larger: 4 when quadratic. */
const GROWTH_MAX = 1.5;

let read = 0;
const original = { indexOf: String.prototype.indexOf, lastIndexOf: String.prototype.lastIndexOf, includes: String.prototype.includes };

/** Where a forward search starts, as the methods clamp it. */
function forwardFrom(s: string, position: unknown): number {
  return Math.min(s.length, Math.max(0, Math.trunc(Number(position)) || 0));
}

beforeAll(() => {
  String.prototype.indexOf = function (this: string, search: string, position?: number): number {
    const at = original.indexOf.call(this, search, position);
    read += (at < 0 ? this.length : at) - forwardFrom(this, position);
    return at;
  };
  String.prototype.includes = function (this: string, search: string, position?: number): boolean {
    const at = original.indexOf.call(this, search, position);
    read += (at < 0 ? this.length : at) - forwardFrom(this, position);
    return at >= 0;
  };
  String.prototype.lastIndexOf = function (this: string, search: string, position?: number): number {
    const from = position === undefined || Number.isNaN(Number(position)) ? this.length : Math.min(this.length, Math.max(0, Math.trunc(Number(position))));
    const at = original.lastIndexOf.call(this, search, position);
    read += from - Math.max(at, 0);
    return at;
  };
});

afterAll(() => {
  Object.assign(String.prototype, original);
});

/** Characters the searches read per character of `text` scanned. */
function readsPerCharacter(text: string): number {
  read = 0;
  scan({ text }, { pii: "detect", secrets: "detect", injection: "detect", deadlineMs: 30_000 });
  return read / text.length;
}

describe("string searches read each character a bounded number of times, whatever the size", () => {
  const small = adversarialInputs(SIZE / 4);
  for (const [name, text] of Object.entries(adversarialInputs(SIZE))) {
    it(name, () => {
      const before = readsPerCharacter(small[name] as string);
      const after = readsPerCharacter(text);
      expect(after).toBeLessThan(before * GROWTH_MAX);
    });
  }

  it("counts what a search to the end reads (the measure can fail)", () => {
    read = 0;
    const text = "x".repeat(1000);
    for (let i = 0; i < 1000; i++) text.indexOf(".", i);
    expect(read).toBe((1000 * 1001) / 2);
  });
});
