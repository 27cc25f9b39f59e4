/**
 * Decision ids → slots, in typed arrays: the settlement ledger and the engine's decided calls
 * remember up to 100,000 decisions each, and as a `Map` from the id's string to an object per
 * entry that cost ~300 bytes and five old-generation objects a decision (the 36-character id,
 * an entry object, its expiry as a heap number, map and ring slots) — ~18 MB after a minute at
 * 1,000 decisions/s, every object of it marked and moved by each full collection. Here an id
 * is 16 bytes in a `Uint32Array` (a canonical UUID read as its 128 bits; any other string as a
 * 128-bit hash of it), found through an open-addressing table of slot numbers; the users keep
 * what they remember per decision in typed columns indexed by slot.
 *
 * Slots are handed out in insertion order around a ring of `capacity`: the oldest entry's slot
 * is the next one reused, so inserting at capacity drops the oldest (as `BoundedMap` does).
 * The ring's arrays grow as slots are first used, so a sidecar that decides little holds
 * little.
 */

/** Slot numbers are stored +1 in the table: 0 is an empty bucket. */
const EMPTY = 0;

/**
 * A capacity-bounded, insertion-ordered set of decision ids, each with a slot number in
 * `[0, capacity)` that stays its own until it is deleted or dropped.
 *
 * @example
 * ```ts
 * const slots = new DecisionSlots(100_000);
 * const at = slots.add(decisionId); // write this decision's columns at `at`
 * slots.find(decisionId) === at; // true, until it is deleted or 100,000 newer ids came
 * ```
 */
export class DecisionSlots {
  readonly capacity: number;
  /** Four words per slot: the id's 128 bits. */
  #keys = new Uint32Array(0);
  /** Whether a slot holds a live id (a deleted one, or one never written, does not). */
  #live = new Uint8Array(0);
  /** Open addressing with linear probing: slot + 1, or EMPTY. */
  #table = new Int32Array(16);
  #size = 0;
  /** Slots ever handed out; the ring holds [#oldest, #next). */
  #next = 0;
  #oldest = 0;
  /** The id being looked up, as 128 bits (no allocation per lookup). */
  readonly #probe = new Uint32Array(4);

  constructor(capacity: number) {
    if (!(capacity >= 1)) throw new RangeError("capacity must be at least 1");
    this.capacity = capacity;
  }

  /** Ids held now. */
  get size(): number {
    return this.#size;
  }

  /** Slots allocated so far (columns indexed by slot need at least this many entries). */
  get allocated(): number {
    return this.#live.length;
  }

