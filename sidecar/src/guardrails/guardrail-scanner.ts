/**
 * `GuardrailScanner`: owns the worker pool and decides per response whether to scan inline
 * (small payloads: a thread hop costs more than the scan) or on a piscina worker (large
 * payloads: keep the event loop free for other RPCs).
 *
 * The default threshold, {@link DEFAULT_INLINE_MAX_BYTES}, was MEASURED with
 * `node eval/threshold.ts --repeat 3` on the 2-core reference machine (Node 24, shared with
 * other jobs, load 3-4) after the single-pass detector rewrite: three runs, each cell the
 * median of 60 alternating inline/pool rounds after a 3 s warm-up, full detector set, mixed
 * tool-output payloads. A warm one-thread pool costs 0.06-0.14 ms per round trip on a 1-byte
 * payload (the fixed hop). Inline scanning took 0.04-0.07 ms at 1-2 KB, 0.06-0.10 ms at
 * 4 KB, 0.12-0.23 ms at 8 KB and 0.3-0.4 ms at 16 KB; through the pool the same payloads took
 * 0.11-0.21, 0.13-0.27, 0.25-0.44 and 0.52-0.69 ms. In every run the inline cost reaches the hop at
 * 8 KB. The pool is never cheaper per call here (pool/inline stays 1.3-2 up to 512 KB: the
 * same scan on a worker plus the hop and the copy of the outcome); what it buys is an event
 * loop kept free, which is worth the hop once an inline scan costs more than the hop itself.
 * So payloads of 8 KiB and more go to the pool. The threshold moves with detector speed:
 * re-run the script after changing the detectors.
 */
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import type { Piscina } from "piscina";
import { compileGuardrail, type CompiledGuardrail, type GuardrailConfig, type GuardrailConfigInput } from "./config.js";
import { GuardrailError, waitedTooLong } from "./guardrail-error.js";
import { JudgeReview } from "./judge-review.js";
import { detectorsBuilt, scan, utf8Length, WARM_UP_TEXT, warmUpDetectors, type ScanInput, type ScanOptions, type ScanOutcome } from "./scan.js";
import type { JsonObjectLimits } from "../services/json-object-checks.js";
import type { ScanReply, ScanTask } from "./scan-worker.js";
import { resultStrings } from "./tool-result.js";

/** How long after a failed pool start large responses stay inline before the next attempt. */
const POOL_RETRY_MS = 60_000;

/** Responses at or above this size (UTF-8 bytes of the scanned strings) go to the pool. */
export const DEFAULT_INLINE_MAX_BYTES = 8 * 1024;

/** Options for {@link GuardrailScanner}. */
export interface GuardrailScannerOptions {
  /** Largest payload scanned inline; default {@link DEFAULT_INLINE_MAX_BYTES}. 0 sends everything to the pool (once it is warm). */
  readonly inlineMaxBytes?: number;
  /** Most worker threads (default: available cores minus one, at least one, at most 4). */
  readonly maxThreads?: number;
  /** Threads started, warmed and kept up (default: up to 2); the rest start on demand and idle out. */
  readonly minThreads?: number;
  /** Worker file; defaults to the compiled `scan-worker.js` next to this module. */
  readonly workerFilename?: string;
  /** Told when the pool fails to start; large responses go on being scanned inline. */
  readonly onPoolError?: (error: Error) => void;
  /** A profile's judge failed (timed out, answered an error or garbage, its key unset): why, and whether the response was blocked or let through on the local verdict (`judge.onError`). */
  readonly onJudgeError?: (why: string, onError: "allow" | "block") => void;
  /** Told once this thread has built its detectors (by {@link GuardrailScanner.warmInline} or the first inline scan), with the CPU time it took. */
  readonly onDetectorsBuilt?: (cpuMs: number) => void;
}

/** Where the compiled worker lives: beside this file in dist, or in dist when running from source. */
function defaultWorker(): string {
  const here = import.meta.url;
  return fileURLToPath(here.endsWith(".ts") ? new URL("../../dist/guardrails/scan-worker.js", here) : new URL("./scan-worker.js", here));
}

/**
 * Whether a profile runs regular expressions the policy wrote (`customPatterns`). No check at
 * load proves a pattern linear (one that passed `policy check` froze the serving thread on a
 * 41-byte response: `(\w|\d)+$`), and a running pattern cannot be interrupted, so those
 * scans run on the pool, whose stuck threads are replaced — whatever the response's size.
 */
function runsPolicyPatterns(guard: CompiledGuardrail): boolean {
  return guard.custom.length > 0;
}

