/**
 * Keeps an audit directory's index up to date from a worker thread, off the sidecar's event
 * loop: every ~1 s it indexes what the writer appended since. Queries catch up on their own
 * before answering, so the indexer only keeps that catch-up short.
 */
import { Worker } from "node:worker_threads";
import type { AuditWorkerJob, AuditWorkerMessage } from "./audit-worker.js";
import { auditWorkerFile } from "./worker-file.js";

/** Options of {@link AuditIndexer}. */
export interface AuditIndexerOptions {
  /** The audit directory (with `segments/`; the index goes to `index.sqlite` in it). */
  readonly dir: string;
  /** Pause between catch-ups (default 1000 ms). */
  readonly intervalMs?: number;
  /** Told of each catch-up that added records or rebuilt the index. */
  readonly onIndexed?: (outcome: { added: number; unreadable: number; rebuilt: boolean }) => void;
  /** Told when a catch-up failed (it is retried at the next interval). */
  readonly onError?: (message: string) => void;
}

/**
 * The background indexer of one audit directory.
 *
 * @example
 * ```ts
 * const indexer = new AuditIndexer({ dir: "./portcullis-data/audit", onError: (m) => logger.warn(m) });
 * await indexer.start();
 * // …
 * await indexer.stop();
 * ```
 */
export class AuditIndexer {
  readonly #options: AuditIndexerOptions;
  #worker: Worker | undefined;
  #stopped: Promise<void> | undefined;

  constructor(options: AuditIndexerOptions) {
    this.#options = options;
  }

  /** Starts the worker; resolves once it runs (its first catch-up is under way). */
  async start(): Promise<void> {
    if (this.#worker) return;
    const job: AuditWorkerJob = { mode: "index", dir: this.#options.dir, intervalMs: this.#options.intervalMs ?? 1000 };
    const worker = new Worker(auditWorkerFile(), { workerData: job, execArgv: [] });
    this.#worker = worker;
    worker.on("message", (message: AuditWorkerMessage) => {
      if (message.type === "indexed" && (message.added > 0 || message.rebuilt)) this.#options.onIndexed?.(message);
      else if (message.type === "error") this.#options.onError?.(`audit index: ${message.message}`);
    });
    worker.on("error", (err) => this.#options.onError?.(`audit index worker failed: ${err.message}`));
    this.#stopped = new Promise((resolve) => worker.once("exit", () => resolve()));
    await new Promise<void>((resolve, reject) => {
      worker.once("online", resolve);
      worker.once("error", reject);
    });
    // The indexer must not keep a process alive that is otherwise done — but only once it
    // runs: unreferenced while starting, it would let a process that is still starting up
    // (with nothing else on its event loop yet) exit under it.
    worker.unref();
  }

  /** Stops the worker after its current catch-up; resolves once it has exited. */
  async stop(): Promise<void> {
    const worker = this.#worker;
    if (!worker) return;
    // Referenced again while it stops: a process whose last other handle just closed (a
    // sidecar at the end of its drain) must wait for the exit, not end under the await.
    worker.ref();
    worker.postMessage("stop");
    await this.#stopped;
    this.#worker = undefined;
  }
}
