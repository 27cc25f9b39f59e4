/**
 * Gateway tokens on the decision path, over a real sqlite file (and real Redis where the
 * fleet matters): a known token resolves synchronously from memory; misses go to the store;
 * expired and revoked tokens say so; roles are checked against the policy at issue, and a
 * role the policy later drops grants nothing; last-used times are written in batches, never
 * per call; a revocation that lands during a store read is never cached away; a store that
 * fails refuses (STATE_UNAVAILABLE), fail closed — every caller once it has been unreadable
 * past the staleness bound; and a replica that missed changes reloads.
 */
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { PolicyStore, type Principal } from "@portcullis/sidecar";
import {
  GatewayTokens,
  hashToken,
  Identity,
  IdentitySync,
  openSqliteIdentityStore,
  RedisIdentityStore,
  SubjectDenyListCache,
  SubjectOffboarding,
  TokenAdmin,
  type CallerResolution,
  type IdentityStore,
} from "../../../sidecar/src/identity/index.js";
import { policyFile } from "../../helpers/policy-file.js";
import { REDIS_URL, redisForTests, startPrivateRedis, uniquePrefix, type PrivateRedis } from "../../helpers/redis.js";

const hasRedis = await redisForTests("gateway tokens");
const POLICY = `version: 1
subjects:
  - { id: contractor, roles: [support], tokenSha256: ${hashToken("contractor-static-token")} }
roles:
  support: { servers: { jira: { allow: [search_issues] } } }
  research: { servers: { web: { allow: ["*"] } } }
`;

const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

async function sqliteStore(dir?: string): Promise<IdentityStore> {
  const store = openSqliteIdentityStore(dir ?? join(await mkdtemp(join(tmpdir(), "pcl-gw-")), "data"));
  cleanups.push(() => store.close());
  return store;
}

async function assemble(store: IdentityStore, options: { staleAfterMs?: number; start?: boolean } = {}) {
  const file = await policyFile(POLICY);
  const policies = await PolicyStore.open(file);
  let sync: IdentitySync | undefined;
  const denyList = new SubjectDenyListCache({ staleness: () => sync?.staleness() });
  const tokens = new GatewayTokens(store, { staleness: () => sync?.staleness() });
  sync = new IdentitySync(store, tokens, denyList, { pollEveryMs: 50, staleAfterMs: options.staleAfterMs });
  const started = sync;
  cleanups.push(() => started.close());
  if (options.start ?? true) await sync.start();
  const admin = new TokenAdmin({ store, tokens, sync, policy: () => policies.current });
  const offboarding = new SubjectOffboarding({ store, sync });
  const identity = new Identity({ gatewayTokens: tokens, denyList });
  const resolve = (token: string) => identity.resolve(policies.current, token);
  return { policies, file, denyList, tokens, sync, admin, offboarding, identity, resolve };
}

const issueInput = { subject: "alice", kind: "human" as const, roles: ["support"], team: "desk", description: "", ttlMs: 0 };

