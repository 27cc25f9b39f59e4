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

/** One literal occurrence reported by {@link LiteralAutomaton.scan}: the entry and its start. */
export type HitVisitor = (entry: number, start: number) => void;

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

/** Reused code-unit buffer; `scan` copies the text into it with one native call. */
let scratch = new Uint16Array(1024);
let scratchBusy = false;

/**
 * A compiled automaton over a fixed list of literals ("entries"; the same string may occur
 * in several entries, each is reported).
 *
 * @example
 * ```ts
 * const a = LiteralAutomaton.compile(["ignore", "key"]);
 * a.scan("Ignore the KEY", (entry, start) => console.log(entry, start)); // 0 0, then 1 11
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
    const maxLength = literals.reduce((m, l) => Math.max(m, l.length), 0);
    return new LiteralAutomaton(classes, delta, K, outStart, Int32Array.from(flat), Int32Array.from(literals, (l) => l.length), maxLength);
  }

  /**
   * Reports every occurrence of every entry in `text`, in order of the occurrence's end
   * (entries ending at the same place in entry order).
   */
  scan(text: string, visit: HitVisitor): void {
    const n = text.length;
    const reentrant = scratchBusy;
    let codes: Uint16Array;
    if (reentrant) codes = new Uint16Array(n);
    else {
      if (scratch.length < n) scratch = new Uint16Array(Math.max(n, scratch.length * 2));
      codes = scratch;
      scratchBusy = true;
    }
    try {
      // One native copy of the UTF-16 code units beats charCodeAt on sliced or cons strings.
      Buffer.from(codes.buffer, codes.byteOffset, n * 2).write(text, 0, "utf16le");
      this.#run(codes, n, visit);
    } finally {
      if (!reentrant) scratchBusy = false;
    }
  }

  #run(codes: Uint16Array, n: number, visit: HitVisitor): void {
    if (n < 1024) {
      const hits: number[] = [];
      this.#stream(codes, 0, 0, n, hits);
      this.#report(hits, visit);
      return;
    }
    // Four interleaved streams over the quarters of the text: each transition depends on the
    // previous one, so a single stream waits on memory every character; four independent
    // streams overlap those waits. Each stream starts `maxLength - 1` characters early (no
    // reporting there) so its state is exact from its first reported position.
    const delta = this.#delta;
    const classes = this.#classes;
    const seg = Math.ceil(n / 4);
    const b1 = seg;
    const b2 = 2 * seg;
    const b3 = 3 * seg;
    const h0: number[] = [];
    const h1: number[] = [];
    const h2: number[] = [];
    const h3: number[] = [];
    let s0 = 0;
    let s1 = this.#warm(codes, b1);
    let s2 = this.#warm(codes, b2);
    let s3 = this.#warm(codes, b3);
    const common = Math.min(seg, n - b3);
    for (let j = 0; j < common; j++) {
      s0 = delta[s0 + (classes[codes[j] as number] as number)] as number;
      s1 = delta[s1 + (classes[codes[b1 + j] as number] as number)] as number;
      s2 = delta[s2 + (classes[codes[b2 + j] as number] as number)] as number;
      s3 = delta[s3 + (classes[codes[b3 + j] as number] as number)] as number;
      if ((s0 | s1 | s2 | s3) < 0) {
        if (s0 < 0) h0.push(j, (s0 = ~s0));
        if (s1 < 0) h1.push(b1 + j, (s1 = ~s1));
        if (s2 < 0) h2.push(b2 + j, (s2 = ~s2));
        if (s3 < 0) h3.push(b3 + j, (s3 = ~s3));
      }
    }
    this.#stream(codes, s0, common, b1, h0);
    this.#stream(codes, s1, b1 + common, b2, h1);
    this.#stream(codes, s2, b2 + common, b3, h2);
    this.#stream(codes, s3, b3 + common, n, h3);
    this.#report(h0, visit);
    this.#report(h1, visit);
    this.#report(h2, visit);
    this.#report(h3, visit);
  }

  /** The state at `at`, reading from `maxLength - 1` characters before it (enough for any literal). */
  #warm(codes: Uint16Array, at: number): number {
    const delta = this.#delta;
    const classes = this.#classes;
    let s = 0;
    for (let i = Math.max(0, at - this.#maxLength + 1); i < at; i++) {
      s = delta[s + (classes[codes[i] as number] as number)] as number;
      if (s < 0) s = ~s;
    }
    return s;
  }

  /** Runs from state `s` over `[from, to)`, appending `(end position, state)` pairs of reporting states. */
  #stream(codes: Uint16Array, s: number, from: number, to: number, hits: number[]): void {
    const delta = this.#delta;
    const classes = this.#classes;
    for (let i = from; i < to; i++) {
      s = delta[s + (classes[codes[i] as number] as number)] as number;
      if (s < 0) hits.push(i, (s = ~s));
    }
  }

  #report(hits: readonly number[], visit: HitVisitor): void {
    const K = this.#classCount;
    const outStart = this.#outStart;
    const outEntries = this.#outEntries;
    const lengths = this.#lengths;
    for (let h = 0; h < hits.length; h += 2) {
      const end = hits[h] as number;
      const state = (hits[h + 1] as number) / K;
      for (let j = outStart[state] as number, stop = outStart[state + 1] as number; j < stop; j++) {
        const e = outEntries[j] as number;
        visit(e, end + 1 - (lengths[e] as number));
      }
    }
  }
}
