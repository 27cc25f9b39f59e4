/**
 * Label words: the words a detector reads in the few characters before a candidate ("phone",
 * "order", "ssn") to tell what the text calls it. A list is matched as a global,
 * case-insensitive, Unicode alternation of its words would be (in list order, leftmost first,
 * resuming after each match), and a match counts when it is a whole word: the answer of
 * running that expression over the lower-cased window, without running it, slicing or
 * lower-casing when the window is ASCII (nearly always): read in place from the text index's
 * code units. Every phone, IPv4 and SSN candidate asks two or three lists.
 */

/** Characters that would make a word mean something else inside an alternation. */
const REGEX_SYNTAX = /[.*+?^${}()|[\]\\]/;

/** Every ASCII character once, to ask the engine which ASCII characters a non-ASCII one folds to. */
const ASCII = String.fromCharCode(...Array.from({ length: 128 }, (_, i) => i));

const fold = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);
const isLowerLetter = (c: number): boolean => c >= 97 && c <= 122;
const isUpperLetter = (c: number): boolean => c >= 65 && c <= 90;

/** Something that finds the last label in a lower-cased window ({@link WordList}, or an expression that is not a word list). */
export interface LabelMatcher {
  /** Start of the last whole-word match in `window` (lower-cased), or -1. */
  lastIn(window: string): number;
}

/**
 * A list of label words.
 *
 * @example
 * ```ts
 * const ip = new WordList(["ip", "ipv4", "host"]);
 * ip.lastIn("host ip: "); // 5
 * ip.lastBefore("Host IP: 10.0.0.1", 0, 9); // 5
 * ```
 */
export class WordList implements LabelMatcher {
  /** The alternation the list stands for (`giu`), run on windows that are not ASCII. */
  readonly re: RegExp;
  /** Words that can match ASCII text, lower-cased, by first character, in list order. */
  readonly #byFirst: string[][] = Array.from({ length: 128 }, () => []);
  /**
   * Whether some word starts with the (lower-cased) pair `first * 128 + second`, or is the
   * one character `first`: most positions of a window are rejected by this one lookup.
   */
  readonly #pairs = new Uint8Array(128 * 128);
  /** Whether some word is the one (lower-cased) character. */
  readonly #singles = new Uint8Array(128);
  /** False when some non-ASCII word could match ASCII text under case folding: then the expression always runs. */
  readonly #asciiPath: boolean;

  constructor(words: readonly string[]) {
    if (words.length === 0) throw new Error("a word list needs words");
    for (const w of words) if (w.length === 0 || REGEX_SYNTAX.test(w)) throw new Error(`not a plain word: ${JSON.stringify(w)}`);
    this.re = new RegExp(`(?:${words.join("|")})`, "giu");
    let asciiPath = true;
    for (const w of words) {
      let ascii = true;
      for (const ch of w) {
        if (ch.charCodeAt(0) < 128) continue;
        ascii = false;
        // A character such as U+017F (ſ) matches "s" under `iu`: the ASCII shortcut would miss it.
        if (new RegExp(ch, "iu").test(ASCII)) asciiPath = false;
      }
      if (!ascii) continue;
      const lower = w.replace(/[A-Z]/g, (c) => c.toLowerCase());
      const first = lower.charCodeAt(0);
      this.#byFirst[first]?.push(lower);
      if (lower.length === 1) {
        this.#singles[first] = 1;
        this.#pairs.fill(1, first * 128, first * 128 + 128);
      } else this.#pairs[first * 128 + lower.charCodeAt(1)] = 1;
    }
    this.#asciiPath = asciiPath;
  }

