/**
 * `audit-query`: the seed's question — "which agents accessed prod-data in the last 30
 * days" — over generated audit stores of 1,000,000 and 10,000,000 records (quick mode: 50,000;
 * override with AUDIT_QUERY_SIZES=1000000,10000000). For each size it reports, as notes: the
 * generation rate (contract lines with real SHA-256 chaining and signed checkpoints), the
 * index build rate (the real catch-up from the segments), the 30-day query's time in process
 * (median of 5) and as one `portcullis audit query` command (process start included), and
 * whether the answer is exactly the agents the generator put in the window. Target: the
 * 30-day query over 10 M records under 5 s. The measured phases then time queries on the
 * largest store: the newest record (baseline), the 30-day distinct agents, and the denied
 * calls to prod-data in the window with their records read from the segments.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { AuditIndex, AuditQuery, type AuditFilter } from "@portcullis/sidecar";
import { syntheticRecord, TestAuditWriter } from "../../test/helpers/generated-audit-store.ts";
import type { Scenario } from "../lib/scenario.ts";

const DAY = 86_400_000;

function sizes(quick: boolean): number[] {
  const env = process.env.AUDIT_QUERY_SIZES;
  if (env) return env.split(",").map((s) => Number(s.replaceAll("_", "")));
  return quick ? [50_000] : [1_000_000, 10_000_000];
}

function bytesUnder(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((sum, e) => sum + statSync(join(e.parentPath, e.name)).size, 0);
}

const scenario: Scenario = {
  name: "audit-query",
  title: "Audit query: the 30-day question",
  description:
    "Generated audit stores (500 agents, 20 servers, 90 days, 1 call in 20 to prod-data, 1 in 10 denied); index build from the segments, then 'which agents accessed prod-data in the last 30 days' over the sqlite index's covering indexes, in process, closed loop.",
  variants: [
    { id: "newest", label: "Newest record", baseline: true, description: "the newest record, read from its segment by offset" },
    { id: "agents-30d", label: "Agents on prod-data, 30 days", description: "distinct agents over (server, ts), incl. through a virtual server" },
    {
      id: "denied-30d",
      label: "Denied on prod-data, 30 days",
      description: "the newest 100 denied records on prod-data in the window, bodies read from the segments",
    },
  ],
  phases: () => [{ kind: "closed", concurrency: 1 }],
  timing: (mode) => (mode === "quick" ? { warmupMs: 200, durationMs: 600 } : { warmupMs: 1000, durationMs: 5000 }),
  async setup(ctx) {
    const quick = ctx.mode === "quick";
    const notes: Record<string, number | boolean> = {};
    let largest: { dir: string; filter: AuditFilter } | undefined;
    for (const count of sizes(quick)) {
      const label = count >= 1_000_000 ? `${count / 1_000_000}M` : `${count / 1000}k`;
      const dir = join(ctx.tmpDir, `audit-${label}`);
      const toMs = Date.now();
      const fromMs = toMs - 90 * DAY;
      const sinceMs = toMs - 30 * DAY;
      const expected = new Set<string>();
      let started = performance.now();
      const writer = new TestAuditWriter(dir, { segmentRecords: 250_000 });
      for (let i = 0; i < count; i++) {
        const record = syntheticRecord(i, { fromMs, toMs, count });
        writer.append(record);
        if (record.ts >= sinceMs && (record.server === "prod-data" || record.upstreamServer === "prod-data")) expected.add(record.agent!.tokenId!);
      }
      writer.close();
      const generateS = (performance.now() - started) / 1000;

      started = performance.now();
      const index = AuditIndex.open(dir);
      const { added } = index.catchUp();
      index.close();
      const indexS = (performance.now() - started) / 1000;
      if (added !== count) throw new Error(`audit-query: indexed ${added} of ${count} records`);

      const filter: AuditFilter = { sinceMs, server: "prod-data" };
      const query = AuditQuery.open(dir);
      const times: number[] = [];
      let agents: string[] = [];
      for (let r = 0; r < 5; r++) {
        started = performance.now();
        agents = query.distinct(filter, "agent").map((a) => a.agent!);
        times.push(performance.now() - started);
      }
      query.close();
      times.sort((a, b) => a - b);
      started = performance.now();
      const cli = spawnSync(
        process.execPath,
        [
          join(ctx.repoRoot, "sidecar/bin/portcullis.js"),
          "audit",
          "query",
          "--dir",
          dir,
          "--since",
          new Date(sinceMs).toISOString(),
          "--server",
          "prod-data",
          "--distinct",
          "agent",
          "--format",
          "json",
        ],
        { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
      );
      const cliMs = performance.now() - started;
      const cliAgents = cli.status === 0 ? (JSON.parse(cli.stdout) as { agent: string }[]).map((a) => a.agent) : [];
      const exact = agents.length === expected.size && agents.every((a) => expected.has(a)) && cliAgents.join() === agents.join();

      notes[`records_${label}`] = count;
      notes[`generate_s_${label}`] = round(generateS);
      notes[`generate_records_per_s_${label}`] = Math.round(count / generateS);
      notes[`index_build_s_${label}`] = round(indexS);
      notes[`index_records_per_s_${label}`] = Math.round(count / indexS);
      notes[`segments_mb_${label}`] = Math.round(bytesUnder(join(dir, "segments")) / 1e6);
      notes[`index_mb_${label}`] = Math.round(statSync(join(dir, "index.sqlite")).size / 1e6);
      notes[`query_30d_median_ms_${label}`] = round(times[2]!);
      notes[`query_30d_max_ms_${label}`] = round(times[4]!);
      notes[`cli_30d_ms_${label}`] = Math.round(cliMs);
      notes[`agents_found_${label}`] = agents.length;
      notes[`answer_exact_${label}`] = exact;
      if (count >= 10_000_000) notes[`target_query_30d_lt_5s_${label}`] = times[4]! < 5000 && cliMs < 5000;
      if (!exact)
        throw new Error(
          `audit-query ${label}: the 30-day answer is wrong (${agents.length} agents, expected ${expected.size}; CLI exit ${cli.status} ${cli.stderr})`,
        );
      largest = { dir, filter };
    }
    const query = AuditQuery.open(largest!.dir);
    const { filter } = largest!;
    return {
      notes,
      calls: {
        newest: { call: async () => [...query.records({ limit: 1 })].length === 1 },
        "agents-30d": { call: async () => query.distinct(filter, "agent").length > 0 },
        "denied-30d": { call: async () => [...query.records({ ...filter, decision: "deny", limit: 100 })].length > 0 },
      },
      async close() {
        query.close();
      },
    };
  },
};

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

export default scenario;
