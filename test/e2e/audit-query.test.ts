/**
 * AdminService.QueryAudit over a real sidecar process: the audit store (in the contract's
 * format) sits in `--data-dir/audit`, and an admin client streams the matching records or
 * the distinct agents as JSON. Without the admin token, or with a bad filter, the call is
 * refused and says why; the query runs off the sidecar's event loop (on a worker), so a
 * data-plane call answers beside it.
 */
import { Code, ConnectError, createClient, type Client } from "@connectrpc/connect";
import { createConnectTransport } from "@connectrpc/connect-node";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MessageInitShape } from "@bufbuild/protobuf";
import { AdminService, createGovernanceClient } from "@portcullis/sdk";
import type { QueryAuditRequestSchema } from "@portcullis/sdk/gen";
import { TestAuditWriter } from "../helpers/generated-audit-store.js";
import { EXAMPLE_POLICY } from "../helpers/paths.js";
import { startSidecarProcess, type SidecarProcess } from "../helpers/sidecar-process.js";

const ADMIN = "admin-audit-query-0123456789abcdef-0123456789";
const DAY = 86_400_000;
const NOW = Date.now();

let dir: string;
let sidecar: SidecarProcess;
let admin: Client<typeof AdminService>;
const auth = { headers: { authorization: `Bearer ${ADMIN}` } };

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "pcl-audit-query-"));
  await writeFile(join(dir, "admin.token"), `${ADMIN}\n`, { mode: 0o600 });
  const writer = new TestAuditWriter(join(dir, "data", "audit"), { segmentRecords: 500 });
  const call = (agent: string, server: string, daysAgo: number, decision: "allow" | "deny", extra: Record<string, unknown> = {}) =>
    writer.append({
      ts: NOW - daysAgo * DAY,
      event: "authorize",
      agent: { tokenId: `tok_${agent}`, kind: "agent" },
      subject: `${agent}@svc`,
      server,
      tool: "delete_record",
      arguments: { table: "T" },
      decision,
      reason: decision === "deny" ? "EXPLICIT_DENY" : "ALLOWED",
      ...extra,
    });
  for (let i = 0; i < 1500; i++) call(`noise${i % 7}`, "jira", i % 40, "allow");
  call("yara", "prod-data", 2, "allow");
  call("zoe", "prod-data", 10, "deny");
  call("xena", "desk", 5, "allow", { virtualServer: "desk", upstreamServer: "prod-data" });
  call("old", "prod-data", 31, "allow");
  writer.close();
  sidecar = await startSidecarProcess(["--policy", EXAMPLE_POLICY, "--data-dir", join(dir, "data"), "--admin-token-file", join(dir, "admin.token")]);
  admin = createClient(AdminService, createConnectTransport({ baseUrl: sidecar.baseUrl!, httpVersion: "1.1" }));
});

afterAll(async () => {
  await sidecar?.stop();
});

async function collect<T>(stream: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of stream) out.push(item);
  return out;
}

describe("QueryAudit over a real sidecar", () => {
  it("streams the distinct agents that accessed prod-data in the last 30 days", async () => {
    const replies = await collect(admin.queryAudit({ server: "prod-data", sinceMs: BigInt(NOW - 30 * DAY), distinct: "agent" }, auth));
    expect(replies.every((r) => r.recordJson === "")).toBe(true);
    const agents = replies.map((r) => JSON.parse(r.distinctJson) as { agent: string; subject: string; calls: number });
    expect(agents.map((a) => a.agent)).toEqual(["tok_xena", "tok_yara", "tok_zoe"]);
  });

  it("streams full records as JSON, filtered by agent, decision and limit, while the data plane keeps answering", async () => {
    const denied = await collect(admin.queryAudit({ server: "prod-data", decision: "deny" }, auth));
    expect(denied.map((r) => JSON.parse(r.recordJson))).toEqual([
      expect.objectContaining({ seq: 1502, subject: "zoe@svc", tool: "delete_record", arguments: { table: "T" }, decision: "deny", reason: "EXPLICIT_DENY" }),
    ]);
    const mine = await collect(admin.queryAudit({ agent: "xena@svc" }, auth));
    expect(mine.map((r) => JSON.parse(r.recordJson).upstreamServer)).toEqual(["prod-data"]);

    // Many batches: the worker reads ahead only as the stream is taken.
    const governance = createGovernanceClient({ baseUrl: sidecar.baseUrl!, timeoutMs: 10_000 });
    try {
      const [all, ping] = await Promise.all([collect(admin.queryAudit({ server: "jira", limit: 1200 }, auth)), governance.raw.ping({})]);
      expect(ping).toBeDefined();
      expect(all).toHaveLength(1200);
      const seqs = all.map((r) => (JSON.parse(r.recordJson) as { seq: number }).seq);
      expect(seqs[0]).toBe(301);
      expect(seqs.at(-1)).toBe(1500);
    } finally {
      governance.close();
    }
  });

  it("refuses a call without the admin token", async () => {
    const err = await collect(admin.queryAudit({ server: "prod-data" })).catch((e: unknown) => ConnectError.from(e));
    expect(err).toBeInstanceOf(ConnectError);
    expect((err as ConnectError).code).toBe(Code.Unauthenticated);
  });

  it.each([
    [{ decision: "maybe" }, "decision: takes allow, deny, flag, block, mutate, error; not 'maybe'"],
    [{ distinct: "team" }, "distinct: takes agent, subject, tool; not 'team'"],
    [{ limit: 2_000_000 }, "limit: takes a whole number from 1 to 1000000, not '2000000'"],
    [{ sinceMs: 2000n, untilMs: 1000n }, "until_ms: must be later than the start of the window"],
  ] as [MessageInitShape<typeof QueryAuditRequestSchema>, string][])("refuses a bad filter %s with InvalidArgument naming the field", async (req, message) => {
    const err = await collect(admin.queryAudit(req, auth)).catch((e: unknown) => ConnectError.from(e));
    expect((err as ConnectError).code).toBe(Code.InvalidArgument);
    expect((err as ConnectError).rawMessage).toBe(message);
  });
});
