/**
 * `embedded`: a decision inside the host's own process (issue #14, item 4: ≤ 10 µs p50 and
 * ≤ 50 µs p99 through the in-process transport). Authorize (allowed, with an argument
 * constraint and arguments) on one embedded sidecar, three ways from this process:
 *
 * - `engine`: `DecisionEngine.decide` itself — the floor: the decision without any RPC layer;
 * - `direct`: the SDK client on `embedded.transport`, the direct transport (the handlers
 *   called without serialization) — what an embedding host gets;
 * - `router`: the SDK client on `embedded.routerTransport`, Connect's in-memory protocol
 *   (encode, frame, decode both ways) — what embedded mode cost before the direct transport.
 *
 * The runner's closed loop measures through its own scheduling; setup also measures per-call
 * latency in process (variants interleaved, medians over rounds) and reports p50 and p99 of
 * each as notes, with the targets checked on `direct`.
 */
import { createGovernanceClient, Decision, type GovernanceClient } from "@portcullis/sdk";
import { createLogger, hashToken, startEmbedded } from "@portcullis/sidecar";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { interleavedLatency } from "../lib/interleaved-latency.ts";
import type { Scenario } from "../lib/scenario.ts";

const TOKEN = "bench-embedded-token";
const POLICY = `version: 1
subjects:
  - { id: agent:bench-embedded, roles: [support], tokenSha256: ${hashToken(TOKEN)} }
roles:
  support:
    servers:
      jira:
        allow: [search_issues, create_issue]
        args:
          create_issue: { project: { in: [SUP, OPS] } }
`;
const REQUEST = { token: TOKEN, server: "jira", tool: "create_issue", arguments: { project: "SUP", summary: "printer on fire" } };

const VARIANTS = ["engine", "direct", "router"] as const;
type VariantId = (typeof VARIANTS)[number];

const scenario: Scenario = {
  name: "embedded",
  title: "Authorize in process: the engine, the direct transport, Connect's in-memory protocol",
  description:
    "Authorize (allowed jira/create_issue with an argument constraint) on an embedded sidecar: DecisionEngine.decide (baseline: the decision alone), the SDK client on the direct transport (embedded.transport), and on Connect's in-memory router transport. Notes: in-process p50/p99 per variant; targets on direct: p50 <= 10 us, p99 <= 50 us.",
  variants: [
    { id: "engine", label: "DecisionEngine.decide", baseline: true, description: "the decision without an RPC layer" },
    { id: "direct", label: "Authorize · direct transport", description: "embedded.transport: handlers called in process" },
    { id: "router", label: "Authorize · Connect in-memory protocol", description: "embedded.routerTransport: encode, frame, decode" },
  ],
  phases: () => [{ kind: "closed", concurrency: 1 }],
  async setup(ctx) {
    const policyFile = join(ctx.tmpDir, "embedded-policy.yaml");
    await writeFile(policyFile, POLICY);
    const embedded = await startEmbedded({ policyFile, watchPolicy: false, logger: createLogger({ level: "silent" }) });
    const clients: Record<"direct" | "router", GovernanceClient> = {
      direct: createGovernanceClient({ transport: embedded.transport }),
      router: createGovernanceClient({ transport: embedded.routerTransport }),
    };
    const allowed = (d: { decision: Decision }) => {
      if (d.decision !== Decision.ALLOW) throw new Error("embedded: the bench call must be allowed");
    };
    const calls: Record<VariantId, () => Promise<unknown>> = {
      engine: async () => {
        const d = await embedded.engine.decide({ ...REQUEST });
        if (!d.allow) throw new Error(`embedded: the bench call must be allowed: ${d.message}`);
      },
      direct: async () => allowed(await clients.direct.authorize(REQUEST)),
      router: async () => allowed(await clients.router.authorize(REQUEST)),
    };
    for (const id of VARIANTS) await calls[id]();

    const quick = ctx.mode === "quick";
    await interleavedLatency(VARIANTS, calls, 2, quick ? 500 : 2000); // warm-up
    const measured = await interleavedLatency(VARIANTS, calls, quick ? 5 : 21, quick ? 1000 : 5000);
    const notes: Record<string, number | boolean> = {};
    const round = (x: number) => Math.round(x * 100) / 100;
    for (const id of VARIANTS) {
      notes[`in_process_p50_us_${id}`] = round(measured[id].p50);
      notes[`in_process_p99_us_${id}`] = round(measured[id].p99);
    }
    notes.target_direct_p50_le_10us = measured.direct.p50 <= 10;
    notes.target_direct_p99_le_50us = measured.direct.p99 <= 50;
    return {
      calls: Object.fromEntries(VARIANTS.map((id) => [id, { call: calls[id] }])),
      notes,
      async close() {
        clients.direct.close();
        clients.router.close();
        await embedded.close();
      },
    };
  },
};

export default scenario;
