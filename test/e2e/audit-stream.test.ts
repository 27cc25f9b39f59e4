/**
 * `portcullis serve --audit-stream [KEY]`: a real sidecar process appends each committed audit
 * record to a Redis Stream on the real Redis (a key per test, under a unique prefix).
 *
 * - After N Authorize calls the stream holds N entries whose `record` is the on-disk record
 *   (same seq, same decision ids, same fields) with the argument values left out (their names
 *   kept); neither the caller's token nor an argument value reaches Redis.
 * - Without `--redis` (or with `--no-audit`) the option is a usage error naming it, exit 2.
 * - With Redis hung (a TCP proxy that holds every command), calls are still answered; appends
 *   that Redis does not answer are dropped and counted — one warning line, not one per record,
 *   and the `portcullis.audit.stream.dropped` metric — and the stop completes with exit 0.
 * - Stopped while appends are still held (their own deadline set far off), the stop gives them
 *   a bounded time, then counts them as dropped — in the log and in the last metrics export.
 */
import { randomBytes } from "node:crypto";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createGovernanceClient, Decision } from "@portcullis/sdk";
import { hashToken, readRecords, type AuditRecord } from "@portcullis/sidecar";
import { Redis } from "ioredis";
import { afterEach, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { startOtlpReceiver, type OtlpReceiver } from "../helpers/otlp-receiver.js";
import { policyFile } from "../helpers/policy-file.js";
import { REDIS_URL, redisForTests, uniquePrefix } from "../helpers/redis.js";
import { startRedisProxy, type RedisProxy } from "../helpers/redis-proxy.js";
import { startSidecarProcess, type SidecarProcess } from "../helpers/sidecar-process.js";

const hasRedis = await redisForTests("serve --audit-stream");
const TOKEN = `stream-TOKEN-${randomBytes(12).toString("hex")}`;
/** An ordinary argument value: the local trail keeps it, the stream must not. */
const VALUE = `value-CANARY-${randomBytes(6).toString("hex")}`;
const POLICY = `version: 1
subjects:
  - { id: agent:support-bot, team: support, roles: [support], tokenSha256: ${hashToken(TOKEN)} }
roles:
  support: { servers: { jira: { allow: [search_issues, create_issue], deny: [delete_*] } } }
`;
const DROP_WARNING = "audit records are not reaching the Redis Stream";

let sidecar: SidecarProcess | undefined;
let proxy: RedisProxy | undefined;
let otlp: OtlpReceiver | undefined;
let redis: Redis | undefined;
let prefix = "";
afterEach(async () => {
  await sidecar?.stop();
  sidecar = undefined;
  await proxy?.close();
  proxy = undefined;
  await otlp?.close();
  otlp = undefined;
  if (redis && prefix) {
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
  }
  redis?.disconnect();
  redis = undefined;
});

/** The stream's entries as `{ seq, record }`. */
async function streamEntries(key: string): Promise<{ seq: number; record: Record<string, unknown> }[]> {
  const entries = await redis!.xrange(key, "-", "+");
  return entries.map(([, fields]) => {
    expect(fields).toHaveLength(4);
    expect([fields[0], fields[2]]).toEqual(["seq", "record"]);
    return { seq: Number(fields[1]), record: JSON.parse(fields[3]!) as Record<string, unknown> };
  });
}

async function diskRecords(auditDir: string): Promise<{ seq: number; record: AuditRecord }[]> {
  const out: { seq: number; record: AuditRecord }[] = [];
  for await (const entry of readRecords(auditDir)) out.push({ seq: entry.seq, record: entry.record });
  return out;
}

describe.runIf(hasRedis)("serve --audit-stream", () => {
  it("appends every committed record: the on-disk record with argument names, never a token or an argument value", async () => {
    prefix = uniquePrefix();
    redis = new Redis(REDIS_URL);
    const dataDir = await mkdtemp(join(tmpdir(), "pcl-audit-stream-"));
    // A bare --audit-stream followed by another option: the default key under the prefix.
    sidecar = await startSidecarProcess([
      "--policy",
      await policyFile(POLICY),
      "--redis",
      REDIS_URL,
      "--audit-stream",
      "--redis-prefix",
      prefix,
      "--data-dir",
      dataDir,
    ]);
    const client = createGovernanceClient({ baseUrl: sidecar.baseUrl!, timeoutMs: 20_000 });
    const calls = [
      { tool: "create_issue", arguments: { project: "SUP", summary: VALUE, api_key: "key-CANARY-stream" } },
      { tool: "search_issues", arguments: { q: VALUE } },
      { tool: "delete_issue", arguments: { id: VALUE } },
      { tool: "search_issues", arguments: {} },
      { tool: "create_issue", arguments: { project: "OPS", nested: { note: VALUE } } },
    ];
    const decisionIds: string[] = [];
    for (const call of calls) {
      const decision = await client.authorize({ token: TOKEN, server: "jira", ...call });
      expect(decision.decision).toBe(call.tool === "delete_issue" ? Decision.DENY : Decision.ALLOW);
      decisionIds.push(decision.decisionId);
    }
    const key = `${prefix}audit`;
    await expect.poll(() => redis!.xlen(key), { timeout: 15_000 }).toBe(calls.length);
    expect(await sidecar.stop()).toBe(0);

    const disk = await diskRecords(join(dataDir, "audit"));
    const stream = await streamEntries(key);
    expect(disk.map((d) => d.record.decisionId)).toEqual(decisionIds);
    expect(stream.map((s) => s.seq)).toEqual(disk.map((d) => d.seq));
    expect(stream.map((s) => s.record.decisionId)).toEqual(decisionIds);
    for (const [i, { record }] of disk.entries()) {
      const { arguments: args, ...rest } = record;
      // The local trail keeps the ordinary argument values…
      expect(JSON.stringify(args)).toContain(i === 3 ? "{}" : VALUE);
      // …the stream the same record with the argument names in their place.
      expect(stream[i]!.record).toEqual({ ...rest, argumentNames: Object.keys(args ?? {}) });
    }
    const raw = JSON.stringify(await redis.xrange(key, "-", "+"));
    expect(raw).not.toContain(VALUE);
    expect(raw).not.toContain("key-CANARY-stream");
    expect(raw).not.toContain(TOKEN);
    expect(sidecar.logs.some((l) => l.msg === "audit records appended to a Redis Stream" && l.key === key)).toBe(true);
    expect(sidecar.logs.some((l) => String(l.msg).includes("did not reach the Redis Stream"))).toBe(false);
  });

  it("keeps serving, drops and counts what a hung Redis does not take, and stops within the drain bounds", async () => {
    prefix = uniquePrefix();
    redis = new Redis(REDIS_URL);
    proxy = await startRedisProxy(REDIS_URL);
    otlp = await startOtlpReceiver();
    const key = `${prefix}custom-audit`;
    const dataDir = await mkdtemp(join(tmpdir(), "pcl-audit-stream-hung-"));
    sidecar = await startSidecarProcess(
      [
        ...["--policy", await policyFile(POLICY), "--redis", proxy.url, "--redis-prefix", prefix, `--audit-stream=${key}`],
        ...["--data-dir", dataDir, "--otlp-endpoint", otlp.url],
      ],
      { OTEL_METRIC_EXPORT_INTERVAL: "200" },
    );
    const client = createGovernanceClient({ baseUrl: sidecar.baseUrl!, timeoutMs: 20_000 });
    const authorize = () => client.authorize({ token: TOKEN, server: "jira", tool: "search_issues", arguments: { q: VALUE } });
    const xaddsWhileHung = () => proxy!.commands.filter((c) => c.name === "XADD" && c.whileHung);
    const latest = (metric: string) => otlp!.points.filter((p) => p.metric === metric).at(-1)?.value;

    // Through the proxy while it passes commands on: appended.
    expect((await authorize()).decision).toBe(Decision.ALLOW);
    await expect.poll(() => redis!.xlen(key), { timeout: 15_000 }).toBe(1);

    proxy.hang();
    for (let i = 0; i < 3; i++) expect((await authorize()).decisionId).not.toBe("");
    await expect.poll(() => xaddsWhileHung().length, { timeout: 15_000 }).toBe(3);
    expect(xaddsWhileHung().every((c) => c.args[0] === key)).toBe(true);
    // Unanswered past the append's deadline: dropped, counted, and said once for all three.
    await sidecar.waitForLog((l) => String(l.msg).startsWith(DROP_WARNING));
    await otlp.waitFor("the stream's drops in the metrics", () => latest("portcullis.audit.stream.dropped") === 3, 30_000);
    expect(sidecar.logs.filter((l) => String(l.msg).startsWith(DROP_WARNING))).toHaveLength(1);

    // Still hung: still answered; these two are in flight when the stop comes.
    for (let i = 0; i < 2; i++) expect((await authorize()).decisionId).not.toBe("");
    await expect.poll(() => xaddsWhileHung().length, { timeout: 15_000 }).toBe(5);
    expect(await sidecar.stop()).toBe(0);
    const summary = sidecar.logs.find((l) => String(l.msg).includes("did not reach the Redis Stream"));
    expect(summary).toMatchObject({ key, dropped: 5 });
    expect(sidecar.logs.some((l) => l.msg === "stopped" && l.auditClosed === true)).toBe(true);
    // Nothing held reached Redis; the local trail has every record.
    expect(await redis.xlen(key)).toBe(1);
    expect((await diskRecords(join(dataDir, "audit"))).filter((d) => d.record.event === "authorize")).toHaveLength(6);
  });
});

describe.runIf(hasRedis)("serve --audit-stream, stopped while Redis is hung", () => {
  it("gives the appends in flight a bounded time at the stop, then counts them as dropped (metric and log)", async () => {
    prefix = uniquePrefix();
    redis = new Redis(REDIS_URL);
    proxy = await startRedisProxy(REDIS_URL);
    otlp = await startOtlpReceiver();
    const key = `${prefix}audit`;
    sidecar = await startSidecarProcess(
      ["--policy", await policyFile(POLICY), "--redis", proxy.url, "--redis-prefix", prefix, "--audit-stream", "--otlp-endpoint", otlp.url],
      // No append gives up by itself before the stop: only the stop's bound can end them.
      { OTEL_METRIC_EXPORT_INTERVAL: "200", PORTCULLIS_AUDIT_STREAM_TIMEOUT_MS: "600000" },
    );
    const client = createGovernanceClient({ baseUrl: sidecar.baseUrl!, timeoutMs: 20_000 });
    const latest = (metric: string) => otlp!.points.filter((p) => p.metric === metric).at(-1)?.value;
    const authorize = () => client.authorize({ token: TOKEN, server: "jira", tool: "search_issues" });
    // The stream's connection is up (its first append went through) before Redis hangs.
    expect((await authorize()).decision).toBe(Decision.ALLOW);
    await expect.poll(() => redis!.xlen(key), { timeout: 15_000 }).toBe(1);
    proxy.hang();
    for (let i = 0; i < 3; i++) expect((await authorize()).decisionId).not.toBe("");
    await expect.poll(() => proxy!.commands.filter((c) => c.name === "XADD" && c.whileHung).length, { timeout: 15_000 }).toBe(3);
    await otlp.waitFor("the appends in flight in the metrics", () => latest("portcullis.audit.stream.pending") === 3);

    expect(await sidecar.stop()).toBe(0);
    expect(sidecar.logs.find((l) => String(l.msg).includes("did not reach the Redis Stream"))).toMatchObject({ key, dropped: 3, abandonedAtStop: 3 });
    // The stop's last metrics export comes after the stream gave up on them.
    expect(latest("portcullis.audit.stream.dropped")).toBe(3);
    expect(latest("portcullis.audit.stream.pending")).toBe(0);
    expect(sidecar.logs.filter((l) => String(l.msg).startsWith(DROP_WARNING))).toHaveLength(0);
    expect(await redis.xlen(key)).toBe(1);
  });
});

describe("serve --audit-stream usage errors", () => {
  it("is refused without --redis, naming the option (exit 2)", async () => {
    const policy = await policyFile(POLICY);
    for (const form of [["--audit-stream"], ["--audit-stream", "pcl:{x}:audit"], ["--audit-stream=pcl:{x}:audit"]]) {
      const run = await runCli(["serve", "--policy", policy, "--no-watch", ...form]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain("--audit-stream appends the audit records to a Redis Stream: it needs --redis URL");
      expect(run.stdout).toBe("");
    }
  });

  it("is refused with --no-audit, naming the option (exit 2)", async () => {
    const run = await runCli(["serve", "--policy", await policyFile(POLICY), "--redis", REDIS_URL, "--no-audit", "--audit-stream"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--no-audit turns the audit trail off (and --audit-stream appends its records)");
  });

  it("is in serve --help", async () => {
    const run = await runCli(["serve", "--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("--audit-stream [KEY]");
  });
});
