/**
 * Per-call log lines that repeat are written once a minute with a count, not once per call.
 *
 * A denied call, a refused credential or a blocked response is logged at info so that an
 * operator sees who was refused and why. When the same refusal repeats — an agent looping on a
 * tool it may not call, or an outage that turns every call into a deny (the audit disk full,
 * the limit store down with `onStoreFailure: deny`) — a line per call is a flood: measured under
 * `wrk -c8` on a policy deny, ~10,000 lines a second and ~25 µs of the serving thread per
 * denied call (a quarter of its throughput) spent writing them. Each distinct line (its key:
 * what it says, without the call's own ids) is written the first time in a window; the repeats
 * are counted and written as one line with `repeated: n` when the window ends. The audit trail
 * still records every call; at debug level every line is written.
 */
import type { Logger } from "./logger.js";

/** How long a distinct line stays written-once before its repeats are summed up. */
export const REPEATED_LINES_WINDOW_MS = 60_000;
/** Distinct lines kept per window; lines beyond are counted together. */
export const REPEATED_LINES_MAX_KEYS = 1_000;

type Level = "info" | "warn";

interface Seen {
  readonly level: Level;
  readonly msg: string;
  /** The fields of the line first written, less the call's own ids. */
  readonly fields: Record<string, unknown>;
  repeats: number;
}

/** Options of {@link RepeatedLines}. */
export interface RepeatedLinesOptions {
  /** Default {@link REPEATED_LINES_WINDOW_MS}. */
  readonly windowMs?: number;
  /** Default {@link REPEATED_LINES_MAX_KEYS}. */
  readonly maxKeys?: number;
  /** Fields that identify one call (left out of the summary line). Default: `decisionId`. */
  readonly perCallFields?: readonly string[];
}

/**
 * Writes a per-call line the first time its key is seen in a window, and the count of its
 * repeats when the window ends.
 *
 * @example
 * ```ts
 * const lines = new RepeatedLines(logger);
 * lines.write("info", `deny|${reason}|${subject}|${server}|${tool}`, { decisionId, reason, subject, server, tool }, "deny");
 * // ...a minute later, if it repeated: {"reason":…,"subject":…,"repeated":41,"windowMs":60000,"msg":"deny"}
 * ```
 */
export class RepeatedLines {
  readonly #logger: Logger;
  readonly #windowMs: number;
  readonly #maxKeys: number;
  readonly #perCall: readonly string[];
  readonly #seen = new Map<string, Seen>();
  /** Lines not written one by one because the window already held maxKeys distinct lines. */
  #overflow = 0;
  #timer: NodeJS.Timeout | undefined;

  constructor(logger: Logger, options: RepeatedLinesOptions = {}) {
    this.#logger = logger;
    this.#windowMs = options.windowMs ?? REPEATED_LINES_WINDOW_MS;
    this.#maxKeys = options.maxKeys ?? REPEATED_LINES_MAX_KEYS;
    this.#perCall = options.perCallFields ?? ["decisionId"];
  }

  /** Whether a line at `level` would be written at all (build the fields only then). */
  enabled(level: Level): boolean {
    return this.#logger.isLevelEnabled(level);
  }

  /**
   * Writes the line, or counts it when a line with the same key was written in this window.
   * At debug level (an operator looking closely) every line is written.
   */
  write(level: Level, key: string, fields: Record<string, unknown>, msg: string): void {
    if (!this.#logger.isLevelEnabled(level)) return;
    if (this.#logger.isLevelEnabled("debug")) {
      this.#logger[level](fields, msg);
      return;
    }
    const seen = this.#seen.get(key);
    if (seen !== undefined) {
      seen.repeats++;
      return;
    }
    if (this.#seen.size >= this.#maxKeys) {
      this.#overflow++;
      return;
    }
    this.#seen.set(key, { level, msg, fields: this.#withoutIds(fields), repeats: 0 });
    this.#logger[level](fields, msg);
    if (this.#timer === undefined) {
      this.#timer = setTimeout(() => this.flush(), this.#windowMs);
      this.#timer.unref();
    }
  }

  /** Writes the counts of this window's repeats and starts a new window (also at shutdown). */
  flush(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    for (const seen of this.#seen.values()) {
      if (seen.repeats > 0) this.#logger[seen.level]({ ...seen.fields, repeated: seen.repeats, windowMs: this.#windowMs }, seen.msg);
    }
    this.#seen.clear();
    if (this.#overflow > 0) {
      this.#logger.warn(
        { notLogged: this.#overflow, distinctLines: this.#maxKeys, windowMs: this.#windowMs },
        "more distinct per-call lines than a window holds: the rest were counted, not written (the audit trail has every call)",
      );
      this.#overflow = 0;
    }
  }

  #withoutIds(fields: Record<string, unknown>): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(fields)) if (!this.#perCall.includes(k)) out[k] = v;
    return out;
  }
}
