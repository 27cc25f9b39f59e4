/**
 * `takeBufferedBody`: what the lean unary path reads a body with. Behind the listener it gives
 * the whole body as one buffer however many chunks it arrived in (HTTP/1.1 and h2c), and the
 * request has nothing left to iterate afterwards; a request the listener did not buffer (a
 * bare `node:http` server's) gives undefined, so the caller reads the stream itself. And the
 * listener counts each request in flight until it is done, exactly once.
 */
import { once } from "node:events";
import * as http from "node:http";
import * as http2 from "node:http2";
import * as net from "node:net";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, describe, expect, it } from "vitest";
import { takeBufferedBody } from "../../../sidecar/src/transport/buffered-body.js";
import { DualProtocolListener, type DualHandler } from "../../../sidecar/src/transport/dual-protocol-listener.js";

type Seen = { taken: string | undefined; left: number };

/** Answers what it took and how many chunks a `for await` still found. */
const reporter: DualHandler = (req, res) => {
  const taken = takeBufferedBody(req)?.toString();
  void (async () => {
    let left = 0;
    for await (const _ of req) left++;
    (res as http.ServerResponse).writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ taken, left } satisfies Seen));
  })();
};

let listener: DualProtocolListener | undefined;
afterEach(async () => {
  await listener?.close(1000);
  listener = undefined;
});

/** A POST whose body goes out in `parts`, with a pause between them so they arrive as separate chunks. */
function postInParts(port: number, parts: string[]): Promise<Seen> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: "127.0.0.1", port, method: "POST", path: "/x", headers: { "content-length": String(Buffer.byteLength(parts.join(""))) } },
      (res) => {
        let text = "";
        res.setEncoding("utf8").on("data", (c: string) => (text += c));
        res.on("end", () => resolve(JSON.parse(text) as Seen));
      },
    );
    req.on("error", reject);
    void (async () => {
      for (const part of parts) {
        req.write(part);
        await sleep(20);
      }
      req.end();
    })();
  });
}

describe("takeBufferedBody", () => {
  it("gives a buffered HTTP/1.1 body whole, from several chunks, and leaves nothing to iterate", async () => {
    listener = new DualProtocolListener(reporter);
    const port = Number((await listener.listen({ host: "127.0.0.1", port: 0 })).split(":").pop());
    expect(await postInParts(port, ['{"a":', '"bé"', "}"])).toEqual({ taken: '{"a":"bé"}', left: 0 });
    expect(await postInParts(port, [])).toEqual({ taken: "", left: 0 });
  });

  it("gives a buffered h2c body whole", async () => {
    listener = new DualProtocolListener(reporter);
    const port = Number((await listener.listen({ host: "127.0.0.1", port: 0 })).split(":").pop());
    const session = http2.connect(`http://127.0.0.1:${port}`);
    try {
      const stream = session.request({ ":method": "POST", ":path": "/x" });
      stream.write("one,");
      await sleep(20);
      stream.end("two");
      let text = "";
      stream.setEncoding("utf8").on("data", (c: string) => (text += c));
      await once(stream, "end");
      expect(JSON.parse(text)).toEqual({ taken: "one,two", left: 0 });
    } finally {
      session.close();
    }
  });

  it("gives undefined for a request the listener did not buffer, whose stream still has the body", async () => {
    const server = http.createServer(reporter).listen(0, "127.0.0.1");
    await once(server, "listening");
    try {
      const seen = await postInParts((server.address() as AddressInfo).port, ["ab", "cd"]);
      expect(seen.taken).toBeUndefined();
      expect(seen.left).toBeGreaterThan(0);
    } finally {
      server.close();
    }
  });

  it("lets the listener count each request in flight until it is done, once: answered, or left by a client mid-body", async () => {
    const l = new DualProtocolListener(reporter);
    listener = l;
    const port = Number((await l.listen({ host: "127.0.0.1", port: 0 })).split(":").pop());
    for (let i = 0; i < 3; i++) await postInParts(port, ["a", "b"]);
    expect(l.inFlight).toBe(0);
    const gone = http.request({ host: "127.0.0.1", port, method: "POST", path: "/x", headers: { "content-length": "100" } });
    gone.on("error", () => undefined);
    gone.write("partial");
    await sleep(30);
    expect(l.inFlight).toBe(1);
    gone.destroy();
    for (let i = 0; i < 50 && l.inFlight > 0; i++) await sleep(10);
    expect(l.inFlight).toBe(0);
    await postInParts(port, ["c"]);
    expect(l.inFlight).toBe(0);
  });
});

/** Answers 200 "handled" with the body's length: the request reached the handler. */
const handled: DualHandler = (req, res) => {
  const body = takeBufferedBody(req);
  (res as http.ServerResponse).writeHead(200, { "content-type": "text/plain" }).end(`handled ${body?.length}`);
};

/** Writes `bytes` on a raw socket and resolves with all the server sent until it closed (or `waitMs` passed). */
function rawHttp(port: number, bytes: string | Buffer, waitMs = 5000): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    let received = "";
    const timer = setTimeout(() => socket.destroy(), waitMs);
    socket.on("data", (chunk: Buffer) => (received += chunk.toString("latin1")));
    socket.on("error", () => undefined);
    socket.on("close", () => {
      clearTimeout(timer);
      resolve(received);
    });
    socket.write(bytes);
  });
}

function head(headers: Record<string, string>, path = "/portcullis.v1.GovernanceService/Ping"): string {
  return `POST ${path} HTTP/1.1\r\nhost: x\r\nconnection: close\r\n${Object.entries(headers)
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join("")}\r\n`;
}

