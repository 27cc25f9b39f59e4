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
import { codeUnits, LITERAL_TRANSITIONS_CAPACITY, LiteralAutomaton } from "./literal-automaton.js";

export { LITERAL_TRANSITIONS_CAPACITY };
import { oneByteText } from "./one-byte-text.js";
import { sortInts } from "./int-sort.js";
import { borrowFloat64, borrowInt32, giveBack, Int32List } from "./scratch-arrays.js";

/** Literals per channel, in declaration order. */
const channels: string[][] = [];
let automaton: LiteralAutomaton | undefined;
let entryChannel = new Int32Array(0);
let entryLiteral = new Int32Array(0);

/** Entries are packed as `start * LITERAL_SLOTS + literal index`. */
const LITERAL_SLOTS = 1024;

/**
 * Declares a literal channel (at module load) and returns its id; a list declared again (same
 * literals, same order) gets the same id. Occurrences are found case-insensitively, as a `/i`
 * regular expression would; callers needing case check it.
 *
 * @example
 * ```ts
 * const JWT = literalChannel(["eyJ"]);
 * for (const packed of index.literals(JWT)) console.log(literalStart(packed));
 * ```
 */
export function literalChannel(literals: readonly string[]): number {
  if (literals.length === 0 || literals.length > LITERAL_SLOTS) throw new Error("a literal channel has 1 to 1024 literals");
  if (literals.some((l) => l.includes("\u0000"))) throw new Error("a literal holds U+0000");
  // Detectors often declare the same list (a signal keyed on "your" alone, several times):
  // one channel serves them all, so each occurrence is recorded and grouped once, not per
  // declaration (a fifth of all occurrences in mixed tool output).
  const key = literals.join("\u0000");
  const known = channelByList.get(key);
  if (known !== undefined) return known;
  channels.push([...literals]);
  channelByList.set(key, channels.length - 1);
  automaton = undefined;
  return channels.length - 1;
}

/** Channel ids by their literal list (joined with U+0000, which no literal holds). */
const channelByList = new Map<string, number>();

/**
 * The transitions of the automaton over every channel declared so far (compiled if needed):
 * the shared index's size, which {@link LITERAL_TRANSITIONS_CAPACITY} bounds.
 *
 * @example
 * ```ts
 * literalTransitions() < LITERAL_TRANSITIONS_CAPACITY; // true while the key words fit
 * ```
 */
export function literalTransitions(): number {
  return compiledAutomaton().transitions;
}

/**
 * Whether the key-word automaton has been compiled in this process or thread yet (it is, by
 * the first scan, before that scan's deadline starts).
 *
 * @example
 * ```ts
 * literalAutomatonCompiled(); // false until the first scan (or literalTransitions())
 * ```
 */
export function literalAutomatonCompiled(): boolean {
  return automaton !== undefined;
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
    channels.forEach((list, c) => {
      list.forEach((l, i) => {
        literals.push(l);
        ch.push(c);
        lit.push(i);
      });
    });
    automaton = LiteralAutomaton.compile(literals);
    entryChannel = Int32Array.from(ch);
    entryLiteral = Int32Array.from(lit);
  }
  return automaton;
}

const isAlnum = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** `[A-Za-z0-9+/_-]`: base64 and base64url bodies, and every API-token alphabet. */
const BASE64 = 1;
/** `[0-9 +()./-]`: phone numbers (a slash after the area code), card numbers, SSNs, IPv4 addresses. */
const NUMERIC = 2;
/** `[A-Z0-9 -]`: IBANs, electronic or grouped. */
const CAPITAL = 4;
/** Class bits per code unit (non-ASCII units belong to none). */
const CLASSES = new Uint8Array(65536);
for (let c = 0; c < 128; c++) {
  const base64 = isAlnum(c) || c === 43 || c === 47 || c === 95 || c === 45;
  const numeric = (c >= 48 && c <= 57) || c === 32 || c === 43 || c === 40 || c === 41 || c === 46 || c === 45 || c === 47;
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
function runs(codes: Uint16Array, n: number, bit: number, min: number, out: Int32List): Int32List {
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
    if (e - s >= min) out.push2(s, e);
    p = e + min;
  }
  return out;
}

const NO_HITS = new Float64Array(0);
const NO_RANGES = new Int32Array(1);
/**
 * Scratch for grouping occurrences by channel, used and done with inside one call. Only the
 * channels a text hit are touched: a sidecar declares ~340 channels (most of them the
 * injection signals'), and a pass over all of them per scan cost more than a short text's
 * scan itself (audit masking scans a short string per call argument). `channelFill` is all
 * zeros between calls.
 */
