/**
 * `verifyAuditDir`: checks an audit directory end to end — the hash chain across every line
 * and segment, record sequence numbers, checkpoint signatures and counts, that every closed
 * segment ends with a final checkpoint, that no segment is missing (except the signed gap
 * retention left at the start), that the store still reaches the signed head — and names the
 * spot of each problem (segment file:line, seq).
 * Records after the open segment's last checkpoint are reported apart as the unsigned tail.
 */
import type { KeyObject } from "node:crypto";
import { readFile } from "node:fs/promises";
import { relative } from "node:path";
import { lineHash, parseStoredLine, ZERO_HASH, type SegmentGap } from "./record-codec.js";
import { readHeadMarker } from "./head-marker.js";
import { keyForSegment, readKeySchedule, type ScheduledKey } from "./key-rotation.js";
import { readRetentionMarker } from "./retention.js";
import { listSegments, readSegmentHeader, segmentName, segmentPath, splitLines } from "./segment-files.js";
import { keyIdOf, publicKeyFile, readPublicKey, verifyObject } from "./signing-key.js";
import { checkAuditStoreDir } from "./store-dir.js";

/** Options of {@link verifyAuditDir}. */
export interface VerifyOptions {
  /** Pin the public key (SPKI PEM file); default: the store's own `DIR/audit-signing.pub`. */
  readonly publicKeyFile?: string;
  /** Stop listing problems after this many (default 50). */
  readonly maxProblems?: number;
  /**
   * Pin the store's id (as `audit verify` printed it earlier, or the writer logged it): a
   * store of another sidecar that shares the signing key verifies under the key, not under
   * this. Default: reported, not checked.
   */
  readonly storeId?: string;
}

/** One thing wrong, and where. */
export interface AuditProblem {
  /** Segment file name (e.g. `000000000002.log`), or `retention.json` / the directory. */
  readonly file: string;
  /** 1-based line in that file. */
  readonly line?: number;
  /** The record's seq, when the line is a record. */
  readonly seq?: number;
  readonly message: string;
}

/** The result of {@link verifyAuditDir}. */
export interface AuditVerifyReport {
  readonly ok: boolean;
  readonly dir: string;
  /** The store's id, from its headers, checkpoints and head (absent in a store written before store ids). */
  readonly storeId?: string;
  /**
   * When the store was created (Unix ms): the time in its first segment's header. A store
   * records its creation in that segment when its writer first opens it; absent once
   * retention has deleted the segment (and, in a store written before that, it is the time
   * of the first record).
   */
  readonly createdAt?: number;
  /** Whether {@link storeId} was checked against a pinned id. */
  readonly storeIdPinned?: boolean;
  /** Which key checked the signatures: pinned by the caller, or taken from the store itself. */
  readonly key: { readonly source: "pinned" | "store"; readonly file: string; readonly keyId: string };
  /** After key rotations (`keys.jsonl`, a chain the trusted key belongs to): each key and the first segment it signs. */
  readonly keys?: readonly { readonly keyId: string; readonly fromSegment: number }[];
  readonly segments: { readonly count: number; readonly first?: number; readonly last?: number };
  readonly records: number;
  readonly firstSeq?: number;
  readonly lastSeq?: number;
  /** The last seq covered by a valid checkpoint signature (0 when none). */
  readonly signedThroughSeq: number;
  /** True when the newest segment ends with a final checkpoint (the writer closed it). */
  readonly closed: boolean;
  /** Records of the open segment after its last checkpoint: chained, not yet signed. */
  readonly unsignedTail?: { readonly file: string; readonly fromLine: number; readonly records: number; readonly firstSeq: number; readonly lastSeq: number };
  /** A last line without `\n` in the newest segment: a write in progress or a crash (the writer cuts it at open). */
  readonly tornTail?: { readonly file: string; readonly line: number; readonly bytes: number };
  /** The signed head (`head.json`): the newest checkpoint the writer made durable, and whether the store still holds it. */
  readonly head?: { readonly segment: number; readonly seq: number; readonly at: number; readonly found: boolean };
  /** Segments deleted by retention (the signed marker), and those it is still deleting. */
  readonly retention?: { readonly firstSegment: number; readonly at: number; readonly pendingDeletion: number[] };
  /**
   * Gaps the writer recorded: it found its store's files removed while it ran and resumed the
   * chain in `segment`, whose header notes the newest segment removed (`through`), the last seq
   * written before (`seq`) and when it noticed (`at`). While those segments are missing, each one
   * is also a problem: the records in them were lost.
   */
  readonly gaps?: readonly (SegmentGap & { readonly segment: number })[];
  readonly problems: AuditProblem[];
  /** True when more problems were found than listed. */
  readonly truncatedProblems: boolean;
}

