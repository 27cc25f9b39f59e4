/**
 * A per-user OAuth account (`oauth2-user`) connected through a standalone gateway: the gateway
 * had no connect flow (its callback answered 404, and the caller was told of a `--public-url`
 * flag the gateway does not have), so a user could never connect the account a tool needed.
 * Now the caller without an account gets a connect link on the gateway's public URL; the user's
 * browser follows it (confirmation page, the provider's sign-in, the gateway's callback); and
 * the next call goes out with the user's own token. Real parts: the gateway (embedded sidecar
 * with a vault), oauth2-mock-server as the provider, a v1 McpServer downstream, a v1 client.
 */
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { mkdtemp } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { createLogger, hashToken } from "@portcullis/sidecar";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseGatewayConfig, startGateway, type Gateway } from "../../sidecar/src/gateway/index.js";
import { followConnectLink } from "../helpers/connect-link.js";
import { startHttpMcpServer, type HttpMcpServer } from "../helpers/http-mcp-server.js";
import { startOAuthServer, type OAuthServer } from "../helpers/oauth-server.js";
import { REPO } from "../helpers/paths.js";
import { policyFile } from "../helpers/policy-file.js";

const ALICE = "alice-agent-token-connect-41c9";

let oauth: OAuthServer;
let crm: HttpMcpServer;
let gateway: Gateway;

/** A free loopback port: the gateway's public URL must be known before it starts. */
async function freePort(): Promise<number> {
  const probe = createServer().listen(0, "127.0.0.1");
  await once(probe, "listening");
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

beforeAll(async () => {
  oauth = await startOAuthServer();
  crm = await startHttpMcpServer();
  // What the downstream was called with, without echoing the token (the gateway would redact it).
  crm.mcp.registerTool("whoami", { annotations: { readOnlyHint: true } }, async (extra) => {
    const auth = String(extra.requestInfo?.headers.authorization ?? "");
    return { content: [{ type: "text" as const, text: /^Bearer \S{8,}$/.test(auth) ? "called with a bearer token" : "called without a token" }] };
  });
  const policy = [
    "version: 1",
    "subjects:",
    `  - { id: alice, roles: [crm-user], tokenSha256: ${hashToken(ALICE)} }`,
    "roles:",
    "  crm-user: { servers: { crm: { allow: ['*'] } } }",
    "credentials:",
    `  crm: { type: oauth2-user, authorizeUrl: '${oauth.url}/authorize', tokenUrl: '${oauth.url}/token', clientId: portcullis, scopes: [read, offline_access] }`,
  ].join("\n");
  const port = await freePort();
  const config = parseGatewayConfig(
    [
      `policy: ${JSON.stringify(await policyFile(policy))}`,
      `listen: 127.0.0.1:${port}`,
      `publicUrl: http://127.0.0.1:${port}`,
      "servers:",
      `  crm: { url: "${crm.url}" }`,
    ].join("\n"),
    join(REPO, "gateway-connect-flow-test.yaml"),
  );
  const dir = await mkdtemp(join(tmpdir(), "pcl-gateway-connect-"));
  gateway = await startGateway({
    config,
    logger: createLogger({ level: "silent" }),
    sidecar: { watchPolicy: false, dataDir: join(dir, "data"), vaultKey: randomBytes(32).toString("base64") },
  });
});

afterAll(async () => {
  await gateway?.close();
  await crm?.close();
  await oauth?.stop();
});

const text = (result: unknown) => ((result as { content: { text?: string }[] }).content ?? []).map((c) => c.text ?? "").join("\n");

describe("a per-user OAuth account through the gateway", () => {
  it("is connected through the gateway's own connect link, and the next call carries the user's token", async () => {
    const client = new Client({ name: "connect-flow-agent", version: "1.0.0" });
    await client.connect(
      new StreamableHTTPClientTransport(new URL(gateway.endpointUrl("crm")), { requestInit: { headers: { authorization: `Bearer ${ALICE}` } } }),
    );
    const first = await client.callTool({ name: "whoami", arguments: {} });
    expect(first.isError).toBe(true);
    const link = /connect their account at (\S+) and then retry/.exec(text(first))?.[1];
    expect(link, text(first)).toMatch(new RegExp(`^${gateway.url}/`));
    const outcome = await followConnectLink(link!);
    expect(outcome.status, outcome.page).toBe(200);
    expect(oauth.grants("authorization_code")).toHaveLength(1);
    const second = await client.callTool({ name: "whoami", arguments: {} });
    expect(second.isError ?? false).toBe(false);
    expect(text(second)).toBe("called with a bearer token");
    await client.close();
  });
});
