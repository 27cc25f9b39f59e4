/**
 * Gives malloc's free pages back to the kernel every so often, through the optional native
 * addon `sidecar/native/malloc-trim.node` (its C source says why; scripts/build-native.mjs
 * builds it where it can). glibc keeps what V8's compiler zones, the HTTP parsers and the audit
 * index's bursts freed inside its arenas; under a steady load that held an Authorize-only
 * sidecar 10–20 MiB above what it used (BENCHMARKS.md, thirty-first session). Each trim runs on a
 * libuv pool thread and takes 1–10 ms there; the thread answering calls only queues it.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Logger } from "./logger.js";

/** What one trim did: whether glibc gave any memory back, and how long it walked its arenas. */
export interface TrimResult {
  readonly released: boolean;
  readonly ms: number;
}

interface MallocTrimAddon {
  trimAsync(): Promise<TrimResult>;
}

/** How often a serving process trims unless told otherwise (`serve --trim-interval`). */
export const DEFAULT_TRIM_INTERVAL_MS = 10_000;

// One level above both dist/ and bundle/ (and src/ under the tests): the addon sits in native/.
const ADDON_PATH = fileURLToPath(new URL("../native/malloc-trim.node", import.meta.url));

let addon: MallocTrimAddon | null | undefined;

/**
 * The addon, or undefined where it was not built (not Linux with glibc, no C compiler) or does
 * not load; loaded once.
 *
 * @example
 * ```ts
 * const result = await loadMallocTrim()?.trimAsync(); // { released: true, ms: 3.2 }
 * ```
 */
export function loadMallocTrim(): MallocTrimAddon | undefined {
  if (addon === undefined) {
    addon = null;
    if (existsSync(ADDON_PATH)) {
      try {
        const module = { exports: {} as MallocTrimAddon };
        process.dlopen(module, ADDON_PATH);
        addon = module.exports;
      } catch {
        // Built for another Node or libc: the process runs as it would without it.
      }
    }
  }
  return addon ?? undefined;
}

/** A running trim schedule; `stop` clears it (an unref'd timer: it never holds the process open). */
export interface MemoryTrim {
  /** False where the addon is not there: then the schedule does nothing. */
  readonly available: boolean;
  /** Trims now (after any trim in flight); undefined where the addon is not there. */
  trimNow(): Promise<TrimResult | undefined>;
  stop(): void;
}

/** The running schedule's trim, for `noteMemoryFreed` (one schedule per process). */
let scheduled: (() => void) | undefined;

/**
 * Says that a large amount of memory was just freed (a worker thread exited): a running trim
 * schedule trims now rather than at its next tick, so the process does not stay up to an
 * interval at its burst's size. Does nothing without a schedule (embedders, tests).
 *
 * @example
 * ```ts
 * worker.once("exit", () => noteMemoryFreed());
 * ```
 */
export function noteMemoryFreed(): void {
  scheduled?.();
}

/**
 * Trims every `intervalMs` (0: never), one trim at a time, logging each at debug level; and
 * when `noteMemoryFreed` is called while it runs.
 *
 * @example
 * ```ts
 * const trim = startMemoryTrim({ intervalMs: DEFAULT_TRIM_INTERVAL_MS, logger });
 * // … at shutdown
 * trim.stop();
 * ```
 */
export function startMemoryTrim(options: { intervalMs: number; logger: Logger }): MemoryTrim {
  const native = options.intervalMs > 0 ? loadMallocTrim() : undefined;
  let last: Promise<unknown> = Promise.resolve();
  let scheduledBusy = false;
  const trimNow = (): Promise<TrimResult | undefined> => {
    if (!native) return Promise.resolve(undefined);
    const run = last.then(async () => {
      const result = await native.trimAsync();
      options.logger.debug({ released: result.released, ms: Math.round(result.ms * 100) / 100 }, "malloc trimmed");
      return result;
    });
    last = run.catch(() => undefined);
    return run;
  };
  const tick = () => {
    if (scheduledBusy) return;
    scheduledBusy = true;
    void trimNow()
      .catch(() => undefined)
      .finally(() => (scheduledBusy = false));
  };
  const timer = native ? setInterval(tick, options.intervalMs).unref() : undefined;
  if (native) scheduled = tick;
  const stop = () => {
    clearInterval(timer);
    if (scheduled === tick) scheduled = undefined;
  };
  return { available: native !== undefined, trimNow, stop };
}
