/**
 * A fleet's identity feed after Redis restarts empty (simulated: the prefix's keys deleted).
 * The new feed's epochs start over from 1 and may reach or pass a replica's old epoch, so a
 * replica tells the store was reset by its incarnation, not its epoch, and reloads — a
 * replica whose sync did not run across the restart (frozen) included.
 */
import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import {
  GatewayTokens,
  IdentitySync,
  type OffboardedSubject,
  RedisIdentityStore,
  SubjectDenyListCache,
  type TokenRecord,
} from "../../../sidecar/src/identity/index.js";
import { REDIS_URL, redisForTests, uniquePrefix } from "../../helpers/redis.js";

const hasRedis = await redisForTests("identity sync after a reset");

const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

function store(prefix: string): RedisIdentityStore {
  const s = new RedisIdentityStore({ url: REDIS_URL, prefix, commandTimeoutMs: 500 });
  cleanups.push(() => s.close());
  return s;
}

/** A replica whose sync runs only when the test calls it (no poll, no pub/sub). */
function replica(prefix: string) {
  const s = store(prefix);
  const denyList = new SubjectDenyListCache();
  const tokens = new GatewayTokens(s);
  const sync = new IdentitySync(s, tokens, denyList);
  cleanups.push(() => sync.close());
  return { store: s, denyList, tokens, sync };
}

/** What "Redis restarted empty" leaves of this deployment: nothing. */
async function wipe(prefix: string): Promise<void> {
  const redis = new Redis(REDIS_URL);
  try {
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
  } finally {
    redis.disconnect();
  }
}

const entry = (subject: string): OffboardedSubject => ({ subject, offboardedAtMs: Date.now(), reason: "test", source: "admin" });

describe.runIf(hasRedis)("identity sync when Redis restarts empty", () => {
  it("a replica frozen across the restart sees every offboarding of the new feed, even once its epochs pass the old ones", async () => {
    const prefix = uniquePrefix();
    const writer = store(prefix);
    const frozen = replica(prefix);
    for (const s of ["old1", "old2", "old3"]) await writer.offboardSubject(entry(s));
    await frozen.sync.sync();
    expect(frozen.sync.epoch).toBe(3);

    await wipe(prefix);
    const fresh = ["a0", "a1", "a2", "a3"];
    for (const s of fresh) await writer.offboardSubject(entry(s));
    await frozen.sync.sync();
    for (const s of fresh) expect(frozen.denyList.get(s), s).toBeDefined();
  });

  it("a replica that reads the new feed at the same epoch as the old one reloads too", async () => {
    const prefix = uniquePrefix();
    const writer = store(prefix);
    const r = replica(prefix);
    for (const s of ["old1", "old2"]) await writer.offboardSubject(entry(s));
    await r.sync.sync();
    await wipe(prefix);
    for (const s of ["b0", "b1"]) await writer.offboardSubject(entry(s));
    await r.sync.sync();
    expect(r.denyList.get("b0")).toBeDefined();
    expect(r.denyList.get("b1")).toBeDefined();
  });

  it("a store that is not reset gives the same incarnation on every read", async () => {
    const prefix = uniquePrefix();
    const a = store(prefix);
    const b = store(prefix);
    const first = (await a.changesSince(0)).incarnation;
    expect(first).toBeTruthy();
    await a.offboardSubject(entry("x"));
    expect((await b.changesSince(0)).incarnation).toBe(first);
    await wipe(prefix);
    expect((await b.changesSince(0)).incarnation).not.toBe(first);
  });

  it("keeps the offboardings a replica knew, writes them back, and replicas that start later see them", async () => {
    const prefix = uniquePrefix();
    const writer = store(prefix);
    const r = replica(prefix);
    const gone = entry("gone");
    await writer.offboardSubject(gone);
    await r.sync.sync();
    expect(r.denyList.get("gone")).toBeDefined();

    await wipe(prefix);
    await writer.offboardSubject(entry("new1"));
    await r.sync.sync();

    expect(r.denyList.get("gone")).toMatchObject({ offboardedAtMs: gone.offboardedAtMs, source: "admin" });
    expect(r.denyList.get("new1")).toBeDefined();
    expect((await writer.offboardedSubjects()).map((e) => e.subject).sort()).toEqual(["gone", "new1"]);
    const later = replica(prefix);
    await later.sync.sync();
    expect(later.denyList.get("gone")).toMatchObject({ offboardedAtMs: gone.offboardedAtMs });
  });

  it("revokes again a token it saw revoked when the store comes back from a snapshot that holds it unrevoked", async () => {
    const prefix = uniquePrefix();
    const writer = store(prefix);
    const r = replica(prefix);
    const record = token("tok_revoked1", "b".repeat(64), "bob");
    await writer.insertToken(record);
    await r.sync.sync();
    await writer.revokeToken(record.id, Date.now());
    await r.sync.sync();

    await wipe(prefix);
    await writer.insertToken(record);
    await r.sync.sync();
    expect((await writer.tokenByHash(record.hash))?.revokedAtMs).not.toBe(0);
  });

  it("a reload for a gap in the feed (no reset) takes the store's list: a reinstatement missed is honoured", async () => {
    const prefix = uniquePrefix();
    const writer = store(prefix);
    const r = replica(prefix);
    await writer.offboardSubject(entry("back"));
    await r.sync.sync();
    await writer.reinstateSubject("back");
    const redis = new Redis(REDIS_URL);
    await redis.xtrim(`${prefix}id:feed`, "MAXLEN", 0);
    redis.disconnect();
    await r.sync.sync();
    expect(r.denyList.get("back")).toBeUndefined();
  });
});

function token(id: string, hash: string, subject: string): TokenRecord {
  const now = Date.now();
  return {
    ...{ id, hash, hint: "pcl_test", subject, kind: "human", roles: ["support"], team: "", description: "" },
    ...{ createdAtMs: now, expiresAtMs: now + 3_600_000, lastUsedAtMs: 0, revokedAtMs: 0 },
  };
}
