/**
 * The vault of one sidecar: a SQLite file (`node:sqlite`) under the data directory, readable
 * by its owner only (0600, in a 0700 directory). Reads are synchronous and take microseconds,
 * so a cache miss does not even cost a promise. Connect flows live in memory: a restart
 * forgets them, and the user clicks the link of the next denied call.
 *
 * Another process may open the same file (a `portcullis serve` that puts credentials for a
 * `portcullis gateway` on one data directory). Its commits move SQLite's `PRAGMA
 * data_version` (which a connection's own commits never do); the store looks at it at most
 * every {@link FOREIGN_CHECK_MS} ms when asked (an unref'd timer marks a check due, so a read
 * in between tests a boolean, not the clock), and the vault drops what it cached within about
 * that long of the other process's change.
 */
import { chmodSync, closeSync, mkdirSync, openSync } from "node:fs";
import { join } from "node:path";
import { DatabaseSync, type StatementSync } from "node:sqlite";
import {
  LocalRefreshTurns,
  type RecordFilter,
  type RefreshTurn,
  type StoredRecord,
  type StoredRevocation,
  type VaultRecordKind,
  type VaultStore,
} from "./vault-store.js";

/** The vault file's name inside the data directory. */
export const VAULT_FILE = "vault.sqlite";

const MAX_PENDING = 10_000;

/** How often, at most, the store asks SQLite whether another connection committed. */
export const FOREIGN_CHECK_MS = 250;

interface Row {
  subject: string;
  server: string;
  kind: string;
  updated_at_ms: number;
  expires_at_ms: number;
  has_refresh_token: number;
  rev: string;
  sealed: string;
}

/**
 * Vault records in a SQLite file.
 *
 * @example
 * ```ts
 * const store = SqliteVaultStore.open("./portcullis-data");
 * ```
 */
export class SqliteVaultStore implements VaultStore {
  readonly kind = "sqlite" as const;
  readonly shared = false;
  /** The file's path. */
  readonly file: string;
  readonly #db: DatabaseSync;
  readonly #select: StatementSync;
  readonly #upsert: StatementSync;
  readonly #replace: StatementSync;
  readonly #remove: StatementSync;
  readonly #removeRev: StatementSync;
  readonly #dataVersion: StatementSync;
  #lastDataVersion: number;
  /** Set by a timer every FOREIGN_CHECK_MS: a read pays a boolean test, not a clock read. */
  #checkDue = true;
  readonly #checkTimer: NodeJS.Timeout;
  readonly #pending = new Map<string, { value: string; expiresAt: number }>();
  readonly #turns = new LocalRefreshTurns();
  readonly #listeners: ((subject: string, server: string) => void)[] = [];