describe("resolving gateway tokens", () => {
  it("answers a known token synchronously with the token's subject, kind, roles, team and times", async () => {
    const dir = join(await mkdtemp(join(tmpdir(), "pcl-gw-")), "data");
    const parts = await assemble(await sqliteStore(dir));
    const { token, record } = await parts.admin.issue({ ...issueInput, kind: "agent" });
    const first = parts.resolve(token);
    expect(first).not.toBeInstanceOf(Promise);
    expect(first).toEqual({
      ok: true,
      principal: {
        subject: "alice",
        roles: ["support"],
        team: "desk",
        kind: "agent",
        tokenId: record.id,
        issuedAtMs: record.createdAtMs,
        expiresAtMs: record.createdAtMs + 30 * 24 * 3600 * 1000,
      } satisfies Principal,
    });
    // Another sidecar on the same file finds it in the store once, then answers from memory.
    const other = await assemble(await sqliteStore(dir));
    const missed = other.resolve(token);
    expect(missed).toBeInstanceOf(Promise);
    expect(await missed).toMatchObject({ ok: true, principal: { subject: "alice" } });
    expect(other.resolve(token)).not.toBeInstanceOf(Promise);
  });

  it("refuses an unknown token, and remembers that without asking the store again", async () => {
    const store = counting(await sqliteStore());
    const parts = await assemble(store);
    const unknown = "pcl_0123456789abcdefghijklmnopqrstuvwxyzABCDEFG";
    expect(await parts.resolve(unknown)).toMatchObject({ ok: false, reason: "unknown_token" });
    const reads = store.calls.tokenByHash;
    expect(parts.resolve(unknown)).toMatchObject({ ok: false, reason: "unknown_token" });
    expect(store.calls.tokenByHash).toBe(reads);
  });

  it("refuses an expired token (expired) and a revoked one (revoked), naming the token id and the time", async () => {
    const store = await sqliteStore();
    const parts = await assemble(store);
    const { token, record } = await parts.admin.issue(issueInput);
    await store.insertToken({ ...record, id: "tok_expired00001", hash: hashToken(`${token}x`), expiresAtMs: Date.now() - 1000 });
    expect(await parts.resolve(`${token}x`)).toMatchObject({
      ok: false,
      reason: "expired",
      message: expect.stringContaining("gateway token tok_expired00001 expired at"),
    });
    expect(await parts.admin.revoke(record.id)).toBe(true);
    const revoked = await parts.resolve(token);
    expect(revoked).toMatchObject({
      ok: false,
      reason: "revoked",
      message: expect.stringMatching(new RegExp(`^gateway token ${record.id} was revoked at 20`)),
    });
    expect(JSON.stringify(revoked)).not.toContain(token);
  });

  it("checks roles against the policy at issue; a role the policy drops later grants nothing", async () => {
    const parts = await assemble(await sqliteStore());
    await expect(parts.admin.issue({ ...issueInput, roles: ["support", "suport"] })).rejects.toThrow(
      "roles[1]: unknown role 'suport'; did you mean 'support'?",
    );
    await expect(parts.admin.issue({ ...issueInput, roles: [] })).rejects.toThrow("roles: at least one role");
    const { token } = await parts.admin.issue({ ...issueInput, roles: ["support", "research"] });
    expect(await parts.resolve(token)).toMatchObject({ principal: { roles: ["support", "research"] } });
    await writeFile(parts.file, POLICY.replace(/ {2}research:.*\n/, ""));
    expect((await parts.policies.reload()).errors).toEqual([]);
    expect(await parts.resolve(token)).toMatchObject({ principal: { roles: ["support"] } });
  });

  it("writes last-used times in batches, at most once per token per minute, never per call", async () => {
    const store = counting(await sqliteStore());
    const parts = await assemble(store);
    const { token, record } = await parts.admin.issue(issueInput);
    for (let i = 0; i < 1000; i++) parts.resolve(token);
    expect(store.calls.recordLastUsed).toBe(0);
    await parts.tokens.flushLastUsed();
    expect(store.calls.recordLastUsed).toBe(1);
    const used = (await store.tokenById(record.id))!.lastUsedAtMs;
    expect(used).toBeGreaterThan(0);
    for (let i = 0; i < 1000; i++) parts.resolve(token);
    await parts.tokens.flushLastUsed();
    expect(store.calls.recordLastUsed).toBe(1);
  });

  it("never caches a record read while a revocation of it landed", async () => {
    const store = counting(await sqliteStore());
    const parts = await assemble(store);
    const issuer = await assemble(store);
    const { token, record } = await issuer.admin.issue(issueInput);
    // Hold the replica's first read of the token until the revocation is applied.
    const held = store.holdNextRead();
    const resolving = parts.resolve(token) as Promise<CallerResolution>;
    await held.reached;
    await issuer.admin.revoke(record.id);
    await parts.sync.sync();
    held.release();
    expect(await resolving).toMatchObject({ ok: false, reason: "revoked" });
    expect(parts.resolve(token)).toMatchObject({ ok: false, reason: "revoked" });
  });

  it("refuses with 'unavailable' (not 'unknown') when the store fails, and asks again next time", async () => {
    const store = counting(await sqliteStore());
    const parts = await assemble(store);
    const token = "pcl_ZZZZ456789abcdefghijklmnopqrstuvwxyzABCDEFG";
    store.failReads = true;
    expect(await parts.resolve(token)).toMatchObject({ ok: false, reason: "unavailable" });
    store.failReads = false;
    const reads = store.calls.tokenByHash;
    expect(await parts.resolve(token)).toMatchObject({ ok: false, reason: "unknown_token" });
    expect(store.calls.tokenByHash).toBe(reads + 1);
  });
});

