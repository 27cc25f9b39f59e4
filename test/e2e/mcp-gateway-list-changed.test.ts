/**
 * A gateway session is told when its tool list may have changed, with real parts: the gateway
 * in process (embedded sidecar), `@modelcontextprotocol/server-everything` over Streamable HTTP
 * as a downstream that goes away and comes back on the same port, a v1 SDK McpServer as a
 * downstream that changes its own list, and the v1 SDK client upstream.
 *
 * What it shows: the session advertises `tools.listChanged` and gets
 * `notifications/tools/list_changed` when a downstream behind it goes away, when it comes back
 * (found by the gateway's own background list, no caller calling), when a downstream says its
 * own list changed, and when a policy reload changes what the caller may see. A call to a tool
 * of a downstream that is down says the downstream is unavailable (not that the caller was
 * never shown the tool). A list error reads the same on both protocol revisions, with no
 * doubled `MCP error` prefix. An answer too large to scan is withheld saying so, with the
 * sizes and the setting, to the caller and in the log.
 */
import type { ChildProcess } from "node:child_process";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { ToolListChangedNotificationSchema, type CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { createLogger, hashToken } from "@portcullis/sidecar";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseGatewayConfig, startGateway, type Gateway } from "../../sidecar/src/gateway/index.js";
import { startEverythingHttp } from "../helpers/everything-server.js";
import { startHttpMcpServer, type HttpMcpServer } from "../helpers/http-mcp-server.js";
import { policyFile } from "../helpers/policy-file.js";
import { freePort } from "../helpers/redis.js";
import { REPO } from "../helpers/paths.js";

const TOKEN = "list-changed-agent-token-3f1a";
/** The guardrail's scan bound for `live/huge`, and what that tool answers: well over it. */
const SCAN_MAX_BYTES = 2048;
const HUGE_CHARS = 20_000;

const policyText = (deskTools: string) =>
  [
    "version: 1",
    "subjects:",
    `  - { id: agent:desk, roles: [desk], tokenSha256: ${hashToken(TOKEN)} }`,
    "roles:",
    "  desk:",
    "    servers:",
    "      ehttp: { allow: ['*'] }",
    "      live: { allow: ['*'] }",
    "      dead: { allow: ['*'] }",
    "virtualServers:",
    "  desk:",
    "    roles: [desk]",
    `    tools: [${deskTools}]`,
    "guardrails:",
    `  - { tools: ['live/huge'], maxBytes: ${SCAN_MAX_BYTES} }`,
  ].join("\n");
const DESK = "{ tool: ehttp/echo, as: http_echo }, live/search, live/grow, live/extra, live/huge";

let gateway: Gateway;
let live: HttpMcpServer;
let everything: ChildProcess | undefined;
let everythingPort: number;
let policy: string;
const logLines: string[] = [];
const clients: Client[] = [];

/** A v1 client on `endpoint` counting the list_changed notifications it gets; `next()` waits for the next one. */
async function connect(endpoint: string) {
  const client = new Client({ name: "agent", version: "1.0.0" }, { capabilities: {} });
  let seen = 0;
  let waiting: (() => void) | undefined;
  client.setNotificationHandler(ToolListChangedNotificationSchema, async () => {
    seen++;
    waiting?.();
  });
  await client.connect(
    new StreamableHTTPClientTransport(new URL(gateway.endpointUrl(endpoint)), { requestInit: { headers: { authorization: `Bearer ${TOKEN}` } } }),
  );
  clients.push(client);
  return {
    client,
    /** Resolves at the next notification after this call (none counted before it). */
    next(): Promise<void> {
      const before = seen;
      return new Promise<void>((resolve) => {
        waiting = () => {
          if (seen > before) resolve();
        };
      });
    },
    names: async () => (await client.listTools()).tools.map((t) => t.name).sort(),
  };
}

const textOf = (r: unknown) => ((r as CallToolResult).content ?? []).map((c) => (c.type === "text" ? c.text : "")).join("");

