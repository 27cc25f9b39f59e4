/**
 * Mutation and JSON keys: every key comes back as it was — a hidden character in a key is not
 * stripped, which would merge `id\u200b` into `id` — except a key that itself holds an address,
 * a secret or an order, which becomes its placeholder (numbered when that name is taken), in a
 * JSON text and in structuredContent alike; each object keeps its number of keys and its order.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { scan, type JsonObject } from "../../../sidecar/src/guardrails/index.js";

const MUTATE = { pii: "mutate", secrets: "mutate", injection: "mutate", deadlineMs: 30_000 } as const;
const AWS_KEY_ID = "AKIAIOSFODNN7EXAMPLX";

beforeAll(() => {
  scan({ text: "warm up" }, { deadlineMs: 30_000 });
});

/** Every object's keys, depth first, as a list of lists. */
function keysOf(value: unknown): string[][] {
  if (Array.isArray(value)) return value.flatMap(keysOf);
  if (value === null || typeof value !== "object") return [];
  return [Object.keys(value), ...Object.values(value).flatMap(keysOf)];
}

describe("mutation keeps keys", () => {
  it("leaves a key with a hidden character as it is, in a text that is JSON", () => {
    const text = JSON.stringify({ "id\u200b": 1, id: 2, mail: "jane@example.com" });
    const out = scan({ text }, MUTATE);
    expect(out.action).toBe("mutate");
    expect(JSON.parse(out.text ?? "")).toEqual({ "id\u200b": 1, id: 2, mail: "[EMAIL_1]" });
  });

  it("leaves it in a content block's JSON text, found or not, when another string is mutated", () => {
    const withAddress = JSON.stringify({ "user\u200b": "a", user: "b", mail: "jane@example.com" });
    const clean = JSON.stringify({ "x\u200b": 1, x: 2 });
    const out = scan(
      {
        result: {
          content: [
            { type: "text", text: withAddress },
            { type: "text", text: clean },
          ],
        },
      },
      MUTATE,
    );
    expect(out.action).toBe("mutate");
    const [first, second] = (out.result as { content: Array<{ text: string }> }).content;
    expect(JSON.parse(first?.text ?? "")).toEqual({ "user\u200b": "a", user: "b", mail: "[EMAIL_1]" });
    expect(second?.text).toBe(clean);
  });

  it("leaves a hidden character in a structuredContent key", () => {
    const out = scan({ result: { content: [], structuredContent: { "id\u200b": 1, id: 2, mail: "jane@example.com" } } }, MUTATE);
    expect((out.result as { structuredContent: JsonObject }).structuredContent).toEqual({ "id\u200b": 1, id: 2, mail: "[EMAIL_1]" });
  });
});

describe("mutation replaces a key that holds PII or a secret", () => {
  it("in a text that is JSON, numbering a placeholder whose name is taken", () => {
    const pii = scan({ text: JSON.stringify({ "jane@example.com": { phone: "x" }, ssn: "123-45-6789" }) }, MUTATE);
    expect(pii.action).toBe("mutate");
    expect(JSON.parse(pii.text ?? "")).toEqual({ "[EMAIL_1]": { phone: "x" }, ssn: "[US_SSN_1]" });
    const secret = scan({ text: JSON.stringify({ [AWS_KEY_ID]: "aws key id as key", ok: 1 }) }, MUTATE);
    expect(secret.text).not.toContain(AWS_KEY_ID);
    expect(Object.keys(JSON.parse(secret.text ?? ""))).toEqual([expect.stringMatching(/^\[[A-Z_]+_1\]$/), "ok"]);
    const taken = scan({ text: JSON.stringify({ "[EMAIL_1]": 1, "jane@example.com": 2, mail: "jane@example.com" }) }, MUTATE);
    expect(JSON.parse(taken.text ?? "")).toEqual({ "[EMAIL_1]": 1, "[EMAIL_1] (2)": 2, mail: "[EMAIL_1]" });
  });

  it("in structuredContent, keeping every object's number of keys, order and nesting", () => {
    const structured = {
      "jane@example.com": { phone: "x" },
      "[EMAIL_1]": 1,
      rows: [{ [AWS_KEY_ID]: "v", "contact bob@example.org": true }],
      owner: "jane@example.com",
    };
    const out = scan({ result: { content: [], structuredContent: structured } }, MUTATE);
    expect(out.action).toBe("mutate");
    const mutated = (out.result as { structuredContent: JsonObject }).structuredContent;
    const json = JSON.stringify(mutated);
    for (const gone of ["jane@example.com", "bob@example.org", AWS_KEY_ID]) expect(json).not.toContain(gone);
    expect(Object.keys(mutated)).toEqual(["[EMAIL_1] (2)", "[EMAIL_1]", "rows", "owner"]);
    expect(mutated["[EMAIL_1] (2)"]).toEqual({ phone: "x" });
    expect(mutated["owner"]).toBe("[EMAIL_1]");
    const row = (mutated["rows"] as JsonObject[])[0] ?? {};
    expect(Object.keys(row)).toEqual([expect.stringMatching(/^\[[A-Z_]+_1\]$/), "contact [EMAIL_2]"]);
    expect(Object.values(row)).toEqual(["v", true]);
    expect(keysOf(mutated).map((k) => k.length)).toEqual(keysOf(structured).map((k) => k.length));
    // Findings in keys carry the key's path.
    expect(out.findings.map((f) => f.path)).toContain("/structuredContent/jane@example.com#");
  });
});
