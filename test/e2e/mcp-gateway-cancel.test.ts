/**
 * Cancellation on the gateway's 2026-07-28 (sessionless) face. The revision's Streamable HTTP
 * transport has no session to carry a `notifications/cancelled`: "closing the SSE response
 * stream is the cancellation signal. The server MUST treat a client disconnect as cancellation
 * of that request" (spec draft/2026-07-28, basic/patterns/cancellation).
 *
 * Real parts: the gateway in this process (embedded sidecar with an audit trail), a v1 MCP
 * server over Streamable HTTP downstream whose `hang` tool waits until it is cancelled;
 * upstream the v2 client pinned to 2026-07-28 (its AbortSignal closes the call's POST) and raw
 * HTTP requests whose connection the test drops.
 *
 * What it shows, on the fast path and on the v2 SDK's own path alike: the downstream is sent
 * `notifications/cancelled` for its request, the call's outcome record says `cancelled`, and
 * nothing is left pending (the gateway's downstream connection has no call in flight; a
 * shutdown right after cuts nothing off).
 */
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { RequestId } from "@modelcontextprotocol/sdk/types.js";
import { createLogger, hashToken, readRecords, type AuditRecord } from "@portcullis/sidecar";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as z from "zod";
import { parseGatewayConfig, startGateway, type Gateway } from "../../sidecar/src/gateway/index.js";
import { startHttpMcpServer, type HttpMcpServer } from "../helpers/http-mcp-server.js";
import { policyFile } from "../helpers/policy-file.js";
import { REPO } from "../helpers/paths.js";

const TOKEN = "cancel-agent-token-6a2f";
const POLICY =
  `version: 1\nsubjects:\n  - { id: agent:canceller, roles: [r], tokenSha256: ${hashToken(TOKEN)} }\nroles:\n  r: { servers: { crm: { allow: [hang, search] } } }\n` +
  // A scan deadline fit for a busy two-core test machine (the default would fail closed).
  "guardrails:\n  - { tools: ['*'], deadlineMs: 10000 }\n";

/** One call of `hang` on the downstream: running, then told it was cancelled (with its downstream request id). */
interface HangingCall {
  readonly entered: Promise<void>;
  readonly cancelled: Promise<RequestId>;
}

let crm: HttpMcpServer;
let gateway: Gateway;
let auditDir: string;
/** The calls of `hang` by their `tag` argument. */
const hanging = new Map<string, { entered: () => void; cancelled: (id: RequestId) => void; call: HangingCall }>();

function expectHang(tag: string): HangingCall {
  let entered: () => void = () => undefined;
  let cancelled: (id: RequestId) => void = () => undefined;
  const call: HangingCall = {
    entered: new Promise<void>((resolve) => (entered = resolve)),
    cancelled: new Promise<RequestId>((resolve) => (cancelled = resolve)),
  };
  hanging.set(tag, { entered, cancelled, call });
  return call;
}

beforeAll(async () => {
  crm = await startHttpMcpServer();
  // Waits until it is cancelled (the v1 server aborts `extra.signal` on notifications/cancelled).
  crm.mcp.registerTool("hang", { inputSchema: { tag: z.string() }, annotations: { readOnlyHint: true } }, async ({ tag }, extra) => {
    const entry = hanging.get(tag);
    await new Promise<void>((resolve) => {
      extra.signal.addEventListener("abort", () => resolve(), { once: true });
      entry?.entered();
    });
    entry?.cancelled(extra.requestId);
    return { content: [{ type: "text" as const, text: "cancelled" }] };
  });
  const dir = await mkdtemp(join(tmpdir(), "pcl-gateway-cancel-"));
  auditDir = join(dir, "audit");
  const config = parseGatewayConfig(
    [`policy: ${JSON.stringify(await policyFile(POLICY))}`, "listen: 127.0.0.1:0", "servers:", `  crm: { url: "${crm.url}" }`].join("\n"),
    join(REPO, "gateway-cancel-test.yaml"),
  );
  gateway = await startGateway({
    config,
    logger: createLogger({ level: "silent" }),
    sidecar: { watchPolicy: false, dataDir: join(dir, "data"), audit: { dir: auditDir, mode: "sync" } },
  });
});

afterAll(async () => {
  await gateway?.close();
  await crm?.close();
});

