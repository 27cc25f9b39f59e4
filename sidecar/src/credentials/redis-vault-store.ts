/**
 * The vault of a fleet: sealed records in Redis, one hash per subject (field: server), so
 * that offboarding reads and deletes a subject's records in one place. Every key carries the
 * deployment's hash tag (the prefix), so the scripts are Redis-Cluster-safe.
 *
 * A refresh is taken by one replica with `SET NX PX` (a lock that expires should its holder
 * die); a failure leaves a backoff key that every replica honours, so a provider that is down
 * sees one attempt per backoff period from the whole fleet. Writes are announced on a
 * pub/sub channel so that the other replicas drop what they cached at once; their caches
 * also revalidate on their own, since a pub/sub message can be lost. The channel is subscribed
 * each time the subscriber connection becomes ready — also when Redis was down at start and
 * came up later.
 *
 * A read of a record (what a call waits for) is bounded by the sidecar's `--state-timeout`
 * (`readTimeoutMs`), like its other waits on shared state: a hung Redis answers
 * CREDENTIAL_UNAVAILABLE within the caller's deadline, not a timeout. Writes and the admin's
 * listings keep the longer command timeout.
 */
import { randomUUID } from "node:crypto";
import type { Redis } from "ioredis";
import { ioredis } from "../ioredis-on-demand.js";
import { DeadlineError, withDeadline } from "../limits/deadline.js";
import { FIRST_CONNECT_DEADLINE_MS } from "../redis-first-connect.js";
import type { FleetKeyClaim, RecordFilter, RefreshTurn, StoredRecord, StoredRevocation, VaultRecordKind, VaultStore } from "./vault-store.js";

/** Options of {@link RedisVaultStore}. */
export interface RedisVaultStoreOptions {
  readonly url: string;
  /** Key prefix with its Cluster hash tag (default `pcl:{portcullis}:`). */
  readonly prefix?: string | undefined;
  /** Deadline of one command, in ms (default 2000). */
  readonly commandTimeoutMs?: number | undefined;
  /** Deadline of a record's read ({@link RedisVaultStore.get}), in ms: the sidecar's `--state-timeout` (default 250). */
  readonly readTimeoutMs?: number | undefined;
}

// KEYS: lock, backoff, failures. ARGV: owner, holdMs. → {0|1|2, pttl, failures}
const TAKE_TURN_LUA = `
local failures = tonumber(redis.call('GET', KEYS[3]) or '0')
local backoff = redis.call('PTTL', KEYS[2])
if backoff > 0 then return {0, backoff, failures} end
if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return {1, 0, failures} end
return {2, redis.call('PTTL', KEYS[1]), failures}`;

// KEYS: lock, backoff, failures. ARGV: owner, ok (1|0), backoffMs.
const END_TURN_LUA = `
if ARGV[2] == '1' then
  redis.call('DEL', KEYS[2], KEYS[3])
else
  redis.call('SET', KEYS[2], '1', 'PX', ARGV[3])
  redis.call('INCR', KEYS[3])
  redis.call('PEXPIRE', KEYS[3], 3600000)
end
if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('DEL', KEYS[1]) end
return 1`;

// KEYS: revocations hash. ARGV: id, attempts, lastError. Updates a queued revocation only while it is there.
const NOTE_REVOCATION_LUA = `
local text = redis.call('HGET', KEYS[1], ARGV[1])
if not text then return 0 end
local ok, r = pcall(cjson.decode, text)
if not ok or type(r) ~= 'table' then return 0 end
r.attempts = tonumber(ARGV[2])
r.lastError = ARGV[3]
redis.call('HSET', KEYS[1], ARGV[1], cjson.encode(r))
return 1`;

// KEYS: pending. GETDEL for Redis before 6.2.
const TAKE_PENDING_LUA = `
local value = redis.call('GET', KEYS[1])
if value then redis.call('DEL', KEYS[1]) end
return value`;

// Whether the record in field ARGV[1] of KEYS[1] is revision ARGV[4] (ARGV[4] empty: any, or none).
const IS_REV_LUA = `
local function isRev()
  if ARGV[4] == '' then return true end
  local current = redis.call('HGET', KEYS[1], ARGV[1])
  if not current then return false end
  local ok, meta = pcall(cjson.decode, current)
  return ok and type(meta) == 'table' and meta.rev == ARGV[4]
end`;

// KEYS: subject hash, subjects set. ARGV: server, subject id, record, ifRev ('' for none). → 1 written, 0 not.
const PUT_LUA = `${IS_REV_LUA}
if not isRev() then return 0 end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[3])
redis.call('SADD', KEYS[2], ARGV[2])
return 1`;

