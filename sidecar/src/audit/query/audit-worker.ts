/**
 * The worker thread of the audit index, so that sqlite and file reads never run on the
 * sidecar's event loop. Two jobs, chosen by its workerData:
 * - `index`: catch the index up with the segments every `intervalMs` until told "stop" (or,
 *   with `once`, catch up and exit: the parent starts the next burst);
 * - `query`: catch up, run one query, and post its results in batches, each after the
 *   parent asked for "more" (so a slow client holds back the reading, not memory).
 */
import { existsSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import { listSegments } from "./audit-lines.js";
import { AuditIndex, BACKGROUND_BATCH_LINES, BACKGROUND_CACHE_KIB } from "./audit-index.js";
import { AuditQuery, AuditReadError } from "./audit-query.js";
import { yieldToForeground } from "./background-thread.js";
import type { AuditFilter, DistinctField } from "./query-filter.js";

/** The job a worker is started with. */
export type AuditWorkerJob =
  | { readonly mode: "index"; readonly dir: string; readonly intervalMs: number; readonly once?: boolean }
  | { readonly mode: "query"; readonly dir: string; readonly filter: AuditFilter; readonly distinct?: DistinctField | undefined; readonly batch: number };

/** What a worker posts to its parent. */
export type AuditWorkerMessage =
  | { readonly type: "indexed"; readonly added: number; readonly unreadable: number; readonly rebuilt: boolean }
  | { readonly type: "batch"; readonly items: string[] }
  | { readonly type: "end" }
  | { readonly type: "error"; readonly message: string; readonly retryable: boolean }
  | { readonly type: "stopped" };

const port = parentPort;
if (port) {
  const job = workerData as AuditWorkerJob;
  const inbox: string[] = [];
  let waiting: (() => void) | undefined;
  port.on("message", (message: string) => {
    inbox.push(message);
    waiting?.();
  });
  /** The next message from the parent, or "timeout" after `ms`. */
  const next = (ms = Number.POSITIVE_INFINITY): Promise<string> =>
    new Promise((resolve) => {
      const take = () => {
        clearTimeout(timer);
        waiting = undefined;
        resolve(inbox.shift()!);
      };
      const timer = Number.isFinite(ms)
        ? setTimeout(() => {
            waiting = undefined;
            resolve("timeout");
          }, ms)
        : undefined;
      if (inbox.length > 0) take();
      else waiting = take;
    });
  const post = (message: AuditWorkerMessage) => port.postMessage(message);

  if (job.mode === "index") {
    const backgroundOptions = { batchLines: BACKGROUND_BATCH_LINES, cacheKiB: BACKGROUND_CACHE_KIB };
    yieldToForeground();
    let index: AuditIndex | undefined;
    for (;;) {
      try {
        // No index before the writer has made a segment: the directory may not exist yet.
        if (!index && existsSync(job.dir) && listSegments(job.dir).length > 0) index = AuditIndex.open(job.dir, backgroundOptions);
        if (index) post({ type: "indexed", ...index.catchUp() });
      } catch (err) {
        post({ type: "error", message: (err as Error).message, retryable: true });
        try {
          index?.close();
        } catch {
          // unusable anyway; reopened next round
        }
        index = undefined;
      }
      if (job.once || (await next(job.intervalMs)) === "stop") break;
    }
    index?.close();
    post({ type: "stopped" });
    port.close();
  } else {
    let query: AuditQuery | undefined;
    try {
      query = AuditQuery.open(job.dir);
      const items = job.distinct ? query.distinct(job.filter, job.distinct) : query.records(job.filter);
      let batch: string[] = [];
      let cancelled = false;
      for (const item of items) {
        batch.push(JSON.stringify(item));
        if (batch.length < job.batch) continue;
        post({ type: "batch", items: batch });
        batch = [];
        if ((await next()) !== "more") {
          cancelled = true;
          break;
        }
      }
      if (!cancelled) {
        if (batch.length > 0) post({ type: "batch", items: batch });
        post({ type: "end" });
      }
    } catch (err) {
      post({ type: "error", message: (err as Error).message, retryable: err instanceof AuditReadError });
    } finally {
      query?.close();
      port.close();
    }
  }
}
