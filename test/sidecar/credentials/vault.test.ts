/**
 * The vault at rest: AES-256-GCM envelope encryption bound to the record's owner. A record
 * that was tampered with, moved to another subject or server, or sealed under another key
 * does not open — a clear error naming the owner and the cause, and nothing served — in the
 * SQLite file of one sidecar and in Redis for a fleet. The file is 0600 and holds no secret
 * in clear.
 */
import { randomBytes } from "node:crypto";
import { mkdtemp, readFile, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DatabaseSync } from "node:sqlite";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger, parseVaultKey, RedisVaultStore, SqliteVaultStore, Vault, VAULT_FILE, VaultKeyError, VaultRecordError } from "@portcullis/sidecar";
import { deleteKeys, REDIS_URL, redisForTests, uniquePrefix } from "../../helpers/redis.js";

const logger = createLogger({ level: "silent" });
const newKey = () => parseVaultKey(randomBytes(32).toString("base64"));
const CANARY = "canary-SECRET-7f3e9a1c";

describe("the vault key", () => {
  it("accepts 32 bytes as base64 or hex and says what a key looks like otherwise, never quoting it", () => {
    const bytes = randomBytes(32);
    expect(parseVaultKey(bytes.toString("base64")).id).toBe(parseVaultKey(bytes.toString("hex")).id);
    expect(parseVaultKey(` ${bytes.toString("base64url")}\n`).id).toBe(parseVaultKey(bytes.toString("hex")).id);
    for (const bad of ["too-short-SECRET", randomBytes(16).toString("base64"), "zz".repeat(32), "A".repeat(43) + "="]) {
      const error = (() => {
        try {
          parseVaultKey(bad);
        } catch (err) {
          return err as Error;
        }
        throw new Error("expected a VaultKeyError");
      })();
      expect(error).toBeInstanceOf(VaultKeyError);
      expect(error.message).toMatch(/^vault key: .*openssl rand -base64 32/);
      expect(error.message).not.toContain(bad);
    }
  });
});

describe("the SQLite vault", () => {
  let dir: string;
  let store: SqliteVaultStore;
  let vault: Vault;
  const key = newKey();

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "pcl-vault-"));
    store = SqliteVaultStore.open(dir);
    vault = new Vault(store, key, logger);
  });
  afterAll(() => store.close());

  it("stores records owner-only and never in clear", async () => {
    await vault.write("alice", "jira", "oauth2-user", { secret: CANARY, refreshToken: `${CANARY}-refresh`, expiresAtMs: 0, obtainedAtMs: 1 });
    expect((await stat(join(dir, VAULT_FILE))).mode & 0o777).toBe(0o600);
    expect((await stat(dir)).mode & 0o077).toBe(0);
    const bytes = await readFile(join(dir, VAULT_FILE));
    expect(bytes.includes(Buffer.from("canary-SECRET"))).toBe(false);
    expect(bytes.includes(Buffer.from(Buffer.from(CANARY).toString("base64")))).toBe(false);
    expect((await vault.readFresh("alice", "jira"))?.payload).toMatchObject({ secret: CANARY, refreshToken: `${CANARY}-refresh` });
  });

  it("refuses a tampered record, a record moved to another owner, and one sealed under another key", async () => {
    const db = new DatabaseSync(join(dir, VAULT_FILE));
    try {
      await vault.write("bob", "jira", "static", { secret: CANARY, expiresAtMs: 0, obtainedAtMs: 1 });
      const row = db.prepare("SELECT sealed FROM credentials WHERE subject = 'bob'").get() as { sealed: string };
      const sealed = JSON.parse(row.sealed) as { d: string };
      const flipped = Buffer.from(sealed.d, "base64");
      flipped[20]! ^= 1;
      db.prepare("UPDATE credentials SET sealed = ? WHERE subject = 'bob'").run(JSON.stringify({ ...sealed, d: flipped.toString("base64") }));
      expectRefused(() => vault.readFresh("bob", "jira"), "subject 'bob' on server 'jira'", "altered, or moved");

      await vault.write("carol", "jira", "static", { secret: CANARY, expiresAtMs: 0, obtainedAtMs: 1 });
      db.prepare("UPDATE credentials SET subject = 'mallory' WHERE subject = 'carol'").run();
      expectRefused(() => vault.readFresh("mallory", "jira"), "subject 'mallory' on server 'jira'", "moved from another subject");

      await vault.write("dave", "jira", "static", { secret: CANARY, expiresAtMs: 0, obtainedAtMs: 1 });
      db.prepare("UPDATE credentials SET server = 'github' WHERE subject = 'dave'").run();
      expectRefused(() => vault.readFresh("dave", "github"), "subject 'dave' on server 'github'", "moved from another subject, server");

      await vault.write("erin", "jira", "static", { secret: CANARY, expiresAtMs: 0, obtainedAtMs: 1 });
      db.prepare("UPDATE credentials SET kind = 'oauth2-user' WHERE subject = 'erin'").run();
      expectRefused(() => vault.readFresh("erin", "jira"), "subject 'erin'", "or kind");

      const other = new Vault(store, newKey(), logger);
      expectRefused(() => other.readFresh("alice", "jira"), "subject 'alice' on server 'jira'", `another vault key (key id ${key.id}`);
    } finally {
      db.close();
    }
  });
});

