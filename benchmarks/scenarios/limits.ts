/**
 * `limits`: what shared limit state costs. Authorize with four limits on the call (a rate
 * limit, a token budget, a workflow step cap and a duplicate-call guard — every call has
 * fresh arguments, so all four pass) on a sidecar keeping state in memory (the baseline),
 * on a sidecar sharing it through Redis, and the raw Redis script call alone (the same
 * four operations, one EVALSHA from this process) as the floor Redis sets.
 * Target: Redis-backed Authorize p99 within 1.5× the in-memory p99 at 1,000 calls/s.
 * Before measuring, setup counts Redis round trips per decision: script calls (EVAL and
 * EVALSHA, from INFO commandstats) over 200 decisions. Every other command in a decision
 * runs inside the script, on the server. On a Redis that other clients also use, their
 * script calls inflate the count; the exact count is asserted in
 * test/sidecar/limits/state-store.test.ts by counting what the client sends.
 */
import { createGovernanceClient, type GovernanceClient } from "@portcullis/sdk";
import { Decision } from "@portcullis/sdk/gen";
import { hashToken, RedisStateStore, type LimitOp } from "@portcullis/sidecar";
import { randomUUID } from "node:crypto";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { Redis } from "ioredis";
import type { Scenario } from "../lib/scenario.ts";

const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const TOKEN = "bench-limits-token";

const POLICY = `version: 1
subjects:
  - { id: agent:bench, team: bench, roles: [support], tokenSha256: ${hashToken(TOKEN)} }
roles:
  support: { servers: { jira: { allow: [create_issue] } } }
limits:
  - { name: bench-rate, scope: role:support, per: [subject], tools: [jira/create_issue], rate: 100000000/s }
  - { name: bench-budget, scope: team:bench, tokens: 1000000000000/day, requireEstimate: true }
  - { name: bench-steps, scope: role:support, tools: [jira/create_issue], steps: 1000000000 }
  - { name: bench-no-repeats, scope: role:support, tools: [jira/create_issue], duplicateWindow: 10s }
`;

/** The same four operations the sidecar sends, for the raw script variant. */
function scriptOps(n: number): LimitOp[] {
  return [
    { kind: "rate", key: "rate:bench-rate:raw", shadow: false, intervalUs: 0.01, burst: 100_000_000 },
    { kind: "tokens", key: "tokens:bench-budget:raw", shadow: false, limit: 1e12, amount: 10, period: "day" },
    { kind: "steps", key: "steps:bench-steps:raw", shadow: false, cap: 1e9, ttlMs: 86_400_000 },
    { kind: "duplicate", key: `duplicate:bench-no-repeats:raw-${n}`, shadow: false, windowMs: 10_000 },
  ];
}

/** Script calls the server has run (EVAL and EVALSHA): one per round trip of the store. */
async function scriptCalls(redis: Redis): Promise<number> {
  const info = await redis.info("commandstats");
  const calls = (name: string) => Number(new RegExp(`cmdstat_${name}:calls=(\\d+)`).exec(info)?.[1] ?? 0);
  return calls("evalsha") + calls("eval");
}

const scenario: Scenario = {
  name: "limits",
  title: "Authorize with limits: Redis vs in memory",
  description:
    "Authorize (allowed jira/create_issue under a rate limit, a token budget, a step cap and a duplicate guard; fresh arguments per call) on a sidecar with in-memory limit state (baseline), on a sidecar with --redis, and the raw Redis script call with the same four operations from the client process. h2c, Connect, binary.",
  variants: [
    { id: "memory", label: "Authorize · in-memory limits", baseline: true, description: "sidecar without --redis" },
    { id: "redis", label: "Authorize · Redis limits", description: "sidecar with --redis: one EVALSHA per decision" },
    {
      id: "script",
      label: "Raw Redis script call",
      description: "the apply script with the same four operations, ioredis EVALSHA from the client (no sidecar)",
    },
  ],
  target: { p99Ratio: 1.5, variants: ["redis"] },
  phases: (mode) =>
    mode === "quick"
      ? [{ kind: "open", rate: 1000 }]
      : [
          { kind: "open", rate: 500 },
          { kind: "open", rate: 1000 },
          { kind: "open", rate: 2000 },
          { kind: "closed", concurrency: 16 },
        ],
  async setup(ctx) {
    const probe = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    probe.on("error", () => undefined);
    await probe.connect().catch(() => {
      throw new Error(`limits: needs a Redis at REDIS_URL (${REDIS_URL}); start one with scripts/ensure-redis.sh`);
    });
    const policy = join(ctx.tmpDir, "limits-policy.yaml");
    await writeFile(policy, POLICY);
    const prefix = `pcl:{bench-${randomUUID()}}:`;
    const [memory, redis] = await Promise.all([
      ctx.startSidecar({ policy }),
      ctx.startSidecar({ policy, extraArgs: ["--redis", REDIS_URL, "--redis-prefix", prefix] }),
    ]);
    const clients: GovernanceClient[] = [memory, redis].map((s) => createGovernanceClient({ baseUrl: s.baseUrl!, httpVersion: "2" }));
    const [memoryClient, redisClient] = clients as [GovernanceClient, GovernanceClient];
    let n = 0;
    const authorize = async (client: GovernanceClient) => {
      const d = await client.raw.authorize({
        token: TOKEN,
        server: "jira",
        tool: "create_issue",
        argumentsJson: `{"project":"SUP","summary":"ticket ${n++}"}`,
        workflowId: "bench",
        estimatedTokens: 10n,
      });
      if (d.decision !== Decision.ALLOW) throw new Error(`limits: expected ALLOW, got ${d.message}`);
      return true;
    };

    // Redis round trips per decision, from the server's own count, before the load.
    await authorize(redisClient); // loads the script
    const before = await scriptCalls(probe);
    const probes = 200;
    for (let i = 0; i < probes; i++) await authorize(redisClient);
    const perDecision = ((await scriptCalls(probe)) - before) / probes;
    console.log(`limits: Redis round trips per decision = ${perDecision} (script calls over ${probes} decisions, INFO commandstats)`);

    const store = new RedisStateStore({ url: REDIS_URL, prefix });
    await store.ready();
    let m = 0;
    return {
      calls: {
        memory: { call: () => authorize(memoryClient), process: memory },
        redis: { call: () => authorize(redisClient), process: redis },
        script: { call: () => store.apply(scriptOps(m++), { commit: true }) },
      },
      notes: { redisRoundTripsPerDecision: perDecision },
      async close() {
        for (const c of clients) c.close();
        await store.close();
        probe.disconnect();
      },
    };
  },
};

export default scenario;
