/**
 * Raw TCP and HTTP/2 connections to a sidecar, for tests that misbehave on purpose (silent,
 * dribbling, half-sent) where a well-behaved client library would not.
 */
import { readFile } from "node:fs/promises";
import type * as http2 from "node:http2";
import * as net from "node:net";

/** A raw TCP connection that records when and how it ended. */
export interface RawSocket {
  readonly socket: net.Socket;
  /** Every byte the server sent. */
  readonly received: () => string;
  /** Resolves with the milliseconds from connecting until the connection closed. */
  readonly closed: Promise<number>;
  /** Resolves once the server has sent `text`. */
  waitFor(text: string): Promise<void>;
}

/** `127.0.0.1:1234` → host and port. */
export function hostPort(address: string): { host: string; port: number } {
  const i = address.lastIndexOf(":");
  return { host: address.slice(0, i), port: Number(address.slice(i + 1)) };
}

/** Opens a TCP connection and resolves once it is connected. */
export async function openSocket(address: string): Promise<RawSocket> {
  const started = Date.now();
  const socket = net.connect(hostPort(address));
  let data = "";
  const waiters: { text: string; resolve: () => void }[] = [];
  socket.on("error", () => undefined);
  socket.on("data", (chunk: Buffer) => {
    data += chunk.toString("latin1");
    for (const w of [...waiters]) {
      if (data.includes(w.text)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      }
    }
  });
  const closed = new Promise<number>((resolve) => socket.once("close", () => resolve(Date.now() - started)));
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", resolve);
    socket.once("error", reject);
  });
  return {
    socket,
    received: () => data,
    closed,
    waitFor: (text) =>
      data.includes(text)
        ? Promise.resolve()
        : new Promise<void>((resolve, reject) => {
            waiters.push({ text, resolve });
            void closed.then(() => reject(new Error(`connection closed before the server sent ${JSON.stringify(text)}; got ${JSON.stringify(data)}`)));
          }),
  };
}

/**
 * The head of an HTTP/1.1 Connect-protocol JSON request for `method` of GovernanceService,
 * declaring `length` body bytes. With `expectContinue` the server answers "100 Continue"
 * the moment it starts handling the request — proof that the call is in flight.
 */
export function connectRequestHead(method: string, length: number, expectContinue = false): string {
  return (
    `POST /portcullis.v1.GovernanceService/${method} HTTP/1.1\r\nhost: sidecar\r\ncontent-type: application/json\r\n` +
    `content-length: ${length}\r\n${expectContinue ? "expect: 100-continue\r\n" : ""}\r\n`
  );
}

/** What an HTTP/2 exchange came back with. */
export interface H2Result {
  readonly status: number | undefined;
  readonly headers: http2.IncomingHttpHeaders;
  readonly trailers: http2.IncomingHttpHeaders;
  readonly body: string;
  readonly rstCode: number;
}

/** Sends a request on an HTTP/2 session (the body all at once, or `undefined` to leave it open). */
export function h2Request(
  session: http2.ClientHttp2Session,
  headers: http2.OutgoingHttpHeaders,
  body: Uint8Array | string | undefined,
): { stream: http2.ClientHttp2Stream; result: Promise<H2Result> } {
  const stream = session.request({ ":method": "POST", ...headers });
  const result = new Promise<H2Result>((resolve) => {
    let status: number | undefined;
    let responseHeaders: http2.IncomingHttpHeaders = {};
    let trailers: http2.IncomingHttpHeaders = {};
    let text = "";
    stream.on("response", (h) => {
      responseHeaders = h;
      status = Number(h[":status"]);
    });
    stream.on("trailers", (t) => (trailers = t));
    stream.on("data", (chunk: Buffer) => (text += chunk.toString("latin1")));
    stream.on("error", () => undefined);
    stream.on("close", () => resolve({ status, headers: responseHeaders, trailers, body: text, rstCode: stream.rstCode ?? 0 }));
  });
  if (body !== undefined) stream.end(body);
  return { stream, result };
}

/** A gRPC length-prefixed message. */
export function grpcFrame(message: Uint8Array): Buffer {
  const frame = Buffer.alloc(5 + message.length);
  frame.writeUInt32BE(message.length, 1);
  frame.set(message, 5);
  return frame;
}

/** Reads the resident set size of a process from /proc, in bytes. */
export async function residentBytes(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, "utf8");
  const kb = /^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1];
  if (!kb) throw new Error(`no VmRSS in /proc/${pid}/status`);
  return Number(kb) * 1024;
}

/** An HTTP/2 frame: 9-byte header and payload. */
function h2Frame(type: number, flags: number, streamId: number, payload: Uint8Array): Buffer {
  const frame = Buffer.alloc(9 + payload.length);
  frame.writeUIntBE(payload.length, 0, 3);
  frame[3] = type;
  frame[4] = flags;
  frame.writeUInt32BE(streamId, 5);
  frame.set(payload, 9);
  return frame;
}

/** An HPACK literal header field without indexing, its name from the static table. */
function hpackLiteral(index: number, value: string): Buffer {
  const name = index < 15 ? [index] : [0x0f, index - 15];
  return Buffer.concat([Buffer.from(name), Buffer.from([value.length]), Buffer.from(value)]);
}

/** How a rapid-reset flood ended: the server's GOAWAY, if one arrived, and the close. */
export interface ResetFloodOutcome {
  readonly goaway: { readonly code: number; readonly lastStreamId: number } | undefined;
}

/**
 * A rapid-reset flood (CVE-2023-44487) on one raw HTTP/2 connection: `streams` request
 * HEADERS for `path` (no body yet), each followed at once by RST_STREAM (CANCEL), all written
 * at once. Raw frames, not `node:http2`'s client: that one drops a request's HEADERS still
 * queued when it is reset, so little of its flood would reach the server. Resolves once the
 * connection has closed.
 */
export async function resetFlood(address: string, streams: number, path = "/portcullis.v1.GovernanceService/Ping"): Promise<ResetFloodOutcome> {
  const raw = await openSocket(address);
  // :method POST, :scheme http (static table), :path, :authority, content-type.
  const block = Buffer.concat([Buffer.from([0x83, 0x86]), hpackLiteral(4, path), hpackLiteral(1, "sidecar"), hpackLiteral(31, "application/json")]);
  const cancel = Buffer.from([0, 0, 0, 8]);
  const frames: Buffer[] = [Buffer.from("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"), h2Frame(4, 0, 0, Buffer.alloc(0))];
  for (let i = 0, id = 1; i < streams; i++, id += 2) frames.push(h2Frame(1, 0x4, id, block), h2Frame(3, 0, id, cancel));
  raw.socket.write(Buffer.concat(frames));
  await raw.closed;
  // The server's frames: the first GOAWAY (type 7) among them.
  const bytes = Buffer.from(raw.received(), "latin1");
  for (let at = 0; at + 9 <= bytes.length; ) {
    const length = bytes.readUIntBE(at, 3);
    if (bytes[at + 3] === 7 && at + 9 + 8 <= bytes.length) {
      return { goaway: { lastStreamId: bytes.readUInt32BE(at + 9) & 0x7fffffff, code: bytes.readUInt32BE(at + 13) } };
    }
    at += 9 + length;
  }
  return { goaway: undefined };
}
