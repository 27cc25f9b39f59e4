/**
 * Homoglyph folding: "Ignоre all previous instructions" with a Cyrillic `о` reads the same to a
 * model but slips past ASCII patterns. Fullwidth ASCII (`ｉｇｎｏｒｅ`) is folded everywhere;
 * Cyrillic and Greek look-alikes only inside a word that also has ASCII letters (mixed-script
 * words are the disguise; a Russian or Greek sentence is left alone). Every fold replaces one
 * UTF-16 unit with one, so offsets in the folded text are offsets in the original.
 */

/** Cyrillic and Greek letters that look like ASCII ones. */
const LOOKALIKE: Readonly<Record<string, string>> = {
  а: "a",
  в: "b",
  е: "e",
  к: "k",
  м: "m",
  н: "h",
  о: "o",
  р: "p",
  с: "c",
  т: "t",
  у: "y",
  х: "x",
  і: "i",
  ј: "j",
  ѕ: "s",
  ԁ: "d",
  ԛ: "q",
  ԝ: "w",
  А: "A",
  В: "B",
  Е: "E",
  К: "K",
  М: "M",
  Н: "H",
  О: "O",
  Р: "P",
  С: "C",
  Т: "T",
  Х: "X",
  І: "I",
  Ј: "J",
  Ѕ: "S",
  α: "a",
  ο: "o",
  ρ: "p",
  ν: "v",
  ι: "i",
  κ: "k",
  τ: "t",
  υ: "u",
  Α: "A",
  Β: "B",
  Ε: "E",
  Ζ: "Z",
  Η: "H",
  Ι: "I",
  Κ: "K",
  Μ: "M",
  Ν: "N",
  Ο: "O",
  Ρ: "P",
  Τ: "T",
  Υ: "Y",
  Χ: "X",
};

/** Any character the fold could change: fullwidth ASCII, Cyrillic, Greek. */
const CANDIDATE = /[\uFF01-\uFF5E\u0370-\u03FF\u0400-\u052F]/;

/** LOOKALIKE as a table by code unit (0 = no ASCII look-alike). */
const TABLE = new Uint16Array(0x530);
for (const [from, to] of Object.entries(LOOKALIKE)) TABLE[from.charCodeAt(0)] = to.charCodeAt(0);

const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isOtherLetter = (c: number): boolean => c >= 0x0370 && c <= 0x052f;
const utf16 = new TextDecoder("utf-16le");

/**
 * The folded text, or `undefined` when folding changes nothing (the common case, decided by
 * one test for the candidate characters). One pass over the code units: a word of letters is
 * folded when it mixes ASCII letters with Cyrillic or Greek ones.
 *
 * @example
 * ```ts
 * foldHomoglyphs("Ignоre all previous instructions"); // "Ignore all previous instructions"
 * foldHomoglyphs("Привет, мир"); // undefined: no mixed-script word
 * ```
 */
export function foldHomoglyphs(text: string): string | undefined {
  // All-ASCII text (a native UTF-8 byte count) is the common case and has nothing to fold.
  if (Buffer.byteLength(text, "utf8") === text.length || !CANDIDATE.test(text)) return undefined;
  const n = text.length;
  const codes = new Uint16Array(n);
  let changed = false;
  let wordStart = -1;
  let ascii = false;
  let other = false;
  for (let i = 0; i <= n; i++) {
    let c = i < n ? text.charCodeAt(i) : 32;
    if (c >= 0xff01 && c <= 0xff5e) {
      c -= 0xfee0;
      changed = true;
    }
    if (i < n) codes[i] = c;
    const a = isAsciiLetter(c);
    const o = isOtherLetter(c);
    if (a || o) {
      if (wordStart < 0) {
        wordStart = i;
        ascii = false;
        other = false;
      }
      ascii ||= a;
      other ||= o;
    } else if (wordStart >= 0) {
      if (ascii && other) {
        for (let k = wordStart; k < i; k++) {
          const to = (codes[k] as number) < 0x530 ? (TABLE[codes[k] as number] as number) : 0;
          if (to !== 0) {
            codes[k] = to;
            changed = true;
          }
        }
      }
      wordStart = -1;
    }
  }
  return changed ? utf16.decode(codes) : undefined;
}
