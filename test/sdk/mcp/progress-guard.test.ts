/**
 * A governed call's progress passes its guardrails, like its answer: real v1 and v2 servers
 * whose tool reports progress with a GitHub token in the message, real v1 and v2 clients,
 * in memory, and a real embedded sidecar — through wrapClient (the caller's `onprogress`) and
 * through governServer (the handler's `sendNotification` / `ctx.mcpReq.notify`). A message the
 * profile mutates arrives with the secret replaced, one it blocks arrives as its numbers only,
 * in the order sent, and nothing of a call's progress arrives after its result.
 *
 * The tool waits until the caller has seen each report before sending the next (a test hook,
 * shared in this process), so every report goes out on its own rather than coalesced.
 */
import { Client as V2Client, InMemoryTransport as V2InMemoryTransport } from "@modelcontextprotocol/client";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { McpServer as V2McpServer } from "@modelcontextprotocol/server";
import { governServer, wrapClient, type McpToolResult } from "@portcullis/sdk/mcp";
import { hashToken } from "@portcullis/sidecar";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as z from "zod";
import { startTestSidecar, type TestSidecar } from "./jira-fixture.js";

const POLICY = [
  "version: 1",
  "subjects:",
  `  - { id: agent:support-bot, roles: [support], tokenSha256: ${hashToken("support-token")} }`,
  "roles:",
  "  support: { servers: { jira: { allow: [export, purge] } } }",
  "guardrails:",
  "  - { tools: ['jira/export'], secrets: mutate, deadlineMs: 10000 }",
  "  - { tools: ['jira/purge'], secrets: block, deadlineMs: 10000 }",
].join("\n");

const SECRET = `ghp_${"Z9y8X7w6V5u4T3s2R1q0P9o8N7m6L5k4J3i2"}`;
const STEPS = 3;

let sidecar: TestSidecar;
const closers: (() => Promise<void>)[] = [];

beforeAll(async () => {
  sidecar = await startTestSidecar(POLICY);
});
afterAll(async () => {
  for (const close of closers) await close();
  await sidecar.close();
});

/** What the caller saw of one call: its progress reports and its result, in order. */
interface Seen {
  events: ({ progress: number; total?: number; message?: string } | "result")[];
  /** Resolves when the caller has seen report `n`. */
  seen(n: number): Promise<void>;
  onprogress(p: { progress: number; total?: number; message?: string }): void;
}

function observer(): Seen {
  const events: Seen["events"] = [];
  const waiting = new Map<number, () => void>();
  let highest = 0;
  return {
    events,
    seen: (n) => (highest >= n ? Promise.resolve() : new Promise((resolve) => waiting.set(n, resolve))),
    onprogress(p) {
      events.push({ progress: p.progress, total: p.total, ...(p.message === undefined ? {} : { message: p.message }) });
      highest = Math.max(highest, p.progress);
      for (const [n, resolve] of waiting) if (n <= highest) resolve();
    },
  };
}

/** The observer the tool reports to: the one of the call in flight. */
let current: Seen = observer();

/** The tool body: reports `step i <secret>` STEPS times, each once the caller saw the one before. */
async function report(send: (n: { method: "notifications/progress"; params: Record<string, unknown> }) => Promise<void>, token: unknown) {
  for (let i = 1; i <= STEPS; i++) {
    await send({ method: "notifications/progress", params: { progressToken: token, progress: i, total: STEPS, message: `step ${i} ${SECRET}` } });
    await current.seen(i);
  }
  return { content: [{ type: "text" as const, text: "done" }] };
}

function v1Server(): McpServer {
  const server = new McpServer({ name: "jira", version: "1.0.0" });
  for (const name of ["export", "purge"]) {
    server.registerTool(name, { inputSchema: {} }, async (_args, extra) => report((n) => extra.sendNotification(n as never), extra._meta?.progressToken));
  }
  return server;
}

function v2Server(): V2McpServer {
  const server = new V2McpServer({ name: "jira", version: "2.0.0" });
  for (const name of ["export", "purge"]) {
    server.registerTool(name, { inputSchema: z.object({}) }, async (_args, ctx) =>
      report((n) => ctx.mcpReq.notify(n as never), (ctx.mcpReq._meta as { progressToken?: unknown } | undefined)?.progressToken),
    );
  }
  return server;
}

