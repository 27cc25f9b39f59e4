/**
 * The 2026-07-28 face's fast path for `tools/call` (modern-fast-call.ts), through a real
 * gateway in front of a real v1 MCP server, over raw HTTP so that every header and byte of the
 * answers can be compared: a plain sessionless call is answered without the SDK's per-request
 * server, exactly as the SDK's path answers the same call (a result, a denial, a failure); a
 * request the SDK's classifier would refuse or route elsewhere still goes to the SDK, which
 * answers as it always has.
 */
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createLogger, hashToken } from "@portcullis/sidecar";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { GovernedCalls, parseGatewayConfig, startGateway, type Gateway } from "../../../sidecar/src/gateway/index.js";
import { ModernEndpoint } from "../../../sidecar/src/gateway/modern-endpoint.js";
import { startHttpMcpServer, type HttpMcpServer } from "../../helpers/http-mcp-server.js";
import { policyFile } from "../../helpers/policy-file.js";
import { REPO } from "../../helpers/paths.js";

const TOKEN = "modern-fast-path-token";
const POLICY = `version: 1\nsubjects:\n  - { id: agent:modern, roles: [r], tokenSha256: ${hashToken(TOKEN)} }\nroles:\n  r: { servers: { crm: { allow: [search] } } }\n`;
const VERSION = "2026-07-28";
const ENVELOPE = {
  "io.modelcontextprotocol/protocolVersion": VERSION,
  "io.modelcontextprotocol/clientInfo": { name: "raw", version: "1" },
  "io.modelcontextprotocol/clientCapabilities": {},
};

let crm: HttpMcpServer;
let gateway: Gateway;

beforeAll(async () => {
  crm = await startHttpMcpServer();
  const config = parseGatewayConfig(
    [`policy: ${JSON.stringify(await policyFile(POLICY))}`, "listen: 127.0.0.1:0", "servers:", `  crm: { url: "${crm.url}" }`].join("\n"),
    join(REPO, "gateway-modern-fast-path-test.yaml"),
  );
  const dir = await mkdtemp(join(tmpdir(), "pcl-gateway-modern-"));
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

const call = (id: number, name: string, args: Record<string, unknown> = { q: "printer" }, meta: Record<string, unknown> = ENVELOPE) => ({
  jsonrpc: "2.0",
  id,
  method: "tools/call",
  params: { name, arguments: args, _meta: meta },
});

/** A 2026-07-28 POST as the v2 client sends it; `headers` override or add. */
async function post(body: { params: { name: string } }, headers: Record<string, string> = {}) {
  const res = await fetch(gateway.endpointUrl("crm"), {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "application/json, text/event-stream",
      authorization: `Bearer ${TOKEN}`,
      "mcp-protocol-version": VERSION,
      "mcp-method": "tools/call",
      "mcp-name": body.params.name,
      ...headers,
    },
    body: JSON.stringify(body),
  });
  const headersSeen = Object.fromEntries([...res.headers].filter(([k]) => k !== "date"));
  return { status: res.status, headers: headersSeen, text: await res.text() };
}

/** An answer with the per-call decision id taken out (it differs between any two calls). */
const withoutDecisionIds = (text: string) => text.replace(/"decisionId":"[^"]+"/g, '"decisionId":"<decision>"');

/** The same request answered by the fast path and, with the fast path declined, by the SDK. */
async function bothPaths(body: Parameters<typeof post>[0], headers: Record<string, string> = {}) {
  const sdkPath = vi.spyOn(ModernEndpoint.prototype, "handle");
  sdkPath.mockClear();
  const fast = await post(body, headers);
  expect(sdkPath).not.toHaveBeenCalled();
  const declined = vi.spyOn(ModernEndpoint.prototype, "fastCall").mockReturnValue(undefined);
  const viaSdk = await post(body, headers);
  expect(sdkPath).toHaveBeenCalledTimes(1);
  declined.mockRestore();
  sdkPath.mockRestore();
  return { fast: { ...fast, text: withoutDecisionIds(fast.text) }, viaSdk: { ...viaSdk, text: withoutDecisionIds(viaSdk.text) } };
}

describe("the 2026-07-28 fast path", () => {
  it("answers a plain call without the SDK's server, with the same status, headers and bytes as the SDK's path", async () => {
    const { fast, viaSdk } = await bothPaths(call(7, "search"));
    expect(fast).toEqual(viaSdk);
    expect(fast.status).toBe(200);
    expect(JSON.parse(fast.text)).toMatchObject({
      jsonrpc: "2.0",
      id: 7,
      result: {
        resultType: "complete",
        content: [{ type: "text", text: "found: printer" }],
        _meta: { "io.modelcontextprotocol/serverInfo": { name: "portcullis-gateway/crm" } },
      },
    });
  });

  it("answers a denial and a failure as the SDK's path does", async () => {
    const denied = await bothPaths(call(8, "export"));
    expect(denied.fast).toEqual(denied.viaSdk);
    expect(JSON.parse(denied.fast.text)).toMatchObject({ id: 8, result: { isError: true } });
    vi.spyOn(GovernedCalls.prototype, "callTool").mockRejectedValue(new Error("the gateway broke"));
    const failed = await bothPaths(call(9, "search"));
    expect(failed.fast).toEqual(failed.viaSdk);
    expect(JSON.parse(failed.fast.text)).toMatchObject({ id: 9, error: { message: expect.stringContaining("the gateway broke") } });
  });

  it("leaves to the SDK whatever its classifier refuses or routes elsewhere", async () => {
    const sdkPath = vi.spyOn(ModernEndpoint.prototype, "handle");
    // Mcp-Name disagrees with the body: the SDK's 400, HeaderMismatch.
    const mismatch = await post(call(1, "search"), { "mcp-name": "export" });
    expect(mismatch.status).toBe(400);
    expect(JSON.parse(mismatch.text)).toMatchObject({ error: { code: -32020 } });
    // No envelope in _meta: the SDK's -32602.
    const bare = await post(call(2, "search", { q: "x" }, {}));
    expect(JSON.parse(bare.text)).toMatchObject({ error: { code: -32602 } });
    // A multi-round-trip answer to an earlier call: the SDK's to handle.
    await post({ ...call(3, "search"), params: { ...call(3, "search").params, requestState: "opaque" } } as never);
    // A custom parameter header: checked against the tool's schema by the SDK.
    await post(call(4, "search"), { "mcp-param-q": "printer" });
    expect(sdkPath).toHaveBeenCalledTimes(4);
  });

  it("leaves a call that names a revision the SDK does not speak to the SDK, which refuses it unrun", async () => {
    // The classifier calls any revision from 2026-07-28 on modern: the fast path ran a
    // tools/call of 2027-01-01 (200, executed) that the SDK answers 400, -32022.
    const sdkPath = vi.spyOn(ModernEndpoint.prototype, "handle");
    const runs = vi.spyOn(GovernedCalls.prototype, "callTool");
    for (const [i, version] of ["2027-01-01", "9999-12-31"].entries()) {
      const envelope = { ...ENVELOPE, "io.modelcontextprotocol/protocolVersion": version };
      const refused = await post(call(11 + i, "search", { q: "printer" }, envelope), { "mcp-protocol-version": version });
      expect(refused.status).toBe(400);
      expect(JSON.parse(refused.text)).toMatchObject({ id: 11 + i, error: { code: -32022 } });
    }
    expect(sdkPath).toHaveBeenCalledTimes(2);
    expect(runs).not.toHaveBeenCalled();
  });
});
