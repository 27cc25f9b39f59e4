/**
 * Authorize with limits, on the in-memory store: the seed's 47-tickets incident, scopes,
 * shadow mode, dry runs, and what happens when the state store fails.
 */
import { describe, expect, it } from "vitest";
import { Reason } from "@portcullis/sdk";
import { DecisionEngine, Limiter, MemoryStateStore, RedisStateStore, type StateStore } from "@portcullis/sidecar";
import { REDIS_URL, redisForTests, uniquePrefix } from "../../helpers/redis.js";
import { openPolicy } from "../../helpers/policy-file.js";
import { subject } from "../../helpers/policy.js";

const POLICY = [
  "version: 1",
  "subjects:",
  `  - { id: agent:support-bot, roles: [support], team: support, tokenSha256: ${"" /* filled below */}PLACEHOLDER_A }`,
  subject("agent:other-bot", ["support"], "other"),
  "roles:",
  "  support: { servers: { jira: { allow: [create_issue, search_issues, delete_issue] } } }",
  "limits:",
  "  - { name: no-repeats, scope: role:support, tools: [jira/create_issue], duplicateWindow: 10m }",
  "  - { name: create-cap, scope: role:support, tools: [jira/create_issue], steps: 5, per: [tool] }",
  "  - { name: search-rate, scope: role:support, tools: [jira/search_issues], rate: 3/m, per: [subject] }",
  "  - { name: team-budget, scope: team:support, tokens: 1000/day, defaultEstimate: 1 }",
  "  - { name: delete-watch, tools: [jira/delete_issue], steps: 1, shadow: true }",
].join("\n");

async function engine(store: StateStore = new MemoryStateStore(), timeoutMs = 3000) {
  const { hashToken } = await import("@portcullis/sidecar");
  const policies = await openPolicy(POLICY.replace("PLACEHOLDER_A", hashToken("support")));
  return new DecisionEngine(policies, new Limiter(store, { timeoutMs }));
}

const create = (summary: string, workflowId = "run-1") => ({
  token: "support",
  server: "jira",
  tool: "create_issue",
  arguments: { project: "SUP", summary },
  workflowId,
});

const hasRedis = await redisForTests("47 tickets on Redis");
const stores: [string, () => StateStore][] = [["in memory", () => new MemoryStateStore()]];
if (hasRedis) stores.push(["on Redis", () => new RedisStateStore({ url: REDIS_URL, prefix: uniquePrefix() })]);

describe.each(stores)("the 47-tickets incident, %s", (_name, makeStore) => {
  it("stops an agent looping create_issue with identical arguments at the second call", async () => {
    const e = await engine(makeStore());
    const first = await e.decide(create("Printer on fire"));
    expect(first.allow).toBe(true);
    const second = await e.decide(create("Printer on fire"));
    expect(second).toMatchObject({ allow: false, reason: Reason.DUPLICATE_CALL, matchedRule: "limits[0]" });
    expect(second.message).toContain("already called with the same arguments");
    expect(second.retryAfterMs).toBeGreaterThan(590_000);
    // Key order does not make arguments different.
    const reordered = await e.decide({ ...create(""), arguments: { summary: "Printer on fire", project: "SUP" } });
    expect(reordered.reason).toBe(Reason.DUPLICATE_CALL);
  });

  it("stops it at the step cap when the arguments vary", async () => {
    const e = await engine(makeStore());
    const outcomes = [];
    for (let i = 1; i <= 47; i++) outcomes.push(await e.decide(create(`Printer on fire #${i}`)));
    expect(outcomes.filter((d) => d.allow)).toHaveLength(5);
    expect(outcomes[5]).toMatchObject({ allow: false, reason: Reason.STEP_CAP, matchedRule: "limits[1]" });
    expect(outcomes[5]!.message).toContain("workflow 'run-1' has used all 5 steps");
    // A new workflow starts a new count.
    expect((await e.decide(create("Printer on fire #48", "run-2"))).allow).toBe(true);
    await e.limiter.store.close();
  });
});

