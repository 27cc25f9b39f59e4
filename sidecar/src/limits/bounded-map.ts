/**
 * A Map that keeps at most `capacity` entries, dropping the oldest insertion first, in
 * O(1). (Deleting from the front of a plain Map and reading `keys().next()` is O(deleted
 * holes) in V8 until the table is rehashed: at capacity, every insertion would walk them.)
 * A ring of keys in insertion order sits beside the Map; a slot whose key has since been
 * deleted or re-inserted is skipped.
 */

/**
 * A capacity-bounded, insertion-ordered map.
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
  readonly #map = new Map<K, { value: V; slot: number }>();
  readonly #ring: (K | undefined)[];
  /** Slots ever used; the ring holds slots [#oldest, #next). */
  #next = 0;
  #oldest = 0;

  constructor(capacity: number) {
    if (!(capacity >= 1)) throw new RangeError("capacity must be at least 1");
    this.capacity = capacity;
    // Grows as slots are first used (each write lands at its end until the ring wraps): a
    // map that never fills holds no capacity-sized array (the sidecar has a dozen of them).
    this.#ring = [];
  }

  get size(): number {
    return this.#map.size;
  }

  get(key: K): V | undefined {
    return this.#map.get(key)?.value;
  }

  has(key: K): boolean {
    return this.#map.has(key);
  }

  /** Inserts as the newest entry (a key already present moves to the newest place). */
  set(key: K, value: V): void {
    this.#map.delete(key);
    if (this.#next - this.#oldest >= this.capacity) this.#dropOldestSlot();
    this.#ring[this.#next % this.capacity] = key;
    this.#map.set(key, { value, slot: this.#next });
    this.#next++;
  }

  delete(key: K): boolean {
    return this.#map.delete(key);
  }

  /** The oldest entry still present, without removing it. */
  oldest(): [K, V] | undefined {
    while (this.#oldest < this.#next) {
      const key = this.#ring[this.#oldest % this.capacity] as K;
      const entry = this.#map.get(key);
      if (entry?.slot === this.#oldest) return [key, entry.value];
      this.#dropOldestSlot();
    }
    return undefined;
  }

  /** Every entry, oldest first; deleting while iterating is allowed. */
  *entries(): IterableIterator<[K, V]> {
    for (const [key, entry] of this.#map) yield [key, entry.value];
  }

  #dropOldestSlot(): void {
    const slot = this.#oldest % this.capacity;
    const key = this.#ring[slot] as K;
    const entry = this.#map.get(key);
    if (entry?.slot === this.#oldest) this.#map.delete(key);
    this.#ring[slot] = undefined;
    this.#oldest++;
  }
}
