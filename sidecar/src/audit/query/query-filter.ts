/**
 * The filter of an audit query and its checks, shared by `portcullis audit query` (which
 * names flags in its errors) and AdminService.QueryAudit (which names fields).
 */
import { didYouMean } from "../../policy/did-you-mean.js";
import { AUDIT_DECISIONS, AUDIT_EVENTS, type AuditDecision, type AuditEvent } from "./audit-lines.js";

/**
 * The reasons a record can carry: the names of the Reason enum of governance.proto without
 * `REASON_` (a test keeps the two equal). Listed here rather than read from the generated
 * code, so that `audit query` does not load the protobuf runtime.
 */
export const AUDIT_REASONS = [
  "UNSPECIFIED",
  "ALLOWED",
  "UNAUTHENTICATED",
  "TOKEN_REVOKED",
  "TOKEN_EXPIRED",
  "UNKNOWN_SERVER",
  "NOT_PERMITTED",
  "EXPLICIT_DENY",
  "ANNOTATION_CONSTRAINT",
  "ARGUMENT_CONSTRAINT",
  "NOT_IN_VIRTUAL_SERVER",
  "RATE_LIMITED",
  "BUDGET_EXHAUSTED",
  "STEP_CAP",
  "DUPLICATE_CALL",
  "STATE_UNAVAILABLE",
  "AUDIT_UNAVAILABLE",
  "SIDECAR_UNAVAILABLE",
  "NO_DECISION",
  "TOKEN_NOT_YET_VALID",
  "TOKEN_WRONG_AUDIENCE",
  "TOKEN_WRONG_ISSUER",
  "TOKEN_ALGORITHM_NOT_ALLOWED",
  "TOKEN_UNKNOWN_KEY",
  "TOKEN_INVALID",
  "CREDENTIAL_REQUIRED",
  "CREDENTIAL_UNAVAILABLE",
  "TAINTED_WORKFLOW",
  "APPROVAL_REQUIRED",
] as const;

/** What a query selects; every field set must match. */
export interface AuditFilter {
  /** Unix ms, inclusive. */
  readonly sinceMs?: number | undefined;
  /** Unix ms, exclusive. */
  readonly untilMs?: number | undefined;
  /** The server as called, or the real (upstream) server behind a virtual one. */
  readonly server?: string | undefined;
  /** The tool as called. */
  readonly tool?: string | undefined;
  /** An agent's gateway token id, or a subject. */
  readonly agent?: string | undefined;
  readonly subject?: string | undefined;
  readonly decision?: AuditDecision | undefined;
  /** A reason name, e.g. `EXPLICIT_DENY`. */
  readonly reason?: string | undefined;
  readonly event?: AuditEvent | undefined;
  /** At most this many results (default {@link DEFAULT_LIMIT}). */
  readonly limit?: number | undefined;
}

/** What `distinct` groups by. */
export const DISTINCT_FIELDS = ["agent", "subject", "tool"] as const;
/** One of {@link DISTINCT_FIELDS}. */
export type DistinctField = (typeof DISTINCT_FIELDS)[number];

/** Results when no limit is given. */
export const DEFAULT_LIMIT = 1000;
/** The largest limit accepted. */
export const MAX_LIMIT = 1_000_000;
const MAX_TEXT = 256;

/** A filter value that cannot be used; `field` is the flag or field name to report. */
export class AuditFilterError extends Error {
  readonly field: string;
  constructor(field: string, message: string) {
    super(`${field}: ${message}`);
    this.field = field;
  }
}

/** A filter before its checks: strings from a command line or a request ("" = not set). */
export interface RawFilter {
  readonly since?: string | number | undefined;
  readonly until?: string | number | undefined;
  readonly server?: string | undefined;
  readonly tool?: string | undefined;
  readonly agent?: string | undefined;
  readonly subject?: string | undefined;
  readonly decision?: string | undefined;
  readonly reason?: string | undefined;
  readonly event?: string | undefined;
  readonly limit?: string | number | undefined;
  readonly distinct?: string | undefined;
}

/**
 * Checks a raw filter and turns it into an {@link AuditFilter} plus the distinct field;
 * throws {@link AuditFilterError} naming the field as `name(field)` gives it (a flag such as
 * `--since`, or a request field such as `since_ms`).
 *
 * @example
 * ```ts
 * const { filter } = checkFilter({ since: "30d", server: "prod-data" }, (f) => `--${f}`);
 * ```
 */