describe("limits on Authorize", () => {
  it("reports every applicable limit and what is left", async () => {
    const e = await engine();
    const d = await e.decide(create("one"));
    expect(d.limits.map((l) => [l.name, l.kind, l.remaining])).toEqual([
      ["no-repeats", "duplicate", 0],
      ["create-cap", "steps", 4],
      ["team-budget", "tokens", 999],
    ]);
  });

  it("keeps rate limits per subject when the limit says per: [subject]", async () => {
    const e = await engine();
    const search = (token: string) => e.decide({ token, server: "jira", tool: "search_issues" });
    for (let i = 0; i < 3; i++) expect((await search("support")).allow).toBe(true);
    const limited = await search("support");
    expect(limited).toMatchObject({ allow: false, reason: Reason.RATE_LIMITED });
    expect(limited.retryAfterMs).toBeGreaterThan(0);
    expect((await search("other")).allow).toBe(true);
  });

  it("reserves estimated tokens against the team budget", async () => {
    const e = await engine();
    const big = await e.decide({ token: "support", server: "jira", tool: "search_issues", estimatedTokens: 900 });
    expect(big.allow).toBe(true);
    const over = await e.decide({ ...create("x"), estimatedTokens: 200 });
    expect(over).toMatchObject({ allow: false, reason: Reason.BUDGET_EXHAUSTED, matchedRule: "limits[3]" });
    // Settling the first call at its real use frees the rest.
    expect(await e.limiter.settle(big.decisionId, "agent:support-bot", 100)).toBe("settled");
    expect((await e.decide({ ...create("x"), estimatedTokens: 200 })).allow).toBe(true);
  });

  it("records but never denies with a shadow limit", async () => {
    const e = await engine();
    const del = () => e.decide({ token: "support", server: "jira", tool: "delete_issue", workflowId: "w" });
    await del();
    const second = await del();
    expect(second.allow).toBe(true);
    expect(second.limits).toContainEqual(expect.objectContaining({ name: "delete-watch", allowed: false, shadow: true }));
  });

  it("consumes nothing on a dry run or when access control denies", async () => {
    const e = await engine();
    for (let i = 0; i < 3; i++) expect((await e.decide({ ...create("same"), dryRun: true })).allow).toBe(true);
    expect((await e.decide(create("same"))).allow).toBe(true);
    const denied = await e.decide({ ...create("other"), token: "nobody" });
    expect(denied.reason).toBe(Reason.UNAUTHENTICATED);
    expect(denied.limits).toEqual([]);
  });
});

describe("when the state store fails", () => {
  const broken: StateStore = {
    kind: "redis",
    availability: "down",
    apply: () => Promise.reject(new Error("Connection is closed.")),
    cancel: () => undefined,
    settle: () => Promise.reject(new Error("Connection is closed.")),
    claim: () => Promise.reject(new Error("Connection is closed.")),
    release: () => Promise.reject(new Error("Connection is closed.")),
    onAvailability: () => () => undefined,
    close: async () => undefined,
  };
  const hung: StateStore = { ...broken, apply: () => new Promise(() => undefined) };

  it("fails closed with STATE_UNAVAILABLE", async () => {
    const d = await (await engine(broken)).decide(create("x"));
    expect(d).toMatchObject({ allow: false, reason: Reason.STATE_UNAVAILABLE, matchedRule: "limits[0]" });
    expect(d.message).toContain("limit state (redis) is unavailable (Connection is closed.)");
  });

  it("fails closed within the deadline instead of hanging", async () => {
    const d = await (await engine(hung, 100)).decide(create("x"));
    expect(d).toMatchObject({ allow: false, reason: Reason.STATE_UNAVAILABLE });
    expect(d.message).toContain("no answer within 100 ms");
  });

  it("allows, flagged fail-open, only when every applicable limit says onStoreFailure: allow", async () => {
    const { hashToken } = await import("@portcullis/sidecar");
    const policies = await openPolicy(
      [
        "version: 1",
        "subjects:",
        `  - { id: a, roles: [r], tokenSha256: ${hashToken("a")} }`,
        "roles:",
        "  r: { servers: { s: { allow: ['*'] } } }",
        "limits:",
        "  - { tools: [s/soft], rate: 5/s, onStoreFailure: allow }",
        "  - { tools: [s/hard], rate: 5/s }",
      ].join("\n"),
    );
    const limiter = new Limiter(broken, { timeoutMs: 100 });
    const e = new DecisionEngine(policies, limiter);
    const soft = await e.decide({ token: "a", server: "s", tool: "soft" });
    expect(soft).toMatchObject({ allow: true, failOpen: true });
    expect(soft.limits[0]).toMatchObject({ failOpen: true });
    expect(limiter.failOpenCount).toBe(1);
    expect((await e.decide({ token: "a", server: "s", tool: "hard" })).reason).toBe(Reason.STATE_UNAVAILABLE);
  });
});
