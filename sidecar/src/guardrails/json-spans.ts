/**
 * Mutating a tool response that is itself a JSON document (an API's body returned as text)
 * must leave it a JSON document with the same keys: the agent, or the next tool, parses it. Detectors find spans
 * in the raw text and know nothing of JSON, so a span may be a bare number (a phone number or
 * card stored as a number: its placeholder must become a string, quoted) or may run past a
 * string's closing quote (a keyword rule's value that swallows `", "next`). This module moves
 * each span onto the JSON value token it falls in: inside a string's quotes, or the whole
 * number token, quoted. If the result still does not parse (a span that cuts an escape
 * sequence), the whole content of each affected string is replaced instead, which is valid
 * by construction. Keys are left to json-keys.ts (a finding inside a key is dropped here). Tokens come from
 * `jsonc-parser`'s scanner.
 */
import { createScanner } from "jsonc-parser";
import type { Finding } from "./finding.js";
import { COLON, EOF, NUMERIC_LITERAL, STRING_LITERAL } from "./jsonc-token-kinds.js";

/** One replacement: `[start, end)` of the text, the finding behind it, and whether to quote it (a number becomes a string). */
export interface Edit {
  readonly start: number;
  readonly end: number;
  readonly finding: Finding;
  readonly quote: boolean;
}

/** The string and number tokens of a JSON text, in order: [start, end) and whether it is a string. */
interface ValueTokens {
  readonly starts: number[];
  readonly ends: number[];
  readonly isString: boolean[];
}

/**
 * Whether `text` is a JSON object or array — the only texts whose structure mutation must keep.
 *
 * @example
 * ```ts
 * isJsonDocument('{"a": 1}'); // true
 * isJsonDocument("call 415 555 0132"); // false
 * ```
 */
