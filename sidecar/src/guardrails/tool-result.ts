/**
 * MCP `CallToolResult` handling: which strings are scanned (`content[].text`, embedded
 * `resource.text`, every string value in `structuredContent`) and how a mutated result is
 * rebuilt: same keys, same shapes, only string values replaced, so it still parses and
 * still matches the tool's output schema.
 */
import { GuardrailError } from "./guardrail-error.js";

/** JSON as protobuf's Struct carries it. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/** One scannable string inside a result, addressed by a JSON pointer. */
export interface ResultString {
  readonly path: string;
  readonly segments: ReadonlyArray<string | number>;
  readonly text: string;
}

const MAX_DEPTH = 64;
const MAX_NODES = 200_000;

function pointer(segments: ReadonlyArray<string | number>): string {
  return segments.map((s) => `/${escapeSegment(String(s))}`).join("");
}

/** A JSON pointer's escaping of one key (RFC 6901): `~` as `~0`, `/` as `~1`. */
function escapeSegment(key: string): string {
  return key.includes("~") || key.includes("/") ? key.replace(/~/g, "~0").replace(/\//g, "~1") : key;
}

/**
 * Lists the strings of a CallToolResult that the guardrail scans.
 *
 * @example
 * ```ts
 * resultStrings({ content: [{ type: "text", text: "hi" }] }); // [{ path: "/content/0/text", … }]
 * ```
 */
export function resultStrings(result: JsonObject): ResultString[] {
  const out: ResultString[] = [];
  const content = result["content"];
  if (content !== undefined && !Array.isArray(content)) throw new GuardrailError("invalid_input", "result.content must be an array of content blocks");
  for (const [i, block] of (content ?? []).entries()) {
    if (block === null || typeof block !== "object" || Array.isArray(block)) continue;
    if (typeof block["text"] === "string") out.push(entry(["content", i, "text"], block["text"]));
    const resource = block["resource"];
    if (resource !== null && typeof resource === "object" && !Array.isArray(resource) && typeof resource["text"] === "string") {
      out.push(entry(["content", i, "resource", "text"], resource["text"]));
    }
  }
  const structured = result["structuredContent"];
  if (structured !== undefined) {
    // One path stack for the whole walk, copied only at a string: a table of 20,000 rows
    // copied a path and escaped every segment again per value.
    let nodes = 0;
    const segments: Array<string | number> = ["structuredContent"];
    const walk = (value: JsonValue, path: string): void => {
      if (++nodes > MAX_NODES)
        throw new GuardrailError(
          "invalid_input",
          `structuredContent has more than ${MAX_NODES} values; the guardrail reads at most that many (return fewer rows per call)`,
        );
      if (segments.length > MAX_DEPTH) throw new GuardrailError("invalid_input", `structuredContent is nested deeper than ${MAX_DEPTH} levels; flatten it`);
      if (typeof value === "string") out.push({ path, segments: segments.slice(), text: value });
      else if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
          segments.push(i);
          walk(value[i] as JsonValue, `${path}/${i}`);
          segments.pop();
        }
      } else if (value !== null && typeof value === "object") {
        for (const k of Object.keys(value)) {
          segments.push(k);
          walk(value[k] as JsonValue, `${path}/${escapeSegment(k)}`);
          segments.pop();
        }
      }
    };
    walk(structured, "/structuredContent");
  }
  return out;
}

function entry(segments: Array<string | number>, text: string): ResultString {
  return { path: pointer(segments), segments, text };
}

/**
 * Returns a copy of `result` with the given strings replaced (keys and shapes unchanged).
 *
 * @example
 * ```ts
 * replaceStrings(result, new Map([["/content/0/text", "[EMAIL_1]"]]), strings);
 * ```
 */
export function replaceStrings(result: JsonObject, replacements: ReadonlyMap<string, string>, strings: readonly ResultString[]): JsonObject {
  // Only the objects and arrays on the way to a replaced string are copied; the rest is shared
  // with `result`, which is never written (a structuredClone of the whole result cost ~20 µs
  // per scan of even a small one).
  const root: Container = { ...result };
  const copies = new Set<Container>([root]);
  for (const s of strings) {
    const value = replacements.get(s.path);
    if (value === undefined) continue;
    let node = root;
    for (const seg of s.segments.slice(0, -1)) {
      const child = node[seg] as Container;
      if (copies.has(child)) node = child;
      else {
        const copy = (Array.isArray(child) ? [...(child as JsonValue[])] : { ...child }) as Container;
        copies.add(copy);
        node[seg] = copy as JsonValue;
        node = copy;
      }
    }
    node[s.segments.at(-1) as string | number] = value;
  }
  return root as JsonObject;
}

/** An object or array of a tool result, indexed by a path segment. */
type Container = Record<string | number, JsonValue>;
