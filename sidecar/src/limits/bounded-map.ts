/**
 * A Map that keeps at most `capacity` entries, dropping the oldest insertion first, in
 * O(1). Precisely, it keeps the keys set among its last `capacity` insertions and not deleted
 * since: a deletion frees no room, its place in the ring stays spent until that many newer
 * insertions have come (so a map that deletes as it goes may drop an entry while it holds
 * fewer than `capacity`). (Deleting from the front of a plain Map and reading `keys().next()` is O(deleted
 * holes) in V8 until the table is rehashed: at capacity, every insertion would walk them.)
 * A ring of keys and values in insertion order sits beside a Map from key to ring slot; a slot
 * whose key has since been deleted or re-inserted is empty and skipped.
 */

/**
 * A capacity-bounded, insertion-ordered map. Keys are never `undefined`.
 *
 * @example
 * ```ts
 * const recent = new BoundedMap<string, number>(2);
 * recent.set("a", 1); recent.set("b", 2); recent.set("c", 3);
 * recent.get("a"); // undefined: the oldest went first
 * ```
 */
export class BoundedMap<K, V> {
  readonly capacity: number;
  /**
   * Key → its place in the ring. The ring's parallel arrays hold the keys and values, so an
   * entry costs a Map slot holding a small integer and two array elements, and no object of
   * its own: the in-memory reservations keep up to 100,000 entries, and a wrapper object per
   * entry cost 31 bytes more each (heap used after 100,000 decisions, when the settlement
   * ledger and the decided calls were BoundedMaps: 158 → 127 and 134 → 103 bytes per decision;
   * they now keep decision ids in typed arrays, decision-slots.ts).
   * Invariant: `#index.get(k) === i` exactly when `#keys[i] === k`; a slot whose key was
   * deleted or re-inserted since holds undefined (so the ring is read without the Map).
   */
  readonly #index = new Map<K, number>();
  readonly #keys: (K | undefined)[];
  readonly #values: (V | undefined)[];
  /** Slots ever used; the ring holds slots [#oldest, #next). */
  #next = 0;
  #oldest = 0;

  /** Told of each entry dropped to make room (not of deletions). */
  readonly #onDrop: ((key: K, value: V) => void) | undefined;

  constructor(capacity: number, onDrop?: (key: K, value: V) => void) {
    if (!(capacity >= 1)) throw new RangeError("capacity must be at least 1");
    this.capacity = capacity;
    this.#onDrop = onDrop;
    // Grow as slots are first used (each write lands at their end until the ring wraps): a
    // map that never fills holds no capacity-sized arrays (the sidecar has a dozen of them).
    this.#keys = [];
    this.#values = [];
  }

  get size(): number {
    return this.#index.size;
  }

  get(key: K): V | undefined {
    const i = this.#index.get(key);
    return i === undefined ? undefined : this.#values[i];
  }

  has(key: K): boolean {
    return this.#index.has(key);
  }

  /** Inserts as the newest entry (a key already present moves to the newest place). */
  set(key: K, value: V): void {
    this.delete(key);
    if (this.#next - this.#oldest >= this.capacity) this.#dropOldestSlot();
    const i = this.#next % this.capacity;
    this.#keys[i] = key;
    this.#values[i] = value;
    this.#index.set(key, i);
    this.#next++;
  }

  delete(key: K): boolean {
    const i = this.#index.get(key);
    if (i === undefined) return false;
    this.#index.delete(key);
    this.#clear(i);
    return true;
  }

  /** The oldest entry still present, without removing it. */
  oldest(): [K, V] | undefined {
    while (this.#oldest < this.#next) {
      const i = this.#oldest % this.capacity;
      if (this.#keys[i] !== undefined) return [this.#keys[i] as K, this.#values[i] as V];
      this.#oldest++;
    }
    return undefined;
  }

  /** Every entry, oldest first; deleting while iterating is allowed. */
  *entries(): IterableIterator<[K, V]> {
    for (const [key, i] of this.#index) yield [key, this.#values[i] as V];
  }

  #dropOldestSlot(): void {
    const i = this.#oldest % this.capacity;
    const key = this.#keys[i];
    if (key !== undefined) {
      this.#index.delete(key);
      this.#onDrop?.(key, this.#values[i] as V);
    }
    this.#clear(i);
    this.#oldest++;
  }

  #clear(i: number): void {
    this.#keys[i] = undefined;
    this.#values[i] = undefined;
  }
}
