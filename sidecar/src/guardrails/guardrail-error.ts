/**
 * Errors a scan can end with. The RPC layer maps `too_large` to `ResourceExhausted`,
 * `deadline_exceeded` to `DeadlineExceeded` and `invalid_input` to `InvalidArgument`; the
 * policy decides whether such a response is blocked (fail closed, the default) or passed.
 */

/** Why a scan did not finish. */
export type GuardrailErrorCode = "too_large" | "deadline_exceeded" | "invalid_input" | "pool_closed";

/**
 * A scan that could not run to the end. The message says what to change and never quotes
 * the scanned content.
 *
 * @example
 * ```ts
 * throw new GuardrailError("too_large", "tool response is 9.1 MB; guardrails.maxBytes is 4 MB");
 * ```
 */
export class GuardrailError extends Error {
  readonly code: GuardrailErrorCode;

  constructor(code: GuardrailErrorCode, message: string) {
    super(message);
    this.name = "GuardrailError";
    this.code = code;
  }
}

/**
 * The error of a scan that waited longer than its deadline for somewhere to run (a pool thread,
 * or a turn on the serving thread while the pool starts): refused unscanned, so fail closed.
 *
 * @example
 * ```ts
 * throw waitedTooLong(812, 500, "a scan thread");
 * ```
 */
export function waitedTooLong(waitedMs: number, deadlineMs: number, what: string): GuardrailError {
  return new GuardrailError(
    "deadline_exceeded",
    `guardrail scan waited ${Math.round(waitedMs)} ms for ${what}, past its ${deadlineMs} ms deadline (guardrails.deadlineMs): more large responses arrived than the scanner could take; a longer deadline or more cores let more of them wait`,
  );
}

/**
 * A point in time a scan must finish by; `check()` throws once it has passed.
 *
 * @example
 * ```ts
 * const d = new Deadline(250); d.check();
 * ```
 */
export class Deadline {
  readonly at: number;
  readonly ms: number;

  constructor(ms: number) {
    this.ms = ms;
    this.at = performance.now() + ms;
  }

  /** Throws `deadline_exceeded` when the deadline has passed. */
  check(): void {
    if (performance.now() > this.at) {
      throw new GuardrailError("deadline_exceeded", `guardrail scan exceeded its ${this.ms} ms deadline (guardrails.deadlineMs)`);
    }
  }
}
