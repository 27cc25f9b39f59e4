/**
 * The audit index: `DIR/index.sqlite` (node:sqlite, WAL), one row per record with the
 * columns queries filter on and where the record's line is (segment, byte offset, length) —
 * never the record's body, which stays in the segments. It is derived data: built
 * incrementally from per-segment positions committed in the same transaction as the rows
 * they cover (so a crash re-indexes from the last committed position, never twice), and
 * deleted and rebuilt when it is missing, corrupt, of another schema, or no longer matches
 * the segments (a segment shorter than its position, or with another header).
 */
import { createHash } from "node:crypto";
import { closeSync, existsSync, openSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { DatabaseSync, type StatementSync } from "node:sqlite";
import { type AuditRecordFields, listSegments, readSegmentLines, segmentFileName, segmentsDir, type StoredRecordLine } from "./audit-lines.js";

/** The index file's name inside the audit directory. */
export const INDEX_FILE = "index.sqlite";

/**
 * Bump when the schema changes: an index of another version is deleted and rebuilt from the
 * segments (checked before the schema is applied, whose indexes may name new columns).
 * 2: `upstream_tool`, so `--tool` matches the real tool behind a virtual server.
 * 3: `shadow`, so `--event shadow` finds the decisions a shadow policy disagreed with.
 */
const SCHEMA_VERSION = "3";

/** SQLite's page cache for queries and bulk catch-ups (KiB). */
const QUERY_CACHE_KIB = 64 * 1024;

/** Lines indexed per transaction: large enough to amortise the commit, small enough not to hold the write lock long. */
const BATCH_LINES = 20_000;

/**
 * Lines per transaction for the background indexer, which runs at the lowest priority: a busy
 * machine may slow it down mid-transaction, and a query waiting for the write lock (to catch
 * up itself) must then wait for a small batch, not a large one.
 */
export const BACKGROUND_BATCH_LINES = 500;

/**
 * SQLite's page cache for the background indexer (KiB). Appending rows touches the right
 * edge of each index, a few pages; the 64 MiB a query's range scans use would only be
 * resident memory in every sidecar.
 */
export const BACKGROUND_CACHE_KIB = 8 * 1024;

/**
 * Bytes read from a segment at a time for a transaction of `batchLines` lines: ~512 per line
 * (a record line is ~400–700 bytes; a longer batch reads on), between 64 KiB and 4 MiB. One
 * 4 MiB read per 500-line batch filled 4 MiB of a fresh buffer for ~300 KB of lines, and a
 * background catch-up of 30,000 records left ~60 such buffers to the collector.
 *
 * @example
 * ```ts
 * readChunkBytes(BACKGROUND_BATCH_LINES); // 256000
 * ```
 */
export function readChunkBytes(batchLines: number): number {
  return Math.max(64 * 1024, Math.min(4 * 1024 * 1024, batchLines * 512));
}

/** Options of {@link AuditIndex.open}. */
export interface AuditIndexOptions {
  /** Lines indexed per write transaction (default 20,000). */
  readonly batchLines?: number;
  /** SQLite's page cache, KiB (default 64 MiB: what queries over months of records want). */
  readonly cacheKiB?: number;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS positions (segment INTEGER PRIMARY KEY, offset INTEGER NOT NULL, header TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS records (
  seq INTEGER PRIMARY KEY, ts INTEGER NOT NULL, event TEXT NOT NULL,
  subject TEXT, agent_id TEXT, agent_kind TEXT, team TEXT,
  server TEXT, virtual_server TEXT, upstream_server TEXT, tool TEXT, upstream_tool TEXT,
  decision TEXT, reason TEXT, shadow INTEGER,
  segment INTEGER NOT NULL, offset INTEGER NOT NULL, length INTEGER NOT NULL);
-- The seed's question, "which agents accessed server X in the last 30 days", and its
-- variations (by decision, which tools) read these covering indexes alone: a range scan
-- over (server, ts) that never touches the table.
CREATE INDEX IF NOT EXISTS records_by_server ON records (server, ts, agent_id, agent_kind, subject, decision, tool, upstream_tool);
-- The same through a virtual server: the real server is the upstream one.
CREATE INDEX IF NOT EXISTS records_by_upstream ON records (upstream_server, ts, server, agent_id, agent_kind, subject, decision, tool, upstream_tool)
  WHERE upstream_server IS NOT NULL;
CREATE INDEX IF NOT EXISTS records_by_ts ON records (ts);
CREATE INDEX IF NOT EXISTS records_by_subject ON records (subject, ts);
CREATE INDEX IF NOT EXISTS records_by_agent ON records (agent_id, ts);
CREATE INDEX IF NOT EXISTS records_by_tool ON records (tool, ts);
-- A tool filter matches the real tool behind a virtual server too (tool = ? OR upstream_tool = ?).
CREATE INDEX IF NOT EXISTS records_by_upstream_tool ON records (upstream_tool, ts) WHERE upstream_tool IS NOT NULL;
-- Decisions the shadow policy disagreed with (1; NULL otherwise): few, so a small partial index.
CREATE INDEX IF NOT EXISTS records_by_shadow ON records (ts) WHERE shadow IS NOT NULL;
`;

/** A record line the index should hold: where it is and what it says. */
export interface IndexedLine {
  readonly offset: number;
  readonly length: number;
  readonly seq: number;
  readonly record: AuditRecordFields;
}

/** What one {@link AuditIndex.catchUp} did. */
export interface CatchUpOutcome {
  /** Records added to the index. */
  readonly added: number;
  /** Complete lines that are not valid JSON records, skipped (`audit verify` names them). */
  readonly unreadable: number;
  /** Whether the index was rebuilt from scratch first. */
  readonly rebuilt: boolean;
}

/** The index no longer describes the segments and must be rebuilt. */
class StaleIndexError extends Error {}

/**
 * The sqlite index over an audit directory's segments.
 *
 * @example
 * ```ts
 * const index = AuditIndex.open("/var/lib/portcullis/audit");
 * index.catchUp();
 * index.close();
 * ```
 */
export class AuditIndex {
  readonly dir: string;
  readonly file: string;
  #db: DatabaseSync;
  #insert!: StatementSync;
  #setPosition!: StatementSync;
  #getPosition!: StatementSync;
  readonly #batchLines: number;
  readonly #cacheKiB: number;

  private constructor(dir: string, db: DatabaseSync, batchLines: number, cacheKiB: number) {
    this.dir = dir;
    this.file = join(dir, INDEX_FILE);
    this.#db = db;
    this.#batchLines = batchLines;
    this.#cacheKiB = cacheKiB;
    this.#prepare();
  }

  /**
   * Opens the index of `dir`, creating it when missing and rebuilding it (empty, to be
   * filled by {@link catchUp}) when it is corrupt or of another schema version.
   *
   * @example
   * ```ts
   * const index = AuditIndex.open(dir);
   * ```
   */
  static open(dir: string, options: AuditIndexOptions = {}): AuditIndex {
    const file = join(dir, INDEX_FILE);
    const batchLines = options.batchLines ?? BATCH_LINES;
    const cacheKiB = options.cacheKiB ?? QUERY_CACHE_KIB;
    try {
      return new AuditIndex(dir, openDatabase(file, cacheKiB), batchLines, cacheKiB);
    } catch (err) {
      if (!isDamaged(err)) throw cannotOpen(file, err);
    }
    removeIndexFiles(file);
    try {
      return new AuditIndex(dir, openDatabase(file, cacheKiB), batchLines, cacheKiB);
    } catch (err) {
      throw cannotOpen(file, err);
    }
  }

  /** The database, for the query side (same thread). */
  get db(): DatabaseSync {
    return this.#db;
  }

  /**
   * Indexes every complete record line written since the last call (a torn last line waits
   * until it is complete), drops the rows of segments retention deleted, and rebuilds the
   * whole index first when it no longer matches the segments or turns out corrupt.
   *
   * @example
   * ```ts
   * const { added } = index.catchUp();
   * ```
   */
  catchUp(): CatchUpOutcome {
    try {
      return { ...this.#catchUp(), rebuilt: false };
    } catch (err) {
      if (!(err instanceof StaleIndexError) && !isDamaged(err)) throw err;
    }
    this.rebuild();
    return { ...this.#catchUp(), rebuilt: true };
  }

  /**
   * Deletes the index files and starts an empty index (the next {@link catchUp} refills it).
   *
   * @example
   * ```ts
   * index.rebuild();
   * index.catchUp();
   * ```
   */
  rebuild(): void {
    try {
      this.#db.close();
    } catch {
      // already closed or unusable: it is being replaced anyway
    }
    removeIndexFiles(this.file);
    this.#db = openDatabase(this.file, this.#cacheKiB);
    this.#prepare();
  }

  /**
   * Adds lines of one segment that the caller has just written itself, and moves the
   * segment's position to `endOffset` — for bulk loaders (benchmarks, imports) that write
   * segments and index them in one pass instead of reading them back.
   *
   * @example
   * ```ts
   * index.ingest(1, lines, endOffset, headerSha256);
   * ```
   */
  ingest(segment: number, lines: readonly IndexedLine[], endOffset: number, headerSha256: string): void {
    this.#db.exec("BEGIN IMMEDIATE");
    try {
      for (const line of lines) this.#insertLine(segment, line);
      this.#setPosition.run(segment, endOffset, headerSha256);
      this.#db.exec("COMMIT");
    } catch (err) {
      this.#db.exec("ROLLBACK");
      throw err;
    }
  }

  /** Closes the database. */
  close(): void {
    this.#db.close();
  }

  #prepare(): void {
    const db = this.#db;
    this.#insert = db.prepare(
      "INSERT OR IGNORE INTO records (seq, ts, event, subject, agent_id, agent_kind, team, server, virtual_server, upstream_server, tool, upstream_tool, decision, reason, shadow, segment, offset, length) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    );
    this.#setPosition = db.prepare("INSERT OR REPLACE INTO positions (segment, offset, header) VALUES (?, ?, ?)");
    this.#getPosition = db.prepare("SELECT offset, header FROM positions WHERE segment = ?");
  }

  #insertLine(segment: number, { seq, record: r, offset, length }: IndexedLine): void {
    this.#insert.run(
      seq,
      r.ts,
      r.event,
      text(r.subject),
      text(r.agent?.tokenId),
      text(r.agent?.kind),
      text(r.team),
      text(r.server),
      text(r.virtualServer),
      text(r.upstreamServer),
      text(r.tool),
      text(r.upstreamTool),
      text(r.decision),
      text(r.reason),
      r.shadow ? 1 : null,
      segment,
      offset,
      length,
    );
  }

  #catchUp(): { added: number; unreadable: number } {
    const db = this.#db;
    const segments = listSegments(this.dir);
    const indexed = db.prepare("SELECT min(segment) AS first, max(segment) AS last FROM positions").get() as { first: number | null; last: number | null };
    if (segments.length === 0) {
      // The store was emptied (or never written): an index of records that are gone is stale.
      if (indexed.last !== null) throw new StaleIndexError("the audit directory has no segments any more");
      return { added: 0, unreadable: 0 };
    }
    const first = segments[0]!;
    // Retention removes segments from the oldest, never the newest: the store was replaced.
    if (indexed.last !== null && segments.at(-1)! < indexed.last) throw new StaleIndexError(`segment ${indexed.last} is gone`);
    if (indexed.first !== null && indexed.first < first) {
      // Retention deleted whole segments from the oldest: their rows go too.
      db.exec("BEGIN IMMEDIATE");
      db.prepare("DELETE FROM records WHERE segment < ?").run(first);
      db.prepare("DELETE FROM positions WHERE segment < ?").run(first);
      db.exec("COMMIT");
    }
    let added = 0;
    let unreadable = 0;
    for (const segment of segments) {
      // Closed segments indexed to their end are not read again; the last indexed one may have grown.
      if (indexed.last !== null && segment < indexed.last) continue;
      const outcome = this.#indexSegment(segment);
      added += outcome.added;
      unreadable += outcome.unreadable;
    }
    return { added, unreadable };
  }

  #indexSegment(segment: number): { added: number; unreadable: number } {
    const file = join(segmentsDir(this.dir), segmentFileName(segment));
    let added = 0;
    let unreadable = 0;
    for (;;) {
      let size: number;
      try {
        size = statSync(file).size;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === "ENOENT") return { added, unreadable }; // removed meanwhile (retention)
        throw err;
      }
      // The position is read inside the write transaction: another indexer of the same
      // directory (the sidecar's worker and an `audit query` run) may have moved it.
      this.#db.exec("BEGIN IMMEDIATE");
      let committed = false;
      try {
        const position = this.#getPosition.get(segment) as { offset: number; header: string } | undefined;
        const start = position?.offset ?? 0;
        if (size < start) throw new StaleIndexError(`segment ${segment} is shorter than its indexed position`);
        if (position && position.header !== "" && headerHash(file) !== position.header) {
          throw new StaleIndexError(`segment ${segment} was replaced`);
        }
        let header = position?.header ?? "";
        let end = start;
        let lines = 0;
        for (const line of readSegmentLines(file, start, this.#batchLines, readChunkBytes(this.#batchLines))) {
          lines++;
          end = line.offset + line.length + 1;
          if (line.offset === 0) header = sha256(line.text);
          const parsed = parseRecordLine(line.text);
          if (parsed === undefined) {
            unreadable++;
            continue;
          }
          if (parsed === null) continue; // header or checkpoint
          this.#insertLine(segment, { seq: parsed.seq, record: parsed, offset: line.offset, length: line.length });
          added++;
        }
        if (end !== start || !position) this.#setPosition.run(segment, end, header);
        this.#db.exec("COMMIT");
        committed = true;
        if (lines < this.#batchLines) return { added, unreadable };
      } finally {
        if (!committed) this.#db.exec("ROLLBACK");
      }
    }
  }
}

/**
 * Parses one segment line: the record of a `rec` line, null for a header or checkpoint,
 * undefined for a line that is not a valid record (skipped, counted).
 */
function parseRecordLine(text: string): StoredRecordLine | null | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== "object" || value === null) return undefined;
  const line = value as Partial<StoredRecordLine> & { t?: unknown };
  if (line.t !== "rec") return line.t === "header" || line.t === "ckpt" ? null : undefined;
  if (!Number.isSafeInteger(line.seq) || typeof line.ts !== "number" || typeof line.event !== "string") return undefined;
  return line as StoredRecordLine;
}

function text(value: unknown): string | null {
  return typeof value === "string" ? value : null;
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

function headerHash(file: string): string {
  for (const line of readSegmentLines(file, 0, 1, 4096)) return sha256(line.text);
  return "";
}

function openDatabase(file: string, cacheKiB: number): DatabaseSync {
  // Created 0600 before sqlite opens it: the index names subjects and servers.
  if (!existsSync(file)) closeSync(openSync(file, "a", 0o600));
  const db = new DatabaseSync(file);
  try {
    // The busy timeout first: switching a new file to WAL and creating the schema take locks,
    // and the background indexer may be doing the same on another thread at that moment.
    db.exec("PRAGMA busy_timeout = 10000; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
    db.exec(`PRAGMA cache_size = -${Math.max(1, Math.floor(cacheKiB))};`);
    // The version before the schema: an older index's table lacks the columns the new
    // indexes name, and creating them would fail rather than say "rebuild".
    db.exec("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;");
    const version = db.prepare("SELECT value FROM meta WHERE key = 'schema'").get() as { value: string } | undefined;
    if (version !== undefined && version.value !== SCHEMA_VERSION) throw new StaleIndexError(`index schema ${version.value}, expected ${SCHEMA_VERSION}`);
    db.exec(SCHEMA);
    if (version === undefined) db.prepare("INSERT INTO meta (key, value) VALUES ('schema', ?)").run(SCHEMA_VERSION);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

function removeIndexFiles(file: string): void {
  for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
}

/** SQLITE_CORRUPT (11) and SQLITE_NOTADB (26), or our own verdict that the index is stale. */
function isDamaged(err: unknown): boolean {
  if (err instanceof StaleIndexError) return true;
  const code = (err as { errcode?: unknown }).errcode;
  return typeof code === "number" && ((code & 0xff) === 11 || (code & 0xff) === 26);
}

function cannotOpen(file: string, err: unknown): Error {
  return new Error(`cannot open the audit index ${file}: ${(err as Error).message} (the audit directory must be writable; the index is rebuilt when deleted)`);
}