export function checkFilter(
  raw: RawFilter,
  name: (field: keyof RawFilter) => string,
  now = Date.now(),
): { filter: AuditFilter; distinct: DistinctField | undefined } {
  const str = (field: "server" | "tool" | "agent" | "subject"): string | undefined => {
    const value = raw[field];
    if (value === undefined || value === "") return undefined;
    if (value.length > MAX_TEXT) throw new AuditFilterError(name(field), `at most ${MAX_TEXT} characters`);
    return value;
  };
  const oneOf = <T extends string>(field: "decision" | "event" | "distinct", allowed: readonly T[]): T | undefined => {
    const value = raw[field];
    if (value === undefined || value === "") return undefined;
    if (!(allowed as readonly string[]).includes(value)) {
      // As for --reason: a misspelt name would otherwise be retyped blind.
      const near = didYouMean(value, allowed);
      throw new AuditFilterError(name(field), `takes ${allowed.join(", ")}; not '${clip(value)}'${near ? `; did you mean ${near}?` : ""}`);
    }
    return value as T;
  };
  let reason: string | undefined;
  if (raw.reason !== undefined && raw.reason !== "") {
    reason = raw.reason.toUpperCase().replace(/^REASON_/, "");
    if (!(AUDIT_REASONS as readonly string[]).includes(reason)) {
      // A misspelt name would match nothing and read as "no such records".
      const near = didYouMean(reason, AUDIT_REASONS);
      const hint = near ? `did you mean ${near}? ` : "";
      throw new AuditFilterError(
        name("reason"),
        `takes a reason name such as EXPLICIT_DENY, not '${clip(raw.reason)}'; ${hint}reasons: ${AUDIT_REASONS.join(", ")}`,
      );
    }
  }
  const sinceMs = time(raw.since, name("since"), now);
  const untilMs = time(raw.until, name("until"), now);
  if (sinceMs !== undefined && untilMs !== undefined && untilMs <= sinceMs) {
    throw new AuditFilterError(name("until"), "must be later than the start of the window");
  }
  return {
    filter: {
      sinceMs,
      untilMs,
      server: str("server"),
      tool: str("tool"),
      agent: str("agent"),
      subject: str("subject"),
      decision: oneOf("decision", AUDIT_DECISIONS),
      reason,
      event: oneOf("event", AUDIT_EVENTS),
      limit: limit(raw.limit, name("limit")),
    },
    distinct: oneOf("distinct", DISTINCT_FIELDS),
  };
}

const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 } as const;

/**
 * A point in time: a number is Unix ms (0 = not set); a string is a duration back from now
 * (`90m`, `12h`, `30d`, `2w`), a date (`2026-01-31`, UTC midnight) or an ISO time.
 */
function time(value: string | number | undefined, field: string, now: number): number | undefined {
  if (value === undefined || value === "" || value === 0) return undefined;
  if (typeof value === "number") {
    if (!Number.isSafeInteger(value) || value < 0) throw new AuditFilterError(field, "takes Unix milliseconds (a whole number >= 0)");
    return value;
  }
  const duration = /^(\d{1,7})([mhdw])$/.exec(value);
  if (duration) return now - Number(duration[1]) * UNIT_MS[duration[2] as keyof typeof UNIT_MS];
  if (/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/.test(value)) {
    const ms = Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value);
    if (Number.isFinite(ms)) return ms;
  }
  throw new AuditFilterError(
    field,
    `takes a duration back from now (90m, 12h, 30d, 2w), a date (2026-01-31) or an ISO time (2026-01-31T14:23:07Z), not '${clip(value)}'`,
  );
}

function limit(value: string | number | undefined, field: string): number {
  if (value === undefined || value === "" || value === 0) return DEFAULT_LIMIT;
  const n = typeof value === "number" ? value : /^\d{1,7}$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < 1 || n > MAX_LIMIT)
    throw new AuditFilterError(field, `takes a whole number from 1 to ${MAX_LIMIT}, not '${clip(String(value))}'`);
  return n;
}

/** A caller's value echoed in an error: short, and without control characters. */
function clip(value: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
  const shown = value.replace(/[\u0000-\u001f\u007f]/g, "?");
  return shown.length > 40 ? `${shown.slice(0, 40)}…` : shown;
}
