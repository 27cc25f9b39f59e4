/**
 * The identity store of a fleet: Redis (ioredis), keys under the deployment's prefix with
 * its Cluster hash tag (`pcl:{portcullis}:id:…`), writes as atomic scripts that also feed
 * the change feed and publish it. Token records are keyed by the token's SHA-256, so a
 * cache miss on the decision path is one HGETALL.
 *
 * Like the limit store, the command connection never queues while offline: an outage turns
 * into prompt errors (and the caller fails closed), never a hang.
 */
import { randomUUID } from "node:crypto";
import type { Redis, RedisOptions } from "ioredis";
import { ioredis } from "../ioredis-on-demand.js";
import { FIRST_CONNECT_DEADLINE_MS, firstConnect } from "../redis-first-connect.js";
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
import { foldSubject } from "./subject-deny-list.js";
import {
  INSERT_TOKEN_LUA,
  LAST_USED_LUA,
  OFFBOARD_LUA,
  READ_CHANGES_LUA,
  PUT_SCIM_USER_LUA,
  REINSTATE_LUA,
  RESTORE_OFFBOARDED_LUA,
  REVOKE_TOKEN_LUA,
} from "./redis-identity-scripts.js";

type ScriptRunner = (...args: (string | number)[]) => Promise<unknown>;

/** Options of {@link RedisIdentityStore}. */
export interface RedisIdentityStoreOptions {
  readonly url: string;
  /** The deployment's key prefix with its hash tag (default `pcl:{portcullis}:`). */
  readonly prefix?: string | undefined;
  /** Deadline of one command, in ms (default 1000). */
  readonly commandTimeoutMs?: number;
  readonly redisOptions?: RedisOptions;
}

/**
 * Gateway tokens, the deny-list and SCIM users in Redis.
 *
 * @example
 * ```ts
 * const store = new RedisIdentityStore({ url: "redis://127.0.0.1:6379" });
 * await store.ready();
 * ```
 */
export class RedisIdentityStore implements IdentityStore {
  readonly kind = "redis" as const;
  readonly redis: Redis;
  readonly #p: string;
  readonly #channel: string;
  readonly #firstConnect: Promise<void>;
  readonly #subscribers = new Set<Redis>();