// KEYS: subject hash, subjects set. ARGV: server, subject id, (unused), ifRev ('' for none). → records deleted.
const DELETE_LUA = `${IS_REV_LUA}
if not isRev() then return 0 end
local n = redis.call('HDEL', KEYS[1], ARGV[1])
if redis.call('HLEN', KEYS[1]) == 0 then redis.call('SREM', KEYS[2], ARGV[2]) end
return n`;

// KEYS: fleet key. ARGV: own key id, previous key ids… → {fleet key id now, moved from or ''}.
const CLAIM_FLEET_KEY_LUA = `
local current = redis.call('GET', KEYS[1])
if not current then redis.call('SET', KEYS[1], ARGV[1]) return {ARGV[1], ''} end
if current == ARGV[1] then return {current, ''} end
for i = 2, #ARGV do
  if current == ARGV[i] then redis.call('SET', KEYS[1], ARGV[1]) return {ARGV[1], current} end
end
return {current, ''}`;

type Scripted = Redis & {
  pclVaultClaimFleetKey(key: string, keyId: string, ...previous: string[]): Promise<[string, string]>;
  pclVaultTakeTurn(lock: string, backoff: string, failures: string, owner: string, holdMs: number): Promise<[number, number, number]>;
  pclVaultEndTurn(lock: string, backoff: string, failures: string, owner: string, ok: string, backoffMs: number): Promise<number>;
  pclVaultTakePending(key: string): Promise<string | null>;
  pclVaultNoteRevocation(hash: string, revocationId: string, attempts: number, lastError: string): Promise<number>;
  pclVaultPut(hash: string, subjects: string, server: string, subjectId: string, record: string, ifRev: string): Promise<number>;
  pclVaultDelete(hash: string, subjects: string, server: string, subjectId: string, unused: string, ifRev: string): Promise<number>;
};

type Meta = Omit<StoredRecord, "subject" | "server">;

/**
 * Vault records in Redis, shared by a fleet.
 *
 * @example
 * ```ts
 * const store = new RedisVaultStore({ url: "redis://127.0.0.1:6379" });
 * await store.ready();
 * ```
 */
export class RedisVaultStore implements VaultStore {
  readonly kind = "redis" as const;
  readonly shared = true;
  readonly #redis: Scripted;
  readonly #subscriber: Redis;
  readonly #prefix: string;
  readonly #channel: string;
  readonly #listeners: ((subject: string, server: string) => void)[] = [];
  readonly #connected: Promise<void>;
  readonly #readTimeoutMs: number;

