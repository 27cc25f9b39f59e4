/**
 * `mcp`: what governance adds to one MCP tool call (issue #11's targets). The same
 * `tools/call` of a read-only Jira-like tool on a real v1 McpServer over the SDK's in-memory
 * transport, made three ways from this process:
 *
 * - `direct`: the bare v1 Client (the baseline);
 * - `host-embedded`: the same client wrapped with `wrapClient`, deciding through a sidecar
 *   embedded in this process (Authorize → the call → ScanResponse → RecordAudit; audit async);
 * - `host-socket`: the same wrapper deciding through a sidecar process on a Unix socket.
 *
 * Target: the host wrapper adds ≤ 0.3 ms at the median over a Unix socket or embedded. Over
 * the runner's loops the client's own GC and timers blur a few hundred microseconds, so setup
 * also measures the medians in process (variants interleaved, per-call latencies) and reports
 * the added median of each as notes.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { createGovernanceClient, type GovernanceClient } from "@portcullis/sdk";
import { wrapClient } from "@portcullis/sdk/mcp";
import { createLogger, hashToken, startEmbedded, type EmbeddedSidecar } from "@portcullis/sidecar";
import * as z from "zod";
import type { Scenario } from "../lib/scenario.ts";

const TOKEN = "bench-mcp-support-token";

const POLICY = `version: 1
subjects:
  - { id: agent:bench-mcp, roles: [support], tokenSha256: ${hashToken(TOKEN)} }
roles:
  support: { servers: { jira: { allow: [search_issues] } } }
`;

const VARIANTS = ["direct", "host-embedded", "host-socket"] as const;
type VariantId = (typeof VARIANTS)[number];

/** A connected v1 client of a fresh Jira-like server (one server per connection). */
async function jiraClient(): Promise<Client> {
  const server = new McpServer({ name: "jira", version: "1.0.0" });
  server.registerTool("search_issues", { inputSchema: { q: z.string() }, annotations: { readOnlyHint: true } }, async ({ q }) => ({
    content: [{ type: "text" as const, text: `SUP-1: printer on fire (matches "${q}"); SUP-2: login loop after password reset` }],
  }));
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await server.connect(serverSide);
  const client = new Client({ name: "bench-host", version: "1.0.0" });
  await client.connect(clientSide);
  return client;
}

const REQUEST = { name: "search_issues", arguments: { q: "printer" } };

/** Medians (µs) of per-call latency per variant, rounds interleaved, median over rounds. */
async function inProcessMedians(calls: Record<VariantId, () => Promise<unknown>>, rounds: number, batch: number): Promise<Record<VariantId, number>> {
  const medians: Record<VariantId, number[]> = { direct: [], "host-embedded": [], "host-socket": [] };
  for (let r = 0; r < rounds; r++) {
    for (const id of VARIANTS) {
      const latencies = new Float64Array(batch);
      for (let i = 0; i < batch; i++) {
        const t0 = performance.now();
        await calls[id]();
        latencies[i] = (performance.now() - t0) * 1000;
      }
      latencies.sort();
      medians[id].push(latencies[Math.floor(batch / 2)]!);
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return { direct: median(medians.direct), "host-embedded": median(medians["host-embedded"]), "host-socket": median(medians["host-socket"]) };
}

const scenario: Scenario = {
  name: "mcp",
  title: "MCP tool call: direct vs the governed host wrapper",
  description:
    "One tools/call (read-only search_issues) on a v1 McpServer over the in-memory transport: the bare client (baseline), wrapClient with an embedded sidecar, wrapClient with a sidecar on a Unix socket (Authorize, the call, ScanResponse, RecordAudit; audit async). Notes: in-process added medians (target: host wrapper <= 0.3 ms).",
  variants: [
    { id: "direct", label: "tools/call · direct", baseline: true, description: "the bare v1 Client" },
    { id: "host-embedded", label: "tools/call · wrapClient, embedded sidecar", description: "decisions in this process" },
    { id: "host-socket", label: "tools/call · wrapClient, sidecar on a Unix socket", description: "decisions over h2c on a Unix socket" },
  ],
  phases: (mode) =>
    mode === "quick"
      ? [{ kind: "closed", concurrency: 1 }]
      : [
          { kind: "closed", concurrency: 1 },
          { kind: "open", rate: 500 },
        ],
  async setup(ctx) {
    const policy = join(ctx.tmpDir, "mcp-policy.yaml");
    await writeFile(policy, POLICY);
    const socketPath = join(ctx.tmpDir, "portcullis.sock");
    const sidecar = await ctx.startSidecar({ policy, socketPath, extraArgs: ["--data-dir", join(ctx.tmpDir, "data-socket")] });
    const embedded: EmbeddedSidecar = await startEmbedded({
      policyFile: policy,
      watchPolicy: false,
      logger: createLogger({ level: "silent" }),
      audit: { dir: join(ctx.tmpDir, "embedded", "audit"), mode: "async" },
    });
    const governance: Record<"embedded" | "socket", GovernanceClient> = {
      embedded: createGovernanceClient({ transport: embedded.transport }),
      socket: createGovernanceClient({ socketPath, httpVersion: "2" }),
    };
    const direct = await jiraClient();
    const hostEmbedded = wrapClient(await jiraClient(), { governance: governance.embedded, server: "jira", token: TOKEN, workflowId: "bench" });
    const hostSocket = wrapClient(await jiraClient(), { governance: governance.socket, server: "jira", token: TOKEN, workflowId: "bench" });
    const governed = (client: Client) => async () => {
      const result = await client.callTool(REQUEST);
      if (result.isError) throw new Error(`mcp: the governed call failed: ${JSON.stringify(result.content)}`);
    };
    const calls: Record<VariantId, () => Promise<unknown>> = {
      direct: () => direct.callTool(REQUEST),
      "host-embedded": governed(hostEmbedded),
      "host-socket": governed(hostSocket),
    };
    for (const id of VARIANTS) await calls[id](); // fails fast on a wrong policy

    const quick = ctx.mode === "quick";
    await inProcessMedians(calls, 2, 200); // warm-up
    const medians = await inProcessMedians(calls, quick ? 5 : 21, quick ? 300 : 1000);
    const notes: Record<string, number | boolean> = {};
    const round = (x: number) => Math.round(x * 100) / 100;
    for (const id of VARIANTS) notes[`in_process_median_us_${id.replace("-", "_")}`] = round(medians[id]);
    for (const id of ["host-embedded", "host-socket"] as const) notes[`added_median_us_${id.replace("-", "_")}`] = round(medians[id] - medians.direct);
    notes.target_host_added_median_le_300us = Math.min(medians["host-embedded"], medians["host-socket"]) - medians.direct <= 300;

    return {
      notes,
      calls: {
        direct: { call: calls.direct },
        "host-embedded": { call: calls["host-embedded"] },
        "host-socket": { call: calls["host-socket"], process: sidecar },
      },
      async close() {
        for (const client of [direct, hostEmbedded, hostSocket]) await client.close();
        governance.embedded.close();
        governance.socket.close();
        await embedded.close();
      },
    };
  },
};

export default scenario;
