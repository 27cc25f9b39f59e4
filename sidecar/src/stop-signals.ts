/**
 * How a long-running command (`serve`, `gateway`) answers SIGTERM and SIGINT: the first
 * requests the stop; a repeat is logged with the time left to the drain deadline and the drain
 * goes on (an impatient supervisor, a script that repeats `kill`, Ctrl-C twice must not kill
 * the process by the default action halfway through its drain); only a third SIGINT (Ctrl-C
 * pressed three times: someone at a terminal who wants out now) cuts the drain short. Repeated
 * SIGTERMs never shorten it: scripts repeat `kill` in loops, and --drain-timeout bounds the
 * drain anyway.
 */
import type { Logger } from "./logger.js";

/** The SIGINT (counting the one that began the stop) that cuts a drain short: the third Ctrl-C. */
const CUT_SHORT_SIGINTS = 3;

/**
 * The stop signals a command has received, and what they asked for.
 *
 * @example
 * ```ts
 * const stops = new StopSignals(logger);
 * process.on("SIGTERM", () => stops.receive("SIGTERM"));
 * const signal = await stops.requested;
 * stops.beginDrain(10_000);
 * await server.close(stops.cutShort.signal);
 * ```
 */
export class StopSignals {
  /** Resolves with the signal that requested the stop. */
  readonly requested: Promise<string>;
  /** Aborted by a third SIGINT while the drain runs. */
  readonly cutShort = new AbortController();
  #resolve: (signal: string) => void = () => undefined;
  #signal: string | undefined;
  #sigints = 0;
  /** When the drain must end, once it has begun. */
  #drainDeadline: number | undefined;

  constructor(private readonly logger: Logger) {
    this.requested = new Promise<string>((resolve) => {
      this.#resolve = resolve;
    });
  }

  /** The signal that requested the stop, once one has. */
  get signal(): string | undefined {
    return this.#signal;
  }

  /** Marks the drain as begun, ending `timeoutMs` from now (what a repeated signal is told). */
  beginDrain(timeoutMs: number): void {
    this.#drainDeadline = Date.now() + timeoutMs;
  }

  /** Answers a SIGTERM or a SIGINT. */
  receive(signal: string): void {
    if (signal === "SIGINT") this.#sigints++;
    if (this.#signal === undefined) {
      this.#signal = signal;
      this.#resolve(signal);
      return;
    }
    if (signal === "SIGINT" && this.#sigints >= CUT_SHORT_SIGINTS && this.#drainDeadline !== undefined && !this.cutShort.signal.aborted) {
      this.logger.warn({ signal, count: this.#sigints }, "third SIGINT: cutting the drain short");
      this.cutShort.abort();
      return;
    }
    if (this.#drainDeadline === undefined) this.logger.info({ signal }, "stop already requested; shutting down once the start has finished");
    else
      this.logger.info(
        { signal, deadlineInMs: Math.max(0, this.#drainDeadline - Date.now()) },
        "drain already under way; it goes on until its calls finish or its deadline",
      );
  }
}
