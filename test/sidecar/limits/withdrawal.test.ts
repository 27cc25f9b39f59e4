/**
 * Withdrawing a decision from Redis (the compensation behind "a deny is never charged"):
 * atomic against the apply in either order, exact, idempotent, retried across a Redis
 * restart — and used by the Limiter when an answer misses its deadline, including when the
 * deadline passes because our own event loop was blocked.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Redis } from "ioredis";
import { Reason } from "@portcullis/sdk";
import { compileGlob, DecisionEngine, hashToken, Limiter, MemoryStateStore, RedisStateStore, type CompiledLimit, type LimitOp } from "@portcullis/sidecar";
import { openPolicy } from "../../helpers/policy-file.js";
import { REDIS_URL, redisForTests, startPrivateRedis, uniquePrefix } from "../../helpers/redis.js";

const hasRedis = await redisForTests("withdrawals");

const ops = (tag: string, args = tag): LimitOp[] => [
  { kind: "rate", key: `rate:${tag}`, shadow: false, intervalUs: 30_000_000, burst: 2 },
  { kind: "steps", key: `steps:${tag}`, shadow: false, cap: 5, ttlMs: 60_000 },
  { kind: "duplicate", key: `dup:${tag}:${args}`, shadow: false, windowMs: 60_000 },
  { kind: "tokens", key: `tokens:${tag}`, shadow: false, limit: 1000, amount: 30, period: "day" },
];
const keysOf = (list: LimitOp[]) => list.map((op) => op.key);
const applyAs = (store: RedisStateStore, decisionId: string, list: LimitOp[]) =>
  store.apply(list, { commit: true, decisionId, reservation: { id: decisionId, subject: "alice", ttlMs: 60_000 } });

describe.runIf(hasRedis)("withdrawing a decision from Redis", () => {
  let store: RedisStateStore;
  let raw: Redis;
  let prefix: string;
  const state = async (tag: string) => {
    const [tat, steps, budget] = await Promise.all([
      raw.get(`${prefix}rate:${tag}`),
      raw.get(`${prefix}steps:${tag}`),
      raw.keys(`${prefix}tokens:${tag}:*`).then(async ([k]) => (k ? raw.get(k) : null)),
    ]);
    return { tat, steps, budget };
  };

  beforeAll(async () => {
    prefix = uniquePrefix();
    store = new RedisStateStore({ url: REDIS_URL, prefix });
    await store.ready();
    raw = new Redis(REDIS_URL);
  });
  afterAll(async () => {
    await store.close();
    raw.disconnect();
  });

  it("undoes an apply that ran, exactly: rate slot, step, duplicate guard, reservation", async () => {
    await applyAs(store, "d0", ops("a", "first"));
    const before = await state("a");
    expect(before).toMatchObject({ steps: "1", budget: "30" });
    expect((await applyAs(store, "d1", ops("a", "second"))).every((r) => r.allowed)).toBe(true);
    expect(await state("a")).toMatchObject({ steps: "2", budget: "60" });

    store.cancel("d1", keysOf(ops("a", "second")));
    await store.compensations.idle();
    expect(await state("a")).toEqual(before);
    expect(await raw.exists(`${prefix}dup:a:second`, `${prefix}resv:d1`, `${prefix}undo:d1`)).toBe(0);
    expect(await raw.get(`${prefix}dup:a:first`)).toBe("d0");
    // The rate slot really is free again: burst 2, and d0 holds one.
    expect((await applyAs(store, "d2", ops("a", "third")))[0]!.allowed).toBe(true);
  });

  it("makes an apply that arrives after the withdrawal refuse to run", async () => {
    store.cancel("late-1", keysOf(ops("b")));
    await store.compensations.idle();
    await expect(applyAs(store, "late-1", ops("b"))).rejects.toThrow(/PCL_CANCELLED/);
    expect(await state("b")).toEqual({ tat: null, steps: null, budget: null });
    expect(await raw.exists(`${prefix}dup:b:b`, `${prefix}resv:late-1`)).toBe(0);
  });

  it("is idempotent, and never removes a duplicate guard another decision set since", async () => {
    await applyAs(store, "c1", ops("c"));
    store.cancel("c1", keysOf(ops("c")));
    await store.compensations.idle();
    expect((await applyAs(store, "c2", ops("c"))).every((r) => r.allowed)).toBe(true);
    store.cancel("c1", keysOf(ops("c")));
    await store.compensations.idle();
    expect(await raw.get(`${prefix}dup:c:c`)).toBe("c2");
    expect(await state("c")).toMatchObject({ steps: "1", budget: "30" });
  });

  it("gives back the settled use when the decision was settled before its withdrawal", async () => {
    await applyAs(store, "s1", ops("s"));
    expect(await store.settle("s1", "alice", 50)).toBe("settled");
    expect(await state("s")).toMatchObject({ budget: "50" });
    store.cancel("s1", keysOf(ops("s")));
    await store.compensations.idle();
    expect(await state("s")).toMatchObject({ budget: "0", steps: null });
  });
});

describe.runIf(hasRedis)("the Limiter on Redis", () => {
  const limit: CompiledLimit = {
    name: "cap",
    path: "limits[0]",
    kind: "steps",
    scope: { kind: "all" },
    perSubject: false,
    perTool: false,
    tools: [compileGlob("*")],
    shadow: false,
    failOpen: false,
    sharedWorkflow: true,
    steps: 100,
  };
  const ctx = (decisionId: string) => ({
    subject: "alice",
    roles: [],
    team: undefined,
    server: "jira",
    tool: "create_issue",
    workflowId: "w",
    args: undefined,
    estimatedTokens: 0,
    dryRun: false,
    decisionId,
  });

  it("withdraws an answer that came while our event loop was blocked past the deadline: denied, not charged", async () => {
    const prefix = uniquePrefix();
    const store = new RedisStateStore({ url: REDIS_URL, prefix });
    await store.ready();
    // The blocked call's deadline is short and its lateness made certain by the block; the
    // calls around it get a deadline a busy machine meets (a 50 ms one was once missed there).
    const limiter = new Limiter(store, { timeoutMs: 50 });
    const lenient = new Limiter(store, { timeoutMs: 5000 });
    expect((await lenient.check([limit], ctx("warm"))).allow).toBe(true); // loads the script
    const raw = new Redis(REDIS_URL);
    const steps = async () => Number((await raw.get(`${prefix}steps:cap:all|w=w`)) ?? 0);
    expect(await steps()).toBe(1);

    // Block the loop right after the apply is written, for longer than the deadline. From
    // a check-phase callback, the next loop turn runs due timers (the deadline) before it
    // polls sockets (Redis's answer, which arrived meanwhile): the answer is late.
    const send = store.redis.sendCommand.bind(store.redis);
    store.redis.sendCommand = ((command: Parameters<typeof send>[0], stream?: Parameters<typeof send>[1]) => {
      const sent = send(command, stream);
      if (/^eval/i.test(command.name)) {
        const until = Date.now() + 300;
        while (Date.now() < until);
      }
      return sent;
    }) as typeof store.redis.sendCommand;
    await new Promise((resolve) => setImmediate(resolve));
    const verdict = await limiter.check([limit], ctx("blocked"));
    store.redis.sendCommand = send;

    expect(verdict).toMatchObject({ allow: false, reason: Reason.STATE_UNAVAILABLE });
    expect(limiter.withdrawnCount).toBe(1);
    await store.compensations.idle();
    expect(await steps()).toBe(1);
    expect((await lenient.check([limit], ctx("after"))).allow).toBe(true);
    expect(await steps()).toBe(2);
    raw.disconnect();
    await store.close();
  });

  it("delivers a withdrawal after Redis restarts, and fails fast while Redis is down", async () => {
    const redis = await startPrivateRedis();
    const store = new RedisStateStore({ url: redis.url, prefix: uniquePrefix() });
    await store.ready();
    try {
      await redis.stop();
      await until(() => store.availability === "down");
      const limiter = new Limiter(store, { timeoutMs: 5000 });
      const started = Date.now();
      const verdict = await limiter.check([limit], ctx("while-down"));
      expect(verdict).toMatchObject({ allow: false, reason: Reason.STATE_UNAVAILABLE });
      expect(Date.now() - started).toBeLessThan(4000); // refused at once, not after the 5 s deadline
      expect(limiter.withdrawnCount).toBe(0); // nothing was sent, so nothing to withdraw

      store.cancel("in-doubt", []);
      expect(store.compensations.pending).toBe(1);
      await redis.start();
      await store.compensations.idle();
      expect(store.compensations.done).toBe(1);
      const raw = new Redis(redis.url);
      expect(await raw.keys("*cancel:in-doubt")).toHaveLength(1);
      raw.disconnect();
      await until(() => store.availability === "up");
    } finally {
      await store.close();
      await redis.stop();
    }
  });
});

/** One subject (token "a") that may call every Jira tool, under a duplicate guard on create_issue. */
const duplicateGuardPolicy = () =>
  openPolicy(
    [
      "version: 1",
      "subjects:",
      `  - { id: agent-a, roles: [r], tokenSha256: ${hashToken("a")} }`,
      "roles:",
      "  r: { servers: { jira: { allow: ['*'] } } }",
      "limits:",
      "  - { name: once, tools: [jira/create_issue], duplicateWindow: 10m }",
    ].join("\n"),
  );

