/**
 * What every command of the CLI shares: exit codes, the usage error (a command line that
 * cannot be run: exit 2, with a hint) and argument parsing. Imports nothing heavy.
 */
import { parseArgs, type ParseArgsConfig } from "node:util";
import type { LevelWithSilent } from "pino";
import { resolveTelemetryTargets, type TelemetryOptions } from "./telemetry/telemetry-config.js";

/** Exit codes of the CLI. */
export const EXIT = { ok: 0, invalidPolicy: 1, usage: 2, failure: 3, drainCutOff: 4, auditUnclosed: 5 } as const;

/**
 * Thrown for a bad command line; the CLI prints its message and exits 2.
 *
 * @example
 * ```ts
 * throw new UsageError("serve needs --policy FILE");
 * ```
 */
export class UsageError extends Error {}

/**
 * Parses a command's arguments strictly, with `-h`/`--help` added to its options.
 *
 * @example
 * ```ts
 * const { values, positionals } = parseCommand(args, { json: { type: "boolean" } }, true);
 * ```
 */
export function parseCommand<T extends NonNullable<ParseArgsConfig["options"]>>(args: readonly string[], options: T, allowPositionals = false) {
  return parseArgs({ args: [...args], options: { help: { type: "boolean", short: "h" }, ...options }, allowPositionals, strict: true });
}

/** Help of `portcullis audit`. */
export const AUDIT_QUERY_HELP = `Usage: portcullis audit query [--dir DIR] [filters] [--distinct agent|subject|tool] [--format table|json|csv]

Answers from the local audit trail, e.g. which agents accessed prod-data in the last 30 days:
  portcullis audit query --since 30d --server prod-data --distinct agent

It reads DIR's sqlite index (DIR/index.sqlite, derived data: brought up to date with the
segments first, rebuilt when deleted) and the records themselves from the segments.

Options:
  --dir DIR            the audit directory (default ./portcullis-data/audit)
  --since WHEN         from WHEN on: a duration back from now (90m, 12h, 30d, 2w), a date
                       (2026-01-31, UTC) or an ISO time (2026-01-31T14:23:07Z)
  --until WHEN         before WHEN (same forms)
  --server S           the server as called, or the real server behind a virtual one
  --tool T             the tool as called, or the real tool behind a virtual one
  --agent X            an agent's gateway token id, or a subject
  --subject S          the subject (person or service account)
  --decision D         allow, deny, flag, block, mutate or error
  --reason R           a reason name, e.g. EXPLICIT_DENY
  --event E            authorize, filter_tools, resolve_credential, scan_response, outcome,
                       offboard, admin, connect_account, or shadow: the Authorize decisions
                       a shadow policy (serve --shadow-policy) disagreed with
  --distinct F         list the distinct agents, subjects or tools (server and tool) among the
                       matching records, with call counts and first and last times
  --limit N            at most N results (default 1000): the newest matching records, in the
                       order recorded; or the first N distinct values. When it cuts the
                       answer, a note on stderr says so (stdout is unchanged)
  --format F           table (default), json (an array) or csv

Exit codes: 0 answered (also when nothing matched, or the store has recorded nothing yet),
2 usage error (also when DIR is no audit store), 3 the store or its index could not be read.`;

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

const LOG_LEVELS: readonly string[] = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];

/**
 * The `--log-level` of a long-running command (default `info`); a UsageError for an unknown one.
 *
 * @example
 * ```ts
 * const logger = createLogger({ level: logLevelOption(values["log-level"]) });
 * ```
 */
export function logLevelOption(value: string | undefined): LevelWithSilent {
  const level = value ?? "info";
  if (!LOG_LEVELS.includes(level)) throw new UsageError(`--log-level: unknown level '${level}'`);
  return level as LevelWithSilent;
}

/**
 * The telemetry options of `--otlp-endpoint` (and the standard OTEL_* variables), checked now:
 * a malformed endpoint or protocol is a UsageError that names where it came from.
 *
 * @example
 * ```ts
 * const telemetry = telemetryOption(values["otlp-endpoint"]);
 * ```
 */
export function telemetryOption(endpoint: string | undefined): Pick<TelemetryOptions, "endpoint"> {
  const telemetry = { endpoint };
  try {
    resolveTelemetryTargets(telemetry, process.env);
  } catch (err) {
    throw new UsageError(`${endpoint === undefined ? "" : "--otlp-endpoint: "}${(err as Error).message}`);
  }
  return telemetry;
}
