/**
 * The audit writer: a bounded in-memory queue drained by group commit into append-only,
 * hash-chained segment files with signed checkpoints, rotation and retention.
 *
 * The decision path only encodes the record and pushes it on the queue (`append`). Hashing,
 * writing and signing happen at flush time, off the decision path: one write() per batch,
 * then fdatasync. In `async` mode `append` returns at once and batches are written every
 * few milliseconds (a kill -9 loses at most the records of the last window; `close()` drains
 * everything, so SIGTERM loses nothing) and fdatasync'ed at most `syncIntervalMs` later (what
 * a machine crash may lose). In `sync` mode `append` resolves once its batch is
 * written and fdatasync'ed; appends that arrive while a batch is being written share the
 * next one's fsync.
 *
 * A full queue or a failing disk makes `append` throw `AuditUnavailableError` (fail closed).
 * The log keeps retrying in the background and becomes ready again once the disk works,
 * without a restart; `onStateChange` reports both transitions.
 *
 * Files removed under the running writer — the open segment, `segments/`, the whole
 * directory — are noticed at the next batch (the open segment's path must still name the file
 * the writer opened; a descriptor of a deleted file takes writes that nobody will ever read).
 * The batch stays queued, and once the directory exists again the log resumes: a new segment
 * whose signed header records the gap (the segments removed, the last seq written before)
 * continues the chain, so `audit verify` reports the loss instead of a store that merely
 * starts later.
 */
import { randomBytes } from "node:crypto";
import { close as closeFd, fdatasync, fstat, ftruncate, open as openFd, type Stats, stat as statPath, write } from "node:fs";
import { mkdir, readFile, stat, writeFile } from "node:fs/promises";
import type { AuditRecord, AuditSink } from "./audit-record.js";
import { AuditUnavailableError, type AuditUnavailableKind } from "./audit-errors.js";
import { BatchBuffer } from "./batch-buffer.js";
import { StagedBodies } from "./staged-bodies.js";
import {
  checkEncodable,
  checkpointLine,
  encodeRecordBody,
  headerLine,
  lineHash,
  recordLineHead,
  ZERO_HASH,
  type CheckpointBody,
  type SegmentGap,
} from "./record-codec.js";
import { headFile, readHeadMarker, writeHeadMarker } from "./head-marker.js";
import { applyRetention, readRetentionMarker, type RetentionPolicy } from "./retention.js";
import { listSegments, readSegmentHeader, removeSegment, repairSegmentTail, segmentPath, segmentsDir } from "./segment-files.js";
import { keyringFile, openSigningKey } from "./key-rotation.js";
import { defaultSigningKeyFile, publicKeyFile, signObject, type AuditKeys } from "./signing-key.js";

// The callback API on raw descriptors: no FileHandle object per segment, and a descriptor
// that can be dropped and reopened after a disk error.
const done =
  <T>(resolve: (v: T) => void, reject: (e: Error) => void) =>
  (err: NodeJS.ErrnoException | null, v: T) =>
    err ? reject(err) : resolve(v);
const openAsync = (path: string, flags: string, mode?: number) => new Promise<number>((res, rej) => openFd(path, flags, mode, done(res, rej)));
const writeAsync = (fd: number, buf: Buffer, offset: number, length: number, position: number) =>
  new Promise<number>((res, rej) => write(fd, buf, offset, length, position, done(res, rej)));
const fdatasyncAsync = (fd: number) => new Promise<void>((res, rej) => fdatasync(fd, (err) => (err ? rej(err) : res())));
const ftruncateAsync = (fd: number, len: number) => new Promise<void>((res, rej) => ftruncate(fd, len, (err) => (err ? rej(err) : res())));
const closeAsync = (fd: number) => new Promise<void>((res, rej) => closeFd(fd, (err) => (err ? rej(err) : res())));
const fstatAsync = (fd: number) => new Promise<Stats>((res, rej) => fstat(fd, done(res, rej)));
/** The file a path names now; undefined when there is none. */
const statOrNone = (path: string) =>
  new Promise<Stats | undefined>((res, rej) =>
    statPath(path, (err, st) => (err ? (err.code === "ENOENT" || err.code === "ENOTDIR" ? res(undefined) : rej(err)) : res(st))),
  );

/** Which file a descriptor or path names. */
interface FileIdentity {
  readonly dev: number;
  readonly ino: number;
}
/** Which file a descriptor is open on. */
const identityOf = async (fd: number): Promise<FileIdentity> => {
  const st = await fstatAsync(fd);
  return { dev: st.dev, ino: st.ino };
};
const sameFile = (a: FileIdentity | undefined, b: FileIdentity | undefined) => a !== undefined && b !== undefined && a.dev === b.dev && a.ino === b.ino;

/** The open segment's path no longer names the file the writer has open: it was removed (or replaced). */
class SegmentRemovedError extends Error {
  readonly code = "ENOENT";
}

/** Why the log cannot resume after a removal yet (or at all), and what to do. */
class ResumeBlockedError extends Error {
  constructor(
    message: string,
    readonly action: string,
  ) {
    super(message);
  }
}

/** What to do about a failing disk (the refusal's and the health's `action`). */
const DISK_ACTION = "make the directory writable and free space on its disk (the log retries and recovers by itself)";
/** What to do about a queue the disk cannot keep up with. */
const QUEUE_ACTION = "use a faster disk, or raise the audit queue bounds";

/** `async`: append returns before fsync; `sync`: append resolves after the group commit. */
export type AuditDurability = "async" | "sync";

/** Options of {@link AuditLog.open}. */
export interface AuditLogOptions {
  /** The audit directory (segments in `DIR/segments/`); created when missing. */
  readonly dir: string;
  /** Default `async`. */
  readonly mode?: AuditDurability;
  /** Async mode: how long a record may wait before its batch is written (default 5 ms). */
  readonly flushIntervalMs?: number;
  /**
   * Async mode: how long written records may wait for fdatasync (default 100 ms). A kill -9
   * loses at most `flushIntervalMs` (what was written is in the kernel's cache); a machine
   * crash at most this. fdatasync every few milliseconds stalled this project's 2-core VM
   * (+150–250 µs on every call's median); `flush()`, rotation and close always sync.
   */
  readonly syncIntervalMs?: number;
  /** Most records waiting to be written (default 100,000). */
  readonly maxQueueRecords?: number;
  /** Most encoded characters waiting to be written (default 64 MiB). */
  readonly maxQueueBytes?: number;
  /** Rotate once a segment holds this many bytes (default 64 MiB; a segment may exceed it by one batch). */
  readonly segmentMaxBytes?: number;
  /** Rotate a segment this old at its next write (default 24 h). */
  readonly segmentMaxAgeMs?: number;
  /** A signed (non-final) checkpoint at most this long after unsigned records were written (default 1000 ms). */
  readonly checkpointIntervalMs?: number;
  /** Deletes whole closed segments from the oldest (default: keep everything). */
  readonly retention?: RetentionPolicy;
  /** The Ed25519 private key (PKCS#8 PEM; default `DIR/../audit-signing.key`, created 0600). */
  readonly signingKeyFile?: string;
  /** Receive every record after it is committed. */
  readonly sinks?: readonly AuditSink[];
  /** First delay between retries after a disk error (default 100 ms, doubling to 2 s). */
  readonly retryIntervalMs?: number;
  /** The clock (Unix ms); tests of age-based rotation and retention pass their own. */
  readonly now?: () => number;
  /**
   * Called before the log resumes in a directory whose files were removed while it ran (the
   * directory's lock file went with them): take the lock again. Rejecting keeps the log
   * unavailable, with the error's message (another process took the directory meanwhile).
   */
  readonly reclaim?: () => Promise<void>;
}

