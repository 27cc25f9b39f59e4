/**
 * Token budgets that are caps under concurrency, on both stores: 300 calls at once, with
 * no estimate (the SDK's default), reserve the policy's default estimate, so the budget is
 * overspent by at most Σ max(0, actual − reserved) over the admitted calls — and by
 * nothing when no call uses more than it reserved. A budget can also require estimates.
 */
import { describe, expect, it } from "vitest";
import { DecisionEngine, hashToken, LimitRequestError, Limiter, MemoryStateStore, RedisStateStore, type StateStore } from "@portcullis/sidecar";
import { openPolicy } from "../../helpers/policy-file.js";
import { REDIS_URL, redisForTests, uniquePrefix } from "../../helpers/redis.js";

const hasRedis = await redisForTests("budget caps");

const BUDGET = 10_000;
const POLICY = [
  "version: 1",
  "subjects:",
  `  - { id: agent-a, roles: [support], team: support, tokenSha256: ${hashToken("a")} }`,
  "roles:",
  "  support: { servers: { jira: { allow: ['*'] }, llm: { allow: ['*'] } } }",
  "limits:",
  `  - { name: team-budget, scope: team:support, tools: ['jira/*'], tokens: ${BUDGET}/day, defaultEstimate: { 'jira/create_issue': 100, '*': 50 } }`,
  "  - { name: strict-budget, scope: team:support, tools: ['llm/*'], tokens: 1000/day, requireEstimate: true }",
].join("\n");

const stores: [string, () => Promise<StateStore>][] = [["in memory", async () => new MemoryStateStore()]];
if (hasRedis) {
  stores.push([
    "on Redis",
    async () => {
      const store = new RedisStateStore({ url: REDIS_URL, prefix: uniquePrefix() });
      await store.ready();
      return store;
    },
  ]);
}

async function engineOn(store: StateStore): Promise<DecisionEngine> {
  return new DecisionEngine(await openPolicy(POLICY), new Limiter(store, { timeoutMs: 10_000 }));
}

/** 300 concurrent create_issue calls without an estimate, each settled with `actual(i)` as soon as it is allowed. */
async function burst(engine: DecisionEngine, actual: (i: number) => number) {
  const settled: { actual: number; reserved: number }[] = [];
  await Promise.all(
    Array.from({ length: 300 }, async (_, i) => {
      const d = await engine.decide({ token: "a", server: "jira", tool: "create_issue", arguments: { i } });
      if (!d.allow) return;
      expect(await engine.limiter.settle(d.decisionId, "agent-a", actual(i))).toBe("settled");
      settled.push({ actual: actual(i), reserved: 100 });
    }),
  );
  const spent = settled.reduce((sum, c) => sum + c.actual, 0);
  const bound = BUDGET + settled.reduce((sum, c) => sum + Math.max(0, c.actual - c.reserved), 0);
  return { admitted: settled.length, spent, bound };
}

describe.each(stores)("a token budget under 300 concurrent calls without estimates, %s", (_name, open) => {
  it("is a cap when no call uses more than the default estimate (the issue's 95 tokens a call: 28,500 spent before)", async () => {
    const store = await open();
    const { admitted, spent } = await burst(await engineOn(store), () => 95);
    expect(spent).toBeLessThanOrEqual(BUDGET);
    expect(admitted).toBeGreaterThanOrEqual(BUDGET / 100);
    await store.close();
  });

  it("overspends by at most Σ max(0, actual − reserved) when some calls use more", async () => {
    const store = await open();
    const { admitted, spent, bound } = await burst(await engineOn(store), (i) => 50 + (i % 11) * 10); // 50..150
    expect(admitted).toBeGreaterThan(0);
    expect(spent).toBeLessThanOrEqual(bound);
    expect(bound).toBeLessThan(BUDGET * 1.6); // far from the 2.6× the issue measured
    await store.close();
  });
});

describe("default estimates and required estimates", () => {
  it("reserves the most specific default for the tool", async () => {
    const engine = await engineOn(new MemoryStateStore());
    const create = await engine.decide({ token: "a", server: "jira", tool: "create_issue" });
    expect(create.limits[0]).toMatchObject({ name: "team-budget", remaining: BUDGET - 100 });
    const search = await engine.decide({ token: "a", server: "jira", tool: "search_issues" });
    expect(search.limits[0]).toMatchObject({ remaining: BUDGET - 150 });
    // A caller's own estimate wins over the default.
    const own = await engine.decide({ token: "a", server: "jira", tool: "create_issue", estimatedTokens: 7 });
    expect(own.limits[0]).toMatchObject({ remaining: BUDGET - 157 });
  });

  it("refuses a call without an estimate where the budget requires one, naming the field", async () => {
    const engine = await engineOn(new MemoryStateStore());
    const refused = await engine.decide({ token: "a", server: "llm", tool: "complete" }).catch((err: unknown) => err);
    expect(refused).toBeInstanceOf(LimitRequestError);
    expect((refused as Error).message).toMatch(/^estimated_tokens: required by token budget strict-budget \(limits\[1\]\) for llm\/complete/);
    expect((await engine.decide({ token: "a", server: "llm", tool: "complete", estimatedTokens: 10 })).allow).toBe(true);
  });
});