describe("the Redis vault", async () => {
  const available = await redisForTests("redis vault");
  let store: RedisVaultStore;
  let vault: Vault;
  let redis: Redis;
  const prefix = uniquePrefix();
  const key = newKey();

  beforeAll(async () => {
    if (!available) return;
    store = new RedisVaultStore({ url: REDIS_URL, prefix });
    await store.ready();
    vault = new Vault(store, key, logger);
    redis = new Redis(REDIS_URL);
  });
  afterAll(async () => {
    if (!available) return;
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
    await store.close();
  });

  it.runIf(available)("keeps no secret in clear and refuses a record moved to another owner", async () => {
    await vault.write("alice", "jira", "oauth2-user", { secret: CANARY, refreshToken: `${CANARY}-refresh`, expiresAtMs: 0, obtainedAtMs: 1 });
    for (const k of await redis.keys(`${prefix}*`)) {
      const type = await redis.type(k);
      const values = type === "hash" ? Object.values(await redis.hgetall(k)) : type === "string" ? [await redis.get(k)] : await redis.smembers(k);
      expect(values.join("\n")).not.toContain("canary-SECRET");
    }
    const recordKey = (await redis.keys(`${prefix}vault:rec:*`))[0]!;
    const text = (await redis.hget(recordKey, "jira"))!;
    await redis.hset(`${prefix}vault:rec:${Buffer.from("mallory").toString("base64url")}`, "jira", text);
    expectRefused(await settle(() => vault.readFresh("mallory", "jira")), "subject 'mallory' on server 'jira'", "moved from another subject");
    expect((await vault.readFresh("alice", "jira"))?.payload.secret).toBe(CANARY);
  });

  it.runIf(available)("hears another process's write at once and revalidates its cache", async () => {
    const other = new RedisVaultStore({ url: REDIS_URL, prefix });
    await other.ready();
    const otherVault = new Vault(other, key, logger);
    try {
      await vault.write("frank", "jira", "static", { secret: "one", expiresAtMs: 0, obtainedAtMs: 1 });
      expect((await vault.read("frank", "jira"))?.payload.secret).toBe("one");
      const heard = new Promise<void>((resolve) => vault.onChange((subject) => subject === "frank" && resolve()));
      await otherVault.write("frank", "jira", "static", { secret: "two", expiresAtMs: 0, obtainedAtMs: 2 });
      await heard;
      expect((await vault.read("frank", "jira"))?.payload.secret).toBe("two");
      await otherVault.delete("frank", "jira");
      await new Promise<void>((resolve) => vault.onChange((subject) => subject === "frank" && resolve()));
      expect(await vault.read("frank", "jira")).toBeUndefined();
    } finally {
      await other.close();
    }
  });
});

describe("compare-and-set on a record's revision", async () => {
  const hasRedis = await redisForTests("vault compare-and-set");
  const prefix = uniquePrefix();
  const stores: Record<string, () => Promise<SqliteVaultStore | RedisVaultStore>> = {
    sqlite: async () => SqliteVaultStore.open(await mkdtemp(join(tmpdir(), "pcl-vault-cas-"))),
    redis: async () => {
      const store = new RedisVaultStore({ url: REDIS_URL, prefix });
      await store.ready();
      return store;
    },
  };
  afterAll(async () => {
    if (!hasRedis) return;
    await deleteKeys(prefix);
  });

  it.each(Object.keys(stores))("in %s: a replace or delete of an older revision changes nothing", async (kind) => {
    if (kind === "redis" && !hasRedis) return;
    const store = await stores[kind]!();
    const vault = new Vault(store, newKey(), logger);
    const payload = (secret: string) => ({ secret, refreshToken: `${secret}-refresh`, expiresAtMs: 0, obtainedAtMs: 1 });
    try {
      const first = await vault.write("alice", "jira", "oauth2-user", payload("one"));
      const second = await vault.replace(first, payload("two"));
      expect(second?.payload.secret).toBe("two");
      // A slow writer holding the first revision neither overwrites nor deletes the second.
      expect(await vault.replace(first, payload("stale"))).toBeUndefined();
      expect(await vault.delete("alice", "jira", first.rev)).toBe(false);
      expect((await vault.readFresh("alice", "jira"))?.payload.secret).toBe("two");
      expect(await vault.delete("alice", "jira", second!.rev)).toBe(true);
      // Nor brings a deleted record back.
      expect(await vault.replace(second!, payload("revived"))).toBeUndefined();
      expect(await vault.readFresh("alice", "jira")).toBeUndefined();
      expect(await vault.list({ subject: "alice" })).toEqual([]);
    } finally {
      await store.close();
    }
  });
});

/** Runs `read` (sync or async) and returns a thunk that rethrows its outcome synchronously. */
async function settle<T>(read: () => T | Promise<T>): Promise<() => T> {
  try {
    const value = await read();
    return () => value;
  } catch (err) {
    return () => {
      throw err;
    };
  }
}

function expectRefused(read: () => unknown, owner: string, cause: string): void {
  let error: unknown;
  try {
    const value = read();
    if (value instanceof Promise) throw new Error("use settle() for an async read");
  } catch (err) {
    error = err;
  }
  expect(error).toBeInstanceOf(VaultRecordError);
  const message = (error as Error).message;
  expect(message).toContain(owner);
  expect(message).toContain(cause);
  expect(message).toContain("nothing is served");
  expect(message).not.toContain("canary-SECRET");
}
