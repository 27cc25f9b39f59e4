/**
 * The first connection of a Redis client, with a deadline. ioredis's `connectTimeout` covers
 * only the TCP handshake: a peer that accepts the connection and never answers (a hung Redis,
 * another service on the port, a proxy whose upstream is gone) leaves `connect()` waiting on
 * its ready check forever — and a sidecar starting behind it never serves nor stops. Past the
 * deadline the start goes on as if Redis were down: calls that need it fail closed, and the
 * client stays on the connection (and reconnects by itself), so it recovers when Redis answers.
 */
import type { Redis } from "ioredis";

/**
 * How long a client's first connection may take before the start goes on without it: 2 s, or
 * `PORTCULLIS_REDIS_CONNECT_DEADLINE_MS` (a Redis across a slow link; tests that hold a start).
 */
export const FIRST_CONNECT_DEADLINE_MS = deadlineFromEnv(process.env.PORTCULLIS_REDIS_CONNECT_DEADLINE_MS);

function deadlineFromEnv(value: string | undefined): number {
  const ms = Number(value);
  return value !== undefined && Number.isSafeInteger(ms) && ms > 0 ? ms : 2000;
}

/**
 * Connects `redis` (created with `lazyConnect: true`); resolves once it is ready, fails, or
 * `deadlineMs` passes — never rejects, never waits longer.
 *
 * @example
 * ```ts
 * const redis = new (ioredis().Redis)(url, { lazyConnect: true });
 * await firstConnect(redis); // redis.status === "ready" when it answered in time
 * ```
 */
export function firstConnect(redis: Pick<Redis, "connect">, deadlineMs = FIRST_CONNECT_DEADLINE_MS): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, deadlineMs);
  });
  const connected = redis.connect().then(
    () => undefined,
    () => undefined,
  );
  return Promise.race([connected, deadline]).finally(() => clearTimeout(timer));
}
