/**
 * The piscina worker: runs `scan()` on a large response off the event loop. Compiled
 * profiles are cached per worker (by their JSON), and errors come back as data because a
 * GuardrailError's class does not survive the thread boundary.
 */
import { compileGuardrail, type CompiledGuardrail, type GuardrailConfig } from "./config.js";
import { checkJsonObject, type JsonObjectLimits } from "../services/json-object-checks.js";
import { parseExactJson } from "./exact-json.js";
import { GuardrailError, waitedTooLong } from "./guardrail-error.js";
import { scan, warmUpDetectors, type ScanInput, type ScanOptions, type ScanOutcome } from "./scan.js";
import type { JsonObject } from "./tool-result.js";

// Built while the thread starts, before piscina hands it a task (a thread takes tasks once its
// module has loaded). A thread started to replace one that was stopped used to build them
// inside its first task (~1 s of CPU), past that task's backstop, which stopped the new thread
// too: under a steady stream of large responses, no scan on the pool ever finished again.
warmUpDetectors();

/** One task for the pool. */
export interface ScanTask {
  readonly input: ScanInput;
  /**
   * A CallToolResult as JSON, scanned in place of `input` (parsed here): one string crosses the
   * thread boundary faster than the object graph it makes, and the mutated result goes back
   * as JSON too (`outcome.resultJson`), its numbers as they were written (exact-json.ts).
   */
  readonly resultJson?: string;
  /**
   * The request checks `resultJson` has not passed yet (size, nesting, syntax, keys once each,
   * numbers in range), run here instead of on the serving thread, whose event loop a large
   * result's parse and walks held for ~0.15-0.2 s per MB. A failure comes back as `invalid_input` or
   * `too_large` with the message the serving thread would have given.
   */
  readonly check?: { readonly field: string; readonly limits: JsonObjectLimits };
  readonly config: GuardrailConfig;
  readonly options?: ScanOptions;
  /**
   * When the response arrived (`Date.now()` on the serving thread). A task that waited longer
   * than its deadline for a thread is refused unscanned; one that waited less gets its whole
   * deadline from when it starts.
   */
  readonly arrivedAt?: number;
}

/** A task's reply: the outcome, or an error code and message. */
export type ScanReply = { readonly ok: true; readonly outcome: ScanOutcome } | { readonly ok: false; readonly code: string; readonly message: string };

const compiled = new Map<string, CompiledGuardrail>();

/**
 * Worker entry point (piscina calls the default export).
 *
 * @example
 * ```ts
 * await pool.run({ input: { text }, config });
 * ```
 */
export default function runScan(task: ScanTask): ScanReply {
  try {
    if (task.arrivedAt !== undefined) {
      const waited = Date.now() - task.arrivedAt;
      if (waited > task.config.deadlineMs) throw waitedTooLong(waited, task.config.deadlineMs, "a scan thread");
    }
    const key = JSON.stringify(task.config);
    let guard = compiled.get(key);
    if (guard === undefined) {
      if (compiled.size > 64) compiled.clear();
      guard = compileGuardrail(task.config);
      compiled.set(key, guard);
    }
    if (task.resultJson === undefined) return { ok: true, outcome: scan(task.input, guard, task.options) };
    let parsed: JsonObject;
    if (task.check === undefined) parsed = parseExactJson(task.resultJson) as JsonObject;
    else {
      const checked = checkJsonObject(task.check.field, task.resultJson, task.check.limits);
      if (!checked.ok) return { ok: false, code: checked.code === "resource_exhausted" ? "too_large" : "invalid_input", message: checked.message };
      parsed = checked.value as JsonObject;
    }
    const { result, ...outcome } = scan({ result: parsed }, guard, task.options);
    return { ok: true, outcome: result === undefined ? outcome : { ...outcome, resultJson: JSON.stringify(result) } };
  } catch (e) {
    if (e instanceof GuardrailError) return { ok: false, code: e.code, message: e.message };
    return { ok: false, code: "internal", message: e instanceof Error ? e.message : String(e) };
  }
}
