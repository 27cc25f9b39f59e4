/**
 * The credential vault: sealed records over a store, with an in-memory cache of opened
 * records so that a decision that needs a credential reads it in microseconds.
 *
 * The cache follows every write of this process at once, other processes' writes as soon as
 * their pub/sub announcement arrives, and — because a message can be lost — revalidates an
 * entry of a shared store that is older than a second. A store that is not shared but whose
 * file another process may write (SQLite) is asked whether it changed elsewhere before a
 * cached entry is trusted; when it did, the whole cache — "no record" answers too — is
 * dropped. A record that does not open (altered,
 * moved to another owner, sealed under another key) is never cached and never served; it is
 * logged once per version, by owner and reason only.
 *
 * Key rotation: a vault opened with previous keys reads records sealed under them, and seals
 * each such record again under the current key (compare-and-set on its revision, its times
 * kept) when it reads it, or all of them at once ({@link Vault.resealAll}).
 */
import { randomUUID } from "node:crypto";
import { BoundedMap } from "../limits/bounded-map.js";
import type { Logger } from "../logger.js";
import type { VaultKey } from "./vault-key.js";
import { epochMs, storedExpiry } from "./refresh-schedule.js";
import { open, seal, sealedKeyId, VaultRecordError } from "./vault-seal.js";
import type { RecordFilter, StoredRecord, VaultRecordKind, VaultStore } from "./vault-store.js";

/** What a record holds once opened. Never logged. */
export interface VaultPayload {
  /** The static secret, or the OAuth 2 access token. */
  readonly secret: string;
  readonly refreshToken?: string | undefined;
  /** When the access token expires (Unix ms; 0: unknown or never). */
  readonly expiresAtMs: number;
  /** When the secret was put or the token obtained (Unix ms). */
  readonly obtainedAtMs: number;
}

/** An opened record. */
export interface VaultEntry {
  readonly subject: string;
  readonly server: string;
  readonly kind: VaultRecordKind;
  readonly rev: string;
  readonly updatedAtMs: number;
  readonly payload: VaultPayload;
}

/**
 * Nothing is sealed while this replica's key is not its fleet's (see vault-fleet-key.ts): a
 * record sealed under it could not be opened by the rest of the fleet.
 */
export class VaultWritesHeldError extends Error {
  override readonly name = "VaultWritesHeldError";
}

/** How long a cached entry of a shared store is trusted without asking the store again. */
const REVALIDATE_MS = 1000;
const CACHE_CAPACITY = 50_000;

interface Cached {
  readonly entry: VaultEntry | undefined;
  readonly fetchedAt: number;
}

/**
 * Seals, stores, opens and caches credentials.
 *
 * @example
 * ```ts
 * const vault = new Vault(SqliteVaultStore.open(dataDir), parseVaultKey(keyText), logger);
 * await vault.write("alice", "jira", "static", { secret, expiresAtMs: 0, obtainedAtMs: Date.now() });
 * ```
 */
export class Vault {
  readonly store: VaultStore;
  readonly #key: VaultKey;
  readonly #logger: Logger;
  #cache = new BoundedMap<string, Cached>(CACHE_CAPACITY);
  /** Records already reported as unusable, by key → rev. */
  readonly #reported = new BoundedMap<string, string>(10_000);
  readonly #listeners: ((subject: string, server: string) => void)[] = [];
  /** Bumped by every change, so that a read that raced a change does not cache what it read. */
  #generation = 0;
  /** Keys rotated from, by id: read, never sealed with. */
  readonly #previous: ReadonlyMap<string, VaultKey>;
  /** Re-seals under way, by owner and revision: concurrent reads of one record start one. */
  readonly #resealing = new Set<string>();
  /** Why nothing may be sealed now (the key is not the fleet's); undefined when writes go ahead. */
  #writesHeld: string | undefined;

