/**
 * A minimal reader of the audit store's line format (the audit contract, "Files on disk"):
 * segment files in order, one JSON object per line, records are the lines with `t: "rec"`.
 * It does not verify the chain — `portcullis audit verify` does; replay only reads.
 *
 * TODO(audit-core): use readRecords from sidecar/src/audit/index.ts once audit-core is merged.
 */
import { createReadStream } from "node:fs";
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { Code, ConnectError } from "@connectrpc/connect";
import type { AuditRecord } from "./audit-record.js";

/** One record read from the store. */
export interface StoredRecord {
  readonly seq: number;
  readonly segment: number;
  readonly record: AuditRecord;
}

/** Options of {@link readAuditRecords}. */
export interface ReadAuditOptions {
  /** Only records at or after this time (Unix ms). */
  readonly sinceMs?: number;
  /** Only records before this time (Unix ms). */
  readonly untilMs?: number;
  /** Called for each line that is not valid JSON (e.g. a torn last line after a crash). */
  readonly onUnreadable?: (segment: number, line: number) => void;
}

const SEGMENT = /^(\d{12})\.log$/;

/**
 * Reads the records of an audit directory, oldest segment first.
 *
 * @example
 * ```ts
 * for await (const { record } of readAuditRecords("data/audit", { sinceMs: Date.now() - 30 * 86_400_000 })) {
 *   if (record.event === "authorize") count++;
 * }
 * ```
 */
export async function* readAuditRecords(dir: string, options: ReadAuditOptions = {}): AsyncGenerator<StoredRecord> {
  const segmentsDir = join(dir, "segments");
  let names: string[];
  try {
    names = await readdir(segmentsDir);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? "error";
    throw new ConnectError(
      `cannot read the audit segments in ${segmentsDir} (${code}); pass the audit directory (the one holding segments/) with --audit-dir`,
      Code.NotFound,
    );
  }
  const segments = names
    .map((n) => SEGMENT.exec(n))
    .filter((m) => m !== null)
    .map((m) => Number(m[1]))
    .sort((a, b) => a - b);
  const since = options.sinceMs ?? -Infinity;
  const until = options.untilMs ?? Infinity;
  for (const segment of segments) {
    const lines = createInterface({
      input: createReadStream(join(segmentsDir, `${String(segment).padStart(12, "0")}.log`), { encoding: "utf8" }),
      crlfDelay: Infinity,
    });
    let n = 0;
    for await (const line of lines) {
      n++;
      if (line === "" || !line.includes('"t":"rec"')) continue;
      let parsed: { t?: unknown; seq?: unknown } & AuditRecord;
      try {
        parsed = JSON.parse(line) as typeof parsed;
      } catch {
        options.onUnreadable?.(segment, n);
        continue;
      }
      if (parsed.t !== "rec" || typeof parsed.ts !== "number" || parsed.ts < since || parsed.ts >= until) continue;
      const { t: _t, seq, prev: _prev, ...record } = parsed as typeof parsed & { prev?: unknown };
      yield { seq: typeof seq === "number" ? seq : 0, segment, record: record as AuditRecord };
    }
  }
}
