/**
 * Runs one audit query on a worker thread and hands its results back as they come: the
 * sidecar answers QueryAudit without running sqlite or reading segments on its event loop.
 */
import { Worker } from "node:worker_threads";
import type { AuditWorkerJob, AuditWorkerMessage } from "./audit-worker.js";
import type { AuditFilter, DistinctField } from "./query-filter.js";
import { auditWorkerFile } from "./worker-file.js";

/** A query that failed on the worker; `retryable` when the store changed under it. */
export class AuditQueryError extends Error {
  readonly retryable: boolean;
  constructor(message: string, retryable: boolean) {
    super(message);
    this.retryable = retryable;
  }
}

/**
 * Yields the results of a query as JSON strings (records, or distinct rows when `distinct`
 * is set); the worker reads the next batch only when the previous one was taken. Aborting
 * `signal`, or leaving the loop early, ends the worker.
 *
 * @example
 * ```ts
 * for await (const json of queryOffThread(dir, { server: "prod-data" })) send(json);
 * ```
 */
export async function* queryOffThread(
  dir: string,
  filter: AuditFilter,
  options: { distinct?: DistinctField | undefined; signal?: AbortSignal | undefined; batch?: number } = {},
): AsyncGenerator<string> {
  const job: AuditWorkerJob = { mode: "query", dir, filter, distinct: options.distinct, batch: options.batch ?? 256 };
  const worker = new Worker(auditWorkerFile(), { workerData: job, execArgv: [] });
  const queue: (AuditWorkerMessage | { type: "failed"; error: Error })[] = [];
  let wake: (() => void) | undefined;
  const push = (m: (typeof queue)[number]) => {
    queue.push(m);
    wake?.();
  };
  worker.on("message", (m: AuditWorkerMessage) => push(m));
  worker.on("error", (error) => push({ type: "failed", error }));
  worker.on("exit", () => push({ type: "failed", error: new Error("the audit query worker exited early") }));
  const onAbort = () => push({ type: "failed", error: new Error("the query was cancelled") });
  options.signal?.addEventListener("abort", onAbort, { once: true });
  try {
    for (;;) {
      if (queue.length === 0) await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
      const message = queue.shift()!;
      if (message.type === "end") return;
      if (message.type === "failed") throw message.error;
      if (message.type === "error") throw new AuditQueryError(message.message, message.retryable);
      if (message.type !== "batch") continue;
      for (const item of message.items) yield item;
      worker.postMessage("more");
    }
  } finally {
    options.signal?.removeEventListener("abort", onAbort);
    await worker.terminate();
  }
}
