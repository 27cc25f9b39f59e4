/**
 * The checks a JSON-object request field passes (size, nesting, syntax, an object, keys once
 * each, numbers in a double's range), with their failures as data rather than ConnectErrors:
 * the same checks run on the serving thread (request-bounds.ts `parseJsonObject`, which throws
 * them) and on a guardrail worker for a large `result_json` (scan-worker.ts), where an error's
 * class would not survive the thread boundary. Both paths answer with these very messages.
 */
import type { JsonObject } from "@bufbuild/protobuf";
import { maskText } from "../audit/argument-masks.js";
import { isRawJson, parseExactJson } from "../guardrails/exact-json.js";
import { repeatedKeyPathCounted } from "./json-duplicate-keys.js";

/**
 * Bounds and options of {@link checkJsonObject}.
 *
 * @example
 * ```ts
 * const limits: JsonObjectLimits = { maxBytes: 16 << 20, maxDepth: 64, exactNumbers: true, uniqueKeys: true };
 * ```
 */
export interface JsonObjectLimits {
  readonly maxBytes: number;
  readonly maxDepth: number;
  /** Number literals a double would write back differently stay as written (exact-json.ts). */
  readonly exactNumbers?: boolean;
  /** An object that repeats a key is refused, naming its path. */
  readonly uniqueKeys?: boolean;
}

/**
 * A field checked: its value, or the refusal (a ConnectError's code, as a string, and message).
 *
 * @example
 * ```ts
 * const checked: JsonObjectCheck = { ok: false, code: "invalid_argument", message: "result_json: must be a JSON object" };
 * ```
 */
export type JsonObjectCheck =
  | { readonly ok: true; readonly value: JsonObject }
  | { readonly ok: false; readonly code: "invalid_argument" | "resource_exhausted"; readonly message: string };

/**
 * Checks and parses a JSON-object field (non-empty `text`). Parse errors never quote the
 * input: it may hold secrets.
 *
 * @example
 * ```ts
 * checkJsonObject("result_json", '{"a":1,"a":2}', { maxBytes: 1 << 20, maxDepth: 64, uniqueKeys: true });
 * // { ok: false, code: "invalid_argument", message: "result_json: the key at /a appears twice in its object; …" }
 * ```
 */
export function checkJsonObject(field: string, text: string, limits: JsonObjectLimits): JsonObjectCheck {
  if (text.length > limits.maxBytes) {
    return refuse("resource_exhausted", `${field}: larger than ${formatBytes(limits.maxBytes)}; send a reference to large data instead of the data`);
  }
  // Valid JSON of n characters nests at most n / 2 deep: short text needs no scan (invalid
  // text is refused by the parse below either way).
  if (text.length > 2 * limits.maxDepth && nestingDepth(text, limits.maxDepth) > limits.maxDepth) {
    return refuse("invalid_argument", `${field}: nested more than ${limits.maxDepth} levels deep; flatten the value`);
  }
  let value: unknown;
  try {
    value = limits.exactNumbers === true ? parseExactJson(text) : JSON.parse(text);
  } catch (err) {
    const position = /position (\d+)/.exec(String((err as Error).message))?.[1];
    return refuse("invalid_argument", `${field}: not valid JSON${position ? ` (at character ${position})` : ""}`);
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return refuse("invalid_argument", `${field}: must be a JSON object`);
  }
  // With unique keys the value is walked anyway (to count its keys): that one walk also notes
  // an out-of-range number, where a regex over the whole text used to decide whether to walk
  // again (~4 ms per MB of text, and a second walk of a result with one).
  let infinite: boolean;
  if (limits.uniqueKeys === true) {
    const tally = { keys: 0, infinite: false };
    walkParsed(value, tally);
    const repeated = repeatedKeyPathCounted(text, tally.keys);
    if (repeated !== undefined) {
      return refuse(
        "invalid_argument",
        `${field}: the key at ${maskedPointer(repeated)} appears twice in its object; readers disagree on which one counts, so send each key once`,
      );
    }
    infinite = tally.infinite;
  } else infinite = MAYBE_INFINITE.test(text);
  // A number beyond a double's range (1e999, or 309 digits) parses to Infinity, which no JSON
  // can say again: refused here rather than failing later where the value is written out.
  if (infinite) {
    const where = infiniteAt(value, "");
    if (where !== undefined) return refuse("invalid_argument", `${field}: the number at ${where || "the top"} is beyond a double's range; send it as a string`);
  }
  return { ok: true, value: value as JsonObject };
}

function refuse(code: "invalid_argument" | "resource_exhausted", message: string): JsonObjectCheck {
  return { ok: false, code, message };
}

/**
 * A JSON pointer as an error may quote it: each member name that holds a secret masked as the
 * audit trail masks caller-chosen strings (`/structuredContent/[masked:secret]`), the rest as
 * it was, so the message still says which field. Errors are logged and shown; secrets never
 * reach them.
 */
function maskedPointer(pointer: string): string {
  return pointer
    .split("/")
    .map((segment) => {
      if (segment === "") return segment;
      const name = segment.replace(/~1/g, "/").replace(/~0/g, "~");
      const masked = maskText(name);
      return masked === name ? segment : masked;
    })
    .join("/");
}

/** What a number literal needs to parse to ±Infinity: an exponent of three digits, or 309 digits. */
const MAYBE_INFINITE = /[eE]\+?\d{3}|\d{309}/;

/**
 * Counts the member names of a parsed value at any depth (a raw JSON number is a leaf, as in
 * json-duplicate-keys.ts) and notes whether any number is ±Infinity.
 */
function walkParsed(value: unknown, tally: { keys: number; infinite: boolean }): void {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) tally.infinite = true;
    return;
  }
  if (value === null || typeof value !== "object" || isRawJson(value)) return;
  if (Array.isArray(value)) {
    for (const item of value) walkParsed(item, tally);
    return;
  }
  const object = value as Record<string, unknown>;
  for (const key of Object.keys(object)) {
    tally.keys++;
    walkParsed(object[key], tally);
  }
}

/** The path of the first number that parsed to ±Infinity, or undefined. */
function infiniteAt(value: unknown, path: string): string | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? undefined : path;
  if (value === null || typeof value !== "object") return undefined;
  for (const [key, item] of Object.entries(value)) {
    // A member name is the caller's: one that holds a secret is masked (`[masked:secret]`).
    const name = Array.isArray(value) ? key : maskText(key);
    const found = infiniteAt(item, Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${name}` : name);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The deepest bracket nesting of JSON text, counting past `stopAbove` only to stop. */
function nestingDepth(text: string, stopAbove: number): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth > max && (max = depth) > stopAbove) return max;
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
    }
  }
  return max;
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${n / (1024 * 1024)} MiB` : `${n / 1024} KiB`;
}
