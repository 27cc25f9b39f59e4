/**
 * The SDK bounds what it reads of an answer (`readMaxBytes`, default 16 MiB): a peer that
 * answers more — by content-length, or by a chunked answer that never ends — gets the call
 * refused with ResourceExhausted as soon as the bound is passed, on every transport, instead
 * of the host buffering it whole. Peers never end their answers here, so a client that kept
 * reading would only stop at its deadline (DeadlineExceeded), not with ResourceExhausted.
 * Each peer writes at most 1 MiB, so such a client fails the test without exhausting memory.
 */
import { once } from "node:events";
import { createServer, type Server, type ServerResponse } from "node:http";
import { createServer as createH2Server, type Http2Server, type ServerHttp2Stream } from "node:http2";
import type { AddressInfo } from "node:net";
import type { Interceptor } from "@connectrpc/connect";
import { afterEach, describe, expect, it } from "vitest";
import { Code, createGovernanceClient, Decision, Reason, ScanAction, type GovernanceClient, type GovernanceClientOptions } from "@portcullis/sdk";

const passThrough: Interceptor = (next) => (req) => next(req);

const servers: (Server | Http2Server)[] = [];
const clients: GovernanceClient[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) c.close();
  for (const s of servers.splice(0)) {
    if ("closeAllConnections" in s) s.closeAllConnections();
    await new Promise((resolve) => s.close(resolve));
  }
});

const READ_MAX = 4096;
const CHUNK = Buffer.alloc(1024, 0x41);
/** A deadline only for a client that would keep waiting (the old behaviour); never asserted on. */
const DEADLINE_MS = 5000;

function client(baseUrl: string, extra: Partial<GovernanceClientOptions> = {}): GovernanceClient {
  const c = createGovernanceClient({ baseUrl, timeoutMs: DEADLINE_MS, readMaxBytes: READ_MAX, ...extra });
  clients.push(c);
  return c;
}

async function http1(answer: (res: ServerResponse) => void): Promise<{ url: string; closed: Promise<unknown> }> {
  let onClose!: () => void;
  const closed = new Promise<void>((resolve) => {
    onClose = resolve;
  });
  const server = createServer((req, res) => {
    req.resume();
    res.once("close", onClose);
    answer(res);
  });
  servers.push(server);
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, closed };
}