export function isJsonDocument(text: string): boolean {
  const first = text.trimStart().charCodeAt(0);
  if (first !== 0x7b && first !== 0x5b) return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** The string and number values of a JSON text; object keys are left out (mutation keeps every key). */
function valueTokens(text: string): ValueTokens {
  const tokens: ValueTokens = { starts: [], ends: [], isString: [] };
  const scanner = createScanner(text, true);
  let pending: { start: number; end: number; isString: boolean } | undefined;
  const flush = () => {
    if (!pending) return;
    tokens.starts.push(pending.start);
    tokens.ends.push(pending.end);
    tokens.isString.push(pending.isString);
    pending = undefined;
  };
  for (let kind: number = scanner.scan(); kind !== EOF; kind = scanner.scan()) {
    // A string followed by a colon is a key: dropped.
    if (kind === COLON) pending = undefined;
    flush();
    if (kind !== STRING_LITERAL && kind !== NUMERIC_LITERAL) continue;
    const start = scanner.getTokenOffset();
    pending = { start, end: start + scanner.getTokenLength(), isString: kind === STRING_LITERAL };
  }
  flush();
  return tokens;
}

/** Index of the first token that ends after `pos`, or -1. */
function firstTokenEndingAfter(tokens: ValueTokens, pos: number): number {
  let lo = 0;
  let hi = tokens.ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens.ends[mid]! <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo < tokens.ends.length ? lo : -1;
}

/**
 * The findings as edits that keep a JSON document valid (see the module comment). With
 * `wholeStrings`, an edit inside a string covers the string's whole content.
 *
 * @example
 * ```ts
 * jsonEdits('{"tel": 4155550132}', [phone]); // [{ start: 8, end: 18, quote: true, finding: phone }]
 * ```
 */
export function jsonEdits(text: string, findings: readonly Finding[], wholeStrings = false): Edit[] {
  const tokens = valueTokens(text);
  const edits: Edit[] = [];
  for (const finding of findings) {
    const t = firstTokenEndingAfter(tokens, finding.start);
    if (t === -1 || tokens.starts[t]! >= finding.end) continue; // on structure only: nothing to replace
    const ts = tokens.starts[t]!;
    const te = tokens.ends[t]!;
    if (!tokens.isString[t]) {
      edits.push({ start: ts, end: te, finding, quote: true });
      continue;
    }
    const start = wholeStrings ? ts + 1 : Math.max(finding.start, ts + 1);
    const end = wholeStrings ? te - 1 : Math.min(finding.end, te - 1);
    if (start < end) edits.push({ start, end, finding, quote: false });
  }
  return edits;
}

/** One string of a JSON text: the raw token `[start, end)` (quotes included) and its decoded value. */
export interface JsonStringValue {
  readonly start: number;
  readonly end: number;
  readonly value: string;
}

/** Characters allowed between a JSON document's strings: structure, numbers, literals, whitespace. */
const OUTSIDE = new Uint8Array(128);
for (const c of "{}[]:,0123456789+-.eEtrufalsn \t\r\n") OUTSIDE[c.charCodeAt(0)] = 1;

/**
 * The strings of a JSON object or array, values and keys apart, each in order; undefined when
 * the text is not one. Strings are found with indexOf and only the text between them is read
 * character by character, where nothing but structure, numbers and literals may appear: a
 * text that passes reads as JSON token by token, so the string boundaries are exact (bracket
 * balance is not checked; it does not move a boundary).
 *
 * @example
 * ```ts
 * jsonStringTokens('{"a": "x\\ny", "b": 2}')?.values; // [{ start: 6, end: 12, value: "x\ny" }]
 * ```
 */
export function jsonStringTokens(text: string): { values: JsonStringValue[]; keys: JsonStringValue[] } | undefined {
  let from = 0;
  while (from < text.length && text.charCodeAt(from) <= 32) from++;
  const first = text.charCodeAt(from);
  if (first !== 0x7b && first !== 0x5b) return undefined;
  const values: JsonStringValue[] = [];
  const keys: JsonStringValue[] = [];
  let pending: JsonStringValue | undefined;
  let slash = text.indexOf("\\", from);
  let i = from;
  for (;;) {
    const open = text.indexOf('"', i);
    const stop = open < 0 ? text.length : open;
    for (let k = i; k < stop; k++) {
      const c = text.charCodeAt(k);
      if (c >= 128 || OUTSIDE[c] !== 1) return undefined;
      if (c === 58 && pending !== undefined) {
        keys.push(pending);
        pending = undefined;
      } else if (c > 32 && pending !== undefined) {
        values.push(pending);
        pending = undefined;
      }
    }
    if (pending !== undefined && open >= 0) {
      values.push(pending);
      pending = undefined;
    }
    if (open < 0) break;
    let close = text.indexOf('"', open + 1);
    for (;;) {
      if (close < 0) return undefined;
      let backslashes = 0;
      while (text.charCodeAt(close - 1 - backslashes) === 92) backslashes++;
      if (backslashes % 2 === 0) break;
      close = text.indexOf('"', close + 1);
    }
    // The next backslash, found once and reused until passed: linear over the whole text.
    if (slash >= 0 && slash < open) slash = text.indexOf("\\", open);
    const escaped = slash >= 0 && slash < close;
    const end = close + 1;
    let value: string;
    if (escaped) {
      try {
        value = JSON.parse(text.slice(open, end)) as string;
      } catch {
        return undefined;
      }
    } else {
      value = text.slice(open + 1, close);
      // A raw line break or other control character cannot be inside a JSON string.
      if (hasControlCharacter(value)) return undefined;
    }
    pending = { start: open, end, value };
    i = end;
  }
  if (pending !== undefined) values.push(pending);
  return { values, keys };
}

/** Whether `s` holds a character below U+0020 (never raw inside a JSON string). */
function hasControlCharacter(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) < 0x20) return true;
  return false;
}

/** The last text {@link escapedBreak} was asked about, and whether it is a JSON document: a scan reads one text at a time. */
let lastText: string | undefined;
let lastIsJson = false;

/**
 * Where a run of a detector `[from, to)` must end so as not to cross a JSON string's escaped
 * line break or tab (`\n`, `\r`, `\t`): `to` when it crosses none, or when `text` is not a JSON
 * document. Inside a JSON document the run reads a string's raw text, where a line break is two
 * characters; decoded, it is the whitespace that ends a value, and what follows it is the next
 * line's content (`…OoQ\nslack: xoxb…`), not more of the value.
 *
 * @example
 * ```ts
 * escapedBreak('{"note": "key = abc\\nslack: x"}', 16, 26); // 19
 * escapedBreak("key = abc\\nslack", 6, 16); // 16 (not JSON: a Windows path's `\n` is two characters)
 * ```
 */
export function escapedBreak(text: string, from: number, to: number): number {
  // Read within the run only: an indexOf to the text's end per run would be quadratic.
  let slash = from;
  while (slash < to && text.charCodeAt(slash) !== 92) slash++;
  if (slash >= to) return to;
  if (text !== lastText) {
    lastText = text;
    lastIsJson = isJsonDocument(text);
  }
  if (!lastIsJson) return to;
  for (let k = slash; k < to; k++) {
    if (text.charCodeAt(k) !== 92) continue;
    const c = text.charCodeAt(k + 1);
    // n, r, t: whitespace when decoded. Any other escape (`\\`, `\"`, `\u…`) is passed whole.
    if (c === 0x6e || c === 0x72 || c === 0x74) return k;
    k++;
  }
  return to;
}
