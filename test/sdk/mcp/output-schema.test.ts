/**
 * A tool that declares an `outputSchema` and returns a secret or an email in
 * `structuredContent`: ScanResponse masks it (MUTATE) to `[SECRET_1]` / `[EMAIL_1]`, which no
 * longer matches the schema's `pattern` / `format`. The agent's stock MCP client validates
 * structured results against the schema and threw, losing the whole result (governServer),
 * or the host was handed schema-invalid data after its client had validated the unmasked
 * result (wrapClient). Now such a result is withheld as an honest isError result, recorded
 * BLOCKED, the scan's findings kept; a masked result that still conforms passes as before.
 */
import { createServer, type Server as HttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import * as z from "zod";
import { createGovernanceClient, type GovernanceClient } from "@portcullis/sdk";
import { hashToken } from "@portcullis/sidecar";
import { DECISION_META_KEY, governServer, OutcomeRecorder, wrapClient, type McpToolResult } from "@portcullis/sdk/mcp";
import { startTestSidecar, type TestSidecar } from "./jira-fixture.js";

const TOKEN = "schema-agent-token";
const POLICY = [
  "version: 1",
  "subjects:",
  `  - { id: agent:schema, roles: [dev], tokenSha256: ${hashToken(TOKEN)} }`,
  "roles:",
  "  dev: { servers: { accounts: { allow: ['*'] } } }",
  "guardrails:",
  "  - { tools: ['accounts/*'], pii: mutate, secrets: mutate, deadlineMs: 10000 }",
].join("\n");

const GH = `ghp_${"a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8"}`;

/** A server with a tool whose masked content breaks its schema, and one whose masked content still fits. */
function accountsServer(): McpServer {
  const server = new McpServer({ name: "accounts", version: "1.0.0" });
  server.registerTool(
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
  server.registerTool(
    "note",
    { inputSchema: { id: z.string() }, outputSchema: { id: z.string(), note: z.string() }, annotations: { readOnlyHint: true } },
    async ({ id }) => {
      const structuredContent = { id, note: "write to alice@example.com" };
      return { content: [{ type: "text" as const, text: JSON.stringify(structuredContent) }], structuredContent };
    },
  );
  return server;
}

let sidecar: TestSidecar;
let http: HttpServer;
let url: URL;
const clients: Client[] = [];
const textOf = (r: unknown) => ((r as McpToolResult).content as { text: string }[]).map((c) => c.text).join("\n");
const idOf = (r: unknown) => ((r as McpToolResult)._meta?.[DECISION_META_KEY] as { decisionId?: string } | undefined)?.decisionId ?? "";

beforeAll(async () => {
  sidecar = await startTestSidecar(POLICY);
  // governServer as a team runs it: stateless Streamable HTTP, a governed server per request.
  http = createServer((req, res) => {
    const server = governServer(accountsServer(), { governance: sidecar.governance, server: "accounts" });
    const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
    res.on("close", () => void server.close());
    void server.connect(transport).then(() => transport.handleRequest(Object.assign(req, { auth: { token: TOKEN, clientId: "c", scopes: [] } }), res));
  });
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  url = new URL(`http://127.0.0.1:${(http.address() as AddressInfo).port}/mcp`);
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await new Promise((resolve) => http.close(resolve));
  await sidecar.close();
});

/** The call's own outcome record and its scan's record. */
async function recordsOf(decisionId: string) {
  const records = (await sidecar.records()).filter((r) => r.decisionId === decisionId);
  return { outcome: records.find((r) => r.event === "outcome"), scan: records.find((r) => r.event === "scan_response") };
}

async function expectWithheld(result: McpToolResult, recorder?: OutcomeRecorder): Promise<void> {
  await recorder?.drain();
  expect(result.isError).toBe(true);
  expect(result.structuredContent).toBeUndefined();
  expect(textOf(result)).toMatch(/^The response of account on accounts was withheld: .*masked content would not match the tool's output schema/);
  expect(JSON.stringify(result)).not.toContain(GH);
  const { outcome, scan } = await recordsOf(idOf(result));
  expect(outcome).toMatchObject({ outcome: { status: "BLOCKED" }, attrs: { scan: "MUTATE", withheld: "output_schema" } });
  expect(scan?.decision).toBe("mutate");
  expect(scan?.findings?.length).toBeGreaterThan(0);
}

/** The caller's bearer token on every message, as an authenticating transport hands it to the server. */
function withToken<T extends { send: (message: never, options?: never) => Promise<void> }>(transport: T): T {
  const send = transport.send.bind(transport) as (message: unknown, options?: Record<string, unknown>) => Promise<void>;
  const authInfo = { token: TOKEN, clientId: "c", scopes: [] };
  (transport as { send: unknown }).send = (message: unknown, options?: Record<string, unknown>) => send(message, { ...options, authInfo });
  return transport;
}

/** A governance client of its own: one that has seen no tools/list (a restarted or another replica). */
function freshGovernance(): GovernanceClient {
  const governance = createGovernanceClient({ transport: sidecar.embedded.transport, timeoutMs: 10_000 });
  closers.push(async () => governance.close());
  return governance;
}
const closers: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const close of closers) await close();
});

