/**
 * `audit`: what recording every decision costs Authorize. Three sidecars on the same policy
 * and transport (h2c, Connect, binary): the audit trail off (`--no-audit`, the baseline),
 * `--audit-mode async` (the default: the reply does not wait for the disk) and
 * `--audit-mode sync` (the reply waits for the group commit's fdatasync).
 *
 * The targets: async adds at most 10% to Authorize's median and nothing visible to its
 * p99 (checked as a p99 ratio over the baseline at each fixed load). Over loopback the
 * transport's spread hides a few microseconds, so setup also measures the decision in
 * process — the same code behind Connect's in-memory transport, off / async / sync
 * interleaved — and reports, per mode, the median call's added latency (the target) and the
 * added mean cost per call (what the writer's turns take from the same thread) as notes. `npm run bench --
 * audit` also runs `audit-writer` (records per second) and `audit-query` (the 30-day question).
 */
import { create } from "@bufbuild/protobuf";
import { createClient, type Client } from "@connectrpc/connect";
import { createGovernanceClient, type GovernanceClient } from "@portcullis/sdk";
import { AuthorizeRequestSchema, Decision, GovernanceService, Reason } from "@portcullis/sdk/gen";
import { createLogger, hashToken, startEmbedded, type EmbeddedSidecar } from "@portcullis/sidecar";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Scenario } from "../lib/scenario.ts";

const TOKEN = "bench-audit-static-token";

const POLICY = `version: 1
subjects:
  - { id: agent:bench-audit, team: support, roles: [support], tokenSha256: ${hashToken(TOKEN)} }
roles:
  support:
    servers:
      jira:
        allow: [create_issue]
        args:
          create_issue: { project: { in: [SUP, HELP] } }
`;

const REQUEST = create(AuthorizeRequestSchema, {
  token: TOKEN,
  server: "jira",
  tool: "create_issue",
  workflowId: "bench-run",
  argumentsJson: JSON.stringify({ project: "SUP", summary: "Customer cannot log in after the password reset", priority: "high" }),
});

const MODES = ["off", "async", "sync"] as const;
type Mode = (typeof MODES)[number];

function auditArgs(mode: Mode, dir: string): string[] {
  return mode === "off" ? ["--no-audit"] : ["--audit-mode", mode, "--data-dir", dir];
}

/** The in-process loop lets the event loop turn after every 8th call (a mask: 8 - 1). */
const YIELD_EVERY_MASK = 7;

/** What one mode costs in process: the median call's latency and the mean cost per call (µs). */
interface InProcessCost {
  readonly median: number;
  readonly mean: number;
}

/**
 * Per mode, in process, rounds interleaved so drift hits all alike: the median of each
 * round's per-call latencies (what a caller waits: the reply does not wait for the writer)
 * and the mean per call (everything the mode costs this thread, the writer's turns included),
 * each the median over rounds.
 */
