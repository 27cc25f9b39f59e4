/**
 * The piscina worker: runs `scan()` on a large response off the event loop. Compiled
 * profiles are cached per worker (by their JSON), and errors come back as data because a
 * GuardrailError's class does not survive the thread boundary.
 */
import { compileGuardrail, type CompiledGuardrail, type GuardrailConfig } from "./config.js";
import { GuardrailError } from "./guardrail-error.js";
import { scan, type ScanInput, type ScanOptions, type ScanOutcome } from "./scan.js";

/** One task for the pool. */
export interface ScanTask {
  readonly input: ScanInput;
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
    return { ok: true, outcome: scan(task.input, guard, task.options) };
  } catch (e) {
    if (e instanceof GuardrailError) return { ok: false, code: e.code, message: e.message };
    return { ok: false, code: "internal", message: e instanceof Error ? e.message : String(e) };
  }
}
