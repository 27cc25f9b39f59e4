/**
 * `replaceStrings`, which builds the mutated tool result: it replaces exactly the strings it
 * is given, keeps every key, array and value around them, and never writes the result it was
 * given (it copies only what lies on the way to a replaced string).
 */
import { describe, expect, it } from "vitest";
import { replaceStrings, resultStrings, type JsonObject, type JsonValue } from "../../../sidecar/src/guardrails/tool-result.js";

describe("replaceStrings", () => {
  it("replaces nested strings, keeps the rest, and leaves the input untouched", () => {
    const result: JsonObject = {
      content: [
        { type: "text", text: "mail jane@example.com" },
        { type: "text", text: "nothing here" },
      ],
      structuredContent: { rows: [{ email: "jane@example.com", id: 7, tags: ["a", "b"] }], total: 1 },
      isError: false,
    };
    const before = JSON.stringify(result);
    const strings = resultStrings(result);
    const replacements = new Map([
      ["/content/0/text", "mail [EMAIL_1]"],
      ["/structuredContent/rows/0/email", "[EMAIL_1]"],
      ["/structuredContent/rows/0/tags/1", "[B]"],
    ]);
    const out = replaceStrings(result, replacements, strings);
    expect(out).toEqual({
      content: [
        { type: "text", text: "mail [EMAIL_1]" },
        { type: "text", text: "nothing here" },
      ],
      structuredContent: { rows: [{ email: "[EMAIL_1]", id: 7, tags: ["a", "[B]"] }], total: 1 },
      isError: false,
    });
    expect(JSON.stringify(result)).toBe(before);
    expect(Object.keys(out)).toEqual(Object.keys(result));
  });

  it("keeps a `__proto__` key of a parsed result as data", () => {
    const result = JSON.parse('{"content":[{"type":"text","text":"x"}],"structuredContent":{"__proto__":{"polluted":"a@b.co"}}}') as JsonObject;
    const out = replaceStrings(result, new Map([["/structuredContent/__proto__/polluted", "[EMAIL_1]"]]), resultStrings(result));
    expect(JSON.parse(JSON.stringify(out))).toEqual(
      JSON.parse('{"content":[{"type":"text","text":"x"}],"structuredContent":{"__proto__":{"polluted":"[EMAIL_1]"}}}'),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("lists every string of structuredContent with its JSON pointer, in document order, keys escaped", () => {
    const result = JSON.parse(
      '{"content":[{"type":"text","text":"t"}],"structuredContent":{"a/b":{"c~d":["x",1,{"e":"y"}]},"rows":[["p","q"]],"n":null,"z":"w"}}',
    ) as JsonObject;
    const strings = resultStrings(result);
    expect(strings.map((s) => [s.path, s.text])).toEqual([
      ["/content/0/text", "t"],
      ["/structuredContent/a~1b#", "a/b"],
      ["/structuredContent/a~1b/c~0d#", "c~d"],
      ["/structuredContent/a~1b/c~0d/0", "x"],
      ["/structuredContent/a~1b/c~0d/2/e#", "e"],
      ["/structuredContent/a~1b/c~0d/2/e", "y"],
      ["/structuredContent/rows#", "rows"],
      ["/structuredContent/rows/0/0", "p"],
      ["/structuredContent/rows/0/1", "q"],
      ["/structuredContent/n#", "n"],
      ["/structuredContent/z#", "z"],
      ["/structuredContent/z", "w"],
    ]);
    // Each string has its own segments (the walk shares its links): replacing by them works.
    expect(strings[5]?.segments).toEqual(["structuredContent", "a/b", "c~d", 2, "e"]);
    const out = replaceStrings(
      result,
      new Map([
        ["/structuredContent/a~1b/c~0d/2/e", "[Y]"],
        ["/structuredContent/rows/0/1", "[Q]"],
      ]),
      strings,
    );
    expect(out["structuredContent"]).toEqual({ "a/b": { "c~d": ["x", 1, { e: "[Y]" }] }, rows: [["p", "[Q]"]], n: null, z: "w" });
  });

  it("refuses structuredContent with more values or deeper nesting than it reads, saying what to change", () => {
    // Every value counts, the object and the list included: 2 + 199,998 is the most it reads.
    const list = Array.from({ length: 199_999 }, (_, i) => (i % 2 === 0 ? `v${i}` : i));
    // 99,999 values and the key "list".
    expect(resultStrings({ content: [], structuredContent: { list: list.slice(0, 199_998) } })).toHaveLength(100_000);
    expect(() => resultStrings({ content: [], structuredContent: { list } })).toThrow(
      expect.objectContaining({ code: "invalid_input", message: expect.stringMatching(/more than 200000 values.*fewer rows/) }),
    );
    let deep: JsonValue = "x";
    // structuredContent itself is the first of the 64 levels.
    for (let i = 0; i < 63; i++) deep = { a: deep };
    // The string and its 63 keys.
    expect(resultStrings({ content: [], structuredContent: deep as JsonObject })).toHaveLength(64);
    expect(() => resultStrings({ content: [], structuredContent: { a: deep } })).toThrow(
      expect.objectContaining({ code: "invalid_input", message: expect.stringMatching(/nested deeper than 64 levels; flatten it/) }),
    );
  });

  it("lists every string of a legacy toolResult and of any other member but isError and _meta, names included", () => {
    const result = JSON.parse(
      '{"toolResult":"mail a@b.io","content":[{"type":"text","text":"t"}],"isError":false,"_meta":{"m":"x"},"extra":{"k":["v"]},"n":1}',
    ) as JsonObject;
    expect(resultStrings(result).map((s) => [s.path, s.text, s.kind])).toEqual([
      ["/content/0/text", "t", "text"],
      ["/toolResult#", "toolResult", "key"],
      ["/toolResult", "mail a@b.io", "field"],
      ["/extra#", "extra", "key"],
      ["/extra/k#", "k", "key"],
      ["/extra/k/0", "v", "field"],
      ["/n#", "n", "key"],
    ]);
  });

  it("rewrites a legacy toolResult and renames a member of the result itself, keeping the rest", () => {
    const result = JSON.parse('{"toolResult":{"s":"mail a@b.io"},"a@b.io":"x","content":[]}') as JsonObject;
    const strings = resultStrings(result);
    const out = replaceStrings(result, new Map([["/toolResult/s", "mail [EMAIL_1]"]]), strings, new Map([["/a@b.io#", "[EMAIL_1]"]]));
    expect(out).toEqual({ toolResult: { s: "mail [EMAIL_1]" }, "[EMAIL_1]": "x", content: [] });
    expect(Object.keys(out)).toEqual(["toolResult", "[EMAIL_1]", "content"]);
    expect(result["a@b.io"]).toBe("x");
  });
});