describe("the subject deny-list", () => {
  it("refuses tokens issued up to the offboarding and static tokens, and lets tokens issued after it through", () => {
    const list = new SubjectDenyListCache();
    expect(list.unavailable()).toContain("has not been loaded");
    list.replaceAll([{ subject: "contractor", offboardedAtMs: Date.UTC(2026, 0, 2), reason: "", source: "admin" }]);
    expect(list.unavailable()).toBeUndefined();
    const principal = (issuedAtMs?: number): Principal => ({ subject: "contractor", roles: [], team: undefined, issuedAtMs });
    expect(list.denied(principal())).toBe("subject 'contractor' was offboarded at 2026-01-02T00:00:00.000Z; its tokens are refused");
    expect(list.denied(principal(Date.UTC(2026, 0, 1)))).toBe(
      "subject 'contractor' was offboarded at 2026-01-02T00:00:00.000Z; tokens issued before then are refused",
    );
    expect(list.denied(principal(Date.UTC(2026, 0, 2)))).toBeDefined();
    expect(list.denied(principal(Date.UTC(2026, 0, 3)))).toBeUndefined();
    expect(list.denied({ ...principal(), subject: "alice" })).toBeUndefined();
  });

  it("offboarding revokes the subject's gateway tokens and refuses its static token; new tokens work", async () => {
    const parts = await assemble(await sqliteStore());
    const { token } = await parts.admin.issue({ ...issueInput, subject: "contractor" });
    expect(await parts.resolve("contractor-static-token")).toMatchObject({ ok: true });
    const outcome = await parts.offboarding.offboard("contractor", { reason: "contract ended", source: "admin" });
    expect(outcome).toMatchObject({ tokensRevoked: 1, credentialsDeleted: 0, problems: [] });
    expect(await parts.resolve(token)).toMatchObject({ ok: false, reason: "revoked" });
    expect(parts.resolve("contractor-static-token")).toMatchObject({ ok: false, reason: "revoked", message: expect.stringContaining("was offboarded at") });
    await new Promise((resolve) => setTimeout(resolve, 5)); // a later millisecond than the offboarding
    const rehired = await parts.admin.issue({ ...issueInput, subject: "contractor" });
    expect(parts.resolve(rehired.token)).toMatchObject({ ok: true });
  });

  it("calls the vault's part when one is wired, and reports its problems without failing", async () => {
    const parts = await assemble(await sqliteStore());
    const calls: string[] = [];
    parts.offboarding.credentials = {
      async offboard(subject) {
        calls.push(subject);
        return { deleted: 2, providerRevocations: 1, revocationsQueued: 0, problems: ["jira: the provider offers no revocation"] };
      },
    };
    expect(await parts.offboarding.offboard("contractor", { reason: "", source: "admin" })).toMatchObject({
      credentialsDeleted: 2,
      providerRevocations: 1,
      problems: ["jira: the provider offers no revocation"],
    });
    parts.offboarding.credentials = {
      offboard: () => Promise.reject(new Error("vault is closed")),
    };
    expect((await parts.offboarding.offboard("bob", { reason: "", source: "admin" })).problems).toEqual([
      "the credential vault could not offboard the subject: vault is closed",
    ]);
    expect(calls).toEqual(["contractor"]);
    expect(parts.resolve("contractor-static-token")).toMatchObject({ ok: false, reason: "revoked" });
  });
});

