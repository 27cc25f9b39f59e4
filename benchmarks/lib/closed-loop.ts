/**
 * Closed-loop load: `concurrency` callers, each starting its next call as soon as the
 * previous one ends, for a duration. It finds the maximum throughput at that concurrency;
 * its latencies are service times (a closed loop slows down with the server, so do not read
 * its tail as the tail a user sees at a given load — the open loop measures that).
 */
import { performance } from "node:perf_hooks";
import { createHistogram, recordMs } from "./latency-histogram.ts";
import { errorKind, type LoadResult } from "./open-loop.ts";
import type { Call } from "./scenario.ts";

/** Options of {@link runClosedLoop}. */
export interface ClosedLoopOptions {
  /** Calls in flight at all times. */
  readonly concurrency: number;
  /** How long callers keep starting calls, in milliseconds. */
  readonly durationMs: number;
}

/**
 * Runs `call` from `concurrency` callers for a duration.
 *
 * @example
 * ```ts
 * const r = await runClosedLoop(() => client.raw.ping({}), { concurrency: 16, durationMs: 5000 });
 * const callsPerSecond = (r.succeeded * 1000) / r.elapsedMs;
 * ```
 */
export async function runClosedLoop(call: Call, options: ClosedLoopOptions): Promise<LoadResult> {
  const { concurrency, durationMs } = options;
  if (!(concurrency >= 1) || !(durationMs > 0)) throw new RangeError("runClosedLoop: concurrency >= 1 and durationMs > 0");
  const latency = createHistogram();
  const errorKinds: Record<string, number> = {};
  let attempted = 0;
  let succeeded = 0;
  let errors = 0;
  const t0 = performance.now();
  const end = t0 + durationMs;

  const caller = async () => {
    while (performance.now() < end) {
      attempted++;
      const start = performance.now();
      try {
        const result = await call();
        if (result === false) throw Object.assign(new Error("unexpected result"), { code: "unexpected result" });
        recordMs(latency, performance.now() - start);
        succeeded++;
      } catch (err) {
        errors++;
        const kind = errorKind(err);
        errorKinds[kind] = (errorKinds[kind] ?? 0) + 1;
        // A failing call returns fast: do not spin the loop on errors.
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, caller));
  return { latency, attempted, succeeded, errors, errorKinds, elapsedMs: performance.now() - t0 };
}
