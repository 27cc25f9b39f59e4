/**
 * MCP `CallToolResult` handling: which strings are scanned — every string a content block
 * carries (the fields a host renders: `text`; a resource link's `uri`, `name`, `title`,
 * `description`, `mimeType`; an embedded resource's `uri`, `mimeType`, `text`; and, with their
 * keys, every other member of a block or of its resource: `annotations`, `_meta`, `icons`, a
 * field a server made up — only the protocol's `type` and base64 `data`/`blob` left out), every
 * key and string value in `structuredContent`, and the name and every key and string of any
 * other member but `isError` and `_meta` (a legacy `toolResult`, a member a host may show as
 * JSON) — and how a mutated result is rebuilt: same
 * keys, same shapes, only string values replaced, so it still parses and still matches the
 * tool's output schema.
 */
import { isRawJson } from "./exact-json.js";
import { GuardrailError } from "./guardrail-error.js";
import { uniqueKey } from "./json-keys.js";

/**
 * JSON as protobuf's Struct carries it. A result parsed with `parseExactJson` may also hold raw
 * JSON numbers (exact-json.ts), which are leaves.
 */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/**
 * What a scanned string is: `text` is prose the model reads (a text block's or an embedded
 * resource's `text`: spotlighting marks it), `field` any other string value, `key` an
 * object's member name (its path ends in `#`).
 */
export type ResultStringKind = "text" | "field" | "key";

/**
 * One scannable string inside a result, addressed by a JSON pointer. A member name is
 * addressed as its member's pointer followed by `#` (Relative JSON Pointer's mark for "the
 * name of"): the key `a@b.io` of `structuredContent` is `/structuredContent/a@b.io#`, with
 * `segments` ending in that key.
 */
export interface ResultString {
  readonly path: string;
  readonly segments: ReadonlyArray<string | number>;
  readonly text: string;
  readonly kind: ResultStringKind;
  /**
   * For a value of `structuredContent` (or another walked member) that is an object's member:
   * its key, which may label it for the detectors (keyed-values.ts).
   */
  readonly key?: string | undefined;
  /** Whether the string is an array's item, `key` then being the key of the member holding the array. */
  readonly item?: boolean | undefined;
}

/**
 * The strings of a content block that a host shows the model, by the MCP specification
 * (2025-06-18, 2025-11-25): a text block's `text`; a resource link's `uri`, `name`, `title`,
 * `description` and `mimeType` (hosts render a link by them, and `description` is meant as a
 * hint to the model); an image's or audio clip's `mimeType`. Read on any block whatever its
 * `type`, so a block a host renders loosely is covered too, as themselves (no key read with
 * them). The block's other members (`annotations`, `_meta`, `icons`, unknown fields) are read
 * whole, with their keys, as an unknown member of the result is.
 */
const BLOCK_FIELDS = new Set(["text", "uri", "name", "title", "description", "mimeType"]);
/** The strings of an embedded resource's contents (`TextResourceContents`) the model may read. */
const RESOURCE_FIELDS = new Set(["uri", "mimeType", "text"]);

/** The content block types of the specification: a `type` naming one carries no text of its own. */
const BLOCK_TYPES = new Set(["text", "image", "audio", "resource_link", "resource"]);
/** The block types whose `data` is a binary payload (base64), not text. */
const BINARY_TYPES = new Set(["image", "audio"]);
/** Base64, as `data` and `blob` carry it (MIME line breaks allowed). */
const BASE64 = /^[A-Za-z0-9+/\r\n]*={0,2}[\r\n]*$/;

/** Whether `value` is a binary payload: a base64 string, which a host decodes to bytes and never shows as text. */
function binaryPayload(value: JsonValue | undefined): boolean {
  return typeof value === "string" && BASE64.test(value);
}

