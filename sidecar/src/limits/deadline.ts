/**
 * A deadline on a promise: the race is lost, not the work — the promise keeps running, and
 * whoever set the deadline decides what a late outcome means.
 */

/**
 * Resolves or rejects like `work`, or rejects after `ms` milliseconds, whichever is first.
 *
 * @example
 * ```ts
 * const results = await withDeadline(store.apply(ops, options), 250);
 * ```
 */
export function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeadlineError(ms)), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

/**
 * The deadline of {@link withDeadline} passed.
 *
 * @example
 * ```ts
 * if (err instanceof DeadlineError) store.cancel(decisionId);
 * ```
 */
export class DeadlineError extends Error {
  override readonly name = "DeadlineError";
  /** The deadline that passed, in ms. */
  readonly ms: number;

  constructor(ms: number) {
    super(`no answer within ${ms} ms`);
    this.ms = ms;
  }
}
