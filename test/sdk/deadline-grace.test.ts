/**
 * The SDK sends its deadline and lets the sidecar enforce it: its own timer is a fallback,
 * `DEADLINE_GRACE_MS` later. The sidecar starts the deadline it is sent when the request
 * arrives, after the SDK sent it, so a sidecar that answers at its deadline — a decision made
 * (and charged) just in time, or its own DeadlineExceeded — must have that answer read, not be
 * cut off by a local timer that fired first and reported a DENY for a call that was allowed.
 * What is sent is checked against real peers over HTTP/1.1 (the lean transport, and with
 * interceptors), h2c and gRPC; when the SDK gives up, on a clock of the test's; and a stalled
 * host with a peer in another process.
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createServer as createH2Server, type Http2Server, type IncomingHttpHeaders, type ServerHttp2Stream } from "node:http2";
import type { AddressInfo } from "node:net";
import { create, toBinary } from "@bufbuild/protobuf";
import type { Interceptor, Transport, UnaryResponse } from "@connectrpc/connect";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  AuthorizeResponseSchema,
  Code,
  createGovernanceClient,
  DEADLINE_GRACE_MS,
  Decision,
  Reason,
  type GovernanceClient,
  type GovernanceClientOptions,
} from "@portcullis/sdk";
import { GovernanceService } from "@portcullis/sdk/gen";
import { withDeadlineGrace } from "../../sdk/src/deadline-grace.js";

const TIMEOUT_MS = 100;
/**
 * The deadline of the calls that only check what is sent: long, so that a busy machine's
 * first h2c or gRPC connection still answers within it (at 100 ms it did not, under load).
 */
const SENT_TIMEOUT_MS = 10_000;
const ALLOW = Buffer.from(toBinary(AuthorizeResponseSchema, create(AuthorizeResponseSchema, { decision: Decision.ALLOW, decisionId: "d-1" })));
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

/** What the peer saw of the deadline: the header as sent. */
let sentDeadline: string | undefined;

/** The deadline the request carries, in ms, from `connect-timeout-ms` or `grpc-timeout`. */
function deadlineOf(headers: IncomingHttpHeaders | IncomingMessage["headers"]): number {
  const connect = headers["connect-timeout-ms"];
  const grpc = headers["grpc-timeout"];
  sentDeadline = (connect ?? grpc) as string | undefined;
  if (typeof connect === "string") return Number(connect);
  if (typeof grpc === "string" && grpc.endsWith("m")) return Number(grpc.slice(0, -1));
  throw new Error(`no deadline in ${JSON.stringify(headers)}`);
}

