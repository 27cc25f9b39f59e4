/**
 * The audit store's on-disk line format as the query side reads it (the audit contract):
 * segments `DIR/segments/NNNNNNNNNNNN.log`, one JSON object per `\n`-terminated line, of
 * kinds `header`, `rec` and `ckpt`. Only `rec` lines are indexed.
 *
 * Kept apart from the writer's `readRecords` on purpose: the indexer tails segments
 * synchronously on its worker thread from a byte offset, in bounded chunks, and must leave a
 * torn last line for the next pass — `readRecords` streams whole stores for verify and replay.
 * The field types mirror `AuditRecord` (audit-record.ts); keep the two in step.
 */
import { closeSync, openSync, readdirSync, readSync } from "node:fs";
import { join } from "node:path";
import { AUDIT_EVENTS as WRITER_EVENTS, type AuditRecord } from "../audit-record.js";

/** The events a record can describe, as a list for flag checks: the writer's own set. */
export const AUDIT_EVENTS: readonly AuditEvent[] = [...WRITER_EVENTS];
/** One of {@link AUDIT_EVENTS}. */
export type AuditEvent = AuditRecord["event"];

/** The decisions a record can carry, as a list for flag checks (AuditRecord.decision). */
export const AUDIT_DECISIONS = ["allow", "deny", "flag", "block", "mutate", "error"] as const satisfies readonly NonNullable<AuditRecord["decision"]>[];
/** One of {@link AUDIT_DECISIONS}. */
export type AuditDecision = (typeof AUDIT_DECISIONS)[number];

/**
 * A stored record as the index reads it: the writer's AuditRecord, plus whatever fields a
 * newer writer may add (they pass through to query results untouched).
 */
export type AuditRecordFields = AuditRecord & { [field: string]: unknown };

/** A record line as stored: `{"t":"rec","seq":…,"prev":…, …AuditRecord}`. */
export type StoredRecordLine = { t: "rec"; seq: number; prev: string } & AuditRecordFields;

/** Where the segments of an audit directory live. */
export function segmentsDir(dir: string): string {
  return join(dir, "segments");
}

/**
 * The file name of segment `n`: 12-digit zero-padded, `.log`.
 *
 * @example
 * ```ts
 * segmentFileName(7); // "000000000007.log"
 * ```
 */
export function segmentFileName(n: number): string {
  return `${String(n).padStart(12, "0")}.log`;
}

/**
 * The segment numbers present in `dir`, ascending; empty when there are none (or no
 * segments directory yet).
 *
 * @example
 * ```ts
 * listSegments("/var/lib/portcullis/audit"); // [1, 2, 3]
 * ```
 */
export function listSegments(dir: string): number[] {
  let names: string[];
  try {
    names = readdirSync(segmentsDir(dir));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw err;
  }
  return names
    .filter((name) => /^\d{12}\.log$/.test(name))
    .map((name) => Number(name.slice(0, 12)))
    .sort((a, b) => a - b);
}

/** One complete line of a segment: its bytes' position and its text (without `\n`). */
export interface SegmentLine {
  readonly offset: number;
  readonly length: number;
  readonly text: string;
}

const CHUNK = 4 * 1024 * 1024;

/**
 * Reads the complete lines of a segment file from byte `offset` on. A last line without its
 * `\n` is torn (the writer is still writing it, or crashed in the middle of it): it is not
 * returned, and reading resumes at its start next time. Stops after `maxLines`; reads
 * `chunkBytes` at a time (more for a longer line).
 *
 * @example
 * ```ts
 * for (const line of readSegmentLines(file, 0)) console.log(line.offset, line.text);
 * ```
 */
export function* readSegmentLines(file: string, offset: number, maxLines = Number.POSITIVE_INFINITY, chunkBytes = CHUNK): Generator<SegmentLine> {
  const fd = openSync(file, "r");
  try {
    let buffer = Buffer.allocUnsafe(chunkBytes);
    let filled = 0; // bytes of `buffer` holding file data from `base` on
    let base = offset; // file position of buffer[0]
    let emitted = 0;
    for (;;) {
      if (filled === buffer.length) {
        // A line longer than the buffer: grow it rather than split the line.
        const grown = Buffer.allocUnsafe(buffer.length * 2);
        buffer.copy(grown, 0, 0, filled);
        buffer = grown;
      }
      const read = readSync(fd, buffer, filled, buffer.length - filled, base + filled);
      if (read === 0) return;
      filled += read;
      let start = 0;
      for (;;) {
        const end = buffer.indexOf(10, start);
        if (end < 0 || end >= filled) break;
        yield { offset: base + start, length: end - start, text: buffer.toString("utf8", start, end) };
        start = end + 1;
        if (++emitted >= maxLines) return;
      }
      // Keep the incomplete tail at the front of the buffer and read on behind it.
      buffer.copy(buffer, 0, start, filled);
      base += start;
      filled -= start;
    }
  } finally {
    closeSync(fd);
  }
}
