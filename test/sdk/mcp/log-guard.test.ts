/**
 * A governed call's log messages pass its guardrails, like its progress and its answer: under
 * governServer a tool handler's `notifications/message` — v1 `extra.sendNotification`, v2
 * `ctx.mcpReq.notify` and `ctx.mcpReq.log` (which v2 builds over the request's own notify, not
 * the one the handler is given), and the server-wide `sendLoggingMessage` (v1 and v2) while
 * the handler runs — went out unscanned, a GitHub token in the message included.
 * Now a message the profile mutates arrives masked (a string `data`, and the strings of a
 * structured one), one it blocks is withheld, in the order sent, and none after the result.
 * Real v1 and v2 McpServers, stock v1 and v2 clients in memory, a real embedded sidecar.
 */
import { Client as V2Client, InMemoryTransport as V2InMemoryTransport } from "@modelcontextprotocol/client";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { LoggingMessageNotificationSchema } from "@modelcontextprotocol/sdk/types.js";
import { McpServer as V2McpServer } from "@modelcontextprotocol/server";
import { governServer, type McpToolResult } from "@portcullis/sdk/mcp";
import { hashToken } from "@portcullis/sidecar";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as z from "zod";
import { startTestSidecar, type TestSidecar } from "./jira-fixture.js";

const POLICY = [
  "version: 1",
  "subjects:",
  `  - { id: agent:support-bot, roles: [support], tokenSha256: ${hashToken("support-token")} }`,
  "roles:",
  "  support: { servers: { jira: { allow: [export, purge, flood] } } }",
  "guardrails:",
  "  - { tools: ['jira/export'], secrets: mutate, deadlineMs: 10000 }",
  "  - { tools: ['jira/purge'], secrets: block, deadlineMs: 10000 }",
  "  - { tools: ['jira/flood'], secrets: mutate, deadlineMs: 10000 }",
].join("\n");

/** Log messages of one call that wait for their scan at most (progress-guard.ts). */
const MAX_WAITING_LOGS = 64;
const SECRET = `ghp_${"Z9y8X7w6V5u4T3s2R1q0P9o8N7m6L5k4J3i2"}`;

let sidecar: TestSidecar;
const closers: (() => Promise<void>)[] = [];

beforeAll(async () => {
  sidecar = await startTestSidecar(POLICY);
});
afterAll(async () => {
  for (const close of closers) await close();
  await sidecar.close();
});

type Log = (level: "info" | "warning", data: unknown, logger?: string) => Promise<void>;

/** The tool body: three log messages with the secret, one without, sent at once, then the answer (and one more after it). */
async function chatty(log: Log) {
  await Promise.all([
    log("info", `step 1 ${SECRET}`, "export-job"),
    log("info", { step: 2, token: SECRET, note: "plain" }),
    log("warning", "step 3 done"),
    log("info", `step 4 ${SECRET}`),
  ]);
  // Sent once the answer is on its way: never delivered (the next call would have seen it).
  setImmediate(() => void log("info", "after the answer").catch(() => undefined));
  return { content: [{ type: "text" as const, text: "done" }] };
}

const message = (level: string, data: unknown, logger?: string) => ({
  method: "notifications/message" as const,
  params: { level, data, ...(logger === undefined ? {} : { logger }) },
});

function v1Server(via: "sendNotification" | "sendLoggingMessage"): McpServer {
  const server = new McpServer({ name: "jira", version: "1.0.0" }, { capabilities: { logging: {} } });
  for (const name of ["export", "purge"]) {
    server.registerTool(name, { inputSchema: {} }, async (_args, extra) =>
      chatty((level, data, logger) =>
        via === "sendNotification"
          ? extra.sendNotification(message(level, data, logger) as never)
          : server.sendLoggingMessage(message(level, data, logger).params as never, extra.sessionId),
      ),
    );
  }
  return server;
}

