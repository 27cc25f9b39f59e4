/**
 * The candidate index of one string, shared by every detector so that the text is read as
 * few times as possible:
 *
 * - literal channels: each detector declares the literals its patterns start with (or must
 *   contain) once, at module load; one automaton pass over the text then reports where every
 *   literal of every channel occurs. Detectors run their full patterns only there.
 * - character-class runs (base64-like, numeric, IBAN-like): a run at least `L` long always
 *   covers a position that is a multiple of `L`, so probing every `L`-th character and
 *   widening the hits finds all of them while reading a fraction of the text.
 *
 * Everything is computed on first use and kept for the other detectors.
 */
import { codeUnits, LiteralAutomaton, releaseCodeUnits } from "./literal-automaton.js";

/** Literals per channel, in declaration order. */
const channels: string[][] = [];
let automaton: LiteralAutomaton | undefined;
let entryChannel = new Int32Array(0);
let entryLiteral = new Int32Array(0);

/** Entries are packed as `start * LITERAL_SLOTS + literal index`. */
const LITERAL_SLOTS = 1024;

/**
 * Declares a literal channel (at module load) and returns its id. Occurrences are found
 * case-insensitively, as a `/i` regular expression would; callers needing case check it.
 *
 * @example
 * ```ts
 * const JWT = literalChannel(["eyJ"]);
 * for (const packed of index.literals(JWT)) console.log(literalStart(packed));
 * ```
 */
export function literalChannel(literals: readonly string[]): number {
  if (literals.length === 0 || literals.length > LITERAL_SLOTS) throw new Error("a literal channel has 1 to 1024 literals");
  channels.push([...literals]);
  automaton = undefined;
  return channels.length - 1;
}

/** Start offset of a packed channel occurrence. */
export function literalStart(packed: number): number {
  return Math.floor(packed / LITERAL_SLOTS);
}

/** Index (in the channel's declaration) of the literal of a packed occurrence. */
export function literalIndex(packed: number): number {
  return packed % LITERAL_SLOTS;
}

function compiledAutomaton(): LiteralAutomaton {
  if (automaton === undefined) {
    const literals: string[] = [];
    const ch: number[] = [];
    const lit: number[] = [];
    channels.forEach((list, c) =>
      list.forEach((l, i) => {
        literals.push(l);
        ch.push(c);
        lit.push(i);
      }),
    );
    automaton = LiteralAutomaton.compile(literals);
    entryChannel = Int32Array.from(ch);
    entryLiteral = Int32Array.from(lit);
  }
  return automaton;
}

const isAlnum = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** `[A-Za-z0-9+/_-]`: base64 and base64url bodies, and every API-token alphabet. */
const BASE64 = 1;
/** `[0-9 +().-]`: phone numbers, card numbers, SSNs, IPv4 addresses. */
const NUMERIC = 2;
/** `[A-Z0-9 -]`: IBANs, electronic or grouped. */
const CAPITAL = 4;
/** Class bits per code unit (non-ASCII units belong to none). */
const CLASSES = new Uint8Array(65536);
for (let c = 0; c < 128; c++) {
  const base64 = isAlnum(c) || c === 43 || c === 47 || c === 95 || c === 45;
  const numeric = (c >= 48 && c <= 57) || c === 32 || c === 43 || c === 40 || c === 41 || c === 46 || c === 45;
  const capital = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 32 || c === 45;
  CLASSES[c] = (base64 ? BASE64 : 0) | (numeric ? NUMERIC : 0) | (capital ? CAPITAL : 0);
}

/** Minimum run lengths (see the accessors). */
export const BASE64_RUN_MIN = 22;
export const NUMERIC_RUN_MIN = 7;
export const CAPITAL_RUN_MIN = 15;

/**
 * Maximal runs of `bit` characters at least `min` long, as `[start, end, …]`: probes every
 * `min`-th character, widens each hit to its run and continues `min` past the run's end
 * (a run at least `min` long always covers a probe).
 */
