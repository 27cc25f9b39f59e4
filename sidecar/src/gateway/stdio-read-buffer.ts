/**
 * A read buffer for stdio downstreams whose cost grows with a message's length, not its square.
 *
 * The MCP SDK's stdio transport buffers a server's output with `ReadBuffer`, which copies all it
 * holds for every chunk that arrives (`Buffer.concat([held, chunk])`): a 10 MB answer that came
 * in 64 KB chunks copied ~800 MB and held the gateway's event loop for seconds. This one keeps
 * the chunks as they came, searches each for a newline once, and joins a message's chunks once.
 * Same interface, bound, error message and line handling as the SDK's, so the gateway's error
 * handling sees no difference; the gateway's stdio transport (stdio-process-transport.ts) reads
 * through it.
 */
import { deserializeMessage } from "@modelcontextprotocol/sdk/shared/stdio.js";
import type { JSONRPCMessage } from "@modelcontextprotocol/sdk/types.js";

const NEWLINE = 0x0a;

/**
 * Newline-delimited JSON-RPC messages from a stream of chunks, at most `maxBufferSize` bytes
 * held at once (more clears the buffer and throws, as the SDK's does).
 *
 * @example
 * ```ts
 * const buffer = new LinearReadBuffer(10 * 1024 * 1024);
 * buffer.append(Buffer.from('{"jsonrpc":"2.0","id":1,"result":{}}\n'));
 * buffer.readMessage(); // { jsonrpc: "2.0", id: 1, result: {} }
 * buffer.readMessage(); // null: nothing more is whole
 * ```
 */
export class LinearReadBuffer {
  readonly maxBufferSize: number;
  #chunks: Buffer[] = [];
  #size = 0;
  /** How many of the held chunks were searched and hold no newline. */
  #searched = 0;

  constructor(maxBufferSize: number) {
    this.maxBufferSize = maxBufferSize;
  }

  /** Holds `chunk`; throws (and drops everything held) when that would go over the bound. */
  append(chunk: Buffer): void {
    if (this.#size + chunk.length > this.maxBufferSize) {
      this.clear();
      throw new Error(`ReadBuffer exceeded maximum size of ${this.maxBufferSize} bytes`);
    }
    if (chunk.length === 0) return;
    this.#chunks.push(chunk);
    this.#size += chunk.length;
  }

  /** The next whole message, or null; throws on a line that is not a JSON-RPC message (the line is consumed). */
  readMessage(): JSONRPCMessage | null {
    const chunks = this.#chunks;
    for (let i = this.#searched; i < chunks.length; i++) {
      const at = chunks[i]!.indexOf(NEWLINE);
      if (at < 0) {
        this.#searched = i + 1;
        continue;
      }
      const head = i === 0 ? chunks[0]!.subarray(0, at) : Buffer.concat([...chunks.slice(0, i), chunks[i]!.subarray(0, at)]);
      const rest = chunks[i]!.subarray(at + 1);
      this.#chunks = rest.length > 0 ? [rest, ...chunks.slice(i + 1)] : chunks.slice(i + 1);
      this.#size -= head.length + 1;
      this.#searched = 0;
      const line = head.toString("utf8");
      return deserializeMessage(line.endsWith("\r") ? line.slice(0, -1) : line);
    }
    return null;
  }

  /** Drops everything held. */
  clear(): void {
    this.#chunks = [];
    this.#size = 0;
    this.#searched = 0;
  }
}
