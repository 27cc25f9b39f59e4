/**
 * A start that a stop request overtakes, for `portcullis serve` and `gateway`: the start is
 * waited for a bounded time, then given up.
 */
import type { Logger } from "./logger.js";

/**
 * The started service — or, when a stop is requested first, `undefined` once the start has
 * been given up: a start that still finishes within `graceMs` is returned (the caller then
 * shuts it down cleanly — nothing is in flight), one that does not is left behind with a log
 * line, and the caller exits. A start that hangs (a Redis that accepts and never answers, a
 * stalled disk) must not swallow the stop. `graceName` names the bound in that line
 * (`--drain-timeout` for serve). A start that fails within the bound rejects as it would have.
 *
 * @example
 * ```ts
 * const sidecar = await startOrStop(startSidecar(options), stopRequested, 10_000, logger);
 * if (sidecar === undefined) return EXIT.failure;
 * ```
 */
export async function startOrStop<T>(
  starting: Promise<T>,
  stopRequested: Promise<string>,
  graceMs: number,
  logger: Logger,
  graceName = "--drain-timeout",
): Promise<T | undefined> {
  const first = await Promise.race([starting.then((started) => ({ started })), stopRequested.then((signal) => ({ signal }))]);
  if ("started" in first) return first.started;
  logger.info({ signal: first.signal, waitMs: graceMs }, "stop requested while starting; waiting for the start to finish before shutting down");
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<typeof GAVE_UP>((resolve) => {
    timer = setTimeout(() => resolve(GAVE_UP), graceMs);
  });
  // A start that fails after it was given up has no one left to tell.
  starting.catch(() => undefined);
  const outcome = await Promise.race([starting, late]).finally(() => clearTimeout(timer));
  if (outcome !== GAVE_UP) return outcome as T;
  // Whatever the start opened is let go with the process: the audit trail recovers from an
  // unclean stop, and the other stores hold nothing that outlives it.
  logger.error({ signal: first.signal, waitedMs: graceMs }, `start-up did not finish within ${graceName} of the stop request; exiting without it`);
  return undefined;
}

const GAVE_UP = Symbol("gave up");
