/**
 * RecordAudit's settlement errors, over real RPC against in-process sidecars: an unknown
 * decision is NotFound, a second settlement FailedPrecondition, another subject's decision
 * PermissionDenied — never a silent success — and a decision is settled once even across
 * a fleet sharing Redis. Authorize without a required estimate is InvalidArgument.
 * ScanResponse carrying the outcome (`record`) settles the same way in the same round trip:
 * it says so in `recorded`, a settlement that does not go through is its `record_error` while
 * the verdict stands, and a malformed record is refused before anything is scanned; another
 * subject's decision is refused outright, before anything is scanned or recorded.
 */
import { afterAll, describe, expect, it } from "vitest";
import { CallOutcome, Code, createGovernanceClient, Decision, ScanAction, type GovernanceClient } from "@portcullis/sdk";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createLogger, hashToken, readRecords, startSidecar, type Sidecar } from "@portcullis/sidecar";
import { policyFile } from "../../helpers/policy-file.js";
import { Redis } from "ioredis";
import { REDIS_URL, redisForTests, uniquePrefix } from "../../helpers/redis.js";

const hasRedis = await redisForTests("settlement");

const POLICY = [
  "version: 1",
  "subjects:",
  `  - { id: agent-a, roles: [support], team: support, tokenSha256: ${hashToken("a")} }`,
  `  - { id: agent-b, roles: [support], team: support, tokenSha256: ${hashToken("b")} }`,
  "roles:",
  "  support: { servers: { jira: { allow: ['*'] } } }",
  "limits:",
  "  - { name: budget, scope: team:support, tools: [jira/create_issue], tokens: 100000/day, requireEstimate: true }",
].join("\n");

const sidecars: Sidecar[] = [];
const clients: GovernanceClient[] = [];
afterAll(async () => {
  for (const c of clients) c.close();
  await Promise.all(sidecars.map((s) => s.close()));
});

async function start(redisPrefix?: string, auditDir?: string): Promise<GovernanceClient> {
  const sidecar = await startSidecar({
    policyFile: await policyFile(POLICY),
    listen: { host: "127.0.0.1", port: 0 },
    logger: createLogger({ level: "silent" }),
    watchPolicy: false,
    ...(redisPrefix ? { redisUrl: REDIS_URL, redisPrefix } : {}),
    ...(auditDir ? { audit: { dir: auditDir, mode: "sync" as const } } : {}),
  });
  sidecars.push(sidecar);
  const client = createGovernanceClient({ baseUrl: sidecar.baseUrl!, timeoutMs: 5000 });
  clients.push(client);
  return client;
}

const createIssue = (client: GovernanceClient, token = "a") =>
  client.authorize({ token, server: "jira", tool: "create_issue", estimatedTokens: 40, arguments: { n: Math.random() } });
const codeOf = (work: Promise<unknown>) =>
  work.then(
    () => "ok",
    (err: { code?: Code }) => Code[err.code!],
  );

const variants: [string, () => Promise<GovernanceClient>][] = [["in memory", () => start()]];
if (hasRedis) variants.push(["on Redis", () => start(uniquePrefix())]);

describe.each(variants)("RecordAudit, %s", (_name, open) => {
  it("answers NotFound for a decision it never issued", async () => {
    const client = await open();
    const error = await client.recordAudit({ token: "a", decisionId: "00000000-0000-4000-8000-000000000000", tokensUsed: 10 }).catch((e: Error) => e);
    expect(error).toMatchObject({ code: Code.NotFound });
    expect((error as Error).message).toContain("decision_id: no such decision");
  });

  it("settles once, then answers FailedPrecondition", async () => {
    const client = await open();
    const d = await createIssue(client);
    expect(d.decision).toBe(Decision.ALLOW);
    expect(await codeOf(client.recordAudit({ token: "a", decisionId: d.decisionId, tokensUsed: 30 }))).toBe("ok");
    const again = await client.recordAudit({ token: "a", decisionId: d.decisionId, tokensUsed: 30 }).catch((e: Error) => e);
    expect(again).toMatchObject({ code: Code.FailedPrecondition });
    expect((again as Error).message).toContain("decision_id: already settled");
  });

  it("records a decision that reserved nothing once, too", async () => {
    const client = await open();
    const d = await client.authorize({ token: "a", server: "jira", tool: "search_issues" });
    expect(d.decision).toBe(Decision.ALLOW);
    expect(await codeOf(client.recordAudit({ token: "a", decisionId: d.decisionId }))).toBe("ok");
    expect(await codeOf(client.recordAudit({ token: "a", decisionId: d.decisionId }))).toBe("FailedPrecondition");
  });

  it("answers PermissionDenied for another subject's decision, which stays settleable by its own", async () => {
    const client = await open();
    const d = await createIssue(client);
    expect(await codeOf(client.recordAudit({ token: "b", decisionId: d.decisionId, tokensUsed: 1 }))).toBe("PermissionDenied");
    expect(await codeOf(client.recordAudit({ token: "a", decisionId: d.decisionId, tokensUsed: 1 }))).toBe("ok");
  });

  it("answers InvalidArgument naming estimated_tokens when the budget requires an estimate", async () => {
    const client = await open();
    const error = await client.authorize({ token: "a", server: "jira", tool: "create_issue" }).catch((e: Error) => e);
    expect(error).toMatchObject({ code: Code.InvalidArgument });
    expect((error as Error).message).toContain("estimated_tokens: required by token budget budget (limits[0])");
  });
});

