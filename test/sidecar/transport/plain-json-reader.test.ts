/**
 * The plain JSON reader against protobuf-es's `fromJsonString`, on the request message it
 * serves (AuthorizeRequest) and thousands of generated texts, usual and odd: whatever it
 * returns must be the very message protobuf-es decodes (equal, same keys in the same order,
 * same prototypes), and whatever protobuf-es rejects it must leave to protobuf-es (undefined).
 */
import { create, equals, fromJsonString, type JsonReadOptions } from "@bufbuild/protobuf";
import { AuthorizeRequestSchema, ToolAnnotationsSchema } from "@portcullis/sdk/gen";
import { describe, expect, it } from "vitest";
import { compilePlainJsonReader } from "../../../sidecar/src/transport/plain-json-reader.js";

const OPTIONS: Partial<JsonReadOptions> = { recursionLimit: 32, ignoreUnknownFields: false };
const read = compilePlainJsonReader(AuthorizeRequestSchema, OPTIONS);

/** protobuf-es's answer: the message, or its error. */
function reference(text: string): { message: unknown } | { error: string } {
  try {
    return { message: fromJsonString(AuthorizeRequestSchema, text, OPTIONS) };
  } catch (err) {
    return { error: String(err) };
  }
}

/** Same message, same own keys in the same order, same prototype, at every level. */
function expectSame(actual: unknown, expected: unknown, text: string) {
  expect(actual, text).toStrictEqual(expected);
  if (typeof expected !== "object" || expected === null) return;
  expect(Object.getPrototypeOf(actual), text).toBe(Object.getPrototypeOf(expected));
  expect(Object.keys(actual as object), text).toEqual(Object.keys(expected));
  for (const key of Object.keys(expected)) expectSame((actual as Record<string, unknown>)[key], (expected as Record<string, unknown>)[key], text);
}

/** A small seeded generator (mulberry32): the same texts on every run. */
function random(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  return { next, pick };
}

const STRINGS = [
  "",
  "jira",
  "create_issue",
  "demo-support-token",
  "ünïcödé ✓",
  "emoji 🚀",
  'quote " and \\ backslash',
  "tab\tnew\nline",
  "\u2028\u2029",
  '{"a":[1,2,{"b":null}]}',
];
/** Raw JSON string literals beyond what JSON.stringify writes: escapes, a lone surrogate. */
const RAW_STRINGS = ['"\\u0041\\u00e9"', '"\\ud83d\\ude80"', '"\\ud800"', '"\\/slash"', '"a\\"b"', '"\\\\"', '"\\\\\\""'];
const VALUES = ["true", "false", "null", "0", "-0", "1", "-7", "12.5", "1e3", "9007199254740993", '"5"', "[]", "[1]", "{}", '{"x":1}'];
const NAMES = [...AuthorizeRequestSchema.fields.flatMap((f) => [f.jsonName, f.name]), "surprise", "__proto__", "constructor", "readOnlyHint", "5"];
const ANNOTATION_NAMES = [...ToolAnnotationsSchema.fields.flatMap((f) => [f.jsonName, f.name]), "bogus"];

function value(rng: ReturnType<typeof random>, name: string, annotations: boolean): string {
  const roll = rng.next();
  const field = (annotations ? ToolAnnotationsSchema : AuthorizeRequestSchema).fields.find((f) => f.jsonName === name || f.name === name);
  if (!annotations && field?.fieldKind === "message" && roll < 0.7) return annotationsText(rng);
  if (roll < 0.75 && field?.fieldKind === "scalar") {
    // Mostly a value of the field's own type.
    if (field.scalar === 9) return rng.next() < 0.8 ? JSON.stringify(rng.pick(STRINGS)) : rng.pick(RAW_STRINGS);
    if (field.scalar === 8) return rng.pick(["true", "false"]);
    return rng.pick(["0", "1", "42", "-3", "123456789012", "9007199254740991"]);
  }
  return roll < 0.9 ? rng.pick(VALUES) : JSON.stringify(rng.pick(STRINGS));
}