/** The caller's bearer token on every message, as an authenticating transport hands it to the server. */
function withToken<T extends { send: (message: never, options?: never) => Promise<void> }>(transport: T): T {
  const send = transport.send.bind(transport) as (message: unknown, options?: Record<string, unknown>) => Promise<void>;
  const authInfo = { token: "support-token", clientId: "test-host", scopes: [] };
  (transport as { send: unknown }).send = (message: unknown, options?: Record<string, unknown>) => send(message, { ...options, authInfo });
  return transport;
}

type Call = (name: string, onprogress: Seen["onprogress"]) => Promise<McpToolResult>;

async function wrappedV1(): Promise<Call> {
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await v1Server().connect(serverSide);
  const client = wrapClient(new Client({ name: "test-host", version: "1.0.0" }), { governance: sidecar.governance, server: "jira", token: "support-token" });
  await client.connect(clientSide);
  closers.push(() => client.close());
  return async (name, onprogress) => (await client.callTool({ name, arguments: {} }, undefined, { onprogress })) as McpToolResult;
}

async function wrappedV2(): Promise<Call> {
  const [clientSide, serverSide] = V2InMemoryTransport.createLinkedPair();
  await v2Server().connect(serverSide);
  const client = wrapClient(new V2Client({ name: "test-host", version: "1.0.0" }), { governance: sidecar.governance, server: "jira", token: "support-token" });
  await client.connect(clientSide);
  closers.push(() => client.close());
  return async (name, onprogress) => (await client.callTool({ name, arguments: {} }, { onprogress })) as McpToolResult;
}

async function governedV1(): Promise<Call> {
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await governServer(v1Server(), { governance: sidecar.governance, server: "jira" }).connect(serverSide);
  const client = new Client({ name: "test-host", version: "1.0.0" });
  await client.connect(withToken(clientSide));
  closers.push(() => client.close());
  return async (name, onprogress) => (await client.callTool({ name, arguments: {} }, undefined, { onprogress })) as McpToolResult;
}

async function governedV2(): Promise<Call> {
  const [clientSide, serverSide] = V2InMemoryTransport.createLinkedPair();
  await governServer(v2Server(), { governance: sidecar.governance, server: "jira" }).connect(serverSide);
  const client = new V2Client({ name: "test-host", version: "1.0.0" });
  await client.connect(withToken(clientSide));
  closers.push(() => client.close());
  return async (name, onprogress) => (await client.callTool({ name, arguments: {} }, { onprogress })) as McpToolResult;
}

/** Calls `name`, and what its caller saw, the result included, once one more call has gone by. */
async function observe(call: Call, name: string): Promise<Seen["events"]> {
  const seen = observer();
  current = seen;
  const result = await call(name, (p) => seen.onprogress(p));
  expect(result.isError, JSON.stringify(result)).toBeFalsy();
  seen.events.push("result");
  // Whatever of its progress could still come would have come by the end of another call.
  const next = observer();
  current = next;
  await call("export", (p) => next.onprogress(p));
  return seen.events;
}

describe.each([
  ["wrapClient, v1 Client", wrappedV1],
  ["wrapClient, v2 Client", wrappedV2],
  ["governServer, v1 McpServer", governedV1],
  ["governServer, v2 McpServer", governedV2],
])("progress through the guardrails: %s", (_label, connect) => {
  let call: Call;
  beforeAll(async () => {
    call = await connect();
  });

  it("replaces a secret in a progress message the profile mutates, in order, none after the result", async () => {
    const events = await observe(call, "export");
    expect(JSON.stringify(events)).not.toContain(SECRET);
    expect(events.at(-1)).toBe("result");
    const reports = events.slice(0, -1) as { progress: number; message?: string }[];
    expect(reports.map((r) => r.progress)).toEqual([1, 2, 3]);
    for (const [i, r] of reports.entries()) expect(r.message).toMatch(new RegExp(`^step ${i + 1} \\[SECRET_1\\]$`));
  });

  it("passes the numbers of a progress report whose message the profile blocks, without the message", async () => {
    const events = await observe(call, "purge");
    expect(events).toEqual([{ progress: 1, total: STEPS }, { progress: 2, total: STEPS }, { progress: 3, total: STEPS }, "result"]);
  });
});