/**
 * Scans tool responses inline or on a worker pool; close it on shutdown.
 *
 * @example
 * ```ts
 * const scanner = new GuardrailScanner();
 * const outcome = await scanner.scan({ result }, { pii: "mutate", injection: "block" });
 * await scanner.close();
 * ```
 */
export class GuardrailScanner {
  readonly inlineMaxBytes: number;
  readonly #options: GuardrailScannerOptions;
  #pool: Piscina | undefined;
  #started: Promise<Piscina> | undefined;
  /** The pool once its threads are started and warm: only then do scans go to it. */
  #warm: Piscina | undefined;
  /** After a failed start, no new one before this (`performance.now()`). */
  #retryAt = 0;
  /** While the pool is not warm: when the next large response may be scanned on this thread (`performance.now()`). */
  #inlineFreeAt = 0;
  /** Large responses waiting for their turn on this thread, first come first served (tickets). */
  readonly #waiting: number[] = [];
  #nextTicket = 0;
  #closed = false;
  readonly #judges: JudgeReview;

  constructor(options: GuardrailScannerOptions = {}) {
    this.#options = options;
    this.#judges = new JudgeReview(options.onJudgeError);
    this.inlineMaxBytes = options.inlineMaxBytes ?? DEFAULT_INLINE_MAX_BYTES;
  }

  /**
   * Starts every worker thread and warms it with one scan (module load, detector tables,
   * first compilation). Optional: a scanner that was never started starts its pool on the
   * first response large enough for it, and scans large responses inline until the pool is
   * warm — none waits for thread start-up, though a burst of them takes turns with the other
   * calls (see `#inlineTurn`). The sidecar leaves it to that: most
   * sidecars never see a response that large, and the warm pool cost every start ~0.35 s of
   * CPU and ~29 MB of RSS (measured: README, guardrails).
   *
   * @example
   * ```ts
   * const scanner = new GuardrailScanner();
   * await scanner.start();
   * ```
   */
  start(): Promise<void> {
    return this.#ready().then(() => undefined);
  }

  /**
   * Builds now what a process's first scan would build ({@link warmUpDetectors}: compiled
   * patterns, the key-word automaton, detector tables; ~0.7–1 s of CPU), so that the first
   * response does not wait for it; a scan that finds them unbuilt builds them the same way. (Its deadline would not count it either: on a loaded machine
   * the first response of a fresh sidecar was once withheld as "could not inspect".)
   *
   * @example
   * ```ts
   * new GuardrailScanner().warmInline();
   * ```
   */
  warmInline(): void {
    if (detectorsBuilt()) return;
    const before = process.cpuUsage();
    warmUpDetectors();
    const { user, system } = process.cpuUsage(before);
    this.#options.onDetectorsBuilt?.((user + system) / 1000);
  }

  /** Whether large responses are scanned on the worker pool now (it is started and warm). */
  get poolReady(): boolean {
    return this.#warm !== undefined;
  }

