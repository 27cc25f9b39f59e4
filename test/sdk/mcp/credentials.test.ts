/**
 * Downstream credentials through the MCP wrappers, with a real embedded sidecar whose vault
 * holds them: a stdio-style server gets its credential as environment through a client
 * factory, a Streamable HTTP server gets it as a header on exactly the governed request
 * (credentialFetch), a host that cannot apply a credential fails closed, and a user who has
 * not connected their account gets the connect link — as an isError text for the agent, to
 * the host's hook, and as a URL-mode elicitation (-32042) from a governed server whose client
 * supports it. Secrets never reach a result.
 */
import { randomBytes } from "node:crypto";
import { mkdtemp } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server as HttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient } from "@connectrpc/connect";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { AdminService, createGovernanceClient, CredentialKind, type GovernanceClient } from "@portcullis/sdk";
import { credentialFetch, governServer, wrapClient, type ConnectRequired, type DownstreamCredential, type McpToolResult } from "@portcullis/sdk/mcp";
import { createLogger, hashToken, startEmbedded, type EmbeddedSidecar } from "@portcullis/sidecar";
import { policyFile } from "../../helpers/policy-file.js";
import { jiraServer, type HandlerCall } from "./jira-fixture.js";

const ADMIN = "admin-token-0123456789abcdef-0123456789";
const ENV_SECRET = "env-secret-7f3a9c";
const HEADER_SECRET = "header-secret-51be02";
const PUBLIC_URL = "https://portcullis.example.test";

const POLICY = [
  "version: 1",
  "subjects:",
  `  - { id: alice, roles: [user], tokenSha256: ${hashToken("alice-token")} }`,
  "roles:",
  "  user: { servers: { search: { allow: ['*'] }, web: { allow: ['*'] }, jira: { allow: ['*'] } } }",
  "credentials:",
  "  search: { type: static, apply: { env: { SEARCH_KEY: '{token}' } } }",
  "  web: { type: static, apply: { headers: { authorization: 'Bearer {token}' } } }",
  "  jira: { type: oauth2-user, authorizeUrl: 'https://idp.example.test/authorize', tokenUrl: 'https://idp.example.test/token', clientId: host-app }",
  // A scan deadline fit for a busy two-core test machine (the default 500 ms would fail closed).
  "guardrails:",
  "  - { tools: ['*'], deadlineMs: 10000 }",
].join("\n");

let embedded: EmbeddedSidecar;
let governance: GovernanceClient;
const closers: (() => Promise<unknown>)[] = [];

beforeAll(async () => {
  embedded = await startEmbedded({
    policyFile: await policyFile(POLICY),
    logger: createLogger({ level: "silent" }),
    watchPolicy: false,
    dataDir: await mkdtemp(join(tmpdir(), "pcl-mcp-cred-")),
    vaultKey: randomBytes(32).toString("base64"),
    adminTokenSha256: hashToken(ADMIN),
    publicUrl: PUBLIC_URL,
  });
  governance = createGovernanceClient({ transport: embedded.transport, timeoutMs: 10_000 });
  const admin = createClient(AdminService, embedded.transport);
  const asAdmin = { headers: { authorization: `Bearer ${ADMIN}` } };
  await admin.putCredential({ server: "search", kind: CredentialKind.STATIC, secret: ENV_SECRET }, asAdmin);
  await admin.putCredential({ server: "web", kind: CredentialKind.STATIC, secret: HEADER_SECRET }, asAdmin);
});
afterAll(async () => {
  for (const close of closers.reverse()) await close();
  governance.close();
  await embedded.close();
});

/** A v1 client linked in memory to its own Jira-like server. */
async function linkedClient(calls: HandlerCall[]): Promise<Client> {
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await jiraServer(calls).connect(serverSide);
  const client = new Client({ name: "test-host", version: "1.0.0" });
  await client.connect(clientSide);
  closers.push(() => client.close());
  return client;
}

const textOf = (r: unknown) => ((r as McpToolResult).content as { text: string }[]).map((c) => c.text).join("\n");