describe.runIf(hasRedis)("replicas on Redis", () => {
  const redisStore = async (url = REDIS_URL, prefix = uniquePrefix()) => {
    const store = new RedisIdentityStore({ url, prefix, commandTimeoutMs: 500 });
    cleanups.push(() => store.close());
    return { store, prefix };
  };

  it("reload everything when they missed changes the feed no longer holds", async () => {
    const { store, prefix } = await redisStore();
    const writer = await assemble(store);
    const reader = await assemble((await redisStore(REDIS_URL, prefix)).store, { start: false });
    await reader.sync.sync();
    await writer.offboarding.offboard("contractor", { reason: "", source: "admin" });
    // A deny-list entry whose change the feed lost, then the feed trimmed to nothing: only a reload finds it.
    const redis = new Redis(REDIS_URL);
    await redis.hset(`${prefix}id:offboarded`, "ghost", JSON.stringify({ subject: "ghost", offboardedAtMs: Date.now(), reason: "", source: "admin" }));
    await redis.xtrim(`${prefix}id:feed`, "MAXLEN", 0);
    redis.disconnect();
    await reader.sync.sync();
    expect(reader.denyList.get("ghost")).toBeDefined();
    expect(reader.denyList.get("contractor")).toBeDefined();
    expect(reader.sync.epoch).toBe(1);
  });

  it("never leave a token of an offboarded subject active when issuing and offboarding race", async () => {
    const { store: issuerStore, prefix } = await redisStore();
    const { store: offboarderStore } = await redisStore(REDIS_URL, prefix);
    const issuer = await assemble(issuerStore);
    const offboarder = await assemble(offboarderStore);
    const T0 = Date.now();
    // Every token is issued (by its clock) before the offboarding: none may stay active.
    const admin = new TokenAdmin({ store: issuerStore, tokens: issuer.tokens, sync: issuer.sync, policy: () => issuer.policies.current, now: () => T0 });
    const offboarding = new SubjectOffboarding({ store: offboarderStore, sync: offboarder.sync, now: () => T0 + 1 });
    const issued: string[] = [];
    let attempts = 0;
    let refusedAtIssue = 0;
    for (let round = 0; round < 30; round++) {
      const subject = `racer-${round}`;
      // A stream of issues on one connection, running before, during and after the offboarding on the other.
      const issue = () => {
        const attempt = admin.issue({ ...issueInput, subject });
        attempt.catch(() => undefined); // settled below, after the stream
        return attempt;
      };
      const issues = [issue()];
      let offboarded = false;
      const offboard = offboarding.offboard(subject, { reason: "", source: "scim" }).finally(() => {
        offboarded = true;
      });
      for (let after = 0; after < 3 && issues.length < 200; after += offboarded ? 1 : 0) {
        await new Promise((resolve) => setImmediate(resolve));
        issues.push(issue());
      }
      await offboard;
      const outcomes = await Promise.allSettled(issues);
      attempts += issues.length;
      for (const outcome of outcomes) {
        if (outcome.status === "fulfilled") issued.push(outcome.value.token);
        else {
          expect(String(outcome.reason)).toContain("was offboarded while this token was being issued");
          refusedAtIssue++;
        }
      }
      expect(await issuerStore.listTokens({ subject, includeRevoked: false })).toEqual([]);
      // SCIM reactivation lifts the deny-list: tokens from before the offboarding must stay dead on both replicas.
      await offboarding.reinstate(subject, "scim");
    }
    await issuer.sync.sync();
    for (const token of issued) {
      expect(await issuer.resolve(token)).toMatchObject({ ok: false, reason: "revoked" });
      expect(await offboarder.resolve(token)).toMatchObject({ ok: false, reason: "revoked" });
    }
    expect(issued.length + refusedAtIssue).toBe(attempts);
  });

  it("refuse everyone while Redis has never answered, and recover by themselves", async () => {
    const redis: PrivateRedis = await startPrivateRedis();
    cleanups.push(() => redis.stop());
    await redis.stop();
    const { store } = await redisStore(redis.url);
    const parts = await assemble(store);
    expect(await parts.resolve("contractor-static-token")).toMatchObject({ ok: false, reason: "unavailable", message: expect.stringContaining("deny-list") });
    expect(await parts.resolve("pcl_0123456789abcdefghijklmnopqrstuvwxyzABCDEFG")).toMatchObject({ ok: false, reason: "unavailable" });
    await redis.start();
    let caller: CallerResolution | undefined;
    for (let i = 0; i < 200 && !caller?.ok; i++) {
      caller = await parts.resolve("contractor-static-token");
      if (!caller.ok) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(caller).toMatchObject({ ok: true });
  });

  it("refuse every caller once Redis has been gone past the staleness bound, static tokens too", async () => {
    const redis: PrivateRedis = await startPrivateRedis();
    cleanups.push(() => redis.stop());
    const { store } = await redisStore(redis.url);
    const parts = await assemble(store, { staleAfterMs: 300 });
    const { token } = await parts.admin.issue(issueInput);
    expect(parts.resolve(token)).toMatchObject({ ok: true });
    await redis.stop();
    let caller: CallerResolution = { ok: true, principal: { subject: "", roles: [], team: undefined } };
    for (let i = 0; i < 200 && caller.ok; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      caller = await parts.resolve(token);
    }
    expect(caller).toMatchObject({ ok: false, reason: "unavailable", message: expect.stringContaining("the token store has not answered") });
    expect(await parts.resolve("contractor-static-token")).toMatchObject({
      ok: false,
      reason: "unavailable",
      message: expect.stringContaining("the token store has not answered"),
    });
  });
});

/** A store that counts calls, can fail reads, and can hold one read until released. */
function counting(inner: IdentityStore) {
  const calls = { tokenByHash: 0, recordLastUsed: 0 };
  let hold: { reached: () => void; gate: Promise<void> } | undefined;
  // Delegates every method to the real store (its private fields need it as `this`).
  const store = { kind: inner.kind } as IdentityStore & {
    calls: typeof calls;
    failReads: boolean;
    holdNextRead(): { reached: Promise<void>; release(): void };
  };
  const methods = store as unknown as Record<string, (...args: unknown[]) => unknown>;
  const real = inner as unknown as Record<string, (...args: unknown[]) => unknown>;
  for (const name of Object.getOwnPropertyNames(Object.getPrototypeOf(inner))) {
    if (name !== "constructor") methods[name] = (...args) => real[name]!.apply(inner, args);
  }
  store.calls = calls;
  store.failReads = false;
  store.tokenByHash = async (hash) => {
    calls.tokenByHash++;
    if (store.failReads) throw new Error("store down");
    const held = hold;
    hold = undefined;
    if (held) {
      const result = await inner.tokenByHash(hash);
      held.reached();
      await held.gate;
      return result;
    }
    return inner.tokenByHash(hash);
  };
  store.recordLastUsed = (uses) => {
    calls.recordLastUsed++;
    return inner.recordLastUsed(uses);
  };
  store.holdNextRead = () => {
    let reached!: () => void;
    let release!: () => void;
    const reachedP = new Promise<void>((resolve) => (reached = resolve));
    const gate = new Promise<void>((resolve) => (release = resolve));
    hold = { reached, gate };
    return { reached: reachedP, release };
  };
  return store;
}
