/**
 * `serve --audit-stream` (and the gateway's `audit: { stream: … }`): the sidecar's committed
 * audit records appended to a Redis Stream on a connection of their own, so that a backlog
 * of appends never queues ahead of a decision's limit script on the state store's connection.
 *
 * Nothing here may slow a decision or hold a stop: appends are fire-and-forget (bounded in
 * flight by the sink), each gives up after {@link AUDIT_STREAM_COMMAND_TIMEOUT_MS}, drops are
 * logged at most once per {@link AUDIT_STREAM_WARN_EVERY_MS}, and {@link AuditStream.close}
 * gives the appends still in flight a bounded time, then counts them as dropped.
 */
import { ioredis } from "../ioredis-on-demand.js";
import type { Logger } from "../logger.js";
import { RedisStreamAuditSink, type StreamDropCause } from "./redis-stream-sink.js";

/**
 * How long one append may wait for Redis (connecting included) before it is counted as
 * dropped: 5 s, or `PORTCULLIS_AUDIT_STREAM_TIMEOUT_MS` (a Redis across a slow link; tests
 * that hold appends until the stop).
 */
export const AUDIT_STREAM_COMMAND_TIMEOUT_MS = timeoutFromEnv(process.env.PORTCULLIS_AUDIT_STREAM_TIMEOUT_MS);

function timeoutFromEnv(value: string | undefined): number {
  const ms = Number(value);
  return value !== undefined && Number.isSafeInteger(ms) && ms > 0 ? ms : 5000;
}
/** At most one warning line about dropped records per this many milliseconds. */
export const AUDIT_STREAM_WARN_EVERY_MS = 30_000;
/** Longest a stop waits for the appends in flight (less when the drain deadline is nearer). */
export const AUDIT_STREAM_CLOSE_GRACE_MS = 2000;

/** Options of {@link openAuditStream}. */
export interface AuditStreamOptions {
  /** The Redis to append to, e.g. `redis://127.0.0.1:6379`. */
  readonly url: string;
  /** The stream's key, e.g. `pcl:{portcullis}:audit`. */
  readonly key: string;
  /** Approximate most entries the stream keeps (default 1,000,000). */
  readonly maxLen?: number | undefined;
  readonly logger: Logger;
}

/** A running audit stream: its sink (added to the audit log) and its connection. */
export interface AuditStream {
  readonly key: string;
  readonly sink: RedisStreamAuditSink;
  /** Records dropped so far, and appends waiting for Redis now (for the metrics). */
  counts(): { readonly dropped: number; readonly pending: number };
  /**
   * Waits at most `graceMs` for the appends in flight, counts the rest as dropped, logs the
   * total dropped (if any) and closes the connection. Call once the audit log has closed.
   */
  close(graceMs: number): Promise<void>;
}

/**
 * Connects (in the background: a Redis that is down or hung delays nothing) and returns the
 * sink to add to the audit log.
 *
 * @example
 * ```ts
 * const stream = openAuditStream({ url: "redis://127.0.0.1:6379", key: "pcl:{portcullis}:audit", logger });
 * auditLog.addSink(stream.sink);
 * // … at shutdown, after the audit log closed:
 * await stream.close(AUDIT_STREAM_CLOSE_GRACE_MS);
 * ```
 */
export function openAuditStream(options: AuditStreamOptions): AuditStream {
  const { key, logger } = options;
  const redis = new (ioredis().Redis)(options.url, {
    // Records committed while the connection comes up (or back) wait for it, within the
    // sink's in-flight bound and the command timeout, rather than being dropped at once.
    enableOfflineQueue: true,
    commandTimeout: AUDIT_STREAM_COMMAND_TIMEOUT_MS,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    retryStrategy: (attempt) => Math.min(50 * attempt, 1000),
  });
  // Failures surface as dropped records; without a listener ioredis would print each failed
  // reconnect attempt as an unhandled error event.
  redis.on("error", () => undefined);
  let lastWarning = Number.NEGATIVE_INFINITY;
  const sink: RedisStreamAuditSink = new RedisStreamAuditSink(redis, {
    key,
    maxLen: options.maxLen,
    onDrop: (cause: StreamDropCause) => {
      // The stop reports its own total; while running, one line per interval at most: a Redis
      // that is down would otherwise write a line per decision.
      if (cause === "shutdown") return;
      const now = performance.now();
      if (now - lastWarning < AUDIT_STREAM_WARN_EVERY_MS) return;
      lastWarning = now;
      logger.warn(
        { key, cause, dropped: sink.dropped, pending: sink.pending, everyMs: AUDIT_STREAM_WARN_EVERY_MS },
        "audit records are not reaching the Redis Stream: dropped and counted (portcullis.audit.stream.dropped); decisions and the local audit trail are unaffected",
      );
    },
  });
  logger.info({ key, maxLen: options.maxLen ?? 1_000_000 }, "audit records appended to a Redis Stream");
  let closing: Promise<void> | undefined;
  return {
    key,
    sink,
    counts: () => ({ dropped: sink.dropped, pending: sink.pending }),
    close(graceMs) {
      closing ??= (async () => {
        const abandoned = await sink.settle(graceMs);
        if (sink.dropped > 0) {
          logger.warn(
            { key, dropped: sink.dropped, abandonedAtStop: abandoned, graceMs },
            `${sink.dropped} audit record(s) did not reach the Redis Stream (${abandoned} still unanswered at the stop); the local audit trail has them all`,
          );
        }
        redis.disconnect();
      })();
      return closing;
    },
  };
}
