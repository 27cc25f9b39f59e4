/**
 * The session endpoint's fast path for `tools/call` (session-fast-call.ts), through a real
 * gateway in front of a real v1 MCP server, over raw HTTP so that every header and byte of the
 * answers can be compared: a plain call is answered without the SDK's transport, and exactly as
 * the SDK's path answers the same call; whatever the SDK would refuse or treat differently
 * still goes to the SDK; a client's `notifications/cancelled`, and a session closed mid-call,
 * stop a fast-path call and its downstream call, as they do on the SDK's path.
 */
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createLogger, hashToken } from "@portcullis/sidecar";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { parseGatewayConfig, startGateway, type Gateway } from "../../../sidecar/src/gateway/index.js";
import { JsonSessionTransport } from "../../../sidecar/src/gateway/json-session-transport.js";
import { plainToolCall } from "../../../sidecar/src/gateway/session-fast-call.js";
import { SessionEndpoint } from "../../../sidecar/src/gateway/session-endpoint.js";
import { startHttpMcpServer, type HttpMcpServer } from "../../helpers/http-mcp-server.js";
import { policyFile } from "../../helpers/policy-file.js";
import { REPO } from "../../helpers/paths.js";

const TOKEN = "fast-path-agent-token";
const POLICY =
  `version: 1\nsubjects:\n  - { id: agent:fast, roles: [r], tokenSha256: ${hashToken(TOKEN)} }\nroles:\n  r: { servers: { crm: { allow: [search, slow] } } }\n` +
  "guardrails:\n  - { tools: ['*'], deadlineMs: 10000 }\n";
const JSON_HEADERS = { "content-type": "application/json", accept: "application/json, text/event-stream", authorization: `Bearer ${TOKEN}` };

let crm: HttpMcpServer;
let gateway: Gateway;
/** The `slow` tool's calls: each resolves `aborted` when the gateway cancels it downstream. */
const slowCalls: Array<{ aborted: Promise<void> }> = [];
let slowStarted: () => void = () => undefined;

beforeAll(async () => {
  crm = await startHttpMcpServer();
  crm.mcp.registerTool("slow", { annotations: { readOnlyHint: true } }, async (extra) => {
    slowCalls.push({ aborted: new Promise((resolve) => extra.signal.addEventListener("abort", () => resolve(), { once: true })) });
    slowStarted();
    await new Promise((resolve) => extra.signal.addEventListener("abort", resolve, { once: true }));
    return { content: [{ type: "text" as const, text: "too late" }] };
  });
  const config = parseGatewayConfig(
    [`policy: ${JSON.stringify(await policyFile(POLICY))}`, "listen: 127.0.0.1:0", "servers:", `  crm: { url: "${crm.url}" }`].join("\n"),
    join(REPO, "gateway-fast-path-test.yaml"),
  );
  const dir = await mkdtemp(join(tmpdir(), "pcl-gateway-fast-"));
  gateway = await startGateway({
    config,
    logger: createLogger({ level: "silent" }),
    sidecar: { watchPolicy: false, dataDir: join(dir, "data"), audit: { dir: join(dir, "audit"), mode: "async" } },
  });
});

afterAll(async () => {
  await gateway?.close();
  await crm?.close();
});

afterEach(() => vi.restoreAllMocks());

async function post(body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(gateway.endpointUrl("crm"), { method: "POST", headers: { ...JSON_HEADERS, ...headers }, body: JSON.stringify(body) });
  const text = await res.text();
  return {
    status: res.status,
    contentType: res.headers.get("content-type"),
    sessionId: res.headers.get("mcp-session-id"),
    body: text ? (JSON.parse(text) as unknown) : undefined,
  };
}

/** A fresh 2025-11-25 session: its id and the headers its requests carry. */
async function openSession(): Promise<Record<string, string>> {
  const init = await post({
    jsonrpc: "2.0",
    id: 0,
    method: "initialize",
    params: { protocolVersion: "2025-11-25", capabilities: {}, clientInfo: { name: "raw", version: "1" } },
  });
  expect(init.status).toBe(200);
  const headers = { "mcp-session-id": init.sessionId!, "mcp-protocol-version": "2025-11-25" };
  expect((await post({ jsonrpc: "2.0", method: "notifications/initialized" }, headers)).status).toBe(202);
  return headers;
}

const searchCall = (id: number) => ({ jsonrpc: "2.0", id, method: "tools/call", params: { name: "search", arguments: { q: "printer" } } });

/** An answer with the per-call decision id taken out (it differs between any two calls). */
function withoutDecisionIds(body: unknown): unknown {
  return JSON.parse(JSON.stringify(body), (key, value: unknown) => (key === "decisionId" ? "<decision>" : value));
}

