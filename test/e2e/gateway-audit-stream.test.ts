/**
 * `portcullis gateway` with `audit: { stream: true }` and `redis:`: the embedded sidecar
 * appends its committed audit records to the Redis Stream as `serve --audit-stream` does — the
 * default key (`pcl:{portcullis}:audit`), the on-disk records' seq and decision ids, no
 * argument value and no token. The gateway has no key prefix of its own, so it runs on a
 * private redis-server rather than the shared one.
 */
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { hashToken, readRecords } from "@portcullis/sidecar";
import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { startGatewayProcess } from "../helpers/gateway-process.js";
import { startHttpMcpServer, type HttpMcpServer } from "../helpers/http-mcp-server.js";
import { redisForTests, startPrivateRedis, type PrivateRedis } from "../helpers/redis.js";

const hasRedis = await redisForTests("gateway audit.stream");
const TOKEN = "gateway-stream-TOKEN-0d9e8f7a6b5c";
const VALUE = "gateway-stream-VALUE-CANARY";
const POLICY = [
  "version: 1",
  "subjects:",
  `  - { id: agent:stream, roles: [r], tokenSha256: ${hashToken(TOKEN)} }`,
  "roles:",
  "  r: { servers: { crm: { allow: [search] } } }",
  "guardrails:",
  "  - { tools: ['*'], deadlineMs: 10000 }",
  "",
].join("\n");

let crm: HttpMcpServer | undefined;
let redisServer: PrivateRedis | undefined;
afterAll(async () => {
  await crm?.close();
  await redisServer?.stop();
});

describe.runIf(hasRedis)("gateway audit.stream", () => {
  it("appends the embedded sidecar's records to the default stream key", async () => {
    crm = await startHttpMcpServer();
    redisServer = await startPrivateRedis();
    const dir = await mkdtemp(join(tmpdir(), "pcl-gateway-stream-"));
    await writeFile(join(dir, "policy.yaml"), POLICY);
    await writeFile(
      join(dir, "gateway.yaml"),
      [
        "policy: policy.yaml",
        "listen: 127.0.0.1:0",
        "dataDir: data",
        "audit: { dir: audit, stream: true }",
        `redis: ${redisServer.url}`,
        "servers:",
        `  crm: { url: "${crm.url}" }`,
        "",
      ].join("\n"),
    );
    const gateway = await startGatewayProcess(join(dir, "gateway.yaml"));
    const client = new Client({ name: "stream-agent", version: "1.0.0" });
    try {
      await client.connect(
        new StreamableHTTPClientTransport(new URL(`${gateway.url}/mcp/crm`), { requestInit: { headers: { authorization: `Bearer ${TOKEN}` } } }),
      );
      for (const q of [VALUE, `${VALUE}-2`]) {
        const result = await client.callTool({ name: "search", arguments: { q } }, undefined, { timeout: 60_000 });
        expect(result.isError).not.toBe(true);
      }
    } finally {
      await client.close().catch(() => undefined);
    }
    expect(await gateway.stop("SIGTERM")).toEqual({ code: 0, signal: null });

    const disk: { seq: number; decisionId: string | undefined; event: string }[] = [];
    for await (const entry of readRecords(join(dir, "audit"))) disk.push({ seq: entry.seq, decisionId: entry.record.decisionId, event: entry.record.event });
    expect(disk.filter((d) => d.event === "authorize")).toHaveLength(2);
    const redis = new Redis(redisServer.url);
    try {
      const entries = await redis.xrange("pcl:{portcullis}:audit", "-", "+");
      const stream = entries.map(([, fields]) => {
        const record = JSON.parse(fields[3]!) as { decisionId?: string; event: string };
        return { seq: Number(fields[1]), decisionId: record.decisionId, event: record.event };
      });
      expect(stream).toEqual(disk);
      const raw = JSON.stringify(entries);
      expect(raw).not.toContain(VALUE);
      expect(raw).not.toContain(TOKEN);
    } finally {
      redis.disconnect();
    }
  });
});
