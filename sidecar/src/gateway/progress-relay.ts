/**
 * Progress of a governed call, relayed from the downstream server to the caller that asked
 * for it (`_meta.progressToken` on its `tools/call`). The downstream sees the token of the
 * gateway's own client (one per downstream request, so a server shared by many callers
 * cannot mix theirs up); the caller gets back its own token, on the call's own stream.
 *
 * What a downstream sends is not trusted: only `progress`, `total` and `message` go on (no
 * `_meta`), a progress that does not increase is dropped (the spec requires it to, and a
 * client may draw it as it comes), and at most one notification per call goes out per
 * {@link PROGRESS_INTERVAL_MS} — the latest wins, so a downstream that reports a thousand
 * times a second costs the caller ten notifications, and a caller that does not read its
 * stream holds at most one waiting. The `message` is text the tool chose, on its way to the
 * agent: it is cut to {@link MAX_PROGRESS_MESSAGE_CHARS} and passed through the call's
 * guardrails (ScanResponse, the same profile as the call's answer) before it goes out — the
 * scan's replacement when it changes the text, nothing when it blocks or cannot scan — so it
 * is never a channel around them. Dropping every message would be safe too, but hosts show
 * them to people (the Inspector, IDEs) and a host may pass them to its model; scanning costs one
 * in-process ScanResponse per message, ten a second per call at most.
 */

/**
 * A progress token as MCP defines it.
 *
 * @example
 * ```ts
 * const token: ProgressToken = "upload-7";
 * ```
 */
export type ProgressToken = string | number;

/**
 * One progress report of a downstream, as its notification carried it (the token taken off).
 *
 * @example
 * ```ts
 * const report: DownstreamProgress = { progress: 3, total: 10, message: "indexing page 3" };
 * ```
 */
export interface DownstreamProgress {
  readonly progress: number;
  readonly total?: number | undefined;
  readonly message?: string | undefined;
}

/**
 * A `notifications/progress` for the caller.
 *
 * @example
 * ```ts
 * const note: ProgressNotification = { method: "notifications/progress", params: { progressToken: "t1", progress: 1, total: 4 } };
 * ```
 */
export interface ProgressNotification {
  readonly method: "notifications/progress";
  readonly params: { progressToken: ProgressToken; progress: number; total?: number; message?: string };
}

/**
 * Where a call's progress goes: the caller's token, and how to send a notification on the
 * call's stream. `send` settles once the notification is written or dropped; the relay sends
 * the next only after that, so a slow stream holds one notification at most.
 *
 * @example
 * ```ts
 * const sink: ProgressSink = { token: meta.progressToken, send: (note) => stream.notify(note) };
 * ```
 */
export interface ProgressSink {
  readonly token: ProgressToken;
  send(notification: ProgressNotification): Promise<void>;
}

/**
 * What a progress message may say once scanned: the text to pass on (the scan's replacement
 * where it changed it), or undefined to drop it (blocked, or not scanned).
 *
 * @example
 * ```ts
 * const scan: ScanProgressMessage = async (text) => (/ignore all previous/i.test(text) ? undefined : text);
 * ```
 */
export type ScanProgressMessage = (text: string) => Promise<string | undefined>;

/** Least time between two notifications of one call; the reports between are coalesced (the latest wins). */
export const PROGRESS_INTERVAL_MS = 100;
/**
 * Longest progress message passed on, in UTF-16 code units: a status line, not a channel for
 * the tool's output (that is the answer's, scanned whole).
 */
export const MAX_PROGRESS_MESSAGE_CHARS = 1000;

/**
 * The caller's progress token in a request's `_meta`, if it gave one.
 *
 * @example
 * ```ts
 * progressTokenOf({ progressToken: 7 }); // 7
 * progressTokenOf({ progressToken: null }); // undefined
 * ```
 */
export function progressTokenOf(meta: Record<string, unknown> | undefined): ProgressToken | undefined {
  const token = meta?.progressToken;
  return typeof token === "string" || (typeof token === "number" && Number.isFinite(token)) ? token : undefined;
}

/**
 * A progress message cut to `max` code units (never inside a surrogate pair), with `…` where it was cut.
 *
 * @example
 * ```ts
 * boundMessage("x".repeat(5000)).length; // 1000
 * ```
 */
export function boundMessage(text: string, max = MAX_PROGRESS_MESSAGE_CHARS): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

