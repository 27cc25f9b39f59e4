/**
 * A fleet on one real Redis: three `portcullis serve --redis` processes share limits that
 * hold exactly (no check-then-increment race), token budgets never overspend under
 * concurrent reserve/settle, and a Redis outage fails closed with STATE_UNAVAILABLE — never
 * a hang — and heals by itself when Redis returns.
 */
import { afterAll, describe, expect, it } from "vitest";
import { Redis } from "ioredis";
import { createGovernanceClient, Decision, Reason, type GovernanceClient } from "@portcullis/sdk";
import { hashToken } from "@portcullis/sidecar";
import { policyFile } from "../helpers/policy-file.js";
import { REDIS_URL, redisForTests, startPrivateRedis, uniquePrefix, type PrivateRedis } from "../helpers/redis.js";
import { startSidecarProcess, type SidecarProcess } from "../helpers/sidecar-process.js";

const hasRedis = await redisForTests("fleet limits");

const POLICY = [
  "version: 1",
  "subjects:",
  ...Array.from({ length: 3 }, (_, i) => `  - { id: agent-${i}, roles: [support], team: support, tokenSha256: ${hashToken(`agent-${i}`)} }`),
  "roles:",
  "  support: { servers: { jira: { allow: [search_issues, create_issue] } } }",
  "limits:",
  "  - { name: fleet-rate, tools: [jira/search_issues], rate: 100/h, burst: 100 }",
  "  - { name: team-budget, scope: team:support, tools: [jira/create_issue], tokens: 10000/day, requireEstimate: true }",
].join("\n");

const running: SidecarProcess[] = [];
const clients: GovernanceClient[] = [];
let privateRedis: PrivateRedis | undefined;

afterAll(async () => {
  for (const c of clients) c.close();
  await Promise.all(running.map((s) => s.stop()));
  await privateRedis?.stop();
});

// Exactness is what these tests check, not latency: a generous state deadline keeps a busy
// CI machine from turning slow Redis answers into fail-closed denials.
async function fleet(size: number, redisUrl: string, prefix: string, extra: string[] = ["--state-timeout", "3000"]): Promise<GovernanceClient[]> {
  const file = await policyFile(POLICY);
  const started = await Promise.all(
    Array.from({ length: size }, () => startSidecarProcess(["--policy", file, "--redis", redisUrl, "--redis-prefix", prefix, ...extra])),
  );
  running.push(...started);
  const made = started.map((s) => createGovernanceClient({ baseUrl: s.baseUrl!, timeoutMs: 10_000 }));
  clients.push(...made);
  return made;
}

describe.runIf(hasRedis)("a fleet of three sidecars on one Redis", () => {
  it("allows exactly 100 of 300 concurrent calls against a limit of 100", async () => {
    const replicas = await fleet(3, REDIS_URL, uniquePrefix());
    const calls = Array.from({ length: 300 }, (_, i) => replicas[i % 3]!.authorize({ token: `agent-${i % 3}`, server: "jira", tool: "search_issues" }));
    const decisions = await Promise.all(calls);
    expect(decisions.filter((d) => d.reason === Reason.STATE_UNAVAILABLE || d.reason === Reason.SIDECAR_UNAVAILABLE)).toEqual([]);
    expect(decisions.filter((d) => d.decision === Decision.ALLOW)).toHaveLength(100);
    expect(decisions.filter((d) => d.reason === Reason.RATE_LIMITED)).toHaveLength(200);
    // Per-process limits would have allowed 100 on each replica: 300 in all.
  });

  it("never overspends a token budget under concurrent reserve and settle across replicas", async () => {
    const prefix = uniquePrefix();
    const replicas = await fleet(3, REDIS_URL, prefix);
    let allowedEstimates = 0;
    let settledActual = 0;
    const call = async (i: number) => {
      const client = replicas[i % 3]!;
      const token = `agent-${i % 3}`;
      const d = await client.authorize({ token, server: "jira", tool: "create_issue", estimatedTokens: 400, arguments: { n: i } });
      if (d.decision !== Decision.ALLOW) return d.reason;
      allowedEstimates += 400;
      const actual = 100 + (i % 4) * 100; // 100..400: always at most the estimate
      await client.recordAudit({ token, decisionId: d.decisionId, tokensUsed: actual });
      settledActual += actual;
      return d.reason;
    };
    const reasons = await Promise.all(Array.from({ length: 120 }, (_, i) => call(i)));
    expect(reasons.filter((r) => r !== Reason.ALLOWED && r !== Reason.BUDGET_EXHAUSTED)).toEqual([]);
    expect(reasons.filter((r) => r === Reason.BUDGET_EXHAUSTED).length).toBeGreaterThan(0);

    // What Redis holds equals what was settled, and never exceeds the budget.
    const redis = new Redis(REDIS_URL);
    const keys = await redis.keys(`${prefix}tokens:team-budget:*`);
    const counters = await Promise.all(keys.map((k) => redis.get(k)));
    redis.disconnect();
    const used = counters.reduce((sum, v) => sum + Number(v), 0);
    expect(used).toBe(settledActual);
    expect(used).toBeLessThanOrEqual(10_000);
    expect(allowedEstimates).toBeGreaterThan(10_000 - 400); // refunds let more calls in than 10000/400
  });
});

describe.runIf(hasRedis)("a Redis outage", () => {
  it("fails closed with STATE_UNAVAILABLE within the deadline and recovers without a restart", async () => {
    privateRedis = await startPrivateRedis();
    // A dead Redis refuses at once (no offline queue); the deadline bounds a hung one.
    const replicas = await fleet(2, privateRedis.url, uniquePrefix(), ["--state-timeout", "1000"]);
    const search = (r: number) => replicas[r]!.authorize({ token: "agent-0", server: "jira", tool: "search_issues" }, { timeoutMs: 5000 });
    expect((await search(0)).decision).toBe(Decision.ALLOW);
    expect((await search(1)).decision).toBe(Decision.ALLOW);

    await privateRedis.stop();
    for (let i = 0; i < 5; i++) {
      const outcome = await search(i % 2);
      // STATE_UNAVAILABLE from the sidecar, not SIDECAR_UNAVAILABLE from the SDK's deadline.
      expect(outcome).toMatchObject({ decision: Decision.DENY, reason: Reason.STATE_UNAVAILABLE, matchedRule: "limits[0]" });
    }

    await privateRedis.start();
    const healed = [false, false];
    for (let attempt = 0; attempt < 100 && !(healed[0] && healed[1]); attempt++) {
      for (const r of [0, 1]) healed[r] ||= (await search(r)).decision === Decision.ALLOW;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(healed).toEqual([true, true]);
  });
});