function v2Server(via: "log" | "notify" | "sendLoggingMessage"): V2McpServer {
  const server = new V2McpServer({ name: "jira", version: "2.0.0" }, { capabilities: { logging: {} } });
  for (const name of ["export", "purge"]) {
    server.registerTool(name, { inputSchema: z.object({}) }, async (_args, ctx) =>
      chatty((level, data, logger) =>
        via === "log"
          ? ctx.mcpReq.log(level, data, logger)
          : via === "notify"
            ? ctx.mcpReq.notify(message(level, data, logger) as never)
            : server.sendLoggingMessage(message(level, data, logger).params as never, ctx.sessionId),
      ),
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

/** What the caller saw of one call: its log messages' params and its result, in order. */
type Events = (Record<string, unknown> | "result")[];
type Call = (name: string) => Promise<Events>;

function governedV1(via: "sendNotification" | "sendLoggingMessage"): () => Promise<Call> {
  return async () => {
    const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
    await governServer(v1Server(via), { governance: sidecar.governance, server: "jira" }).connect(serverSide);
    const client = new Client({ name: "test-host", version: "1.0.0" });
    let events: Events = [];
    client.setNotificationHandler(LoggingMessageNotificationSchema, (n) => void events.push(n.params));
    await client.connect(withToken(clientSide));
    closers.push(() => client.close());
    return async (name) => {
      events = [];
      const result = (await client.callTool({ name, arguments: {} })) as McpToolResult;
      expect(result.isError, JSON.stringify(result)).toBeFalsy();
      events.push("result");
      return events;
    };
  };
}

function governedV2(via: "log" | "notify" | "sendLoggingMessage"): () => Promise<Call> {
  return async () => {
    const [clientSide, serverSide] = V2InMemoryTransport.createLinkedPair();
    await governServer(v2Server(via), { governance: sidecar.governance, server: "jira" }).connect(serverSide);
    const client = new V2Client({ name: "test-host", version: "1.0.0" });
    let events: Events = [];
    client.setNotificationHandler("notifications/message", (n) => void events.push(n.params as Record<string, unknown>));
    await client.connect(withToken(clientSide));
    await client.setLoggingLevel("debug");
    closers.push(() => client.close());
    return async (name) => {
      events = [];
      const result = (await client.callTool({ name, arguments: {} })) as McpToolResult;
      expect(result.isError, JSON.stringify(result)).toBeFalsy();
      events.push("result");
      return events;
    };
  };
}

/** Whatever of a call's log could still come would have come by the end of another call. */
async function observe(call: Call, name: string): Promise<Events> {
  const events = await call(name);
  const seen = [...events];
  await call("export");
  expect(events).toEqual(seen);
  return seen;
}

describe("governServer: a flood of log messages", () => {
  it(`keeps ${MAX_WAITING_LOGS} waiting behind the one being scanned, withholds the rest, and answers after them`, async () => {
    const server = new McpServer({ name: "jira", version: "1.0.0" }, { capabilities: { logging: {} } });
    server.registerTool("flood", { inputSchema: {} }, async (_args, extra) => {
      await Promise.all(Array.from({ length: MAX_WAITING_LOGS + 10 }, (_, i) => extra.sendNotification(message("info", `line ${i}`) as never)));
      return { content: [{ type: "text" as const, text: "done" }] };
    });
    const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
    await governServer(server, { governance: sidecar.governance, server: "jira" }).connect(serverSide);
    const client = new Client({ name: "test-host", version: "1.0.0" });
    const events: unknown[] = [];
    client.setNotificationHandler(LoggingMessageNotificationSchema, (n) => void events.push(n.params.data));
    await client.connect(withToken(clientSide));
    closers.push(() => client.close());
    const result = (await client.callTool({ name: "flood", arguments: {} })) as McpToolResult;
    expect(result.isError).toBeFalsy();
    expect(events).toEqual(Array.from({ length: MAX_WAITING_LOGS + 1 }, (_, i) => `line ${i}`));
  });
});

describe.each([
  ["v1 McpServer, extra.sendNotification", governedV1("sendNotification")],
  ["v1 McpServer, sendLoggingMessage", governedV1("sendLoggingMessage")],
  ["v2 McpServer, ctx.mcpReq.log", governedV2("log")],
  ["v2 McpServer, ctx.mcpReq.notify", governedV2("notify")],
  ["v2 McpServer, sendLoggingMessage", governedV2("sendLoggingMessage")],
])("governServer: log messages through the guardrails: %s", (_label, connect) => {
  let call: Call;
  beforeAll(async () => {
    call = await connect();
  });

  it("masks a secret in a log message the profile mutates, in order, none after the result", async () => {
    const events = await observe(call, "export");
    expect(JSON.stringify(events)).not.toContain(SECRET);
    expect(events).toEqual([
      { level: "info", logger: "export-job", data: "step 1 [SECRET_1]" },
      { level: "info", data: { step: 2, token: "[SECRET_1]", note: "plain" } },
      { level: "warning", data: "step 3 done" },
      { level: "info", data: "step 4 [SECRET_1]" },
      "result",
    ]);
  });

  it("withholds a log message the profile blocks, and passes the rest", async () => {
    const events = await observe(call, "purge");
    expect(events).toEqual([{ level: "warning", data: "step 3 done" }, "result"]);
  });
});
