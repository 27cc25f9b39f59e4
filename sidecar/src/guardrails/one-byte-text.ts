/**
 * A one-byte stand-in for a text, for the regular expressions that cannot tell its other
 * characters apart.
 *
 * V8 compiles an expression to machine code once per string representation: a text holding a
 * single character above U+00FF (a curly quote, a dash, an emoji) is a two-byte string, and the
 * first such text to reach an expression compiles it a second time. For the injection signals
 * that is ~10 MB more machine code in every process that scans varied text, and 10–30 ms of
 * compilation inside the first scans that meet those characters.
 *
 * An expression whose source names only ASCII characters and a few uncased marks (dashes,
 * quotes, superscripts: {@link STAND_IN_MARKS}), without backreferences, ranges beyond ASCII or
 * a carriage return (the stand-in of the line ends),
 * sees any other character above U+007F only as a space (`\s`), a line end (U+2028, U+2029, which
 * `.` does not match) or "something else" (`.`, a negated class, `\W`, `\S`): not a word
 * character, and under the `i` flag without `u` it folds to no ASCII letter. Replacing each such character by one representative of its kind, and
 * each named mark by a code of its own that the rewritten source names instead, gives a
 * one-byte text of the same length on which those expressions match exactly where the
 * originals matched on the original text.
 */

import * as v8 from "node:v8";

/**
 * Marks the signals name, each given a stand-in code of its own (U+0080 on, in this order).
 * Uncased and not spaces (checked at load): under `i` each matches only itself.
 */
export const STAND_IN_MARKS = "’‘“”—–：«»¹²³⁴⁵⁶⁷⁸⁹⁰†‡€£…•·";
/** Every other space above U+007F becomes NO-BREAK SPACE (itself a space, named by no eligible source). */
const SPACE = 0xa0;
/** The line and paragraph separators (U+2028, U+2029) become carriage returns: line ends, not spaces only. */
const CR = 13;
/** Every other character above U+007F becomes this C1 control: not a space, not a word character, matched by `.`. */
const OTHER = 0x9f;
/** The spaces of `\s` above U+007F but the line and paragraph separators, which become carriage returns (line ends, as they are). */
const SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\ufeff";

const STAND_IN = new Map<string, number>();
for (let k = 0; k < STAND_IN_MARKS.length; k++) {
  const mark = STAND_IN_MARKS[k] as string;
  if (mark.toUpperCase() !== mark || mark.toLowerCase() !== mark || /\s/.test(mark) || 0x80 + k >= OTHER) {
    throw new Error(`one-byte-text: ${JSON.stringify(mark)} cannot have a stand-in (cased, a space, or past the table)`);
  }
  STAND_IN.set(mark, 0x80 + k);
}

/** Code unit → its one-byte stand-in. */
const TABLE = (() => {
  const table = new Uint8Array(0x10000).fill(OTHER);
  for (let c = 0; c < 0x80; c++) table[c] = c;
  for (const space of SPACES) table[space.charCodeAt(0)] = SPACE;
  table[0x2028] = table[0x2029] = CR;
  for (const [mark, code] of STAND_IN) table[mark.charCodeAt(0)] = code;
  return table;
})();

const hex2 = (code: number): string => `\\x${code.toString(16).padStart(2, "0")}`;

/**
 * A pattern compiled to read texts' one-byte stand-ins where its source allows
 * ({@link oneByteSource}; never with the `u` or `v` flag), else the texts themselves: `oneByte`
 * says which subject to give it.
 *
 * @example
 * ```ts
 * const { re, oneByte } = standInExpression(String.raw`don(?:'|’)t`, "iy");
 * re.test(oneByte ? index.oneByteText() : index.text);
 * ```
 */
export function standInExpression(source: string, flags: string): { readonly re: RegExp; readonly oneByte: boolean } {
  const rewritten = /[uv]/.test(flags) ? undefined : oneByteSource(source);
  return { re: new RegExp(rewritten ?? source, flags), oneByte: rewritten !== undefined };
}

/**
 * The source of an expression that matches on {@link oneByteText} exactly as `source` does on
 * the text, or undefined when `source` can tell apart characters that the stand-in text merges:
 * it names a character above U+007F other than a stand-in mark (as itself or as an escape),
 * names a carriage return (the line and paragraph separators' stand-in), holds a
 * backreference, or puts a mark at the end of a class range. For sources compiled without the
 * `u` flag.
 *
 * @example
 * ```ts
 * oneByteSource(String.raw`\bnote[:—]`); // "\\bnote[:\\x84]"
 * oneByteSource("привет"); // undefined
 * ```
 */
