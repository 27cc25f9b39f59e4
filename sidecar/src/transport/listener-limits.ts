/**
 * The listener's bounds on connections and request bytes, and their defaults — what
 * `portcullis serve` offers as flags.
 */
import { readFileSync } from "node:fs";

/** File descriptors left to the rest of the process (policy watch, Redis, logs, workers). */
const RESERVED_FDS = 64;

/**
 * Bounds on connections and request bytes; every field has a default.
 *
 * @example
 * ```ts
 * const limits: ListenerLimits = { headerTimeoutMs: 5_000, maxConnections: 256 };
 * ```
 */
/** The default data-plane address: loopback only. */
export const DEFAULT_LISTEN = { host: "127.0.0.1", port: 7878 } as const;

export interface ListenerLimits {
  /** From accepting a connection until its first request's head has arrived (default 10 s). */
  readonly headerTimeoutMs?: number;
  /**
   * How long a connection may have nothing in flight, or take none of the answer bytes
   * waiting for it, before it is closed (default 65 s).
   */
  readonly idleTimeoutMs?: number;
  /** From a request's head until its whole body has arrived (default 30 s). */
  readonly requestTimeoutMs?: number;
  /**
   * Most open connections (default 1024, or fewer to stay 64 below the process's limit on
   * open files: beyond that limit the kernel refuses new callers before the cap can).
   */
  readonly maxConnections?: number;
  /**
   * Most request-body bytes held across all in-flight requests (default 32 MiB: two of the
   * largest messages; the router holds a second copy of each while it parses it).
   */
  readonly maxInflightBytes?: number;
  /** Most concurrent streams per HTTP/2 connection; clients queue the rest (default 100). */
  readonly maxStreamsPerConnection?: number;
  /** Memory one HTTP/2 connection may buffer, in MB (default 32; Node's default is 10). */
  readonly maxSessionMemoryMb?: number;
}

/**
 * The defaults of {@link ListenerLimits}.
 *
 * @example
 * ```ts
 * console.log(`--max-connections (default ${LISTENER_DEFAULTS.maxConnections})`);
 * ```
 */
export const LISTENER_DEFAULTS: Required<ListenerLimits> = {
  headerTimeoutMs: 10_000,
  // Above the 60 s idle timeouts common in clients and proxies, so they close first.
  idleTimeoutMs: 65_000,
  requestTimeoutMs: 30_000,
  maxConnections: defaultMaxConnections(),
  maxInflightBytes: 32 * 1024 * 1024,
  maxStreamsPerConnection: 100,
  maxSessionMemoryMb: 32,
};

/**
 * 1024, or fewer under a lower soft limit on open files (Linux: /proc/self/limits).
 *
 * @example
 * ```ts
 * defaultMaxConnections(); // 64 under `ulimit -n 128`
 * ```
 */
export function defaultMaxConnections(): number {
  let limits = "";
  try {
    limits = readFileSync("/proc/self/limits", "utf8");
  } catch {
    return 1024;
  }
  const soft = Number(/^Max open files\s+(\d+)/m.exec(limits)?.[1]);
  return Number.isSafeInteger(soft) ? Math.max(16, Math.min(1024, soft - RESERVED_FDS)) : 1024;
}