const ENVELOPE = {
  "io.modelcontextprotocol/protocolVersion": "2026-07-28",
  "io.modelcontextprotocol/clientInfo": { name: "raw-canceller", version: "1" },
  "io.modelcontextprotocol/clientCapabilities": {},
};

/**
 * A raw 2026-07-28 `tools/call` of `hang`; `sdkPath` adds a header the fast path leaves to the
 * v2 SDK (an Mcp-Param-* header). Settles once the connection is dropped by `signal`.
 */
function rawCall(tag: string, signal: AbortSignal, sdkPath: boolean): Promise<unknown> {
  return fetch(gateway.endpointUrl("crm"), {
    method: "POST",
    signal,
    headers: {
      authorization: `Bearer ${TOKEN}`,
      "content-type": "application/json",
      accept: "application/json, text/event-stream",
      "mcp-protocol-version": "2026-07-28",
      "mcp-method": "tools/call",
      "mcp-name": "hang",
      ...(sdkPath ? { "mcp-param-tag": tag } : {}),
    },
    body: JSON.stringify({ jsonrpc: "2.0", id: 41, method: "tools/call", params: { name: "hang", arguments: { tag }, _meta: ENVELOPE } }),
  }).then(
    (r) => r.text(),
    (err: unknown) => err,
  );
}

async function auditRecords(): Promise<AuditRecord[]> {
  const out: AuditRecord[] = [];
  for await (const { record } of readRecords(auditDir)) out.push(record);
  return out;
}

/** The records of the one call of `hang` with this `tag`: its decision and its outcome. */
async function recordsOf(tag: string): Promise<AuditRecord[]> {
  const all = await auditRecords();
  const decision = all.find((r) => r.event === "authorize" && r.tool === "hang" && (r.arguments as { tag?: string } | undefined)?.tag === tag);
  return decision ? all.filter((r) => r.decisionId === decision.decisionId) : [];
}

describe("gateway, 2026-07-28: a client that cancels (closes its call's stream) cancels the downstream call", () => {
  it("the v2 client's AbortSignal (fast path): downstream told, outcome recorded as cancelled", async () => {
    const v2 = await import("@modelcontextprotocol/client");
    const client = new v2.Client({ name: "v2-canceller", version: "1.0.0" }, { versionNegotiation: { mode: { pin: "2026-07-28" } } });
    await client.connect(
      new v2.StreamableHTTPClientTransport(new URL(gateway.endpointUrl("crm")), { requestInit: { headers: { authorization: `Bearer ${TOKEN}` } } }),
    );
    expect(client.getProtocolEra()).toBe("modern");
    const hang = expectHang("v2-client");
    const controller = new AbortController();
    const call = client.callTool({ name: "hang", arguments: { tag: "v2-client" } }, { signal: controller.signal }).then(
      () => "answered",
      () => "failed",
    );
    await hang.entered;
    controller.abort();
    expect(await call).toBe("failed");
    expect(await hang.cancelled).toBeDefined();
    await client.close();
    await expectCancelledAndNothingPending("v2-client");
  });

  for (const sdkPath of [false, true]) {
    it(`a dropped connection (${sdkPath ? "the v2 SDK's path" : "fast path"}): downstream told, outcome recorded as cancelled`, async () => {
      const tag = sdkPath ? "raw-sdk" : "raw-fast";
      const hang = expectHang(tag);
      const controller = new AbortController();
      const call = rawCall(tag, controller.signal, sdkPath);
      await hang.entered;
      controller.abort();
      expect(await call).toBeInstanceOf(Error);
      expect(await hang.cancelled).toBeDefined();
      await expectCancelledAndNothingPending(tag);
    });
  }
});

/**
 * What a cancelled call leaves: an outcome record that says so (written once the downstream
 * call has ended), and no exchange left open with the downstream (the gateway's transport
 * dropped the call's POST; the server sends no answer to a cancelled request).
 */
async function expectCancelledAndNothingPending(tag: string): Promise<void> {
  await vi.waitFor(async () => expect((await recordsOf(tag)).map((r) => r.event)).toContain("outcome"), { timeout: 20_000, interval: 50 });
  const outcome = (await recordsOf(tag)).find((r) => r.event === "outcome");
  expect(outcome).toMatchObject({ outcome: { status: "TRANSPORT_ERROR" }, attrs: { cancelled: "true" } });
  await vi.waitFor(() => expect(crm.openCalls).toBe(0), { timeout: 20_000, interval: 50 });
}
