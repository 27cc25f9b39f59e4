/**
 * The fleet's vault under Redis faults, on a private redis-server: a replica started while
 * Redis was down subscribes to the vault's change announcements once Redis comes up (so it
 * drops what another replica changed at once), and a Redis that stops answering makes a
 * call that reads the vault answer CREDENTIAL_UNAVAILABLE within the state timeout — not
 * hang past the caller's deadline.
 */
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CredentialKind, Decision, Reason } from "@portcullis/sdk";
import { createLogger, parseVaultKey, RedisVaultStore, Vault, VaultFleetKey } from "@portcullis/sidecar";
import { randomBytes } from "node:crypto";
import { asAdmin, startCredentialSidecar, type CredentialSidecar } from "../../helpers/credential-sidecar.js";
import { subject } from "../../helpers/policy.js";
import { redisForTests, startPrivateRedis, uniquePrefix, type PrivateRedis } from "../../helpers/redis.js";

const hasRedis = await redisForTests("vault redis faults");
const logger = createLogger({ level: "silent" });

describe.runIf(hasRedis)("a replica started while Redis was down", () => {
  let redis: PrivateRedis;
  const stores: RedisVaultStore[] = [];
  beforeAll(async () => {
    redis = await startPrivateRedis();
  });
  afterAll(async () => {
    for (const store of stores) await store.close();
    await redis?.stop();
  });

  it("subscribes to the change announcements once Redis is up, and hears another replica's write", async () => {
    await redis.stop();
    const prefix = uniquePrefix();
    const key = parseVaultKey(randomBytes(32).toString("base64"));
    const late = new RedisVaultStore({ url: redis.url, prefix });
    stores.push(late);
    await expect(late.ready()).rejects.toThrow();
    await redis.start();
    const other = new RedisVaultStore({ url: redis.url, prefix });
    stores.push(other);
    await other.ready();
    // ioredis reconnects by itself; the subscription must follow (it used to hang on the failed first connect).
    const admin = new Redis(redis.url);
    try {
      await expect.poll(async () => ((await admin.call("PUBSUB", "NUMSUB", `${prefix}vault:changes`)) as [string, number])[1], { timeout: 15_000 }).toBe(2);
    } finally {
      admin.disconnect();
    }
    const vault = new Vault(late, key, logger);
    const heard = new Promise<void>((resolve) => vault.onChange((s) => s === "alice" && resolve()));
    await new Vault(other, key, logger).write("alice", "jira", "static", { secret: "one", expiresAtMs: 0, obtainedAtMs: 1 });
    await heard;
    // Its command connection reconnects on its own schedule (the subscriber's may come back first).
    await expect
      .poll(async () => {
        try {
          return (await vault.read("alice", "jira"))?.payload.secret;
        } catch (err) {
          return (err as Error).message;
        }
      })
      .toBe("one");
  });

  it("checks the fleet's vault key as soon as Redis answers", async () => {
    await redis.stop();
    const prefix = uniquePrefix();
    const key = parseVaultKey(randomBytes(32).toString("base64"));
    const store = new RedisVaultStore({ url: redis.url, prefix });
    stores.push(store);
    await expect(store.ready()).rejects.toThrow();
    const fleetKey = new VaultFleetKey(new Vault(store, key, logger), logger);
    await fleetKey.start(); // Redis down: nothing known yet (the periodic check is 30 s away)
    try {
      expect(fleetKey.mismatch).toBeUndefined();
      await redis.start();
      const admin = new Redis(redis.url);
      try {
        await expect.poll(() => admin.get(`${prefix}vault:fleet-key-id`), { timeout: 15_000 }).toBe(key.id);
      } finally {
        admin.disconnect();
      }
    } finally {
      fleetKey.stop();
    }
  });
});

describe.runIf(hasRedis)("a Redis that stops answering", () => {
  let redis: PrivateRedis;
  let s: CredentialSidecar;
  beforeAll(async () => {
    redis = await startPrivateRedis();
    s = await startCredentialSidecar(
      [
        "version: 1",
        "subjects:",
        subject("alice", ["support"], "alice-token"),
        "roles:",
        "  support: { servers: { search: { allow: ['*'] } } }",
        "credentials:",
        "  search: { type: static }",
      ].join("\n"),
      { redisUrl: redis.url, redisPrefix: uniquePrefix(), stateTimeoutMs: 300 },
    );
  });
  afterAll(async () => {
    redis?.resume();
    await s?.close();
    await redis?.stop();
  });

  it("answers CREDENTIAL_UNAVAILABLE naming the state timeout, for ResolveCredential and Authorize with include_credential", async () => {
    await s.admin.putCredential({ server: "search", kind: CredentialKind.STATIC, secret: "search-key" }, asAdmin);
    const call = { token: "alice-token", server: "search", tool: "q" };
    expect((await s.client.resolveCredential(call)).credential?.headers).toEqual({ authorization: "Bearer search-key" });
    redis.pause();
    try {
      // The cached record is trusted for at most a second without the store's word; then it is read again.
      let down = await s.client.resolveCredential(call);
      for (let i = 0; i < 100 && down.decision === Decision.ALLOW; i++) {
        await new Promise((r) => setTimeout(r, 50));
        down = await s.client.resolveCredential(call);
      }
      const expected = {
        reason: Reason.CREDENTIAL_UNAVAILABLE,
        message:
          "the credential for server 'search' cannot be produced: the vault's store did not answer (Redis did not answer within 300 ms (the state timeout, --state-timeout)); retry later",
      };
      expect(down).toMatchObject({ decision: Decision.DENY, ...expected });
      expect(await s.client.authorize({ ...call, includeCredential: true })).toMatchObject({ decision: Decision.DENY, ...expected });
    } finally {
      redis.resume();
    }
    expect((await s.client.resolveCredential(call)).credential?.headers).toEqual({ authorization: "Bearer search-key" });
  });
});
