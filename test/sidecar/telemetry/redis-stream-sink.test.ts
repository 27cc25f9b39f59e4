/**
 * The Redis Stream audit sink against a real Redis: entries carry the sequence number and the
 * record's JSON, the stream stays capped, and with Redis unreachable records are dropped and
 * counted without blocking or throwing.
 */
import { Redis } from "ioredis";
import { afterAll, beforeAll, expect, it } from "vitest";
import { RedisStreamAuditSink, streamRecordJson } from "../../../sidecar/src/telemetry/index.js";
import { freePort, REDIS_URL, redisForTests, uniquePrefix } from "../../helpers/redis.js";

const available = await redisForTests("redis-stream-sink");
const prefix = uniquePrefix();
let redis: Redis;
beforeAll(() => {
  if (available) redis = new Redis(REDIS_URL);
});
afterAll(async () => {
  if (!available) return;
  await redis.del(`${prefix}audit`, `${prefix}capped`);
  redis.disconnect();
});

it.runIf(available)("appends each record as seq and JSON, in order", async () => {
  const sink = new RedisStreamAuditSink(redis, { key: `${prefix}audit` });
  sink.export({ seq: 1, ts: 1, event: "authorize", server: "jira", tool: "create_issue", decision: "allow" });
  sink.export({ seq: 2, ts: 2, event: "outcome", decisionId: "d1", outcome: { status: "ok", durationMs: 3 } });
  await expect.poll(() => sink.pending).toBe(0);
  const entries = await redis.xrange(`${prefix}audit`, "-", "+");
  expect(entries.map(([, fields]) => fields)).toEqual([
    ["seq", "1", "record", JSON.stringify({ ts: 1, event: "authorize", server: "jira", tool: "create_issue", decision: "allow" })],
    ["seq", "2", "record", JSON.stringify({ ts: 2, event: "outcome", decisionId: "d1", outcome: { status: "ok", durationMs: 3 } })],
  ]);
  expect(sink.dropped).toBe(0);
});

it.runIf(available)("keeps the stream capped near maxLen", async () => {
  const sink = new RedisStreamAuditSink(redis, { key: `${prefix}capped`, maxLen: 100, maxInFlight: 10_000 });
  for (let seq = 1; seq <= 2000; seq++) sink.export({ seq, ts: seq, event: "authorize" });
  await expect.poll(() => sink.pending, { timeout: 20_000 }).toBe(0);
  // MAXLEN ~ trims whole radix-tree nodes: at most one node (100 entries by default) over.
  expect(await redis.xlen(`${prefix}capped`)).toBeLessThanOrEqual(300);
});

it("with Redis unreachable, drops and counts records instead of queueing them", async () => {
  const down = new Redis(`redis://127.0.0.1:${await freePort()}`, {
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
    lazyConnect: true,
  });
  down.on("error", () => undefined);
  const sink = new RedisStreamAuditSink(down, { maxInFlight: 8 });
  for (let seq = 1; seq <= 100; seq++) sink.export({ seq, ts: seq, event: "authorize" });
  await expect.poll(() => sink.dropped, { timeout: 10_000 }).toBe(100);
  expect(sink.pending).toBe(0);
  down.disconnect();
});

it.runIf(available)("appends argument names in place of their values, unless told to include them", async () => {
  const key = `${prefix}args`;
  const record = {
    seq: 3,
    ts: 3,
    event: "authorize" as const,
    decisionId: "d3",
    arguments: { q: "value-CANARY", nested: { note: "x" } },
    decision: "allow" as const,
  };
  const sink = new RedisStreamAuditSink(redis, { key });
  sink.export(record);
  new RedisStreamAuditSink(redis, { key, includeArguments: true }).export({ ...record, seq: 4 });
  await expect.poll(async () => (await redis.xrange(key, "-", "+")).length).toBe(2);
  const [first, second] = (await redis.xrange(key, "-", "+")).map(([, fields]) => JSON.parse(fields[3]!));
  await redis.del(key);
  expect(first).toEqual({ ts: 3, event: "authorize", decisionId: "d3", argumentNames: ["q", "nested"], decision: "allow" });
  expect(JSON.stringify(first)).not.toContain("value-CANARY");
  expect(second.arguments).toEqual(record.arguments);
});

it("bounds the argument names as the OTLP log records do", () => {
  const args = Object.fromEntries(Array.from({ length: 70 }, (_, i) => [i === 0 ? "n".repeat(300) : `arg${i}`, i]));
  const json = JSON.parse(streamRecordJson({ seq: 1, ts: 1, event: "authorize", arguments: args }));
  expect(json.argumentNames).toHaveLength(64);
  expect(json.argumentNames[0]).toBe("n".repeat(256));
  expect(json.argumentCount).toBe(70);
  expect(json.arguments).toBeUndefined();
});

it("settle gives appends in flight a bounded time, then counts them (and later records) as dropped, once", async () => {
  // A Redis that never answers: every XADD stays pending.
  const hung = { xadd: () => new Promise<string>(() => undefined) } as unknown as Pick<Redis, "xadd">;
  const drops: [string, number][] = [];
  const sink = new RedisStreamAuditSink(hung, { maxInFlight: 3, onDrop: (cause, count) => drops.push([cause, count]) });
  for (let seq = 1; seq <= 5; seq++) sink.export({ seq, ts: seq, event: "authorize" });
  expect(sink.pending).toBe(3);
  expect(drops).toEqual([
    ["backlog", 1],
    ["backlog", 1],
  ]);
  expect(await sink.settle(20)).toBe(3);
  expect(sink.pending).toBe(0);
  sink.export({ seq: 6, ts: 6, event: "authorize" });
  expect(sink.dropped).toBe(6);
  expect(drops.slice(2)).toEqual([
    ["shutdown", 3],
    ["shutdown", 1],
  ]);
});

it("settle returns as soon as the appends in flight are answered", async () => {
  let answer: () => void = () => undefined;
  const slow = { xadd: () => new Promise<string>((resolve) => (answer = () => resolve("1-0"))) } as unknown as Pick<Redis, "xadd">;
  const sink = new RedisStreamAuditSink(slow);
  sink.export({ seq: 1, ts: 1, event: "authorize" });
  const settling = sink.settle(600_000);
  answer();
  expect(await settling).toBe(0);
  expect(sink.dropped).toBe(0);
});
