/**
 * A tool result the guardrail rewrites (placeholders, spotlighting) keeps every value it did
 * not touch byte for byte in its JSON form: integers past 2^53, `1.10`, `1e21`, `-0`, `1e-7`
 * come back as written, inline and through the worker pool, with findings or with only
 * spotlighting; a raw number is never scanned as a string.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GuardrailScanner, isRawJson, parseExactJson, scan, type JsonObject } from "../../../sidecar/src/guardrails/index.js";
import { resultStrings } from "../../../sidecar/src/guardrails/tool-result.js";

/** Literals a double writes back differently, and some it writes back the same. */
const INEXACT = ["1234567890123456789", "9007199254740993", "1.10", "1e21", "1E5", "-0", "-0.0", "0.0000001", "123456789.1234567", "2.50e-3"];
const EXACT = ["0", "-1", "42", "1.5", "-0.25", "123456789012345", "0.000001"];
const MUTATE = { pii: "mutate", secrets: "mutate", injection: "mutate", deadlineMs: 30_000 } as const;

/** A CallToolResult's JSON holding `literal` in structuredContent next to an address. */
function resultJson(literal: string): string {
  return `{"content":[{"type":"text","text":"mail jane@example.com"}],"structuredContent":{"n":${literal},"list":[${literal},1],"mail":"jane@example.com"}}`;
}

beforeAll(() => {
  scan({ text: "warm up" }, { deadlineMs: 30_000 });
});

describe("parseExactJson", () => {
  it("writes every literal back as it was written, and keeps the others plain numbers", () => {
    for (const literal of [...INEXACT, ...EXACT]) {
      const text = `{"a":${literal},"b":[${literal}],"c":{"d": ${literal}}}`;
      expect(JSON.stringify(parseExactJson(text))).toBe(text.replace(": ", ":"));
    }
    for (const literal of EXACT) expect(typeof (parseExactJson(`{"a":${literal},"x":1e21}`) as { a: unknown }).a).toBe("number");
    expect(isRawJson((parseExactJson('{"a":1.10}') as { a: unknown }).a)).toBe(true);
    // Beyond a double's range stays a number, for the caller to refuse.
    expect((parseExactJson('{"a":1e999}') as { a: unknown }).a).toBe(Number.POSITIVE_INFINITY);
  });
});

describe("a rewritten result keeps the numbers it did not touch", () => {
  const scanner = new GuardrailScanner({ inlineMaxBytes: 0, maxThreads: 1, minThreads: 1 });
  afterAll(() => scanner.close());

  it("when mutated inline, and never scans a raw number as a string", () => {
    for (const literal of INEXACT) {
      const json = resultJson(literal);
      const result = parseExactJson(json) as JsonObject;
      expect(resultStrings(result).some((s) => s.text === literal)).toBe(false);
      const out = scan({ result }, MUTATE);
      expect(out.action).toBe("mutate");
      expect(JSON.stringify(out.result)).toBe(json.replace(/jane@example\.com/g, "[EMAIL_1]"));
    }
  });

  it("when mutated on the worker pool, given the result as JSON", async () => {
    await scanner.start();
    for (const literal of INEXACT) {
      const json = resultJson(literal);
      const out = await scanner.scan({ result: parseExactJson(json) as JsonObject }, MUTATE, {}, json);
      expect(out.resultJson).toBe(json.replace(/jane@example\.com/g, "[EMAIL_1]"));
    }
  });

  it("when only spotlighted (no findings)", () => {
    const json = '{"content":[{"type":"text","text":"ok"}],"structuredContent":{"id":1234567890123456789,"price":1.10}}';
    const out = scan({ result: parseExactJson(json) as JsonObject }, { spotlight: { mode: "datamark" } }, { spotlight: true });
    expect(out.spotlight?.mode).toBe("datamark");
    expect(JSON.stringify((out.result as { structuredContent: unknown }).structuredContent)).toBe('{"id":1234567890123456789,"price":1.10}');
  });
});
