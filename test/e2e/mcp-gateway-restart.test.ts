/**
 * A gateway restart, with `portcullis gateway` as a real child process and real clients: a v1
 * client (2025-11-25, sessions) and a v2 client pinned to 2026-07-28 (sessionless). When the
 * gateway stops — SIGTERM, and separately SIGKILL — a call in flight and the calls after it
 * fail with an error before their deadline, none naming a credential; the outcome records of
 * the calls made before a SIGTERM (the one in flight included) are in the audit trail. Once
 * the gateway is back on the same port, the v2 client goes on with no step at all; so does
 * the v1 client after a SIGTERM (the gateway hands its sessions over to the next process),
 * while after a SIGKILL its session is gone: 404, and the client starts a new one as the spec
 * prescribes (the v1 SDK leaves that to the host: close and connect again). With
 * `--otlp-endpoint`, the audit records of a call carry the trace id its `_meta` named.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { once } from "node:events";
import { mkdtemp, writeFile } from "node:fs/promises";
import { createServer as createHttpServer } from "node:http";
import { createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { DECISION_META_KEY, type McpToolResult } from "@portcullis/sdk/mcp";
import { hashToken, readRecords, type AuditRecord } from "@portcullis/sidecar";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as z from "zod";
import { startOtlpReceiver, type OtlpReceiver } from "../helpers/otlp-receiver.js";
import { readBody } from "../helpers/http-mcp-server.js";
import { CLI, REPO } from "../helpers/paths.js";

const TOKEN = "restart-agent-token-7c0e";
const OTHER_TOKEN = "restart-other-token-19ab";
/** The credential the gateway injects downstream: it must never reach an agent. */
const DOWNSTREAM_SECRET = "downstream-CANARY-51d2e8";
const TRACE_ID = "5cf92f3577b34da6a3ce929d0e0e4799";
const TRACEPARENT = `00-${TRACE_ID}-00f067aa0ba902b7-01`;
/** Each client call's deadline: a failure must come before it, not be it. */
const CALL_DEADLINE_MS = 30_000;

let crm: { url: string; close(): Promise<void> };
let otlp: OtlpReceiver;
let entered: () => void = () => undefined;
let dir: string;
let configFile: string;
let url: URL;
let gateway: GatewayProcess | undefined;
const v1 = { client: undefined as Client | undefined };
let v2client: { callTool(p: object, o?: object): Promise<unknown>; close(): Promise<void>; getProtocolEra(): string };

interface GatewayProcess {
  readonly child: ChildProcess;
  readonly output: string[];
  readonly exited: Promise<number | null>;
}

/**
 * The downstream: a v1 McpServer over Streamable HTTP, one session per gateway process that
 * connects (a restarted gateway opens a new one). `search` echoes `q`; `wait` stays in flight
 * until the gateway goes, and says when it has arrived.
 */
async function startCrm(): Promise<{ url: string; close(): Promise<void> }> {
  const sessions = new Map<string, StreamableHTTPServerTransport>();
  const servers: McpServer[] = [];
  const open = async () => {
    const server = new McpServer({ name: "crm", version: "1.0.0" });
    server.registerTool("search", { inputSchema: { q: z.string() }, annotations: { readOnlyHint: true } }, async ({ q }) => ({
      content: [{ type: "text" as const, text: `found: ${q}` }],
    }));
    server.registerTool("wait", { annotations: { readOnlyHint: true } }, () => {
      entered();
      return new Promise(() => undefined);
    });
    const transport: StreamableHTTPServerTransport = new StreamableHTTPServerTransport({
      sessionIdGenerator: () => randomUUID(),
      onsessioninitialized: (id) => void sessions.set(id, transport),
    });
    await server.connect(transport);
    servers.push(server);
    return transport;
  };
  const http = createHttpServer((req, res) => {
    void (async () => {
      const body = req.method === "POST" ? await readBody(req) : undefined;
      const id = req.headers["mcp-session-id"];
      const transport = typeof id === "string" ? sessions.get(id) : await open();
      if (!transport) return void res.writeHead(404).end();
      await transport.handleRequest(req, res, body);
    })();
  });
  http.listen(0, "127.0.0.1");
  await once(http, "listening");
  return {
    url: `http://127.0.0.1:${(http.address() as AddressInfo).port}/mcp`,
    async close() {
      await Promise.allSettled(servers.map((s) => s.close()));
      http.closeAllConnections();
      await new Promise((resolve) => http.close(resolve));
    },
  };
}

