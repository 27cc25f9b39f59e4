/**
 * JSON that comes back as it came in. `JSON.parse` turns every number into a double, and
 * `JSON.stringify` writes the double back: `1234567890123456789` returns as
 * `1234567890123456800`, `9007199254740993` as `…992`, `1.10` as `1.1`, `1e21` as `1e+21`.
 * A tool result that the guardrail rewrites (placeholders, spotlighting) must not change the
 * values it did not touch, so such a literal is kept as raw JSON (`JSON.rawJSON`, Node 21+),
 * which `JSON.stringify` writes out verbatim. Every walker of a parsed result treats a raw
 * JSON value as a leaf ({@link isRawJson}).
 */

/** What `JSON.rawJSON` makes: a frozen object that `JSON.stringify` writes as its text. */
export interface RawJson {
  readonly rawJSON: string;
}

/** The parts of ES2024+ JSON that TypeScript's ES2023 library does not declare. */
interface JsonWithSource {
  parse(text: string, reviver: (this: unknown, key: string, value: unknown, context: { readonly source?: string }) => unknown): unknown;
  rawJSON(text: string): RawJson;
  isRawJSON(value: unknown): value is RawJson;
}

const JSON_SOURCE = JSON as unknown as JsonWithSource;
/** Node 21+ (V8 11.4); without it (an unsupported older Node), numbers are doubles as before. */
const HAS_SOURCE = typeof JSON_SOURCE.rawJSON === "function" && typeof JSON_SOURCE.isRawJSON === "function";

/**
 * A number literal (after `:`, `,` or `[`, the only places one starts inside an object) that a
 * double may not write back the same: sixteen or more digits, a fraction ending in 0, an
 * exponent, `-0`, or six zeros after `0.` (written back as `1e-7`). Every other literal has at
 * most fifteen significant digits in the form `String(number)` writes. A match inside a string
 * only costs the slower parse.
 */
const INEXACT_LITERAL = /[:,[]\s*(?:-0(?![\d.eE])|-?(?:[\d.]{16}|\d+\.\d*0(?!\d)|\d+(?:\.\d+)?[eE]|0\.0{6}))/;

/**
 * Parses JSON keeping every number literal whose double would be written back differently as
 * raw JSON. Text without such a literal (most) is parsed by plain `JSON.parse`. A literal
 * beyond a double's range stays a number (±Infinity), for the caller to refuse. Throws as
 * `JSON.parse` does.
 *
 * @example
 * ```ts
 * JSON.stringify(parseExactJson('{"id":1234567890123456789,"p":1.10}')); // '{"id":1234567890123456789,"p":1.10}'
 * ```
 */
export function parseExactJson(text: string): unknown {
  if (!HAS_SOURCE || !INEXACT_LITERAL.test(text)) return JSON.parse(text);
  return JSON_SOURCE.parse(text, (_key, value, context) => {
    if (typeof value !== "number" || !Number.isFinite(value)) return value;
    const source = context.source;
    return source === undefined || String(value) === source ? value : JSON_SOURCE.rawJSON(source);
  });
}

/**
 * Whether `value` is a raw JSON value ({@link parseExactJson}): a leaf, never an object to walk.
 *
 * @example
 * ```ts
 * isRawJson((parseExactJson('{"n":1.10}') as { n: unknown }).n); // true
 * ```
 */
export function isRawJson(value: unknown): value is RawJson {
  return HAS_SOURCE && JSON_SOURCE.isRawJSON(value);
}
