/**
 * Outcome records sent after the reply: the agent does not wait for the audit trail's write,
 * and a host or gateway that shuts down waits here, so that it loses no record of a call that
 * has happened.
 */

/**
 * The RecordAudit calls still in flight. Give one to a governed target (`recorder`) and call
 * {@link OutcomeRecorder.drain} before closing the governance client.
 *
 * @example
 * ```ts
 * const recorder = new OutcomeRecorder();
 * await governedCall({ governance, server: "jira", token, recorder }, request, send); // answers before the record is written
 * await recorder.drain();
 * governance.close();
 * ```
 */
export class OutcomeRecorder {
  readonly #pending = new Set<Promise<void>>();

  /** How many records are still being sent. */
  get pending(): number {
    return this.#pending.size;
  }

  /**
   * Tracks a record being sent until it settles. It must not reject: report its failure
   * inside (the call's result has gone to the agent already).
   *
   * @example
   * ```ts
   * recorder.track(governance.recordAudit(record).then(() => undefined, report));
   * ```
   */
  track(record: Promise<void>): void {
    const tracked = record.finally(() => this.#pending.delete(tracked));
    this.#pending.add(tracked);
  }

  /**
   * Resolves once every record tracked so far — and any tracked while it waits — has settled.
   *
   * @example
   * ```ts
   * await recorder.drain();
   * ```
   */
  async drain(): Promise<void> {
    while (this.#pending.size > 0) await Promise.allSettled([...this.#pending]);
  }
}