/**
 * Verifies the audit directory `dir`. Resolves to a report (never throws for a damaged
 * store); throws `NotAnAuditStoreError` when `dir` is no audit store at all (missing, or
 * without any of a store's files), and an Error when the public key cannot be read.
 *
 * @example
 * ```ts
 * const report = await verifyAuditDir("/var/lib/portcullis/audit", { publicKeyFile: "audit-signing.pub" });
 * for (const p of report.problems) console.error(`${p.file}:${p.line}: ${p.message}`);
 * ```
 */
export async function verifyAuditDir(dir: string, options: VerifyOptions = {}): Promise<AuditVerifyReport> {
  // A path that is no store (a typo, the data directory) is a wrong argument, not tampering.
  checkAuditStoreDir(dir);
  const keyFile = options.publicKeyFile ?? publicKeyFile(dir);
  const pem = await readFile(keyFile, "utf8").catch((err: NodeJS.ErrnoException) => {
    throw new Error(
      options.publicKeyFile
        ? `cannot read the public key ${keyFile}: ${err.code ?? err.message}`
        : `${dir} has no readable audit-signing.pub (${err.code ?? err.message}); pass the store's public key with --public-key FILE`,
    );
  });
  const publicKey: KeyObject = readPublicKey(pem, keyFile);
  const keyId = keyIdOf(publicKey);
  // After rotations, each segment is checked under the key that was current for it. The
  // chain of endorsements counts only if the trusted key is part of it.
  const ring = await readKeySchedule(dir);
  const rotated = Array.isArray(ring) && ring.some((k) => k.keyId === keyId);
  const schedule: readonly ScheduledKey[] = rotated ? ring : [{ keyId, publicKey, fromSegment: 1, untilSegment: undefined }];
  // Markers (head.json, retention.json) count only from the newest generation: a rotation
  // re-signs them, so a retired key cannot forge one.
  const markerKey = schedule.at(-1)!.publicKey;
  const maxProblems = options.maxProblems ?? 50;
  const problems: AuditProblem[] = [];
  let problemCount = 0;
  const problem = (p: AuditProblem) => {
    problemCount++;
    if (problems.length < maxProblems) problems.push(p);
  };

  const segments = await listSegments(dir);
  if (typeof ring === "string") problem({ file: "keys.jsonl", message: ring });
  const head = await readHeadMarker(dir, markerKey);
  let headFound: "match" | "altered" | undefined;
  const marker = await readRetentionMarker(dir, markerKey);
  let retention: AuditVerifyReport["retention"];
  if (typeof marker === "string") problem({ file: "retention.json", message: marker });
  const first = segments[0];
  let anchored = true; // the first segment's header prev can be checked
  let expectedFirstPrev = ZERO_HASH;
  const gaps: (SegmentGap & { segment: number })[] = [];
  /**
   * Why segments `from`–`segment - 1` are missing, when the writer recorded it in `segment`'s
   * header: it found them removed while it ran and resumed there. Undefined otherwise.
   */
  const recordedGap = async (from: number, segment: number, seqBefore: number | undefined): Promise<string | undefined> => {
    const gap = (await readSegmentHeader(dir, segment).catch(() => undefined))?.gap;
    if (gap === undefined || gap.through !== segment - 1) return undefined;
    const lost = seqBefore === undefined ? `through seq ${gap.seq}` : gap.seq > seqBefore ? `seq ${seqBefore + 1}–${gap.seq}` : "";
    return `segment${segment - from > 1 ? "s" : ""} ${range(from, segment - 1)} ${segment - from > 1 ? "are" : "is"} missing: the sidecar found ${segment - from > 1 ? "them" : "it"} removed while it ran (noticed ${new Date(gap.at).toISOString()}, the trail had reached seq ${gap.seq}) and resumed in ${segmentName(segment)}, whose signed header records the gap${lost ? ` — the records ${lost} are lost` : ""}`;
  };
  if (first === undefined) {
    // A store records its creation (segment 1 and head.json) when its writer first opens it:
    // a store without segments lost them.
    problem({
      file: relative(process.cwd(), dir) || ".",
      message:
        head !== undefined || marker !== undefined
          ? `no segments: segments/ is empty or missing, though ${head !== undefined ? "head.json" : "retention.json"} is there: the store's segments were removed`
          : "no segments and no head.json: the store's segments were removed together with its head (a store records its creation in segments/000000000001.log and head.json when its sidecar first opens it) — or a sidecar older than that created it and has recorded nothing yet: then start the sidecar on it once and verify again",
    });
  } else if (typeof marker === "object") {
    retention = { firstSegment: marker.firstSegment, at: marker.at, pendingDeletion: segments.filter((s) => s < marker.firstSegment) };
    if (marker.firstSegment < first) {
      problem({
        file: segmentName(marker.firstSegment),
        message:
          (await recordedGap(marker.firstSegment, first, undefined)) ??
          `segments ${range(marker.firstSegment, first - 1)} are missing; retention only deleted those before ${segmentName(marker.firstSegment)}`,
      });
    } else if (marker.firstSegment === first) {
      expectedFirstPrev = marker.prev;
    } else if (first !== 1) {
      anchored = false; // segments retention is still deleting; the marker anchors the first one kept
    }
  } else if (first !== 1) {
    problem({
      file: segmentName(1),
      message: (await recordedGap(1, first, undefined)) ?? `segments ${range(1, first - 1)} are missing and there is no retention.json that deleted them`,
    });
    anchored = false;
  }

  let prevHash: string | undefined = anchored ? expectedFirstPrev : undefined;
  let prevWhere = "the start of the store";
  let lastSeq: number | undefined;
  let firstSeq: number | undefined;
  let records = 0;
  let signedThroughSeq = 0;
  /** Checkpoints whose signature verified (a new store's first one signs 0 records). */
  let signedCheckpoints = 0;
  let createdAt: number | undefined;
  let closed = false;
  let unsignedTail: AuditVerifyReport["unsignedTail"];
  let tornTail: AuditVerifyReport["tornTail"];
  // Every header, checkpoint and the head name the same store: the first id seen is the store's.
  let storeId: string | undefined;
  const sameStore = (id: string | undefined, p: Omit<AuditProblem, "message">, what: string) => {
    if (id === undefined) return;
    if (storeId === undefined) storeId = id;
    else if (id !== storeId) problem({ ...p, message: `${what} names store ${id}, the rest of the store ${storeId}: it comes from another store` });
  };

  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    const file = segmentName(segment);
    const newest = i === segments.length - 1;
    const key = keyForSegment(schedule, segment);
    if (i > 0 && segment !== segments[i - 1]! + 1) {
      problem({
        file,
        line: 1,
        message:
          (await recordedGap(segments[i - 1]! + 1, segment, lastSeq)) ??
          `segment${segment - segments[i - 1]! > 2 ? "s" : ""} ${range(segments[i - 1]! + 1, segment - 1)} missing before this one`,
      });
      prevHash = undefined; // the gap is the problem; check this segment on its own
    }
    let buf: Buffer;
    try {
      buf = await readFile(segmentPath(dir, segment));
    } catch (err) {
      problem({ file, message: `cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` });
      prevHash = undefined;
      continue;
    }
    let segRecords = 0;
    let lastFinal = false;
    let lastLine = 0;
    let tailFrom: { line: number; seq: number } | undefined;
    let tailRecords = 0;
    for (const l of splitLines(buf)) {
      lastLine = l.line;
      const where = `${file}:${l.line}`;
      if (!l.complete) {
        if (newest) tornTail = { file, line: l.line, bytes: l.length };
        else problem({ file, line: l.line, message: `torn last line (${l.length} bytes without a line end) in a closed segment` });
        break;
      }
      const hash = lineHash(l.bytes);
      const parsed = parseStoredLine(l.bytes.toString("utf8"));
      if (typeof parsed === "string") {
        problem({ file, line: l.line, message: `${parsed}: the line was altered` });
        prevHash = hash;
        prevWhere = where;
        continue;
      }
      const seqOf = parsed.t === "rec" ? parsed.seq : undefined;
      const linked = parsed.t === "ckpt" ? parsed.head : parsed.prev;
      if (prevHash !== undefined && linked !== prevHash) {
        problem({
          file,
          line: l.line,
          ...(seqOf !== undefined ? { seq: seqOf } : {}),
          message:
            l.line === 1
              ? `header does not chain to ${prevWhere}: that segment was truncated or altered, or one between was removed`
              : `does not chain to ${prevWhere}: that line or this one was altered, or lines between them were removed or reordered`,
        });
      }
      if (l.line === 1 && parsed.t !== "header") problem({ file, line: 1, message: `the first line is a ${parsed.t}, not a header` });
      switch (parsed.t) {
        case "header":
          sameStore(parsed.store, { file, line: l.line }, "the header");
          if (parsed.gap && l.line === 1) gaps.push({ ...parsed.gap, segment });
          if (segment === 1 && l.line === 1) createdAt = parsed.created;
          if (l.line !== 1) problem({ file, line: l.line, message: "a header in the middle of a segment" });
          if (parsed.segment !== segment)
            problem({ file, line: l.line, message: `the header says segment ${parsed.segment}: the file was renamed or swapped` });
          if (parsed.keyId !== key.keyId)
            problem({
              file,
              line: l.line,
              message: `signed with key ${parsed.keyId}, not ${key.keyId}${rotated ? " (this segment's key per keys.jsonl)" : ""}`,
            });
          if (retention && segment === retention.firstSegment && typeof marker === "object" && parsed.prev !== marker.prev) {
            problem({ file, line: l.line, message: "the header does not match retention.json's prev: the first kept segment was replaced" });
          }
          break;
        case "rec":
          if (lastSeq !== undefined && parsed.seq !== lastSeq + 1) {
            problem({
              file,
              line: l.line,
              seq: parsed.seq,
              message:
                parsed.seq <= lastSeq
                  ? `seq ${parsed.seq} after seq ${lastSeq}: records reordered or repeated`
                  : `seq ${parsed.seq} after seq ${lastSeq}: ${parsed.seq - lastSeq - 1} record(s) missing`,
            });
          }
          firstSeq ??= parsed.seq;
          lastSeq = parsed.seq;
          records++;
          segRecords++;
          if (!tailFrom) tailFrom = { line: l.line, seq: parsed.seq };
          tailRecords++;
          break;
        case "ckpt": {
          sameStore(parsed.store, { file, line: l.line }, "the checkpoint");
          const sigOk = verifyObject(key.publicKey, parsed);
          if (!sigOk) problem({ file, line: l.line, message: "checkpoint signature does not verify: forged or altered checkpoint" });
          if (parsed.segment !== segment) problem({ file, line: l.line, message: `checkpoint names segment ${parsed.segment}` });
          if (parsed.count !== segRecords)
            problem({
              file,
              line: l.line,
              message: `checkpoint counts ${parsed.count} records, the segment has ${segRecords} before it: records were removed or added`,
            });
          if (lastSeq !== undefined && parsed.seq !== lastSeq)
            problem({ file, line: l.line, message: `checkpoint is at seq ${parsed.seq}, the last record before it is ${lastSeq}` });
          if (typeof head === "object" && segment === head.segment && parsed.seq === head.seq) headFound = hash === head.ckpt ? "match" : "altered";
          if (sigOk) {
            signedCheckpoints++;
            signedThroughSeq = parsed.seq;
            lastSeq ??= parsed.seq; // a store whose first records retention deleted
          }
          tailFrom = undefined;
          tailRecords = 0;
          break;
        }
      }
      if (lastFinal) problem({ file, line: l.line, message: "a line after the segment's final checkpoint" });
      lastFinal = parsed.t === "ckpt" && parsed.final;
      prevHash = hash;
      prevWhere = where;
    }
    if (lastLine === 0) {
      problem({ file, message: "the segment is empty" });
      continue;
    }
    if (!lastFinal) {
      if (!newest) {
        problem({ file, line: lastLine, message: `a closed segment without a final checkpoint: truncated after line ${lastLine}` });
      } else if (tailFrom && tailRecords > 0 && lastSeq !== undefined) {
        unsignedTail = { file, fromLine: tailFrom.line, records: tailRecords, firstSeq: tailFrom.seq, lastSeq };
      }
    } else if (newest) {
      closed = true;
    }
  }

  // A trusted later generation vouches for the earlier ones only through what it signed.
  const trusted = schedule.find((k) => k.keyId === keyId);
  const newestSegment = segments.at(-1) ?? 0;
  if (rotated && trusted && trusted.fromSegment > newestSegment) {
    problem({
      file: "keys.jsonl",
      message: `the trusted key ${keyId} signs from segment ${segmentName(trusted.fromSegment)}, but the store ends at ${segmentName(newestSegment)}: nothing it signed is here (its segments were removed, or the writer has not run since the rotation — pin the previous key until it has)`,
    });
  }
  if (typeof head === "object") sameStore(head.store, { file: "head.json" }, "head.json");
  if (options.storeId !== undefined) {
    if (storeId === undefined) {
      problem({
        file: relative(process.cwd(), dir) || ".",
        message: `the store carries no store id (written before store ids): it cannot be checked against ${options.storeId}`,
      });
    } else if (storeId !== options.storeId) {
      problem({
        file: relative(process.cwd(), dir) || ".",
        message: `the store's id is ${storeId}, not the pinned ${options.storeId}: this is another store (a sidecar sharing the signing key signs alike)`,
      });
    }
  }
  // The head last: a problem inside a segment is the more precise spot.
  if (typeof head === "string") {
    problem({ file: "head.json", message: head });
  } else if (head === undefined && signedCheckpoints > 0) {
    problem({
      file: "head.json",
      message: "missing: the writer keeps it beside every checkpoint; without it the removal of the newest segment cannot be detected",
    });
  } else if (typeof head === "object" && headFound !== "match") {
    const where = `segment ${segmentName(head.segment)}, seq ${head.seq} (signed ${new Date(head.at).toISOString()})`;
    problem({
      file: "head.json",
      message:
        headFound === "altered"
          ? `the checkpoint at ${where} differs from the one head.json signed: it was altered`
          : !segments.includes(head.segment)
            ? `names ${where}, and that segment is missing: the newest segment was removed`
            : (lastSeq ?? 0) < head.seq
              ? `names ${where}, but the store ends at seq ${lastSeq ?? 0}: the newest records were removed or cut back`
              : `names ${where}, and that checkpoint is not in the store: the segment was cut back or rewritten`,
    });
  }

  if (typeof head === "object" && head.closed && headFound === "match" && ((lastSeq ?? 0) > head.seq || newestSegment > head.segment)) {
    problem({
      file: "head.json",
      message: `the trail was closed at seq ${head.seq} in segment ${segmentName(head.segment)} by a clean shutdown, but the store goes on to seq ${lastSeq ?? 0} in segment ${segmentName(newestSegment)}: records were added while no writer ran`,
    });
  }

  return {
    ok: problemCount === 0,
    dir,
    ...(storeId !== undefined ? { storeId } : {}),
    ...(createdAt !== undefined ? { createdAt } : {}),
    ...(options.storeId !== undefined ? { storeIdPinned: true } : {}),
    key: { source: options.publicKeyFile ? "pinned" : "store", file: keyFile, keyId },
    ...(rotated ? { keys: schedule.map((k) => ({ keyId: k.keyId, fromSegment: k.fromSegment })) } : {}),
    segments: { count: segments.length, ...(first !== undefined ? { first, last: segments[segments.length - 1]! } : {}) },
    records,
    ...(firstSeq !== undefined ? { firstSeq } : {}),
    ...(lastSeq !== undefined ? { lastSeq } : {}),
    signedThroughSeq,
    closed,
    ...(unsignedTail ? { unsignedTail } : {}),
    ...(tornTail ? { tornTail } : {}),
    ...(typeof head === "object" ? { head: { segment: head.segment, seq: head.seq, at: head.at, found: headFound === "match" } } : {}),
    ...(retention ? { retention } : {}),
    ...(gaps.length > 0 ? { gaps } : {}),
    problems,
    truncatedProblems: problemCount > problems.length,
  };
}

function range(from: number, to: number): string {
  return from === to ? segmentName(from) : `${segmentName(from)}–${segmentName(to)}`;
}