describe("RecordAudit's refusals in the audit trail", () => {
  it("leaves no outcome record for a settlement it refuses: another subject's, or a second one", async () => {
    // Each refusal used to write its outcome first: three contradictory outcomes for one
    // decision, one of them under another subject's name.
    const dir = await mkdtemp(join(tmpdir(), "pcl-settlement-audit-"));
    const client = await start(undefined, dir);
    const d = await createIssue(client);
    expect(await codeOf(client.recordAudit({ token: "b", decisionId: d.decisionId, outcome: CallOutcome.TOOL_ERROR, tokensUsed: 1 }))).toBe("PermissionDenied");
    expect(await codeOf(client.recordAudit({ token: "a", decisionId: d.decisionId, outcome: CallOutcome.SUCCESS, tokensUsed: 1 }))).toBe("ok");
    expect(await codeOf(client.recordAudit({ token: "a", decisionId: d.decisionId, outcome: CallOutcome.TRANSPORT_ERROR, tokensUsed: 1 }))).toBe(
      "FailedPrecondition",
    );
    await sidecars.at(-1)!.close();
    const outcomes: { subject?: string; status?: string | undefined }[] = [];
    for await (const { record } of readRecords(dir)) {
      if (record.event === "outcome" && record.decisionId === d.decisionId) outcomes.push({ subject: record.subject, status: record.outcome?.status });
    }
    expect(outcomes).toEqual([{ subject: "agent-a", status: "SUCCESS" }]);
  });

  it.each(variants.map(([name]) => name))("%s: a decision nobody issued is NotFound on every retry, and writes no outcome record", async (name) => {
    // Each refused attempt used to leave an outcome record reporting SUCCESS.
    const dir = await mkdtemp(join(tmpdir(), "pcl-settlement-audit-"));
    const client = await start(name === "on Redis" ? uniquePrefix() : undefined, dir);
    const forged = "00000000-0000-4000-8000-00000000f00d";
    for (let i = 0; i < 3; i++) {
      expect(await codeOf(client.recordAudit({ token: "a", decisionId: forged, outcome: CallOutcome.SUCCESS, tokensUsed: 5 }))).toBe("NotFound");
    }
    const scan = await client.scanResponse({
      token: "a",
      server: "jira",
      tool: "create_issue",
      decisionId: forged,
      text: "x",
      record: { outcome: CallOutcome.SUCCESS },
    });
    expect(scan.recordError).toMatch(/^not_found: /);
    await sidecars.at(-1)!.close();
    const outcomes: string[] = [];
    for await (const { record } of readRecords(dir)) if (record.event === "outcome") outcomes.push(record.decisionId ?? "");
    expect(outcomes).toEqual([]);
  });

  it.runIf(hasRedis)("a reservation that expired in Redis is FailedPrecondition on every retry, and writes no outcome record", async () => {
    // Each retry used to append an outcome record before the settlement found the reservation
    // gone (test/sidecar/services/call-record.test.ts has both stores).
    const prefix = uniquePrefix();
    const dir = await mkdtemp(join(tmpdir(), "pcl-settlement-audit-"));
    const client = await start(prefix, dir);
    const d = await createIssue(client);
    const redis = new Redis(REDIS_URL);
    try {
      expect(await redis.del(`${prefix}resv:${d.decisionId}`)).toBe(1); // as its TTL would
    } finally {
      redis.disconnect();
    }
    for (let i = 0; i < 3; i++) {
      const error = await client.recordAudit({ token: "a", decisionId: d.decisionId, outcome: CallOutcome.SUCCESS, tokensUsed: 5 }).catch((e: Error) => e);
      expect(error).toMatchObject({ code: Code.FailedPrecondition });
      expect((error as Error).message).toContain("decision_id: its budget reservation expired");
    }
    await sidecars.at(-1)!.close();
    const outcomes: string[] = [];
    for await (const { record } of readRecords(dir)) if (record.event === "outcome") outcomes.push(record.decisionId ?? "");
    expect(outcomes).toEqual([]);
  });

  it.runIf(hasRedis)("across a fleet: another replica's reservation is recorded and settled; its decision without one is NotFound and unrecorded", async () => {
    const prefix = uniquePrefix();
    const dir = await mkdtemp(join(tmpdir(), "pcl-settlement-audit-"));
    const one = await start(prefix);
    const two = await start(prefix, dir);
    const reserved = await createIssue(one);
    const plain = await one.authorize({ token: "a", server: "jira", tool: "search_issues" });
    expect(await codeOf(two.recordAudit({ token: "b", decisionId: reserved.decisionId, tokensUsed: 5 }))).toBe("PermissionDenied");
    expect(await codeOf(two.recordAudit({ token: "a", decisionId: reserved.decisionId, tokensUsed: 5 }))).toBe("ok");
    expect(await codeOf(two.recordAudit({ token: "a", decisionId: reserved.decisionId, tokensUsed: 5 }))).toBe("FailedPrecondition");
    expect(await codeOf(two.recordAudit({ token: "a", decisionId: plain.decisionId }))).toBe("NotFound");
    await sidecars.at(-1)!.close();
    const outcomes: { decisionId?: string | undefined; subject?: string | undefined }[] = [];
    for await (const { record } of readRecords(dir)) if (record.event === "outcome") outcomes.push({ decisionId: record.decisionId, subject: record.subject });
    expect(outcomes).toEqual([{ decisionId: reserved.decisionId, subject: "agent-a" }]);
  });

  it("ScanResponse naming another subject's decision writes nothing; its own scan keeps the workflow id (masked)", async () => {
    const dir = await mkdtemp(join(tmpdir(), "pcl-settlement-audit-"));
    const client = await start(undefined, dir);
    const d = await createIssue(client);
    const scan = (token: string, workflowId: string) =>
      client.scanResponse({ token, server: "jira", tool: "create_issue", decisionId: d.decisionId, workflowId, text: "SUP-1 created" });
    expect(await codeOf(scan("b", "wf-b"))).toBe("PermissionDenied");
    // An id this sidecar never issued may be another replica's: accepted.
    const foreign = await client.scanResponse({
      token: "b",
      server: "jira",
      tool: "create_issue",
      decisionId: "00000000-0000-4000-8000-000000000001",
      text: "x",
    });
    expect(foreign.action).toBe(ScanAction.ALLOW);
    const awsKeyId = "AKIA" + "ZQ3RZ7XK2M4P9T6W"; // split: not a leak to a secret scanner
    expect(await codeOf(scan("a", "wf-42"))).toBe("ok");
    expect(await codeOf(scan("a", awsKeyId))).toBe("ok");
    await sidecars.at(-1)!.close();
    const scans: { subject?: string; workflowId?: string | undefined }[] = [];
    for await (const { record } of readRecords(dir)) {
      if (record.event === "scan_response" && record.decisionId === d.decisionId) scans.push({ subject: record.subject, workflowId: record.attrs?.workflowId });
    }
    expect(scans).toEqual([
      { subject: "agent-a", workflowId: "wf-42" },
      { subject: "agent-a", workflowId: "[masked:secret]" },
    ]);
  });

  it("refuses an outcome the contract does not define, and a token count no store counts exactly, naming the field", async () => {
    const client = await start();
    const d = await createIssue(client);
    const bad = await client.recordAudit({ token: "a", decisionId: d.decisionId, outcome: 99 as CallOutcome }).catch((e: Error) => e);
    expect(bad).toMatchObject({ code: Code.InvalidArgument });
    expect((bad as Error).message).toContain("outcome: 99 is not an outcome; give one of CALL_OUTCOME_SUCCESS");
    const huge = await client.recordAudit({ token: "a", decisionId: d.decisionId, tokensUsed: 9_000_000_000_000_000_000n }).catch((e: Error) => e);
    expect(huge).toMatchObject({ code: Code.InvalidArgument });
    expect((huge as Error).message).toContain("tokens_used: at most 1000000000000");
    // Neither touched the decision: it settles as it should.
    expect(await codeOf(client.recordAudit({ token: "a", decisionId: d.decisionId, outcome: CallOutcome.SUCCESS, tokensUsed: 30 }))).toBe("ok");
  });
});

