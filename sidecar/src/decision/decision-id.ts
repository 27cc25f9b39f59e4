/**
 * Decision ids: random (version 4) UUIDs, made as flat strings.
 *
 * A decision id may be kept for a while after its call — by the in-memory store's budget
 * reservations (until RecordAudit, up to 15 minutes), up to 100,000 (the settlement ledger and
 * the decided calls keep its 128 bits instead: decision-slots.ts).
 * `crypto.randomUUID()` builds its string by concatenation, which V8 keeps as a tree of
 * ~15 cons-string nodes: ~520 bytes of heap per kept id, where a flat string of 36
 * characters takes ~56. At the reservations' cap that is ~50 MB against ~10 MB. Here the 36
 * characters are written into a buffer and read back as one sequential string.
 */
import { randomFillSync } from "node:crypto";

/** Random bytes are drawn this many ids at a time (one `randomFillSync` per 256 ids). */
const BATCH = 256;
const pool = Buffer.alloc(16 * BATCH);
let offset = pool.length;
const text = Buffer.alloc(36);
/** The two hex digits of every byte value, as character codes. */
const HEX = Uint16Array.from({ length: 256 }, (_, b) => {
  const digits = b.toString(16).padStart(2, "0");
  return digits.charCodeAt(0) | (digits.charCodeAt(1) << 8);
});

/**
 * A new random UUID (version 4, RFC 9562), as `crypto.randomUUID()` gives, but flat in memory.
 *
 * @example
 * ```ts
 * const id = newDecisionId(); // "3f2b8c1e-9a4d-4c7e-b1f0-5d6e7a8b9c0d"
 * ```
 */
export function newDecisionId(): string {
  if (offset >= pool.length) {
    randomFillSync(pool);
    offset = 0;
  }
  const at = offset;
  offset += 16;
  // Version 4 and the RFC 9562 variant, as randomUUID sets them.
  pool[at + 6] = (pool[at + 6]! & 0x0f) | 0x40;
  pool[at + 8] = (pool[at + 8]! & 0x3f) | 0x80;
  let o = 0;
  for (let i = 0; i < 16; i++) {
    if (i === 4 || i === 6 || i === 8 || i === 10) text[o++] = 0x2d;
    const pair = HEX[pool[at + i]!]!;
    text[o++] = pair & 0xff;
    text[o++] = pair >> 8;
  }
  return text.toString("latin1", 0, 36);
}