function annotationsText(rng: ReturnType<typeof random>): string {
  const members = Array.from(
    { length: Math.floor(rng.next() * 4) },
    () => `${JSON.stringify(rng.pick(ANNOTATION_NAMES))}:${value(rng, rng.pick(ANNOTATION_NAMES), true)}`,
  );
  return `{${members.join(",")}}`;
}

function requestText(rng: ReturnType<typeof random>): string {
  const count = Math.floor(rng.next() * 7);
  const space = () => (rng.next() < 0.2 ? rng.pick([" ", "\n", "\t", "\r\n  "]) : "");
  const members: string[] = [];
  for (let i = 0; i < count; i++) {
    const name = rng.pick(NAMES);
    members.push(`${space()}${JSON.stringify(name)}${space()}:${space()}${value(rng, name, false)}${space()}`);
  }
  return `${space()}{${members.join(",")}}${space()}`;
}

describe("compilePlainJsonReader (AuthorizeRequest)", () => {
  it("reads the usual request exactly as protobuf-es does", () => {
    const texts = [
      JSON.stringify({
        token: "demo-support-token",
        server: "jira",
        tool: "create_issue",
        argumentsJson: JSON.stringify({ project: "SUP", summary: "x" }),
        workflowId: "w",
      }),
      JSON.stringify({ token: "t", server: "s", tool: "x", estimatedTokens: 1200, dryRun: true, explain: false, includeCredential: true }),
      JSON.stringify({ token: "t", annotations: { readOnlyHint: true, destructiveHint: false, title: "Search" } }),
      '{ "token" : "t" ,\n "arguments_json": "{\\"a\\":\\"\\\\u00e9\\"}", "workflow_id": "w", "annotations": {"open_world_hint": false} }',
      "{}",
    ];
    for (const text of texts) {
      const message = read(text);
      expect(message, text).toBeDefined();
      expectSame(message, (reference(text) as { message: unknown }).message, text);
      expect(equals(AuthorizeRequestSchema, message!, fromJsonString(AuthorizeRequestSchema, text))).toBe(true);
    }
  });

  it("leaves to protobuf-es what it rejects or reads differently: repeated keys, unknown keys, nulls, odd types", () => {
    const texts = [
      '{"token":"a","token":"b"}',
      '{"token":"a","annotations":{"title":"x","title":"y"}}',
      '{"argumentsJson":"a","arguments_json":"b"}',
      '{"tok\\u0065n":"a","token":"b"}',
      '{"token":"a","surprise":1}',
      '{"__proto__":"x"}',
      '{"token":null}',
      '{"estimatedTokens":"5"}',
      '{"estimatedTokens":1.5}',
      '{"estimatedTokens":9007199254740993}',
      '{"token":"\\ud800"}',
      '{"dryRun":"true"}',
      '{"annotations":null}',
      '{"annotations":[]}',
      "[]",
      '"token"',
      "{nope",
    ];
    for (const text of texts) expect(read(text), text).toBeUndefined();
  });

  it("returns only what protobuf-es returns, on 20,000 generated texts", () => {
    const rng = random(14);
    let taken = 0;
    for (let i = 0; i < 20_000; i++) {
      const text = requestText(rng);
      const expected = reference(text);
      const message = read(text);
      if (message === undefined) continue;
      taken++;
      expect("error" in expected ? expected.error : undefined, text).toBeUndefined();
      expectSame(message, (expected as { message: unknown }).message, text);
    }
    // The generator is meant to hit both sides: a reader that always declined would pass the rest.
    expect(taken).toBeGreaterThan(2_000);
  });

  it("gives each read a message of its own", () => {
    const a = read('{"token":"a","annotations":{"title":"t"}}')!;
    const b = read('{"server":"b"}')!;
    expect([a.token, a.server, b.token, b.server, b.annotations]).toEqual(["a", "", "", "b", undefined]);
    expect(b).toStrictEqual(create(AuthorizeRequestSchema, { server: "b" }));
  });

  it("leaves nesting deeper than the recursion limit to protobuf-es", () => {
    const shallow = compilePlainJsonReader(AuthorizeRequestSchema, { recursionLimit: 1 });
    expect(shallow('{"token":"a"}')).toBeDefined();
    expect(shallow('{"annotations":{"title":"t"}}')).toBeUndefined();
  });
});