  private constructor(file: string) {
    this.file = file;
    this.#db = new DatabaseSync(file);
    // Deleted records are overwritten, not left in free pages (they are sealed anyway).
    this.#db.exec("PRAGMA secure_delete = ON");
    this.#db.exec(`CREATE TABLE IF NOT EXISTS credentials (
      subject TEXT NOT NULL, server TEXT NOT NULL, kind TEXT NOT NULL,
      updated_at_ms INTEGER NOT NULL, expires_at_ms INTEGER NOT NULL, has_refresh_token INTEGER NOT NULL,
      rev TEXT NOT NULL, sealed TEXT NOT NULL,
      PRIMARY KEY (subject, server)) WITHOUT ROWID`);
    this.#db.exec(`CREATE TABLE IF NOT EXISTS revocations (
      id TEXT PRIMARY KEY, subject TEXT NOT NULL, server TEXT NOT NULL, queued_at_ms INTEGER NOT NULL,
      attempts INTEGER NOT NULL, last_error TEXT NOT NULL, sealed TEXT NOT NULL) WITHOUT ROWID`);
    this.#select = this.#db.prepare("SELECT * FROM credentials WHERE subject = ? AND server = ?");
    this.#upsert = this.#db.prepare(
      "INSERT OR REPLACE INTO credentials (subject, server, kind, updated_at_ms, expires_at_ms, has_refresh_token, rev, sealed) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    );
    this.#replace = this.#db.prepare(
      "UPDATE credentials SET kind = ?, updated_at_ms = ?, expires_at_ms = ?, has_refresh_token = ?, rev = ?, sealed = ? WHERE subject = ? AND server = ? AND rev = ?",
    );
    this.#remove = this.#db.prepare("DELETE FROM credentials WHERE subject = ? AND server = ?");
    this.#removeRev = this.#db.prepare("DELETE FROM credentials WHERE subject = ? AND server = ? AND rev = ?");
    this.#dataVersion = this.#db.prepare("PRAGMA data_version");
    this.#lastDataVersion = this.#readDataVersion();
    this.#checkTimer = setInterval(() => {
      this.#checkDue = true;
    }, FOREIGN_CHECK_MS);
    this.#checkTimer.unref();
  }

  /** Opens (creating if needed) `dir/vault.sqlite` with owner-only permissions. */
  static open(dir: string): SqliteVaultStore {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const file = join(dir, VAULT_FILE);
    // Created 0600 before SQLite opens it (SQLite gives its journal the file's mode), and
    // tightened if an older file was more open.
    closeSync(openSync(file, "a", 0o600));
    chmodSync(file, 0o600);
    return new SqliteVaultStore(file);
  }

  changedElsewhere(): boolean {
    if (!this.#checkDue) return false;
    this.#checkDue = false;
    const version = this.#readDataVersion();
    if (version === this.#lastDataVersion) return false;
    this.#lastDataVersion = version;
    return true;
  }

  get(subject: string, server: string): StoredRecord | undefined {
    const row = this.#select.get(subject, server) as Row | undefined;
    return row ? toRecord(row) : undefined;
  }

  put(r: StoredRecord, ifRev?: string): Promise<boolean> {
    const refresh = r.hasRefreshToken ? 1 : 0;
    const { changes } =
      ifRev === undefined
        ? this.#upsert.run(r.subject, r.server, r.kind, r.updatedAtMs, r.expiresAtMs, refresh, r.rev, r.sealed)
        : this.#replace.run(r.kind, r.updatedAtMs, r.expiresAtMs, refresh, r.rev, r.sealed, r.subject, r.server, ifRev);
    if (Number(changes) > 0) this.#changed(r.subject, r.server);
    return Promise.resolve(Number(changes) > 0);
  }

  delete(subject: string, server: string, ifRev?: string): Promise<boolean> {
    const { changes } = ifRev === undefined ? this.#remove.run(subject, server) : this.#removeRev.run(subject, server, ifRev);
    if (Number(changes) > 0) this.#changed(subject, server);
    return Promise.resolve(Number(changes) > 0);
  }

  list(filter: RecordFilter): Promise<StoredRecord[]> {
    const where: string[] = [];
    const params: string[] = [];
    if (filter.subject !== undefined) {
      where.push("subject = ?");
      params.push(filter.subject);
    }
    if (filter.server !== undefined) {
      where.push("server = ?");
      params.push(filter.server);
    }
    const sql = `SELECT * FROM credentials${where.length ? ` WHERE ${where.join(" AND ")}` : ""} ORDER BY subject, server`;
    return Promise.resolve((this.#db.prepare(sql).all(...params) as unknown as Row[]).map(toRecord));
  }

  subjects(): Promise<string[]> {
    const rows = this.#db.prepare("SELECT DISTINCT subject FROM credentials").all() as unknown as { subject: string }[];
    return Promise.resolve(rows.map((row) => row.subject));
  }

  putRevocation(r: StoredRevocation): Promise<void> {
    this.#db
      .prepare("INSERT OR REPLACE INTO revocations (id, subject, server, queued_at_ms, attempts, last_error, sealed) VALUES (?, ?, ?, ?, ?, ?, ?)")
      .run(r.id, r.subject, r.server, r.queuedAtMs, r.attempts, r.lastError, r.sealed);
    return Promise.resolve();
  }

  noteRevocationFailure(id: string, attempts: number, lastError: string): Promise<void> {
    this.#db.prepare("UPDATE revocations SET attempts = ?, last_error = ? WHERE id = ?").run(attempts, lastError, id);
    return Promise.resolve();
  }

  getRevocation(id: string): Promise<StoredRevocation | undefined> {
    const row = this.#db.prepare("SELECT * FROM revocations WHERE id = ?").get(id) as RevocationRow | undefined;
    return Promise.resolve(row ? toRevocation(row) : undefined);
  }

  deleteRevocation(id: string): Promise<void> {
    this.#db.prepare("DELETE FROM revocations WHERE id = ?").run(id);
    return Promise.resolve();
  }

  listRevocations(): Promise<StoredRevocation[]> {
    const rows = this.#db.prepare("SELECT * FROM revocations ORDER BY queued_at_ms, id").all() as unknown as RevocationRow[];
    return Promise.resolve(rows.map(toRevocation));
  }

  putPending(id: string, value: string, ttlMs: number): Promise<void> {
    const now = Date.now();
    for (const [key, entry] of this.#pending) if (entry.expiresAt <= now) this.#pending.delete(key);
    if (this.#pending.size >= MAX_PENDING) this.#pending.delete(this.#pending.keys().next().value!);
    this.#pending.set(id, { value, expiresAt: now + ttlMs });
    return Promise.resolve();
  }

  peekPending(id: string): Promise<string | undefined> {
    const entry = this.#pending.get(id);
    return Promise.resolve(entry && entry.expiresAt > Date.now() ? entry.value : undefined);
  }

  takePending(id: string): Promise<string | undefined> {
    const entry = this.#pending.get(id);
    this.#pending.delete(id);
    return Promise.resolve(entry && entry.expiresAt > Date.now() ? entry.value : undefined);
  }

  takeRefreshTurn(subject: string, server: string, holdMs: number): Promise<RefreshTurn> {
    return this.#turns.take(subject, server, holdMs);
  }

  onChange(listener: (subject: string, server: string) => void): void {
    this.#listeners.push(listener);
  }

  close(): Promise<void> {
    clearInterval(this.#checkTimer);
    if (this.#db.isOpen) this.#db.close();
    return Promise.resolve();
  }

  #readDataVersion(): number {
    return Number((this.#dataVersion.get() as { data_version: number | bigint }).data_version);
  }

  #changed(subject: string, server: string): void {
    for (const listener of this.#listeners) listener(subject, server);
  }
}

interface RevocationRow {
  id: string;
  subject: string;
  server: string;
  queued_at_ms: number;
  attempts: number;
  last_error: string;
  sealed: string;
}

function toRevocation(row: RevocationRow): StoredRevocation {
  return {
    id: row.id,
    subject: row.subject,
    server: row.server,
    queuedAtMs: Number(row.queued_at_ms),
    attempts: Number(row.attempts),
    lastError: row.last_error,
    sealed: row.sealed,
  };
}

function toRecord(row: Row): StoredRecord {
  return {
    subject: row.subject,
    server: row.server,
    kind: row.kind as VaultRecordKind,
    updatedAtMs: Number(row.updated_at_ms),
    expiresAtMs: Number(row.expires_at_ms),
    hasRefreshToken: row.has_refresh_token === 1,
    rev: row.rev,
    sealed: row.sealed,
  };
}
