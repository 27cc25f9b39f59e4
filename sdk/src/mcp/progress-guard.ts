/**
 * Progress and log messages of a governed call on their way to the agent. A tool's progress
 * `message` and its log messages (`notifications/message`: `data`, `logger`) are text the tool
 * chose, and they reach the agent before the call's answer: they pass the call's guardrails
 * first, as the gateway's progress does (sidecar/src/gateway/progress-relay.ts) — a
 * ScanResponse with the call's tool and decision id. A blocked (or unscanned) progress message
 * is dropped and its numbers go on; a blocked (or unscanned) log message is withheld whole; a
 * mutated one is replaced.
 *
 * Messages go out in the order they came, one at a time. While one is being scanned, newer ones
 * wait: the latest progress report replaces the one waiting before it (a tool that reports a
 * thousand times a second costs a scan at a time, not a queue), and log messages wait in turn,
 * {@link MAX_WAITING_LOGS} at most (more are withheld). When the call is answered,
 * {@link ProgressGuard.close} lets the message on its way finish, sends the progress report
 * still waiting as its numbers only and the log messages still waiting once scanned (a log
 * message is all message), so that nothing of the call's progress or log follows its answer.
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

/** A log message (a `notifications/message`'s params): `level`, `logger`, `data`. */
export type LogParams = Record<string, unknown>;

/** A log message once scanned: the params to pass on, or undefined to withhold it. */
export type LogScan = (params: LogParams) => Promise<LogParams | undefined>;

/** Log messages of one call waiting for their scan at most; more are withheld. */
export const MAX_WAITING_LOGS = 64;

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
export function progressScan(target: GovernedTarget, call: ScannedCall): ProgressScan {
  const options = scanOptions(target, call);
  return async (text) => {
    const verdict = await target.governance.scanResponse({ ...scanOf(target, call), text }, options);
    if (verdict.action === ScanAction.BLOCK) return undefined;
    if (verdict.action === ScanAction.MUTATE) return verdict.text || undefined;
    return text;
  };
}

/**
 * The scan of one call's log messages: ScanResponse of the message as a tool result — a string
 * `data` as its text, other `data` and the `logger` as members, whose every key and string the
 * guardrails read — with the call's tool and decision id (no record: the answer's scan closes
 * the call's). A mutated message keeps its shape, its strings replaced; one whose scan blocks,
 * fails or comes back in another shape is withheld.
 *
 * @example
 * ```ts
 * const scan = logScan(target, { tool, decisionId, annotations, trace, signal });
 * ```
 */
export function logScan(target: GovernedTarget, call: ScannedCall): LogScan {
  const options = scanOptions(target, call);
  return async (params) => {
    const { level, logger, data } = params;
    const text = typeof data === "string";
    const result = { content: text ? [{ type: "text", text: data }] : [], ...(text ? {} : { data }), ...(logger === undefined ? {} : { logger }) };
    const verdict = await target.governance.scanResponse({ ...scanOf(target, call), resultJson: JSON.stringify(result) }, options);
    if (verdict.action === ScanAction.BLOCK) return undefined;
    if (verdict.action !== ScanAction.MUTATE) return { level, ...(logger === undefined ? {} : { logger }), data };
    if (!verdict.resultJson) return undefined;
    const masked = JSON.parse(verdict.resultJson) as { content?: { text?: unknown }[]; data?: unknown; logger?: unknown };
    const maskedData = text ? masked.content?.[0]?.text : masked.data;
    if (text && typeof maskedData !== "string") return undefined;
    if (logger !== undefined && typeof masked.logger !== "string") return undefined;
    return { level, ...(logger === undefined ? {} : { logger: masked.logger }), data: maskedData };
  };
}

function scanOptions(target: GovernedTarget, call: { trace: TraceContext; signal: AbortSignal | undefined }): CallOptions {
  const timeoutMs = target.timeouts?.scanResponse ?? target.timeoutMs;
  return {
    headers: traceEntries(call.trace),
    ...(timeoutMs ? { timeoutMs } : {}),
    ...(call.signal ? { signal: call.signal } : {}),
  };
}

/** How a guard passes on a call's log messages. */
interface LogChannel {
  deliver: (params: LogParams) => unknown;
  scan: LogScan;
}

/** A message waiting to go out, and the settling of its `push`. */
interface Waiting {
  kind: "progress" | "log";
  params: ProgressParams | LogParams;
  settle: () => void;
}

