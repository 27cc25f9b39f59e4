/**
 * The bytes of one group commit, built in a buffer that is reused from batch to batch: a
 * steady load allocates nothing per line (joining the lines into a string and encoding it
 * again cost more than hashing and encoding the records together), and each line is hashed
 * straight from the bytes that are written.
 */
import { hash } from "node:crypto";

const INITIAL_BYTES = 256 * 1024;
/** A batch that needed more than this gives its buffer back afterwards (so do the staging buffers). */
export const KEEP_AT_MOST_BYTES = 4 * 1024 * 1024;

/**
 * Lines appended into one growing buffer, each hashed as it is written.
 *
 * @example
 * ```ts
 * const batch = new BatchBuffer();
 * const head = batch.appendLine(`{"t":"rec","seq":1,"prev":"${ZERO_HASH}",`, body);
 * await writeAll(fd, batch.bytes(), position);
 * batch.reset();
 * ```
 */
export class BatchBuffer {
  #buf = Buffer.allocUnsafe(INITIAL_BYTES);
  #len = 0;

  /** Bytes appended since the last reset. */
  get length(): number {
    return this.#len;
  }

  /**
   * Appends `head + tail` and a newline; returns the SHA-256 (hex) of the line's UTF-8
   * bytes without the newline — what the next line's `prev` names. A `tail` given as bytes
   * is UTF-8 already (a staged body).
   */
  appendLine(head: string, tail: string | Uint8Array = ""): string {
    // UTF-8 takes at most 3 bytes per UTF-16 code unit.
    this.#ensure(3 * head.length + (typeof tail === "string" ? 3 * tail.length : tail.length) + 1);
    const start = this.#len;
    this.#len += this.#buf.write(head, this.#len);
    if (typeof tail !== "string") {
      this.#buf.set(tail, this.#len);
      this.#len += tail.length;
    } else if (tail.length > 0) this.#len += this.#buf.write(tail, this.#len);
    const digest = hash("sha256", this.#buf.subarray(start, this.#len), "hex");
    this.#buf[this.#len++] = 0x0a;
    return digest;
  }

  /** The bytes appended so far: a view, valid until the next append or reset. */
  bytes(): Buffer {
    return this.#buf.subarray(0, this.#len);
  }

  /** Empties the buffer for the next batch (and gives back an unusually large one). */
  reset(): void {
    this.#len = 0;
    if (this.#buf.length > KEEP_AT_MOST_BYTES) this.#buf = Buffer.allocUnsafe(INITIAL_BYTES);
  }

  #ensure(extra: number): void {
    this.#buf = withRoom(this.#buf, this.#len, extra);
  }
}

/**
 * `buf` when `extra` more bytes fit after its first `used`; else a buffer at least twice as
 * large holding those bytes (the growth of the log's reused buffers).
 *
 * @example
 * ```ts
 * buf = withRoom(buf, len, 3 * text.length);
 * len += buf.write(text, len);
 * ```
 */
export function withRoom(buf: Buffer<ArrayBuffer>, used: number, extra: number): Buffer<ArrayBuffer> {
  if (used + extra <= buf.length) return buf;
  let size = buf.length * 2;
  while (size < used + extra) size *= 2;
  const bigger = Buffer.allocUnsafe(size);
  buf.copy(bigger, 0, 0, used);
  return bigger;
}