const MAX_DEPTH = 64;
/** The members of a result read apart (`content`, `structuredContent`) or not for the model (`isError`, `_meta`). */
const KNOWN_MEMBERS = new Set(["content", "structuredContent", "isError", "_meta"]);
const MAX_NODES = 200_000;
/** The result's members whose names are the protocol's: never a label for what they hold. */
const PROTOCOL_MEMBERS = new Set(["structuredContent", "content"]);

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
  // Paths are links to the parent's, turned into a pointer and a segment list only when
  // asked (a finding, a replacement): a table of 20,000 rows has ~200,000 keys and values,
  // of which a scan usually needs none.
  let nodes = 0;
  const walk = (value: JsonValue, at: PathLink, depth: number): void => {
    if (++nodes > MAX_NODES)
      throw new GuardrailError(
        "invalid_input",
        `${String(rootOf(at).segment)} has more than ${MAX_NODES} values; the guardrail reads at most that many (return fewer rows per call)`,
      );
    if (depth > MAX_DEPTH) throw new GuardrailError("invalid_input", `${String(rootOf(at).segment)} is nested deeper than ${MAX_DEPTH} levels; flatten it`);
    if (typeof value === "string") out.push(new LinkedString(at, value, "field"));
    else if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) walk(value[i] as JsonValue, { parent: at, segment: i }, depth + 1);
    } else if (value !== null && typeof value === "object" && !isRawJson(value)) {
      // (A raw JSON value is a number kept as written: a leaf, see exact-json.ts.)
      for (const k of Object.keys(value)) {
        const member: PathLink = { parent: at, segment: k };
        // A key is text the model reads as much as its value (an address or an order can be
        // a key): scanned, before its value, as the document reads.
        out.push(new LinkedString(member, k, "key"));
        walk(value[k] as JsonValue, member, depth + 1);
      }
    }
  };
  // Any other member of a block (`annotations`, `_meta`, `icons`, a field a server made up, a
  // `text` that is not a string) is read whole, its name and every key and string in it, as an
  // unknown member of the result is: a host may show a block it renders loosely as JSON, and
  // a client may log or forward it. Only the protocol's own `type` and a binary payload
  // (base64 `data` of an image or audio block, `blob` of a resource) are left out.
  const walkMember = (parent: PathLink, key: string, value: JsonValue, depth: number): void => {
    const member: PathLink = { parent, segment: key };
    out.push(new LinkedString(member, key, "key"));
    walk(value, member, depth);
  };
  const contentRoot: PathLink = { parent: undefined, segment: "content" };
  for (const [i, block] of (content ?? []).entries()) {
    const at: PathLink = { parent: contentRoot, segment: i };
    // Not a content block (a bare string, a list): whatever it holds is read as a member's value is.
    if (!isObject(block)) {
      walk(block as JsonValue, at, 2);
      continue;
    }
    // In the block's own order, so that an instruction split over its fields reads in order.
    for (const key of Object.keys(block)) {
      const value = block[key] as JsonValue;
      if (typeof value === "string" && BLOCK_FIELDS.has(key)) out.push(entry(["content", i, key], value, key === "text" ? "text" : "field"));
      else if (key === "resource" && isObject(value)) {
        const resource: PathLink = { parent: at, segment: key };
        for (const field of Object.keys(value)) {
          const text = value[field] as JsonValue;
          if (typeof text === "string" && RESOURCE_FIELDS.has(field)) out.push(entry(["content", i, key, field], text, field === "text" ? "text" : "field"));
          else if (!(field === "blob" && binaryPayload(text))) walkMember(resource, field, text, 4);
        }
      } else if (
        !(key === "type" && typeof value === "string" && BLOCK_TYPES.has(value)) &&
        !(key === "data" && BINARY_TYPES.has(block["type"] as string) && binaryPayload(value))
      )
        walkMember(at, key, value, 3);
    }
  }
  const structured = result["structuredContent"];
  if (structured !== undefined) walk(structured, { parent: undefined, segment: "structuredContent" }, 1);
  // Any other member but `isError` and `_meta` (for clients) is read whole, its name and every
  // key and string in it: the v1 SDK's CompatibilityCallToolResultSchema hands a legacy
  // `{toolResult: …}` to the host, and a host may show any member it does not know as JSON.
  for (const name of Object.keys(result)) {
    if (KNOWN_MEMBERS.has(name)) continue;
    const member: PathLink = { parent: undefined, segment: name };
    out.push(new LinkedString(member, name, "key"));
    walk(result[name] as JsonValue, member, 1);
  }
  return out;
}

/** One step of a path: the segment, after its parent's. */
interface PathLink {
  readonly parent: PathLink | undefined;
  readonly segment: string | number;
}

/** The first step of a path: the result's member it lies in. */
function rootOf(at: PathLink): PathLink {
  let root = at;
  while (root.parent !== undefined) root = root.parent;
  return root;
}

/** A string of `structuredContent` or another walked member, its path worked out on first use. */
class LinkedString implements ResultString {
  readonly text: string;
  readonly kind: ResultStringKind;
  readonly #at: PathLink;
  #path: string | undefined;

  constructor(at: PathLink, text: string, kind: ResultStringKind) {
    this.#at = at;
    this.text = text;
    this.kind = kind;
  }

  get key(): string | undefined {
    if (this.kind !== "field") return undefined;
    // An array's item is read under the key of the member holding the array, as a scalar value
    // of that member is (`{"password": ["…"]}`, `{"api_keys": [["…"]]}`).
    let at = this.#at;
    while (typeof at.segment === "number" && at.parent !== undefined) at = at.parent;
    const { segment, parent } = at;
    // A member's value, the result's own members `structuredContent` and `content` excepted (their names are the protocol's, not labels).
    return typeof segment === "string" && (parent !== undefined || !PROTOCOL_MEMBERS.has(segment)) ? segment : undefined;
  }

