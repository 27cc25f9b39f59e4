/**
 * The standard gRPC health check (grpc.health.v1.Health), for Kubernetes probes,
 * grpc-health-probe and load balancers.
 *
 * Liveness and readiness are separate services: `""` (the whole sidecar) is SERVING until
 * it drains, so a liveness probe never restarts a sidecar for an outage of its
 * dependencies. `portcullis.v1.GovernanceService` is also NOT_SERVING while the sidecar
 * cannot decide every call — its limit state is down and some enforced limit fails closed,
 * its audit trail refuses records, or its identity data (revocations, offboardings) is too
 * stale to trust and every caller is refused, or its vault key is not its fleet's (its
 * credentials would differ from the other replicas') — so a readiness probe takes it out of rotation
 * until that is over.
 */
import { create } from "@bufbuild/protobuf";
import { Code, ConnectError, type ServiceImpl } from "@connectrpc/connect";
import { AdminService, GovernanceService, type Health, HealthCheckResponse_ServingStatus as Status, HealthCheckResponseSchema } from "@portcullis/sdk/gen";

/** Reports whether the sidecar is serving, and wakes watchers when that changes. */
export interface ServingState {
  readonly serving: boolean;
  /** Resolves once the sidecar stops serving. */
  readonly stopped: Promise<void>;
  /** Whether GovernanceService can decide every call now (default: always). */
  readonly ready?: () => boolean;
  /** Subscribes to changes of {@link ready}; returns the unsubscribe. */
  readonly onReadyChange?: (listener: () => void) => () => void;
}

const KNOWN = new Set(["", GovernanceService.typeName, AdminService.typeName]);

/**
 * Implements grpc.health.v1.Health.
 *
 * @example
 * ```ts
 * router.service(Health, healthService(state));
 * ```
 */
export function healthService(state: ServingState): ServiceImpl<typeof Health> {
  const status = (service: string) => {
    if (!state.serving) return Status.NOT_SERVING;
    if (service === GovernanceService.typeName && state.ready && !state.ready()) return Status.NOT_SERVING;
    return Status.SERVING;
  };
  return {
    check(req) {
      if (!KNOWN.has(req.service)) throw new ConnectError(`unknown service '${req.service}'`, Code.NotFound);
      return create(HealthCheckResponseSchema, { status: status(req.service) });
    },
    async *watch(req, ctx) {
      if (!KNOWN.has(req.service)) {
        yield create(HealthCheckResponseSchema, { status: Status.SERVICE_UNKNOWN });
        return;
      }
      // A change while the consumer is slow is kept in `changed`, never lost between waits.
      let changed = false;
      let wake: (() => void) | undefined;
      const notify = () => {
        changed = true;
        wake?.();
      };
      const unsubscribe = state.onReadyChange?.(notify);
      void state.stopped.then(notify);
      ctx.signal.addEventListener("abort", notify, { once: true });
      try {
        let last = status(req.service);
        yield create(HealthCheckResponseSchema, { status: last });
        while (last !== Status.NOT_SERVING || state.serving) {
          if (!changed) await new Promise<void>((resolve) => (wake = resolve));
          changed = false;
          wake = undefined;
          if (ctx.signal.aborted) return;
          const now = status(req.service);
          if (now !== last) yield create(HealthCheckResponseSchema, { status: now });
          last = now;
        }
      } finally {
        unsubscribe?.();
        ctx.signal.removeEventListener("abort", notify);
      }
    },
  };
}