describe.each(variants)("ScanResponse carrying the outcome, %s", (_name, open) => {
  const scanWith = (client: GovernanceClient, decisionId: string, tokensUsed = 30, token = "a") =>
    client.scanResponse({
      token,
      server: "jira",
      tool: "create_issue",
      decisionId,
      text: "SUP-1 created",
      record: { outcome: CallOutcome.SUCCESS, tokensUsed, durationMs: 12 },
    });

  it("records and settles once, then says why not in record_error while the verdict stands", async () => {
    const client = await open();
    const d = await createIssue(client);
    expect(await scanWith(client, d.decisionId)).toMatchObject({ action: ScanAction.ALLOW, recorded: true, recordError: "" });
    const again = await scanWith(client, d.decisionId);
    expect(again).toMatchObject({ action: ScanAction.ALLOW, recorded: false });
    expect(again.recordError).toMatch(/^failed_precondition: decision_id: already settled/);
    // RecordAudit agrees: the decision was settled by the scan.
    expect(await codeOf(client.recordAudit({ token: "a", decisionId: d.decisionId, tokensUsed: 30 }))).toBe("FailedPrecondition");
  });

  it("refuses another subject's decision with PermissionDenied (as RecordAudit does); it stays settleable by its own", async () => {
    const client = await open();
    const d = await createIssue(client);
    // Was a verdict with record_error "permission_denied: …" — and a scan record naming the decision under b.
    expect(await codeOf(scanWith(client, d.decisionId, 1, "b"))).toBe("PermissionDenied");
    expect(await scanWith(client, d.decisionId, 1, "a")).toMatchObject({ recorded: true });
  });

  it("answers recorded: false and no error without a record", async () => {
    const client = await open();
    const d = await createIssue(client);
    expect(await client.scanResponse({ token: "a", server: "jira", tool: "create_issue", decisionId: d.decisionId, text: "x" })).toMatchObject({
      recorded: false,
      recordError: "",
    });
    expect(await codeOf(client.recordAudit({ token: "a", decisionId: d.decisionId, tokensUsed: 30 }))).toBe("ok");
  });

  it.each([
    [{ durationMs: -1 }, "record.duration_ms: must not be negative"],
    [{ tokensUsed: -1 }, "record.tokens_used: must not be negative"],
    [{ attributes: { "": "x" } }, "record.attributes: a key of 0 characters"],
  ])("refuses a malformed record before scanning: %j", async (bad, message) => {
    const client = await open();
    const d = await createIssue(client);
    const error = await client
      .scanResponse({ token: "a", server: "jira", tool: "create_issue", decisionId: d.decisionId, text: "x", record: { outcome: CallOutcome.SUCCESS, ...bad } })
      .catch((e: Error) => e);
    expect(error).toMatchObject({ code: Code.InvalidArgument });
    expect((error as Error).message).toContain(message);
    // Nothing was settled.
    expect(await codeOf(client.recordAudit({ token: "a", decisionId: d.decisionId, tokensUsed: 30 }))).toBe("ok");
  });
});

describe.runIf(hasRedis)("RecordAudit across a fleet", () => {
  it("settles a decision on another replica once, and the first replica then refuses a second settlement", async () => {
    const prefix = uniquePrefix();
    const [one, two] = [await start(prefix), await start(prefix)];
    const d = await createIssue(one);
    expect(await codeOf(two.recordAudit({ token: "a", decisionId: d.decisionId, tokensUsed: 5 }))).toBe("ok");
    expect(await codeOf(one.recordAudit({ token: "a", decisionId: d.decisionId, tokensUsed: 5 }))).toBe("FailedPrecondition");
    expect(await codeOf(two.recordAudit({ token: "b", decisionId: d.decisionId, tokensUsed: 5 }))).toBe("PermissionDenied");
  });
});
