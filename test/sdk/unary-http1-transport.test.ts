/**
 * The SDK's default transport (HTTP/1.1 unary, `unary-http1-transport.ts`) on the wire, against
 * plain `node:http` peers that record what arrives and answer what a test needs: a request
 * Connect servers accept, one connection reused, Connect's error JSON with details and
 * `trailer-` metadata, and each way a call can end without an answer mapped to the code the
 * fail-closed logic relies on (no answer at all is Unavailable, which `failOpen` may open; a
 * connection lost mid-answer is Aborted, which it never does).
 * The same calls against a real sidecar are in `governance-client.test.ts`.
 */
import { once } from "node:events";
import { mkdtemp } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { create, fromBinary, toBinary } from "@bufbuild/protobuf";
import { afterEach, describe, expect, it } from "vitest";
import {
  AuthorizeRequestSchema,
  AuthorizeResponseSchema,
  Code,
  createGovernanceClient,
  Decision,
  GovernanceError,
  Reason,
  type GovernanceClient,
} from "@portcullis/sdk";

interface Seen {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingMessage["headers"];
  readonly body: Buffer;
  readonly socket: Socket;
}

const servers: Server[] = [];
const clients: GovernanceClient[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) c.close();
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    await new Promise((resolve) => s.close(resolve));
  }
});

/** A peer on loopback that records each request and answers with `answer`. */
async function peer(answer: (seen: Seen, res: ServerResponse) => void): Promise<{ url: string; seen: Seen[] }> {
  const seen: Seen[] = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const s = { method: req.method!, url: req.url!, headers: req.headers, body: Buffer.concat(chunks), socket: req.socket };
    seen.push(s);
    answer(s, res);
  });
  servers.push(server);
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

function client(baseUrl: string, failOpen = false): GovernanceClient {
  const c = createGovernanceClient({ baseUrl, failOpen, timeoutMs: 2000 });
  clients.push(c);
  return c;
}

const ALLOW = toBinary(AuthorizeResponseSchema, create(AuthorizeResponseSchema, { decision: Decision.ALLOW, reason: Reason.ALLOWED, decisionId: "d-1" }));
const answerAllow = (_: Seen, res: ServerResponse) => res.writeHead(200, { "content-type": "application/proto" }).end(ALLOW);