  lastIn(window: string): number {
    if (!this.#asciiPath) return lastMatch(window, this.re);
    const units = copyUnits(window, 0, window.length);
    return isAsciiUnits(units, 0, window.length) ? this.#lastAscii(units, 0, window.length) : lastMatch(window, this.re);
  }

  /**
   * {@link lastIn} of `text.slice(from, to).toLowerCase()`, relative to `from`, reading the
   * stretch in place when it is ASCII: from `units`, the text's code units when the caller has
   * them (typed-array reads cost a fraction of `charCodeAt` on a long or sliced string).
   */
  lastBefore(text: string, from: number, to: number, units?: Uint16Array): number {
    if (this.#asciiPath) {
      const codes = units ?? copyUnits(text, from, to);
      const offset = units === undefined ? 0 : from;
      if (isAsciiUnits(codes, offset, offset + to - from)) return this.#lastAscii(codes, offset, offset + to - from);
    }
    const slice = text.slice(from, to);
    const lower = slice.toLowerCase();
    return lastMatch(lower, this.re, lower.length === slice.length ? slice : undefined);
  }

  /** The expression's answer on the ASCII stretch `[from, to)` of `s`, compared case-insensitively, relative to `from`. */
  #lastAscii(s: Uint16Array, from: number, to: number): number {
    const pairs = this.#pairs;
    const singles = this.#singles;
    let last = -1;
    let p = from;
    while (p < to) {
      const c = fold(s[p] as number);
      let length = 0;
      if (p + 1 < to ? pairs[c * 128 + fold(s[p + 1] as number)] === 1 : singles[c] === 1) {
        const words = this.#byFirst[c] as string[];
        for (let i = 0; i < words.length; i++) {
          const w = words[i] as string;
          if (p + w.length > to) continue;
          let k = 1;
          while (k < w.length && fold(s[p + k] as number) === w.charCodeAt(k)) k++;
          if (k === w.length) {
            length = w.length;
            break;
          }
        }
      }
      if (length === 0) {
        p++;
        continue;
      }
      // A word of letters must not be part of a longer word; other labels count anywhere.
      const wordLike = isLowerLetter(c) || c === 95;
      // An escaped line break or tab right before (`\nPart 925-…` in an iCalendar or JSON string) is a boundary.
      // So is a capital after a small letter: the word ends an identifier (`FileVersion`, `homePhone`).
      const before =
        p > from &&
        isLowerLetter(fold(s[p - 1] as number)) &&
        !(p - 2 >= from && s[p - 2] === 92 && ESCAPE_LETTERS.has(s[p - 1] as number)) &&
        !(isUpperLetter(s[p] as number) && isLowerLetter(s[p - 1] as number));
      const after = p + length < to && isLowerLetter(fold(s[p + length] as number));
      if (!wordLike || (!before && !after)) last = p - from;
      p += length;
    }
    return last;
  }
}

/** The letters of `\n`, `\r` and `\t`. */
const ESCAPE_LETTERS: ReadonlySet<number> = new Set([110, 114, 116]);

/**
 * An expression that is not a plain word list (say, a whole-cell label), read the same way.
 *
 * @example
 * ```ts
 * new PatternLabel(/^\s*(?:number|no\.?)\s*$/giu).lastIn("number"); // 0
 * ```
 */
export class PatternLabel implements LabelMatcher {
  readonly re: RegExp;

  constructor(re: RegExp) {
    this.re = re;
  }

  lastIn(window: string): number {
    return lastMatch(window, this.re);
  }
}

function isAsciiUnits(s: Uint16Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if ((s[i] as number) >= 128) return false;
  return true;
}

/** Scratch for windows read without the text's code units (grown as needed; used within one call). */
let scratch = new Uint16Array(256);

/** `s[from, to)` as code units in {@link scratch}, from index 0. */
function copyUnits(s: string, from: number, to: number): Uint16Array {
  if (scratch.length < to - from) scratch = new Uint16Array(Math.max(to - from, scratch.length * 2));
  for (let i = from; i < to; i++) scratch[i - from] = s.charCodeAt(i);
  return scratch;
}

/** Where the last whole-word match of the global `re` starts in `window`, or -1 (scripts without spaces match anywhere). */
function lastMatch(window: string, re: RegExp, cased?: string): number {
  let last = -1;
  re.lastIndex = 0;
  for (let m = re.exec(window); m !== null; m = re.exec(window)) {
    // A capital after a small letter in the text as written starts a word (`homePhone`).
    const camel = cased !== undefined && isUpperLetter(cased.charCodeAt(m.index)) && isLowerLetter(cased.charCodeAt(m.index - 1));
    const before = camel ? 0 : window.charCodeAt(m.index - 1);
    const after = window.charCodeAt(m.index + m[0].length);
    const ascii = /^[a-z_]/.test(m[0]);
    if (!ascii || (!(before >= 97 && before <= 122) && !(after >= 97 && after <= 122))) last = m.index;
  }
  return last;
}
