/**
 * The Redis limit store when Redis answers but refuses: out of memory (maxmemory with
 * noeviction), a read-only replica (REPLICAOF a primary that is not there), a replica that
 * lost its primary and serves no stale data (MASTERDOWN). Each is what an unreachable Redis
 * is to the store — down at once, with a cause that says what Redis answered (in our words),
 * applies refused without sending — and each ends by itself: a probe that writes, not a PING
 * (which all of them answer), brings the store back up. An error that is the command's own
 * (a key of the wrong type) leaves the store up. A private redis-server per test.
 */
import { Redis } from "ioredis";
import { afterEach, describe, expect, it } from "vitest";
import { RedisStateStore, StateNotSentError, type LimitOp, type StoreAvailability } from "@portcullis/sidecar";
import { freePort, redisForTests, startPrivateRedis, uniquePrefix, type PrivateRedis } from "../../helpers/redis.js";

const hasRedis = await redisForTests("limit store refusals");

const steps = (key: string): LimitOp => ({ kind: "steps", key, shadow: false, cap: 1000, ttlMs: 60_000 });

/** How to make Redis refuse, and how to end it. */
const REFUSALS: readonly { code: string; says: string; refuse: (r: Redis) => Promise<void>; end: (r: Redis) => Promise<void> }[] = [
  {
    code: "OOM",
    says: "is out of memory",
    refuse: async (r) => {
      await r.config("SET", "maxmemory-policy", "noeviction");
      await r.config("SET", "maxmemory", "1");
    },
    end: async (r) => void (await r.config("SET", "maxmemory", "0")),
  },
  {
    code: "READONLY",
    says: "is a read-only replica",
    refuse: async (r) => void (await r.replicaof("127.0.0.1", await freePort())),
    end: async (r) => void (await r.replicaof("NO", "ONE")),
  },
  {
    code: "MASTERDOWN",
    says: "is a replica that lost its primary",
    refuse: async (r) => {
      await r.config("SET", "replica-serve-stale-data", "no");
      await r.replicaof("127.0.0.1", await freePort());
    },
    end: async (r) => void (await r.replicaof("NO", "ONE")),
  },
];

let redis: PrivateRedis | undefined;
let control: Redis | undefined;
let store: RedisStateStore | undefined;
afterEach(async () => {
  await store?.close();
  control?.disconnect();
  await redis?.stop();
});

/** Polls `condition` until it holds; fails after `ms` (a hang, not slowness). */
async function waitFor(what: string, condition: () => boolean, ms = 30_000): Promise<void> {
  const until = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > until) throw new Error(`not within ${ms} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

async function open() {
  redis = await startPrivateRedis();
  control = new Redis(redis.url);
  const prefix = uniquePrefix();
  store = new RedisStateStore({ url: redis.url, prefix });
  await store.ready();
  const changes: { now: StoreAvailability; cause: string }[] = [];
  store.onAvailability((now, cause) => changes.push({ now, cause }));
  return { store, control, changes, prefix };
}

describe.runIf(hasRedis)("the Redis limit store when Redis refuses", () => {
  for (const refusal of REFUSALS) {
    it(`${refusal.code}: down at once saying what Redis answered, applies not sent, up again once it ends`, async () => {
      const { store, control, changes } = await open();
      expect(await store.apply([steps("s")], { commit: true })).toMatchObject([{ allowed: true }]);
      expect(store.availability).toBe("up");

      await refusal.refuse(control);
      const first = await store.apply([steps("s")], { commit: true }).catch((err: Error) => err);
      expect(first).toBeInstanceOf(Error);
      const said = `redis answered ${refusal.code}: it ${refusal.says}`;
      expect((first as Error).message).toContain(said);
      expect((first as Error).message).not.toContain("script:"); // Redis's own words stay out
      // Down at once: Redis said so, no probe needed (PING would answer anyway).
      expect(store.availability).toBe("down");
      expect(changes).toEqual([{ now: "down", cause: expect.stringContaining(said) }]);
      const next = await store.apply([steps("s")], { commit: true }).catch((err: Error) => err);
      expect(next).toBeInstanceOf(StateNotSentError);
      expect((next as Error).message).toContain(said);

      await refusal.end(control);
      await waitFor("the store up again", () => store.availability === "up");
      expect(changes.map((c) => c.now)).toEqual(["down", "up"]);
      expect(await store.apply([steps("s")], { commit: true })).toMatchObject([{ allowed: true }]);
    });
  }

  it("stays up for an error that is the command's own (a key of the wrong type)", async () => {
    const { store, control, changes, prefix } = await open();
    await control.hset(`${prefix}wrong`, "a", "b");
    const failed = await store.apply([steps("wrong")], { commit: true }).catch((err: Error) => err);
    expect((failed as Error).message).toContain("WRONGTYPE");
    expect(store.availability).toBe("up");
    expect(changes).toEqual([]);
  });
});
