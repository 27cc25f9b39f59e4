/**
 * A tool that returns `structuredContent` SHOULD also return its serialisation in a text block
 * (MCP specification, tools → structured content). The two are scanned apart — the text as a
 * raw JSON document, each structured string on its own or with its key alone (keyed-values.ts)
 * — so their findings can differ (the text's rules also read a value's neighbours). Mutated apart, the two copies would disagree, and the copy whose scan missed a
 * value would still hold it. Here the text's findings are moved onto the structured strings
 * they cover (in decoded offsets, so a span never depends on how a string was escaped); the
 * structured strings are mutated with their own findings and the text's, and the text becomes
 * the serialisation of the mutated structured content: both copies say the same, with every
 * value either scan found replaced.
 */
import type { Finding } from "./finding.js";
import { jsonStringTokens, type JsonStringValue } from "./json-spans.js";
import type { JsonObject, ResultString } from "./tool-result.js";

/** The text blocks that serialise `structuredContent`, and each structured string's token in that serialisation. */
export interface StructuredMirror {
  /** Indexes (in the result's strings) of the text blocks equal to the serialisation. */
  readonly texts: readonly number[];
  /** The serialisation the text blocks hold. */
  readonly serialised: string;
  /** The structured strings (keys and values, in the result's strings' order) with their raw tokens. */
  readonly members: ReadonlyArray<{ readonly string: number; readonly token: JsonStringValue }>;
}

/**
 * The mirror of a result whose text block is exactly `JSON.stringify(structuredContent)`;
 * undefined when none is, or when the tokens do not line up with the strings (then each copy
 * is mutated on its own, as before).
 *
 * @example
 * ```ts
 * const result = { content: [{ type: "text", text: '{"a":"x"}' }], structuredContent: { a: "x" } };
 * structuredMirror(result, resultStrings(result))?.texts; // [0]
 * ```
 */
export function structuredMirror(result: JsonObject, strings: readonly ResultString[]): StructuredMirror | undefined {
  const structured = result["structuredContent"];
  if (structured === undefined || structured === null || typeof structured !== "object") return undefined;
  const serialised = JSON.stringify(structured);
  const texts: number[] = [];
  const members: number[] = [];
  for (const [i, s] of strings.entries()) {
    if (s.segments[0] === "structuredContent") members.push(i);
    else if (s.kind === "text" && s.segments[0] === "content" && s.segments.length === 3 && s.text === serialised) texts.push(i);
  }
  if (texts.length === 0) return undefined;
  const tokens = jsonStringTokens(serialised);
  if (tokens === undefined) return undefined;
  // Keys and values in the order they are written: the order the structured walk lists them in.
  const ordered = [...tokens.keys, ...tokens.values].sort((a, b) => a.start - b.start);
  if (ordered.length !== members.length) return undefined;
  const paired = members.map((string, k) => ({ string, token: ordered[k]! }));
  if (paired.some(({ string, token }) => strings[string]!.text !== token.value)) return undefined;
  return { texts, serialised, members: paired };
}

/**
 * The findings of the mirrored text block moved onto the structured strings they cover, by
 * string index, in each string's decoded offsets (a span cut inside an escape takes the
 * whole escape); undefined when a finding covers what no structured string holds (a number:
 * structuredContent keeps its numbers, so the copies could not agree).
 *
 * @example
 * ```ts
 * const moved = mirroredFindings(mirror, textFindings); // Map { 2 => [{ …secret, start: 20, end: 40 }] }
 * ```
 */
export function mirroredFindings(mirror: StructuredMirror, findings: readonly Finding[]): Map<number, Finding[]> | undefined {
  const { serialised, members } = mirror;
  const out = new Map<number, Finding[]>();
  for (const f of findings) {
    let pos = f.start;
    for (const { string, token } of members) {
      if (token.end <= f.start) continue;
      if (token.start >= f.end) break;
      // Between strings, only structure may be covered: a digit there is a number's.
      if (/[0-9]/.test(serialised.slice(pos, Math.max(pos, token.start)))) return undefined;
      pos = token.end;
      const from = Math.max(f.start, token.start + 1);
      const to = Math.min(f.end, token.end - 1);
      if (from >= to) continue;
      const start = decodedOffset(serialised, token.start + 1, from, false);
      const end = decodedOffset(serialised, token.start + 1, to, true);
      if (start >= end) continue;
      const list = out.get(string);
      const moved = { ...f, start, end };
      if (list === undefined) out.set(string, [moved]);
      else list.push(moved);
    }
    if (/[0-9]/.test(serialised.slice(pos, Math.max(pos, f.end)))) return undefined;
  }
  return out;
}

/**
 * The decoded offset of raw position `at` in a JSON string whose content starts at `from`:
 * a position inside an escape rounds down to its start, or up past it with `ceil`.
 */
function decodedOffset(raw: string, from: number, at: number, ceil: boolean): number {
  let n = 0;
  let j = from;
  while (j < at) {
    const step = raw.charCodeAt(j) !== 92 ? 1 : raw.charCodeAt(j + 1) === 0x75 ? 6 : 2;
    if (!ceil && j + step > at) break;
    j += step;
    n++;
  }
  return n;
}