function runs(codes: Uint16Array, n: number, bit: number, min: number): number[] {
  const out: number[] = [];
  let p = min - 1;
  while (p < n) {
    if (((CLASSES[codes[p] as number] as number) & bit) === 0) {
      p += min;
      continue;
    }
    let s = p;
    while (s > 0 && ((CLASSES[codes[s - 1] as number] as number) & bit) !== 0) s--;
    let e = p + 1;
    while (e < n && ((CLASSES[codes[e] as number] as number) & bit) !== 0) e++;
    if (e - s >= min) out.push(s, e);
    p = e + min;
  }
  return out;
}

/**
 * The candidate index of one string.
 *
 * @example
 * ```ts
 * const index = new TextIndex(text);
 * index.literals(JWT); index.base64Runs();
 * ```
 */
export class TextIndex {
  readonly text: string;
  #codes: Uint16Array | undefined;
  #hits: Array<number[] | undefined> | undefined;
  #base64: number[] | undefined;
  #numeric: number[] | undefined;
  #capital: number[] | undefined;

  constructor(text: string) {
    this.text = text;
  }

  /** Occurrences of the channel's literals, ascending by start (then literal index), packed. */
  literals(channel: number): readonly number[] {
    this.#hits ??= this.#findLiterals();
    return this.#hits[channel] ?? [];
  }

  #findLiterals(): Array<number[] | undefined> {
    const a = compiledAutomaton();
    const hits: Array<number[] | undefined> = new Array<number[] | undefined>(channels.length);
    const unsorted = new Uint8Array(channels.length);
    const found = a.scan(this.#units(), this.text.length);
    const { entries, starts } = found;
    for (let i = 0; i < found.count; i++) {
      const entry = entries[i] as number;
      const c = entryChannel[entry] as number;
      const packed = (starts[i] as number) * LITERAL_SLOTS + (entryLiteral[entry] as number);
      let list = hits[c];
      if (list === undefined) hits[c] = list = [];
      // Occurrences come in order of their end; literals of different lengths may swap.
      else if ((list[list.length - 1] as number) > packed) unsorted[c] = 1;
      list.push(packed);
    }
    for (let c = 0; c < channels.length; c++) {
      const list = hits[c];
      if (unsorted[c] === 1 && list !== undefined) hits[c] = Array.from(Float64Array.from(list).sort());
    }
    return hits;
  }

  #units(): Uint16Array {
    this.#codes ??= codeUnits(this.text);
    return this.#codes;
  }

  /** Gives the copied code units back to the pool (what was computed from them stays). */
  release(): void {
    if (this.#codes !== undefined) releaseCodeUnits(this.#codes);
    this.#codes = undefined;
  }

  /** Maximal runs of `[A-Za-z0-9+/_-]` at least {@link BASE64_RUN_MIN} long: `[start, end, …]`. */
  base64Runs(): readonly number[] {
    this.#base64 ??= runs(this.#units(), this.text.length, BASE64, BASE64_RUN_MIN);
    return this.#base64;
  }

  /**
   * Maximal runs of `[0-9 +().-]` at least {@link NUMERIC_RUN_MIN} long with their digit
   * count: `[start, end, digits, …]`.
   */
  numericRuns(): readonly number[] {
    if (this.#numeric === undefined) {
      const codes = this.#units();
      const found = runs(codes, this.text.length, NUMERIC, NUMERIC_RUN_MIN);
      const out: number[] = [];
      for (let r = 0; r < found.length; r += 2) {
        const s = found[r] as number;
        const e = found[r + 1] as number;
        let digits = 0;
        for (let i = s; i < e; i++) {
          const c = codes[i] as number;
          if (c >= 48 && c <= 57) digits++;
        }
        out.push(s, e, digits);
      }
      this.#numeric = out;
    }
    return this.#numeric;
  }

  /** Maximal runs of `[A-Z0-9 -]` at least {@link CAPITAL_RUN_MIN} long: `[start, end, …]`. */
  capitalRuns(): readonly number[] {
    this.#capital ??= runs(this.#units(), this.text.length, CAPITAL, CAPITAL_RUN_MIN);
    return this.#capital;
  }
}