  /** The slot of `id`, or -1. */
  find(id: string): number {
    idBits(id, this.#probe);
    return this.#lookup();
  }

  /**
   * Adds `id` as the newest entry and returns its slot (an id already present moves to the
   * newest place and gets a new slot). At capacity, the oldest entry is dropped first: its slot
   * is the one returned.
   */
  add(id: string): number {
    // `delete` reads the id's bits into #probe, which the new entry's key is copied from.
    this.delete(id);
    if (this.#next - this.#oldest >= this.capacity) this.#dropOldestSlot();
    const slot = this.#next % this.capacity;
    if (slot >= this.#live.length) this.#growRing();
    // Grown before the new slot is live: a rehash puts every live slot in the table, and the
    // new one is put there below — both would leave it in twice, and the copy left behind
    // when it is deleted would find a deleted id.
    if (2 * (this.#size + 1) > this.#table.length) this.#rehash(2 * this.#table.length);
    const p = this.#probe;
    const keys = this.#keys;
    keys[4 * slot] = p[0] as number;
    keys[4 * slot + 1] = p[1] as number;
    keys[4 * slot + 2] = p[2] as number;
    keys[4 * slot + 3] = p[3] as number;
    this.#live[slot] = 1;
    this.#next++;
    this.#size++;
    this.#insertSlot(slot);
    return slot;
  }

  /** Deletes `id`; returns the slot it had, or -1. */
  delete(id: string): number {
    idBits(id, this.#probe);
    const slot = this.#lookup();
    if (slot >= 0) this.#remove(slot);
    return slot;
  }

  /** The oldest live slot, or -1 when there is none. */
  oldestSlot(): number {
    while (this.#oldest < this.#next) {
      const slot = this.#oldest % this.capacity;
      if (this.#live[slot] === 1) return slot;
      this.#oldest++;
    }
    return -1;
  }

  /** Deletes whatever id holds `slot` (a slot from {@link oldestSlot} or {@link find}). */
  deleteSlot(slot: number): void {
    if (this.#live[slot] === 1) this.#remove(slot);
  }

  #dropOldestSlot(): void {
    const slot = this.#oldest % this.capacity;
    if (this.#live[slot] === 1) this.#remove(slot);
    this.#oldest++;
  }

  #remove(slot: number): void {
    this.#live[slot] = 0;
    this.#size--;
    // Backward-shift deletion: later entries of the same probe run move up, so a lookup never
    // stops at a hole that used to be in their way.
    const table = this.#table;
    const mask = table.length - 1;
    let hole = this.#bucketOf(slot);
    let i = (hole + 1) & mask;
    for (;;) {
      const entry = table[i] as number;
      if (entry === EMPTY) break;
      const home = this.#home(entry - 1);
      // Moves up unless its home lies cyclically in (hole, i].
      if ((i > hole && (home <= hole || home > i)) || (i < hole && home <= hole && home > i)) {
        table[hole] = entry;
        hole = i;
      }
      i = (i + 1) & mask;
    }
    table[hole] = EMPTY;
  }

  /** The bucket holding `slot` (it is in the table). */
  #bucketOf(slot: number): number {
    const table = this.#table;
    const mask = table.length - 1;
    let i = this.#home(slot);
    while (table[i] !== slot + 1) i = (i + 1) & mask;
    return i;
  }

  /** Where a slot's id hashes to: its first word (random in a UUID; mixed for a hashed string). */
  #home(slot: number): number {
    return (this.#keys[4 * slot] as number) & (this.#table.length - 1);
  }

  #lookup(): number {
    const p = this.#probe;
    const keys = this.#keys;
    const table = this.#table;
    const mask = table.length - 1;
    for (let i = (p[0] as number) & mask; ; i = (i + 1) & mask) {
      const entry = table[i] as number;
      if (entry === EMPTY) return -1;
      const k = 4 * (entry - 1);
      if (keys[k] === p[0] && keys[k + 1] === p[1] && keys[k + 2] === p[2] && keys[k + 3] === p[3]) return entry - 1;
    }
  }

  #insertSlot(slot: number): void {
    const table = this.#table;
    const mask = table.length - 1;
    let i = this.#home(slot);
    while (table[i] !== EMPTY) i = (i + 1) & mask;
    table[i] = slot + 1;
  }

  #rehash(length: number): void {
    this.#table = new Int32Array(length);
    const live = this.#live;
    for (let slot = 0; slot < live.length; slot++) if (live[slot] === 1) this.#insertSlot(slot);
  }

  #growRing(): void {
    const length = Math.min(this.capacity, Math.max(1024, 2 * this.#live.length));
    const keys = new Uint32Array(4 * length);
    keys.set(this.#keys);
    const live = new Uint8Array(length);
    live.set(this.#live);
    this.#keys = keys;
    this.#live = live;
  }
}

const HEX = new Int8Array(128).fill(-1);
for (let c = 0; c < 16; c++) HEX["0123456789abcdef".charCodeAt(c)] = c;

/**
 * The 128 bits of a decision id into `out`: a canonical UUID (lower-case, 8-4-4-4-12) read as
 * its value, any other string hashed (FNV-1a in four lanes, then mixed): two different ids
 * share bits only by a 2^-128 chance.
 */
function idBits(id: string, out: Uint32Array): void {
  if (id.length === 36 && readUuid(id, out)) return;
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ id.length;
  let c = 0x9e3779b9;
  let d = 0x85ebca6b;
  for (let i = 0; i < id.length; i++) {
    const ch = id.charCodeAt(i);
    a = Math.imul(a ^ ch, 0x01000193);
    b = Math.imul(b ^ ch, 0x5bd1e995);
    c = Math.imul(c ^ ch, 0xcc9e2d51);
    d = Math.imul(d ^ ch, 0x1b873593);
  }
  out[0] = mix(a ^ d);
  out[1] = mix(b ^ a);
  out[2] = mix(c ^ b);
  out[3] = mix(d ^ c);
}

/** A 32-bit finaliser (murmur3's), so that the first word spreads over the table. */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Reads a canonical UUID's 32 hex digits into four words; false if `id` is not one. */
function readUuid(id: string, out: Uint32Array): boolean {
  if (id.charCodeAt(8) !== 45 || id.charCodeAt(13) !== 45 || id.charCodeAt(18) !== 45 || id.charCodeAt(23) !== 45) return false;
  let word = 0;
  let digits = 0;
  let w = 0;
  for (let i = 0; i < 36; i++) {
    if (i === 8 || i === 13 || i === 18 || i === 23) continue;
    const c = id.charCodeAt(i);
    const v = c < 128 ? (HEX[c] as number) : -1;
    if (v < 0) return false;
    word = (word << 4) | v;
    if (++digits === 8) {
      out[w++] = word >>> 0;
      word = 0;
      digits = 0;
    }
  }
  return true;
}
