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

/** Help of `portcullis policy replay`. */
export const POLICY_REPLAY_HELP = `Usage: portcullis policy replay NEW_POLICY --audit-dir DIR [--since 30d] [--until WHEN] [--format table|json]

Re-decides the Authorize calls recorded in the audit trail under the candidate policy
NEW_POLICY and reports what would change: newly denied and newly allowed calls by
subject, server and tool, with the rules responsible (then → now) and example decision ids.
Calls whose masked arguments (or unrecorded tool annotations) decide the outcome are
counted as "cannot tell". Only access control is replayed: limits are stateful and are not.

Options:
  --audit-dir DIR   the audit directory (the one holding segments/)
  --since WHEN      from this time: a duration back from now (30d, 12h, 90m) or an ISO date
                    (default 30d)
  --until WHEN      up to this time, the same forms (default now)
  --format FORMAT   table (default) or json
  --examples N      decision ids shown per group (default 5)

Exit codes: 0 report printed, 1 invalid candidate policy (errors as FILE:LINE:COLUMN),
2 usage error, 3 the audit directory cannot be read.`;
