/**
 * A multi-literal matcher: an Aho–Corasick automaton compiled to a DFA over character
 * classes, so one pass over the text reports every occurrence of every literal, in time
 * linear in the text (one table lookup per character) however many literals there are.
 *
 * Matching is case-insensitive exactly as a JavaScript `/i` regular expression without the
 * `u` flag folds case (the spec's Canonicalize: upper-case mapping, never mapping a non-ASCII
 * character to an ASCII one), so a literal found here is found wherever the `/i` patterns
 * that use it could match. Case-sensitive users check the hit against the text themselves.
 */
import { borrowUint16 } from "./scratch-arrays.js";

/**
 * The UTF-16 code units of `text`, copied with one native call into a borrowed buffer
 * (indexed reads from it are faster than `charCodeAt` on sliced or concatenated strings).
 * The array may be longer than the text; give it back with `giveBack`.
 *
 * @example
 * ```ts
 * const units = codeUnits("hi"); // units[0] === 104
 * giveBack(units);
 * ```
 */
export function codeUnits(text: string): Uint16Array {
  const n = text.length;
  const units = borrowUint16(n);
  // A short text is copied in a loop: the native copy's fixed cost (a Buffer view and an
  // encoding lookup per call, ~3 µs) is many times what a few hundred charCodeAt reads cost.
  if (n <= SHORT_TEXT) for (let i = 0; i < n; i++) units[i] = text.charCodeAt(i);
  else Buffer.from(units.buffer, units.byteOffset, n * 2).write(text, 0, "utf16le");
  return units;
}

/** Up to this many code units, {@link codeUnits} copies in JavaScript rather than natively. */
const SHORT_TEXT = 512;

/**
 * Occurrences found by {@link LiteralAutomaton.scan}, ordered by their end (entries ending at
 * the same place in entry order): `entries[i]` starts at `starts[i]`, for `i < count`. The
 * arrays are reused by the next scan: read them before scanning again.
 */
export interface LiteralHits {
  readonly count: number;
  readonly entries: Int32Array;
  readonly starts: Int32Array;
}

/** `(end, state)` pairs recorded per stream (reused; grown between passes of the scan loop). */
let pairs0: Int32Array = new Int32Array(512);
let pairs1: Int32Array = new Int32Array(512);
let pairs2: Int32Array = new Int32Array(512);
let pairs3: Int32Array = new Int32Array(512);
const pairCounts = new Int32Array(4);

function grown(a: Int32Array): Int32Array {
  const next = new Int32Array(a.length * 2);
  next.set(a);
  return next;
}

/**
 * The transition and class tables the scan loop reads. They are module constants on
 * purpose: the engine then knows their identity and length and compiles the loop without
 * reloading them (about a third faster than reading tables held by the instance). An
 * automaton copies its own tables in before scanning if another one was used last.
 */
// 2^21 transitions (8 MiB reserved, of which only what an automaton fills is ever touched): the
// shipped literals need ~265,000 (ninth session), ~518,000 (sixteenth: 89 character classes ×
// ~5,820 states), past 2^19, and ~850,000 (fifty-second: network devices' configuration
// words), past four fifths of 2^20. A class costs every state a transition: a key word with a
// character no other one has costs a transition per state, a new word of known characters its
// length in states.
const DELTA_CAPACITY = 1 << 21;

/**
 * How many transitions an automaton may have: {@link LiteralAutomaton.compile} throws past it.
 *
 * @example
 * ```ts
 * LiteralAutomaton.compile(["eyJ"]).transitions <= LITERAL_TRANSITIONS_CAPACITY; // true
 * ```
 */
export const LITERAL_TRANSITIONS_CAPACITY = DELTA_CAPACITY;
const DELTA = new Int32Array(DELTA_CAPACITY);
const CLASSES = new Uint8Array(65536);
let installed: LiteralAutomaton | undefined;

/** Buffers above this many elements are dropped once scans are small again (they grow with the largest text seen). */
const RETAIN = 1 << 20;