let channelFill = new Int32Array(0);
let touched = new Int32Array(0);
let last = new Float64Array(0);
let unsorted = new Uint8Array(0);

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
  /**
   * Occurrences grouped by channel. Of the `#hitChannels` channels with occurrences, the
   * `t`-th (ascending) is `ranges[t]` and owns `items[ranges[T + t] .. ranges[T + t + 1])`.
   */
  #ranges: Int32Array = NO_RANGES;
  #hitChannels = 0;
  #items: Float64Array | undefined;
  #base64: Int32List | undefined;
  #numeric: Int32List | undefined;
  #capital: Int32List | undefined;

  constructor(text: string) {
    this.text = text;
  }

  #ascii: boolean | undefined;
  /** {@link oneByteText}, once built. */
  #oneByte: string | undefined;

  /**
   * Whether the text is all ASCII (its UTF-8 length, one native count, equals its length),
   * counted once for every detector that skips work on ASCII text.
   */
  get ascii(): boolean {
    this.#ascii ??= Buffer.byteLength(this.text, "utf8") === this.text.length;
    return this.#ascii;
  }

  /**
   * The text's one-byte stand-in (one-byte-text.ts), built once, for the expressions whose
   * sources `oneByteSource` rewrote: the text itself when it is all ASCII and held in one byte
   * a character.
   *
   * @example
   * ```ts
   * sticky.test(index.oneByteText());
   * ```
   */
  oneByteText(): string {
    this.#oneByte ??= oneByteText(this.#units(), this.text.length, this.text, this.ascii);
    return this.#oneByte;
  }

  /**
   * Occurrences of the channel's literals, ascending by start (then literal index), packed
   * (read them with `literalStart` / `literalIndex`). A view into scan-local storage: use it
   * before {@link release}.
   */
  literals(channel: number): Float64Array {
    const t = this.#slot(channel);
    // Most channels of a short text are empty: no view object for them.
    if (t < 0) return NO_HITS;
    const ranges = this.#ranges;
    const hit = this.#hitChannels;
    return (this.#items as Float64Array).subarray(ranges[hit + t] as number, ranges[hit + t + 1] as number);
  }

  /**
   * {@link literals} without a view object: writes where the channel's occurrences lie,
   * `[from, to)`, into `bounds` and returns the array they lie in (scan-local storage, as for
   * {@link literals}). For loops over hundreds of channels per scan, where a view per channel
   * was the scan's largest allocation.
   *
   * @example
   * ```ts
   * const items = index.literalBounds(JWT, bounds);
   * for (let i = bounds[0]; i < bounds[1]; i++) console.log(literalStart(items[i]));
   * ```
   */
  literalBounds(channel: number, bounds: Int32Array): Float64Array {
    const t = this.#slot(channel);
    if (t < 0) {
      bounds[0] = bounds[1] = 0;
      return NO_HITS;
    }
    const ranges = this.#ranges;
    const hit = this.#hitChannels;
    bounds[0] = ranges[hit + t] as number;
    bounds[1] = ranges[hit + t + 1] as number;
    return this.#items as Float64Array;
  }

  /**
   * How many channels have a literal in the text (0: no key word of any channel occurs in it).
   *
   * @example
   * ```ts
   * new TextIndex("ok").channelsHit; // 0
   * ```
   */
  get channelsHit(): number {
    if (this.#items === undefined) this.#findLiterals();
    return this.#hitChannels;
  }

  /**
   * The `t`-th channel with occurrences, ascending (`t` below {@link channelsHit}): for a
   * detector that maps channels to its own rules, so that it visits only the rules a text can
   * match rather than looking every rule's channel up.
   *
   * @example
   * ```ts
   * for (let t = 0; t < index.channelsHit; t++) visit(index.hitChannel(t));
   * ```
   */
  hitChannel(t: number): number {
    if (this.#items === undefined) this.#findLiterals();
    return this.#ranges[t] as number;
  }

  /** The channel's position among the channels hit, or -1 (a binary search: they are ascending). */
  #slot(channel: number): number {
    if (this.#items === undefined) this.#findLiterals();
    const ranges = this.#ranges;
    const hit = this.#hitChannels;
    let lo = 0;
    let hi = hit;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((ranges[mid] as number) < channel) lo = mid + 1;
      else hi = mid;
    }
    return lo === hit || ranges[lo] !== channel ? -1 : lo;
  }

  #findLiterals(): void {
    const { count, entries, starts } = compiledAutomaton().scan(this.#units(), this.text.length);
    // Most short texts hold no literal at all.
    if (count === 0) {
      this.#items = NO_HITS;
      return;
    }
    const C = channels.length;
    if (channelFill.length < C) {
      channelFill = new Int32Array(C);
      touched = new Int32Array(C);
      last = new Float64Array(C);
      unsorted = new Uint8Array(C);
    }
    // Borrowed, not allocated: a typed array over 64 bytes gets its own off-heap backing
    // store, which cost ~2.8 µs per scan here, more than scanning a short text. Borrowed
    // before counting, so nothing can throw while `channelFill` is not all zeros.
    const ranges = borrowInt32(2 * Math.min(C, count) + 1);
    const items = borrowFloat64(count);
    // A counting sort over the channels hit: each channel's occurrences stay in order of end.
    let hit = 0;
    for (let i = 0; i < count; i++) {
      const c = entryChannel[entries[i] as number] as number;
      if ((channelFill[c] as number) === 0) touched[hit++] = c;
      (channelFill[c] as number)++;
    }
    // Ascending, for the lookup's binary search.
    sortInts(touched, hit);
    let at = 0;
    for (let t = 0; t < hit; t++) {
      const c = touched[t] as number;
      const n = channelFill[c] as number;
      ranges[t] = c;
      ranges[hit + t] = at;
      channelFill[c] = at;
      last[c] = -1;
      unsorted[c] = 0;
      at += n;
    }
    ranges[2 * hit] = at;
    let anyUnsorted = false;
    for (let i = 0; i < count; i++) {
      const entry = entries[i] as number;
      const c = entryChannel[entry] as number;
      const packed = (starts[i] as number) * LITERAL_SLOTS + (entryLiteral[entry] as number);
      // Occurrences come in order of their end; literals of different lengths may swap.
      if (packed < (last[c] as number)) {
        unsorted[c] = 1;
        anyUnsorted = true;
      }
      last[c] = packed;
      items[(channelFill[c] as number)++] = packed;
    }
    for (let t = 0; t < hit; t++) channelFill[touched[t] as number] = 0;
    this.#ranges = ranges;
    this.#hitChannels = hit;
    this.#items = items;
    if (anyUnsorted) for (let t = 0; t < hit; t++) if (unsorted[ranges[t] as number] === 1) items.subarray(ranges[hit + t], ranges[hit + t + 1]).sort();
  }

  /**
   * The text's UTF-16 code units (the array may be longer than the text): a view into
   * scan-local storage, see {@link literals}. Loops over the text read these faster than
   * `charCodeAt`, which goes through the string's representation on every call.
   */
  units(): Uint16Array {
    return this.#units();
  }

  #units(): Uint16Array {
    this.#codes ??= codeUnits(this.text);
    return this.#codes;
  }

  /** Gives the scan-local storage back; views obtained earlier must not be used afterwards. */
  release(): void {
    // The shared empty arrays stand for "no occurrence" and are not the pool's.
    if (this.#codes !== undefined) giveBack(this.#codes);
    if (this.#items !== undefined && this.#items !== NO_HITS) giveBack(this.#items);
    if (this.#ranges !== NO_RANGES) giveBack(this.#ranges);
    this.#base64?.release();
    this.#numeric?.release();
    this.#capital?.release();
    this.#codes = this.#items = undefined;
    this.#ranges = NO_RANGES;
    this.#hitChannels = 0;
    this.#base64 = this.#numeric = this.#capital = undefined;
  }

  /** Maximal runs of `[A-Za-z0-9+/_-]` at least {@link BASE64_RUN_MIN} long: `[start, end, …]` (a view, see {@link literals}). */
  base64Runs(): Int32Array {
    this.#base64 ??= runs(this.#units(), this.text.length, BASE64, BASE64_RUN_MIN, new Int32List(64));
    return this.#base64.view();
  }

  /**
   * Maximal runs of `[0-9 +().-]` at least {@link NUMERIC_RUN_MIN} long with their digit
   * count: `[start, end, digits, …]` (a view, see {@link literals}).
   */
  numericRuns(): Int32Array {
    if (this.#numeric === undefined) {
      const codes = this.#units();
      const found = runs(codes, this.text.length, NUMERIC, NUMERIC_RUN_MIN, new Int32List(256));
      const out = new Int32List((found.length / 2) * 3);
      const f = found.data;
      for (let r = 0; r < found.length; r += 2) {
        const s = f[r] as number;
        const e = f[r + 1] as number;
        let digits = 0;
        for (let i = s; i < e; i++) {
          const c = codes[i] as number;
          if (c >= 48 && c <= 57) digits++;
        }
        out.push3(s, e, digits);
      }
      found.release();
      this.#numeric = out;
    }
    return this.#numeric.view();
  }

  /** Maximal runs of `[A-Z0-9 -]` at least {@link CAPITAL_RUN_MIN} long: `[start, end, …]` (a view, see {@link literals}). */
  capitalRuns(): Int32Array {
    this.#capital ??= runs(this.#units(), this.text.length, CAPITAL, CAPITAL_RUN_MIN, new Int32List(64));
    return this.#capital.view();
  }
}
