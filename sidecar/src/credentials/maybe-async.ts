/**
 * Values that are there at once or after a wait. The credential path stays synchronous while
 * everything it needs is cached — a decision then never pays for a promise — and awaits only
 * on a miss.
 */

/** A value now, or later. */
export type MaybePromise<T> = T | Promise<T>;

/**
 * Applies `fn` to `value`: at once when it is there, after it resolves otherwise.
 *
 * @example
 * ```ts
 * const length = andThen(vault.read("alice", "jira"), (entry) => entry?.payload.secret.length);
 * ```
 */
export function andThen<T, U>(value: MaybePromise<T>, fn: (value: T) => MaybePromise<U>): MaybePromise<U> {
  return value instanceof Promise ? value.then(fn) : fn(value);
}

/**
 * Runs `fn`, turning what it throws (at once or later) into `onError`'s answer.
 *
 * @example
 * ```ts
 * const outcome = attempt(() => produce(), (err) => ({ ok: false, message: String(err) }));
 * ```
 */
export function attempt<T>(fn: () => MaybePromise<T>, onError: (err: unknown) => MaybePromise<T>): MaybePromise<T> {
  let result: MaybePromise<T>;
  try {
    result = fn();
  } catch (err) {
    return onError(err);
  }
  return result instanceof Promise ? result.catch(onError) : result;
}
