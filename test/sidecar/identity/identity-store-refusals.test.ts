/**
 * A fleet's identity data while Redis refuses. Out of memory (maxmemory, noeviction) or a
 * read-only replica, Redis refuses writes and answers reads: reading the change feed is a read
 * and must go on working — else after 5 s every caller, static tokens included, is refused for
 * want of revocation data that Redis would gladly give. A Redis that refuses reads too (a
 * replica that lost its primary, MASTERDOWN) does make the data stale, and the refusal then
 * says what Redis answered, not that it "has not answered". A private redis-server per test;
 * the sync's clock is the test's.
 */
import { Redis } from "ioredis";
import { afterEach, describe, expect, it } from "vitest";
import { GatewayTokens, IdentitySync, type OffboardedSubject, RedisIdentityStore, SubjectDenyListCache } from "../../../sidecar/src/identity/index.js";
import { freePort, redisForTests, startPrivateRedis, uniquePrefix, type PrivateRedis } from "../../helpers/redis.js";

const hasRedis = await redisForTests("identity store refusals");

/** Ways to make Redis refuse writes while it answers reads. */
const WRITES_REFUSED: readonly { code: string; refuse: (r: Redis) => Promise<void> }[] = [
  {
    code: "OOM",
    refuse: async (r) => {
      await r.config("SET", "maxmemory-policy", "noeviction");
      await r.config("SET", "maxmemory", "1");
    },
  },
  { code: "READONLY", refuse: async (r) => void (await r.replicaof("127.0.0.1", await freePort())) },
];

let redis: PrivateRedis | undefined;
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  await redis?.stop();
});

const entry = (subject: string): OffboardedSubject => ({ subject, offboardedAtMs: Date.now(), reason: "test", source: "admin" });

async function open() {
  redis = await startPrivateRedis();
  const control = new Redis(redis.url);
  cleanups.push(() => control.disconnect());
  const store = new RedisIdentityStore({ url: redis.url, prefix: uniquePrefix(), commandTimeoutMs: 2000 });
  cleanups.push(() => store.close());
  await store.ready();
  return { control, store };
}

/** A replica whose sync runs only when the test calls it, on the test's clock. */
function replica(store: RedisIdentityStore) {
  let now = 1_000_000;
  const denyList = new SubjectDenyListCache();
  const sync = new IdentitySync(store, new GatewayTokens(store), denyList, { staleAfterMs: 5000, now: () => now });
  cleanups.push(() => sync.close());
  return { sync, denyList, advance: (ms: number) => void (now += ms) };
}

describe.runIf(hasRedis)("identity data while Redis refuses", () => {
  for (const { code, refuse } of WRITES_REFUSED) {
    it(`${code}: the change feed stays readable, and the data never goes stale`, async () => {
      const { control, store } = await open();
      await store.offboardSubject(entry("gone-before"));
      const before = await store.changesSince(0);
      expect(before.incarnation).not.toBe("");
      const { sync, denyList, advance } = replica(store);
      await sync.sync();
      expect(denyList.get("gone-before")).toBeDefined();

      await refuse(control);
      await expect(store.offboardSubject(entry("not-written"))).rejects.toThrow(code); // writes are refused …
      const during = await store.changesSince(0); // … reads are not
      expect(during).toEqual(before);
      // Far past the staleness bound, each read succeeding: the data is current.
      for (let i = 0; i < 4; i++) {
        advance(2000);
        await sync.sync();
      }
      expect(sync.staleness()).toBeUndefined();
      expect(denyList.get("gone-before")).toBeDefined();
    });
  }

  it("OOM on an empty store: the read answers without an incarnation, and one is written once Redis can", async () => {
    const { control, store } = await open();
    await WRITES_REFUSED[0]!.refuse(control);
    expect(await store.changesSince(0)).toEqual({ latest: 0, incarnation: "", changes: [] });
    await control.config("SET", "maxmemory", "0");
    const first = await store.changesSince(0);
    expect(first.incarnation).toMatch(/^[0-9a-f-]{36}$/);
    expect((await store.changesSince(0)).incarnation).toBe(first.incarnation);
  });

  it("MASTERDOWN (reads refused too): stale past the bound, saying what Redis answered", async () => {
    const { control, store } = await open();
    const { sync, advance } = replica(store);
    await sync.sync();
    await control.config("SET", "replica-serve-stale-data", "no");
    await control.replicaof("127.0.0.1", await freePort());
    advance(6000);
    await sync.sync();
    const why = sync.staleness();
    expect(why).toContain("the token store has refused to answer for 6 s (redis answered MASTERDOWN: it is a replica that lost its primary");
    expect(why).not.toContain("has not answered");
    expect(why).not.toContain("replica-serve-stale-data is set"); // Redis's own words stay out

    await control.replicaof("NO", "ONE");
    await sync.sync();
    expect(sync.staleness()).toBeUndefined();
  });
});