async function inProcessCosts(clients: Record<Mode, Client<typeof GovernanceService>>, rounds: number, batch: number): Promise<Record<Mode, InProcessCost>> {
  const medians: Record<Mode, number[]> = { off: [], async: [], sync: [] };
  const means: Record<Mode, number[]> = { off: [], async: [], sync: [] };
  for (let r = 0; r < rounds; r++) {
    for (const mode of MODES) {
      // A sync call waits for an fdatasync (milliseconds): fewer of them measure it as well.
      const calls = mode === "sync" ? Math.max(20, Math.floor(batch / 20)) : batch;
      const latencies = new Float64Array(calls);
      const start = process.hrtime.bigint();
      for (let i = 0; i < calls; i++) {
        const t0 = performance.now();
        const d = await clients[mode].authorize(REQUEST);
        latencies[i] = (performance.now() - t0) * 1000;
        if (d.decision !== Decision.ALLOW) throw new Error(`audit: ${mode} must allow, got ${Reason[d.reason]}: ${d.message}`);
        // A server's event loop turns between network reads; a loop of awaited in-memory
        // calls never does, so timers (the writer's 5 ms flush) would not fire until the
        // round ends and async mode would hold — and promote — the whole round's records.
        if ((i & YIELD_EVERY_MASK) === YIELD_EVERY_MASK) await new Promise<void>((r) => setImmediate(r));
      }
      means[mode].push(Number(process.hrtime.bigint() - start) / 1000 / calls);
      latencies.sort();
      medians[mode].push(latencies[Math.floor(calls / 2)]!);
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const cost = (mode: Mode): InProcessCost => ({ median: median(medians[mode]), mean: median(means[mode]) });
  return { off: cost("off"), async: cost("async"), sync: cost("sync") };
}

const scenario: Scenario = {
  name: "audit",
  title: "Authorize with the audit trail off, async and sync",
  description:
    "Authorize (allowed jira/create_issue with an argument constraint and arguments to mask) on three sidecars: --no-audit (baseline), --audit-mode async, --audit-mode sync; h2c, Connect, binary. Notes: in-process medians and the added cost of each mode (target: async <= 10% of the median).",
  variants: [
    { id: "off", label: "Authorize · audit off", baseline: true, description: "--no-audit: nothing recorded" },
    { id: "async", label: "Authorize · audit async", description: "the record is queued; written and flushed every 5 ms, after the reply" },
    { id: "sync", label: "Authorize · audit sync", description: "the reply waits for the record's group commit (write + fdatasync)" },
  ],
  target: { p99Ratio: 1.3, variants: ["async"] },
  phases: (mode) =>
    mode === "quick"
      ? [{ kind: "open", rate: 500 }]
      : [
          { kind: "open", rate: 500 },
          { kind: "open", rate: 1000 },
          { kind: "closed", concurrency: 1 },
        ],
  async setup(ctx) {
    const policy = join(ctx.tmpDir, "audit-policy.yaml");
    await writeFile(policy, POLICY);
    const sidecars = await Promise.all(MODES.map((mode) => ctx.startSidecar({ policy, extraArgs: auditArgs(mode, join(ctx.tmpDir, `data-${mode}`)) })));
    const clients = Object.fromEntries(
      MODES.map((mode, i) => [mode, createGovernanceClient({ baseUrl: sidecars[i]!.baseUrl!, httpVersion: "2", protocol: "connect" })]),
    ) as Record<Mode, GovernanceClient>;
    for (const mode of MODES) {
      const first = await clients[mode].raw.authorize(REQUEST);
      if (first.decision !== Decision.ALLOW) throw new Error(`audit: ${mode} must allow, got ${Reason[first.reason]}: ${first.message}`);
    }

    // In process: the same code behind the in-memory transport.
    const embedded: EmbeddedSidecar[] = [];
    for (const mode of MODES) {
      embedded.push(
        await startEmbedded({
          policyFile: policy,
          watchPolicy: false,
          logger: createLogger({ level: "silent" }),
          ...(mode === "off" ? {} : { audit: { dir: join(ctx.tmpDir, `embedded-${mode}`, "audit"), mode } }),
        }),
      );
    }
    const raw = Object.fromEntries(MODES.map((mode, i) => [mode, createClient(GovernanceService, embedded[i]!.transport)])) as Record<
      Mode,
      Client<typeof GovernanceService>
    >;
    const quick = ctx.mode === "quick";
    await inProcessCosts(raw, 3, 300); // warm-up
    const costs = await inProcessCosts(raw, quick ? 7 : 31, quick ? 500 : 2000);
    for (const e of embedded) await e.close();

    const notes: Record<string, number | boolean> = {};
    const round = (x: number, places = 2) => Math.round(x * 10 ** places) / 10 ** places;
    for (const mode of MODES) {
      notes[`in_process_median_us_${mode}`] = round(costs[mode].median);
      notes[`in_process_mean_us_${mode}`] = round(costs[mode].mean);
    }
    for (const mode of ["async", "sync"] as const) {
      notes[`added_median_us_${mode}`] = round(costs[mode].median - costs.off.median);
      notes[`added_median_pct_${mode}`] = round(((costs[mode].median - costs.off.median) / costs.off.median) * 100, 1);
      notes[`added_cpu_per_call_pct_${mode}`] = round(((costs[mode].mean - costs.off.mean) / costs.off.mean) * 100, 1);
    }
    notes.target_async_added_median_le_10pct = costs.async.median - costs.off.median <= 0.1 * costs.off.median;

    return {
      notes,
      calls: Object.fromEntries(
        MODES.map((mode, i) => [mode, { call: async () => (await clients[mode].raw.authorize(REQUEST)).decision === Decision.ALLOW, process: sidecars[i]! }]),
      ),
      async close() {
        for (const c of Object.values(clients)) c.close();
      },
    };
  },
};

export default scenario;
