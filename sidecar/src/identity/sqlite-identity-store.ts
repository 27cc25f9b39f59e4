/**
 * The embedded identity store: one `node:sqlite` file in the data directory, for a sidecar
 * that runs alone (several on one host may share the file: sqlite locks it, and each reads
 * the change feed). The directory is created 0700 and the file 0600; it holds token hashes,
 * never tokens.
 */
import { chmodSync, closeSync, mkdirSync, openSync } from "node:fs";
import { join } from "node:path";
import { DatabaseSync, type SQLInputValue } from "node:sqlite";
import { foldSubject } from "./subject-deny-list.js";
import {
  CHANGE_FEED_KEEP,
  CHANGE_PAGE,
  type ChangePage,
  type IdentityChange,
  type IdentityStore,
  type OffboardedSubject,
  type OffboardSource,
  type ScimUserRecord,
  SubjectOffboardedError,
  type TokenRecord,
} from "./identity-store.js";

/** The file's name inside the data directory. */
export const IDENTITY_DB_FILE = "identity.sqlite";

const SCHEMA = `
CREATE TABLE IF NOT EXISTS tokens (
  id TEXT PRIMARY KEY, hash TEXT NOT NULL UNIQUE, hint TEXT NOT NULL, subject TEXT NOT NULL,
  kind TEXT NOT NULL, roles TEXT NOT NULL, team TEXT NOT NULL, description TEXT NOT NULL,
  created_at INTEGER NOT NULL, expires_at INTEGER NOT NULL,
  last_used_at INTEGER NOT NULL DEFAULT 0, revoked_at INTEGER NOT NULL DEFAULT 0);
CREATE INDEX IF NOT EXISTS tokens_by_subject ON tokens (subject);
CREATE TABLE IF NOT EXISTS offboarded (
  subject TEXT PRIMARY KEY, offboarded_at INTEGER NOT NULL, reason TEXT NOT NULL, source TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS changes (
  epoch INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, hash TEXT, subject TEXT,
  offboarded_at INTEGER, reason TEXT, source TEXT);
CREATE TABLE IF NOT EXISTS scim_users (
  id TEXT PRIMARY KEY, user_name TEXT NOT NULL, user_name_key TEXT NOT NULL UNIQUE,
  external_id TEXT NOT NULL, subject TEXT NOT NULL, active INTEGER NOT NULL,
  attributes TEXT NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL);
`;

type Row = Record<string, SQLInputValue>;

/**
 * Opens (creating if needed) the identity database in `dataDir`.
 *
 * @example
 * ```ts
 * const store = openSqliteIdentityStore("./portcullis-data");
 * ```
 */
/** The SQL function that folds a subject (see {@link foldSubject}); registered on each connection. */
const FOLD_SQL = "pcl_fold_subject";

export function openSqliteIdentityStore(dataDir: string): IdentityStore {
  const file = join(dataDir, IDENTITY_DB_FILE);
  try {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    // Create the file 0600 before sqlite opens it (sqlite gives its -wal and -shm files the
    // same mode), and tighten a file an older umask left readable.
    closeSync(openSync(file, "a", 0o600));
    chmodSync(file, 0o600);
    const db = new DatabaseSync(file);
    // Subjects match whatever their case or Unicode form, as the deny-list matches them.
    db.function(FOLD_SQL, { deterministic: true }, (subject) => (typeof subject === "string" ? foldSubject(subject) : subject));
    db.exec("PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 5000; PRAGMA synchronous = NORMAL;");
    db.exec(SCHEMA);
    return new SqliteIdentityStore(db);
  } catch (err) {
    throw new Error(`the data directory cannot hold the token store ${file} (--data-dir): ${(err as Error).message}`);
  }
}

class SqliteIdentityStore implements IdentityStore {
  readonly kind = "sqlite" as const;
  readonly #db: DatabaseSync;

  constructor(db: DatabaseSync) {
    this.#db = db;
  }