/** `ready` takes records; `unavailable` refuses them (see `kind`); `closed` after close(). */
export type AuditState = "ready" | "unavailable" | "closed";

/** The log's state and queue, for readiness probes and metrics. */
export interface AuditHealth {
  readonly state: AuditState;
  /** Why it is unavailable. */
  readonly kind?: AuditUnavailableKind;
  /** What failed, for the operator's log (never record contents). */
  readonly message?: string;
  /** When the state last changed (Unix ms). */
  readonly since: number;
  readonly queuedRecords: number;
  readonly queuedBytes: number;
  /** Seq of the last committed (written) record (0 before the first). */
  readonly lastSeq: number;
  /** Seq of the last record known to be on disk (fdatasync'ed); behind `lastSeq` by at most `syncIntervalMs` in async mode. */
  readonly syncedSeq: number;
  /** The open segment's number. */
  readonly segment: number;
  /** What to do about it, when unavailable (for the operator's log and the refusal). */
  readonly action?: string;
  /**
   * The last gap this log recorded: its store's files were removed while it ran, and it
   * resumed the chain in `segment`, whose header records the segments removed (up to
   * `through`) and the last seq written before (`seq`).
   */
  readonly gap?: SegmentGap & { readonly segment: number };
}

/** What opening found and did: crash repair and the segment it continues in. */
export interface AuditOpenReport {
  /** Bytes of a torn last line (or malformed trailing lines) cut off the newest segment. */
  readonly repairedBytes: number;
  /** The segment closed on open because it had no final checkpoint (a crash), if any. */
  readonly recoveredSegment?: number;
  /** Seq of the last record already on disk. */
  readonly lastSeq: number;
  /** The segment new records go to. */
  readonly segment: number;
  /**
   * Set when this open created the store: it recorded its creation (the genesis, see
   * {@link AuditLog.open}) at this time (Unix ms).
   */
  readonly createdAt?: number;
}

const DEFAULTS = {
  mode: "async" as AuditDurability,
  flushIntervalMs: 5,
  syncIntervalMs: 100,
  maxQueueRecords: 100_000,
  maxQueueBytes: 64 * 1024 * 1024,
  segmentMaxBytes: 64 * 1024 * 1024,
  segmentMaxAgeMs: 24 * 3600_000,
  checkpointIntervalMs: 1000,
  retryIntervalMs: 100,
};
const MAX_RETRY_MS = 2000;
/**
 * Work on a record that may wait until the decision has been answered: done about a
 * millisecond after the append, with the records appended meanwhile — masking a call's
 * arguments costs more than the rest of its record.
 */
export interface DeferredWork {
  /** Completes the record (e.g. sets its masked arguments); called once, before it is encoded. */
  readonly finish: (record: AuditRecord) => void;
  /** About how many characters `finish` adds to the encoded record (for the queue's byte bound). */
  readonly addsAtMost: number;
}

/** A queued record whose deferred work has not run yet. */
interface PendingRecord {
  readonly record: AuditRecord;
  readonly finish: (record: AuditRecord) => void;
  /** What it counts in the queue's bytes until it is staged. */
  readonly size: number;
}

/**
 * A queue entry not yet staged: a record whose deferred work has not run, or an encoded body
 * that arrived after one (and must keep its place behind it).
 */
type Unstaged = string | PendingRecord;

/** What a pending record counts in the queue's bytes besides what its deferred work adds. */
const PENDING_BASE_CHARS = 1024;

/** The encoded body of a queue entry, running a pending record's deferred work first. */
function finishPending(entry: Unstaged): string {
  if (typeof entry === "string") return entry;
  try {
    entry.finish(entry.record);
  } catch {
    // The work is ours and must not throw; if it does, what it would have added (masked
    // arguments) is left out rather than risk recording it unfinished.
    entry.record.arguments = undefined;
  }
  return encodeRecordBody(entry.record);
}

/** What an unstaged entry counts in the queue's bytes. */
const unstagedSize = (entry: Unstaged) => (typeof entry === "string" ? entry.length : entry.size);

/** Async mode writes at once, without waiting for the timer, when this much is queued. */
const EAGER_FLUSH_BYTES = 1024 * 1024;

/**
 * How long the log may hold the event loop while it finishes (masks and encodes) records
 * before it lets pending I/O run. Finishing a record costs ~5–20 µs on the event loop (the
 * secret detectors over its arguments, JSON encoding); done for many in one go, every call
 * that arrived meanwhile waited for all of it — tens of milliseconds for a 1 MiB batch.
 */
const TURN_BUDGET_MS = 0.05;
/**
 * A turn grows with what is left to finish (up to {@link MAX_TURN_MS}): under a closed-loop
 * load the event loop always has calls to answer, and a log held to 50 µs per turn fell
 * behind them — records waited ~1 s, long enough to be promoted to the old generation and
 * collected there by full GCs. Growing turns keep the backlog near {@link TURN_RECORDS}.
 */
const TURN_RECORDS = 16;
const MAX_TURN_MS = 2;
/**
 * How long a record waits after its append before its deferred work runs. Run on the very
 * next turn, each record's masking (~10–15 µs) sat between one answer and the reading of the
 * next call — at one connection, in series with every call (BENCHMARKS.md, #14, seventeenth
 * session); a millisecond lets a steady load's records gather and be finished in one turn,
 * between calls rather than after each. Far below the ~5–10 ms between scavenges, so a
 * waiting record still dies young.
 */
const STAGE_DELAY_MS = 1;

/** Resumes after the event loop has polled for I/O (incoming calls are answered first). */
const afterPendingIo = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Finishes entries from `from` on into `into`, in order, for one turn; returns the index of
 * the first entry left (`entries.length` when all are staged). A turn takes at least
 * {@link TURN_RECORDS} records unless it has lasted {@link MAX_TURN_MS}: a steady load brings
 * a few records per turn of the event loop, and a turn cut at 50 µs left them a backlog
 * (records waited 1–3 ms, long enough for a third of them to be promoted).
 */
function stageTurn(entries: readonly Unstaged[], from: number, into: StagedBodies): number {
  const turnStart = performance.now();
  let i = from;
  while (i < entries.length) {
    into.push(finishPending(entries[i]!));
    i++;
    const left = entries.length - i;
    if (left === 0) break;
    const lasted = performance.now() - turnStart;
    if (lasted >= MAX_TURN_MS || (i - from >= TURN_RECORDS && lasted >= TURN_BUDGET_MS * Math.max(1, left / TURN_RECORDS))) break;
  }
  return i;
}

/** Finishes every entry from `from` on into `into`, handing the event loop back between turns. */
async function stageAll(entries: readonly Unstaged[], from: number, into: StagedBodies): Promise<void> {
  for (let i = stageTurn(entries, from, into); i < entries.length; i = stageTurn(entries, i, into)) await afterPendingIo();
}

interface Deferred {
  promise: Promise<void>;
  resolve(): void;
  reject(err: Error): void;
}

