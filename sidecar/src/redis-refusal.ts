/**
 * Redis error replies that mean "this server cannot serve now" — out of memory, a read-only
 * replica, a failed snapshot, loading, busy with a script, a replica without its primary, a
 * cluster down or resharding, too few replicas, refused credentials — as opposed to those
 * that are the command's own (a script error, a wrong type, a withdrawn decision): ours to
 * fix, not the operator's. A refusal is treated like an unreachable Redis — the store is
 * down, readiness says so, the log says why, a probe brings it back — and is described from
 * this fixed table, so that nothing Redis said verbatim (key names, script lines) reaches a
 * caller.
 *
 * NOSCRIPT is not here: ioredis answers it by sending the script itself (EVAL), so it never
 * reaches us for the scripts we define.
 */

/** What a refusal's code means, completing "redis answered CODE: it …". */
const REFUSALS: Readonly<Record<string, string>> = {
  OOM: "is out of memory — over maxmemory with nothing it may evict — and refuses writes",
  READONLY: "is a read-only replica: it refuses writes",
  MISCONF: "refuses writes since its last snapshot failed, as stop-writes-on-bgsave-error asks",
  NOREPLICAS: "has fewer replicas in reach than min-replicas-to-write and refuses writes",
  LOADING: "is loading its dataset",
  BUSY: "is busy running a script or function",
  MASTERDOWN: "is a replica that lost its primary and serves no stale data",
  CLUSTERDOWN: "is part of a cluster that is down",
  TRYAGAIN: "is moving the keys' slot to another node",
  NOAUTH: "wants authentication",
  WRONGPASS: "refuses the credentials",
  NOPERM: "refuses the command to this user by its ACL",
};

/** A Redis error reply that says the server cannot serve now (see the module comment). */
export interface RedisRefusal {
  /** Redis's error code, e.g. `OOM`. */
  readonly code: string;
  /** e.g. `redis answered OOM: it is out of memory — … — and refuses writes`; no words of Redis's own. */
  readonly description: string;
}

/**
 * The refusal `err` carries, when it is a Redis error reply saying the server cannot serve
 * now; undefined for anything else (an error of the command itself, a lost connection, a
 * timeout). A transaction aborted for a refused command (EXECABORT) carries that refusal.
 *
 * @example
 * ```ts
 * const refusal = redisRefusal(err);
 * if (refusal) markDown(refusal.description);
 * ```
 */
export function redisRefusal(err: unknown): RedisRefusal | undefined {
  const code = redisErrorCode(err);
  if (code === "EXECABORT") {
    const previous = (err as { previousErrors?: unknown[] }).previousErrors ?? [];
    for (const cause of previous) {
      const refusal = redisRefusal(cause);
      if (refusal) return refusal;
    }
    return undefined;
  }
  const meaning = code === undefined ? undefined : REFUSALS[code];
  return meaning === undefined ? undefined : { code: code!, description: `redis answered ${code}: it ${meaning}` };
}

/**
 * The code of a Redis error reply (`OOM`, `WRONGTYPE`, `ERR`, …), or undefined when `err` is
 * not one. A script's failed call is found inside Redis 6's wrapping (`ERR Error running
 * script … -OOM …`).
 *
 * @example
 * ```ts
 * redisErrorCode(new ReplyError("WRONGTYPE Operation against a key …")); // "WRONGTYPE"
 * ```
 */
export function redisErrorCode(err: unknown): string | undefined {
  if (!(err instanceof Error) || err.name !== "ReplyError") return undefined;
  const code = /^([A-Z][A-Z_]*)\b/.exec(err.message)?.[1];
  if (code === "ERR") {
    const wrapped = /^ERR Error running script .*?: -([A-Z][A-Z_]*) /.exec(err.message)?.[1];
    if (wrapped && REFUSALS[wrapped]) return wrapped;
  }
  return code;
}

/**
 * Thrown in place of a Redis refusal (see {@link redisRefusal}): its message is the
 * refusal's description, never Redis's own words.
 *
 * @example
 * ```ts
 * const refusal = redisRefusal(err);
 * if (refusal) throw new RedisRefusedError(refusal);
 * ```
 */
export class RedisRefusedError extends Error {
  override readonly name = "RedisRefusedError";
  readonly code: string;

  constructor(refusal: RedisRefusal) {
    super(refusal.description);
    this.code = refusal.code;
  }
}