export function oneByteSource(source: string): string | undefined {
  let out = "";
  let inClass = false;
  /** Inside a class, the last single character read (a range would start from it), or -1. */
  let last = -1;
  /** Inside a class, a range's start when its `-` was just read (its end comes next), or -1. */
  let rangeFrom = -1;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i] as string;
    let value: number | undefined = ch.charCodeAt(0);
    let piece = ch;
    if (ch === "\\") {
      const escaped = escapeValue(source, i + 1);
      if (escaped === undefined) return undefined;
      value = escaped.value;
      piece = source.slice(i, i + 1 + escaped.length);
      i += escaped.length;
    } else if (value >= 0x80) {
      const standIn = STAND_IN.get(ch);
      if (standIn === undefined) return undefined;
      // A mark may not end a range (nor start one: checked where the range ends).
      if (rangeFrom >= 0) return undefined;
      piece = hex2(standIn);
      value = -standIn;
    } else if (!inClass) {
      if (ch === "[") {
        inClass = true;
        last = rangeFrom = -1;
        if (source[i + 1] === "^") {
          piece = "[^";
          i++;
        }
      }
      if (value === CR) return undefined;
      out += piece;
      continue;
    } else if (ch === "]") {
      inClass = false;
      out += piece;
      continue;
    } else if (ch === "-" && last !== -1 && rangeFrom < 0 && source[i + 1] !== "]") {
      // A mark's stand-in (a negative value here) may not start a range.
      if (last < 0) return undefined;
      rangeFrom = last;
      last = -1;
      out += piece;
      continue;
    }
    // A character, a character escape or a class escape (value undefined).
    if (value !== undefined && value >= 0x80) return undefined;
    if (value === CR) return undefined;
    if (inClass) {
      if (rangeFrom >= 0) {
        if (value === undefined || value < 0) return undefined;
        if (rangeFrom <= CR && CR <= value) return undefined;
        rangeFrom = -1;
        last = -1;
      } else {
        // A stand-in mark is recorded as its negated code, a class escape as no character.
        last = value ?? -1;
      }
    }
    out += piece;
  }
  return out;
}

const CONTROL_ESCAPES: Readonly<Record<string, number>> = { n: 10, r: 13, t: 9, v: 11, f: 12 };

/**
 * What the escape whose letter is at `at` stands for: its length after the backslash, and its
 * character code (undefined for a class escape or an assertion); undefined for one this module
 * does not vouch for (a backreference, `\k`, `\p`, `\u{…}`, an escaped character above ASCII).
 */
function escapeValue(source: string, at: number): { length: number; value: number | undefined } | undefined {
  const letter = source[at];
  if (letter === undefined || /[1-9]/.test(letter) || letter === "k" || letter === "p" || letter === "P") return undefined;
  if (letter === "u" && /^[0-9a-fA-F]{4}$/.test(source.slice(at + 1, at + 5))) {
    return { length: 5, value: Number.parseInt(source.slice(at + 1, at + 5), 16) };
  }
  if (letter === "u" && source[at + 1] === "{") return undefined;
  if (letter === "x" && /^[0-9a-fA-F]{2}$/.test(source.slice(at + 1, at + 3))) {
    return { length: 3, value: Number.parseInt(source.slice(at + 1, at + 3), 16) };
  }
  if (letter === "c" && /^[A-Za-z]$/.test(source[at + 1] ?? "")) return { length: 2, value: (source.charCodeAt(at + 1) as number) % 32 };
  if ("sSwWdDbB".includes(letter)) return { length: 1, value: undefined };
  if (letter === "0") return /[0-9]/.test(source[at + 1] ?? "") ? undefined : { length: 1, value: 0 };
  const control = CONTROL_ESCAPES[letter];
  if (control !== undefined) return { length: 1, value: control };
  const value = letter.charCodeAt(0);
  return value >= 0x80 ? undefined : { length: 1, value: value };
}

/**
 * The one-byte stand-in of a text (see the module comment), from its code units: the text's
 * own string when it is all ASCII (copied if it is held in two bytes a character).
 *
 * @example
 * ```ts
 * oneByteText(units, text.length, text, false); // "It\x80s fine \x84 really"
 * ```
 */
export function oneByteText(units: Uint16Array, length: number, text: string, ascii: boolean): string {
  if (ascii) return oneByteForm(text);
  // Texts up to REUSED_BYTES share one buffer; a longer one gets its own, not kept.
  if (length <= REUSED_BYTES) reused ??= Buffer.allocUnsafe(REUSED_BYTES);
  const out = length <= REUSED_BYTES ? (reused as Buffer) : Buffer.allocUnsafe(length);
  for (let i = 0; i < length; i++) out[i] = TABLE[units[i] as number] as number;
  return out.toString("latin1", 0, length);
}

const REUSED_BYTES = 64 * 1024;

/** Node ≥ 22.15 and 23.10 tell a string's representation; without it, texts are left as they are. */
const isOneByteRepresentation = (v8 as { isStringOneByteRepresentation?: (text: string) => boolean }).isStringOneByteRepresentation;
const BEYOND_LATIN1 = /[^\0-\xff]/;

/**
 * The text as a one-byte string when its characters allow and it is not one already. A piece
 * of a two-byte text (a table's column, a string cut from a tool result that holds a dash or an
 * emoji elsewhere) keeps its parent's two-byte representation whatever it holds, and every
 * expression that runs on it compiles a second, two-byte copy of its machine code.
 *
 * @example
 * ```ts
 * oneByteForm("Long dash — here".slice(0, 9)); // "Long dash", one byte per character
 * ```
 */
export function oneByteForm(text: string): string {
  if (isOneByteRepresentation === undefined || isOneByteRepresentation(text) || BEYOND_LATIN1.test(text)) return text;
  return Buffer.from(text, "latin1").toString("latin1");
}

/** Reused between scans: one stand-in text is built at a time, and read back at once as a string. */
let reused: Buffer | undefined;
