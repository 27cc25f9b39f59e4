/**
 * The warning that the in-memory limit state dropped live per-workflow state to stay within its
 * bound (memory-store.ts): once at the first drop, then at most once a minute with what was
 * dropped since — never a line per call of a busy sidecar.
 */
import type { Logger } from "../logger.js";
import { MAX_WORKFLOW_KEYS } from "./memory-store.js";

/** How often, at most, the warning repeats while state keeps being dropped. */
export const DROPPED_STATE_LOG_EVERY_MS = 60_000;

/**
 * Returns the `onDropped` callback of a MemoryStateStore that warns on `logger`.
 *
 * @example
 * ```ts
 * const store = new MemoryStateStore({ onDropped: droppedStateLog(logger) });
 * ```
 */
export function droppedStateLog(logger: Logger, bound = MAX_WORKFLOW_KEYS): (what: string) => void {
  const counts = new Map<string, number>();
  let timer: NodeJS.Timeout | undefined;
  const flush = () => {
    timer = undefined;
    if (counts.size === 0) return;
    const dropped = Object.fromEntries(counts);
    counts.clear();
    logger.warn(
      { dropped, bound },
      "limit state in memory is full: the least recently used workflows' step counts, duplicate-guard entries or taint were dropped (such a workflow counts from zero again); run with --redis for this many workflows",
    );
    timer = setTimeout(flush, DROPPED_STATE_LOG_EVERY_MS);
    timer.unref();
  };
  return (what) => {
    counts.set(what, (counts.get(what) ?? 0) + 1);
    if (timer === undefined) flush();
  };
}