  get item(): boolean {
    return this.kind === "field" && typeof this.#at.segment === "number";
  }

  get segments(): ReadonlyArray<string | number> {
    const out: Array<string | number> = [];
    for (let at: PathLink | undefined = this.#at; at !== undefined; at = at.parent) out.push(at.segment);
    return out.reverse();
  }

  get path(): string {
    this.#path ??= pointer(this.segments) + (this.kind === "key" ? "#" : "");
    return this.#path;
  }
}

function entry(segments: Array<string | number>, text: string, kind: ResultStringKind): ResultString {
  return { path: pointer(segments), segments, text, kind };
}

function isObject(value: JsonValue | undefined): value is JsonObject {
  return value !== null && typeof value === "object" && !Array.isArray(value) && !isRawJson(value);
}

/**
 * Returns a copy of `result` with the given strings replaced: values by `replacements` (by
 * path), and member names by `renames` (by the key's path, `…#`). A renamed key keeps its
 * place, and gets a number when its new name is taken in its object (`[EMAIL_1] (2)`), so each
 * object keeps as many keys as it had.
 *
 * @example
 * ```ts
 * replaceStrings(result, new Map([["/content/0/text", "[EMAIL_1]"]]), strings);
 * replaceStrings(result, new Map(), strings, new Map([["/structuredContent/jane@example.com#", "[EMAIL_1]"]]));
 * ```
 */
export function replaceStrings(
  result: JsonObject,
  replacements: ReadonlyMap<string, string>,
  strings: readonly ResultString[],
  renames: ReadonlyMap<string, string> = new Map(),
): JsonObject {
  // Only the objects and arrays on the way to a replaced string are copied; the rest is shared
  // with `result`, which is never written (a structuredClone of the whole result cost ~20 µs
  // per scan of even a small one).
  const root: Container = { ...result };
  const copies = new Set<Container>([root]);
  const renamed: ResultString[] = [];
  for (const s of strings) {
    if (s.kind === "key") {
      if (renames.has(s.path)) renamed.push(s);
      continue;
    }
    const value = replacements.get(s.path);
    if (value === undefined) continue;
    const segments = s.segments;
    containerAt(root, segments.slice(0, -1), copies)[segments.at(-1) as string | number] = value;
  }
  // Keys last, deepest objects first: the way to each object is still by its original keys.
  const byObject = new Map<string, { segments: ReadonlyArray<string | number>; names: Map<string, string> }>();
  for (const s of renamed) {
    const segments = s.segments.slice(0, -1);
    const at = pointer(segments);
    let object = byObject.get(at);
    if (object === undefined) byObject.set(at, (object = { segments, names: new Map() }));
    object.names.set(s.text, renames.get(s.path) as string);
  }
  let out = root;
  for (const { segments, names } of [...byObject.values()].sort((a, b) => b.segments.length - a.segments.length)) {
    // A member of the result itself (an unknown member whose name holds a finding): renamed last.
    if (segments.length === 0) {
      out = renameKeys(root as JsonObject, names) as Container;
      continue;
    }
    const parent = containerAt(root, segments.slice(0, -1), copies);
    const last = segments.at(-1) as string | number;
    parent[last] = renameKeys(parent[last] as JsonObject, names) as JsonValue;
  }
  return out as JsonObject;
}

/** The container at `segments` below `root`, copying each one on the way that is not a copy yet. */
function containerAt(root: Container, segments: ReadonlyArray<string | number>, copies: Set<Container>): Container {
  let node = root;
  for (const seg of segments) {
    const child = node[seg] as Container;
    if (copies.has(child)) node = child;
    else {
      const copy = (Array.isArray(child) ? [...(child as JsonValue[])] : { ...child }) as Container;
      copies.add(copy);
      node[seg] = copy as JsonValue;
      node = copy;
    }
  }
  return node;
}

/** A copy of `object` with the keys in `names` renamed in place, each unique among the keys (json-keys.ts). */
function renameKeys(object: JsonObject, names: ReadonlyMap<string, string>): JsonObject {
  const keys = Object.keys(object);
  const taken = new Set(keys.filter((k) => !names.has(k)));
  const out: JsonObject = {};
  for (const k of keys) {
    const wanted = names.get(k);
    // Defined, not assigned: a key named `__proto__` stays a key.
    Object.defineProperty(out, wanted === undefined ? k : uniqueKey(wanted, taken), { value: object[k], enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** An object or array of a tool result, indexed by a path segment. */
type Container = Record<string | number, JsonValue>;
