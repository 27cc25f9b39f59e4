/**
 * Answers written together at the end of the event loop's turn rather than each the moment it
 * is ready.
 *
 * Why: on a loopback connection the kernel delivers a write inside the writer's own system
 * call, and a write that finds its reader asleep wakes it from there — on a virtual machine an
 * inter-processor interrupt, the most expensive part of the call. A client waiting on several
 * connections goes back to sleep between answers written one by one, a few tens of µs apart
 * (each call's own work); written back to back, the first answer wakes it and the rest find it
 * awake. Measured on the hot path (BENCHMARKS.md, "floor"): the sidecar's share of CPU in
 * wake-ups 13.7 → 8.4 %, Authorize throughput at 8 connections +12 %; one connection's median
 * +2 µs (the `setImmediate`).
 *
 * An answer waits at most for the rest of its turn (the requests that arrived with it), and
 * never more than {@link MAX_WAITING} wait together: a burst writes in slices.
 */
import type * as http from "node:http";
import type * as http2 from "node:http2";

/** The most answers that wait for the end of a turn; the next one writes them all. */
export const MAX_WAITING = 16;

/** A response the writer can finish: Node's HTTP/1.1 or HTTP/2 compatibility response. */
export type AnswerResponse = http.ServerResponse | http2.Http2ServerResponse;

interface Waiting {
  readonly res: AnswerResponse;
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: Uint8Array;
}

/** Writes whole answers (status, headers, body) at the end of the current turn. */
export interface TurnEndWriter {
  /** Queues the answer; it is written when the turn ends (or at once when {@link MAX_WAITING} wait). */
  write(res: AnswerResponse, status: number, headers: Record<string, string>, body: Uint8Array): void;
  /** Answers queued and not yet written. */
  readonly waiting: number;
}

/**
 * Creates a writer with its own queue.
 *
 * @example
 * ```ts
 * const writer = createTurnEndWriter();
 * writer.write(res, 200, { "content-type": "application/json", "content-length": "2" }, Buffer.from("{}"));
 * ```
 */
export function createTurnEndWriter(maxWaiting = MAX_WAITING): TurnEndWriter {
  let queue: Waiting[] = [];
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    const due = queue;
    queue = [];
    for (const answer of due) finish(answer);
  };
  return {
    write(res, status, headers, body) {
      queue.push({ res, status, headers, body });
      if (queue.length >= maxWaiting) flush();
      else if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
    },
    get waiting() {
      return queue.length;
    },
  };
}

function finish({ res, status, headers, body }: Waiting): void {
  // The caller may have gone away while the answer waited.
  if (res.headersSent || res.destroyed) return;
  try {
    (res as http.ServerResponse).writeHead(status, headers);
    (res as http.ServerResponse).end(body);
  } catch (err) {
    // A header Node refuses (e.g. a control character in a value): the caller gets a reset
    // rather than a half-written answer, and the other answers of the turn are still written.
    res.destroy(err instanceof Error ? err : new Error(String(err)));
  }
}
