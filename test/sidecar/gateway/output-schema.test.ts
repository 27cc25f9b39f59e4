/**
 * The gateway masks a secret or an email in a tool's `structuredContent` (ScanResponse
 * MUTATE). Where the tool's `outputSchema` constrains the field (`pattern`, `format: email`),
 * the masked value broke the schema and the agent's stock MCP client threw on the whole
 * result. The gateway now withholds such a result as an isError result (recorded BLOCKED);
 * a masked result that still conforms passes as before.
 */
import { randomBytes } from "node:crypto";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { createLogger, hashToken } from "@portcullis/sidecar";
import * as z from "zod";
import { afterAll, beforeAll, expect, it } from "vitest";
import { parseGatewayConfig, startGateway, type Gateway } from "../../../sidecar/src/gateway/index.js";
import { startHttpMcpServer, type HttpMcpServer } from "../../helpers/http-mcp-server.js";
import { REPO } from "../../helpers/paths.js";
import { policyFile } from "../../helpers/policy-file.js";

const AGENT = "agent-token-outschema-7d2a";
const GH = `ghp_${"a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8"}`;
const POLICY = [
  "version: 1",
  "subjects:",
  `  - { id: alice, roles: [dev], tokenSha256: ${hashToken(AGENT)} }`,
  "roles:",
  "  dev: { servers: { accounts: { allow: ['*'] } } }",
  "guardrails:",
  "  - { tools: ['accounts/*'], pii: mutate, secrets: mutate, deadlineMs: 10000 }",
].join("\n");

let server: HttpMcpServer;
let gateway: Gateway;

beforeAll(async () => {
  server = await startHttpMcpServer();
  server.mcp.registerTool(
    "account",
    {
      inputSchema: { id: z.string() },
      outputSchema: { id: z.string(), email: z.string().email(), apiKey: z.string().regex(/^gh[pousr]_[A-Za-z0-9]{36}$/) },
      annotations: { readOnlyHint: true },
    },
    async ({ id }) => {
      const structuredContent = { id, email: "alice@example.com", apiKey: GH };
      return { content: [{ type: "text" as const, text: JSON.stringify(structuredContent) }], structuredContent };
    },
  );
  server.mcp.registerTool(
    "note",
    { inputSchema: { id: z.string() }, outputSchema: { id: z.string(), note: z.string() }, annotations: { readOnlyHint: true } },
    async ({ id }) => {
      const structuredContent = { id, note: "write to alice@example.com" };
      return { content: [{ type: "text" as const, text: JSON.stringify(structuredContent) }], structuredContent };
    },
  );
  const dir = await mkdtemp(join(tmpdir(), "pcl-gateway-outschema-"));
  const config = parseGatewayConfig(
    [`policy: ${JSON.stringify(await policyFile(POLICY))}`, "listen: 127.0.0.1:0", "servers:", `  accounts: { url: "${server.url}" }`].join("\n"),
    join(REPO, "gateway-outschema-test.yaml"),
  );
  gateway = await startGateway({
    config,
    logger: createLogger({ level: "silent" }),
    sidecar: { watchPolicy: false, dataDir: join(dir, "data"), vaultKey: randomBytes(32).toString("base64") },
  });
});

afterAll(async () => {
  await gateway?.close();
  await server?.close();
});

it("withholds masked structured content that breaks the tool's output schema, as an isError result the stock client accepts", async () => {
  const client = new Client({ name: "outschema-agent", version: "1.0.0" });
  await client.connect(
    new StreamableHTTPClientTransport(new URL(gateway.endpointUrl("accounts")), { requestInit: { headers: { authorization: `Bearer ${AGENT}` } } }),
  );
  try {
    await client.listTools();
    // Before: the client threw "Structured content does not match the tool's output schema".
    const account = await client.callTool({ name: "account", arguments: { id: "1" } });
    expect(account.isError).toBe(true);
    expect(account.structuredContent).toBeUndefined();
    expect((account.content as { text: string }[])[0]!.text).toMatch(/withheld: .*masked content would not match the tool's output schema/);
    expect(JSON.stringify(account)).not.toContain(GH);
    const note = await client.callTool({ name: "note", arguments: { id: "1" } });
    expect(note.isError).toBeFalsy();
    expect(note.structuredContent).toEqual({ id: "1", note: "write to [EMAIL_1]" });
  } finally {
    await client.close();
  }
});
