/**
 * Committed audit records appended to a Redis Stream, so a fleet's records meet in one place
 * (a consumer group can index or forward them). Each record is one entry with two fields:
 * `seq` (the writer's sequence number) and `record` (the record's JSON, as on disk).
 *
 * Bounded twice: the stream is trimmed with `XADD … MAXLEN ~ N`, and at most a few hundred
 * appends are in flight; beyond that, and when Redis fails, records are dropped and counted.
 * The local audit trail stays the record of truth.
 */
import type { Redis } from "ioredis";
import type { AuditRecord, AuditSink } from "../audit/audit-record.js";

/** Options of {@link RedisStreamAuditSink}. */
export interface RedisStreamAuditSinkOptions {
  /** The stream's key, e.g. `pcl:{portcullis}:audit` (default). */
  readonly key?: string;
  /** Approximate most entries the stream keeps (default 1,000,000). */
  readonly maxLen?: number;
  /** Most appends waiting for Redis before new records are dropped (default 512). */
  readonly maxInFlight?: number;
}

/**
 * An {@link AuditSink} that XADDs each record to a capped Redis Stream.
 *
 * @example
 * ```ts
 * const sink = new RedisStreamAuditSink(new Redis(url), { key: "pcl:{portcullis}:audit" });
 * auditLog.addSink(sink);
 * ```
 */
export class RedisStreamAuditSink implements AuditSink {
  /** Records not appended: too many in flight, or Redis refused or failed. */
  dropped = 0;
  private inFlight = 0;
  private readonly key: string;
  private readonly maxLen: number;
  private readonly maxInFlight: number;

  constructor(
    private readonly redis: Pick<Redis, "xadd">,
    options: RedisStreamAuditSinkOptions = {},
  ) {
    this.key = options.key ?? "pcl:{portcullis}:audit";
    this.maxLen = options.maxLen ?? 1_000_000;
    this.maxInFlight = options.maxInFlight ?? 512;
  }

  export(record: AuditRecord & { seq: number }): void {
    if (this.inFlight >= this.maxInFlight) {
      this.dropped++;
      return;
    }
    const { seq, ...fields } = record;
    this.inFlight++;
    this.redis.xadd(this.key, "MAXLEN", "~", this.maxLen, "*", "seq", String(seq), "record", JSON.stringify(fields)).then(
      () => {
        this.inFlight--;
      },
      () => {
        this.inFlight--;
        this.dropped++;
      },
    );
  }

  /** Appends still waiting for Redis. */
  get pending(): number {
    return this.inFlight;
  }
}
