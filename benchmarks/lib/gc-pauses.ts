/**
 * Garbage-collection pauses of the sidecar (parsed from its `--trace-gc` output) and of the
 * load-generating process (PerformanceObserver), so a report can say how much of a tail
 * is stop-the-world GC on either side.
 */
import { PerformanceObserver } from "node:perf_hooks";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/** One pause, stamped with the runner's `performance.now()`. */
export interface GcPause {
  readonly at: number;
  readonly ms: number;
  readonly kind: string;
  /** The V8 isolate it paused (`--trace-gc` prints worker threads' collections too); absent for this process's own. */
  readonly isolate?: string;
}

/**
 * Pauses within a window, of the thread that serves the calls: the isolate with the most
 * collections in the window. A worker thread's collection (the audit indexer's, a scan
 * worker's) stops that thread only; its longest is `otherThreadsMaxMs`, when there was one.
 */
export interface GcSummary {
  readonly count: number;
  readonly totalMs: number;
  readonly maxMs: number;
  readonly otherThreadsMaxMs?: number;
}

/**
 * A bounded log of GC pauses.
 *
 * @example
 * ```ts
 * const log = new GcPauseLog();
 * log.push({ at: performance.now(), ms: 4.2, kind: "Scavenge" });
 * log.summarize(t0, performance.now()); // { count: 1, totalMs: 4.2, maxMs: 4.2 }
 * ```
 */
export class GcPauseLog {
  readonly #pauses: GcPause[] = [];

  push(pause: GcPause): void {
    this.#pauses.push(pause);
    if (this.#pauses.length > 100_000) this.#pauses.splice(0, 50_000);
  }

  /** Pauses stamped in [from, to], of the busiest isolate (see {@link GcSummary}). */
  summarize(from: number, to: number): GcSummary {
    const byIsolate = new Map<string, { count: number; totalMs: number; maxMs: number }>();
    for (const p of this.#pauses) {
      if (p.at < from || p.at > to) continue;
      const key = p.isolate ?? "";
      const s = byIsolate.get(key) ?? { count: 0, totalMs: 0, maxMs: 0 };
      s.count++;
      s.totalMs += p.ms;
      s.maxMs = Math.max(s.maxMs, p.ms);
      byIsolate.set(key, s);
    }
    const sorted = [...byIsolate.values()].sort((a, b) => b.count - a.count || b.totalMs - a.totalMs);
    const main = sorted[0] ?? { count: 0, totalMs: 0, maxMs: 0 };
    const summary = { count: main.count, totalMs: round(main.totalMs), maxMs: round(main.maxMs) };
    if (sorted.length < 2) return summary;
    return { ...summary, otherThreadsMaxMs: round(Math.max(...sorted.slice(1).map((s) => s.maxMs))) };
  }
}

const TRACE_GC = /^\[\d+:(0x[0-9a-f]+)\]\s+[\d.]+ ms: ([A-Za-z-]+(?: \([a-z ]+\))?) .*?, ([\d.]+) \/ [\d.]+ ms/;

/**
 * Parses one line of V8's `--trace-gc` output into its kind, pause (ms) and isolate.
 *
 * @example
 * ```ts
 * parseTraceGcLine("[2586:0x1ec2e000]  3253 ms: Scavenge 51.1 (98.1) -> 29.9 (98.1) MB, pooled: 8 MB, 7.99 / 0.00 ms  (average mu = 0.990)");
 * // { kind: "Scavenge", ms: 7.99, isolate: "0x1ec2e000" }
 * ```
 */
export function parseTraceGcLine(line: string): { kind: string; ms: number; isolate: string } | undefined {
  const match = TRACE_GC.exec(line);
  return match ? { kind: match[2]!, ms: Number(match[3]), isolate: match[1]! } : undefined;
}

let own: GcPauseLog | undefined;

/**
 * The GC pauses of this process, observed from the first call on.
 *
 * @example
 * ```ts
 * const log = ownGcPauses(); … ; log.summarize(t0, performance.now()).maxMs;
 * ```
 */
export function ownGcPauses(): GcPauseLog {
  if (!own) {
    const log = new GcPauseLog();
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) log.push({ at: entry.startTime + entry.duration, ms: entry.duration, kind: entry.name });
    });
    observer.observe({ entryTypes: ["gc"] });
    own = log;
  }
  return own;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

let fullGc: (() => void) | undefined;

/**
 * A full garbage collection of the load-generating process, run before a measured window so
 * that the client's own old generation (grown by earlier cells) is not collected in the
 * middle of it: such a pause stalls the pacer and lands in the sidecar's latency.
 *
 * @example
 * ```ts
 * collectClientGarbage(); // then start the measured window
 * ```
 */
export function collectClientGarbage(): void {
  if (fullGc === undefined) {
    // The documented way to reach `gc()` without starting node with --expose-gc.
    setFlagsFromString("--expose-gc");
    fullGc = runInNewContext("gc") as () => void;
  }
  fullGc();
}