  /** The started pool; a start that failed is forgotten, so the next scan tries again. */
  #ready(): Promise<Piscina> {
    const started = (this.#started ??= this.#startPool());
    started.catch(() => {
      if (this.#started === started) this.#started = undefined;
    });
    return started;
  }

  /**
   * Scans one response; rejects with a GuardrailError (too_large, deadline_exceeded, …).
   * `resultJson`: the result's JSON as the caller received it (`input.result` parsed from it),
   * for a large result to cross to a worker as that string; the outcome then carries a mutated
   * result as `resultJson` instead of `result`.
   */
  async scan(
    input: ScanInput,
    config: GuardrailConfigInput | GuardrailConfig | CompiledGuardrail,
    options: ScanOptions = {},
    resultJson?: string,
  ): Promise<ScanOutcome> {
    if (this.#closed) throw new GuardrailError("pool_closed", "the guardrail scanner is closed");
    const arrivedAt = Date.now();
    const guard = compileGuardrail(config);
    const json = input.result !== undefined && input.judged === undefined ? resultJson : undefined;
    const size = json === undefined ? payloadBytes(input) : routingBytes(input, json, guard.config.maxBytes);
    const custom = runsPolicyPatterns(guard);
    const pooled = (custom || size >= this.inlineMaxBytes) && size <= guard.config.maxBytes;
    if (pooled && !this.#warm) {
      this.#warmInBackground();
      if (custom) await this.#poolStart(arrivedAt, guard.config.deadlineMs);
      // Waited for only when the turn is taken or others wait: a free one is taken in this same tick.
      else if (performance.now() < this.#inlineFreeAt || this.#waiting.length > 0) await this.#inlineTurn(arrivedAt, guard.config.deadlineMs);
    }
    const local = pooled && this.#warm ? await this.#onPool(this.#warm, input, guard, options, json, arrivedAt) : this.#inline(input, guard, options, pooled);
    return guard.config.judge ? this.#judges.review(input, guard, local, options) : local;
  }

  /**
   * Scans a result given only as its JSON, not yet parsed nor checked, on the pool, where the
   * checks `check` names (json-object-checks.ts) run first: the serving thread only hands the
   * string over. Undefined when the result would not go to the pool now (the pool not warm,
   * the JSON under {@link inlineMaxBytes} or over the profile's `maxBytes` or the field's,
   * a judge configured): the caller then checks and parses it here and calls {@link scan},
   * whose answers these are, byte for byte. A check's refusal rejects as `invalid_input` or
   * `too_large` with the field's message.
   *
   * @example
   * ```ts
   * const outcome = await (scanner.scanUncheckedJson(json, { field: "result_json", limits }, profile) ?? scanner.scan({ result: parse(json) }, profile, {}, json));
   * ```
   */
  scanUncheckedJson(
    resultJson: string,
    check: { readonly field: string; readonly limits: JsonObjectLimits },
    config: GuardrailConfigInput | GuardrailConfig | CompiledGuardrail,
    options: ScanOptions = {},
  ): Promise<ScanOutcome> | undefined {
    const pool = this.#warm;
    // Over the field's limit: refused on this thread as before, without a hop.
    if (this.#closed || pool === undefined || resultJson.length > check.limits.maxBytes) return undefined;
    const arrivedAt = Date.now();
    const guard = compileGuardrail(config);
    // The judge reviews the parsed result on this thread: no gain in parsing it twice.
    if (guard.config.judge) return undefined;
    // The same routing as scan(): the JSON's UTF-8 length bounds its strings' (routingBytes).
    const size = utf8Length(resultJson);
    if ((size < this.inlineMaxBytes && !runsPolicyPatterns(guard)) || size > guard.config.maxBytes) return undefined;
    return this.#onPool(pool, { text: "" }, guard, options, resultJson, arrivedAt, check);
  }

  /**
   * Scans on this thread. A large response (one the pool would take, were it warm) leaves the
   * thread as long again to serve other calls before the next large one may start here.
   */
  #inline(input: ScanInput, guard: CompiledGuardrail, options: ScanOptions, large: boolean): ScanOutcome {
    this.warmInline();
    if (!large) return scan(input, guard, options);
    const started = performance.now();
    try {
      return scan(input, guard, options);
    } finally {
      const ended = performance.now();
      this.#inlineFreeAt = ended + (ended - started);
    }
  }

  /**
   * While the pool starts (or cannot), large responses are scanned here, taking turns in the
   * order they came: each waits until the previous one has given the thread back for as long as
   * it took, or until the pool is warm, whichever comes first. A burst of them used to run back to back and hold the
   * event loop for seconds (12 responses of 2 MB: no Authorize answered for ~4 s). One that
   * cannot start within its deadline is refused (fail closed).
   */
  async #inlineTurn(arrivedAt: number, deadlineMs: number): Promise<void> {
    const ticket = this.#nextTicket++;
    this.#waiting.push(ticket);
    try {
      while (!this.#warm) {
        const wait = this.#inlineFreeAt - performance.now();
        if (wait <= 0 && this.#waiting[0] === ticket) return;
        const waited = Date.now() - arrivedAt;
        if (waited > deadlineMs) throw waitedTooLong(waited, deadlineMs, "its turn on the serving thread while the scan threads start");
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, Math.min(Math.max(wait, 0), deadlineMs - waited) + 1);
          const done = () => {
            clearTimeout(timer);
            resolve();
          };
          this.#started?.then(done, done);
        });
      }
    } finally {
      this.#waiting.splice(this.#waiting.indexOf(ticket), 1);
    }
  }

