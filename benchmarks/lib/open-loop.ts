/**
 * Open-loop load at a fixed offered rate (the wrk2 model). Call i is due at t0 + i/rate
 * whatever the earlier calls did, and its latency is measured from that intended start, so a
 * stall delays — and is charged to — every call scheduled behind it instead of silently
 * lowering the rate (no coordinated omission). Service time (from the actual send) and the
 * pacer's own lag are recorded too, so the report can tell client lateness from server time.
 */
import { performance } from "node:perf_hooks";
import { createHistogram, recordMs, type Histogram } from "./latency-histogram.ts";
import { createPacer, type PacerKind } from "./pacer.ts";
import type { Call } from "./scenario.ts";

/** Options of {@link runOpenLoop}. */
export interface OpenLoopOptions {
  /** Offered load in calls per second. */
  readonly rate: number;
  /** Length of the schedule in milliseconds. */
  readonly durationMs: number;
  /** Calls in flight beyond which new calls are dropped and counted as errors (default 10,000). */
  readonly maxInFlight?: number;
  /** How long to wait for stragglers after the schedule ends (default 10 s); later ones are errors. */
  readonly drainTimeoutMs?: number;
  /** How calls are paced (default `worker`; see pacer.ts). */
  readonly pacer?: PacerKind;
}

/** What a load run measured. */
export interface LoadResult {
  /** Latency of successful calls: from the intended start (open loop) or the send (closed loop). */
  readonly latency: Histogram;
  /** Open loop only: latency from the actual send. */
  readonly service?: Histogram;
  /** Open loop only: how late calls left relative to their intended start. */
  readonly pacerLag?: Histogram;
  /** Calls started (or, open loop, scheduled). */
  readonly attempted: number;
  readonly succeeded: number;
  readonly errors: number;
  /** Error counts by kind (Connect code name, `dropped`, `timeout`, `unexpected result`, …). */
  readonly errorKinds: Readonly<Record<string, number>>;
  /** From the first (intended) start to the last completion, in milliseconds. */
  readonly elapsedMs: number;
}

/**
 * Runs `call` at a fixed rate for a duration and waits for the stragglers.
 *
 * @example
 * ```ts
 * const r = await runOpenLoop(() => client.raw.ping({}), { rate: 1000, durationMs: 10_000 });
 * percentiles(r.latency).p99;
 * ```
 */
export async function runOpenLoop(call: Call, options: OpenLoopOptions): Promise<LoadResult> {
  const { rate, durationMs } = options;
  if (!(rate > 0) || !(durationMs > 0)) throw new RangeError("runOpenLoop: rate and durationMs must be positive");
  const maxInFlight = options.maxInFlight ?? 10_000;
  const total = Math.max(1, Math.round((rate * durationMs) / 1000));
  const intervalMs = 1000 / rate;
  const latency = createHistogram();
  const service = createHistogram();
  const pacerLag = createHistogram();
  const errorKinds: Record<string, number> = {};
  let succeeded = 0;
  let errors = 0;
  let inFlight = 0;
  let issued = 0;
  let lastDone = 0;
  const fail = (kind: string) => {
    errors++;
    errorKinds[kind] = (errorKinds[kind] ?? 0) + 1;
  };

  const pacer = await createPacer(options.pacer ?? "worker");
  try {
    return await new Promise<LoadResult>((resolve) => {
      const t0 = performance.now() + 2;
      let drainTimer: NodeJS.Timeout | undefined;
      let finished = false;
      const finish = () => {
        if (finished) return;
        finished = true;
        clearTimeout(drainTimer);
        if (inFlight > 0) {
          errors += inFlight;
          errorKinds.timeout = (errorKinds.timeout ?? 0) + inFlight;
        }
        resolve({
          latency,
          service,
          pacerLag,
          attempted: total,
          succeeded,
          errors,
          errorKinds,
          elapsedMs: Math.max(lastDone, t0 + durationMs) - t0,
        });
      };
      const settle = () => {
        inFlight--;
        if (issued === total && inFlight === 0) finish();
      };

      const fire = (intended: number) => {
        if (inFlight >= maxInFlight) {
          fail("dropped");
          return;
        }
        inFlight++;
        const sent = performance.now();
        recordMs(pacerLag, Math.max(0, sent - intended));
        let pending: Promise<unknown>;
        try {
          pending = call();
        } catch (err) {
          pending = Promise.reject(err);
        }
        pending.then(
          (result) => {
            if (finished) return;
            const done = performance.now();
            lastDone = done;
            if (result === false) fail("unexpected result");
            else {
              succeeded++;
              // A worker pacer's clock may run a few µs ahead: never record less than the service time.
              recordMs(latency, done - Math.min(intended, sent));
              recordMs(service, done - sent);
            }
            settle();
          },
          (err: unknown) => {
            if (finished) return;
            lastDone = performance.now();
            fail(errorKind(err));
            settle();
          },
        );
      };

      pacer.run({ t0, intervalMs, total }, (upTo) => {
        while (issued <= upTo && issued < total) {
          fire(t0 + issued * intervalMs);
          issued++;
        }
        if (issued === total) {
          if (inFlight === 0) finish();
          else drainTimer ??= setTimeout(finish, options.drainTimeoutMs ?? 10_000);
        }
      });
    });
  } finally {
    await pacer.stop();
  }
}

/**
 * A short name for a failed call: the Connect code name when there is one.
 *
 * @example
 * ```ts
 * errorKind(new ConnectError("x", Code.Unavailable)); // "unavailable"
 * ```
 */
export function errorKind(err: unknown): string {
  if (err && typeof err === "object") {
    const e = err as { name?: unknown; code?: unknown; rawMessage?: unknown; message?: unknown };
    if (e.name === "ConnectError" && typeof e.code === "number") return connectCodeName(e.code);
    if (typeof e.code === "string") return e.code;
    if (typeof e.name === "string" && e.name !== "Error") return e.name;
  }
  return "error";
}

const CODE_NAMES = [
  "ok",
  "canceled",
  "unknown",
  "invalid_argument",
  "deadline_exceeded",
  "not_found",
  "already_exists",
  "permission_denied",
  "resource_exhausted",
  "failed_precondition",
  "aborted",
  "out_of_range",
  "unimplemented",
  "internal",
  "unavailable",
  "data_loss",
  "unauthenticated",
] as const;

function connectCodeName(code: number): string {
  return CODE_NAMES[code] ?? `code_${code}`;
}