function shrinkAfterLargeScans(length: number): void {
  if (length > RETAIN / 8) return;
  if (pairs0.length > RETAIN) pairs0 = new Int32Array(512);
  if (pairs1.length > RETAIN) pairs1 = new Int32Array(512);
  if (pairs2.length > RETAIN) pairs2 = new Int32Array(512);
  if (pairs3.length > RETAIN) pairs3 = new Int32Array(512);
  if (hitEntries.length > RETAIN) {
    hitEntries = new Int32Array(1024);
    hitStarts = new Int32Array(1024);
  }
}

let hitEntries = new Int32Array(1024);
let hitStarts = new Int32Array(1024);

/** Every UTF-16 code unit once, to ask the regular-expression engine for case variants. */
let allCodeUnits: string | undefined;

/**
 * The code units a `/i` regular expression (without `u`) treats as equal to `ch`. Asking the
 * engine itself keeps this exact (e.g. Cyrillic letters have extra upper-case preimages).
 */
function caseVariants(ch: string): number[] {
  const c = ch.charCodeAt(0);
  if (c < 128) {
    const lower = ch.toLowerCase().charCodeAt(0);
    const upper = ch.toUpperCase().charCodeAt(0);
    return lower === upper ? [c] : [lower, upper];
  }
  if (allCodeUnits === undefined) {
    const units = new Uint16Array(65536);
    for (let u = 0; u < units.length; u++) units[u] = u;
    // Buffer's UTF-16 decoding copies code units as they are, lone surrogates included.
    allCodeUnits = Buffer.from(units.buffer).toString("utf16le");
  }
  const re = new RegExp(ch.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"), "gi");
  return [...allCodeUnits.matchAll(re)].map((m) => m.index);
}

/**
 * A compiled automaton over a fixed list of literals ("entries"; the same string may occur
 * in several entries, each is reported).
 *
 * @example
 * ```ts
 * const a = LiteralAutomaton.compile(["ignore", "key"]);
 * const hits = a.scan(codeUnits("Ignore the KEY"), 14);
 * // hits.count === 2: entry 0 at 0, entry 1 at 11
 * ```
 */
export class LiteralAutomaton {
  /** Character class per UTF-16 code unit (0 = a character no literal uses). */
  readonly #classes: Uint8Array;
  /** Transitions: `delta[state + class]`; states are premultiplied by the class count, negative (`~next`) when `next` reports. */
  readonly #delta: Int32Array;
  readonly #classCount: number;
  /** Entries reported in state `s`: `outEntries[outStart[s] .. outStart[s + 1])`. */
  readonly #outStart: Int32Array;
  readonly #outEntries: Int32Array;
  readonly #lengths: Int32Array;
  readonly #maxLength: number;

  private constructor(
    classes: Uint8Array,
    delta: Int32Array,
    classCount: number,
    outStart: Int32Array,
    outEntries: Int32Array,
    lengths: Int32Array,
    maxLength: number,
  ) {
    this.#classes = classes;
    this.#delta = delta;
    this.#classCount = classCount;
    this.#outStart = outStart;
    this.#outEntries = outEntries;
    this.#lengths = lengths;
    this.#maxLength = maxLength;
  }

  /** The size of the transition table: character classes × states. */
  get transitions(): number {
    return this.#delta.length;
  }

  /** Builds the automaton for `literals` (non-empty strings). */
  static compile(literals: readonly string[]): LiteralAutomaton {
    // Classes: one per set of case variants of a character some literal uses.
    const classes = new Uint8Array(65536);
    let K = 1;
    for (const lit of literals) {
      if (lit.length === 0) throw new Error("empty literal");
      for (const ch of lit.split("")) {
        if (classes[ch.charCodeAt(0)] !== 0) continue;
        if (K > 255) throw new Error("too many distinct literal characters");
        for (const u of caseVariants(ch)) classes[u] = K;
        K++;
      }
    }

    // Trie over class sequences.
    const total = literals.reduce((n, l) => n + l.length, 1);
    const trie = new Int32Array(total * K).fill(-1);
    const outs: number[][] = [[]];
    let states = 1;
    literals.forEach((lit, entry) => {
      let s = 0;
      for (let i = 0; i < lit.length; i++) {
        const k = classes[lit.charCodeAt(i)] ?? 0;
        let next = trie[s * K + k] ?? -1;
        if (next < 0) {
          next = states++;
          trie[s * K + k] = next;
          outs.push([]);
        }
        s = next;
      }
      outs[s]?.push(entry);
    });

    // Breadth-first failure links, folded into a full transition table.
    const delta = new Int32Array(states * K);
    const fail = new Int32Array(states);
    const queue = new Int32Array(states);
    let head = 0;
    let tail = 0;
    for (let k = 0; k < K; k++) {
      const child = trie[k] ?? -1;
      if (child > 0) {
        fail[child] = 0;
        delta[k] = child;
        queue[tail++] = child;
      } else delta[k] = 0;
    }
    while (head < tail) {
      const s = queue[head++] ?? 0;
      const f = fail[s] ?? 0;
      const own = outs[s] ?? [];
      for (const e of outs[f] ?? []) own.push(e);
      for (let k = 0; k < K; k++) {
        const child = trie[s * K + k] ?? -1;
        if (child >= 0) {
          fail[child] = delta[f * K + k] ?? 0;
          delta[s * K + k] = child;
          queue[tail++] = child;
        } else delta[s * K + k] = delta[f * K + k] ?? 0;
      }
    }
    // Premultiply targets by K and mark reporting targets negative.
    for (let i = 0; i < delta.length; i++) {
      const t = delta[i] ?? 0;
      delta[i] = (outs[t]?.length ?? 0) > 0 ? ~(t * K) : t * K;
    }
    const outStart = new Int32Array(states + 1);
    const flat: number[] = [];
    for (let s = 0; s < states; s++) {
      outStart[s] = flat.length;
      for (const e of (outs[s] ?? []).sort((x, y) => x - y)) flat.push(e);
    }
    outStart[states] = flat.length;
    if (delta.length > DELTA_CAPACITY) throw new Error(`literal automaton has ${delta.length} transitions; the limit is ${DELTA_CAPACITY}`);
    const maxLength = literals.reduce((m, l) => Math.max(m, l.length), 0);
    return new LiteralAutomaton(
      classes,
      delta,
      K,
      outStart,
      Int32Array.from(flat),
      Int32Array.from(literals, (l) => l.length),
      maxLength,
    );
  }

  /**
   * Finds every occurrence of every entry in the first `length` code units of `codes`.
   *
   * The text is cut into four quarters scanned in one interleaved loop: each transition
   * depends on the previous one, so a single stream waits on memory every character while
   * four independent streams overlap those waits (about twice as fast). Each stream starts
   * `maxLength - 1` characters early, without reporting, so its state is exact from its first
   * reported position.
   */
  scan(codes: Uint16Array, length: number): LiteralHits {
    if (installed !== this) {
      DELTA.set(this.#delta);
      CLASSES.set(this.#classes);
      installed = this;
    }
    pairCounts.fill(0);
    shrinkAfterLargeScans(length);
    if (length < 1024) {
      this.#stream(codes, 0, 0, length, 0);
      return this.#entries();
    }
    const delta = DELTA;
    const classes = CLASSES;
    const seg = Math.ceil(length / 4);
    const b1 = seg;
    const b2 = 2 * seg;
    const b3 = 3 * seg;
    let s0 = 0;
    let s1 = this.#warm(codes, b1);
    let s2 = this.#warm(codes, b2);
    let s3 = this.#warm(codes, b3);
    const common = Math.min(seg, length - b3);
    let k0 = 0;
    let k1 = 0;
    let k2 = 0;
    let k3 = 0;
    let j = 0;
    while (j < common) {
      // No calls inside the loop (growing is done outside it), so the engine keeps the
      // arrays' bounds and data pointers in registers.
      let p0 = pairs0;
      let p1 = pairs1;
      let p2 = pairs2;
      let p3 = pairs3;
      const room = Math.min(p0.length, p1.length, p2.length, p3.length) - 2;
      for (; j < common && (k0 | k1 | k2 | k3) < room; j++) {
        s0 = delta[s0 + (classes[codes[j] as number] as number)] as number;
        s1 = delta[s1 + (classes[codes[b1 + j] as number] as number)] as number;
        s2 = delta[s2 + (classes[codes[b2 + j] as number] as number)] as number;
        s3 = delta[s3 + (classes[codes[b3 + j] as number] as number)] as number;
        if ((s0 | s1 | s2 | s3) < 0) {
          if (s0 < 0) {
            p0[k0++] = j;
            p0[k0++] = s0 = ~s0;
          }
          if (s1 < 0) {
            p1[k1++] = b1 + j;
            p1[k1++] = s1 = ~s1;
          }
          if (s2 < 0) {
            p2[k2++] = b2 + j;
            p2[k2++] = s2 = ~s2;
          }
          if (s3 < 0) {
            p3[k3++] = b3 + j;
            p3[k3++] = s3 = ~s3;
          }
        }
      }
      if (j < common) {
        if (k0 >= p0.length - 2) pairs0 = p0 = grown(p0);
        if (k1 >= p1.length - 2) pairs1 = p1 = grown(p1);
        if (k2 >= p2.length - 2) pairs2 = p2 = grown(p2);
        if (k3 >= p3.length - 2) pairs3 = p3 = grown(p3);
        // `(k0 | … ) < room` over-estimates the largest count: grow all until it passes.
        while ((k0 | k1 | k2 | k3) >= Math.min(pairs0.length, pairs1.length, pairs2.length, pairs3.length) - 2) {
          pairs0 = grown(pairs0);
          pairs1 = grown(pairs1);
          pairs2 = grown(pairs2);
          pairs3 = grown(pairs3);
        }
      }
    }
    pairCounts[0] = k0;
    pairCounts[1] = k1;
    pairCounts[2] = k2;
    pairCounts[3] = k3;
    this.#stream(codes, s0, common, b1, 0);
    this.#stream(codes, s1, b1 + common, b2, 1);
    this.#stream(codes, s2, b2 + common, b3, 2);
    this.#stream(codes, s3, b3 + common, length, 3);
    return this.#entries();
  }

  /** The state at `at`, reading from `maxLength - 1` characters before it (enough for any literal). */
  #warm(codes: Uint16Array, at: number): number {
    const delta = DELTA;
    const classes = CLASSES;
    let s = 0;
    for (let i = Math.max(0, at - this.#maxLength + 1); i < at; i++) {
      s = delta[s + (classes[codes[i] as number] as number)] as number;
      if (s < 0) s = ~s;
    }
    return s;
  }

  /** Runs from state `s` over `[from, to)`, appending `(end, state)` pairs of reporting states to stream `k`. */
  #stream(codes: Uint16Array, s: number, from: number, to: number, k: number): void {
    const delta = DELTA;
    const classes = CLASSES;
    for (let i = from; i < to; i++) {
      s = delta[s + (classes[codes[i] as number] as number)] as number;
      if (s < 0) {
        s = ~s;
        let n = pairCounts[k] as number;
        let p = k === 0 ? pairs0 : k === 1 ? pairs1 : k === 2 ? pairs2 : pairs3;
        if (n + 2 > p.length) {
          p = grown(p);
          if (k === 0) pairs0 = p;
          else if (k === 1) pairs1 = p;
          else if (k === 2) pairs2 = p;
          else pairs3 = p;
        }
        p[n++] = i;
        p[n++] = s;
        pairCounts[k] = n;
      }
    }
  }

  /** Expands the recorded states into their entries, streams in order. */
  #entries(): LiteralHits {
    const K = this.#classCount;
    const outStart = this.#outStart;
    const outEntries = this.#outEntries;
    const lengths = this.#lengths;
    let count = 0;
    for (let k = 0; k < 4; k++) {
      const data = k === 0 ? pairs0 : k === 1 ? pairs1 : k === 2 ? pairs2 : pairs3;
      const pairCount = pairCounts[k] as number;
      for (let h = 0; h < pairCount; h += 2) {
        const end = data[h] as number;
        const state = (data[h + 1] as number) / K;
        for (let j = outStart[state] as number, stop = outStart[state + 1] as number; j < stop; j++) {
          if (count === hitEntries.length) {
            const e = new Int32Array(count * 2);
            e.set(hitEntries);
            hitEntries = e;
            const st = new Int32Array(count * 2);
            st.set(hitStarts);
            hitStarts = st;
          }
          const entry = outEntries[j] as number;
          hitEntries[count] = entry;
          hitStarts[count] = end + 1 - (lengths[entry] as number);
          count++;
        }
      }
    }
    return { count, entries: hitEntries, starts: hitStarts };
  }
}
