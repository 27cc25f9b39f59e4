/**
 * Workflow step caps count per subject by default: a workflow id is the caller's own label,
 * so one subject reusing another's id must not spend that subject's cap. A policy can share
 * a workflow's count across subjects with `sharedWorkflow: true`.
 */
import { describe, expect, it } from "vitest";
import { Reason } from "@portcullis/sdk";
import { DecisionEngine, hashToken, Limiter, MemoryStateStore, RedisStateStore, type StateStore } from "@portcullis/sidecar";
import { openPolicy } from "../../helpers/policy-file.js";
import { REDIS_URL, redisForTests, uniquePrefix } from "../../helpers/redis.js";

const hasRedis = await redisForTests("step caps");

const policy = (shared: string) =>
  [
    "version: 1",
    "subjects:",
    `  - { id: agent-a, roles: [support], tokenSha256: ${hashToken("a")} }`,
    `  - { id: agent-b, roles: [support], tokenSha256: ${hashToken("b")} }`,
    "roles:",
    "  support: { servers: { jira: { allow: ['*'] } } }",
    "limits:",
    `  - { name: run-cap, tools: [jira/create_issue], steps: 2${shared} }`,
  ].join("\n");

const stores: [string, () => StateStore][] = [["in memory", () => new MemoryStateStore()]];
if (hasRedis) stores.push(["on Redis", () => new RedisStateStore({ url: REDIS_URL, prefix: uniquePrefix() })]);

describe.each(stores)("step caps, %s", (_name, makeStore) => {
  const run = async (engine: DecisionEngine, token: string) =>
    engine.decide({ token, server: "jira", tool: "create_issue", workflowId: "run-7", arguments: { n: Math.random() } });

  it("counts per subject by default: B is not capped by A's use of the same workflow id", async () => {
    const store = makeStore();
    const engine = new DecisionEngine(await openPolicy(policy("")), new Limiter(store, { timeoutMs: 5000 }));
    expect((await run(engine, "a")).allow).toBe(true);
    expect((await run(engine, "a")).allow).toBe(true);
    expect(await run(engine, "a")).toMatchObject({ allow: false, reason: Reason.STEP_CAP });
    expect((await run(engine, "b")).allow).toBe(true);
    expect((await run(engine, "b")).allow).toBe(true);
    await store.close();
  });

  it("shares one count among subjects when the policy says sharedWorkflow: true", async () => {
    const store = makeStore();
    const engine = new DecisionEngine(await openPolicy(policy(", sharedWorkflow: true")), new Limiter(store, { timeoutMs: 5000 }));
    expect((await run(engine, "a")).allow).toBe(true);
    expect((await run(engine, "b")).allow).toBe(true);
    expect(await run(engine, "a")).toMatchObject({ allow: false, reason: Reason.STEP_CAP });
    expect(await run(engine, "b")).toMatchObject({ allow: false, reason: Reason.STEP_CAP });
    await store.close();
  });
});
