/**
 * Encoded record bodies waiting for their batch, as UTF-8 bytes in one reused buffer instead
 * of a string (or a record object) each.
 *
 * Under a steady load a record waits for its batch longer than two young-generation
 * collections: the flush interval, the batch written ahead of it and that batch's
 * fdatasync — 12–16 ms on average and over 100 ms at worst at 8 connections on the project's
 * 2-core VM, against a scavenge every ~6 ms. Every queued record was therefore promoted to the
 * old generation and died there: ~500 of the ~750 bytes promoted per Authorize, and most of
 * the sidecar's full collections. Bytes in a buffer's backing store are never copied or
 * promoted; the offsets beside them are one typed array.
 */

import { KEEP_AT_MOST_BYTES, withRoom } from "./batch-buffer.js";

/**
 * An append-only run of UTF-8 bodies, read back by index, emptied as a whole.
 *
 * @example
 * ```ts
 * const staged = new StagedBodies();
 * staged.push('"event":"authorize","decision":"allow"}');
 * batch.appendLine(recordLineHead(seq, prev), staged.body(0));
 * staged.clear();
 * ```
 */
export class StagedBodies {
  readonly #initialBytes: number;
  #buf: Buffer<ArrayBuffer>;
  #len = 0;
  /** `#ends[i]` is where body i ends (it starts where body i − 1 ends). */
  #ends = new Uint32Array(256);
  #count = 0;

  constructor(initialBytes = 64 * 1024) {
    this.#initialBytes = initialBytes;
    this.#buf = Buffer.allocUnsafe(initialBytes);
  }

  /** Bodies held. */
  get count(): number {
    return this.#count;
  }

  /** Their bytes in all. */
  get byteLength(): number {
    return this.#len;
  }

  /** Appends one body; returns its length in bytes. */
  push(body: string): number {
    // UTF-8 takes at most 3 bytes per UTF-16 code unit.
    this.#ensure(3 * body.length);
    const written = this.#buf.write(body, this.#len);
    this.#len += written;
    this.#end();
    return written;
  }

  /** Appends every body of `other`, in order (a failed batch's bodies go back before what came since). */
  pushAll(other: StagedBodies): void {
    for (let i = 0; i < other.count; i++) {
      const body = other.body(i);
      this.#ensure(body.length);
      this.#buf.set(body, this.#len);
      this.#len += body.length;
      this.#end();
    }
  }

  /** Body `i`'s bytes: a view, valid until the next push or clear. */
  body(i: number): Buffer {
    if (!(i >= 0 && i < this.#count)) throw new RangeError(`no staged body ${i} (${this.#count} held)`);
    return this.#buf.subarray(i === 0 ? 0 : this.#ends[i - 1], this.#ends[i]);
  }

  /** Empties it for reuse (and gives back an unusually large buffer). */
  clear(): void {
    this.#len = 0;
    this.#count = 0;
    if (this.#buf.length > KEEP_AT_MOST_BYTES) this.#buf = Buffer.allocUnsafe(this.#initialBytes);
  }

  #end(): void {
    if (this.#count === this.#ends.length) {
      const more = new Uint32Array(this.#ends.length * 2);
      more.set(this.#ends);
      this.#ends = more;
    }
    this.#ends[this.#count++] = this.#len;
  }

  #ensure(extra: number): void {
    this.#buf = withRoom(this.#buf, this.#len, extra);
  }
}
