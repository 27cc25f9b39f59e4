/**
 * One contract, two state stores: the in-memory store and the Redis store (a real Redis,
 * through the Lua script) must agree on every limit's semantics — rate, steps, duplicate,
 * token budgets with reservations — and on atomicity: when an enforced limit denies,
 * nothing is consumed.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Redis } from "ioredis";
import { budgetWindow, MemoryStateStore, RedisStateStore, type LimitOp, type StateStore } from "@portcullis/sidecar";
import { CALENDAR_LUA } from "../../../sidecar/src/limits/redis-limits-script.js";
import { REDIS_URL, redisForTests, uniquePrefix } from "../../helpers/redis.js";

const hasRedis = await redisForTests("state store");

const commit = { commit: true } as const;
const rate = (key: string, count: number, periodMs: number, burst = count, shadow = false): LimitOp => ({
  kind: "rate",
  key,
  shadow,
  intervalUs: (periodMs * 1000) / count,
  burst,
});
const steps = (key: string, cap: number, shadow = false): LimitOp => ({ kind: "steps", key, shadow, cap, ttlMs: 60_000 });
const dup = (key: string, windowMs: number): LimitOp => ({ kind: "duplicate", key, shadow: false, windowMs });
const tokens = (key: string, limit: number, amount: number): LimitOp => ({ kind: "tokens", key, shadow: false, limit, amount, period: "day" });

function contract(name: string, open: () => Promise<StateStore>) {
  describe(name, () => {
    let store: StateStore;
    beforeAll(async () => {
      store = await open();
    });
    afterAll(async () => {
      await store.close();
    });

    it("rate: allows the burst, then denies with a retry-after of about one interval", async () => {
      const results = [];
      for (let i = 0; i < 6; i++) results.push(...(await store.apply([rate("r1", 5, 60_000)], commit)));
      expect(results.slice(0, 5).map((r) => r.allowed)).toEqual([true, true, true, true, true]);
      expect(results.slice(0, 5).map((r) => r.remaining)).toEqual([4, 3, 2, 1, 0]);
      expect(results[5]).toMatchObject({ allowed: false, remaining: 0 });
      expect(results[5]!.retryAfterMs).toBeGreaterThan(11_000);
      expect(results[5]!.retryAfterMs).toBeLessThanOrEqual(12_000);
    });

    it("steps: counts up to the cap", async () => {
      const outcomes = [];
      for (let i = 0; i < 4; i++) outcomes.push((await store.apply([steps("s1", 3)], commit))[0]!);
      expect(outcomes.map((o) => [o.allowed, o.remaining])).toEqual([
        [true, 2],
        [true, 1],
        [true, 0],
        [false, 0],
      ]);
    });

    it("duplicate: refuses a repeat within the window, with the time left", async () => {
      const [first] = await store.apply([dup("d1", 60_000)], commit);
      const [second] = await store.apply([dup("d1", 60_000)], commit);
      expect(first!.allowed).toBe(true);
      expect(second!.allowed).toBe(false);
      expect(second!.retryAfterMs).toBeGreaterThan(50_000);
    });

    it("is atomic: an enforced deny consumes none of the other limits", async () => {
      await store.apply([steps("a-full", 1)], commit);
      const [stepResult, cap] = await store.apply([steps("a-free", 1), steps("a-full", 1)], commit);
      expect(stepResult!.allowed).toBe(true);
      expect(cap!.allowed).toBe(false);
      // a-free was not consumed: its single step is still there.
      expect((await store.apply([steps("a-free", 1)], commit))[0]!.allowed).toBe(true);
    });

    it("shadow: a shadow deny lets the others through and consumes nothing of its own", async () => {
      await store.apply([steps("sh-full", 1)], commit);
      const [shadowed, other] = await store.apply([steps("sh-full", 1, true), steps("sh-other", 5)], commit);
      expect(shadowed!.allowed).toBe(false);
      expect(other).toMatchObject({ allowed: true, remaining: 4 });
      expect((await store.apply([steps("sh-other", 5)], commit))[0]!.remaining).toBe(3);
    });

    it("dry run decides without consuming", async () => {
      for (let i = 0; i < 3; i++) expect((await store.apply([steps("dry", 1)], { commit: false }))[0]!.allowed).toBe(true);
      expect((await store.apply([steps("dry", 1)], commit))[0]!.allowed).toBe(true);
      expect((await store.apply([steps("dry", 1)], commit))[0]!.allowed).toBe(false);
    });

    it("tokens: reserves estimates, refuses overspend, settles refunds and debits", async () => {
      const reserve = (id: string, amount: number) =>
        store.apply([tokens("b1", 1000, amount)], { commit: true, reservation: { id, subject: "alice", ttlMs: 60_000 } });
      expect((await reserve("call-1", 600))[0]).toMatchObject({ allowed: true, remaining: 400 });
      const refused = (await reserve("call-2", 500))[0]!;
      expect(refused).toMatchObject({ allowed: false, remaining: 400 });
      expect(refused.retryAfterMs).toBeGreaterThan(0);
      // call-1 used only 100 of its 600: 500 come back, so call-2 now fits.
      expect(await store.settle("call-1", "alice", 100)).toBe("settled");
      expect((await reserve("call-2", 500))[0]).toMatchObject({ allowed: true, remaining: 400 });
      // call-2 used 700: the extra 200 is debited.
      expect(await store.settle("call-2", "alice", 700)).toBe("settled");
      expect((await reserve("call-3", 201))[0]!.allowed).toBe(false);
      expect((await reserve("call-3", 200))[0]).toMatchObject({ allowed: true, remaining: 0 });
    });

    it("settle: refuses another subject's reservation, a second settlement, and reports unknown ones", async () => {
      await store.apply([tokens("b2", 100, 10)], { commit: true, reservation: { id: "x-1", subject: "alice", ttlMs: 60_000 } });
      expect(await store.settle("x-1", "mallory", 0)).toBe("forbidden");
      expect(await store.settle("x-1", "alice", 50)).toBe("settled");
      // Settled once: a second settlement changes nothing and says so.
      expect(await store.settle("x-1", "alice", 90)).toBe("already-settled");
      expect((await store.apply([tokens("b2", 100, 51)], commit))[0]).toMatchObject({ allowed: false, remaining: 50 });
      expect(await store.settle("never", "alice", 10)).toBe("unknown");
    });

    it("claim: holds a settlement for its claim alone, keeps the reservation as long, and is given back by release", async () => {
      const reserve = (id: string, ttlMs: number) =>
        store.apply([tokens("b-claim", 1000, 100)], { commit: true, reservation: { id, subject: "alice", ttlMs } });
      await reserve("k-1", 60_000);
      expect(await store.claim("k-1", "mallory", "c-x", 30_000)).toBe("forbidden");
      expect(await store.claim("k-1", "alice", "c-1", 30_000)).toBe("claimed");
      // Another settlement, claimed or not, is refused while the claim lives; the holder's goes through.
      expect(await store.claim("k-1", "alice", "c-2", 30_000)).toBe("in-progress");
      expect(await store.settle("k-1", "alice", 10)).toBe("in-progress");
      expect(await store.settle("k-1", "alice", 10, "c-2")).toBe("in-progress");
      expect(await store.settle("k-1", "alice", 10, "c-1")).toBe("settled");
      expect(await store.claim("k-1", "alice", "c-2", 30_000)).toBe("already-settled");
      await store.release("k-1", "c-1"); // after the settlement: changes nothing
      expect(await store.settle("k-1", "alice", 10, "c-1")).toBe("already-settled");
      // Released: another claim may take it.
      await reserve("k-2", 60_000);
      expect(await store.claim("k-2", "alice", "c-1", 30_000)).toBe("claimed");
      await store.release("k-2", "c-other"); // not the holder: changes nothing
      expect(await store.claim("k-2", "alice", "c-2", 30_000)).toBe("in-progress");
      await store.release("k-2", "c-1");
      expect(await store.claim("k-2", "alice", "c-2", 30_000)).toBe("claimed");
      expect(await store.settle("k-2", "alice", 10, "c-2")).toBe("settled");
      // A claim that lapsed (its holder died) stands in no one's way.
      await reserve("k-3", 60_000);
      expect(await store.claim("k-3", "alice", "c-1", 1)).toBe("claimed");
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(await store.claim("k-3", "alice", "c-2", 30_000)).toBe("claimed");
      expect(await store.claim("never", "alice", "c-1", 30_000)).toBe("unknown");
    });

    it("never overspends a budget under concurrent reservations", async () => {
      const calls = Array.from({ length: 200 }, (_, i) =>
        store.apply([tokens("b-conc", 5000, 100)], { commit: true, reservation: { id: `c-${i}`, subject: "s", ttlMs: 60_000 } }),
      );
      const allowed = (await Promise.all(calls)).filter(([r]) => r!.allowed).length;
      expect(allowed).toBe(50);
    });
  });
}

contract("MemoryStateStore", async () => new MemoryStateStore());

describe.runIf(hasRedis)("Redis", () => {
  contract("RedisStateStore", async () => {
    const store = new RedisStateStore({ url: REDIS_URL, prefix: uniquePrefix() });
    await store.ready();
    return store;
  });

  it("counts one Redis command per decision, whatever the number of limits", async () => {
    const store = new RedisStateStore({ url: REDIS_URL, prefix: uniquePrefix() });
    await store.ready();
    await store.apply([steps("warm", 10)], commit); // loads the script (EVALSHA → EVAL once)
    let sent = 0;
    const original = store.redis.sendCommand.bind(store.redis);
    store.redis.sendCommand = ((command: Parameters<typeof original>[0]) => {
      sent++;
      return original(command);
    }) as typeof store.redis.sendCommand;
    for (let i = 0; i < 20; i++) {
      await store.apply([rate(`rt-${i}`, 10, 1000), steps(`st-${i}`, 3), dup(`du-${i}`, 1000), tokens(`tk-${i}`, 100, 1)], commit);
    }
    expect(sent).toBe(20);
    await store.close();
  });

  it("computes budget periods in Lua exactly as in TypeScript, across month and leap-year boundaries", async () => {
    const redis = new Redis(REDIS_URL);
    const instants = [
      Date.UTC(2024, 1, 29, 23, 59, 59, 999),
      Date.UTC(2024, 2, 1),
      Date.UTC(2025, 11, 31, 23, 0),
      Date.UTC(2026, 0, 1),
      Date.UTC(2100, 1, 28, 12),
      Date.UTC(2000, 1, 29),
      Date.UTC(2026, 10, 23, 22, 50),
    ];
    for (const at of instants) {
      for (const period of ["hour", "day", "month"] as const) {
        const lua = `${CALENDAR_LUA}\nlocal i, e = budget_window(ARGV[1], tonumber(ARGV[2]))\nreturn {tostring(i), tostring(e)}`;
        const [index, end] = (await redis.eval(lua, 0, period, String(at))) as [string, string];
        const ts = budgetWindow(period, at);
        expect([Number(index), Number(end)], `${period} at ${new Date(at).toISOString()}`).toEqual([ts.index, ts.endMs]);
      }
    }
    redis.disconnect();
  });
});

describe("budgetWindow", () => {
  it("aligns to UTC hours, days and months", () => {
    expect(budgetWindow("month", Date.UTC(2024, 1, 10))).toEqual({ index: 2024 * 12 + 1, endMs: Date.UTC(2024, 2, 1) });
    expect(budgetWindow("month", Date.UTC(2025, 11, 31, 23))).toEqual({ index: 2025 * 12 + 11, endMs: Date.UTC(2026, 0, 1) });
    expect(budgetWindow("day", Date.UTC(2026, 5, 1, 13))).toMatchObject({ endMs: Date.UTC(2026, 5, 2) });
    expect(budgetWindow("hour", Date.UTC(2026, 5, 1, 13, 30))).toMatchObject({ endMs: Date.UTC(2026, 5, 1, 14) });
  });
});

describe("MemoryStateStore reservations", () => {
  it("keeps at most MAX_OPEN_RESERVATIONS, dropping the oldest (which stays charged)", async () => {
    const { MAX_OPEN_RESERVATIONS } = await import("@portcullis/sidecar");
    const store = new MemoryStateStore();
    for (let i = 0; i <= MAX_OPEN_RESERVATIONS; i++) {
      await store.apply([tokens("cap", 1e12, 1)], { commit: true, reservation: { id: `r-${i}`, subject: "s", ttlMs: 60_000 } });
    }
    expect(await store.settle("r-0", "s", 0)).toBe("unknown");
    expect(await store.settle(`r-${MAX_OPEN_RESERVATIONS}`, "s", 0)).toBe("settled");
    await store.close();
  });
});