  async insertToken(r: TokenRecord): Promise<void> {
    this.#transaction(() => {
      // Sidecars sharing the file: an offboarding that ran after this token's issue time missed it.
      // Under any spelling that folds as this one does: the deny-list refuses those too.
      const offboarded = this.#db
        .prepare(`SELECT max(offboarded_at) AS offboarded_at FROM offboarded WHERE ${FOLD_SQL}(subject) = ?`)
        .get(foldSubject(r.subject)) as Row | undefined;
      if (offboarded?.offboarded_at != null && Number(offboarded.offboarded_at) >= r.createdAtMs) throw new SubjectOffboardedError(r.subject);
      this.#insertToken(r);
    });
  }

  #insertToken(r: TokenRecord): void {
    this.#db
      .prepare(
        "INSERT INTO tokens (id, hash, hint, subject, kind, roles, team, description, created_at, expires_at, last_used_at, revoked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      )
      .run(
        r.id,
        r.hash,
        r.hint,
        r.subject,
        r.kind,
        JSON.stringify(r.roles),
        r.team,
        r.description,
        r.createdAtMs,
        r.expiresAtMs,
        r.lastUsedAtMs,
        r.revokedAtMs,
      );
  }

  async tokenByHash(hash: string): Promise<TokenRecord | undefined> {
    const row = this.#db.prepare("SELECT * FROM tokens WHERE hash = ?").get(hash) as Row | undefined;
    return row && toToken(row);
  }

  async tokenById(id: string): Promise<TokenRecord | undefined> {
    const row = this.#db.prepare("SELECT * FROM tokens WHERE id = ?").get(id) as Row | undefined;
    return row && toToken(row);
  }

  async listTokens(filter: { subject?: string | undefined; includeRevoked: boolean }): Promise<TokenRecord[]> {
    const where: string[] = [];
    const args: SQLInputValue[] = [];
    if (filter.subject) {
      where.push("subject = ?");
      args.push(filter.subject);
    }
    if (!filter.includeRevoked) where.push("revoked_at = 0");
    const sql = `SELECT * FROM tokens ${where.length > 0 ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY created_at, rowid`;
    return (this.#db.prepare(sql).all(...args) as Row[]).map(toToken);
  }

  async revokeToken(id: string, atMs: number): Promise<boolean | undefined> {
    return this.#transaction(() => {
      const row = this.#db.prepare("SELECT hash, revoked_at FROM tokens WHERE id = ?").get(id) as Row | undefined;
      if (!row) return undefined;
      if (Number(row.revoked_at) !== 0) return false;
      this.#db.prepare("UPDATE tokens SET revoked_at = ? WHERE id = ?").run(atMs, id);
      this.#db.prepare("INSERT INTO changes (kind, hash) VALUES ('token', ?)").run(row.hash as string);
      this.#trimFeed();
      return true;
    });
  }

  async recordLastUsed(uses: ReadonlyMap<string, number>): Promise<void> {
    if (uses.size === 0) return;
    const update = this.#db.prepare("UPDATE tokens SET last_used_at = ? WHERE hash = ? AND last_used_at < ?");
    this.#transaction(() => {
      for (const [hash, at] of uses) update.run(at, hash, at);
    });
  }

  async offboardSubject(entry: OffboardedSubject): Promise<number> {
    return this.#transaction(() => {
      const { subject, offboardedAtMs, reason } = entry;
      // An admin's offboarding stays the admin's: SCIM must not be able to lift it later.
      this.#db
        .prepare(
          `INSERT INTO offboarded (subject, offboarded_at, reason, source) VALUES (?, ?, ?, ?) ON CONFLICT (subject) DO UPDATE SET
           offboarded_at = excluded.offboarded_at, reason = excluded.reason,
           source = CASE WHEN offboarded.source = 'admin' THEN 'admin' ELSE excluded.source END`,
        )
        .run(subject, offboardedAtMs, reason, entry.source);
      const { source } = this.#db.prepare("SELECT source FROM offboarded WHERE subject = ?").get(subject) as { source: string };
      // Every token of the subject whatever its case or Unicode form (NFKC, lower case), as the deny-list refuses them.
      const revoked = this.#db
        .prepare(`UPDATE tokens SET revoked_at = ? WHERE ${FOLD_SQL}(subject) = ? AND revoked_at = 0`)
        .run(offboardedAtMs, foldSubject(subject));
      this.#db
        .prepare("INSERT INTO changes (kind, subject, offboarded_at, reason, source) VALUES ('subject', ?, ?, ?, ?)")
        .run(subject, offboardedAtMs, reason, source);
      this.#trimFeed();
      return Number(revoked.changes);
    });
  }

  async reinstateSubject(subject: string, onlySource?: OffboardSource): Promise<boolean> {
    return this.#transaction(() => {
      const deleted = onlySource
        ? this.#db.prepare("DELETE FROM offboarded WHERE subject = ? AND source = ?").run(subject, onlySource)
        : this.#db.prepare("DELETE FROM offboarded WHERE subject = ?").run(subject);
      if (Number(deleted.changes) === 0) return false;
      this.#db.prepare("INSERT INTO changes (kind, subject) VALUES ('subject', ?)").run(subject);
      this.#trimFeed();
      return true;
    });
  }

  async offboardedSubjects(): Promise<OffboardedSubject[]> {
    return (this.#db.prepare("SELECT * FROM offboarded").all() as Row[]).map((row) => ({
      subject: row.subject as string,
      offboardedAtMs: Number(row.offboarded_at),
      reason: row.reason as string,
      source: row.source as OffboardSource,
    }));
  }

  async changesSince(epoch: number): Promise<ChangePage> {
    const latest = Number((this.#db.prepare("SELECT coalesce(max(epoch), 0) AS latest FROM changes").get() as Row).latest);
    if (latest <= epoch) return { latest, changes: [] };
    const rows = this.#db.prepare("SELECT * FROM changes WHERE epoch > ? ORDER BY epoch LIMIT ?").all(epoch, CHANGE_PAGE) as Row[];
    return { latest, changes: rows.map(toChange) };
  }

  async putScimUser(user: ScimUserRecord): Promise<boolean> {
    const key = user.userName.toLowerCase();
    return this.#transaction(() => {
      const holder = this.#db.prepare("SELECT id FROM scim_users WHERE user_name_key = ?").get(key) as Row | undefined;
      if (holder && holder.id !== user.id) return false;
      this.#db
        .prepare(
          `INSERT INTO scim_users (id, user_name, user_name_key, external_id, subject, active, attributes, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET user_name = excluded.user_name,
           user_name_key = excluded.user_name_key, external_id = excluded.external_id, active = excluded.active,
           attributes = excluded.attributes, updated_at = excluded.updated_at`,
        )
        .run(user.id, user.userName, key, user.externalId, user.subject, user.active ? 1 : 0, user.attributes, user.createdAtMs, user.updatedAtMs);
      return true;
    });
  }

  async scimUser(id: string): Promise<ScimUserRecord | undefined> {
    const row = this.#db.prepare("SELECT * FROM scim_users WHERE id = ?").get(id) as Row | undefined;
    return row && toScimUser(row);
  }

  async scimUserByName(userName: string): Promise<ScimUserRecord | undefined> {
    const row = this.#db.prepare("SELECT * FROM scim_users WHERE user_name_key = ?").get(userName.toLowerCase()) as Row | undefined;
    return row && toScimUser(row);
  }

  async listScimUsers(): Promise<ScimUserRecord[]> {
    return (this.#db.prepare("SELECT * FROM scim_users ORDER BY created_at, id").all() as Row[]).map(toScimUser);
  }

  async deleteScimUser(id: string): Promise<boolean> {
    return Number(this.#db.prepare("DELETE FROM scim_users WHERE id = ?").run(id).changes) > 0;
  }

  async close(): Promise<void> {
    if (this.#db.isOpen) this.#db.close();
  }

  #transaction<T>(body: () => T): T {
    // IMMEDIATE: take the write lock first, so two processes sharing the file cannot both
    // read a token as live and then both write.
    this.#db.exec("BEGIN IMMEDIATE");
    try {
      const result = body();
      this.#db.exec("COMMIT");
      return result;
    } catch (err) {
      this.#db.exec("ROLLBACK");
      throw err;
    }
  }

  #trimFeed(): void {
    this.#db.prepare("DELETE FROM changes WHERE epoch <= (SELECT max(epoch) FROM changes) - ?").run(CHANGE_FEED_KEEP);
  }
}