beforeAll(async () => {
  everythingPort = await freePort();
  everything = (await startEverythingHttp(everythingPort)).child;
  live = await startHttpMcpServer();
  live.mcp.registerTool("grow", { annotations: { readOnlyHint: true } }, async () => {
    // The downstream's own list changes: the SDK sends notifications/tools/list_changed.
    live.mcp.registerTool("extra", { annotations: { readOnlyHint: true } }, async () => ({ content: [{ type: "text" as const, text: "extra" }] }));
    return { content: [{ type: "text" as const, text: "grown" }] };
  });
  live.mcp.registerTool("huge", { annotations: { readOnlyHint: true } }, async () => ({ content: [{ type: "text" as const, text: "x".repeat(HUGE_CHARS) }] }));
  policy = await policyFile(policyText(DESK));
  const node = JSON.stringify(process.execPath);
  const config = parseGatewayConfig(
    [
      `policy: ${JSON.stringify(policy)}`,
      "listen: 127.0.0.1:0",
      "audit: false",
      "servers:",
      `  ehttp: { url: "http://127.0.0.1:${everythingPort}/mcp", timeoutMs: 5000 }`,
      `  live: { url: "${live.url}" }`,
      `  dead: { command: ${node}, args: ["-e", "process.exit(3)"] }`,
    ].join("\n"),
    join(REPO, "gateway-test.yaml"),
  );
  gateway = await startGateway({
    config,
    logger: createLogger({ level: "info", destination: { write: (line: string) => void logLines.push(line) } }),
    sidecar: { watchPolicy: false, dataDir: await mkdtemp(join(tmpdir(), "pcl-gateway-")) },
  });
});

afterAll(async () => {
  await Promise.allSettled(clients.map((c) => c.close()));
  await gateway?.close();
  await live?.close();
  everything?.kill();
});

describe("a session is told when its tool list may have changed", () => {
  it("advertises tools.listChanged on the session revision", async () => {
    const { client } = await connect("desk");
    expect(client.getServerCapabilities()?.tools?.listChanged).toBe(true);
  });

  it("a downstream going away and coming back: notified both times; a call meanwhile says it is unavailable", async () => {
    const agent = await connect("desk");
    expect(await agent.names()).toContain("http_echo");
    expect(textOf(await agent.client.callTool({ name: "http_echo", arguments: { message: "hi" } }))).toContain("hi");

    const gone = agent.next();
    everything!.kill();
    await new Promise((resolve) => everything!.once("exit", resolve));
    // The gateway learns it when it next uses the server: this call fails, the connection goes.
    const failed = await agent.client.callTool({ name: "http_echo", arguments: { message: "hi" } });
    expect(failed.isError).toBe(true);
    await gone;
    expect(await agent.names()).not.toContain("http_echo");

    // Left out of the list because its server is down: the caller is told that, not that it was never listed.
    const meanwhile = textOf(await agent.client.callTool({ name: "http_echo", arguments: { message: "hi" } }));
    expect(meanwhile).toContain("downstream 'ehttp' behind 'desk' is unavailable");
    expect(meanwhile).not.toContain("is not among the tools");

    // Back on the same port: nobody calls; the gateway's background list finds it.
    const back = agent.next();
    everything = (await startEverythingHttp(everythingPort)).child;
    await back;
    expect(await agent.names()).toContain("http_echo");
    expect(textOf(await agent.client.callTool({ name: "http_echo", arguments: { message: "again" } }))).toContain("again");
  }, 60_000);

  it("forwards a downstream's own notifications/tools/list_changed", async () => {
    const agent = await connect("desk");
    expect(await agent.names()).not.toContain("extra");
    const changed = agent.next();
    expect(textOf(await agent.client.callTool({ name: "grow", arguments: {} }))).toBe("grown");
    await changed;
    expect(await agent.names()).toContain("extra");
  });

  it("a policy reload that changes what the caller may see is announced", async () => {
    const agent = await connect("desk");
    expect(await agent.names()).toContain("search");
    const changed = agent.next();
    await writeFile(policy, (await readFile(policy, "utf8")).replace("live/search, ", ""));
    expect((await gateway.sidecar.policies.reload()).changed).toBe(true);
    await changed;
    expect(await agent.names()).not.toContain("search");
    await writeFile(policy, policyText(DESK));
    await gateway.sidecar.policies.reload();
  });
});

