/**
 * Progress of a governed call on its way to the agent. A tool's progress `message` is text the
 * tool chose, and it reaches the agent before the call's answer: it passes the call's
 * guardrails first, as the gateway's progress does (sidecar/src/gateway/progress-relay.ts) —
 * a plain-text ScanResponse with the call's tool and decision id; a blocked (or unscanned)
 * message is dropped and its numbers go on, a mutated one is replaced.
 *
 * Reports go out in the order they came, one at a time: while one is being scanned, newer
 * ones wait, the latest replacing the one before (a tool that reports a thousand times a
 * second costs a scan at a time, not a queue). When the call is answered, {@link ProgressGuard.close}
 * lets the report on its way finish and sends the one still waiting as its numbers only, so
 * that nothing of the call's progress follows its answer.
 */
import { ScanAction } from "../gen.js";
import type { CallOptions } from "../governance-client.js";
import type { GovernedTarget } from "./governed-call.js";
import type { McpToolAnnotations } from "./mcp-shapes.js";
import { traceEntries, type TraceContext } from "./trace-context.js";

/**
 * A progress report (a notification's params): `progressToken` where the server sends one,
 * `progress`, `total`, `message`.
 */
export type ProgressParams = Record<string, unknown>;

/** What a progress message may say once scanned: the text to pass on, or undefined to drop it. */
export type ProgressScan = (text: string) => Promise<string | undefined>;

/** The fields of a report that go on; others (e.g. `_meta`) are the tool's, not the agent's. */
const PASSED = ["progressToken", "progress", "total"] as const;

/**
 * The scan of one call's progress messages: ScanResponse of the text, with the call's tool and
 * decision id (the answer's own scan closes the call's record; this one carries none).
 *
 * @example
 * ```ts
 * const scan = progressScan(target, { tool, decisionId, annotations, trace, signal });
 * ```
 */
export function progressScan(
  target: GovernedTarget,
  call: { tool: string; decisionId: string; annotations: McpToolAnnotations | undefined; trace: TraceContext; signal: AbortSignal | undefined },
): ProgressScan {
  const timeoutMs = target.timeouts?.scanResponse ?? target.timeoutMs;
  const options: CallOptions = {
    headers: traceEntries(call.trace),
    ...(timeoutMs ? { timeoutMs } : {}),
    ...(call.signal ? { signal: call.signal } : {}),
  };
  return async (text) => {
    const verdict = await target.governance.scanResponse(
      {
        token: target.token,
        server: target.server,
        tool: call.tool,
        decisionId: call.decisionId,
        workflowId: target.workflowId ?? "",
        annotations: call.annotations,
        text,
      },
      options,
    );
    if (verdict.action === ScanAction.BLOCK) return undefined;
    if (verdict.action === ScanAction.MUTATE) return verdict.text || undefined;
    return text;
  };
}

/**
 * Passes one call's progress reports through its guardrails to `deliver`, in order, until closed.
 *
 * @example
 * ```ts
 * const guard = new ProgressGuard((p) => onprogress(p), progressScan(target, call));
 * try {
 *   return await client.callTool(params, { onprogress: (p) => void guard.push(p) });
 * } finally {
 *   await guard.close(!signal?.aborted);
 * }
 * ```
 */
export class ProgressGuard {
  readonly #deliver: (params: ProgressParams) => unknown;
  readonly #scan: ProgressScan;
  /** The latest report not yet on its way, and the settling of its `push`. */
  #pending: { params: ProgressParams; settle: () => void } | undefined;
  /** Reports are on their way out (scan, then delivery): the loop that sends them. */
  #busy: Promise<void> | undefined;
  #running = false;
  #closed = false;
  #cancelled = false;

  constructor(deliver: (params: ProgressParams) => unknown, scan: ProgressScan) {
    this.#deliver = deliver;
    this.#scan = scan;
  }

  /** Takes one report; settles once it went out, was replaced by a newer one, or was dropped. */
  push(params: ProgressParams): Promise<void> {
    if (this.#closed) return Promise.resolve();
    return new Promise<void>((settle) => {
      this.#pending?.settle();
      this.#pending = { params, settle };
      if (!this.#running) {
        this.#running = true;
        this.#busy = this.#pump();
      }
    });
  }

  /**
   * The call is being answered: nothing of its progress may follow. With `flush`, the report on
   * its way is let finish and the one still waiting goes out as its numbers (its message would
   * need a scan the answer should not wait for); without (the caller gave up), nothing more goes out.
   */
  async close(flush = true): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#cancelled = !flush;
    const pending = this.#pending;
    this.#pending = undefined;
    await this.#busy;
    if (pending && flush) await this.#send(numbersOf(pending.params));
    pending?.settle();
  }

  async #pump(): Promise<void> {
    try {
      while (this.#pending && !this.#closed) {
        const { params, settle } = this.#pending;
        this.#pending = undefined;
        try {
          const message = typeof params.message === "string" && params.message !== "" ? await this.#scanned(params.message) : undefined;
          if (this.#cancelled) return;
          await this.#send({ ...numbersOf(params), ...(message === undefined ? {} : { message }) });
        } finally {
          settle();
        }
      }
    } finally {
      // Cleared as the loop ends, not a tick later: a report pushed next starts the next loop.
      this.#running = false;
    }
  }

  async #scanned(message: string): Promise<string | undefined> {
    try {
      const text = await this.#scan(message);
      return text === undefined || text === "" ? undefined : text;
    } catch {
      // Not inspected: not passed on.
      return undefined;
    }
  }

  /** A deliverer that throws (the host's callback, a closed stream) loses its report, not the call. */
  async #send(params: ProgressParams): Promise<void> {
    try {
      await this.#deliver(params);
    } catch {
      // Nothing more to do with it.
    }
  }
}

function numbersOf(params: ProgressParams): ProgressParams {
  const out: ProgressParams = {};
  for (const key of PASSED) if (params[key] !== undefined) out[key] = params[key];
  return out;
}