async function freePort(): Promise<number> {
  const probe = createServer().listen(0, "127.0.0.1");
  await once(probe, "listening");
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** Starts `portcullis gateway --config …` and waits for its "listening" line. */
async function startGatewayProcess(): Promise<GatewayProcess> {
  // A short drain: the `wait` call never ends by itself, and is cut off at the deadline.
  const child = spawn(process.execPath, [CLI, "gateway", "--config", configFile, "--otlp-endpoint", otlp.url, "--drain-timeout", "500"], {
    cwd: REPO,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const listening = new Promise<void>((resolve) => {
    createInterface({ input: child.stdout! }).on("line", (line) => {
      output.push(line);
      if (line.startsWith("portcullis gateway listening on ")) resolve();
    });
  });
  createInterface({ input: child.stderr! }).on("line", (line) => output.push(line));
  await Promise.race([
    listening,
    exited.then((code) => {
      throw new Error(`gateway exited with ${code} before listening:\n${output.join("\n")}`);
    }),
  ]);
  return { child, output, exited };
}

async function connectV1(): Promise<Client> {
  const client = new Client({ name: "v1-agent", version: "1.0.0" });
  await client.connect(new StreamableHTTPClientTransport(url, { requestInit: { headers: { authorization: `Bearer ${TOKEN}` } } }));
  return client;
}

/** How a call ended: its result, or the error it failed with. */
async function settle(call: Promise<unknown>): Promise<{ result?: McpToolResult; error?: Error }> {
  return call.then(
    (result) => ({ result: result as McpToolResult }),
    (error: unknown) => ({ error: error as Error }),
  );
}

/** A failure the agent can act on: an error that is not the client's own deadline, or an isError result; no credential in it. */
function expectCleanFailure(outcome: { result?: McpToolResult; error?: Error }): void {
  if (outcome.error) {
    expect(outcome.error.message).not.toMatch(/timed out/i);
  } else {
    expect(outcome.result?.isError).toBe(true);
  }
  const said = JSON.stringify({ message: outcome.error?.message, cause: String(outcome.error?.cause ?? ""), result: outcome.result });
  expect(said).not.toContain(DOWNSTREAM_SECRET);
  expect(said).not.toContain(TOKEN);
}

const search = (client: Client, q: string) =>
  client.callTool({ name: "search", arguments: { q } }, undefined, { timeout: CALL_DEADLINE_MS }) as Promise<McpToolResult>;
const searchV2 = (q: string) => v2client.callTool({ name: "search", arguments: { q } }, { timeout: CALL_DEADLINE_MS }) as Promise<McpToolResult>;
const textOf = (r: McpToolResult) => (r.content as { text: string }[]).map((c) => c.text).join("\n");
const decisionIdOf = (r: McpToolResult) => (r._meta?.[DECISION_META_KEY] as { decisionId?: string } | undefined)?.decisionId;

async function auditRecords(): Promise<AuditRecord[]> {
  const out: AuditRecord[] = [];
  for await (const { record } of readRecords(join(dir, "audit"))) out.push(record);
  return out;
}

beforeAll(async () => {
  crm = await startCrm();
  otlp = await startOtlpReceiver();
  dir = await mkdtemp(join(tmpdir(), "pcl-gateway-restart-"));
  const port = await freePort();
  url = new URL(`http://127.0.0.1:${port}/mcp/crm`);
  const policy = join(dir, "policy.yaml");
  await writeFile(
    policy,
    [
      "version: 1",
      "subjects:",
      `  - { id: agent:restart, roles: [r], tokenSha256: ${hashToken(TOKEN)} }`,
      `  - { id: agent:other, roles: [r], tokenSha256: ${hashToken(OTHER_TOKEN)} }`,
      "roles:",
      "  r: { servers: { crm: { allow: [search, wait] } } }",
      // A scan deadline fit for a busy two-core test machine (the default would fail closed).
      "guardrails:",
      "  - { tools: ['*'], deadlineMs: 10000 }",
    ].join("\n"),
  );
  configFile = join(dir, "gateway.yaml");
  await writeFile(
    configFile,
    [
      "policy: policy.yaml",
      `listen: 127.0.0.1:${port}`,
      "dataDir: data",
      "audit: { dir: audit, mode: async }",
      "servers:",
      `  crm: { url: "${crm.url}", headers: { x-api-key: "${DOWNSTREAM_SECRET}" }, timeoutMs: 60000 }`,
    ].join("\n"),
  );
  gateway = await startGatewayProcess();
  v1.client = await connectV1();
  const v2 = await import("@modelcontextprotocol/client");
  const client = new v2.Client({ name: "v2-agent", version: "1.0.0" }, { versionNegotiation: { mode: { pin: "2026-07-28" } } });
  await client.connect(new v2.StreamableHTTPClientTransport(url, { requestInit: { headers: { authorization: `Bearer ${TOKEN}` } } }));
  v2client = client as unknown as typeof v2client;
});

afterAll(async () => {
  await v1.client?.close().catch(() => undefined);
  await v2client?.close().catch(() => undefined);
  if (gateway && gateway.child.exitCode === null && gateway.child.signalCode === null) {
    gateway.child.kill("SIGTERM");
    await gateway.exited;
  }
  await crm?.close();
  await otlp?.close();
});

describe("a gateway restart", () => {
  const before: string[] = [];

  it("SIGTERM: the call in flight and the calls after it fail before their deadline, naming no credential", async () => {
    expect(v2client.getProtocolEra()).toBe("modern");
    const traced = v1.client!.callTool({ name: "search", arguments: { q: "before-1" }, _meta: { traceparent: TRACEPARENT } });
    for (const result of [(await traced) as McpToolResult, await searchV2("before-2")]) {
      expect(textOf(result)).toMatch(/^found: before-\d$/);
      before.push(decisionIdOf(result)!);
    }
    const arrived = new Promise<void>((resolve) => (entered = resolve));
    const inFlight = settle(v1.client!.callTool({ name: "wait", arguments: {} }, undefined, { timeout: CALL_DEADLINE_MS }));
    await arrived;
    gateway!.child.kill("SIGTERM");
    // The call in flight is answered, not dropped: its downstream call was cut off at the drain deadline.
    const cutOff = await inFlight;
    expectCleanFailure(cutOff);
    expect(cutOff.result && textOf(cutOff.result)).toBe(
      "The call to wait on crm failed: the call to downstream 'crm' was cut off: the gateway is shutting down; call again once it is back",
    );
    // Cut off at the drain deadline: exit 4.
    expect(await gateway!.exited).toBe(4);
    expectCleanFailure(await settle(search(v1.client!, "while-down")));
    expectCleanFailure(await settle(searchV2("while-down")));
  });

  it("SIGTERM: the outcomes of the calls made before the shutdown, the one in flight included, are in the audit trail", async () => {
    const records = await auditRecords();
    const outcomes = records.filter((r) => r.event === "outcome");
    for (const id of before) expect(outcomes.find((r) => r.decisionId === id)).toMatchObject({ outcome: { status: "SUCCESS" } });
    // With --otlp-endpoint, the records of a call join the trace its _meta named.
    expect(records.filter((r) => r.decisionId === before[0]).map((r) => r.traceId)).toEqual([TRACE_ID, TRACE_ID, TRACE_ID]);
    // The call in flight was cut off by the shutdown: its record says so.
    const waited = records.find((r) => r.event === "authorize" && r.tool === "wait");
    expect(waited).toBeDefined();
    expect(outcomes.find((r) => r.decisionId === waited!.decisionId)).toMatchObject({ outcome: { status: "TRANSPORT_ERROR" } });
  });

  it("restarted on the same port after SIGTERM: both clients go on with no step, the v1 client in its own session", async () => {
    const session = (v1.client!.transport as StreamableHTTPClientTransport).sessionId;
    gateway = await startGatewayProcess();
    expect(textOf(await searchV2("after-term"))).toBe("found: after-term");
    // Still bound to its subject: another caller cannot take the handed-over session.
    const other = await fetch(url, {
      method: "POST",
      headers: {
        authorization: `Bearer ${OTHER_TOKEN}`,
        "mcp-session-id": session!,
        "content-type": "application/json",
        accept: "application/json, text/event-stream",
      },
      body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "tools/list" }),
    });
    expect(other.status).toBe(404);
    expect(textOf(await search(v1.client!, "after-term"))).toBe("found: after-term");
    expect((v1.client!.transport as StreamableHTTPClientTransport).sessionId).toBe(session);
  });

  it("SIGKILL: the same, and the gateway starts again on the state it left (audit trail, token store)", async () => {
    const arrived = new Promise<void>((resolve) => (entered = resolve));
    const inFlight = settle(searchV2("ignored").then(() => v2client.callTool({ name: "wait", arguments: {} }, { timeout: CALL_DEADLINE_MS })));
    await arrived;
    gateway!.child.kill("SIGKILL");
    expectCleanFailure(await inFlight);
    await gateway!.exited;
    expectCleanFailure(await settle(search(v1.client!, "while-killed")));
    expectCleanFailure(await settle(searchV2("while-killed")));

    gateway = await startGatewayProcess();
    expect(textOf(await searchV2("after-kill"))).toBe("found: after-kill");
    // A crash hands nothing over. Spec 2025-11-25: an unknown session gets 404, and the client must start a new one.
    const stale = await settle(search(v1.client!, "stale-session"));
    expect(stale.error?.message).toMatch(/404|Session not found/);
    expectCleanFailure(stale);
    await v1.client!.close();
    v1.client = await connectV1();
    expect(textOf(await search(v1.client, "after-kill"))).toBe("found: after-kill");
  });
});
