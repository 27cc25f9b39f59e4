/**
 * Embedded mode: the whole sidecar inside the host's own process, reached through Connect's
 * in-memory router transport. No socket, no HTTP framing, no second process — for MCP hosts
 * that want decisions at function-call cost. The contract, the policy, limits, guardrails,
 * request bounds and errors are exactly those of the sidecar.
 */
import { createRouterTransport, type Transport } from "@connectrpc/connect";
import type { Credentials } from "./credentials/index.js";
import type { DecisionEngine } from "./decision/index.js";
import type { PolicyStore } from "./policy/index.js";
import { openSidecarCore, type SidecarOptions } from "./server.js";

/** Options of {@link startEmbedded}: those of the sidecar, minus the listener's. */
export type EmbeddedOptions = Omit<SidecarOptions, "listen" | "allowNonLoopback" | "drainTimeoutMs" | "transport">;

/** An embedded sidecar. */
export interface EmbeddedSidecar {
  /** Pass to `createGovernanceClient({ transport })` or `createClient(…, transport)`. */
  readonly transport: Transport;
  readonly policies: PolicyStore;
  readonly engine: DecisionEngine;
  /** The credential vault, its providers and offboarding. */
  readonly credentials: Credentials;
  /** Stops serving and releases the watcher, the state store and the guardrail workers. */
  close(): Promise<void>;
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
  const transport = createRouterTransport(core.routes, { router: core.routerOptions });
  return { transport, policies: core.policies, engine: core.engine, credentials: core.credentials, close: () => core.close() };
}
