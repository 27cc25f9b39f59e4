/**
 * The answer of a call served on a fast path (session-fast-call.ts, modern-fast-call.ts) that
 * may have notifications to send before it — its progress. Until the first one it is the plain
 * JSON answer the fast paths always wrote (most calls never report progress, and a JSON body
 * costs less than a stream); the first notification turns it into an event stream, written as
 * the SDKs write one (200, `text/event-stream`, each message an `event: message`), with the
 * answer as its last event. Streamable HTTP lets a server answer a POST either way; MCP
 * clients take both.
 */
import type { ServerResponse } from "node:http";
import { progressTokenOf, type ProgressSink } from "./progress-relay.js";
import { writeJsonRpc } from "./session-fast-call.js";

/**
 * One call's answer, JSON or an event stream.
 *
 * @example
 * ```ts
 * const out = new EventStreamAnswer(res, sessionId);
 * await out.notify({ jsonrpc: "2.0", method: "notifications/progress", params: { progressToken: 1, progress: 1 } });
 * out.answer({ jsonrpc: "2.0", id, result });
 * ```
 */
export class EventStreamAnswer {
  readonly #res: ServerResponse;
  readonly #sessionId: string | undefined;
  #streaming = false;

  /** `sessionId`: the 2025-11-25 session's, sent with the answer; none for 2026-07-28. */
  constructor(res: ServerResponse, sessionId: string | undefined) {
    this.#res = res;
    this.#sessionId = sessionId;
  }

  /** Whether the answer has become an event stream (its head is sent). */
  get streaming(): boolean {
    return this.#streaming;
  }

  /**
   * Writes a message before the answer; settles once the connection has taken it, or is gone —
   * so that a caller who does not read is sent nothing more until it does.
   */
  notify(message: { readonly method: string; readonly params?: unknown }): Promise<void> {
    const res = this.#res;
    if (res.destroyed || res.writableEnded) return Promise.resolve();
    if (!this.#streaming) {
      if (res.headersSent) return Promise.resolve();
      this.#streaming = true;
      const session = this.#sessionId === undefined ? {} : { "mcp-session-id": this.#sessionId };
      res.writeHead(200, {
        "content-type": "text/event-stream",
        "cache-control": "no-cache, no-transform",
        connection: "keep-alive",
        "x-accel-buffering": "no",
        ...session,
      });
    }
    if (res.write(frame({ jsonrpc: "2.0", ...message }))) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        res.off("drain", done);
        res.off("close", done);
        resolve();
      };
      res.once("drain", done);
      res.once("close", done);
    });
  }

  /** Writes the answer: the JSON body, or the stream's last event, and ends the response. */
  answer(message: unknown): void {
    const res = this.#res;
    if (!this.#streaming) writeJsonRpc(res, this.#sessionId, message);
    else if (!res.destroyed && !res.writableEnded) res.end(frame(message));
  }
}

function frame(message: unknown): string {
  return `event: message\ndata: ${JSON.stringify(message)}\n\n`;
}

/**
 * Where the progress of a call answered by `out` goes: its event stream, under the token the
 * caller gave in `meta`; undefined when it gave none (then nothing is relayed).
 *
 * @example
 * ```ts
 * await governed.callTool({ ...call, progress: progressSinkOf(params._meta, out) });
 * ```
 */
export function progressSinkOf(meta: Record<string, unknown> | undefined, out: EventStreamAnswer): ProgressSink | undefined {
  const token = progressTokenOf(meta);
  return token === undefined ? undefined : { token, send: (notification) => out.notify(notification) };
}
