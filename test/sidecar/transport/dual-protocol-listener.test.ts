/**
 * The listener's protocol sniff: a connection goes to the HTTP/2 server only once its first
 * bytes are the whole HTTP/2 preface, and to the HTTP/1.1 server as soon as they differ from
 * it. An HTTP/1.1 request whose first TCP packet is "P" or "PO" (a prefix of "PRI * HTTP/2.0")
 * is still HTTP/1.1; a client that sends such a prefix and nothing more is closed by the header
 * timeout, like one that sends nothing.
 */
import type * as http from "node:http";
import * as http2 from "node:http2";
import * as net from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, describe, expect, it } from "vitest";
import { DualProtocolListener, prefaceMatch, type DualHandler } from "../../../sidecar/src/transport/dual-protocol-listener.js";

const PREFACE = "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n";

const hello: DualHandler = (req, res) => {
  (res as http.ServerResponse).writeHead(200, { "content-type": "text/plain" }).end(`hello ${"stream" in req ? "h2" : "h1"}`);
};

let listener: DualProtocolListener | undefined;
afterEach(async () => {
  await listener?.close(1000);
  listener = undefined;
});

async function start(options: ConstructorParameters<typeof DualProtocolListener>[1] = {}): Promise<number> {
  listener = new DualProtocolListener(hello, options);
  return Number((await listener.listen({ host: "127.0.0.1", port: 0 })).split(":").pop());
}

/** Sends `parts` on a raw socket, pausing between them so that each arrives as its own read; resolves with all the server sent. */
function rawExchange(port: number, parts: string[]): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port, noDelay: true });
    let received = "";
    socket.on("data", (chunk: Buffer) => (received += chunk.toString("latin1")));
    socket.on("error", () => undefined);
    socket.on("close", () => resolve(received));
    socket.once("connect", async () => {
      for (const part of parts) {
        socket.write(part);
        await sleep(50);
      }
    });
  });
}

describe("prefaceMatch", () => {
  it("decides only on bytes that are the whole preface or that differ from it", () => {
    expect(prefaceMatch(Buffer.from("P"))).toBeUndefined();
    expect(prefaceMatch(Buffer.from("PO"))).toBe(false);
    expect(prefaceMatch(Buffer.from("PRI * HTTP/2.0\r\n"))).toBeUndefined();
    expect(prefaceMatch(Buffer.from(PREFACE))).toBe(true);
    expect(prefaceMatch(Buffer.from(`${PREFACE}\0\0`))).toBe(true);
    expect(prefaceMatch(Buffer.from("POST / HTTP/1.1\r\n"))).toBe(false);
    expect(prefaceMatch(Buffer.from("GET / HTTP/1.1\r\n"))).toBe(false);
  });
});

describe("the protocol sniff", () => {
  const request = "POST /x HTTP/1.1\r\nhost: x\r\nconnection: close\r\ncontent-length: 2\r\n\r\n{}";

  it.each([1, 2, 3])("serves an HTTP/1.1 request whose first packet is its first %i byte(s) as HTTP/1.1", async (first) => {
    const port = await start();
    const answer = await rawExchange(port, [request.slice(0, first), request.slice(first)]);
    expect(answer).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
    expect(answer).toContain("hello h1");
  });

  it("still serves HTTP/2 whose preface arrives whole, and plain HTTP/1.1", async () => {
    const port = await start();
    const session = http2.connect(`http://127.0.0.1:${port}`);
    try {
      const stream = session.request({ ":method": "POST", ":path": "/x" });
      stream.end("{}");
      let text = "";
      stream.setEncoding("utf8").on("data", (c: string) => (text += c));
      await new Promise((resolve) => stream.on("end", resolve));
      expect(text).toBe("hello h2");
    } finally {
      session.close();
    }
    expect(await rawExchange(port, [request])).toContain("hello h1");
  });

  it("closes a connection that sends a prefix of the preface and nothing more at the header timeout", async () => {
    const port = await start({ headerTimeoutMs: 200 });
    // Resolves only when the server closes the connection (nothing is sent after "P").
    const answer = await rawExchange(port, ["P"]);
    expect(answer).toBe("");
    expect(listener!.connections).toBe(0);
  });
});
