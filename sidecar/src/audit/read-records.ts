/**
 * `readRecords`: the records of an audit directory in seq order, with where each sits — for
 * indexers (audit query) and policy replay. It reads; it does not verify (that is
 * `verifyAuditDir`).
 */
import { open } from "node:fs/promises";
import type { AuditRecord } from "./audit-record.js";
import { recordOf, type RecordLine } from "./record-codec.js";
import { listSegments, readSegmentHeader, segmentPath } from "./segment-files.js";

/** One stored record and its place on disk. */
export interface AuditRecordEntry {
  readonly seq: number;
  readonly segment: number;
  /** Byte offset of the line in its segment file. */
  readonly offset: number;
  /** Byte length of the line without its `\n`. */
  readonly length: number;
  readonly record: AuditRecord;
}

/** Options of {@link readRecords}. */
export interface ReadRecordsOptions {
  /** Only records with `ts >= sinceMs`; whole segments that end before it are skipped unread. */
  readonly sinceMs?: number;
  /** Start with this segment (default: the oldest present). */
  readonly fromSegment?: number;
}

const CHUNK = 1024 * 1024;

/**
 * Iterates the records of `dir` in seq order. Segments whose successor was created before
 * `sinceMs` are skipped without reading them. A last line still being written (no `\n`) is
 * not returned; a line that is not valid JSON is skipped (verify reports it).
 *
 * @example
 * ```ts
 * for await (const { seq, record } of readRecords(dir, { sinceMs: Date.now() - 30 * 86_400_000 })) {
 *   if (record.decision === "deny") console.log(seq, record.subject, record.tool);
 * }
 * ```
 */
export async function* readRecords(dir: string, options: ReadRecordsOptions = {}): AsyncGenerator<AuditRecordEntry> {
  const since = options.sinceMs;
  const segments = (await listSegments(dir)).filter((s) => options.fromSegment === undefined || s >= options.fromSegment);
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    if (since !== undefined && i + 1 < segments.length) {
      // Every record of a segment was written before the next segment was created.
      const next = await readSegmentHeader(dir, segments[i + 1]!).catch(() => undefined);
      if (next && next.created < since) continue;
    }
    const fh = await open(segmentPath(dir, segment), "r").catch((err: NodeJS.ErrnoException) => {
      if (err.code === "ENOENT") return undefined; // removed by retention meanwhile
      throw err;
    });
    if (!fh) continue;
    try {
      let position = 0;
      let carry = Buffer.alloc(0);
      for (;;) {
        const chunk = Buffer.allocUnsafe(CHUNK);
        const { bytesRead } = await fh.read(chunk, 0, CHUNK, position + carry.length);
        if (bytesRead === 0) break;
        const buf = carry.length > 0 ? Buffer.concat([carry, chunk.subarray(0, bytesRead)]) : chunk.subarray(0, bytesRead);
        let start = 0;
        for (;;) {
          const nl = buf.indexOf(10, start);
          if (nl === -1) break;
          // '{"t":"rec"' — skip headers and checkpoints without parsing them.
          if (buf[start + 6] === 0x72 && buf[start + 7] === 0x65 && buf[start + 8] === 0x63) {
            let line: RecordLine | undefined;
            try {
              line = JSON.parse(buf.toString("utf8", start, nl)) as RecordLine;
            } catch {
              line = undefined;
            }
            if (line && line.t === "rec" && (since === undefined || (line.ts as number) >= since)) {
              yield { seq: line.seq, segment, offset: position + start, length: nl - start, record: recordOf(line) };
            }
          }
          start = nl + 1;
        }
        position += start;
        carry = Buffer.from(buf.subarray(start));
      }
    } finally {
      await fh.close();
    }
  }
}