describe("masked structured content and the tool's output schema", () => {
  it("governServer: a stock v1 client gets an isError result instead of throwing on a masked result", async () => {
    const client = new Client({ name: "agent", version: "1.0.0" });
    await client.connect(new StreamableHTTPClientTransport(url));
    clients.push(client);
    await client.listTools();
    // Before: the client threw "Structured content does not match the tool's output schema".
    const account = (await client.callTool({ name: "account", arguments: { id: "1" } })) as McpToolResult;
    await expectWithheld(account);
    const note = (await client.callTool({ name: "note", arguments: { id: "1" } })) as McpToolResult;
    expect(note.isError).toBeFalsy();
    expect(note.structuredContent).toEqual({ id: "1", note: "write to [EMAIL_1]" });
  });

  it("wrapClient: the host never gets masked content that breaks the schema its client checked", async () => {
    const recorder = new OutcomeRecorder();
    const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
    await accountsServer().connect(serverSide);
    const client = wrapClient(new Client({ name: "host", version: "1.0.0" }), {
      governance: sidecar.governance,
      server: "accounts",
      token: TOKEN,
      recorder,
    });
    await client.connect(clientSide);
    clients.push(client);
    expect((await client.listTools()).tools.map((t) => t.name).sort()).toEqual(["account", "note"]);
    await expectWithheld((await client.callTool({ name: "account", arguments: { id: "1" } })) as McpToolResult, recorder);
    const note = (await client.callTool({ name: "note", arguments: { id: "1" } })) as McpToolResult;
    expect(note.isError).toBeFalsy();
    expect(note.structuredContent).toEqual({ id: "1", note: "write to [EMAIL_1]" });
    await recorder.drain();
    const { outcome } = await recordsOf(idOf(note));
    expect(outcome).toMatchObject({ outcome: { status: "SUCCESS" }, attrs: { scan: "MUTATE" } });
    await client.close();
  });

  it("governServer: checks a call whose tool was never listed through it (the list read once for the schema)", async () => {
    const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
    const recorder = new OutcomeRecorder();
    await governServer(accountsServer(), { governance: freshGovernance(), server: "accounts", recorder }).connect(serverSide);
    const client = new Client({ name: "agent", version: "1.0.0" });
    await client.connect(withToken(clientSide));
    closers.push(() => client.close());
    // Before: the masked content went out, breaking the schema the tool declares.
    await expectWithheld((await client.callTool({ name: "account", arguments: { id: "1" } })) as McpToolResult, recorder);
  });

  it("governServer: a client that listed on another replica gets an isError result, not a throw", async () => {
    const listed = new Client({ name: "agent", version: "1.0.0" });
    await listed.connect(new StreamableHTTPClientTransport(url));
    clients.push(listed);
    await listed.listTools();
    // The client keeps the schemas it listed; its calls now reach a replica that never listed.
    const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
    await governServer(accountsServer(), { governance: freshGovernance(), server: "accounts" }).connect(serverSide);
    await listed.close();
    await listed.connect(withToken(clientSide));
    // Before: "Structured content does not match the tool's output schema" thrown by the client.
    await expectWithheld((await listed.callTool({ name: "account", arguments: { id: "1" } })) as McpToolResult);
  });

  it("wrapClient: checks a call whose tool the host never listed", async () => {
    const recorder = new OutcomeRecorder();
    const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
    await accountsServer().connect(serverSide);
    const client = wrapClient(new Client({ name: "host", version: "1.0.0" }), { governance: freshGovernance(), server: "accounts", token: TOKEN, recorder });
    await client.connect(clientSide);
    closers.push(() => client.close());
    // Before: the host got masked content that breaks the schema.
    await expectWithheld((await client.callTool({ name: "account", arguments: { id: "1" } })) as McpToolResult, recorder);
  });
});
