/**
 * Reusable typed arrays for the per-scan candidate index. A scan of a large text needs
 * arrays proportional to it (code units, literal occurrences, runs); allocating them fresh
 * every scan costs more than filling them (new memory is zero-filled and page-faulted in,
 * and growing JavaScript arrays copies them again), so they are borrowed from a small pool
 * and given back when the scan ends.
 */

type Scratch = Uint16Array | Int32Array | Float64Array;

/**
 * Limits on what the pool keeps: arrays per kind, the size of one array and of all of them
 * (bytes). A scan of an 8 MB text borrows about 50 MB (code units, clean view and its offset
 * map); that much stays reserved for the next large scan, and no more.
 */
const KEEP = 8;
const KEEP_ONE_BYTES = 36 * 1024 * 1024;
const KEEP_ALL_BYTES = 64 * 1024 * 1024;

const pools = { u16: [] as Uint16Array[], i32: [] as Int32Array[], f64: [] as Float64Array[] };
let pooledBytes = 0;

/** Small arrays round up to a power of two, large ones to 64K elements (little waste). */
function capacity(min: number): number {
  if (min <= 65536) return Math.max(1024, 2 ** Math.ceil(Math.log2(Math.max(1, min))));
  return Math.ceil(min / 65536) * 65536;
}

function take<T extends Scratch>(pool: T[], min: number, create: (n: number) => T): T {
  let best = -1;
  for (let i = 0; i < pool.length; i++) {
    const a = pool[i] as T;
    if (a.length >= min && (best < 0 || a.length < (pool[best] as T).length)) best = i;
  }
  if (best < 0) return create(capacity(min));
  // Swap-remove: the pool's order does not matter, and splice() would allocate an array.
  const a = pool[best] as T;
  pool[best] = pool[pool.length - 1] as T;
  pool.pop();
  pooledBytes -= a.byteLength;
  return a;
}

/**
 * A Uint16Array of at least `min` elements (contents undefined).
 *
 * @example
 * ```ts
 * const a = borrowUint16(100); giveBack(a);
 * ```
 */
export function borrowUint16(min: number): Uint16Array {
  return take(pools.u16, min, (n) => new Uint16Array(n));
}

/** An Int32Array of at least `min` elements (contents undefined). */
export function borrowInt32(min: number): Int32Array {
  return take(pools.i32, min, (n) => new Int32Array(n));
}

/** A Float64Array of at least `min` elements (contents undefined). */
export function borrowFloat64(min: number): Float64Array {
  return take(pools.f64, min, (n) => new Float64Array(n));
}

/** Returns a borrowed array to its pool; it must not be used afterwards. */
export function giveBack(a: Scratch): void {
  if (a.byteLength > KEEP_ONE_BYTES || pooledBytes + a.byteLength > KEEP_ALL_BYTES) return;
  const pool = (a instanceof Uint16Array ? pools.u16 : a instanceof Int32Array ? pools.i32 : pools.f64) as Scratch[];
  if (pool.length < KEEP && !pool.includes(a)) {
    pool.push(a);
    pooledBytes += a.byteLength;
  }
}

const EMPTY = new Int32Array(0);

/**
 * A growable list of int32 values on borrowed storage.
 *
 * @example
 * ```ts
 * const l = new Int32List(); l.push2(3, 9); l.view(); // Int32Array [3, 9]
 * l.release();
 * ```
 */
export class Int32List {
  data: Int32Array;
  length = 0;
  #view: Int32Array | undefined;

  constructor(min = 1024) {
    this.data = borrowInt32(min);
  }

  /** Makes room for `n` more values. */
  reserve(n: number): void {
    if (this.length + n <= this.data.length) return;
    const next = borrowInt32(this.length + n);
    next.set(this.data.subarray(0, this.length));
    giveBack(this.data);
    this.data = next;
    this.#view = undefined;
  }

  push(a: number): void {
    if (this.length + 1 > this.data.length) this.reserve(1);
    this.data[this.length++] = a;
  }

  push2(a: number, b: number): void {
    if (this.length + 2 > this.data.length) this.reserve(2);
    this.data[this.length++] = a;
    this.data[this.length++] = b;
  }

  push3(a: number, b: number, c: number): void {
    if (this.length + 3 > this.data.length) this.reserve(3);
    this.data[this.length++] = a;
    this.data[this.length++] = b;
    this.data[this.length++] = c;
  }

  /** The values so far (a view: valid until the list changes or is released). */
  view(): Int32Array {
    if (this.#view === undefined || this.#view.length !== this.length) this.#view = this.data.subarray(0, this.length);
    return this.#view;
  }

  release(): void {
    giveBack(this.data);
    this.data = EMPTY;
    this.length = 0;
    this.#view = undefined;
  }
}