/** HTTP/1.1 Connect peer: the answer (a message, or an error's JSON) at once. */
async function http1Peer(answer: "allow" | "deadline"): Promise<string> {
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    deadlineOf(req.headers);
    req.resume();
    if (answer === "allow") res.writeHead(200, { "content-type": "application/proto" }).end(ALLOW);
    else res.writeHead(408, { "content-type": "application/json" }).end(JSON.stringify({ code: "deadline_exceeded", message: "the sidecar's own deadline" }));
  });
  servers.push(server);
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** h2c peer for Connect and gRPC: ALLOW at once. */
async function http2Peer(): Promise<string> {
  const server = createH2Server();
  server.on("stream", (stream: ServerHttp2Stream, headers: IncomingHttpHeaders) => {
    stream.on("error", () => undefined);
    deadlineOf(headers);
    stream.resume();
    if (String(headers["content-type"]).startsWith("application/grpc")) {
      stream.respond({ ":status": 200, "content-type": "application/grpc+proto" }, { waitForTrailers: true });
      stream.on("wantTrailers", () => stream.sendTrailers({ "grpc-status": "0" }));
      const prefix = Buffer.alloc(5);
      prefix.writeUInt32BE(ALLOW.byteLength, 1);
      stream.end(Buffer.concat([prefix, ALLOW]));
    } else {
      stream.respond({ ":status": 200, "content-type": "application/proto" });
      stream.end(ALLOW);
    }
  });
  servers.push(server);
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function client(baseUrl: string, extra: Partial<GovernanceClientOptions>): GovernanceClient {
  const c = createGovernanceClient({ baseUrl, timeoutMs: TIMEOUT_MS, ...extra });
  clients.push(c);
  return c;
}

describe("the deadline: sent to the sidecar, waited for a grace beyond", () => {
  it.each([
    ["HTTP/1.1 (the lean transport)", "http1", {}, String(SENT_TIMEOUT_MS)],
    ["HTTP/1.1 with interceptors", "http1", { interceptors: [passThrough] }, String(SENT_TIMEOUT_MS)],
    ["h2c", "http2", { httpVersion: "2" }, String(SENT_TIMEOUT_MS)],
    ["gRPC", "http2", { protocol: "grpc" }, `${SENT_TIMEOUT_MS}m`],
  ] satisfies [string, "http1" | "http2", Partial<GovernanceClientOptions>, string][])(
    "%s: sends the deadline itself, not the grace",
    async (_name, peer, extra, header) => {
      const url = peer === "http1" ? await http1Peer("allow") : await http2Peer();
      const d = await client(url, { timeoutMs: SENT_TIMEOUT_MS, ...extra }).authorize({ token: "t", server: "jira", tool: "x" });
      expect(d).toMatchObject({ decision: Decision.ALLOW, decisionId: "d-1" });
      expect(sentDeadline).toBe(header);
    },
  );

  it("reports the sidecar's own DeadlineExceeded rather than a local one", async () => {
    const url = await http1Peer("deadline");
    const c = client(url, {});
    const d = await c.authorize({ token: "t", server: "jira", tool: "x" });
    expect(d).toMatchObject({ decision: Decision.DENY, reason: Reason.SIDECAR_UNAVAILABLE });
    expect(d.message).toContain("the sidecar's own deadline");
    await expect(c.recordAudit({ token: "t", decisionId: "d" })).rejects.toMatchObject({
      code: Code.DeadlineExceeded,
      rawMessage: "RecordAudit: the sidecar's own deadline",
    });
  });
});

describe("withDeadlineGrace: the local give-up, on a clock of the test's", () => {
  afterEach(() => vi.useRealTimers());
  /** A transport whose one answer comes when the test says; it records what it was called with. */
  function heldTransport() {
    let answer!: (value: UnaryResponse) => void;
    const seen: { timeoutMs?: number | undefined; header?: string | null; signal?: AbortSignal | undefined } = {};
    const inner = {
      unary: (_m: unknown, signal: AbortSignal | undefined, timeoutMs: number | undefined, header: Headers | undefined) => {
        Object.assign(seen, { timeoutMs, header: new Headers(header).get("connect-timeout-ms"), signal });
        return new Promise<UnaryResponse>((resolve, reject) => {
          answer = resolve;
          signal?.addEventListener("abort", () => reject(signal.reason));
        });
      },
      stream: () => Promise.reject(new Error("no streams here")),
    } as unknown as Transport;
    return { transport: withDeadlineGrace(inner, "connect"), seen, answer: (value: UnaryResponse) => answer(value) };
  }
  const run = (transport: Transport) => transport.unary(GovernanceService.method.authorize, undefined, TIMEOUT_MS, undefined, {}, undefined);

  it("reads an answer that comes after the deadline and before the grace ends; the inner transport gets no deadline of its own", async () => {
    vi.useFakeTimers();
    const { transport, seen, answer } = heldTransport();
    const call = run(transport);
    await vi.advanceTimersByTimeAsync(TIMEOUT_MS + DEADLINE_GRACE_MS - 1);
    expect(seen).toMatchObject({ timeoutMs: 0, header: String(TIMEOUT_MS) });
    expect(seen.signal?.aborted).toBe(false);
    const response = { stream: false } as UnaryResponse;
    answer(response);
    await expect(call).resolves.toBe(response);
  });

  it("gives up with DeadlineExceeded once the grace has passed", async () => {
    vi.useFakeTimers();
    const { transport } = heldTransport();
    const call = run(transport);
    const settled = expect(call).rejects.toMatchObject({ code: Code.DeadlineExceeded });
    await vi.advanceTimersByTimeAsync(TIMEOUT_MS + DEADLINE_GRACE_MS + 1);
    await settled;
  });
});

/**
 * A Connect peer in a child process (it must answer while this process is blocked): it
 * reports each request by a file `got`, answers ALLOW once the file `go` exists, then writes
 * `sent`.
 */
async function stalledPeer(dir: string, httpVersion: "1.1" | "2"): Promise<{ url: string; stop: () => void }> {
  const script = `
    const fs = require("node:fs"), path = require("node:path");
    const dir = ${JSON.stringify(dir)}, allow = Buffer.from(${JSON.stringify(ALLOW.toString("base64"))}, "base64");
    const answer = (write) => {
      fs.writeFileSync(path.join(dir, "got"), "");
      const wait = setInterval(() => {
        if (!fs.existsSync(path.join(dir, "go"))) return;
        clearInterval(wait);
        write(() => fs.writeFileSync(path.join(dir, "sent"), ""));
      }, 2);
    };
    const server = ${httpVersion === "2" ? 'require("node:http2").createServer()' : 'require("node:http").createServer()'};
    ${
      httpVersion === "2"
        ? `server.on("stream", (stream) => { stream.resume(); answer((done) => { stream.respond({ ":status": 200, "content-type": "application/proto" }); stream.end(allow, done); }); });`
        : `server.on("request", (req, res) => { req.resume(); answer((done) => { res.writeHead(200, { "content-type": "application/proto" }); res.end(allow, done); }); });`
    }
    server.listen(0, "127.0.0.1", () => process.stdout.write(String(server.address().port) + "\\n"));
  `;
  const child = spawn(process.execPath, ["-e", script], { stdio: ["ignore", "pipe", "inherit"] });
  const [line] = (await once(child.stdout!, "data")) as [Buffer];
  return { url: `http://127.0.0.1:${line.toString().trim()}`, stop: () => child.kill() };
}

/** Resolves once `file` exists (polled without blocking). */
async function appears(file: string): Promise<void> {
  while (!existsSync(file)) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe("an answer that arrived while this process was stalled", () => {
  it.each([
    ["HTTP/1.1 (the lean transport)", "1.1"],
    ["h2c", "2"],
  ] satisfies [string, "1.1" | "2"][])("%s: is read before the fallback timer gives up", async (_name, httpVersion) => {
    const dir = mkdtempSync(join(tmpdir(), "pcl-stall-"));
    const peer = await stalledPeer(dir, httpVersion);
    try {
      const c = client(peer.url, { httpVersion });
      const started = Date.now();
      const call = c.authorize({ token: "t", server: "jira", tool: "x" });
      await appears(join(dir, "got"));
      // Blocked in an immediate (the loop's check phase), so that the timers phase comes next:
      // the peer answers during the block, and the block outlasts the deadline and its grace.
      await new Promise<void>((resolve) =>
        setImmediate(() => {
          writeFileSync(join(dir, "go"), "");
          while (!existsSync(join(dir, "sent")) || Date.now() - started < TIMEOUT_MS + DEADLINE_GRACE_MS + 20) {
            // busy: this process is stalled
          }
          resolve();
        }),
      );
      expect(await call).toMatchObject({ decision: Decision.ALLOW, decisionId: "d-1" });
    } finally {
      peer.stop();
    }
  });
});
