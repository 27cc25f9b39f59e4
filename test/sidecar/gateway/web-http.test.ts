/**
 * The gateway's bridge from web Responses to node's (web-http.ts): an event stream's status
 * line and headers go out when the stream opens, not with its first event. A 2025-11-25
 * session's GET stream carries nothing until the server has something to say — for the
 * gateway, never, but the SDK's keep-alive comment every 15 s — so a client or proxy waiting
 * for the headers (the Streamable HTTP spec: `text/event-stream` or 405) waited that long, or
 * for good on a stream that stays quiet. The keep-alive is stubbed out here: on the old code
 * the head never came, and the test ran out of time.
 */
import { once } from "node:events";
import { mkdtemp } from "node:fs/promises";
import { createServer, request, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { WebStandardStreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js";
import { createLogger, hashToken } from "@portcullis/sidecar";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { parseGatewayConfig, startGateway, type Gateway } from "../../../sidecar/src/gateway/index.js";
import { sendWebResponse } from "../../../sidecar/src/gateway/web-http.js";
import { startHttpMcpServer, type HttpMcpServer } from "../../helpers/http-mcp-server.js";
import { policyFile } from "../../helpers/policy-file.js";
import { REPO } from "../../helpers/paths.js";

const TOKEN = "web-http-agent-token";
const POLICY = `version: 1\nsubjects:\n  - { id: agent:web, roles: [r], tokenSha256: ${hashToken(TOKEN)} }\nroles:\n  r: { servers: { crm: { allow: [search] } } }\n`;

let crm: HttpMcpServer;
let gateway: Gateway;

beforeAll(async () => {
  crm = await startHttpMcpServer();
  const config = parseGatewayConfig(
    [`policy: ${JSON.stringify(await policyFile(POLICY))}`, "listen: 127.0.0.1:0", "servers:", `  crm: { url: "${crm.url}" }`].join("\n"),
    join(REPO, "gateway-web-http-test.yaml"),
  );
  const dir = await mkdtemp(join(tmpdir(), "pcl-gateway-web-http-"));
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

/** A GET's status line and headers as soon as they arrive (node:http's response event; fetch would do as well, but says less). */
async function headOf(url: string, headers: Record<string, string>): Promise<{ res: IncomingMessage; done: () => void }> {
  const req = request(url, { method: "GET", headers });
  const res = await new Promise<IncomingMessage>((resolve, reject) => req.once("response", resolve).once("error", reject).end());
  return { res, done: () => req.destroy() };
}

describe("an event stream's head", () => {
  it("goes out at once on a session's GET stream, before any event", { timeout: 60_000 }, async () => {
    // A stream with nothing to say: no keep-alive comment either.
    vi.spyOn(WebStandardStreamableHTTPServerTransport.prototype, "startKeepAlive").mockReturnValue(undefined);
    const init = await fetch(gateway.endpointUrl("crm"), {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json, text/event-stream", authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({
        jsonrpc: "2.0",
        id: 0,
        method: "initialize",
        params: { protocolVersion: "2025-11-25", capabilities: {}, clientInfo: { name: "raw", version: "1" } },
      }),
    });
    expect(init.status).toBe(200);
    const session = init.headers.get("mcp-session-id")!;
    await init.text();
    const { res, done } = await headOf(gateway.endpointUrl("crm"), {
      authorization: `Bearer ${TOKEN}`,
      accept: "text/event-stream",
      "mcp-session-id": session,
      "mcp-protocol-version": "2025-11-25",
    });
    try {
      expect(res.statusCode).toBe(200);
      expect(res.headers["content-type"]).toMatch(/^text\/event-stream/);
      expect(res.headers["mcp-session-id"]).toBe(session);
    } finally {
      done();
    }
  });

  it("goes out at once for any quiet event stream sendWebResponse writes", { timeout: 60_000 }, async () => {
    const http = createServer((_req, res) => {
      const quiet = new ReadableStream<Uint8Array>({ start: () => undefined });
      void sendWebResponse(res, new Response(quiet, { headers: { "content-type": "text/event-stream" } }));
    });
    http.listen(0, "127.0.0.1");
    await once(http, "listening");
    try {
      const { res, done } = await headOf(`http://127.0.0.1:${(http.address() as AddressInfo).port}/`, {});
      expect([res.statusCode, res.headers["content-type"]]).toEqual([200, "text/event-stream"]);
      done();
    } finally {
      http.closeAllConnections();
      await new Promise((resolve) => http.close(resolve));
    }
  });
});