  constructor(options: RedisIdentityStoreOptions) {
    this.#p = `${options.prefix ?? "pcl:{portcullis}:"}id:`;
    this.#channel = `${this.#p}changes`;
    this.redis = new (ioredis().Redis)(options.url, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: options.commandTimeoutMs ?? 1000,
      connectTimeout: 2000,
      retryStrategy: (attempt) => Math.min(50 * attempt, 1000),
      lazyConnect: true,
      connectionName: "portcullis-identity",
      ...options.redisOptions,
    });
    this.redis.on("error", () => undefined);
    for (const [name, lua] of Object.entries(SCRIPTS)) this.redis.defineCommand(name, { lua });
    // Bounded: every method waits on it, and a peer that accepts and never answers would
    // otherwise hold them (and the sidecar's start) forever.
    this.#firstConnect = firstConnect(this.redis);
  }

  /** Resolves once Redis answers; rejects when it did not within the first-connect deadline. */
  async ready(): Promise<void> {
    await this.#firstConnect;
    if (this.redis.status !== "ready") throw new Error(`redis did not answer within ${FIRST_CONNECT_DEADLINE_MS} ms (connection ${this.redis.status})`);
    await this.redis.ping();
  }

  async insertToken(r: TokenRecord): Promise<void> {
    const fields: (string | number)[] = [
      ...["id", r.id, "hint", r.hint, "subject", r.subject, "kind", r.kind, "roles", JSON.stringify(r.roles)],
      ...["team", r.team, "description", r.description, "createdAtMs", r.createdAtMs, "expiresAtMs", r.expiresAtMs],
      ...["lastUsedAtMs", r.lastUsedAtMs, "revokedAtMs", r.revokedAtMs],
    ];
    const keys = [this.#tok(r.hash), `${this.#p}tokid:${r.id}`, `${this.#p}toksub:${r.subject}`, `${this.#p}tokall`, `${this.#p}offboarded`];
    // The deny-list's spellings of the subject (any that fold as it does) are each checked by the script.
    await this.#firstConnect;
    const folded = foldSubject(r.subject);
    const offboarded = (await this.redis.hkeys(`${this.#p}offboarded`)).filter((other) => other !== r.subject && foldSubject(other) === folded);
    const spellings = JSON.stringify([r.subject, ...offboarded]);
    const inserted = await this.#run("pclIdInsertToken", keys, [r.hash, r.createdAtMs, spellings, ...fields]);
    if (inserted === -1) throw new SubjectOffboardedError(r.subject);
    if (inserted !== 1) throw new Error(`token id ${r.id} or its hash is already stored`);
  }

  async tokenByHash(hash: string): Promise<TokenRecord | undefined> {
    await this.#firstConnect;
    return toToken(hash, await this.redis.hgetall(this.#tok(hash)));
  }

  async tokenById(id: string): Promise<TokenRecord | undefined> {
    await this.#firstConnect;
    const hash = await this.redis.get(`${this.#p}tokid:${id}`);
    return hash === null ? undefined : this.tokenByHash(hash);
  }

  async listTokens(filter: { subject?: string | undefined; includeRevoked: boolean }): Promise<TokenRecord[]> {
    await this.#firstConnect;
    const hashes = filter.subject ? await this.redis.smembers(`${this.#p}toksub:${filter.subject}`) : await this.redis.zrange(`${this.#p}tokall`, 0, -1);
    const records = await this.#tokens(hashes);
    return records.filter((r) => filter.includeRevoked || r.revokedAtMs === 0).sort((a, b) => a.createdAtMs - b.createdAtMs || a.id.localeCompare(b.id));
  }

  async revokeToken(id: string, atMs: number): Promise<boolean | undefined> {
    await this.#firstConnect;
    const hash = await this.redis.get(`${this.#p}tokid:${id}`);
    if (hash === null) return undefined;
    const outcome = await this.#run("pclIdRevokeToken", [this.#tok(hash), ...this.#feedKeys()], [hash, atMs, this.#channel, CHANGE_FEED_KEEP]);
    return outcome === -1 ? undefined : outcome === 1;
  }

  async recordLastUsed(uses: ReadonlyMap<string, number>): Promise<void> {
    if (uses.size === 0) return;
    const hashes = [...uses.keys()];
    await this.#run(
      "pclIdLastUsed",
      hashes.map((h) => this.#tok(h)),
      hashes.map((h) => uses.get(h)!),
    );
  }

  async offboardSubject(entry: OffboardedSubject): Promise<number> {
    // The script reads the subject's tokens itself: one inserted concurrently is either in
    // the set when it runs (revoked) or refused by the insert script (issued too early).
    // Every spelling of the subject that folds as this one does (case, Unicode form), as the
    // deny-list refuses them: their token sets are all handed to the script.
    const spellings = await this.#spellingsOf(entry.subject);
    const keys = [`${this.#p}offboarded`, ...this.#feedKeys(), ...spellings.map((subject) => `${this.#p}toksub:${subject}`)];
    const args = [entry.subject, entry.offboardedAtMs, entry.reason, entry.source, this.#channel, CHANGE_FEED_KEEP, this.#tok("")];
    return Number(await this.#run("pclIdOffboard", keys, args));
  }

  async reinstateSubject(subject: string, onlySource?: OffboardSource): Promise<boolean> {
    const keys = [`${this.#p}offboarded`, ...this.#feedKeys()];
    return (await this.#run("pclIdReinstate", keys, [subject, onlySource ?? "", this.#channel, CHANGE_FEED_KEEP])) === 1;
  }

  async restoreOffboardings(entries: readonly OffboardedSubject[]): Promise<number> {
    if (entries.length === 0) return 0;
    const keys = [`${this.#p}offboarded`, ...this.#feedKeys()];
    const list = JSON.stringify(entries.map((e) => ({ subject: e.subject, offboardedAtMs: e.offboardedAtMs, reason: e.reason, source: e.source })));
    return Number(await this.#run("pclIdRestoreOffboarded", keys, [this.#channel, CHANGE_FEED_KEEP, `${this.#p}toksub:`, this.#tok(""), list]));
  }

  async offboardedSubjects(): Promise<OffboardedSubject[]> {
    await this.#firstConnect;
    const all = await this.redis.hgetall(`${this.#p}offboarded`);
    return Object.values(all).map((json) => JSON.parse(json) as OffboardedSubject);
  }

  async changesSince(epoch: number): Promise<ChangePage> {
    await this.#firstConnect;
    const [epochKey, feedKey] = this.#feedKeys();
    const incarnationKey = `${this.#p}incarnation`;
    // Reads only, atomically (a script: a MULTI is refused whole by a Redis out of memory,
    // reads included), so that the feed stays readable while Redis refuses writes.
    const [stored, latest, entries] = (await this.#run("pclIdReadChanges", [incarnationKey, epochKey, feedKey], [`${epoch + 1}-0`, CHANGE_PAGE])) as [
      string,
      string,
      [string, string[]][],
    ];
    const incarnation = stored === "" ? await this.#createIncarnation(incarnationKey) : stored;
    return { latest: Number(latest), incarnation, changes: entries.map(([id, flat]) => toChange(id, flat)) };
  }

  /**
   * The store's identity, written at its first use: a Redis that restarted empty (or a
   * different one) gets a new one, which every replica that knew the old one notices. A
   * write, made apart from the read: when Redis refuses it (out of memory, read-only), the
   * store has none yet — "" — and the next read tries again.
   */
  async #createIncarnation(key: string): Promise<string> {
    try {
      const replies = await this.redis.multi().set(key, randomUUID(), "NX").get(key).exec();
      const [err, value] = replies?.[1] ?? [new Error("aborted"), null];
      return err || typeof value !== "string" ? "" : value;
    } catch {
      return "";
    }
  }

  watch(nudge: () => void, onProblem: (message: string) => void): () => void {
    // A connection of its own: a subscribed connection runs no other commands. It queues
    // while offline and resubscribes by itself after a reconnect, which may have lost
    // messages: each (re)connection nudges a read of the feed.
    const subscriber = this.redis.duplicate({
      enableOfflineQueue: true,
      commandTimeout: undefined,
      connectionName: "portcullis-identity-sub",
      lazyConnect: false,
    });
    this.#subscribers.add(subscriber);
    let reported = false;
    subscriber.on("error", () => undefined);
    subscriber.on("ready", nudge);
    subscriber.on("message", nudge);
    subscriber.subscribe(this.#channel).catch((err: unknown) => {
      if (!reported) onProblem(`cannot subscribe to identity changes (${(err as Error).message}); replicas rely on polling`);
      reported = true;
    });
    return () => {
      this.#subscribers.delete(subscriber);
      subscriber.disconnect();
    };
  }

  async putScimUser(user: ScimUserRecord): Promise<boolean> {
    await this.#firstConnect;
    const previous = await this.scimUser(user.id);
    const keys = [`${this.#p}scim:${user.id}`, this.#scimName(user.userName), `${this.#p}scimall`, this.#scimName(previous?.userName ?? user.userName)];
    return (await this.#run("pclIdPutScimUser", keys, [user.id, JSON.stringify(user)])) === 1;
  }

  async scimUser(id: string): Promise<ScimUserRecord | undefined> {
    await this.#firstConnect;
    const json = await this.redis.get(`${this.#p}scim:${id}`);
    return json === null ? undefined : (JSON.parse(json) as ScimUserRecord);
  }

  async scimUserByName(userName: string): Promise<ScimUserRecord | undefined> {
    await this.#firstConnect;
    const id = await this.redis.get(this.#scimName(userName));
    return id === null ? undefined : this.scimUser(id);
  }

  async listScimUsers(): Promise<ScimUserRecord[]> {
    await this.#firstConnect;
    const ids = await this.redis.smembers(`${this.#p}scimall`);
    if (ids.length === 0) return [];
    const jsons = await this.redis.mget(ids.map((id) => `${this.#p}scim:${id}`));
    return jsons
      .filter((j): j is string => j !== null)
      .map((j) => JSON.parse(j) as ScimUserRecord)
      .sort((a, b) => a.createdAtMs - b.createdAtMs || a.id.localeCompare(b.id));
  }

  async deleteScimUser(id: string): Promise<boolean> {
    const user = await this.scimUser(id);
    if (!user) return false;
    await this.redis.multi().del(`${this.#p}scim:${id}`).del(this.#scimName(user.userName)).srem(`${this.#p}scimall`, id).exec();
    return true;
  }

  async close(): Promise<void> {
    for (const subscriber of this.#subscribers) subscriber.disconnect();
    this.#subscribers.clear();
    if (this.redis.status === "ready") await this.redis.quit().catch(() => undefined);
    this.redis.disconnect();
  }

  #tok(hash: string): string {
    return `${this.#p}tok:${hash}`;
  }

  #scimName(userName: string): string {
    return `${this.#p}scimname:${userName.toLowerCase()}`;
  }

  #feedKeys(): [string, string] {
    return [`${this.#p}epoch`, `${this.#p}feed`];
  }

  /**
   * `subject` and every other subject with stored tokens that folds as it does (NFKC, lower
   * case). Read from the token index before the offboarding script runs; a token of another
   * spelling written meanwhile is still refused by the deny-list, which folds.
   */
  async #spellingsOf(subject: string): Promise<string[]> {
    await this.#firstConnect;
    const folded = foldSubject(subject);
    const spellings = new Set([subject]);
    const hashes = await this.redis.zrange(`${this.#p}tokall`, 0, -1);
    for (let i = 0; i < hashes.length; i += 1000) {
      const pipeline = this.redis.pipeline();
      for (const hash of hashes.slice(i, i + 1000)) pipeline.hget(this.#tok(hash), "subject");
      for (const [err, other] of (await pipeline.exec()) ?? []) {
        if (err) throw err;
        if (typeof other === "string" && !spellings.has(other) && foldSubject(other) === folded) spellings.add(other);
      }
    }
    return [...spellings];
  }

  async #tokens(hashes: readonly string[]): Promise<TokenRecord[]> {
    if (hashes.length === 0) return [];
    const pipeline = this.redis.pipeline();
    for (const hash of hashes) pipeline.hgetall(this.#tok(hash));
    const replies = (await pipeline.exec()) ?? [];
    return replies.flatMap(([err, fields], i) => {
      if (err) throw err;
      const record = toToken(hashes[i]!, fields as Record<string, string>);
      return record ? [record] : [];
    });
  }

  async #run(script: keyof typeof SCRIPTS, keys: readonly string[], args: readonly (string | number)[]): Promise<unknown> {
    await this.#firstConnect;
    const run = (this.redis as unknown as Record<string, ScriptRunner>)[script]!;
    return run.call(this.redis, keys.length, ...keys, ...args);
  }
}

const SCRIPTS = {
  pclIdInsertToken: INSERT_TOKEN_LUA,
  pclIdRevokeToken: REVOKE_TOKEN_LUA,
  pclIdOffboard: OFFBOARD_LUA,
  pclIdReinstate: REINSTATE_LUA,
  pclIdRestoreOffboarded: RESTORE_OFFBOARDED_LUA,
  pclIdLastUsed: LAST_USED_LUA,
  pclIdPutScimUser: PUT_SCIM_USER_LUA,
  pclIdReadChanges: READ_CHANGES_LUA,
} as const;

function toToken(hash: string, f: Record<string, string>): TokenRecord | undefined {
  if (f.id === undefined) return undefined;
  return {
    id: f.id,
    hash,
    hint: f.hint ?? "",
    subject: f.subject ?? "",
    kind: f.kind === "agent" ? "agent" : "human",
    roles: JSON.parse(f.roles ?? "[]") as string[],
    team: f.team ?? "",
    description: f.description ?? "",
    createdAtMs: Number(f.createdAtMs),
    expiresAtMs: Number(f.expiresAtMs),
    lastUsedAtMs: Number(f.lastUsedAtMs ?? 0),
    revokedAtMs: Number(f.revokedAtMs ?? 0),
  };
}

function toChange(id: string, flat: readonly string[]): IdentityChange {
  const f: Record<string, string> = {};
  for (let i = 0; i + 1 < flat.length; i += 2) f[flat[i]!] = flat[i + 1]!;
  const epoch = Number(id.split("-")[0]);
  if (f.kind === "token") return { epoch, kind: "token", hash: f.hash ?? "" };
  const subject = f.subject ?? "";
  const entry =
    f.offboardedAtMs === undefined
      ? undefined
      : { subject, offboardedAtMs: Number(f.offboardedAtMs), reason: f.reason ?? "", source: (f.source === "scim" ? "scim" : "admin") as OffboardSource };
  return { epoch, kind: "subject", subject, entry };
}
