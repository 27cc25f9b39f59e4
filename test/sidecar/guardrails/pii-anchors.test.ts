import { describe, expect, it } from "vitest";
import type { Finding } from "../../../sidecar/src/guardrails/finding.js";
import * as indexed from "../../../sidecar/src/guardrails/pii-detectors.js";
import { TextIndex } from "../../../sidecar/src/guardrails/text-index.js";
import * as reference from "./reference-pii.ts";
import { seededUnit } from "../../helpers/seeded-random.js";

const rng = seededUnit;

/** Random texts dense in digits, separators and the shapes the PII detectors look for. */
function corpus(seed: number, count: number): string[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const digits = (n: number): string => Array.from({ length: n }, () => Math.floor(r() * 10)).join("");
  const hex = (n: number): string => Array.from({ length: n }, () => "0123456789abcdefABCDEF"[Math.floor(r() * 22)]).join("");
  const parts: Array<() => string> = [
    () => digits(1 + Math.floor(r() * 12)),
    () => pick([" ", " ", "-", ".", "(", ")", "+", ":", "/", "%", "_", "x", "a", "Z", "\n", ", ", " (", ") ", "--", ".."]),
    () => `+${digits(1 + Math.floor(r() * 3))} ${digits(2 + Math.floor(r() * 2))} ${digits(3)} ${digits(4)}`,
    () => `(${digits(3)}) ${digits(3)}-${digits(4)}`,
    () => `${digits(3)}${pick(["-", " ", ".", ""])}${digits(2)}${pick(["-", " ", ".", ""])}${digits(4)}`,
    () => `${digits(4)}${pick([" ", "-"])}${digits(4)}${pick([" ", "-"])}${digits(4)}${pick([" ", "-"])}${digits(4)}`,
    () => pick(["4111 1111 1111 1111", "4111111111111111", "378282246310005", "5555-5555-5555-4444"]),
    () => Array.from({ length: 4 }, () => String(Math.floor(r() * 300))).join("."),
    () =>
      `${hex(1 + Math.floor(r() * 4))}:${hex(Math.floor(r() * 4))}${pick([":", "::", ":"])}${hex(1 + Math.floor(r() * 4))}${pick(["", "%eth0", "/64", ".", ":1.2.3.4"])}`,
    () =>
      pick(["GB29 NWBK 6016 1331 9268 19", "DE89370400440532013000", "NO9386011117947", "GB82-WEST-1234-5698-7654-32", "FR14 2004 1010 0505 0001 3M02 606"]),
    () => `${pick(["GB", "DE", "NO", "FR", "XX"])}${digits(2)}${pick([" ", "-", ""])}${digits(4)}`,
  ];
  const texts: string[] = [];
  for (let i = 0; i < count; i++) {
    let t = "";
    const n = 1 + Math.floor(r() * 24);
    for (let k = 0; k < n; k++) t += pick(parts)();
    texts.push(t);
  }
  return texts;
}

const REGIONS = { phoneRegions: ["US", "GB", "DE", "FR", "IL", "IN", "CA", "BR", "JP", "CN"] };

type Detect = (text: string, out: Finding[]) => void;
const PAIRS: Array<[string, Detect, (text: string, out: Finding[], index: TextIndex) => void]> = [
  ["phones", (t, o) => reference.detectPhones(t, o, REGIONS), (t, o, i) => indexed.detectPhones(t, o, REGIONS, i)],
  ["cards", reference.detectCards, indexed.detectCards],
  ["ssns", reference.detectSsns, indexed.detectSsns],
  ["ibans", reference.detectIbans, indexed.detectIbans],
  ["ips", reference.detectIps, indexed.detectIps],
];

describe("PII anchors from the text index", () => {
  it("report exactly what whole-text regular-expression anchors report", () => {
    const found = new Map<string, number>();
    for (const text of corpus(11, 4000)) {
      const index = new TextIndex(text);
      for (const [name, ref, mine] of PAIRS) {
        const want: Finding[] = [];
        ref(text, want);
        const got: Finding[] = [];
        mine(text, got, index);
        expect(got, `${name} on ${JSON.stringify(text)}`).toEqual(want);
        found.set(name, (found.get(name) ?? 0) + want.length);
      }
      index.release();
    }
    // Every detector must actually report something on this corpus, or the comparison proves little.
    for (const [name] of PAIRS) expect(found.get(name) ?? 0, name).toBeGreaterThan(50);
  });
});
