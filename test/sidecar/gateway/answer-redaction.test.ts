/**
 * The gateway redacts the credential it injected from the tool's answer — the credential
 * itself, not only as applied. A tool that names the key it got (rather than echoing the
 * header) leaked it when the policy's template was not `Bearer|Basic|Token {token}`: with
 * `ApiKey {token}` (Elastic) or `key={token};v=2` the bare key reached the agent. The gateway
 * now takes the policy's template off the applied value and redacts what is left.
 */
import { randomBytes } from "node:crypto";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { createLogger, hashToken } from "@portcullis/sidecar";
import { afterAll, beforeAll, expect, it } from "vitest";
import { parseGatewayConfig, startGateway, type Gateway } from "../../../sidecar/src/gateway/index.js";
import { startHttpMcpServer, type HttpMcpServer } from "../../helpers/http-mcp-server.js";
import { REPO } from "../../helpers/paths.js";
import { policyFile } from "../../helpers/policy-file.js";

const AGENT = "agent-token-redaction-5c1e";
const KEYS = { elastic: "CANARYkey_5b4a3f2e1d0c9b8a7", billing: "CANARYbill_0e9d8c7b6a5f4e3d" };

const POLICY = [
  "version: 1",
  "subjects:",
  `  - { id: alice, roles: [ops], tokenSha256: ${hashToken(AGENT)} }`,
  "roles:",
  "  ops: { servers: { elastic: { allow: ['*'] }, billing: { allow: ['*'] } } }",
  "credentials:",
  "  elastic: { type: static, apply: { headers: { authorization: 'ApiKey {token}' } } }",
  "  billing: { type: static, apply: { headers: { x-auth: 'key={token};v=2' } } }",
].join("\n");

const servers: Record<string, HttpMcpServer> = {};
let gateway: Gateway;

beforeAll(async () => {
  for (const [name, key] of Object.entries(KEYS)) {
    const server = await startHttpMcpServer();
    // A tool that says which key it was called with (a debugging tool, an error page).
    server.mcp.registerTool("whoami", { annotations: { readOnlyHint: true } }, async () => ({
      content: [{ type: "text" as const, text: `called with key ${key} (region eu-west-1)` }],
      structuredContent: { key, region: "eu-west-1" },
    }));
    servers[name] = server;
  }
  const dir = await mkdtemp(join(tmpdir(), "pcl-gateway-redaction-"));
  const config = parseGatewayConfig(
    [
      `policy: ${JSON.stringify(await policyFile(POLICY))}`,
      "listen: 127.0.0.1:0",
      "servers:",
      ...Object.entries(servers).map(([name, s]) => `  ${name}: { url: "${s.url}" }`),
    ].join("\n"),
    join(REPO, "gateway-redaction-test.yaml"),
  );
  gateway = await startGateway({
    config,
    logger: createLogger({ level: "silent" }),
    sidecar: { watchPolicy: false, dataDir: join(dir, "data"), vaultKey: randomBytes(32).toString("base64") },
  });
  const vault = gateway.sidecar.credentials.vault!;
  for (const [name, key] of Object.entries(KEYS)) await vault.write("", name, "static", { secret: key, expiresAtMs: 0, obtainedAtMs: Date.now() });
});

afterAll(async () => {
  await gateway?.close();
  for (const server of Object.values(servers)) await server.close();
});

for (const [server, template] of [
  ["elastic", "ApiKey {token}"],
  ["billing", "key={token};v=2"],
] as const) {
  it(`redacts the bare credential applied as '${template}' from the answer, and nothing else`, async () => {
    const client = new Client({ name: "redaction-agent", version: "1.0.0" });
    await client.connect(
      new StreamableHTTPClientTransport(new URL(gateway.endpointUrl(server)), { requestInit: { headers: { authorization: `Bearer ${AGENT}` } } }),
    );
    try {
      const result = await client.callTool({ name: "whoami", arguments: {} });
      expect(result.isError).toBeFalsy();
      expect(JSON.stringify(result)).not.toContain(KEYS[server]);
      expect(result.content).toEqual([{ type: "text", text: "called with key [redacted] (region eu-west-1)" }]);
      expect(result.structuredContent).toEqual({ key: "[redacted]", region: "eu-west-1" });
    } finally {
      await client.close();
    }
  });
}
