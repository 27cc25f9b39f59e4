/**
 * A fleet's identity feed after Redis restarts empty (simulated: the prefix's keys deleted).
 * The new feed's epochs start over from 1 and may reach or pass a replica's old epoch, so a
 * replica tells the store was reset by its incarnation, not its epoch, and reloads — a
 * replica whose sync did not run across the restart (frozen) included.
 */
import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { GatewayTokens, IdentitySync, type OffboardedSubject, RedisIdentityStore, SubjectDenyListCache } from "../../../sidecar/src/identity/index.js";
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
});
