/**
 * Background threads give way to the threads that answer calls. The audit index follows the
 * segments on its own thread; on a small machine that thread competes for the same cores as
 * the event loop, and every millisecond it takes there is added to some caller's latency.
 * Run at the lowest priority, it uses the idle time a sidecar always has and falls behind only
 * under saturation — which costs nothing: a query catches the index up itself before it answers.
 */
import { readlinkSync } from "node:fs";
import { setPriority } from "node:os";

/** The nice value of a background thread: the lowest priority there is. */
export const BACKGROUND_NICE = 19;

/**
 * Lowers the calling thread (not the process) to {@link BACKGROUND_NICE}. Linux schedules
 * threads apart and `setpriority` takes a thread id, found through `/proc/thread-self`; where
 * that is not available this does nothing. Returns whether the priority was lowered.
 *
 * @example
 * ```ts
 * // first thing in a worker thread's body
 * yieldToForeground();
 * ```
 */
export function yieldToForeground(): boolean {
  try {
    const tid = Number(readlinkSync("/proc/thread-self").split("/").pop());
    if (!Number.isSafeInteger(tid) || tid <= 0) return false;
    setPriority(tid, BACKGROUND_NICE);
    return true;
  } catch {
    return false;
  }
}