/**
 * Passes one call's progress reports (and, given a log channel, its log messages) through its
 * guardrails to `deliver`, in order, until closed.
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
  readonly #log: LogChannel | undefined;
  /** What is not yet on its way, oldest first: one progress report at most, and log messages. */
  #waiting: Waiting[] = [];
  #waitingLogs = 0;
  /** Messages are on their way out (scan, then delivery): the loop that sends them. */
  #busy: Promise<void> | undefined;
  #running = false;
  #closed = false;
  #cancelled = false;

  constructor(deliver: (params: ProgressParams) => unknown, scan: ProgressScan, log?: LogChannel) {
    this.#deliver = deliver;
    this.#scan = scan;
    this.#log = log;
  }

  /** Takes one report; settles once it went out, was replaced by a newer one, or was dropped. */
  push(params: ProgressParams): Promise<void> {
    if (this.#closed) return Promise.resolve();
    return new Promise<void>((settle) => {
      // The newer report replaces the one waiting, and takes its turn after what came between.
      const at = this.#waiting.findIndex((w) => w.kind === "progress");
      if (at >= 0) this.#waiting.splice(at, 1)[0]?.settle();
      this.#enqueue({ kind: "progress", params, settle });
    });
  }

  /**
   * Takes one log message; settles once it went out or was withheld. Without a log channel, or
   * with {@link MAX_WAITING_LOGS} waiting already, it is withheld at once.
   */
  pushLog(params: LogParams): Promise<void> {
    if (this.#closed || !this.#log || this.#waitingLogs >= MAX_WAITING_LOGS) return Promise.resolve();
    return new Promise<void>((settle) => {
      this.#waitingLogs++;
      this.#enqueue({ kind: "log", params, settle });
    });
  }

  /**
   * The call is being answered: nothing of its progress or log may follow. With `flush`, the
   * message on its way is let finish, the progress report still waiting goes out as its numbers
   * (its message would need a scan the answer should not wait for) and the log messages still
   * waiting go out once scanned, in order; without (the caller gave up), nothing more goes out.
   */
  async close(flush = true): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#cancelled = !flush;
    const waiting = this.#waiting;
    this.#waiting = [];
    this.#waitingLogs = 0;
    await this.#busy;
    for (const { kind, params, settle } of waiting) {
      try {
        if (!flush) continue;
        if (kind === "progress") await this.#send(numbersOf(params));
        else await this.#sendLog(params);
      } finally {
        settle();
      }
    }
  }

  #enqueue(waiting: Waiting): void {
    this.#waiting.push(waiting);
    if (!this.#running) {
      this.#running = true;
      this.#busy = this.#pump();
    }
  }

  async #pump(): Promise<void> {
    try {
      while (this.#waiting.length > 0 && !this.#closed) {
        const { kind, params, settle } = this.#waiting.shift() as Waiting;
        try {
          if (kind === "log") {
            this.#waitingLogs--;
            await this.#sendLog(params);
            continue;
          }
          const message = typeof params.message === "string" && params.message !== "" ? await this.#scanned(params.message) : undefined;
          if (this.#cancelled) return;
          await this.#send({ ...numbersOf(params), ...(message === undefined ? {} : { message }) });
        } finally {
          settle();
        }
      }
    } finally {
      // Cleared as the loop ends, not a tick later: a message pushed next starts the next loop.
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

  /** A log message through its scan: passed on as the scan left it, or withheld. */
  async #sendLog(params: LogParams): Promise<void> {
    const log = this.#log;
    if (!log) return;
    let scanned: LogParams | undefined;
    try {
      scanned = await log.scan(params);
    } catch {
      // Not inspected: not passed on.
      return;
    }
    if (scanned === undefined || this.#cancelled) return;
    try {
      await log.deliver(scanned);
    } catch {
      // A closed stream loses the message, not the call.
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

/** What every scan of a call's messages says of the call: its caller, tool and decision. */
function scanOf(target: GovernedTarget, call: ScannedCall) {
  return {
    token: target.token,
    server: target.server,
    tool: call.tool,
    decisionId: call.decisionId,
    workflowId: target.workflowId ?? "",
    annotations: call.annotations,
  };
}

/** The call whose progress and log messages are scanned. */
interface ScannedCall {
  readonly tool: string;
  readonly decisionId: string;
  readonly annotations: McpToolAnnotations | undefined;
  readonly trace: TraceContext;
  readonly signal: AbortSignal | undefined;
}