  constructor(options: RedisVaultStoreOptions) {
    this.#prefix = `${options.prefix ?? "pcl:{portcullis}:"}vault:`;
    this.#channel = `${this.#prefix}changes`;
    this.#readTimeoutMs = options.readTimeoutMs ?? 250;
    const common = {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      connectTimeout: 2000,
      retryStrategy: (attempt: number) => Math.min(50 * attempt, 1000),
      lazyConnect: true,
    };
    const redis = new (ioredis().Redis)(options.url, { ...common, commandTimeout: options.commandTimeoutMs ?? 2000 });
    redis.defineCommand("pclVaultTakeTurn", { lua: TAKE_TURN_LUA, numberOfKeys: 3 });
    redis.defineCommand("pclVaultEndTurn", { lua: END_TURN_LUA, numberOfKeys: 3 });
    redis.defineCommand("pclVaultTakePending", { lua: TAKE_PENDING_LUA, numberOfKeys: 1 });
    redis.defineCommand("pclVaultNoteRevocation", { lua: NOTE_REVOCATION_LUA, numberOfKeys: 1 });
    redis.defineCommand("pclVaultPut", { lua: PUT_LUA, numberOfKeys: 2 });
    redis.defineCommand("pclVaultDelete", { lua: DELETE_LUA, numberOfKeys: 2 });
    redis.defineCommand("pclVaultClaimFleetKey", { lua: CLAIM_FLEET_KEY_LUA, numberOfKeys: 1 });
    this.#redis = redis as Scripted;
    // Subscribed each time the connection is ready: a first connect that fails (Redis down at
    // start) is retried by ioredis, and the subscription must follow it then too. A channel
    // already subscribed (ioredis's own resubscription after a reconnect) is subscribed again
    // harmlessly.
    this.#subscriber = new (ioredis().Redis)(options.url, { ...common, enableOfflineQueue: true });
    for (const client of [this.#redis, this.#subscriber]) client.on("error", () => undefined);
    this.#subscriber.on("message", (_channel: string, message: string) => {
      const parsed = parseChange(message);
      if (parsed) for (const listener of this.#listeners) listener(parsed[0], parsed[1]);
    });
    let subscribed: () => void;
    const firstSubscription = new Promise<void>((resolve) => {
      subscribed = resolve;
    });
    this.#subscriber.on("ready", () => {
      this.#subscriber.subscribe(this.#channel).then(
        () => subscribed(),
        () => undefined,
      );
    });
    this.#connected = Promise.all([this.#redis.connect(), this.#subscriber.connect().then(() => firstSubscription)]).then(() => undefined);
    this.#connected.catch(() => undefined);
  }

  /**
   * Resolves once both connections are up; rejects when Redis cannot be reached — or does not
   * answer within the first-connect deadline (a peer that accepts and never answers).
   */
  ready(): Promise<void> {
    return withDeadline(this.#connected, FIRST_CONNECT_DEADLINE_MS);
  }

  async get(subject: string, server: string): Promise<StoredRecord | undefined> {
    const text = await reach(withDeadline(this.#redis.hget(this.#hash(subject), server), this.#readTimeoutMs));
    return text === null ? undefined : fromText(subject, server, text);
  }

  async put(record: StoredRecord, ifRev?: string): Promise<boolean> {
    const { subject, server, ...meta } = record;
    const text = JSON.stringify(meta satisfies Meta);
    const written = await reach(this.#redis.pclVaultPut(this.#hash(subject), this.#subjects(), server, id(subject), text, ifRev ?? ""));
    if (written > 0) await this.#announce(subject, server);
    return written > 0;
  }

  async delete(subject: string, server: string, ifRev?: string): Promise<boolean> {
    const removed = await reach(this.#redis.pclVaultDelete(this.#hash(subject), this.#subjects(), server, id(subject), "", ifRev ?? ""));
    if (removed > 0) await this.#announce(subject, server);
    return removed > 0;
  }

  async list(filter: RecordFilter): Promise<StoredRecord[]> {
    const subjects = filter.subject !== undefined ? [filter.subject] : (await reach(this.#redis.smembers(this.#subjects()))).map(unid);
    const pipeline = this.#redis.pipeline();
    for (const subject of subjects) pipeline.hgetall(this.#hash(subject));
    const replies = (await reach(pipeline.exec())) ?? [];
    const records: StoredRecord[] = [];
    replies.forEach(([err, fields], i) => {
      if (err) throw err;
      for (const [server, text] of Object.entries(fields as Record<string, string>)) {
        if (filter.server !== undefined && server !== filter.server) continue;
        const record = fromText(subjects[i]!, server, text);
        if (record) records.push(record);
      }
    });
    return records.sort((a, b) => a.subject.localeCompare(b.subject) || a.server.localeCompare(b.server));
  }

  async subjects(): Promise<string[]> {
    return (await reach(this.#redis.smembers(this.#subjects()))).map(unid);
  }

  async putRevocation(revocation: StoredRevocation): Promise<void> {
    const { id: revocationId, ...rest } = revocation;
    await reach(this.#redis.hset(this.#revocations(), revocationId, JSON.stringify(rest)));
  }

  async noteRevocationFailure(revocationId: string, attempts: number, lastError: string): Promise<void> {
    await reach(this.#redis.pclVaultNoteRevocation(this.#revocations(), revocationId, attempts, lastError));
  }

  async getRevocation(revocationId: string): Promise<StoredRevocation | undefined> {
    const text = await reach(this.#redis.hget(this.#revocations(), revocationId));
    return text === null ? undefined : fromRevocationText(revocationId, text);
  }

  async deleteRevocation(revocationId: string): Promise<void> {
    await reach(this.#redis.hdel(this.#revocations(), revocationId));
  }

  async listRevocations(): Promise<StoredRevocation[]> {
    const fields = await reach(this.#redis.hgetall(this.#revocations()));
    return Object.entries(fields)
      .map(([revocationId, text]) => fromRevocationText(revocationId, text))
      .sort((a, b) => a.queuedAtMs - b.queuedAtMs || a.id.localeCompare(b.id));
  }

  async putPending(pendingId: string, value: string, ttlMs: number): Promise<void> {
    await reach(this.#redis.set(`${this.#prefix}pending:${pendingId}`, value, "PX", ttlMs));
  }

  async peekPending(pendingId: string): Promise<string | undefined> {
    return (await reach(this.#redis.get(`${this.#prefix}pending:${pendingId}`))) ?? undefined;
  }

  async takePending(pendingId: string): Promise<string | undefined> {
    return (await reach(this.#redis.pclVaultTakePending(`${this.#prefix}pending:${pendingId}`))) ?? undefined;
  }

  async takeRefreshTurn(subject: string, server: string, holdMs: number): Promise<RefreshTurn> {
    const base = `${this.#prefix}refresh:${id(subject)}:${id(server)}:`;
    const keys = [`${base}lock`, `${base}backoff`, `${base}failures`] as const;
    const owner = randomUUID();
    const [state, pttl, failures] = await reach(this.#redis.pclVaultTakeTurn(...keys, owner, holdMs));
    if (state !== 1) return { mine: false, busy: state === 2, retryInMs: Math.max(0, pttl), failures };
    return {
      mine: true,
      failures,
      done: async (outcome) => {
        await reach(this.#redis.pclVaultEndTurn(...keys, owner, outcome.ok ? "1" : "0", outcome.ok ? 0 : Math.max(1, Math.round(outcome.backoffMs))));
      },
    };
  }

  onChange(listener: (subject: string, server: string) => void): void {
    this.#listeners.push(listener);
  }

  onReady(listener: () => void): void {
    this.#redis.on("ready", listener);
  }

  async claimFleetKey(keyId: string, previousKeyIds: readonly string[]): Promise<FleetKeyClaim> {
    const [fleetKeyId, movedFrom] = await reach(this.#redis.pclVaultClaimFleetKey(`${this.#prefix}fleet-key-id`, keyId, ...previousKeyIds));
    return { fleetKeyId, movedFrom: movedFrom || undefined };
  }

  async close(): Promise<void> {
    await Promise.allSettled([this.#redis.quit(), this.#subscriber.quit()]);
    this.#redis.disconnect();
    this.#subscriber.disconnect();
  }

  async #announce(subject: string, server: string): Promise<void> {
    // Announced after the write: a replica that hears it and reads again sees the new record.
    await this.#redis.publish(this.#channel, JSON.stringify([subject, server])).catch(() => undefined);
  }

  #hash(subject: string): string {
    return `${this.#prefix}rec:${id(subject)}`;
  }

  #subjects(): string {
    return `${this.#prefix}subjects`;
  }

  /** One hash of the fleet's queued revocations (field: id). */
  #revocations(): string {
    return `${this.#prefix}revocations`;
  }
}

/** ioredis's errors for a connection that is down, in words an operator reads. */
async function reach<T>(command: Promise<T>): Promise<T> {
  try {
    return await command;
  } catch (err) {
    if (err instanceof DeadlineError) throw new Error(`Redis did not answer within ${err.ms} ms (the state timeout, --state-timeout)`);
    const message = (err as Error).message;
    if (/enableOfflineQueue|Connection is closed|Command timed out/.test(message))
      throw new Error(`Redis is unreachable (${message.includes("timed out") ? "no answer in time" : "not connected"})`);
    throw new Error(`Redis: ${message}`);
  }
}

/** A name as a key segment: base64url never holds `:` or the hash tag's braces. */
function id(name: string): string {
  return Buffer.from(name, "utf8").toString("base64url");
}

function unid(text: string): string {
  return Buffer.from(text, "base64url").toString("utf8");
}

function fromText(subject: string, server: string, text: string): StoredRecord | undefined {
  let meta: Partial<Meta>;
  try {
    meta = JSON.parse(text) as Partial<Meta>;
  } catch {
    // Unreadable metadata reads as a record whose seal does not open: reported, never served.
    return { subject, server, kind: "static", updatedAtMs: 0, expiresAtMs: 0, hasRefreshToken: false, rev: "", sealed: text };
  }
  return {
    subject,
    server,
    kind: (meta.kind ?? "static") as VaultRecordKind,
    updatedAtMs: Number(meta.updatedAtMs ?? 0),
    expiresAtMs: Number(meta.expiresAtMs ?? 0),
    hasRefreshToken: meta.hasRefreshToken === true,
    rev: String(meta.rev ?? ""),
    sealed: String(meta.sealed ?? ""),
  };
}

function fromRevocationText(revocationId: string, text: string): StoredRevocation {
  try {
    const r = JSON.parse(text) as Partial<StoredRevocation>;
    return {
      id: revocationId,
      subject: String(r.subject ?? ""),
      server: String(r.server ?? ""),
      queuedAtMs: Number(r.queuedAtMs ?? 0),
      attempts: Number(r.attempts ?? 0),
      lastError: String(r.lastError ?? ""),
      sealed: String(r.sealed ?? ""),
    };
  } catch {
    // Unreadable: reported by the queue as a seal that does not open.
    return { id: revocationId, subject: "", server: "", queuedAtMs: 0, attempts: 0, lastError: "", sealed: "" };
  }
}

function parseChange(message: string): [string, string] | undefined {
  try {
    const value = JSON.parse(message) as unknown;
    if (Array.isArray(value) && typeof value[0] === "string" && typeof value[1] === "string") return [value[0], value[1]];
  } catch {
    // Not ours: ignore.
  }
  return undefined;
}