/**
 * Relays one call's progress from its downstream to its caller, until {@link close}.
 *
 * @example
 * ```ts
 * const relay = new ProgressRelay(sink, (text) => scan(text));
 * try {
 *   return await downstreams.callTool(server, tool, args, credential, signal, meta, (p) => relay.push(p));
 * } finally {
 *   relay.close();
 * }
 * ```
 */
export class ProgressRelay {
  readonly #sink: ProgressSink;
  readonly #scan: ScanProgressMessage | undefined;
  readonly #intervalMs: number;
  /** The last progress accepted: the next must be greater. */
  #last = Number.NEGATIVE_INFINITY;
  /** The latest report accepted and not yet sent (one at most: newer ones replace it). */
  #pending: DownstreamProgress | undefined;
  /** A report is on its way out (waiting for its turn, its scan or its write). */
  #busy = false;
  /** Its write has not settled yet: nothing else may be written before it. */
  #writing = false;
  #sentAt = Number.NEGATIVE_INFINITY;
  #wait: { timer: NodeJS.Timeout; resolve: () => void } | undefined;
  #closed = false;

  /**
   * `scan`: what a message may say (see {@link ScanProgressMessage}); without one, messages
   * are dropped and only the numbers go on.
   */
  constructor(sink: ProgressSink, scan?: ScanProgressMessage, options: { readonly intervalMs?: number } = {}) {
    this.#sink = sink;
    this.#scan = scan;
    this.#intervalMs = options.intervalMs ?? PROGRESS_INTERVAL_MS;
  }

  /** Takes one report of the downstream; a closed relay, or a progress that does not increase, drops it. */
  push(report: DownstreamProgress): void {
    if (this.#closed || !Number.isFinite(report.progress) || report.progress <= this.#last) return;
    this.#last = report.progress;
    this.#pending = report;
    if (!this.#busy) void this.#pump();
  }

  /**
   * Ends the relay: the call is being answered, so nothing may follow on its stream. With
   * `flush`, the latest report still waiting for its turn goes out first, as its numbers only
   * (its message would need a scan the answer cannot wait for); one mid-scan is dropped. A
   * cancelled call flushes nothing: its caller wants no more of it.
   */
  close(flush = true): void {
    if (this.#closed) return;
    this.#closed = true;
    const pending = this.#pending;
    this.#pending = undefined;
    if (this.#wait) {
      clearTimeout(this.#wait.timer);
      this.#wait.resolve();
      this.#wait = undefined;
    }
    if (flush && pending && !this.#writing) void this.#send(numbersOf(pending)).catch(() => undefined);
  }

  async #pump(): Promise<void> {
    this.#busy = true;
    try {
      while (this.#pending && !this.#closed) {
        const due = this.#sentAt + this.#intervalMs - performance.now();
        if (due > 0) await this.#pause(due);
        const report = this.#pending;
        if (!report || this.#closed) return;
        this.#pending = undefined;
        const message = report.message === undefined || report.message === "" ? undefined : await this.#scanned(report.message);
        if (this.#closed) return;
        this.#writing = true;
        try {
          await this.#send({ ...numbersOf(report), ...(message === undefined ? {} : { message }) });
        } finally {
          this.#writing = false;
        }
        this.#sentAt = performance.now();
      }
    } catch {
      // The caller's stream is gone: nothing more can reach it.
      this.#pending = undefined;
    } finally {
      this.#busy = false;
    }
  }

  #pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.#wait = undefined;
        resolve();
      }, ms);
      this.#wait = { timer, resolve };
    });
  }

  async #scanned(message: string): Promise<string | undefined> {
    if (!this.#scan) return undefined;
    try {
      // The scan's replacement goes on whole: cutting it could cut off the closing mark a
      // spotlight put around the text. It was made from a bounded message.
      const text = await this.#scan(boundMessage(message));
      return text === undefined || text === "" ? undefined : text;
    } catch {
      return undefined;
    }
  }

  /** Async, so that a sink that throws fails this promise rather than its caller. */
  async #send(report: { progress: number; total?: number; message?: string }): Promise<void> {
    await this.#sink.send({ method: "notifications/progress", params: { progressToken: this.#sink.token, ...report } });
  }
}

function numbersOf(report: DownstreamProgress): { progress: number; total?: number } {
  return Number.isFinite(report.total) ? { progress: report.progress, total: report.total! } : { progress: report.progress };
}