  constructor(store: VaultStore, key: VaultKey, logger: Logger, options: { readonly previousKeys?: readonly VaultKey[] } = {}) {
    this.store = store;
    this.#key = key;
    this.#logger = logger;
    this.#previous = new Map((options.previousKeys ?? []).filter((k) => k.id !== key.id).map((k) => [k.id, k]));
    store.onChange((subject, server) => {
      this.#generation++;
      this.#cache.delete(cacheKey(subject, server));
      for (const listener of this.#listeners) listener(subject, server);
    });
  }

  /** The key's id (never the key). */
  get keyId(): string {
    return this.#key.id;
  }

  /**
   * Holds every write (put, replace, re-seal) with `reason` — undefined lets them go ahead
   * again. Deletions are not held.
   */
  holdWrites(reason: string | undefined): void {
    this.#writesHeld = reason;
  }

  /** The ids of the previous keys (read and re-sealed, never sealed with). */
  get previousKeyIds(): string[] {
    return [...this.#previous.keys()];
  }

  /**
   * Seals every record sealed under a previous key again under the current one (each one
   * compare-and-set on its revision: a record changed meanwhile is left to its writer).
   * Returns how many were re-sealed and how many still are under another key.
   *
   * @example
   * ```ts
   * const { resealed, left } = await vault.resealAll(); // after a start with --vault-previous-key-file
   * ```
   */
  async resealAll(): Promise<{ resealed: number; left: number }> {
    let resealed = 0;
    let left = 0;
    for (const record of await this.store.list({})) {
      const kid = sealedKeyId(record.sealed);
      if (kid === undefined || kid === this.#key.id) continue;
      if (!this.#previous.has(kid)) {
        left++;
        continue;
      }
      let entry: VaultEntry;
      try {
        entry = this.#openWith(this.#previous.get(kid)!, record);
      } catch {
        left++;
        continue;
      }
      if (await this.#reseal(record, entry.payload)) resealed++;
      else left++;
    }
    return { resealed, left };
  }

  /** Calls `listener` after any record changed (this process or another). */
  onChange(listener: (subject: string, server: string) => void): void {
    this.#listeners.push(listener);
  }

  /**
   * The record of (subject, server), from the cache when it is fresh. Throws (or rejects
   * with) a {@link VaultRecordError} for a record that does not open.
   */
  read(subject: string, server: string): VaultEntry | undefined | Promise<VaultEntry | undefined> {
    const key = cacheKey(subject, server);
    const cached = this.#cache.get(key);
    if (cached) {
      if (this.store.shared ? Date.now() - cached.fetchedAt < REVALIDATE_MS : !this.#changedElsewhere()) return cached.entry;
    }
    return this.readFresh(subject, server);
  }

  /** Whether another process changed an unshared store; if so, nothing cached is kept. */
  #changedElsewhere(): boolean {
    if (!this.store.changedElsewhere?.()) return false;
    this.#generation++;
    this.#cache = new BoundedMap<string, Cached>(CACHE_CAPACITY);
    return true;
  }

  /** The record as the store holds it now (bypassing the cache), and caches it. */
  readFresh(subject: string, server: string): VaultEntry | undefined | Promise<VaultEntry | undefined> {
    const read = { fetchedAt: Date.now(), generation: this.#generation };
    const stored = this.store.get(subject, server);
    return stored instanceof Promise ? stored.then((r) => this.#remember(r, subject, server, read)) : this.#remember(stored, subject, server, read);
  }

  /** Seals and stores a record, replacing any record of the same owner. */
  async write(subject: string, server: string, kind: VaultRecordKind, payload: VaultPayload): Promise<VaultEntry> {
    return (await this.#put(subject, server, kind, payload, undefined))!;
  }

  /**
   * Seals and stores `payload` in place of `entry` — only while the store still holds that
   * revision (compare-and-set). Undefined when the record was replaced or deleted meanwhile:
   * a slow writer (a refresh) never overwrites a newer record nor brings a deleted one back.
   *
   * @example
   * ```ts
   * const written = await vault.replace(entry, { ...entry.payload, secret: fresh });
   * if (!written) { ... } // someone else changed or deleted it: ours is not stored
   * ```
   */
  replace(entry: VaultEntry, payload: VaultPayload): Promise<VaultEntry | undefined> {
    return this.#put(entry.subject, entry.server, entry.kind, payload, entry.rev);
  }

  /** Deletes a record — with `ifRev`, only that revision; false when nothing was deleted. */
  async delete(subject: string, server: string, ifRev?: string): Promise<boolean> {
    const deleted = await this.store.delete(subject, server, ifRev);
    this.#generation++;
    this.#cache.delete(cacheKey(subject, server));
    return deleted;
  }

  async #put(
    subject: string,
    server: string,
    kind: VaultRecordKind,
    given: VaultPayload,
    ifRev: string | undefined,
    updatedAtMs = Date.now(),
  ): Promise<VaultEntry | undefined> {
    if (this.#writesHeld !== undefined) throw new VaultWritesHeldError(`${this.#writesHeld}; nothing is written until it is`);
    // Whole, bounded times: a record never holds one that an answer cannot carry.
    const obtainedAtMs = epochMs(given.obtainedAtMs);
    const payload: VaultPayload = { ...given, obtainedAtMs, expiresAtMs: storedExpiry(obtainedAtMs, given.expiresAtMs) };
    const rev = randomUUID();
    const sealed = seal(this.#key, { subject, server, kind }, JSON.stringify(payload));
    const record = { subject, server, kind, updatedAtMs, expiresAtMs: payload.expiresAtMs, hasRefreshToken: payload.refreshToken !== undefined, rev, sealed };
    const key = cacheKey(subject, server);
    if (!(await this.store.put(record, ifRev))) {
      // Lost the compare-and-set: what we cached of the owner is stale.
      this.#generation++;
      this.#cache.delete(key);
      return undefined;
    }
    const entry: VaultEntry = { subject, server, kind, rev, updatedAtMs, payload };
    this.#cache.set(key, { entry, fetchedAt: updatedAtMs });
    return entry;
  }

  /** Metadata of the records that match (nothing is opened). */
  list(filter: RecordFilter): Promise<StoredRecord[]> {
    return this.store.list(filter);
  }

  /** Every subject that owns at least one record, each once. */
  subjects(): Promise<string[]> {
    return this.store.subjects();
  }

  /**
   * Seals tokens that wait to be revoked (a queued revocation, see revocation-queue.ts),
   * bound to their owner and to `id`, so that no queued revocation opens as a record or as
   * another queued revocation.
   */
  sealRevocation(id: string, subject: string, server: string, payload: VaultPayload): string {
    return seal(this.#key, { subject, server, kind: `revocation:${id}` }, JSON.stringify(payload));
  }

  /** Opens tokens sealed by {@link sealRevocation}; throws a {@link VaultRecordError} when they do not open. */
  openRevocation(id: string, subject: string, server: string, sealed: string): VaultPayload {
    // Queued before a key rotation: sealed with a key given now as a previous one.
    const kid = sealedKeyId(sealed);
    const key = kid !== undefined && kid !== this.#key.id ? (this.#previous.get(kid) ?? this.#key) : this.#key;
    return parsePayload(open(key, { subject, server, kind: `revocation:${id}` }, sealed));
  }

  /** Seals a short-lived note (a connect flow's state) bound to `label`. */
  sealNote(label: string, text: string): string {
    return seal(this.#key, { subject: "", server: "", kind: `note:${label}` }, text);
  }

  /** Opens a note sealed for `label`; undefined when it does not open. */
  openNote(label: string, sealed: string): string | undefined {
    try {
      return open(this.#key, { subject: "", server: "", kind: `note:${label}` }, sealed);
    } catch {
      return undefined;
    }
  }

  /**
   * Opens a stored record; throws a {@link VaultRecordError} naming its owner. A record sealed
   * under a previous key is opened with it and sealed again under the current key (in the
   * background; a failure is logged and the next read tries again).
   */
  openRecord(record: StoredRecord): VaultEntry {
    const previous = this.#previous.size > 0 ? this.#previous.get(sealedKeyId(record.sealed) ?? "") : undefined;
    const entry = this.#openWith(previous ?? this.#key, record);
    const pending = `${cacheKey(record.subject, record.server)}:${record.rev}`;
    if (previous && !this.#resealing.has(pending)) {
      this.#resealing.add(pending);
      this.#reseal(record, entry.payload)
        .catch((err: unknown) =>
          this.#logger.warn(
            { subject: record.subject, server: record.server, keyId: this.#key.id, previousKeyId: previous.id, err: (err as Error).message },
            "could not re-seal a vault record under the current key; it is read with the previous key meanwhile",
          ),
        )
        .finally(() => this.#resealing.delete(pending));
    }
    return entry;
  }

  /** Seals `record`'s payload under the current key, in its place only while it is that revision. */
  async #reseal(record: StoredRecord, payload: VaultPayload): Promise<boolean> {
    const written = await this.#put(record.subject, record.server, record.kind, payload, record.rev, record.updatedAtMs);
    if (written) this.#logger.info({ subject: record.subject, server: record.server, keyId: this.#key.id }, "re-sealed a vault record under the current key");
    return written !== undefined;
  }

  #openWith(key: VaultKey, record: StoredRecord): VaultEntry {
    let payload: VaultPayload;
    try {
      payload = parsePayload(open(key, record, record.sealed));
    } catch (err) {
      if (!(err instanceof VaultRecordError)) throw err;
      const message = `the vault record of ${owner(record.subject, record.server)} cannot be used: ${err.message}; nothing is served from it — put the credential again (or reconnect the account)`;
      const key = cacheKey(record.subject, record.server);
      if (this.#reported.get(key) !== record.rev) {
        this.#reported.set(key, record.rev);
        this.#logger.error({ subject: record.subject, server: record.server, kind: record.kind, keyId: this.#key.id }, message);
      }
      throw new VaultRecordError(message);
    }
    return { subject: record.subject, server: record.server, kind: record.kind, rev: record.rev, updatedAtMs: record.updatedAtMs, payload };
  }

  #remember(
    record: StoredRecord | undefined,
    subject: string,
    server: string,
    read: { readonly fetchedAt: number; readonly generation: number },
  ): VaultEntry | undefined {
    const key = cacheKey(subject, server);
    let entry: VaultEntry | undefined;
    try {
      entry = record ? this.openRecord(record) : undefined;
    } catch (err) {
      // What the store holds now does not open: nothing cached is served in its place.
      this.#cache.delete(key);
      throw err;
    }
    if (read.generation === this.#generation) this.#cache.set(key, { entry, fetchedAt: read.fetchedAt });
    return entry;
  }
}

/**
 * How an owner reads in messages.
 *
 * @example
 * ```ts
 * owner("", "jira"); // "server 'jira' (shared)"
 * ```
 */
export function owner(subject: string, server: string): string {
  return subject === "" ? `server '${server}' (shared)` : `subject '${subject}' on server '${server}'`;
}

function cacheKey(subject: string, server: string): string {
  return JSON.stringify([subject, server]);
}

function parsePayload(text: string): VaultPayload {
  const value = JSON.parse(text) as Partial<VaultPayload>;
  if (typeof value.secret !== "string") throw new VaultRecordError("its payload has no secret");
  return {
    secret: value.secret,
    refreshToken: typeof value.refreshToken === "string" ? value.refreshToken : undefined,
    // Whole, bounded times whatever was stored (records written before they were normalised).
    expiresAtMs: storedExpiry(Number(value.obtainedAtMs ?? 0), Number(value.expiresAtMs ?? 0)),
    obtainedAtMs: epochMs(Number(value.obtainedAtMs ?? 0)),
  };
}
