/**
 * Where every governed decision meets the audit log: the records the RPCs leave, and the rule
 * that a decision which cannot be recorded is not made (unless the policy's
 * `audit.onUnavailable` says `allow` — then the decision stands and the gap is counted).
 *
 * The handlers and the decision engine call this; it never decides anything about access.
 */
import type { CompiledPolicy } from "../policy/index.js";
import { AuditUnavailableError } from "./audit-errors.js";
import type { AuditLog, DeferredWork } from "./audit-log.js";
import type { AuditRecord } from "./audit-record.js";

/** The trace a record belongs to (from the RPC's span, when telemetry is on). */
export type TraceIds = { readonly traceId: string; readonly spanId: string } | undefined;

/** What the trail needs. */
export interface AuditTrailOptions {
  /** The log; absent: auditing is off (`--audit off`) and every record call is a no-op. */
  readonly log?: AuditLog | undefined;
  /** The current trace and span ids, if telemetry is on. */
  readonly traceIds?: (() => TraceIds) | undefined;
}

/**
 * Records decisions and gates them on the log's availability.
 *
 * @example
 * ```ts
 * const trail = new AuditTrail({ log });
 * trail.refusal(policy);                       // an AuditUnavailableError, or undefined
 * await trail.record(policy, { ts: Date.now(), event: "filter_tools", subject: "alice" });
 * ```
 */
export class AuditTrail {
  readonly #log: AuditLog | undefined;
  readonly #traceIds: () => TraceIds;
  /** Records not written because the log was unavailable and the policy said `allow`. */
  unrecorded = 0;

  constructor(options: AuditTrailOptions = {}) {
    this.#log = options.log;
    this.#traceIds = options.traceIds ?? (() => undefined);
  }

  /** Whether records are written at all. */
  get enabled(): boolean {
    return this.#log !== undefined;
  }

  /** The log, for health and metrics. */
  get log(): AuditLog | undefined {
    return this.#log;
  }

  /**
   * Why a decision must not be made now (the log refuses records and the policy denies
   * unrecordable decisions), or undefined. Checked before a decision consumes anything.
   */
  refusal(policy: CompiledPolicy): AuditUnavailableError | undefined {
    const log = this.#log;
    if (!log || log.ready || policy.audit.onUnavailable === "allow") return undefined;
    const health = log.health;
    return new AuditUnavailableError(
      `the audit trail cannot record decisions (${health.message ?? health.state}); no decision is made until it can — ${health.action ?? "fix the audit directory"}; or set audit.onUnavailable: allow in the policy to decide unrecorded`,
      health.kind ?? "closed",
      "",
    );
  }

  /**
   * Appends a record, adding the current trace ids (and `deferred` work that completes it when
   * it is written). Resolves (sync mode) once it is on disk.
   * Throws or rejects AuditUnavailableError when it cannot be recorded and the policy denies
   * unrecordable decisions; under `onUnavailable: allow` the failure is counted instead.
   */
  record(policy: CompiledPolicy, record: AuditRecord, deferred?: DeferredWork): void | Promise<void> {
    const log = this.#log;
    if (!log) return;
    const trace = this.#traceIds();
    if (trace && record.traceId === undefined) {
      record.traceId = trace.traceId;
      record.spanId = trace.spanId;
    }
    const allowGaps = policy.audit.onUnavailable === "allow";
    try {
      const pending = log.append(record, deferred);
      if (pending && allowGaps) {
        return pending.catch((err: unknown) => this.#gap(err));
      }
      return pending;
    } catch (err) {
      if (allowGaps) return this.#gap(err);
      throw err;
    }
  }

  #gap(err: unknown): void {
    if (!(err instanceof AuditUnavailableError)) throw err;
    this.unrecorded++;
  }
}
