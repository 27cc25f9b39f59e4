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
 * The policy carries a workflow-taint section (issue #12): the taint is checked in the same
 * script, so the count stays one. Notes: what the taint check adds to a decision in memory
 * (target ≤ 10 µs), for a state change and an untrusted read.
 */
import { createGovernanceClient, type GovernanceClient } from "@portcullis/sdk";
import { Decision } from "@portcullis/sdk/gen";
import { createLogger, type DecisionEngine, hashToken, RedisStateStore, startEmbedded, type LimitOp } from "@portcullis/sidecar";
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

/** The workflow taint on top: a state change checked against the workflow's taint, in the same script. */
const TAINT = `taint:
  classes: { "jira/create_issue": [stateChange], "web/fetch": [untrustedSource] }
  afterUntrusted: { stateChange: deny }
`;

/**
 * What the taint check adds to a decision in memory (µs, DecisionEngine.decide, the four
 * limits either way): medians of per-call latency over interleaved rounds, for a state change
 * (checked against the taint) and an untrusted read (which sets it, in a workflow of its own).
 */
async function taintAddedInMemory(tmpDir: string, rounds: number, batch: number): Promise<Record<string, number>> {
  const engines: Record<"plain" | "taint", DecisionEngine> = {} as Record<"plain" | "taint", DecisionEngine>;
  const closers: (() => Promise<void>)[] = [];
  // The same policy, with web/fetch allowed too.
  const plain = POLICY.replace("jira: { allow: [create_issue] } }", "jira: { allow: [create_issue] }, web: { allow: [fetch] } }");
  if (plain === POLICY) throw new Error("limits: the taint comparison could not add web/fetch to the policy");
  for (const [kind, text] of [
    ["plain", plain],
    ["taint", plain + TAINT],
  ] as const) {
    const file = join(tmpDir, `taint-${kind}.yaml`);
    await writeFile(file, text);
    const embedded = await startEmbedded({ policyFile: file, watchPolicy: false, logger: createLogger({ level: "silent" }) });
    engines[kind] = embedded.engine;
    closers.push(async () => {
      await embedded.close();
    });
  }
  let n = 0;
  const create = (engine: DecisionEngine) =>
    engine.decide({
      token: TOKEN,
      server: "jira",
      tool: "create_issue",
      arguments: { project: "SUP", summary: `t${n++}` },
      workflowId: "bench",
      estimatedTokens: 10,
    });
  const fetch = (engine: DecisionEngine) =>
    engine.decide({
      token: TOKEN,
      server: "web",
      tool: "fetch",
      arguments: { url: "https://example.com" },
      workflowId: `read-${n++ % 1000}`,
      estimatedTokens: 10,
    });
  const samples: Record<string, number[]> = { "plain-create": [], "taint-create": [], "plain-fetch": [], "taint-fetch": [] };
  for (let r = 0; r < rounds; r++) {
    for (const [name, engine, call] of [
      ["plain-create", engines.plain, create],
      ["taint-create", engines.taint, create],
      ["plain-fetch", engines.plain, fetch],
      ["taint-fetch", engines.taint, fetch],
    ] as const) {
      const latencies = new Float64Array(batch);
      for (let i = 0; i < batch; i++) {
        const t0 = performance.now();
        const d = await call(engine);
        latencies[i] = (performance.now() - t0) * 1000;
        if (!d.allow) throw new Error(`limits: taint check must allow ${name}, got ${d.message}`);
      }
      latencies.sort();
      samples[name]!.push(latencies[Math.floor(batch / 2)]!);
    }
  }
  for (const close of closers) await close();
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const round = (x: number) => Math.round(x * 100) / 100;
  const addedCreate = median(samples["taint-create"]!) - median(samples["plain-create"]!);
  const addedFetch = median(samples["taint-fetch"]!) - median(samples["plain-fetch"]!);
  return {
    taint_added_median_us_state_change: round(addedCreate),
    taint_added_median_us_untrusted_read: round(addedFetch),
  };
}

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
    // With the taint section: the workflow's taint rides in the same script as the limits.
    await writeFile(policy, POLICY + TAINT);
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

    const quick = ctx.mode === "quick";
    const taintAdded = await taintAddedInMemory(ctx.tmpDir, quick ? 5 : 21, quick ? 500 : 2000);

    const store = new RedisStateStore({ url: REDIS_URL, prefix });
    await store.ready();
    let m = 0;
    return {
      calls: {
        memory: { call: () => authorize(memoryClient), process: memory },
        redis: { call: () => authorize(redisClient), process: redis },
        script: { call: () => store.apply(scriptOps(m++), { commit: true }) },
      },
      notes: {
        redisRoundTripsPerDecision: perDecision,
        ...taintAdded,
        target_taint_le_10us: Math.max(taintAdded.taint_added_median_us_state_change!, taintAdded.taint_added_median_us_untrusted_read!) <= 10,
      },
      async close() {
        for (const c of clients) c.close();
        await store.close();
        probe.disconnect();
      },
    };
  },
};

export default scenario;
