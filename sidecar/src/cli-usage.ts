/**
 * The CLI's usage error: a command line that cannot be run (exit 2, with a hint).
 */

/**
 * Thrown for a bad command line; the CLI prints its message and exits 2.
 *
 * @example
 * ```ts
 * throw new UsageError("serve needs --policy FILE");
 * ```
 */
export class UsageError extends Error {}