describe("credentials in the environment (stdio): a client per credential", () => {
  it("sends the call through a client made for the credential, and reuses it while it stays the same", async () => {
    const base: HandlerCall[] = [];
    const credentialed: HandlerCall[] = [];
    const made: DownstreamCredential[] = [];
    const client = wrapClient(await linkedClient(base), {
      governance,
      server: "search",
      token: "alice-token",
      credentials: async (credential) => {
        made.push(credential);
        return linkedClient(credentialed);
      },
    });
    const first = await client.callTool({ name: "search_issues", arguments: { q: "one" } });
    const second = await client.callTool({ name: "search_issues", arguments: { q: "two" } });
    expect([first.isError, second.isError]).toEqual([undefined, undefined]);
    expect(made.map((c) => c.env)).toEqual([{ SEARCH_KEY: ENV_SECRET }]);
    expect(credentialed.map((c) => c.args)).toEqual([{ q: "one" }, { q: "two" }]);
    expect(base).toEqual([]);
    expect(JSON.stringify([first, second])).not.toContain(ENV_SECRET);
  });

  it("fails closed when the host has no way to apply the credential", async () => {
    const base: HandlerCall[] = [];
    const client = wrapClient(await linkedClient(base), { governance, server: "search", token: "alice-token" });
    const result = await client.callTool({ name: "search_issues", arguments: { q: "x" } });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toContain("this host applies none");
    expect(base).toEqual([]);
  });
});

describe("credentials as headers (Streamable HTTP): credentialFetch", () => {
  let http: HttpServer;
  const seen: { method: string | undefined; authorization: string | undefined }[] = [];

  beforeAll(async () => {
    http = createServer(async (req: IncomingMessage, res) => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const body = JSON.parse(Buffer.concat(chunks).toString() || "null") as { method?: string } | null;
      seen.push({ method: body?.method, authorization: req.headers.authorization });
      const server = jiraServer([]);
      const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
      res.on("close", () => void server.close());
      await server.connect(transport);
      await transport.handleRequest(req, res, body);
    });
    await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
    closers.push(() => new Promise((resolve) => http.close(resolve)));
  });

  it("adds the credential's header to the governed request only", async () => {
    const url = new URL(`http://127.0.0.1:${(http.address() as AddressInfo).port}/mcp`);
    const client = wrapClient(new Client({ name: "test-host", version: "1.0.0" }), { governance, server: "web", token: "alice-token", credentials: "headers" });
    await client.connect(new StreamableHTTPClientTransport(url, { fetch: credentialFetch() }));
    closers.push(() => client.close());
    const result = await client.callTool({ name: "search_issues", arguments: { q: "web" } });
    expect(result.isError).toBeFalsy();
    expect(seen.find((s) => s.method === "tools/call")?.authorization).toBe(`Bearer ${HEADER_SECRET}`);
    expect(seen.filter((s) => s.method !== "tools/call").map((s) => s.authorization)).toEqual(
      seen.filter((s) => s.method !== "tools/call").map(() => undefined),
    );
    expect(seen.some((s) => s.method === "initialize")).toBe(true);
    expect(JSON.stringify(result)).not.toContain(HEADER_SECRET);
  });
});

describe("a user who has not connected their account", () => {
  it("gets the connect link as a readable isError result, and the host's hook is told", async () => {
    const base: HandlerCall[] = [];
    const told: ConnectRequired[] = [];
    const client = wrapClient(await linkedClient(base), {
      governance,
      server: "jira",
      token: "alice-token",
      onConnectRequired: (c) => void told.push(c),
    });
    const result = await client.callTool({ name: "search_issues", arguments: { q: "x" } });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toContain("(CREDENTIAL_REQUIRED)");
    expect(told).toHaveLength(1);
    expect(told[0]!.url.startsWith(`${PUBLIC_URL}/`)).toBe(true);
    expect(textOf(result)).toContain(told[0]!.url);
    expect(base).toEqual([]);
  });

  it("gets a URL-mode elicitation (-32042) from a governed server whose client supports it, else the link as text", async () => {
    const connect = async (capabilities: Record<string, unknown>) => {
      const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
      // What a bearer-auth transport does: the caller's token rides along as authInfo.
      const send = clientSide.send.bind(clientSide);
      clientSide.send = (message, options) => send(message, { ...options, authInfo: { token: "alice-token", clientId: "alice", scopes: [] } });
      await governServer(jiraServer([]), { governance, server: "jira" }).connect(serverSide);
      const client = new Client({ name: "test-host", version: "1.0.0" }, { capabilities });
      await client.connect(clientSide);
      closers.push(() => client.close());
      return client;
    };
    const withUrlMode = await connect({ elicitation: { url: {} } });
    const error = await withUrlMode.callTool({ name: "search_issues", arguments: { q: "x" } }).then(
      () => undefined,
      (err: unknown) => err as { code?: number; data?: { elicitations?: { mode: string; url: string }[] } },
    );
    expect(error?.code).toBe(-32042);
    expect(error?.data?.elicitations?.[0]).toMatchObject({ mode: "url" });
    expect(error?.data?.elicitations?.[0]?.url.startsWith(`${PUBLIC_URL}/`)).toBe(true);

    const plain = await connect({});
    const result = await plain.callTool({ name: "search_issues", arguments: { q: "x" } });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toContain(`${PUBLIC_URL}/`);
  });
});
