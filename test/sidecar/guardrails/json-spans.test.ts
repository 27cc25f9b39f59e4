/**
 * Mutating a tool response that is a JSON document keeps it a JSON document: a number's
 * placeholder is quoted, a span that runs past a string's closing quote stays inside the
 * string, a span that cuts an escape sequence falls back to the whole string — and, over many
 * random spans on realistic API bodies, the output always parses with the same shape.
 */
import { describe, expect, it } from "vitest";
import { finding, type Finding } from "../../../sidecar/src/guardrails/finding.js";
import { isJsonDocument, jsonEdits } from "../../../sidecar/src/guardrails/json-spans.js";
import { mutateText, PlaceholderBook } from "../../../sidecar/src/guardrails/placeholder-mutator.js";
import { scan } from "../../../sidecar/src/guardrails/index.js";

const at = (text: string, part: string, type = "SECRET", category: "pii" | "secrets" | "injection" = "secrets"): Finding => {
  const start = text.indexOf(part);
  if (start < 0) throw new Error(`${part} is not in ${text}`);
  return finding(category, type, `${category}.test`, start, start + part.length, 0.9);
};

/** The same structure with every string and number leaf replaced by its kind. */
const shape = (v: unknown): unknown =>
  Array.isArray(v) ? v.map(shape) : v && typeof v === "object" ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, shape(x)])) : typeof v;

describe("JSON documents under mutate", () => {
  it("quotes the placeholder of a number found as PII (scan end to end)", () => {
    const text = '{"user": {"name": "Ann", "phone": 4155550132, "card": 4111111111111111, "email": "ann@example.com"}}';
    const out = scan({ text }, { pii: "mutate", deadlineMs: 30_000 });
    expect(out.action).toBe("mutate");
    expect(JSON.parse(out.text!)).toEqual({ user: { name: "Ann", phone: "[PHONE_1]", card: "[CREDIT_CARD_1]", email: "[EMAIL_1]" } });
  });

  it("keeps a span that runs past the closing quote inside its string", () => {
    const text = '{"password": "hunter2hunter2", "next": 1}';
    const out = mutateText(text, [at(text, 'hunter2hunter2", "next')], new PlaceholderBook(), true);
    expect(JSON.parse(out)).toEqual({ password: "[SECRET_1]", next: 1 });
  });

  it("replaces the whole string when a span cuts an escape sequence", () => {
    const text = '{"note": "key=abc\\"def tail", "n": 2}';
    const out = mutateText(text, [at(text, "abc\\")], new PlaceholderBook(), true);
    expect(JSON.parse(out)).toEqual({ note: "[SECRET_1]", n: 2 });
  });

  it("numbers placeholders across both attempts as one response", () => {
    const book = new PlaceholderBook();
    expect(book.placeholder("SECRET", "earlier")).toBe("[SECRET_1]");
    const text = '{"a": "x\\"secret-one", "b": "secret-two"}';
    const out = mutateText(text, [at(text, "x\\"), at(text, "secret-two")], book, true);
    expect(JSON.parse(out)).toEqual({ a: "[SECRET_2]", b: "[SECRET_3]" });
  });

  it("leaves text that is not a JSON document to plain span replacement", () => {
    expect(isJsonDocument("call 4155550132")).toBe(false);
    expect(isJsonDocument('{"a": 1')).toBe(false);
    expect(isJsonDocument('  [1, {"a": "b"}]')).toBe(true);
    const text = 'not json: {"phone": 4155550132';
    expect(mutateText(text, [at(text, "4155550132", "PHONE", "pii")], new PlaceholderBook(), true)).toBe('not json: {"phone": [PHONE_1]');
  });

  it("ignores a span on structure alone", () => {
    const text = '{"a": [1, 2]}';
    expect(jsonEdits(text, [finding("pii", "X", "pii.test", 4, 5, 0.9)])).toEqual([]);
  });

  it("never breaks a JSON document, whatever spans the detectors report", () => {
    const docs = [
      { id: 4155550132, owner: { email: "ann@example.com", tags: ['a"b', "c\\d", "é\u2028"] }, ok: true, n: -1.5e3 },
      [
        { token: "ghp_16C7e42F292c6912E7710c838347Ae178B4a", quote: 'say "hi"' },
        { empty: "", nested: [[1, 2], { x: null }] },
      ],
      { html: "<img src=\"x\" onerror='y'>", path: "C:\\temp\\file.txt", unicode: "\ud83d\ude00 ☎ +44 20 7123 4567" },
    ].map((d) => JSON.stringify(d, null, 1));
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (const text of docs) {
      for (let trial = 0; trial < 400; trial++) {
        const findings: Finding[] = [];
        for (let k = 1 + random(3); k > 0; k--) {
          const start = random(text.length);
          const end = Math.min(text.length, start + 1 + random(24));
          const category = (["pii", "secrets", "injection"] as const)[random(3)]!;
          findings.push(finding(category, category === "injection" ? "INJECTION" : "SECRET", `${category}.test`, start, end, 0.9));
        }
        const out = mutateText(text, findings, new PlaceholderBook(), true);
        let parsed: unknown;
        expect(() => (parsed = JSON.parse(out)), `${JSON.stringify(findings.map((f) => [f.start, f.end]))} on ${text}\n→ ${out}`).not.toThrow();
        // Keys may be mutated too, but the document keeps its kind and nesting.
        expect(Array.isArray(parsed)).toBe(Array.isArray(JSON.parse(text)));
        if (!findings.some((f) => text.slice(f.start, f.end).includes(":")))
          expect(Object.keys(shape(parsed) as object).length).toBe(Object.keys(shape(JSON.parse(text)) as object).length);
      }
    }
  });
});
