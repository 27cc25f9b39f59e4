/**
 * The error a decision path sees when its record cannot be taken: the caller denies with
 * REASON_AUDIT_UNAVAILABLE (a decision that cannot be recorded is not made).
 */
import { Code, ConnectError } from "@connectrpc/connect";

/** Why the audit log cannot take a record. */
export type AuditUnavailableKind = "disk" | "queue-full" | "closed";

/**
 * Thrown (or rejected) by `AuditLog.append()` when the record cannot be recorded: the queue
 * is full, the disk fails, or the log is closed. Code `Unavailable`; the message names the
 * directory, what failed and what to fix.
 *
 * @example
 * ```ts
 * try { log.append(record); } catch (err) {
 *   if (err instanceof AuditUnavailableError) return deny(Reason.AUDIT_UNAVAILABLE, err.rawMessage);
 *   throw err;
 * }
 * ```
 */
export class AuditUnavailableError extends ConnectError {
  // `name` stays "ConnectError" so Connect (and `instanceof ConnectError`) treats it as one.
  /** ConnectError's own `instanceof` test matches any ConnectError; this one matches ours only. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the class `instanceof` was asked about.
    return Function.prototype[Symbol.hasInstance].call(this, value);
  }
  constructor(
    message: string,
    readonly kind: AuditUnavailableKind,
    readonly dir: string,
  ) {
    super(message, Code.Unavailable);
  }
}