function toToken(row: Row): TokenRecord {
  return {
    id: row.id as string,
    hash: row.hash as string,
    hint: row.hint as string,
    subject: row.subject as string,
    kind: row.kind === "agent" ? "agent" : "human",
    roles: JSON.parse(row.roles as string) as string[],
    team: row.team as string,
    description: row.description as string,
    createdAtMs: Number(row.created_at),
    expiresAtMs: Number(row.expires_at),
    lastUsedAtMs: Number(row.last_used_at),
    revokedAtMs: Number(row.revoked_at),
  };
}

function toChange(row: Row): IdentityChange {
  const epoch = Number(row.epoch);
  if (row.kind === "token") return { epoch, kind: "token", hash: row.hash as string };
  const subject = row.subject as string;
  const entry =
    row.offboarded_at === null
      ? undefined
      : { subject, offboardedAtMs: Number(row.offboarded_at), reason: row.reason as string, source: row.source as OffboardSource };
  return { epoch, kind: "subject", subject, entry };
}

function toScimUser(row: Row): ScimUserRecord {
  return {
    id: row.id as string,
    userName: row.user_name as string,
    externalId: row.external_id as string,
    subject: row.subject as string,
    active: Number(row.active) === 1,
    attributes: row.attributes as string,
    createdAtMs: Number(row.created_at),
    updatedAtMs: Number(row.updated_at),
  };
}
