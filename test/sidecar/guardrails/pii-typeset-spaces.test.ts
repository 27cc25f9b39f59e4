/**
 * Numbers typeset with no-break, narrow no-break or thin spaces between their groups (French
 * phone numbers on web pages, card numbers and IBANs copied from PDFs and word processors) are
 * read as if the spaces were plain ones, and their spans — and a mutated text's placeholders —
 * cover the original characters.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { scan } from "../../../sidecar/src/guardrails/index.js";

const found = (text: string): string[] =>
  scan({ text }, { pii: "detect", secrets: "off", injection: "off" }).findings.map((f) => `${f.type} ${text.slice(f.start, f.end)}`);

beforeAll(() => {
  scan({ text: "warm up +44 20 7946 0958" }, { deadlineMs: 30_000 });
});

describe("typeset spaces inside numbers", () => {
  it("no-break spaces in a French phone number, narrow no-break in an international one", () => {
    expect(found("Tél. : 01\u00a042\u00a068\u00a053\u00a000")).toEqual(["PHONE 01\u00a042\u00a068\u00a053\u00a000"]);
    expect(found("phone: +1\u202f415\u202f555\u202f0132")).toEqual(["PHONE +1\u202f415\u202f555\u202f0132"]);
  });

  it("thin spaces in a card number, no-break spaces in an IBAN", () => {
    expect(found("card 4111\u20091111\u20091111\u20091111")).toEqual(["CREDIT_CARD 4111\u20091111\u20091111\u20091111"]);
    expect(found("IBAN: FR76\u00a03000\u00a06000\u00a00112\u00a03456\u00a07890\u00a0189")).toEqual([
      "IBAN FR76\u00a03000\u00a06000\u00a00112\u00a03456\u00a07890\u00a0189",
    ]);
  });

  it("mutates the original characters, in text and in a JSON document's strings", () => {
    const text = "Tél. : 01\u00a042\u00a068\u00a053\u00a000, merci.";
    expect(scan({ text }, { pii: "mutate", secrets: "off", injection: "off" }).text).toBe("Tél. : [PHONE_1], merci.");
    const json = JSON.stringify({ note: text });
    expect(JSON.parse(scan({ text: json }, { pii: "mutate", secrets: "off", injection: "off" }).text as string)).toEqual({ note: "Tél. : [PHONE_1], merci." });
  });

  it("a price or a reference typeset the same way stays what it was", () => {
    expect(found("Prix\u00a0: 1\u202f250\u00a0€, réf. 2024\u00a00567")).toEqual([]);
  });
});
