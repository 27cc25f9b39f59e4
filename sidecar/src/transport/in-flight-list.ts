/**
 * What is in flight on the request path (calls' deadlines, bodies arriving, responses under
 * way), as a doubly linked list rather than a `Set`.
 *
 * A long-lived `Set` whose size rises and falls with the calls in flight rehashes its table
 * each time it crosses a size boundary, and V8 allocates the table that replaces an old one in
 * the old generation. Three such sets on the listener's path made ~360 bytes of
 * old-generation garbage per call: under a steady load, the largest share of what the full
 * collections cleared once the audit queue's records no longer reached the old generation.
 * A list entry is one small object that dies young with its call.
 */

/** One value's place in an {@link InFlightList}, to remove it by. */
export interface InFlightEntry<T> {
  readonly value: T;
}

class Entry<T> implements InFlightEntry<T> {
  prev: Entry<T> | undefined;
  next: Entry<T> | undefined;
  linked = true;
  constructor(readonly value: T) {}
}

/**
 * Values in insertion order, added and removed in O(1), iterated oldest first; removing
 * during iteration (the current entry or any other) is allowed.
 *
 * @example
 * ```ts
 * const bodies = new InFlightList<BufferedBody>();
 * const entry = bodies.add(body);
 * for (const b of bodies) if (b.startedAt < cutoff) b.expire();
 * bodies.remove(entry); // a second remove does nothing
 * ```
 */
export class InFlightList<T> implements Iterable<T> {
  #head: Entry<T> | undefined;
  #tail: Entry<T> | undefined;
  #size = 0;

  /** Values in the list. */
  get size(): number {
    return this.#size;
  }

  /** Adds `value` as the newest; returns its entry. */
  add(value: T): InFlightEntry<T> {
    const entry = new Entry(value);
    entry.prev = this.#tail;
    if (this.#tail) this.#tail.next = entry;
    else this.#head = entry;
    this.#tail = entry;
    this.#size++;
    return entry;
  }

  /** Removes the entry; false when it was removed already. */
  remove(handle: InFlightEntry<T>): boolean {
    const entry = handle as Entry<T>;
    if (!entry.linked) return false;
    entry.linked = false;
    if (entry.prev) entry.prev.next = entry.next;
    else this.#head = entry.next;
    if (entry.next) entry.next.prev = entry.prev;
    else this.#tail = entry.prev;
    // `next` stays: an iterator standing on this entry goes on from it.
    entry.prev = undefined;
    this.#size--;
    return true;
  }

  *[Symbol.iterator](): IterableIterator<T> {
    for (let entry = this.#head; entry; entry = entry.next) if (entry.linked) yield entry.value;
  }

  /** The entries, oldest first (to remove some while going through them). */
  *entries(): IterableIterator<InFlightEntry<T>> {
    for (let entry = this.#head; entry; entry = entry.next) if (entry.linked) yield entry;
  }
}
