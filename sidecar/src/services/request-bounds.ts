/**
 * Bounds on RPC input. Every violation is a ConnectError that names the field and says
 * what to fix; nothing here allocates in proportion to hostile input beyond what the
 * transport has already read (itself capped by `readMaxBytes`).
 */
import type { JsonObject } from "@bufbuild/protobuf";
import { Code, ConnectError } from "@connectrpc/connect";
import { checkJsonObject, type JsonObjectLimits } from "./json-object-checks.js";

/** Limits on request fields. */
export const REQUEST_LIMITS = {
  /** Largest message the transport reads for data-plane RPCs. */
  messageBytes: 16 * 1024 * 1024,
  /** Largest message for admin RPCs. */
  adminMessageBytes: 1024 * 1024,
  tokenBytes: 8 * 1024,
  nameLength: 256,
  argumentsBytes: 1024 * 1024,
  argumentsDepth: 32,
  toolsPerList: 10_000,
  /** RecordAudit's free-form attributes: how many, and how long each key and value. */
  attributes: 64,
  attributeKeyLength: 128,
  attributeValueLength: 4096,
  /**
   * Message nesting the protobuf parser accepts (its default is 100). One JSON level of a
   * Struct (tool schemas) is two messages, so 256 admits schemas ~128 levels deep while
   * staying far inside Node's stack (the recursive parser overflows near 2,000).
   */
  parseRecursionLimit: 256,
} as const;

/**
 * Requires a non-empty name (server, tool, …) of bounded length.
 *
 * @example
 * ```ts
 * requireName("server", req.server); // throws InvalidArgument "server: required …"
 * ```
 */
export function requireName(field: string, value: string, hint: string): void {
  if (value === "") throw new ConnectError(`${field}: required (${hint})`, Code.InvalidArgument);
  if (value.length > REQUEST_LIMITS.nameLength) {
    throw new ConnectError(`${field}: ${value.length} characters; the limit is ${REQUEST_LIMITS.nameLength}`, Code.InvalidArgument);
  }
  // A name with a control character (NUL, a line break, a bidi override) names no tool a policy
  // can write, and a host or server that cuts or strips it would call another one than was decided.
  const at = value.search(CONTROL);
  if (at >= 0) {
    throw new ConnectError(
      `${field}: a control character (U+${value.charCodeAt(at).toString(16).padStart(4, "0").toUpperCase()}) at character ${at + 1}; names are plain text`,
      Code.InvalidArgument,
    );
  }
}

/**
 * Control characters, and the format characters that reorder or hide text (bidi embeddings,
 * overrides and isolates, the direction marks, the Arabic letter mark): `invoice\u202Efdp.exe`
 * would show as `invoiceexe.pdf` in an audit table, a name a person reads as another.
 */
const CONTROL = /[\p{Cc}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;

/**
 * Bounds RecordAudit's `attributes` (count, key and value lengths) and returns them.
 *
 * @example
 * ```ts
 * const attrs = checkAttributes(req.attributes); // throws InvalidArgument "attributes: 65 entries; …"
 * ```
 */
export function checkAttributes(attributes: Readonly<Record<string, string>>, field = "attributes"): Readonly<Record<string, string>> {
  const keys = Object.keys(attributes);
  if (keys.length > REQUEST_LIMITS.attributes) {
    throw new ConnectError(`${field}: ${keys.length} entries; the limit is ${REQUEST_LIMITS.attributes}`, Code.InvalidArgument);
  }
  for (const key of keys) {
    if (key.length === 0 || key.length > REQUEST_LIMITS.attributeKeyLength) {
      throw new ConnectError(`${field}: a key of ${key.length} characters; keys are 1–${REQUEST_LIMITS.attributeKeyLength} characters`, Code.InvalidArgument);
    }
    if ((attributes[key] ?? "").length > REQUEST_LIMITS.attributeValueLength) {
      throw new ConnectError(`${field}[${JSON.stringify(key)}]: longer than ${REQUEST_LIMITS.attributeValueLength} characters`, Code.InvalidArgument);
    }
  }
  return attributes;
}

/** Bounds the caller token's size (its content is never echoed). */
export function checkToken(field: string, token: string): void {
  if (token.length > REQUEST_LIMITS.tokenBytes) {
    throw new ConnectError(`${field}: longer than ${REQUEST_LIMITS.tokenBytes} bytes; is this really a token?`, Code.InvalidArgument);
  }
}

/**
 * Parses a JSON-object field (e.g. `arguments_json`) after bounding its size and nesting
 * depth with one linear scan, so hostile input (a 10 MB blob, arrays nested 1,000 deep) is
 * refused cleanly and names the field (the checks: json-object-checks.ts). Parse errors never quote the input: it may hold
 * secrets. An empty string means "no value". With `exactNumbers`, a number literal that a
 * double would write back differently stays as written (raw JSON, exact-json.ts): for a value
 * that is passed on, never for one that is evaluated. With `uniqueKeys`, an object that repeats
 * a key is refused, naming its path: `JSON.parse` keeps the last, and another reader the first.
 *
 * @example
 * ```ts
 * const args = parseJsonObject("arguments_json", req.argumentsJson, { maxBytes: 1 << 20, maxDepth: 32 });
 * ```
 */
export function parseJsonObject(field: string, text: string, limits: JsonObjectLimits): JsonObject | undefined {
  if (text === "") return undefined;
  const checked = checkJsonObject(field, text, limits);
  if (checked.ok) return checked.value;
  throw new ConnectError(checked.message, checked.code === "resource_exhausted" ? Code.ResourceExhausted : Code.InvalidArgument);
}
