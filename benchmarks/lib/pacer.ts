/**
 * Pacers tell the open loop when call i of a fixed schedule (t0 + i × interval) is due.
 *
 * - `worker` (default): a worker thread sleeps with `Atomics.wait` (sub-millisecond, no
 *   spinning) and posts each due index; the message wakes the main event loop at once. Lag
 *   is ~0.1–0.2 ms and the client spends almost no CPU on pacing — which matters on a
 *   2-core machine where the sidecar needs the other core.
 * - `spin`: timers until ~1 ms before the due time, then `setImmediate` polling: precise,
 *   but keeps a core busy at high rates.
 * - `timer`: timers only (1 ms granularity): calls leave in small bursts and up to ~1 ms late.
 *
 * Whatever the pacer, lateness is charged to the call (latency counts from the intended
 * start) and reported separately as pacer lag.
 */
import { performance } from "node:perf_hooks";
import { Worker } from "node:worker_threads";

/** The pacing strategies. */
export type PacerKind = "worker" | "spin" | "timer";

/** A fixed schedule. */
export interface Schedule {
  /** `performance.now()` of call 0. */
  readonly t0: number;
  readonly intervalMs: number;
  readonly total: number;
}

/** A started pacer. */
export interface Pacer {
  /** Calls `due(i)` once call i (and every call before it) is due; ends after `total - 1`. */
  run(schedule: Schedule, due: (upTo: number) => void): void;
  /** Stops pacing and releases the worker. */
  stop(): Promise<void>;
}

/**
 * Creates a pacer, ready to run (the worker is online).
 *
 * @example
 * ```ts
 * const pacer = await createPacer("worker");
 * pacer.run({ t0: performance.now() + 2, intervalMs: 1, total: 1000 }, (upTo) => fireUpTo(upTo));
 * // … when done:
 * await pacer.stop();
 * ```
 */
export async function createPacer(kind: PacerKind): Promise<Pacer> {
  if (kind === "worker") return createWorkerPacer();
  let timer: NodeJS.Timeout | undefined;
  let immediate: NodeJS.Immediate | undefined;
  let stopped = false;
  return {
    run({ t0, intervalMs, total }, due) {
      const tick = () => {
        if (stopped) return;
        const upTo = Math.min(total - 1, Math.floor((performance.now() - t0) / intervalMs));
        if (upTo >= 0) due(upTo);
        if (upTo >= total - 1) return;
        const wait = t0 + (upTo + 1) * intervalMs - performance.now();
        if (kind === "timer") timer = setTimeout(tick, Math.max(0, wait));
        else if (wait > 1.2) timer = setTimeout(tick, wait - 1.1);
        else immediate = setImmediate(tick);
      };
      timer = setTimeout(tick, Math.max(0, t0 - performance.now()));
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      if (immediate) clearImmediate(immediate);
    },
  };
}

// CommonJS run with `eval: true`, so it loads the same way under Node and under vitest.
const WORKER_SOURCE = `
const { parentPort } = require("node:worker_threads");
const { performance } = require("node:perf_hooks");
const sleeper = new Int32Array(new SharedArrayBuffer(4));
parentPort.once("message", ({ startEpochMs, intervalMs, total }) => {
  for (let i = 0; i < total; i++) {
    const wait = startEpochMs + i * intervalMs - (performance.timeOrigin + performance.now());
    if (wait > 0) Atomics.wait(sleeper, 0, 0, wait);
    parentPort.postMessage(i);
  }
});
`;

async function createWorkerPacer(): Promise<Pacer> {
  const worker = new Worker(WORKER_SOURCE, { eval: true });
  await new Promise<void>((resolve, reject) => {
    worker.once("online", resolve);
    worker.once("error", reject);
  });
  let stopped = false;
  return {
    run({ t0, intervalMs, total }, due) {
      worker.on("message", (i: number) => {
        if (!stopped) due(i);
      });
      // The worker's clock has another origin: hand it the schedule in epoch milliseconds.
      worker.postMessage({ startEpochMs: performance.timeOrigin + t0, intervalMs, total });
    },
    async stop() {
      stopped = true;
      await worker.terminate();
    },
  };
}