describe("the session endpoint's fast path", () => {
  it("answers a plain tools/call without the SDK's transport, with the same status, headers and body as the SDK's path", async () => {
    const session = await openSession();
    const sdkPath = vi.spyOn(JsonSessionTransport.prototype, "handleRequest");
    const fast = await post(searchCall(7), session);
    expect(sdkPath).not.toHaveBeenCalled();
    // The same call with the fast path declined: the SDK's transport answers it.
    vi.spyOn(SessionEndpoint.prototype, "fastCall").mockReturnValue(undefined);
    const viaSdk = await post(searchCall(7), session);
    expect(sdkPath).toHaveBeenCalledTimes(1);
    expect(fast.status).toBe(200);
    expect(fast).toMatchObject({ contentType: "application/json", sessionId: session["mcp-session-id"] });
    expect({ ...fast, body: withoutDecisionIds(fast.body) }).toEqual({ ...viaSdk, body: withoutDecisionIds(viaSdk.body) });
    expect(fast.body).toMatchObject({ jsonrpc: "2.0", id: 7, result: { content: [{ type: "text", text: "found: printer" }] } });
  });

  it("leaves to the SDK a call it would refuse or treat differently", async () => {
    const session = await openSession();
    const sdkPath = vi.spyOn(JsonSessionTransport.prototype, "handleRequest");
    // No tool name: JSON-RPC's -32602, answered before the SDK (whose server said -32603).
    const invalid = await post({ jsonrpc: "2.0", id: 1, method: "tools/call", params: { arguments: {} } }, session);
    expect(invalid.body).toMatchObject({ id: 1, error: { code: -32602, message: expect.stringContaining("params.name") } });
    // An Accept header without event streams: the SDK's 406.
    expect((await post(searchCall(2), { ...session, accept: "application/json" })).status).toBe(406);
    // A protocol version the SDK does not speak: its 400.
    expect((await post(searchCall(3), { ...session, "mcp-protocol-version": "1999-01-01" })).status).toBe(400);
    expect(sdkPath).toHaveBeenCalledTimes(2);

    const headers = { accept: "application/json, text/event-stream", "content-type": "application/json" };
    expect(plainToolCall(headers, searchCall(1))).toMatchObject({ id: 1, params: { name: "search" } });
    expect(plainToolCall(headers, [searchCall(1)])).toBeUndefined();
    expect(plainToolCall(headers, { ...searchCall(1), method: "tools/list" })).toBeUndefined();
    expect(plainToolCall({ ...headers, "content-type": "text/plain; a=application/json" }, searchCall(1))).toBeUndefined();
    expect(plainToolCall(headers, { ...searchCall(1), params: { name: "search", task: { ttl: 1000 } } })).toBeUndefined();
    expect(plainToolCall(headers, { ...searchCall(1), id: null })).toBeUndefined();
  });

  it("stops a call, and its downstream call, when the client sends notifications/cancelled for it", async () => {
    const session = await openSession();
    const started = new Promise<void>((resolve) => (slowStarted = resolve));
    const answer = post({ jsonrpc: "2.0", id: 41, method: "tools/call", params: { name: "slow", arguments: {} } }, session);
    await Promise.race([started, answer.then((a) => Promise.reject(new Error(`answered before the tool started: ${JSON.stringify(a.body)}`)))]);
    const cancel = await post({ jsonrpc: "2.0", method: "notifications/cancelled", params: { requestId: 41, reason: "user stopped" } }, session);
    expect(cancel.status).toBe(202);
    await slowCalls.at(-1)!.aborted;
    // The caller still gets an answer for its id, not a hung request.
    expect((await answer).body).toMatchObject({ jsonrpc: "2.0", id: 41 });
    // One caller's cancellation is not the server's failure: the connection every caller shares
    // is kept (this test server has one session: a reconnection would be refused).
    expect((await post(searchCall(43), session)).body).toMatchObject({ id: 43, result: { content: [{ text: "found: printer" }] } });
  });

  it("refuses a request whose id is still in flight in the session, on either path, and answers the first", async () => {
    // The SDK's transport maps answers by id: a second request under the same id took the first
    // one's answer, and one HTTP exchange was never answered (its request kept till the session closed).
    const session = await openSession();
    const started = new Promise<void>((resolve) => (slowStarted = resolve));
    const first = post({ jsonrpc: "2.0", id: 8, method: "tools/call", params: { name: "slow", arguments: {} } }, session);
    await Promise.race([started, first.then((a) => Promise.reject(new Error(`answered before the tool started: ${JSON.stringify(a.body)}`)))]);
    const again = await post(searchCall(8), session); // the fast path's form
    const viaSdk = await post({ jsonrpc: "2.0", id: 8, method: "tools/list", params: {} }, session); // the SDK's
    for (const refused of [again, viaSdk]) {
      expect(refused.status).toBe(400);
      expect(refused.body).toEqual({
        jsonrpc: "2.0",
        id: 8,
        error: { code: -32600, message: "request id 8 is still in flight in this session; give each request its own id" },
      });
    }
    await post({ jsonrpc: "2.0", method: "notifications/cancelled", params: { requestId: 8, reason: "done here" } }, session);
    expect((await first).body).toMatchObject({ jsonrpc: "2.0", id: 8 });
    // Once answered, the id may be used again.
    expect((await post(searchCall(8), session)).body).toMatchObject({ id: 8, result: { content: [{ text: "found: printer" }] } });
  });

  it("answers 503 to a call in flight when its session is deleted, as the SDK's path does", async () => {
    const session = await openSession();
    const started = new Promise<void>((resolve) => (slowStarted = resolve));
    const answer = post({ jsonrpc: "2.0", id: 42, method: "tools/call", params: { name: "slow", arguments: {} } }, session);
    await Promise.race([started, answer.then((a) => Promise.reject(new Error(`answered before the tool started: ${JSON.stringify(a.body)}`)))]);
    const deleted = await fetch(gateway.endpointUrl("crm"), { method: "DELETE", headers: { ...JSON_HEADERS, ...session } });
    expect(deleted.status).toBe(200);
    await slowCalls.at(-1)!.aborted;
    const closed = await answer;
    expect(closed.status).toBe(503);
    expect(closed.body).toMatchObject({ error: { code: -32000, message: "The session closed before the answer was ready" } });
  });
});