describe("the SDK's HTTP/1.1 unary transport", () => {
  it("sends a Connect unary request: path, protocol headers, deadline, the caller's headers and the protobuf body", async () => {
    const { url, seen } = await peer(answerAllow);
    const d = await client(url).authorize(
      { token: "t", server: "jira", tool: "search_issues", arguments: { q: "printer" } },
      { timeoutMs: 750, headers: { traceparent: "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01" } },
    );
    expect(d).toMatchObject({ decision: Decision.ALLOW, decisionId: "d-1" });
    const [req] = seen;
    expect(req).toMatchObject({ method: "POST", url: "/portcullis.v1.GovernanceService/Authorize" });
    expect(req!.headers).toMatchObject({
      "content-type": "application/proto",
      "connect-protocol-version": "1",
      "connect-timeout-ms": "750",
      traceparent: "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01",
      "content-length": String(req!.body.byteLength),
    });
    // No compression is offered on a local connection.
    expect(req!.headers["accept-encoding"]).toBeUndefined();
    expect(fromBinary(AuthorizeRequestSchema, req!.body)).toMatchObject({ token: "t", tool: "search_issues", argumentsJson: '{"q":"printer"}' });
  });

  it("keeps one connection alive across calls", async () => {
    const { url, seen } = await peer(answerAllow);
    const c = client(url);
    for (let i = 0; i < 5; i++) await c.authorize({ token: "t", server: "jira", tool: "x" });
    expect(seen).toHaveLength(5);
    expect(new Set(seen.map((s) => s.socket)).size).toBe(1);
  });

  it("decodes Connect's error JSON: code, message, details and trailer- metadata", async () => {
    const { url } = await peer((_, res) =>
      res
        .writeHead(429, { "content-type": "application/json", "trailer-x-limit": "rate" })
        .end(JSON.stringify({ code: "resource_exhausted", message: "slow down", details: [{ type: "google.rpc.RetryInfo", value: "" }] })),
    );
    const error = await client(url)
      .recordAudit({ token: "t", decisionId: "d" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GovernanceError);
    expect(error).toMatchObject({ code: Code.ResourceExhausted, rawMessage: "RecordAudit: slow down", rpc: "RecordAudit" });
    expect((error as GovernanceError).metadata.get("x-limit")).toBe("rate");
    expect((error as GovernanceError).details).toHaveLength(1);
  });

  it("refuses an answer that is not Connect (an HTML page from some other server)", async () => {
    const { url } = await peer((_, res) => res.writeHead(200, { "content-type": "text/html" }).end("<html>hello</html>"));
    await expect(client(url).recordAudit({ token: "t", decisionId: "d" })).rejects.toMatchObject({ code: Code.Unknown });
  });

  it("ends a call the peer does not answer in time with DeadlineExceeded (fail closed; failOpen opens)", async () => {
    const { url } = await peer(() => undefined);
    const closed = await client(url).authorize({ token: "t", server: "jira", tool: "x" }, { timeoutMs: 150 });
    expect(closed).toMatchObject({ decision: Decision.DENY, reason: Reason.SIDECAR_UNAVAILABLE });
    await expect(client(url).recordAudit({ token: "t", decisionId: "d" }, { timeoutMs: 150 })).rejects.toMatchObject({ code: Code.DeadlineExceeded });
    const open = await client(url, true).authorize({ token: "t", server: "jira", tool: "x" }, { timeoutMs: 150 });
    expect(open).toMatchObject({ decision: Decision.ALLOW, reason: Reason.SIDECAR_UNAVAILABLE });
  });

  it("ends a call whose connection is lost mid-answer with Aborted: closed even with failOpen", async () => {
    const { url } = await peer((_, res) => {
      res.writeHead(200, { "content-type": "application/proto", "content-length": "100" });
      res.write(ALLOW.subarray(0, 2));
      setTimeout(() => res.socket?.destroy(), 20);
    });
    await expect(client(url).recordAudit({ token: "t", decisionId: "d" })).rejects.toMatchObject({ code: Code.Aborted });
    const d = await client(url, true).authorize({ token: "t", server: "jira", tool: "x" });
    expect(d).toMatchObject({ decision: Decision.DENY, reason: Reason.NO_DECISION });
  });

  it("reports a connection closed before any answer (a sidecar shutting down) as Unavailable, as gRPC does", async () => {
    const { url } = await peer((_, res) => res.socket?.destroy());
    await expect(client(url).recordAudit({ token: "t", decisionId: "d" })).rejects.toMatchObject({ code: Code.Unavailable, unavailable: true });
    expect(await client(url).authorize({ token: "t", server: "jira", tool: "x" })).toMatchObject({
      decision: Decision.DENY,
      reason: Reason.SIDECAR_UNAVAILABLE,
    });
    expect(await client(url, true).authorize({ token: "t", server: "jira", tool: "x" })).toMatchObject({
      decision: Decision.ALLOW,
      reason: Reason.SIDECAR_UNAVAILABLE,
    });
  });

  it("reports a missing socket file as Unavailable, so failOpen applies as for a refused port", async () => {
    const socketPath = join(await mkdtemp(join(tmpdir(), "pcl-nosock-")), "absent.sock");
    const c = createGovernanceClient({ socketPath, failOpen: true });
    clients.push(c);
    await expect(c.ping()).rejects.toMatchObject({ code: Code.Unavailable, unavailable: true });
    expect(await c.authorize({ token: "t", server: "jira", tool: "x" })).toMatchObject({ decision: Decision.ALLOW, reason: Reason.SIDECAR_UNAVAILABLE });
  });

  it("ends a call at once when the caller's signal aborts it, with no decision", async () => {
    const { url } = await peer(() => undefined);
    const controller = new AbortController();
    const pending = client(url, true).authorize({ token: "t", server: "jira", tool: "x" }, { signal: controller.signal, timeoutMs: 60_000 });
    setTimeout(() => controller.abort(new Error("host shutting down")), 30);
    expect(await pending).toMatchObject({ decision: Decision.DENY, reason: Reason.NO_DECISION });
  });
});
