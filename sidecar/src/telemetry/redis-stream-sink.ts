/**
 * Committed audit records appended to a Redis Stream, so a fleet's records meet in one place
 * (a consumer group can index or forward them). Each record is one entry with two fields:
 * `seq` (the writer's sequence number) and `record` (the record's JSON as on disk, less the
 * argument values: see {@link streamRecordJson}).
 *
 * Bounded twice: the stream is trimmed with `XADD … MAXLEN ~ N`, and at most a few hundred
 * appends are in flight; beyond that, and when Redis fails, records are dropped and counted.
 * The local audit trail stays the record of truth.
 */
import type { Redis } from "ioredis";
import type { AuditRecord, AuditSink } from "../audit/audit-record.js";

/** Why a record did not reach the stream. */
export type StreamDropCause = "backlog" | "failed" | "shutdown";

/** Options of {@link RedisStreamAuditSink}. */
export interface RedisStreamAuditSinkOptions {
  /** The stream's key, e.g. `pcl:{portcullis}:audit` (default). */
  readonly key?: string;
  /** Approximate most entries the stream keeps (default 1,000,000). */
  readonly maxLen?: number;
  /** Most appends waiting for Redis before new records are dropped (default 512). */
  readonly maxInFlight?: number;
  /**
   * Append the (already masked) argument values too. Off by default: the entry then carries
   * only the argument names (`argumentNames`), as the OTLP log records do, so no argument
   * value leaves the machine through the stream.
   */
  readonly includeArguments?: boolean;
  /** Called for each record dropped (the caller rate-limits any log line). */
  readonly onDrop?: (cause: StreamDropCause, count: number) => void;
}

/**
 * An {@link AuditSink} that XADDs each record to a capped Redis Stream.
 *
 * @example
 * ```ts
 * const sink = new RedisStreamAuditSink(new Redis(url), { key: "pcl:{portcullis}:audit" });
 * auditLog.addSink(sink);
 * // at shutdown, once the audit log has closed:
 * await sink.settle(2000);
 * ```
 */
export class RedisStreamAuditSink implements AuditSink {
  /**
   * Records not confirmed appended: too many in flight, Redis refused or failed (or did not
   * answer within the client's command timeout), or still unanswered when {@link settle}
   * gave up on them. One that timed out may still reach the stream later.
   */
  dropped = 0;
  private inFlight = 0;
  /** Set by {@link settle}: later answers change no count, later records are dropped. */
  private settled = false;
  private idle: (() => void) | undefined;
  private readonly key: string;
  private readonly maxLen: number;
  private readonly maxInFlight: number;

  constructor(
    private readonly redis: Pick<Redis, "xadd">,
    private readonly options: RedisStreamAuditSinkOptions = {},
  ) {
    this.key = options.key ?? "pcl:{portcullis}:audit";
    this.maxLen = options.maxLen ?? 1_000_000;
    this.maxInFlight = options.maxInFlight ?? 512;
  }

  export(record: AuditRecord & { seq: number }): void {
    if (this.settled || this.inFlight >= this.maxInFlight) {
      this.drop(this.settled ? "shutdown" : "backlog", 1);
      return;
    }
    this.inFlight++;
    let sent: Promise<unknown>;
    try {
      sent = this.redis.xadd(this.key, "MAXLEN", "~", this.maxLen, "*", "seq", String(record.seq), "record", streamRecordJson(record, this.options));
    } catch {
      sent = Promise.reject(new Error("xadd threw"));
    }
    sent.then(
      () => this.answered(false),
      () => this.answered(true),
    );
  }

  /** Appends still waiting for Redis. */
  get pending(): number {
    return this.inFlight;
  }

  /**
   * Waits at most `graceMs` for the appends in flight; those still unanswered then are counted
   * as dropped (cause `shutdown`), as is any record exported afterwards. Resolves with the
   * number given up on here. Call once the audit log has closed (no more records come).
   */
  async settle(graceMs: number): Promise<number> {
    if (this.inFlight > 0 && graceMs > 0) {
      let timer: NodeJS.Timeout | undefined;
      await new Promise<void>((resolve) => {
        this.idle = resolve;
        timer = setTimeout(resolve, graceMs);
      });
      clearTimeout(timer);
      this.idle = undefined;
    }
    this.settled = true;
    const abandoned = this.inFlight;
    this.inFlight = 0;
    if (abandoned > 0) this.drop("shutdown", abandoned);
    return abandoned;
  }

  private answered(failed: boolean): void {
    if (this.settled) return;
    this.inFlight--;
    if (failed) this.drop("failed", 1);
    if (this.inFlight === 0) this.idle?.();
  }

  private drop(cause: StreamDropCause, count: number): void {
    this.dropped += count;
    try {
      this.options.onDrop?.(cause, count);
    } catch {
      // A listener's fault must not reach the audit log's commit path.
    }
  }
}

/**
 * Most argument names on an entry, and most characters of each — as on an OTLP log record
 * (otel-audit-sink.ts, not imported: it loads the OpenTelemetry API, which a sidecar with the
 * stream on and telemetry off never needs).
 */
const MAX_ARGUMENT_NAMES = 64;
const MAX_NAME_CHARS = 256;

/**
 * The `record` field of a stream entry: the record's JSON as on disk, without `seq` (its own
 * field) and, unless `includeArguments`, with `arguments` replaced in place by
 * `argumentNames` — the first 64 names (each cut at 256 characters), and `argumentCount` when
 * there are more. The masked values stay in the local trail only.
 *
 * @example
 * ```ts
 * streamRecordJson({ seq: 7, ts: 1, event: "authorize", arguments: { q: "x" } });
 * // '{"ts":1,"event":"authorize","argumentNames":["q"]}'
 * ```
 */
export function streamRecordJson(record: AuditRecord & { seq: number }, options: Pick<RedisStreamAuditSinkOptions, "includeArguments"> = {}): string {
  const out: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(record)) {
    if (field === "seq") continue;
    if (field !== "arguments" || options.includeArguments) out[field] = value;
    else if (value !== undefined) {
      const names = Object.keys(value as Record<string, unknown>);
      out.argumentNames = names.slice(0, MAX_ARGUMENT_NAMES).map((name) => (name.length > MAX_NAME_CHARS ? name.slice(0, MAX_NAME_CHARS) : name));
      if (names.length > MAX_ARGUMENT_NAMES) out.argumentCount = names.length;
    }
  }
  return JSON.stringify(out);
}
