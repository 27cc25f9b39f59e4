/**
 * The Redis Stream audit sink against a real Redis: entries carry the sequence number and the
 * record's JSON, the stream stays capped, and with Redis unreachable records are dropped and
 * counted without blocking or throwing.
 */
import { Redis } from "ioredis";
import { afterAll, beforeAll, expect, it } from "vitest";
import { RedisStreamAuditSink } from "../../../sidecar/src/telemetry/index.js";
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
