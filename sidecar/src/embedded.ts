/**
 * Embedded mode: the whole sidecar inside the host's own process. No socket, no HTTP
 * framing, no serialization, no second process — for MCP hosts that want decisions at
 * function-call cost. Unary calls go straight to the handlers (see direct-transport.ts);
 * the contract, the policy, limits, guardrails, the handlers' request bounds, interceptors
 * and errors are those of the sidecar. `routerTransport` runs the full Connect protocol in
 * memory instead, byte for byte what a remote client sends, for tests of the wire.
 */
import { createRouterTransport, type Transport } from "@connectrpc/connect";
import { createDirectTransport } from "./transport/direct-transport.js";
import type { Credentials } from "./credentials/index.js";
import type { DecisionEngine } from "./decision/index.js";
import type { PolicyStore } from "./policy/index.js";
import type { Telemetry } from "./telemetry/index.js";
import { openSidecarCore, type SidecarOptions } from "./server.js";

/** Options of {@link startEmbedded}: those of the sidecar, minus the listener's. */
export type EmbeddedOptions = Omit<SidecarOptions, "listen" | "allowNonLoopback" | "drainTimeoutMs" | "transport" | "leanUnary">;

/** An embedded sidecar. */
export interface EmbeddedSidecar {
  /** Pass to `createGovernanceClient({ transport })` or `createClient(…, transport)`: handlers called directly. */
  readonly transport: Transport;
  /** The same sidecar through Connect's in-memory protocol (encode, frame, decode): slower, wire-exact. */
  readonly routerTransport: Transport;
  readonly policies: PolicyStore;
  readonly engine: DecisionEngine;
  /** The credential vault, its providers and offboarding. */
  readonly credentials: Credentials;
  /** OpenTelemetry export when it is on (an endpoint configured): e.g. a gateway's own spans. */
  readonly telemetry: Telemetry | undefined;
  /**
   * Whether it can decide every call now: what `portcullis serve` reports as the readiness of
   * GovernanceService (see `SidecarCore.ready`).
   */
  ready(): boolean;
  /**
   * Stops serving and releases the watcher, the state store and the guardrail workers; closes
   * the audit trail (`auditClosed`: false when it did not close cleanly, logged at error level
   * as `audit trail did not close cleanly`; true without an audit trail).
   */
  close(): Promise<{ readonly auditClosed: boolean }>;
}

/**
 * Starts the sidecar in this process.
 *
 * @example
 * ```ts
 * const embedded = await startEmbedded({ policyFile: "policy.yaml" });
 * const portcullis = createGovernanceClient({ transport: embedded.transport });
 * ```
 */
export async function startEmbedded(options: EmbeddedOptions): Promise<EmbeddedSidecar> {
  const core = await openSidecarCore(options);
  const { interceptors, maxTimeoutMs } = core.routerOptions;
  const transport = createDirectTransport(core.routes, { interceptors, maxTimeoutMs, requestGate: core.requestGate, router: core.routerOptions });
  let routerTransport: Transport | undefined;
  return {
    transport,
    get routerTransport() {
      routerTransport ??= createRouterTransport(core.routes, { router: core.routerOptions });
      return routerTransport;
    },
    policies: core.policies,
    engine: core.engine,
    credentials: core.credentials,
    telemetry: core.telemetry,
    ready: () => core.ready(),
    close: () => core.close(),
  };
}