  /**
   * Waits, within the scan's deadline, for the pool a scan with the policy's own patterns must
   * run on; a pool that cannot start in time (or at all) refuses the scan (fail closed) rather
   * than run those patterns on this thread.
   */
  async #poolStart(arrivedAt: number, deadlineMs: number): Promise<void> {
    const started = this.#started;
    const left = deadlineMs - (Date.now() - arrivedAt);
    if (started !== undefined && left > 0) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([started.catch(() => undefined), new Promise<void>((resolve) => (timer = setTimeout(resolve, left)))]).finally(() =>
        clearTimeout(timer),
      );
    }
    if (!this.#warm)
      throw waitedTooLong(Date.now() - arrivedAt, deadlineMs, "a scan thread to run the policy's custom patterns on (they never run on the serving thread)");
  }

  /** Starts the pool for the scans to come, once; a start that fails is reported and tried again a minute later. */
  #warmInBackground(): void {
    if (this.#started || this.#closed || performance.now() < this.#retryAt) return;
    this.#ready().catch((err: unknown) => {
      this.#retryAt = performance.now() + POOL_RETRY_MS;
      this.#options.onPoolError?.(err as Error);
    });
  }

  async #startPool(): Promise<Piscina> {
    // Loaded with the first pool: a sidecar that never starts one never loads it (~35 ms at start).
    const { Piscina } = await import("piscina");
    if (this.#closed) throw new GuardrailError("pool_closed", "the guardrail scanner is closed");
    // A sidecar shares its machine (and availableParallelism() does not see a container's CPU
    // quota): a few threads at most, of which up to two are started, warmed and kept up — a
    // thread that idled out would make the next large response pay its start-up again.
    const threads = this.#options.maxThreads ?? Math.min(4, Math.max(1, availableParallelism() - 1));
    const pool = new Piscina({
      filename: this.#options.workerFilename ?? defaultWorker(),
      maxThreads: threads,
      minThreads: Math.min(threads, this.#options.minThreads ?? 2),
      idleTimeout: 60_000,
    });
    this.#pool = pool;
    // A worker's own failure (its module cannot load, it crashed outside a task) is an 'error'
    // event, which would be an uncaught exception without a listener. While starting, the
    // warm-up's rejection reports it; once warm, the listener does.
    pool.on("error", (err: Error) => {
      if (this.#warm === pool) this.#options.onPoolError?.(err);
    });
    const warmUp: ScanTask = { input: { text: WARM_UP_TEXT }, config: compileGuardrail({}).config };
    // One task per thread, all at once, so that each thread loads the module and scans once.
    try {
      await Promise.all(Array.from({ length: pool.options.minThreads }, () => pool.run(warmUp)));
    } catch (err) {
      if (this.#pool === pool) this.#pool = undefined;
      await pool.destroy();
      throw err;
    }
    if (this.#pool === pool) this.#warm = pool;
    return pool;
  }

  async #onPool(
    pool: Piscina,
    input: ScanInput,
    guard: CompiledGuardrail,
    options: ScanOptions,
    resultJson: string | undefined,
    arrivedAt: number,
    check?: ScanTask["check"],
  ): Promise<ScanOutcome> {
    const { config } = guard;
    const task: ScanTask =
      resultJson === undefined ? { input, config, options, arrivedAt } : { input: { text: "" }, resultJson, check, config, options, arrivedAt };
    // The worker refuses a task that waited for a thread longer than its deadline, and checks
    // the deadline between detector passes of one it runs, so a healthy thread answers within
    // twice the deadline and one pass. The signal is the backstop that stops a thread stuck
    // inside one pass (e.g. a custom pattern); it leaves a task still queued unstarted. (From
    // the queueing, it used to stop healthy threads that a burst had kept busy.)
    const signal = AbortSignal.timeout(config.deadlineMs * 3 + 50);
    let reply: ScanReply;
    try {
      reply = (await pool.run(task, { signal })) as ScanReply;
    } catch (e) {
      if (signal.aborted) throw new GuardrailError("deadline_exceeded", `guardrail scan exceeded its ${config.deadlineMs} ms deadline (guardrails.deadlineMs)`);
      throw e;
    }
    if (!reply.ok) throw new GuardrailError(reply.code as GuardrailError["code"], reply.message);
    return reply.outcome;
  }

  /** Stops the workers; pending pool scans are rejected. Idempotent. */
  async close(): Promise<void> {
    this.#closed = true;
    const pool = this.#pool;
    this.#pool = undefined;
    this.#warm = undefined;
    this.#started = undefined;
    if (pool !== undefined) await pool.destroy();
  }
}

/**
 * The size that routes a result given with its JSON: the JSON's UTF-8 length, which its strings
 * never exceed (no walk of the result on the serving thread), unless that is over `maxBytes`,
 * where only the strings' exact size tells an oversized result from a large one.
 */
function routingBytes(input: ScanInput, json: string, maxBytes: number): number {
  const upper = utf8Length(json);
  return upper <= maxBytes ? upper : payloadBytes(input);
}

/** UTF-8 size of the strings a scan would look at. */
export function payloadBytes(input: ScanInput): number {
  if (input.result === undefined) return utf8Length(input.text ?? "");
  let n = 0;
  for (const s of resultStrings(input.result)) n += utf8Length(s.text);
  return n;
}
