/**
 * The gateway's `/readyz` follows its embedded sidecar's readiness, as `serve`'s
 * `grpc.health.v1.Health` does for GovernanceService: with its audit directory removed while
 * it runs, the sidecar refuses every decision (fail closed), and the gateway is taken out of
 * rotation (`503 NOT_SERVING`) while `/healthz` stays `SERVING`; recreated, the trail resumes
 * and `/readyz` is `SERVING` again. Real parts: the gateway in this process with an audit
 * trail, a v1 MCP server downstream, the v1 client upstream.
 */
import { mkdir, mkdtemp, rm } from "node:fs/promises";
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

async function probe(path: string): Promise<{ status: number; body: string }> {
  const response = await fetch(`${gateway.url}${path}`);
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
