/**
 * The gateway's `/readyz` follows its embedded sidecar's readiness, as `serve`'s
 * `grpc.health.v1.Health` does for GovernanceService: with its audit directory removed while
 * it runs, the sidecar refuses every decision (fail closed), and the gateway is taken out of
 * rotation (`503 NOT_SERVING`) while `/healthz` stays `SERVING`; recreated, the trail resumes
 * and `/readyz` is `SERVING` again. And before its start-up has finished — held here on the
 * session handover file, a FIFO the start reads until the test writes it — the listener is
 * already open: `/healthz` 200, `/readyz` 503, an MCP request 503 with Retry-After (it used to
 * be a refused connection). Real parts: the gateway in this process with an audit trail, a v1
 * MCP server downstream, the v1 client upstream.
 */
import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { createLogger, hashToken } from "@portcullis/sidecar";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { parseGatewayConfig, startGateway, type Gateway } from "../../sidecar/src/gateway/index.js";
import { startHttpMcpServer, type HttpMcpServer } from "../helpers/http-mcp-server.js";
import { policyFile } from "../helpers/policy-file.js";
import { REPO } from "../helpers/paths.js";
import { freePort } from "../helpers/redis.js";

const TOKEN = "readiness-agent-token-93c1";
const POLICY = `version: 1\nsubjects:\n  - { id: agent:ready, roles: [r], tokenSha256: ${hashToken(TOKEN)} }\nroles:\n  r: { servers: { crm: { allow: [search] } } }\n`;

let crm: HttpMcpServer;
let gateway: Gateway;
let auditDir: string;

beforeAll(async () => {
  crm = await startHttpMcpServer();
  const dir = await mkdtemp(join(tmpdir(), "pcl-gateway-readiness-"));
  auditDir = join(dir, "audit");
  const config = parseGatewayConfig(
    [`policy: ${JSON.stringify(await policyFile(POLICY))}`, "listen: 127.0.0.1:0", "servers:", `  crm: { url: "${crm.url}" }`].join("\n"),
    join(REPO, "gateway-readiness-test.yaml"),
  );
  gateway = await startGateway({
    config,
    logger: createLogger({ level: "silent" }),
    sidecar: { watchPolicy: false, dataDir: join(dir, "data"), audit: { dir: auditDir, mode: "sync" } },
  });
});

afterAll(async () => {
  await gateway?.close();
  await crm?.close();
});

async function probe(path: string, base = gateway.url): Promise<{ status: number; body: string }> {
  const response = await fetch(`${base}${path}`);
  return { status: response.status, body: await response.text() };
}

describe("gateway: /readyz follows the embedded sidecar's readiness", () => {
  it("an audit trail that refuses records takes the gateway out of rotation until it is back; /healthz stays SERVING", async () => {
    const client = new Client({ name: "readiness-agent", version: "1.0.0" });
    await client.connect(
      new StreamableHTTPClientTransport(new URL(gateway.endpointUrl("crm")), { requestInit: { headers: { authorization: `Bearer ${TOKEN}` } } }),
    );
    const search = async () => (await client.callTool({ name: "search", arguments: { q: "x" } })).isError === true;
    try {
      expect(await search()).toBe(false);
      expect(await probe("/readyz")).toEqual({ status: 200, body: '{"status":"SERVING"}' });

      await rm(auditDir, { recursive: true });
      // The trail notices on its next write: calls are refused (fail closed) from then on.
      await vi.waitFor(async () => expect(await search()).toBe(true), { timeout: 20_000, interval: 50 });
      expect(await probe("/readyz")).toEqual({ status: 503, body: '{"status":"NOT_SERVING"}' });
      expect(await probe("/healthz")).toEqual({ status: 200, body: '{"status":"SERVING"}' });

      await mkdir(auditDir);
      await vi.waitFor(async () => expect(await search()).toBe(false), { timeout: 20_000, interval: 50 });
      expect(await probe("/readyz")).toEqual({ status: 200, body: '{"status":"SERVING"}' });
    } finally {
      await client.close();
    }
  });
});

describe("gateway: probes before its start-up has finished", () => {
  it("the listener is open: /healthz 200, /readyz 503, an MCP request 503 with Retry-After; /readyz 200 once started", async () => {
    const dir = await mkdtemp(join(tmpdir(), "pcl-gateway-starting-"));
    const dataDir = join(dir, "data");
    await mkdir(dataDir);
    // The start reads the previous run's session handover: a FIFO holds it there until written.
    const handover = join(dataDir, "gateway-sessions.json");
    execFileSync("mkfifo", [handover]);
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const config = parseGatewayConfig(
      [`policy: ${JSON.stringify(await policyFile(POLICY))}`, `listen: 127.0.0.1:${port}`, "audit: false", "servers:", `  crm: { url: "${crm.url}" }`].join(
        "\n",
      ),
      join(REPO, "gateway-starting-test.yaml"),
    );
    const starting = startGateway({ config, logger: createLogger({ level: "silent" }), sidecar: { watchPolicy: false, dataDir } });
    let started: Gateway | undefined;
    try {
      // Listening (the connection is no longer refused) while the start waits on the handover.
      await vi.waitFor(async () => expect(await probe("/healthz", base)).toEqual({ status: 200, body: '{"status":"SERVING"}' }), {
        timeout: 30_000,
        interval: 50,
      });
      expect(await probe("/readyz", base)).toEqual({ status: 503, body: '{"status":"NOT_SERVING"}' });
      const early = await fetch(`${base}/mcp/crm`, {
        method: "POST",
        headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/json", accept: "application/json, text/event-stream" },
        body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "tools/list" }),
      });
      expect(early.status).toBe(503);
      expect(early.headers.get("retry-after")).toBe("1");
      expect(await early.json()).toEqual({ jsonrpc: "2.0", error: { code: -32000, message: "the gateway is starting; retry shortly" }, id: null });

      await writeFile(handover, "[]");
      started = await starting;
      expect(await probe("/readyz", base)).toEqual({ status: 200, body: '{"status":"SERVING"}' });
    } finally {
      // Never leave the start hanging on the FIFO (a failed assertion above).
      if (!started) await writeFile(handover, "[]").catch(() => undefined);
      await (started ?? (await starting.catch(() => undefined)))?.close();
    }
  });
});
