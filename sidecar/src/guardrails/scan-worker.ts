/**
 * The piscina worker: runs `scan()` on a large response off the event loop. Compiled
 * profiles are cached per worker (by their JSON), and errors come back as data because a
 * GuardrailError's class does not survive the thread boundary.
 */
import { compileGuardrail, type CompiledGuardrail, type GuardrailConfig } from "./config.js";
import { GuardrailError } from "./guardrail-error.js";
import { scan, type ScanInput, type ScanOptions, type ScanOutcome } from "./scan.js";
import type { JsonObject } from "./tool-result.js";

/** One task for the pool. */
export interface ScanTask {
  readonly input: ScanInput;
  /**
   * A CallToolResult as JSON, scanned in place of `input` (parsed here): one string crosses the
   * thread boundary faster than the object graph it makes, and the mutated result goes back
   * as JSON too (`outcome.resultJson`).
   */
  readonly resultJson?: string;
  readonly config: GuardrailConfig;
  readonly options?: ScanOptions;
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
    const key = JSON.stringify(task.config);
    let guard = compiled.get(key);
    if (guard === undefined) {
      if (compiled.size > 64) compiled.clear();
      guard = compileGuardrail(task.config);
      compiled.set(key, guard);
    }
    if (task.resultJson === undefined) return { ok: true, outcome: scan(task.input, guard, task.options) };
    const { result, ...outcome } = scan({ result: JSON.parse(task.resultJson) as JsonObject }, guard, task.options);
    return { ok: true, outcome: result === undefined ? outcome : { ...outcome, resultJson: JSON.stringify(result) } };
  } catch (e) {
    if (e instanceof GuardrailError) return { ok: false, code: e.code, message: e.message };
    return { ok: false, code: "internal", message: e instanceof Error ? e.message : String(e) };
  }
}
