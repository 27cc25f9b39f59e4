/**
 * The segment files of an audit directory: `DIR/segments/000000000001.log`, … — naming,
 * listing, reading a segment's lines with their byte positions, and repairing a torn tail
 * after a crash.
 */
import { open, readdir, readFile, stat, truncate, unlink } from "node:fs/promises";
import { join } from "node:path";
import { lineHash, parseStoredLine, type StoredLine } from "./record-codec.js";

const NAME = /^(\d{12})\.log$/;

/** The folder of the segments inside an audit directory. */
export function segmentsDir(dir: string): string {
  return join(dir, "segments");
}

/**
 * A segment's file name: its number zero-padded to 12 digits.
 *
 * @example
 * ```ts
 * segmentName(7); // "000000000007.log"
 * ```
 */
export function segmentName(segment: number): string {
  return `${String(segment).padStart(12, "0")}.log`;
}

/** A segment's path in an audit directory. */
export function segmentPath(dir: string, segment: number): string {
  return join(segmentsDir(dir), segmentName(segment));
}

/**
 * The segment numbers present in an audit directory, ascending (empty when there is no
 * segments folder yet). Other files are ignored.
 *
 * @example
 * ```ts
 * await listSegments(dir); // [1, 2, 3]
 * ```
 */
export async function listSegments(dir: string): Promise<number[]> {
  const names = await readdir(segmentsDir(dir)).catch((err: NodeJS.ErrnoException) => {
    if (err.code === "ENOENT") return [] as string[];
    throw err;
  });
  const numbers: number[] = [];
  for (const name of names) {
    const m = NAME.exec(name);
    if (m) numbers.push(Number(m[1]));
  }
  return numbers.sort((a, b) => a - b);
}

/** One line of a segment with where it sits. `complete` is false for a last line without `\n`. */
export interface SegmentLine {
  /** 1-based line number in the file. */
  readonly line: number;
  /** Byte offset of the line's first byte. */
  readonly offset: number;
  /** Byte length without the `\n`. */
  readonly length: number;
  readonly bytes: Buffer;
  readonly complete: boolean;
}

/**
 * Splits a segment's bytes into lines with offsets.
 *
 * @example
 * ```ts
 * for (const l of splitLines(await readFile(path))) console.log(l.line, l.offset);
 * ```
 */
export function* splitLines(buf: Buffer): Generator<SegmentLine> {
  let start = 0;
  let line = 1;
  while (start < buf.length) {
    const nl = buf.indexOf(10, start);
    const end = nl === -1 ? buf.length : nl;
    yield { line, offset: start, length: end - start, bytes: buf.subarray(start, end), complete: nl !== -1 };
    line++;
    start = end + 1;
  }
}

/**
 * Reads a segment's first line (its header), parsed; undefined when it has none or it is
 * malformed.
 *
 * @example
 * ```ts
 * const header = await readSegmentHeader(dir, 3);
 * ```
 */
export async function readSegmentHeader(dir: string, segment: number): Promise<(StoredLine & { t: "header" }) | undefined> {
  const fh = await open(segmentPath(dir, segment), "r");
  try {
    const buf = Buffer.alloc(1024);
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    const nl = buf.subarray(0, bytesRead).indexOf(10);
    if (nl === -1) return undefined;
    const parsed = parseStoredLine(buf.subarray(0, nl).toString("utf8"));
    return typeof parsed !== "string" && parsed.t === "header" ? parsed : undefined;
  } finally {
    await fh.close();
  }
}

/** What a segment's tail says after repair. */
export interface SegmentTail {
  /** Bytes cut off the end: a torn last line, or complete lines that did not parse. */
  readonly truncatedBytes: number;
  /** The file size after repair. */
  readonly size: number;
  /** The last line (parsed) and its hash; undefined when the segment is now empty. */
  readonly last?: { readonly line: StoredLine; readonly hash: string };
  /** Records in the segment. */
  readonly records: number;
  /** Checkpoints in the segment (periodic and final). */
  readonly checkpoints: number;
  /** The header's creation time, when there is a header. */
  readonly created?: number;
}

/**
 * Cuts a crash's leftovers off the end of a segment — a last line without `\n`, then any
 * trailing lines that are not well-formed — and describes what remains. With `dryRun` it
 * only describes.
 *
 * @example
 * ```ts
 * const tail = await repairSegmentTail(segmentPath(dir, 4));
 * if (tail.truncatedBytes > 0) log.warn({ bytes: tail.truncatedBytes }, "audit: torn tail repaired");
 * ```
 */
export async function repairSegmentTail(path: string, dryRun = false): Promise<SegmentTail> {
  const buf = await readFile(path);
  const lines = [...splitLines(buf)];
  let keep = lines.length;
  let parsedLast: StoredLine | undefined;
  while (keep > 0) {
    const l = lines[keep - 1]!;
    if (l.complete) {
      const parsed = parseStoredLine(l.bytes.toString("utf8"));
      if (typeof parsed !== "string") {
        parsedLast = parsed;
        break;
      }
    }
    keep--;
  }
  const size = keep === 0 ? 0 : lines[keep - 1]!.offset + lines[keep - 1]!.length + 1;
  if (size < buf.length && !dryRun) await truncate(path, size);
  let records = 0;
  let checkpoints = 0;
  let created: number | undefined;
  for (let i = 0; i < keep; i++) {
    const b = lines[i]!.bytes;
    // '{"t":"rec"' and '{"t":"ckpt"' — cheaper than parsing every line of a 64 MiB segment.
    if (b[6] === 0x72 && b[7] === 0x65 && b[8] === 0x63 && b[9] === 0x22) records++;
    else if (b[6] === 0x63 && b[7] === 0x6b && b[8] === 0x70 && b[9] === 0x74) checkpoints++;
  }
  if (keep > 0) {
    const first = parseStoredLine(lines[0]!.bytes.toString("utf8"));
    if (typeof first !== "string" && first.t === "header") created = first.created;
  }
  const last = parsedLast ? { line: parsedLast, hash: lineHash(lines[keep - 1]!.bytes) } : undefined;
  return { truncatedBytes: buf.length - size, size, records, checkpoints, ...(last ? { last } : {}), ...(created !== undefined ? { created } : {}) };
}

/** Size of a segment file in bytes (0 when it is gone). */
export async function segmentSize(dir: string, segment: number): Promise<number> {
  return (await stat(segmentPath(dir, segment)).catch(() => undefined))?.size ?? 0;
}

/** Removes a segment file; a missing file is not an error. */
export async function removeSegment(dir: string, segment: number): Promise<void> {
  await unlink(segmentPath(dir, segment)).catch((err: NodeJS.ErrnoException) => {
    if (err.code !== "ENOENT") throw err;
  });
}