describe("2026-07-28: no push channel, so no list is cached", () => {
  it("the filtered list says ttlMs 0, cacheScope private, and the capability claims no list_changed", async () => {
    const v2 = await import("@modelcontextprotocol/client");
    const modern = new v2.Client({ name: "v2-agent", version: "1.0.0" }, { versionNegotiation: { mode: { pin: "2026-07-28" } } });
    await modern.connect(
      new v2.StreamableHTTPClientTransport(new URL(gateway.endpointUrl("desk")), { requestInit: { headers: { authorization: `Bearer ${TOKEN}` } } }),
    );
    try {
      const listed = (await modern.listTools()) as { ttlMs?: number; cacheScope?: string };
      expect(listed.ttlMs).toBe(0);
      expect(listed.cacheScope).toBe("private");
      expect(modern.getServerCapabilities()?.tools?.listChanged).not.toBe(true);
    } finally {
      await modern.close();
    }
  });
});

describe("error texts", () => {
  it("a list error has one 'MCP error' prefix on the session revision, and the same words on 2026-07-28", async () => {
    const { client } = await connect("dead");
    const v1 = (await client.listTools().catch((e: unknown) => e)) as Error;
    expect(v1.message).toMatch(/^MCP error -32603: downstream 'dead' /);
    // The wire of both revisions: the message alone.
    const session = await fetch(gateway.endpointUrl("dead"), {
      method: "POST",
      headers: {
        authorization: `Bearer ${TOKEN}`,
        "content-type": "application/json",
        accept: "application/json, text/event-stream",
        "mcp-session-id": (client.transport as StreamableHTTPClientTransport).sessionId!,
        "mcp-protocol-version": "2025-11-25",
      },
      body: JSON.stringify({ jsonrpc: "2.0", id: 7, method: "tools/list" }),
    });
    const sessionError = ((await session.json()) as { error: { message: string } }).error.message;
    expect(sessionError).toMatch(/^downstream 'dead' is unavailable \(/);
    const v2 = await import("@modelcontextprotocol/client");
    const modern = new v2.Client({ name: "v2-agent", version: "1.0.0" }, { versionNegotiation: { mode: { pin: "2026-07-28" } } });
    await modern.connect(
      new v2.StreamableHTTPClientTransport(new URL(gateway.endpointUrl("dead")), { requestInit: { headers: { authorization: `Bearer ${TOKEN}` } } }),
    );
    try {
      const modernError = (await modern.listTools().catch((e: unknown) => e)) as Error;
      // The v2 client shows the wire's message as it is: the same words, no prefix.
      expect(modernError.message).toMatch(/^downstream 'dead' is unavailable \(/);
    } finally {
      await modern.close();
    }
  });

  it("an answer too large to scan is withheld saying so, with sizes and the setting, to the caller and in the log", async () => {
    const { client } = await connect("desk");
    const result = (await client.callTool({ name: "huge", arguments: {} })) as CallToolResult;
    expect(result.isError).toBe(true);
    const said = textOf(result);
    expect(said).toContain("too large for the governance sidecar to inspect");
    expect(said).toContain("guardrails.maxBytes");
    expect(said).not.toContain("xxxx");
    await gateway.close();
    const withheld = logLines.map((l) => JSON.parse(l) as { msg: string; why?: string }).find((l) => l.msg === "response withheld: not inspected");
    expect(withheld?.why).toContain("too large to inspect");
    expect(withheld?.why).toContain("guardrails.maxBytes");
  });
});
