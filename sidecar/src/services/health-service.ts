/**
 * The standard gRPC health check (grpc.health.v1.Health), for Kubernetes probes,
 * grpc-health-probe and load balancers. The sidecar reports NOT_SERVING once it drains.
 */
import { create } from "@bufbuild/protobuf";
import { Code, ConnectError, type ServiceImpl } from "@connectrpc/connect";
import {
  AdminService,
  GovernanceService,
  Health,
  HealthCheckResponse_ServingStatus as Status,
  HealthCheckResponseSchema,
} from "@portcullis/sdk/gen";

/** Reports whether the sidecar is serving, and wakes watchers when that changes. */
export interface ServingState {
  readonly serving: boolean;
  /** Resolves once the sidecar stops serving. */
  readonly stopped: Promise<void>;
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
  const status = () => (state.serving ? Status.SERVING : Status.NOT_SERVING);
  return {
    check(req) {
      if (!KNOWN.has(req.service)) throw new ConnectError(`unknown service '${req.service}'`, Code.NotFound);
      return create(HealthCheckResponseSchema, { status: status() });
    },
    async *watch(req, ctx) {
      if (!KNOWN.has(req.service)) {
        yield create(HealthCheckResponseSchema, { status: Status.SERVICE_UNKNOWN });
        return;
      }
      yield create(HealthCheckResponseSchema, { status: status() });
      if (!state.serving) return;
      const aborted = new Promise<void>((resolve) => ctx.signal.addEventListener("abort", () => resolve(), { once: true }));
      await Promise.race([state.stopped, aborted]);
      if (!ctx.signal.aborted) yield create(HealthCheckResponseSchema, { status: Status.NOT_SERVING });
    },
  };
}