function deferred(): Deferred {
  let resolve!: () => void;
  let reject!: (err: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  // A sync append whose caller stopped listening must not become an unhandled rejection.
  promise.catch(() => undefined);
  return { promise, resolve, reject };
}

/**
 * The audit log of one directory. Open it with {@link AuditLog.open}; one process per directory.
 *
 * @example
 * ```ts
 * const log = await AuditLog.open({ dir: "/var/lib/portcullis/audit", mode: "async" });
 * log.onStateChange((h) => logger.warn({ state: h.state, why: h.message }, "audit state"));
 * log.append({ ts: Date.now(), event: "authorize", decisionId, decision: "allow" });
 * await log.close(); // drains the queue, writes a final checkpoint
 * ```
 */
export class AuditLog {
  readonly dir: string;
  readonly mode: AuditDurability;
  /** What opening found: crash repair, the segment records go to. */
  readonly opened: AuditOpenReport;
  /**
   * The store's id: drawn when the store is created (or first opened by a version that writes
   * ids), then read back from its newest header. Every header, checkpoint and head carries it.
   */
  readonly storeId: string;

  private readonly o: typeof DEFAULTS & { retention: RetentionPolicy | undefined; now: () => number };
  private readonly keys: AuditKeys;
  private readonly sinks: AuditSink[];
  private readonly listeners = new Set<(health: AuditHealth) => void>();

  // The queue, in append order: the bodies already encoded, as bytes (`staged`), then the
  // entries not yet finished (`unstaged`); every staged body precedes
  // every unstaged entry. A record is finished about a millisecond after its append (after the
  // decision's answer is written; STAGE_DELAY_MS), not at its batch: what waits for the disk is
  // then bytes, never objects (see staged-bodies.ts). The records themselves are kept only
  // while sinks exist.
  private staged = new StagedBodies();
  /** The other of the two staging buffers (one fills while a batch writes the other). */
  private spare = new StagedBodies();
  private unstaged: Unstaged[] = [];
  private stagingSoon = false;
  private qRecords: AuditRecord[] = [];
  private qBytes = 0;
  /** Sync mode: settles when the batch holding the records queued so far is durable. */
  private qWaiter: Deferred | undefined;
  /** The bytes of the batch being written (reused: one batch at a time). */
  private readonly batch = new BatchBuffer();

  // Committed state of the chain (changes only after a successful write).
  private segment: number;
  /** The open segment's path. */
  private segmentFile: string;
  /** The file the writer opened as the open segment: its path must still name it. */
  private segmentIdentity: FileIdentity | undefined;
  private fd: number | undefined;
  private fdSuspect = false;
  /** Set while the store's files are found removed (what was seen, when); cleared when the log resumes. */
  private removal: { what: string; at: number } | undefined;
  /** The gap the next header records (kept until that header is written). */
  private pendingGap: SegmentGap | undefined;
  /** The last gap recorded, and the segment whose header holds it. */
  private lastGap: (SegmentGap & { segment: number }) | undefined;
  /** `keys.jsonl` as it was at open (restored beside the resumed segment if removed). */
  private readonly keyring: string | undefined;
  private readonly signingKeyFile: string;
  private readonly reclaim: (() => Promise<void>) | undefined;
  private needHeader = true;
  private segmentCreated = 0;
  private segmentSize = 0;
  private segmentRecords = 0;
  private lastHash: string;
  private lastSeq: number;
  private lastCheckpointAt: number;
  private lastCheckpointSeq: number;
  private syncedSeq: number;
  private lastSyncAt: number;
  private syncTimer: NodeJS.Timeout | undefined;

  private accepted = 0;
  private settled = 0;
  private flushWaiters: { target: number; d: Deferred }[] = [];

  private state: AuditState = "ready";
  private kind: AuditUnavailableKind | undefined;
  private message: string | undefined;
  private action: string | undefined;
  private since: number;

  private writing: Promise<void> | undefined;
  private flushTimer: NodeJS.Timeout | undefined;
  /** The pending flush timer is a 0 ms one. */
  private flushSoon = false;
  private checkpointTimer: NodeJS.Timeout | undefined;
  private retryTimer: NodeJS.Timeout | undefined;
  private retryDelay: number;
  private closing: Promise<void> | undefined;

  private constructor(
    options: AuditLogOptions,
    keys: AuditKeys,
    start: {
      segment: number;
      lastHash: string;
      lastSeq: number;
      storeId: string;
      keyring: string | undefined;
      open?: { created: number; size: number; identity: FileIdentity };
    },
    opened: AuditOpenReport,
  ) {
    this.dir = options.dir;
    this.storeId = start.storeId;
    this.o = {
      mode: options.mode ?? DEFAULTS.mode,
      flushIntervalMs: options.flushIntervalMs ?? DEFAULTS.flushIntervalMs,
      syncIntervalMs: options.syncIntervalMs ?? DEFAULTS.syncIntervalMs,
      maxQueueRecords: options.maxQueueRecords ?? DEFAULTS.maxQueueRecords,
      maxQueueBytes: options.maxQueueBytes ?? DEFAULTS.maxQueueBytes,
      segmentMaxBytes: options.segmentMaxBytes ?? DEFAULTS.segmentMaxBytes,
      segmentMaxAgeMs: options.segmentMaxAgeMs ?? DEFAULTS.segmentMaxAgeMs,
      checkpointIntervalMs: options.checkpointIntervalMs ?? DEFAULTS.checkpointIntervalMs,
      retryIntervalMs: options.retryIntervalMs ?? DEFAULTS.retryIntervalMs,
      retention: options.retention,
      now: options.now ?? Date.now,
    };
    this.mode = this.o.mode;
    this.keys = keys;
    this.sinks = [...(options.sinks ?? [])];
    this.segment = start.segment;
    this.segmentFile = segmentPath(this.dir, this.segment);
    this.keyring = start.keyring;
    this.signingKeyFile = options.signingKeyFile ?? defaultSigningKeyFile(options.dir);
    this.reclaim = options.reclaim;
    this.lastHash = start.lastHash;
    this.lastSeq = start.lastSeq;
    this.lastCheckpointSeq = start.lastSeq;
    this.syncedSeq = start.lastSeq;
    this.lastCheckpointAt = this.o.now();
    this.lastSyncAt = this.lastCheckpointAt;
    this.since = this.lastCheckpointAt;
    this.retryDelay = this.o.retryIntervalMs;
    this.opened = opened;
    if (start.open) {
      // The genesis segment stays open: the first records follow its checkpoint.
      this.needHeader = false;
      this.segmentCreated = start.open.created;
      this.segmentSize = start.open.size;
      this.segmentIdentity = start.open.identity;
    }
  }

  /**
   * Opens (or creates) the audit directory: loads or creates the signing key, repairs a torn
   * tail left by a crash (closing that segment with a final checkpoint) and starts a new
   * segment that continues the chain. A store without segments (a new one, or one an older
   * version created and never wrote to) records its creation first — segment 1 with its
   * header and a signed checkpoint of 0 records, made durable, then head.json naming it — and
   * its first records follow in that segment. Throws when the directory or key cannot be used.
   *
   * @example
   * ```ts
   * const log = await AuditLog.open({ dir, mode: "sync" });
   * if (log.opened.repairedBytes > 0) logger.warn(log.opened, "audit: repaired a torn tail");
   * ```
   */
  static async open(options: AuditLogOptions): Promise<AuditLog> {
    const dir = options.dir;
    const now = options.now ?? Date.now;
    try {
      await mkdir(segmentsDir(dir), { recursive: true });
    } catch (err) {
      throw new Error(
        `audit: cannot create ${segmentsDir(dir)}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}; make the directory writable`,
      );
    }
    const keys = await openSigningKey(dir, options.signingKeyFile ?? defaultSigningKeyFile(dir));
    // Kept to restore it beside the segment the log resumes in, should the directory be removed.
    const keyring = await readFile(keyringFile(dir), "utf8").catch(() => undefined);
    let segments = await listSegments(dir);
    let repairedBytes = 0;
    let recoveredSegment: number | undefined;
    let lastHash = ZERO_HASH;
    let lastSeq = 0;
    let next = 1;
    let checkpointsInNewest = 0;
    let seal: { segment: number; at: number; body: CheckpointBody } | undefined;
    // Walk back from the newest segment: a crash may leave it torn, or even empty.
    while (segments.length > 0) {
      const newest = segments[segments.length - 1]!;
      const tail = await repairSegmentTail(segmentPath(dir, newest));
      repairedBytes += tail.truncatedBytes;
      if (!tail.last) {
        // Nothing whole in it (a crash while its header was written): drop and reuse the number.
        await removeSegment(dir, newest);
        segments = segments.slice(0, -1);
        next = newest;
        continue;
      }
      lastHash = tail.last.hash;
      const last = tail.last.line;
      lastSeq = last.t === "header" ? await seqBefore(dir, segments.slice(0, -1)) : last.seq;
      next = newest + 1;
      checkpointsInNewest = tail.checkpoints;
      if (last.t !== "ckpt" || !last.final) {
        // The crashed segment is closed below with a final checkpoint that signs what survived,
        // once the head has vouched for the end of the store.
        seal = {
          segment: newest,
          at: tail.size,
          body: { t: "ckpt", segment: newest, seq: lastSeq, count: tail.records, head: lastHash, at: now(), final: true },
        };
      }
      break;
    }
    // The end of the store is what the chain cannot vouch for: a head beyond it means the
    // newest segment was removed or cut back. Opening would seal that loss with a fresh
    // checkpoint, so refuse — before writing anything — and say how to look.
    const head = await readHeadMarker(dir, keys.publicKey);
    const newestKept = segments.length > 0 ? segments[segments.length - 1]! : 0;
    const refuse = (what: string, restore: string): never => {
      throw new Error(`audit: ${dir}: ${what}; run \`portcullis audit verify ${dir}\`, then ${restore} or move the store aside`);
    };
    if (typeof head === "string") refuse(head, "restore head.json");
    if (head === undefined && (segments.length > 1 || checkpointsInNewest > 1)) {
      // Every checkpoint is followed by a head, so a store past its first checkpoint had a
      // head.json: it was deleted (with it, the removal of the newest segments would go unseen).
      // The first checkpoint alone may be a crash's, between its fdatasync and its head.
      refuse("head.json is missing, but the store holds checkpoints, each of which wrote one: it was deleted", "restore head.json");
    }
    if (typeof head === "object") {
      if (head.segment > newestKept || (head.segment === newestKept && head.seq > lastSeq)) {
        refuse(
          `head.json says the trail reached seq ${head.seq} in segment ${head.segment}, but the store ends at seq ${lastSeq} in segment ${newestKept}: its newest records were removed or cut back`,
          "restore the segments",
        );
      }
      if (head.closed && (newestKept > head.segment || lastSeq > head.seq)) {
        refuse(
          `head.json says the trail was closed at seq ${head.seq} in segment ${head.segment} by a clean shutdown, but the store goes on to seq ${lastSeq} in segment ${newestKept}: records were added while no writer ran`,
          "remove what was added",
        );
      }
    }
    // The store's id continues from its newest header — or, when that header predates store
    // ids, from the signed head a first run of this version wrote before it could write a
    // header of its own (a crash). A new store, or an older one's first run, draws one.
    const newestHeader = segments.length > 0 ? await readSegmentHeader(dir, segments[segments.length - 1]!) : undefined;
    const storeId = newestHeader?.store ?? (typeof head === "object" ? head.store : undefined) ?? randomBytes(16).toString("hex");
    if (seal) seal.body.store = storeId;
    if (seal) {
      const line = checkpointLine(seal.body, signObject(keys.privateKey, seal.body));
      const fd = await openAsync(segmentPath(dir, seal.segment), "r+");
      try {
        const buf = Buffer.from(`${line}\n`);
        await writeAsync(fd, buf, 0, buf.length, seal.at);
        await fdatasyncAsync(fd);
      } finally {
        await closeAsync(fd);
      }
      lastHash = lineHash(line);
      recoveredSegment = seal.segment;
    }
    if (segments.length > 0) {
      // The newest segment now ends with a final checkpoint (its own or the recovery's); the
      // head is open again (not `closed`) until this writer shuts down cleanly.
      await writeHeadMarker(dir, keys.privateKey, { segment: newestKept, seq: lastSeq, ckpt: lastHash, at: now(), store: storeId }).catch(() => undefined);
    }
    let genesis: { created: number; size: number; identity: FileIdentity } | undefined;
    if (segments.length === 0 && next === 1) {
      const marker = await readRetentionMarker(dir, keys.publicKey);
      if (marker !== undefined) {
        throw new Error(`audit: ${dir} has a retention.json but no segments; the store was damaged — restore its segments or move it aside`);
      }
      // A new store (or one an older version created and never wrote to) records its creation
      // at once: segment 1 with its header and a signed checkpoint of 0 records, and the head
      // naming it. `audit verify` then tells "created, nothing recorded yet" (intact) from
      // "segments and head removed" (nothing left), which an empty folder could not.
      const created = now();
      const header = headerLine({ segment: 1, created, prev: ZERO_HASH, keyId: keys.keyId, store: storeId });
      const body: CheckpointBody = { t: "ckpt", segment: 1, seq: 0, count: 0, head: lineHash(header), at: created, final: false, store: storeId };
      const ckpt = checkpointLine(body, signObject(keys.privateKey, body));
      const buf = Buffer.from(`${header}\n${ckpt}\n`);
      lastHash = lineHash(ckpt);
      let identity: FileIdentity;
      try {
        const fd = await openAsync(segmentPath(dir, 1), "w", 0o640);
        try {
          await writeAll(fd, buf, 0);
          await fdatasyncAsync(fd);
          identity = await identityOf(fd);
        } finally {
          await closeAsync(fd);
        }
        await writeHeadMarker(dir, keys.privateKey, { segment: 1, seq: 0, ckpt: lastHash, at: created, store: storeId });
      } catch (err) {
        // What is left of a failed try is cut or replaced at the next open.
        throw new Error(
          `audit: cannot record the creation of the store ${dir}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}; make the directory writable (and give the disk room)`,
        );
      }
      genesis = { created, size: buf.length, identity };
    }
    const opened: AuditOpenReport = {
      repairedBytes,
      ...(recoveredSegment !== undefined ? { recoveredSegment } : {}),
      lastSeq,
      segment: next,
      ...(genesis ? { createdAt: genesis.created } : {}),
    };
    const log = new AuditLog(options, keys, { segment: next, lastHash, lastSeq, storeId, keyring, ...(genesis ? { open: genesis } : {}) }, opened);
    if (log.o.retention) await applyRetention(dir, keys.privateKey, log.o.retention, next, now()).catch(() => undefined);
    return log;
  }

  /**
   * Queues a record. Async mode: returns at once (undefined), or, once the queue is half full,
   * a promise that resolves when it has been written (backpressure). Sync mode: a promise that
   * resolves once the record's batch is written and fdatasync'ed. Throws (async) or rejects
   * (sync) `AuditUnavailableError` when the queue is full, the disk fails or the log is
   * closed — the caller then denies the decision. `record.arguments` must already be masked.
   *
   * @example
   * ```ts
   * await log.append({ ts: Date.now(), event: "authorize", decisionId, decision: "deny", reason: "EXPLICIT_DENY" });
   * ```
   */
  append(record: AuditRecord, work?: DeferredWork): void | Promise<void> {
    if (this.state !== "ready") {
      const refused = this.refusal();
      if (refused) {
        if (this.mode === "sync") return Promise.reject(refused);
        throw refused;
      }
    }
    let entry: Unstaged;
    if (work) {
      checkEncodable(record);
      entry = { record, finish: work.finish, size: PENDING_BASE_CHARS + work.addsAtMost };
    } else {
      entry = encodeRecordBody(record);
    }
    const size = unstagedSize(entry);
    if (this.queued >= this.o.maxQueueRecords || this.qBytes + size > this.o.maxQueueBytes) {
      this.setState("unavailable", "queue-full", `the queue is full (${this.queued} records, ${this.qBytes} bytes waiting for the disk)`, QUEUE_ACTION);
      // Not refusal(): under the byte bound, the queue may have room for a smaller record.
      const err = this.queueFull();
      if (this.mode === "sync") return Promise.reject(err);
      throw err;
    }
    if (typeof entry === "string" && this.unstaged.length === 0) {
      this.qBytes += this.staged.push(entry);
    } else {
      this.unstaged.push(entry);
      this.qBytes += size;
      this.stageSoon();
    }
    if (this.sinks.length > 0) this.qRecords.push(record);
    this.accepted++;
    if (this.mode === "sync") {
      this.qWaiter ??= deferred();
      this.schedule(0);
      return this.qWaiter.promise;
    }
    // Backpressure before refusal: past half the queue, the caller waits for the write. A
    // caller that never yields to the event loop (an embedded host in a tight in-memory loop)
    // would otherwise starve the flush timer until the queue is full and decisions are denied.
    if (this.queued >= this.o.maxQueueRecords / 2 || this.qBytes >= this.o.maxQueueBytes / 2) return this.flush();
    this.schedule(this.qBytes >= EAGER_FLUSH_BYTES ? 0 : this.o.flushIntervalMs);
  }

  /**
   * Resolves once every record appended before the call is written and fdatasync'ed;
   * rejects with `AuditUnavailableError` when a write fails meanwhile.
   *
   * @example
   * ```ts
   * log.append(record);
   * await log.flush();
   * ```
   */
  flush(): Promise<void> {
    // Everything written: what is left is to make sure it is on disk.
    if (this.settled >= this.accepted) return this.syncedSeq >= this.lastSeq ? Promise.resolve() : this.syncWritten();
    const d = deferred();
    this.flushWaiters.push({ target: this.accepted, d });
    this.schedule(0);
    return d.promise;
  }

  /**
   * Resolves once no batch is being written: what a batch wrote is then all on disk, its
   * checkpoint and the head marker beside it included. For readers of the live store.
   *
   * @example
   * ```ts
   * await log.settledWrites();
   * const report = await verifyAuditDir(dir);
   * ```
   */
  async settledWrites(): Promise<void> {
    while (this.writing) await this.writing.catch(() => undefined);
  }

  /**
   * Stops taking records, drains the queue (retrying a failing disk until `timeoutMs`),
   * closes the open segment with a final checkpoint and releases the file. Rejects when the
   * trail could not be closed cleanly, saying what was lost and why: records still queued at
   * the deadline — or at once when the store was removed and cannot be resumed — or, with
   * nothing left to write, the final checkpoint or closed head that could not be written (not
   * retried: the next open seals the segment, as after a crash).
   *
   * @example
   * ```ts
   * process.once("SIGTERM", () => void log.close().then(() => process.exit(0)));
   * ```
   */
  close(options: { timeoutMs?: number } = {}): Promise<void> {
    this.closing ??= this.drainAndClose(options.timeoutMs ?? 10_000);
    return this.closing;
  }

  /**
   * Whether the log takes records now: `health.state === "ready"` without building the
   * health object (checked before every decision).
   *
   * @example
   * ```ts
   * if (!log.ready) deny(log.health.message);
   * ```
   */
  get ready(): boolean {
    return this.state === "ready";
  }

  /**
   * The current state and queue.
   *
   * @example
   * ```ts
   * if (log.health.state !== "ready") readiness.fail(log.health.message);
   * ```
   */
  get health(): AuditHealth {
    return {
      state: this.state,
      ...(this.kind ? { kind: this.kind } : {}),
      ...(this.message ? { message: this.message } : {}),
      ...(this.action && this.state === "unavailable" ? { action: this.action } : {}),
      ...(this.lastGap ? { gap: this.lastGap } : {}),
      since: this.since,
      queuedRecords: this.queued,
      queuedBytes: this.qBytes,
      lastSeq: this.lastSeq,
      syncedSeq: this.syncedSeq,
      segment: this.segment,
    };
  }

  /**
   * Calls `listener` on every state change (ready ⇄ unavailable, closed), and when what to do
   * about an unavailable log changes (`health.action`). Returns an unsubscribe function.
   *
   * @example
   * ```ts
   * const off = log.onStateChange((h) => logger.warn(h, "audit log state"));
   * ```
   */
  onStateChange(listener: (health: AuditHealth) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Subscribes a sink to records committed from now on. Returns an unsubscribe function.
   *
   * @example
   * ```ts
   * const off = log.addSink({ export: (r) => otlp.emit(r) });
   * ```
   */
  addSink(sink: AuditSink): () => void {
    this.sinks.push(sink);
    return () => {
      const i = this.sinks.indexOf(sink);
      if (i >= 0) this.sinks.splice(i, 1);
    };
  }

  // ── internals ────────────────────────────────────────────────────────────

  /** Records queued: staged and not yet. */
  private get queued(): number {
    return this.staged.count + this.unstaged.length;
  }

  /**
   * Finishes the unstaged records {@link STAGE_DELAY_MS} after the first of them was appended
   * (the decisions are answered first), one budgeted turn at a time; a backlog left by a turn
   * goes on at the next turn of the event loop, after the I/O it polls.
   */
  private stageSoon(backlog = false): void {
    if (this.stagingSoon) return;
    this.stagingSoon = true;
    const stage = () => {
      this.stagingSoon = false;
      const entries = this.unstaged;
      const before = this.staged.byteLength;
      const to = stageTurn(entries, 0, this.staged);
      let estimated = 0;
      for (let i = 0; i < to; i++) estimated += unstagedSize(entries[i]!);
      this.qBytes += this.staged.byteLength - before - estimated;
      // What is staged must not stay reachable from here: a backlog that never quite drains
      // would otherwise keep every record it ever held alive (and promoted).
      this.unstaged = to < entries.length ? entries.slice(to) : [];
      if (this.unstaged.length > 0) this.stageSoon(true);
    };
    if (backlog) setImmediate(stage);
    else setTimeout(stage, STAGE_DELAY_MS);
  }

  private queueFull(): AuditUnavailableError {
    return new AuditUnavailableError(
      `audit log ${this.dir} cannot keep up: ${this.message}; the disk is too slow for the load — use a faster disk, or raise the audit queue bounds`,
      "queue-full",
      this.dir,
    );
  }

  private refusal(): AuditUnavailableError | undefined {
    if (this.closing || this.state === "closed") {
      return new AuditUnavailableError(`audit log ${this.dir} is closed; the sidecar is shutting down`, "closed", this.dir);
    }
    if (this.state !== "unavailable") return undefined;
    if (this.kind === "queue-full") {
      // Room again? Then take the record; the state turns ready on the next commit.
      if (this.queued < this.o.maxQueueRecords && this.qBytes < this.o.maxQueueBytes) return undefined;
      return this.queueFull();
    }
    return new AuditUnavailableError(`audit log ${this.dir} cannot write: ${this.message}; ${this.action ?? DISK_ACTION}`, "disk", this.dir);
  }

  private setState(state: AuditState, kind?: AuditUnavailableKind, message?: string, action?: string): void {
    // The same state again is news only when what to do about it changed (a removed store that
    // is back but cannot be resumed into): a queue-full message changes with every refusal.
    if (state === this.state && kind === this.kind && action === this.action) {
      this.message = message;
      return;
    }
    if (state !== this.state || kind !== this.kind) this.since = this.o.now();
    this.state = state;
    this.kind = kind;
    this.message = message;
    this.action = action;
    const health = this.health;
    for (const l of this.listeners) {
      try {
        l(health);
      } catch {
        // A listener's failure is not the log's.
      }
    }
  }

  private schedule(delayMs: number): void {
    if (this.writing || this.retryTimer) return; // the running batch or the retry picks it up
    if (this.flushTimer) {
      // An earlier timer stands unless this one is due sooner: re-arming a 0 ms timer on
      // every append would keep pushing the write back under a burst.
      if (delayMs > 0 || this.flushSoon) return;
      clearTimeout(this.flushTimer);
    }
    this.flushSoon = delayMs === 0;
    this.flushTimer = setTimeout(() => {
      this.flushTimer = undefined;
      this.flushSoon = false;
      void this.pump();
    }, delayMs);
  }

  /**
   * Runs batches until nothing is queued; one at a time. `writing` is set before the run can
   * finish and cleared in a continuation that always runs later: a run that has nothing to do
   * (a flush timer firing after another run drained the queue) must not leave a settled
   * promise in `writing`, which would make every later `schedule` a no-op and stall the log.
   */
  private pump(probe = false): Promise<void> {
    if (this.writing) return this.writing;
    const run = this.drainQueue(probe).then(() => {
      this.writing = undefined;
      if (this.queued > 0 && !this.retryTimer && !this.closing) this.schedule(this.urgent() ? 0 : this.o.flushIntervalMs);
    });
    this.writing = run;
    return run;
  }

  private async drainQueue(probe: boolean): Promise<void> {
    try {
      let forceCheckpoint = probe;
      while (this.queued > 0 || forceCheckpoint) {
        await this.writeBatch(forceCheckpoint);
        forceCheckpoint = false;
        // Async mode paces its batches: what arrived during a write waits for the next flush
        // interval instead of going out at once, or a steady trickle of calls would get a
        // write (and a thread-pool round trip on the caller's thread) nearly each.
        if (!this.urgent()) break;
      }
    } catch {
      // writeBatch has recorded the failure and scheduled a retry.
    }
  }

  /** Whether what is queued must be written now rather than at the next flush interval. */
  private urgent(): boolean {
    return (
      this.mode === "sync" ||
      this.flushWaiters.length > 0 ||
      this.closing !== undefined ||
      this.qBytes >= EAGER_FLUSH_BYTES ||
      this.queued >= this.o.maxQueueRecords / 2 ||
      this.qBytes >= this.o.maxQueueBytes / 2
    );
  }

  private async ensureOpen(): Promise<number> {
    if (this.fd !== undefined && !this.fdSuspect) return this.fd;
    if (this.fd !== undefined) {
      const fd = this.fd;
      this.fd = undefined;
      await closeAsync(fd).catch(() => undefined);
    }
    const path = this.segmentFile;
    if (this.needHeader) {
      // The segment has nothing committed yet: anything there is a leftover of a failed try.
      const fd = await openAsync(path, "w", 0o640);
      this.fd = fd;
      this.segmentSize = 0;
      this.segmentIdentity = await identityOf(fd);
    } else {
      // Reopen after a failure; cut what a failed write may have left past the last commit —
      // of the file the writer opened, never of another one put in its place.
      const fd = await openAsync(path, "r+");
      if (!sameFile(await identityOf(fd).catch(() => undefined), this.segmentIdentity)) {
        await closeAsync(fd).catch(() => undefined);
        throw new SegmentRemovedError(`${path} was replaced by another file while the sidecar ran`);
      }
      this.fd = fd;
      await ftruncateAsync(fd, this.segmentSize);
    }
    this.fdSuspect = false;
    return this.fd;
  }

  /**
   * Throws SegmentRemovedError when the open segment's path no longer names the file written
   * to: it was removed (alone, with `segments/` or with the whole directory) or replaced, and
   * what was just written went to a file nobody can read. One stat per batch, on the thread pool.
   */
  private async checkInPlace(): Promise<void> {
    const now = await statOrNone(this.segmentFile);
    if (!sameFile(now, this.segmentIdentity)) {
      throw new SegmentRemovedError(`${this.segmentFile} was ${now ? "replaced by another file" : "removed"} while the sidecar ran`);
    }
  }

  private checkpoint(segment: number, seq: number, count: number, head: string, at: number, final: boolean): string {
    const body: CheckpointBody = { t: "ckpt", segment, seq, count, head, at, final, store: this.storeId };
    return checkpointLine(body, signObject(this.keys.privateKey, body));
  }

  /** One group commit: header (new segment), the queued records, a checkpoint when due. */
  private async writeBatch(forceCheckpoint: boolean): Promise<void> {
    if (this.removal) {
      try {
        await this.resume(this.removal);
      } catch (err) {
        this.onWriteFailure(err as NodeJS.ErrnoException, undefined);
        throw err;
      }
    }
    // The segment that records a gap is signed (and named by the head) at once.
    if (this.pendingGap) forceCheckpoint = true;
    // The batch is what is queued now; appends from here on go to the next one.
    const staged = this.staged;
    const entries = this.unstaged;
    const records = this.qRecords;
    const waiter = this.qWaiter;
    this.staged = this.spare;
    this.unstaged = [];
    this.qRecords = [];
    this.qBytes = 0;
    this.qWaiter = undefined;
    await stageAll(entries, 0, staged);
    const count = staged.count;
    const now = this.o.now();
    let prev = this.lastHash;
    let seq = this.lastSeq;
    let segmentCount = this.segmentRecords;
    let created = this.segmentCreated;
    const batch = this.batch;
    batch.reset();
    const gap = this.needHeader ? this.pendingGap : undefined;
    if (this.needHeader) {
      created = now;
      prev = batch.appendLine(headerLine({ segment: this.segment, created, prev, keyId: this.keys.keyId, store: this.storeId, gap }));
    }
    // Hashing here, at flush time: each line's `prev` is the hash of the line before it.
    for (let i = 0; i < count; i++) prev = batch.appendLine(recordLineHead(++seq, prev), staged.body(i));
    segmentCount += count;
    let checkpointed = false;
    if (forceCheckpoint || (seq > this.lastCheckpointSeq && now - this.lastCheckpointAt >= this.o.checkpointIntervalMs)) {
      prev = batch.appendLine(this.checkpoint(this.segment, seq, segmentCount, prev, now, false));
      checkpointed = true;
    }
    const buf = batch.bytes();
    let synced = false;
    try {
      const fd = await this.ensureOpen();
      await writeAll(fd, buf, this.segmentSize);
      await this.checkInPlace();
      if (this.mode === "sync" || checkpointed || this.flushWaiters.length > 0 || this.closing || now - this.lastSyncAt >= this.o.syncIntervalMs) {
        await fdatasyncAsync(fd);
        this.lastSyncAt = now;
        synced = true;
      }
      // Only a checkpoint already on disk may become the head: a crash cannot take it back.
      if (checkpointed) await writeHeadMarker(this.dir, this.keys.privateKey, { segment: this.segment, seq, ckpt: prev, at: now, store: this.storeId });
    } catch (err) {
      this.fdSuspect = true;
      if (this.mode === "async") {
        // Those decisions are already made: keep their records and write them once the disk
        // works, ahead of what was staged since (and of what is still unstaged).
        this.qBytes += staged.byteLength;
        staged.pushAll(this.staged);
        this.spare = this.staged;
        this.spare.clear();
        this.staged = staged;
        this.qRecords = records.concat(this.qRecords);
      } else {
        // Their appends are refused: the caller denies, so these records must never appear.
        this.settled += count;
        staged.clear();
        this.spare = staged;
      }
      this.onWriteFailure(err as NodeJS.ErrnoException, waiter);
      throw err;
    }
    // Committed.
    if (gap) {
      this.pendingGap = undefined;
      this.lastGap = { ...gap, segment: this.segment };
    }
    this.segmentSize += buf.length;
    this.segmentCreated = created;
    this.needHeader = false;
    this.lastHash = prev;
    this.lastSeq = seq;
    this.segmentRecords = segmentCount;
    if (checkpointed) {
      this.lastCheckpointAt = now;
      this.lastCheckpointSeq = seq;
    }
    this.settled += count;
    staged.clear();
    this.spare = staged;
    if (synced) this.syncedSeq = seq;
    else this.armSyncTimer();
    this.retryDelay = this.o.retryIntervalMs;
    if (this.state === "unavailable" && (this.kind === "disk" || this.queued < this.o.maxQueueRecords / 2)) this.setState("ready");
    waiter?.resolve();
    this.settleFlushWaiters();
    if (this.sinks.length > 0 && records.length === count) this.export(records, seq - count + 1);
    if (this.segmentSize >= this.o.segmentMaxBytes || now - this.segmentCreated >= this.o.segmentMaxAgeMs) await this.rotate(now);
    this.armCheckpointTimer();
  }

  private export(records: AuditRecord[], firstSeq: number): void {
    for (let i = 0; i < records.length; i++) {
      const committed = { ...records[i]!, seq: firstSeq + i };
      for (const sink of this.sinks) {
        try {
          sink.export(committed);
        } catch {
          // A failing sink must not stop the log or the other sinks.
        }
      }
    }
  }

  /** Closes the open segment with a final checkpoint; the next batch opens the next one. */
  private async rotate(now: number): Promise<void> {
    await this.closeSegment(now);
    this.segment++;
    this.segmentFile = segmentPath(this.dir, this.segment);
    this.segmentIdentity = undefined;
    this.needHeader = true;
    this.segmentRecords = 0;
    this.segmentSize = 0;
    if (this.o.retention) {
      // Retention must never stop the log; a failure is retried at the next rotation.
      await applyRetention(this.dir, this.keys.privateKey, this.o.retention, this.segment, now).catch(() => undefined);
    }
  }

  /** `shutdown`: the head says the trail was closed, so that a record added afterwards shows. */
  private async closeSegment(now: number, shutdown = false): Promise<void> {
    const c = this.checkpoint(this.segment, this.lastSeq, this.segmentRecords, this.lastHash, now, true);
    const buf = Buffer.from(`${c}\n`);
    let fd: number;
    try {
      fd = await this.ensureOpen();
      await writeAll(fd, buf, this.segmentSize);
      await this.checkInPlace();
      await fdatasyncAsync(fd);
      await writeHeadMarker(this.dir, this.keys.privateKey, {
        segment: this.segment,
        seq: this.lastSeq,
        ckpt: lineHash(c),
        at: now,
        store: this.storeId,
        ...(shutdown ? { closed: true as const } : {}),
      });
    } catch (err) {
      this.fdSuspect = true;
      this.onWriteFailure(err as NodeJS.ErrnoException, undefined);
      throw err;
    }
    this.segmentSize += buf.length;
    this.lastHash = lineHash(c);
    this.lastCheckpointAt = now;
    this.lastCheckpointSeq = this.lastSeq;
    this.syncedSeq = this.lastSeq;
    this.lastSyncAt = now;
    this.fd = undefined;
    await closeAsync(fd).catch(() => undefined);
  }

  private onWriteFailure(err: NodeJS.ErrnoException, waiter: Deferred | undefined): void {
    if (err instanceof ResumeBlockedError) {
      this.setState("unavailable", "disk", err.message, err.action);
    } else if (err instanceof SegmentRemovedError || err.code === "ENOENT") {
      // The segment (or its folder, or the whole directory) is gone: what was written to it
      // went with it, and writing on cannot bring it back. Resume once the directory is back.
      this.removal ??= {
        what: `${err instanceof SegmentRemovedError ? err.message : `ENOENT writing ${this.segmentFile}: the audit store's files were removed while the sidecar ran`} (the trail had reached seq ${this.lastSeq})`,
        at: this.o.now(),
      };
      this.setState("unavailable", "disk", this.removal.what, this.recreateAction());
    } else {
      // The file that failed: the segment, or the head marker beside it.
      this.setState("unavailable", "disk", `${err.code ?? "error"} writing ${err.path ?? this.segmentFile}`, DISK_ACTION);
    }
    const refusal = this.refusal() ?? new AuditUnavailableError(`audit log ${this.dir} cannot write: ${this.message}`, "disk", this.dir);
    waiter?.reject(refusal);
    for (const w of this.flushWaiters) w.d.reject(refusal);
    this.flushWaiters = [];
    if (!this.retryTimer) {
      const delay = this.retryDelay;
      this.retryDelay = Math.min(MAX_RETRY_MS, this.retryDelay * 2);
      this.retryTimer = setTimeout(() => {
        this.retryTimer = undefined;
        // With nothing queued, a checkpoint is the probe that proves the disk works again.
        void this.pump(true);
      }, delay);
      this.retryTimer.unref();
    }
  }

  /** What to do after a removal: the log resumes once the directory exists. */
  private recreateAction(): string {
    return `the trail resumes by itself once ${this.dir} exists (recreate it if it is gone: mkdir -p ${this.dir}), in a new segment whose signed header records the loss, which \`portcullis audit verify\` reports; no restart is needed`;
  }

  /**
   * Resumes after the store's files were removed, once the directory exists again: takes its
   * lock again, checks that nothing another writer made is there, restores the public key
   * (and the key schedule, and the private key file where it had been) if they went too, and
   * moves on to a new segment whose header records the gap. Throws ResumeBlockedError while
   * it cannot — the directory is still missing, or holds another writer's files.
   */
  private async resume(removal: { what: string; at: number }): Promise<void> {
    const dir = this.dir;
    const st = await stat(dir).catch(() => undefined);
    if (!st?.isDirectory()) throw new ResumeBlockedError(removal.what, this.recreateAction());
    if (!this.needHeader && sameFile(await statOrNone(this.segmentFile), this.segmentIdentity)) {
      // The segment is where it was (a failure that only looked like a removal): carry on in it.
      this.removal = undefined;
      return;
    }
    const blocked = (why: string) =>
      new ResumeBlockedError(
        `${removal.what}; ${dir} is back, but ${why}`,
        `a restart is needed: stop whatever else writes to ${dir}, move it aside and restart the sidecar (it starts a new store there)`,
      );
    try {
      await this.reclaim?.();
    } catch (err) {
      throw blocked((err as Error).message);
    }
    const resumeIn = this.needHeader ? this.segment : this.segment + 1;
    try {
      await mkdir(segmentsDir(dir), { recursive: true });
      const present = await listSegments(dir);
      const foreign = present.find((s) => s >= resumeIn);
      if (foreign !== undefined) throw blocked(`it holds ${segmentPath(dir, foreign)}, which this writer did not write`);
      const newest = present.at(-1);
      if (newest !== undefined) {
        const header = await readSegmentHeader(dir, newest).catch(() => undefined);
        if (header?.store !== undefined && header.store !== this.storeId)
          throw blocked(`${segmentPath(dir, newest)} belongs to another store (${header.store})`);
      }
      const head = await readHeadMarker(dir, this.keys.publicKey);
      if (typeof head === "string") throw blocked(`${headFile(dir)}: ${head}`);
      if (head && ((head.store !== undefined && head.store !== this.storeId) || head.segment >= resumeIn)) {
        throw blocked(`${headFile(dir)} names a trail this writer did not write`);
      }
      // What verify needs beside the segments, if it went with them.
      const restore = (file: string, text: string, mode: number) =>
        writeFile(file, text, { mode, flag: "wx" }).catch((err: NodeJS.ErrnoException) => {
          if (err.code !== "EEXIST" && err.code !== "ENOENT") throw err;
        });
      await restore(publicKeyFile(dir), this.keys.publicKey.export({ type: "spki", format: "pem" }) as string, 0o644);
      if (this.keyring !== undefined) await restore(keyringFile(dir), this.keyring, 0o644);
      // The private key too, where it was (never a new folder for it): the next start needs it.
      await restore(this.signingKeyFile, this.keys.privateKey.export({ type: "pkcs8", format: "pem" }) as string, 0o600);
    } catch (err) {
      if (err instanceof ResumeBlockedError) throw err;
      throw new ResumeBlockedError(
        `${removal.what}; ${dir} is back, but resuming failed: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
        DISK_ACTION,
      );
    }
    // The descriptor of the removed file goes; the chain goes on from the last line written.
    if (this.fd !== undefined) {
      const fd = this.fd;
      this.fd = undefined;
      await closeAsync(fd).catch(() => undefined);
    }
    this.pendingGap = { through: resumeIn - 1, seq: this.lastSeq, at: removal.at };
    this.segment = resumeIn;
    this.segmentFile = segmentPath(dir, resumeIn);
    this.segmentIdentity = undefined;
    this.needHeader = true;
    this.fdSuspect = false;
    this.segmentRecords = 0;
    this.segmentSize = 0;
    this.removal = undefined;
  }

  private settleFlushWaiters(): void {
    if (this.flushWaiters.length === 0) return;
    const still: typeof this.flushWaiters = [];
    for (const w of this.flushWaiters) this.settled >= w.target ? w.d.resolve() : still.push(w);
    this.flushWaiters = still;
  }

  /** Async mode: fdatasync what was written without it, at most `syncIntervalMs` later. */
  private armSyncTimer(): void {
    if (this.syncTimer || this.closing) return;
    this.syncTimer = setTimeout(() => {
      this.syncTimer = undefined;
      if (this.syncedSeq < this.lastSeq && !this.closing) void this.syncWritten().catch(() => undefined);
    }, this.o.syncIntervalMs);
    this.syncTimer.unref();
  }

  /**
   * fdatasync what has been written, as the one disk operation running (never beside a batch,
   * which may rotate and close the descriptor). Rejects when the disk fails.
   */
  private async syncWritten(): Promise<void> {
    while (this.writing) await this.writing;
    if (this.syncedSeq >= this.lastSeq || this.fd === undefined) return;
    const fd = this.fd;
    const seq = this.lastSeq;
    let failure: NodeJS.ErrnoException | undefined;
    const run = fdatasyncAsync(fd)
      .then(
        () => {
          this.syncedSeq = Math.max(this.syncedSeq, seq);
          this.lastSyncAt = this.o.now();
        },
        (err: NodeJS.ErrnoException) => {
          failure = err;
          this.fdSuspect = true;
          this.onWriteFailure(err, undefined);
        },
      )
      .then(() => {
        this.writing = undefined;
        if (this.queued > 0 && !this.retryTimer && !this.closing) this.schedule(0);
      });
    this.writing = run;
    await run;
    if (failure) throw this.refusal() ?? failure;
  }

  private armCheckpointTimer(): void {
    if (this.checkpointTimer || this.closing || this.lastSeq === this.lastCheckpointSeq) return;
    const delay = Math.max(0, this.lastCheckpointAt + this.o.checkpointIntervalMs - this.o.now());
    this.checkpointTimer = setTimeout(() => {
      this.checkpointTimer = undefined;
      if (this.lastSeq !== this.lastCheckpointSeq && !this.closing) void this.pump(true);
    }, delay);
    this.checkpointTimer.unref();
  }

  private async drainAndClose(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    clearTimeout(this.flushTimer);
    clearTimeout(this.checkpointTimer);
    clearTimeout(this.syncTimer);
    this.flushTimer = undefined;
    this.checkpointTimer = undefined;
    this.syncTimer = undefined;
    const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
    for (;;) {
      if (this.writing) await this.writing;
      if (this.retryTimer) {
        clearTimeout(this.retryTimer);
        this.retryTimer = undefined;
      }
      try {
        // A removal is resumed from (if the directory is back) and its gap recorded first.
        while (this.queued > 0 || this.removal || this.pendingGap) await this.writeBatch(false);
        if (!this.needHeader) await this.closeSegment(this.o.now(), true);
        else if (this.segment > 1) {
          // Nothing written since the last final checkpoint: the head names it again, closed.
          await writeHeadMarker(this.dir, this.keys.privateKey, {
            segment: this.segment - 1,
            seq: this.lastSeq,
            ckpt: this.lastHash,
            at: this.o.now(),
            store: this.storeId,
            closed: true,
          });
        }
        break;
      } catch {
        // Records still queued are decisions already made: a failing disk gets until the
        // deadline. With nothing left to write, only the final checkpoint (or the closed head)
        // is missing — waiting would change nothing the next start does not repair; and a store
        // removed (resuming failed just now) has nowhere to write them.
        const lost = this.queued;
        const removed = this.removal !== undefined;
        const pastDeadline = Date.now() >= deadline;
        if (lost === 0 || removed || pastDeadline) {
          const why = this.message ?? "the disk failed";
          this.setState("closed");
          throw new AuditUnavailableError(this.uncleanClose(lost, why, removed, pastDeadline ? timeoutMs : undefined), "disk", this.dir);
        }
        if (this.retryTimer) {
          clearTimeout(this.retryTimer);
          this.retryTimer = undefined;
        }
        await pause(Math.min(this.o.retryIntervalMs * 4, Math.max(1, deadline - Date.now())));
      }
    }
    this.setState("closed");
  }

  /** What a close that could not finish says: what was lost, what was left unclosed, what the next start does. */
  private uncleanClose(lost: number, why: string, removed: boolean, deadlineMs: number | undefined): string {
    const records =
      lost > 0
        ? `${lost} record(s) could not be written${deadlineMs !== undefined ? ` before the ${deadlineMs} ms shutdown deadline` : ""} (${why}); they are lost`
        : `the trail could not be closed (${why})`;
    if (removed) {
      return `audit log ${this.dir}: ${records}; segment ${this.segmentFile} could not get its final checkpoint — it is gone with the records written to it. The next start on ${this.dir} begins a new store (a new store id): this line is the record of the loss`;
    }
    const written = lost > 0 ? `the records before them were written (through seq ${this.lastSeq})` : `every record was written (through seq ${this.lastSeq})`;
    return `audit log ${this.dir}: ${records}; the trail was not closed cleanly (segment ${this.segmentFile} has no final checkpoint, or the head does not say closed) — ${written}, and the next start seals the segment as after a crash`;
  }
}

/** Writes all of `buf` at `position`, looping over short writes. */
async function writeAll(fd: number, buf: Buffer, position: number): Promise<void> {
  let done = 0;
  while (done < buf.length) {
    const n = await writeAsync(fd, buf, done, buf.length - done, position + done);
    done += n;
  }
}

/** The seq of the last record in the newest of `segments` that has a seq (0 for none). */
async function seqBefore(dir: string, segments: number[]): Promise<number> {
  for (let i = segments.length - 1; i >= 0; i--) {
    const tail = await repairSegmentTail(segmentPath(dir, segments[i]!), true);
    const last = tail.last?.line;
    if (last && last.t !== "header") return last.seq;
  }
  return 0;
}
