/**
 * The stdio downstreams' read buffer: the messages the SDK's own buffer reads, from any split
 * of the stream into chunks, at a cost that grows with the message rather than its square.
 */
import { ReadBuffer } from "@modelcontextprotocol/sdk/shared/stdio.js";
import { afterEach, describe, expect, it, vi } from "vitest";
import { LinearReadBuffer } from "../../../sidecar/src/gateway/stdio-read-buffer.js";
import { seededUnit } from "../../helpers/seeded-random.js";

interface Buffered {
  append(chunk: Buffer): void;
  readMessage(): unknown;
}

/** Everything `buffer` reads from `chunks` (a thrown error read as `{ error }`). */
function drain(buffer: Buffered, chunks: readonly Buffer[]): unknown[] {
  const out: unknown[] = [];
  for (const chunk of chunks) {
    try {
      buffer.append(chunk);
    } catch (err) {
      out.push({ error: (err as Error).message });
      continue;
    }
    for (;;) {
      let message: unknown;
      try {
        message = buffer.readMessage();
      } catch (err) {
        out.push({ error: (err as Error).message.slice(0, 40) });
        continue;
      }
      if (message === null) break;
      out.push(message);
    }
  }
  return out;
}

const rng = seededUnit;

/** `bytes` cut at random places (empty pieces included). */
function split(bytes: Buffer, r: () => number): Buffer[] {
  const pieces: Buffer[] = [];
  for (let at = 0; at < bytes.length; ) {
    const n = Math.floor(r() * r() * 40);
    pieces.push(bytes.subarray(at, at + n));
    at += n;
  }
  return pieces;
}

afterEach(() => vi.restoreAllMocks());

describe("LinearReadBuffer", () => {
  it("reads what the SDK's ReadBuffer reads, however the stream is cut", () => {
    const messages = [
      { jsonrpc: "2.0", id: 1, result: { content: [{ type: "text", text: "héllo — 世界 🙂" }] } },
      { jsonrpc: "2.0", method: "notifications/tools/list_changed" },
      { jsonrpc: "2.0", id: "x", error: { code: -32601, message: "no such method" } },
    ];
    const r = rng(7);
    for (let round = 0; round < 300; round++) {
      // Messages with LF or CRLF endings, a blank line and a line that is not JSON among them.
      let stream = "";
      for (let k = 0; k < 6; k++) {
        const pick = r();
        if (pick < 0.1) stream += "\n";
        else if (pick < 0.15) stream += "not json\n";
        else stream += JSON.stringify(messages[Math.floor(r() * messages.length)]) + (r() < 0.3 ? "\r\n" : "\n");
      }
      const chunks = split(Buffer.from(stream + (r() < 0.5 ? '{"jsonrpc":"2.0","id":9' : "")), r);
      const ours = drain(new LinearReadBuffer(1 << 20), chunks);
      expect(ours, JSON.stringify(stream)).toEqual(drain(new ReadBuffer({ maxBufferSize: 1 << 20 }), chunks));
      expect(ours.length).toBeGreaterThan(0);
    }
  });

  it("refuses what would go over its bound, with the SDK's message, and reads on afterwards", () => {
    const buffer = new LinearReadBuffer(100);
    buffer.append(Buffer.from("x".repeat(60)));
    expect(() => buffer.append(Buffer.from("y".repeat(60)))).toThrow("ReadBuffer exceeded maximum size of 100 bytes");
    // The held bytes went with the refusal: the next message reads whole.
    buffer.append(Buffer.from('{"jsonrpc":"2.0","id":2,"result":{}}\n'));
    expect(buffer.readMessage()).toEqual({ jsonrpc: "2.0", id: 2, result: {} });
    expect(buffer.readMessage()).toBeNull();
  });

  it("joins a long message's chunks once, however many there are (the SDK's buffer joins at every chunk)", () => {
    const text = JSON.stringify({ jsonrpc: "2.0", id: 1, result: { content: [{ type: "text", text: "z".repeat(2 * 1024 * 1024) }] } });
    const chunks = chunkEvery(Buffer.from(`${text}\n`), 64 * 1024);
    expect(chunks.length).toBeGreaterThan(30);
    const joins = vi.spyOn(Buffer, "concat");
    const ours = drain(new LinearReadBuffer(10 * 1024 * 1024), chunks);
    const oursJoins = joins.mock.calls.length;
    joins.mockClear();
    const theirs = drain(new ReadBuffer({ maxBufferSize: 10 * 1024 * 1024 }), chunks);
    expect(ours).toEqual(theirs);
    expect(oursJoins).toBe(1);
    expect(joins.mock.calls.length).toBe(chunks.length - 1);
  });
});

function chunkEvery(bytes: Buffer, size: number): Buffer[] {
  const out: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += size) out.push(bytes.subarray(at, at + size));
  return out;
}
