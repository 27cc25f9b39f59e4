/**
 * Retention: deletes whole closed segments from the oldest, by age and/or total size, and
 * records the cut in a signed `DIR/retention.json` so `audit verify` accepts exactly that
 * gap at the start of the store and nothing else.
 */
import type { KeyObject } from "node:crypto";
import { readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { listSegments, readSegmentHeader, removeSegment, segmentSize } from "./segment-files.js";
import { signObject, verifyObject } from "./signing-key.js";

/** How long segments are kept. Either bound (or both) may be set; unset means unbounded. */
export interface RetentionPolicy {
  /** Delete a closed segment once its last record is older than this (ms). */
  readonly maxAgeMs?: number;
  /** Delete the oldest closed segments while all segments together exceed this many bytes. */
  readonly maxTotalBytes?: number;
}

/** The signed marker of segments deleted by retention. */
export interface RetentionMarker {
  /** The first segment kept. */
  readonly firstSegment: number;
  /** The `prev` in that segment's header: the hash of the last line deleted. */
  readonly prev: string;
  readonly at: number;
  readonly sig: string;
}

/** The marker's path in an audit directory. */
export function retentionFile(dir: string): string {
  return join(dir, "retention.json");
}

/**
 * Reads `DIR/retention.json`: undefined when there is none, a problem text when it is not
 * a well-formed marker or its signature does not verify under `publicKey`.
 *
 * @example
 * ```ts
 * const marker = await readRetentionMarker(dir, publicKey);
 * ```
 */
export async function readRetentionMarker(dir: string, publicKey: KeyObject | readonly KeyObject[]): Promise<RetentionMarker | string | undefined> {
  const text = await readFile(retentionFile(dir), "utf8").catch((err: NodeJS.ErrnoException) => {
    if (err.code === "ENOENT") return undefined;
    throw err;
  });
  if (text === undefined) return undefined;
  let v: RetentionMarker;
  try {
    v = JSON.parse(text) as RetentionMarker;
  } catch {
    return "retention.json is not valid JSON";
  }
  if (!Number.isSafeInteger(v.firstSegment) || typeof v.prev !== "string" || !Number.isSafeInteger(v.at) || typeof v.sig !== "string") {
    return "retention.json is malformed";
  }
  if (!verifyObject(publicKey, v)) return "retention.json has a bad signature (forged or signed by another key)";
  return v;
}

/**
 * Applies `policy` to the closed segments (those below `openSegment`): picks the oldest to
 * delete, writes the signed marker first (atomically), then deletes them — a crash in
 * between leaves segments that verify as "due for deletion", never an unexplained gap.
 * Resolves to the deleted segment numbers.
 *
 * @example
 * ```ts
 * await applyRetention(dir, keys.privateKey, { maxAgeMs: 30 * 86_400_000 }, 12, Date.now());
 * ```
 */
export async function applyRetention(dir: string, privateKey: KeyObject, policy: RetentionPolicy, openSegment: number, now: number): Promise<number[]> {
  if (policy.maxAgeMs === undefined && policy.maxTotalBytes === undefined) return [];
  const segments = await listSegments(dir);
  const closed = segments.filter((s) => s < openSegment);
  if (closed.length === 0) return [];
  const sizes = await Promise.all(segments.map((s) => segmentSize(dir, s)));
  let total = sizes.reduce((a, b) => a + b, 0);
  let cut = 0;
  // The newest closed segment is always kept: it holds the head (head.json) and anchors the
  // chain for the next one. (Cutting everything also left no first segment to sign for.)
  while (cut < closed.length - 1) {
    let drop = policy.maxTotalBytes !== undefined && total > policy.maxTotalBytes;
    if (!drop && policy.maxAgeMs !== undefined) {
      // A segment's records end no later than the next segment's creation.
      // A segment's records end no later than the next segment's creation (the newest
      // closed one has no successor on disk yet: it ended just now).
      const next = await readSegmentHeader(dir, segments[cut + 1]!).catch(() => undefined);
      drop = next !== undefined && next.created < now - policy.maxAgeMs;
    }
    if (!drop) break;
    total -= sizes[cut]!;
    cut++;
  }
  if (cut === 0) return [];
  const firstSegment = segments[cut]!;
  const header = await readSegmentHeader(dir, firstSegment);
  if (!header) return []; // never cut in front of a segment whose header cannot be read
  const body = { firstSegment, prev: header.prev, at: now };
  const marker: RetentionMarker = { ...body, sig: signObject(privateKey, body) };
  const tmp = `${retentionFile(dir)}.tmp`;
  await writeFile(tmp, `${JSON.stringify(marker)}\n`);
  await rename(tmp, retentionFile(dir));
  const deleted = closed.slice(0, cut);
  for (const s of deleted) await removeSegment(dir, s);
  return deleted;
}