describe("the compression header that counts", () => {
  // A compressed body claims the largest message (2 MiB) once complete; the budget (1 MiB)
  // can never hold that, so a body read as compressed is refused at once (429).
  const start = async () => {
    listener = new DualProtocolListener(handled, { maxInflightBytes: 1024 * 1024, maxMessageBytes: 2 * 1024 * 1024 });
    return Number((await listener.listen({ host: "127.0.0.1", port: 0 })).split(":").pop());
  };

  it.each([
    ["Connect unary, connect-content-encoding (streaming only)", "application/json", "connect-content-encoding", true],
    ["Connect unary, grpc-encoding (gRPC only)", "application/proto", "grpc-encoding", true],
    ["Connect unary, content-encoding identity", "application/json", "content-encoding", false],
    ["gRPC, content-encoding (Connect unary only)", "application/grpc", "content-encoding", true],
    ["gRPC-Web, connect-content-encoding", "application/grpc-web+proto", "connect-content-encoding", true],
    ["Connect streaming, content-encoding", "application/connect+json", "content-encoding", true],
  ])("does not charge %s as compressed: connect-es ignores that header for the protocol", async (_name, type, header, gzip) => {
    const port = await start();
    const body = "{}";
    const answer = await rawHttp(port, `${head({ "content-type": type, [header]: gzip ? "gzip" : "identity", "content-length": String(body.length) })}${body}`);
    expect(answer).toMatch(/^HTTP\/1\.1 200 /);
    expect(answer).toContain("handled 2");
  });

  it.each([
    ["Connect unary", "application/json", "content-encoding"],
    ["Connect streaming", "application/connect+json", "connect-content-encoding"],
    ["gRPC", "application/grpc", "grpc-encoding"],
    ["gRPC-Web", "application/grpc-web+proto", "grpc-encoding"],
  ])("charges a %s body compressed by its own header as compressed", async (_name, type, header) => {
    const port = await start();
    const answer = await rawHttp(port, `${head({ "content-type": type, [header]: "gzip", "content-length": "2" })}{}`);
    expect(answer).not.toContain("handled");
    expect(answer).toMatch(/^HTTP\/1\.1 (429|200) /);
    expect(answer).toMatch(/resource_exhausted|grpc-status: 8|"code":"resource_exhausted"/);
  });
});

describe("the declared size against the largest message", () => {
  const start = async () => {
    listener = new DualProtocolListener(handled, { maxMessageBytes: 1000, requestTimeoutMs: 3000 });
    return Number((await listener.listen({ host: "127.0.0.1", port: 0 })).split(":").pop());
  };

  it("refuses a Connect unary body declared a byte over the largest message at once, without waiting for it", async () => {
    const port = await start();
    // Only the head: a refusal that waited for the body would be DeadlineExceeded instead.
    const answer = await rawHttp(port, head({ "content-type": "application/json", "content-length": "1001" }));
    expect(answer).toMatch(/^HTTP\/1\.1 429 /);
    expect(answer).toContain("request body of 1001 bytes is larger than the largest message the sidecar accepts, 1000 bytes");
  });

  it("allows an enveloped (gRPC) body its 5-byte prefix above the largest message", async () => {
    const port = await start();
    const frame = Buffer.alloc(1005, 0x61);
    frame.writeUInt8(0, 0);
    frame.writeUInt32BE(1000, 1);
    const answer = await rawHttp(port, Buffer.concat([Buffer.from(head({ "content-type": "application/grpc-web+proto", "content-length": "1005" })), frame]));
    expect(answer).toContain("handled 1005");
  });
});

describe("gRPC-Web-text", () => {
  // An empty Ping request as gRPC-Web-text: base64 of a 5-byte envelope.
  const b64 = Buffer.from([0, 0, 0, 0, 0]).toString("base64");
  const start = async () => {
    listener = new DualProtocolListener(handled, { requestTimeoutMs: 3000 });
    return Number((await listener.listen({ host: "127.0.0.1", port: 0 })).split(":").pop());
  };

  it("is answered 415 as connect-es answers it, never read as binary frames: HTTP/1.1 chunked and with a length", async () => {
    const port = await start();
    const chunked = `${head({ "content-type": "application/grpc-web-text", "transfer-encoding": "chunked" })}${b64.length.toString(16)}\r\n${b64}\r\n0\r\n\r\n`;
    const withLength = `${head({ "content-type": "application/grpc-web-text+proto", "content-length": String(b64.length) })}${b64}`;
    for (const request of [chunked, withLength]) {
      const answer = await rawHttp(port, request);
      expect(answer).toMatch(/^HTTP\/1\.1 415 /);
      expect(answer).not.toContain("handled");
      expect(answer).not.toMatch(/MiB|grpc-status/);
      expect(answer.toLowerCase()).not.toContain("content-type");
    }
  });

  it("is answered 415 over h2c", async () => {
    const port = await start();
    const session = http2.connect(`http://127.0.0.1:${port}`);
    try {
      const stream = session.request({ ":method": "POST", ":path": "/portcullis.v1.GovernanceService/Ping", "content-type": "application/grpc-web-text" });
      stream.end(b64);
      let status: number | undefined;
      let body = "";
      stream.on("response", (h) => (status = Number(h[":status"])));
      stream.on("data", (c: Buffer) => (body += c.toString("latin1")));
      stream.on("error", () => undefined);
      await once(stream, "close");
      expect([status, body]).toEqual([415, ""]);
    } finally {
      session.close();
    }
  });
});