describe("a caller that stops waiting", () => {
  const policy = duplicateGuardPolicy;
  const call = (signal: AbortSignal) => ({ token: "a", server: "jira", tool: "create_issue", arguments: { x: 1 }, signal });

  it("is not charged when it is gone before limits are checked (in memory)", async () => {
    const engine = new DecisionEngine(await policy(), new Limiter(new MemoryStateStore()));
    const gone = await engine.decide(call(AbortSignal.abort()));
    expect(gone).toMatchObject({ allow: false, reason: Reason.STATE_UNAVAILABLE });
    expect((await engine.decide(call(new AbortController().signal))).allow).toBe(true);
  });

  it.runIf(hasRedis)("is not charged when it goes while Redis answers: the allow is withdrawn", async () => {
    const store = new RedisStateStore({ url: REDIS_URL, prefix: uniquePrefix() });
    await store.ready();
    const engine = new DecisionEngine(await policy(), new Limiter(store, { timeoutMs: 5000 }));
    const caller = new AbortController();
    const deciding = engine.decide(call(caller.signal));
    caller.abort(); // the apply is on its way to Redis
    expect(await deciding).toMatchObject({ allow: false, reason: Reason.STATE_UNAVAILABLE });
    expect(engine.limiter.withdrawnCount).toBe(1);
    await store.compensations.idle();
    // Had the abandoned call kept its duplicate guard, the same call now would be a duplicate.
    expect((await engine.decide(call(new AbortController().signal))).allow).toBe(true);
    await store.close();
  });
});

describe("arguments no JSON can say", () => {
  // A body parsed outside the sidecar's own bounds (the gateway's MCP JSON, the embedded SDK)
  // may hold Infinity (1e999): the duplicate guard's canonical JSON threw, and the call failed.
  it("still key a duplicate guard, as the same call", async () => {
    const engine = new DecisionEngine(await duplicateGuardPolicy(), new Limiter(new MemoryStateStore()));
    const call = { token: "a", server: "jira", tool: "create_issue", arguments: { x: Number.POSITIVE_INFINITY } };
    expect((await engine.decide(call)).allow).toBe(true);
    expect(await engine.decide(call)).toMatchObject({ allow: false, reason: Reason.DUPLICATE_CALL });
  });
});

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 20));
}