async function http2(answer: (stream: ServerHttp2Stream) => void): Promise<string> {
  const server = createH2Server();
  server.on("stream", (stream) => {
    stream.on("error", () => undefined); // the client resets the stream: expected
    stream.resume();
    answer(stream);
  });
  servers.push(server);
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/**
 * 1 MiB (256 times the bound) that never ends: the answer stays open, so only the bound, or
 * the call's deadline, ends the call.
 */
const endless = (res: ServerResponse | ServerHttp2Stream) => res.write(Buffer.alloc(1 << 20, 0x41));

describe("readMaxBytes: the SDK's bound on an answer", () => {
  it("HTTP/1.1: refuses an answer whose content-length passes the bound, without reading it", async () => {
    const { url, closed } = await http1((res) => res.writeHead(200, { "content-type": "application/proto", "content-length": String(64 << 20) }).write(CHUNK));
    const error = await client(url)
      .recordAudit({ token: "t", decisionId: "d" })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: Code.ResourceExhausted, rpc: "RecordAudit" });
    expect((error as Error).message).toContain(`${64 << 20} bytes, larger than readMaxBytes (${READ_MAX} bytes)`);
    await closed; // the connection was given up, not kept for the rest
  });

  it.each([
    ["without interceptors (the lean path)", {}],
    ["with interceptors (Connect's protocol transport)", { interceptors: [passThrough] }],
  ] satisfies [string, Partial<GovernanceClientOptions>][])(
    "HTTP/1.1 %s: stops reading a chunked answer as soon as it passes the bound",
    async (_name, extra) => {
      const { url, closed } = await http1((res) => {
        res.writeHead(200, { "content-type": "application/proto" });
        endless(res);
      });
      const error = await client(url, extra)
        .recordAudit({ token: "t", decisionId: "d" })
        .catch((e: unknown) => e);
      expect(error).toMatchObject({ code: Code.ResourceExhausted });
      expect((error as Error).message).toContain(`passed readMaxBytes (${READ_MAX} bytes)`);
      await closed;
    },
  );

  // An answer too large is no decision, not the caller's mistake: the guarded calls settle it
  // closed (NO_DECISION), even with failOpen, on every transport; the others throw it.
  it.each([
    ["HTTP/1.1 (the lean path), by content-length", "http1", {}, true],
    ["HTTP/1.1 (the lean path), chunked", "http1", {}, false],
    ["HTTP/1.1 with interceptors", "http1", { interceptors: [passThrough] }, false],
    ["h2c (Connect), by content-length", "http2", { httpVersion: "2" }, true],
    ["h2c (Connect)", "http2", { httpVersion: "2" }, false],
    ["gRPC", "http2", { protocol: "grpc" }, false],
  ] satisfies [string, "http1" | "http2", Partial<GovernanceClientOptions>, boolean][])(
    "%s: the guarded calls fail closed with NO_DECISION on an oversized answer (never an ALLOW)",
    async (_name, peer, extra, declared) => {
      const grpc = (extra as Partial<GovernanceClientOptions>).protocol === "grpc";
      const head = { "content-type": grpc ? "application/grpc+proto" : "application/proto", ...(declared ? { "content-length": String(64 << 20) } : {}) };
      const send = (res: ServerResponse | ServerHttp2Stream) => {
        if (grpc) {
          const prefix = Buffer.alloc(5);
          prefix.writeUInt32BE(64 << 20, 1);
          res.write(prefix);
        }
        endless(res);
      };
      const url =
        peer === "http1"
          ? (
              await http1((res) => {
                res.writeHead(200, head);
                send(res);
              })
            ).url
          : await http2((stream) => {
              stream.respond({ ":status": 200, ...head });
              send(stream);
            });
      for (const failOpen of [false, true]) {
        const c = client(url, { failOpen, ...extra });
        const d = await c.authorize({ token: "t", server: "jira", tool: "x" });
        expect(d).toMatchObject({ decision: Decision.DENY, reason: Reason.NO_DECISION });
        expect(d.message).toContain("readMaxBytes");
        const filtered = await c.filterTools({ token: "t", server: "jira", tools: [{ name: "a" }] });
        expect(filtered).toMatchObject({ tools: [], hiddenCount: 1 });
        const scanned = await c.scanResponse({ token: "t", server: "jira", tool: "x", text: "unscanned" });
        expect(scanned).toMatchObject({ action: ScanAction.BLOCK, profile: expect.stringContaining("no decision") });
        await expect(c.recordAudit({ token: "t", decisionId: "d" })).rejects.toMatchObject({ code: Code.ResourceExhausted, unavailable: false });
      }
    },
  );

  it("a ResourceExhausted the sidecar answers (a request too large) is still thrown by the guarded calls", async () => {
    const { url } = await http1((res) =>
      res
        .writeHead(429, { "content-type": "application/json" })
        .end(JSON.stringify({ code: "resource_exhausted", message: "arguments_json: larger than 1 MiB" })),
    );
    for (const failOpen of [false, true]) {
      await expect(client(url, { failOpen }).authorize({ token: "t", server: "jira", tool: "x" })).rejects.toMatchObject({
        code: Code.ResourceExhausted,
        rawMessage: "Authorize: arguments_json: larger than 1 MiB",
      });
    }
  });

  it("h2c (Connect): stops reading at the bound", async () => {
    const url = await http2((stream) => {
      stream.respond({ ":status": 200, "content-type": "application/proto" });
      endless(stream);
    });
    await expect(client(url, { httpVersion: "2" }).recordAudit({ token: "t", decisionId: "d" })).rejects.toMatchObject({ code: Code.ResourceExhausted });
  });

  it("gRPC: refuses a message whose envelope declares more than the bound", async () => {
    const url = await http2((stream) => {
      stream.respond({ ":status": 200, "content-type": "application/grpc+proto" });
      const prefix = Buffer.alloc(5);
      prefix.writeUInt32BE(64 << 20, 1);
      stream.write(prefix);
      endless(stream);
    });
    await expect(client(url, { protocol: "grpc" }).recordAudit({ token: "t", decisionId: "d" })).rejects.toMatchObject({ code: Code.ResourceExhausted });
  });

  it("still reads an answer up to the bound", async () => {
    const { url } = await http1((res) => res.writeHead(200, { "content-type": "application/proto" }).end(Buffer.from([0x08, 0x01])));
    expect(await client(url, { readMaxBytes: 2 }).authorize({ token: "t", server: "jira", tool: "x" })).toMatchObject({ decision: Decision.ALLOW });
  });
});
