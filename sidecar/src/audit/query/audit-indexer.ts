/**
 * Keeps an audit directory's index up to date from a worker thread, off the sidecar's event
 * loop: every ~1 s it indexes what the writer appended since (`follow`), or in bursts — a
 * thread started every `intervalMs` that catches up and exits (`bursts`), so that between
 * bursts the process holds no isolate, heap or SQLite cache for it. Queries catch up on their
 * own before answering, so the indexer only keeps that catch-up short.
 */
import { Worker } from "node:worker_threads";
import type { AuditWorkerJob, AuditWorkerMessage } from "./audit-worker.js";
import { auditWorkerFile } from "./worker-file.js";
import { noteMemoryFreed } from "../../memory-trim.js";

/** Options of {@link AuditIndexer}. */
export interface AuditIndexerOptions {
  /** The audit directory (with `segments/`; the index goes to `index.sqlite` in it). */
  readonly dir: string;
  /** Pause between catch-ups (default 1000 ms); in `bursts`, between one burst's end and the next one's start. */
  readonly intervalMs?: number;
  /**
   * `follow` (default): one worker thread stays up and catches up every `intervalMs`.
   * `bursts`: each catch-up runs on a thread of its own, which exits once the index has caught
   * up. A thread that stays costs a process ~8 MB idle and ~19 MB after a minute at 1,000
   * records/s (its isolate, heap and SQLite cache; BENCHMARKS.md, floor, nineteenth session);
   * a burst costs a thread start (~0.1–0.25 s of CPU at the lowest priority) per interval.
   */
  readonly mode?: "follow" | "bursts";
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
  /** The running worker, if any. */
  #worker: Worker | undefined;
  /** Resolves when {@link #worker} has exited. */
  #exited: Promise<void> | undefined;
  /** The next burst, when one is due. */
  #next: NodeJS.Timeout | undefined;
  #stopping = false;

  constructor(options: AuditIndexerOptions) {
    this.#options = options;
  }

  /** Whether a worker thread is up right now (in `bursts`, only during a catch-up). */
  get running(): boolean {
    return this.#worker !== undefined;
  }

  /** Starts the worker; resolves once it runs (its first catch-up is under way). */
  async start(): Promise<void> {
    if (this.#worker || this.#next) return;
    this.#stopping = false;
    await this.#spawn();
  }

  async #spawn(): Promise<void> {
    const bursts = this.#options.mode === "bursts";
    const intervalMs = this.#options.intervalMs ?? 1000;
    const job: AuditWorkerJob = { mode: "index", dir: this.#options.dir, intervalMs, once: bursts };
    const worker = new Worker(auditWorkerFile(), { workerData: job, execArgv: [] });
    this.#worker = worker;
    worker.on("message", (message: AuditWorkerMessage) => {
      if (message.type === "indexed" && (message.added > 0 || message.rebuilt)) this.#options.onIndexed?.(message);
      else if (message.type === "error") this.#options.onError?.(`audit index: ${message.message}`);
    });
    worker.on("error", (err) => this.#options.onError?.(`audit index worker failed: ${err.message}`));
    this.#exited = new Promise((resolve) =>
      worker.once("exit", () => {
        if (this.#worker === worker) this.#worker = undefined;
        // Its isolate and SQLite cache (~20 MiB) were freed into malloc: hand them back now.
        if (bursts) noteMemoryFreed();
        // The next burst is counted from this one's end: a slow catch-up never overlaps the next.
        if (bursts && !this.#stopping) this.#next = setTimeout(() => this.#burst(), intervalMs).unref();
        resolve();
      }),
    );
    await new Promise<void>((resolve, reject) => {
      worker.once("online", resolve);
      worker.once("error", reject);
    });
    // The indexer must not keep a process alive that is otherwise done — but only once it
    // runs: unreferenced while starting, it would let a process that is still starting up
    // (with nothing else on its event loop yet) exit under it.
    worker.unref();
  }

  #burst(): void {
    this.#next = undefined;
    if (this.#stopping) return;
    this.#spawn().catch((err: unknown) => this.#options.onError?.(`audit index worker failed: ${(err as Error).message}`));
  }

  /** Stops the worker after its current catch-up (and any burst to come); resolves once it has exited. */
  async stop(): Promise<void> {
    this.#stopping = true;
    clearTimeout(this.#next);
    this.#next = undefined;
    const worker = this.#worker;
    if (!worker) return;
    // Referenced again while it stops: a process whose last other handle just closed (a
    // sidecar at the end of its drain) must wait for the exit, not end under the await.
    worker.ref();
    worker.postMessage("stop");
    await this.#exited;
  }
}
