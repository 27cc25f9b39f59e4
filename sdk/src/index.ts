/**
 * @portcullis/sdk — a typed client for the Portcullis governance sidecar, and the
 * generated contract.
 *
 * @example
 * ```ts
 * import { createGovernanceClient, Decision } from "@portcullis/sdk";
 * const portcullis = createGovernanceClient({ baseUrl: "http://127.0.0.1:7878" });
 * ```
 * @packageDocumentation
 */
export {
  createGovernanceClient,
  type AuthorizeInput,
  type CallOptions,
  type GovernanceClient,
  type GovernanceClientOptions,
} from "./governance-client.js";
export { DEADLINE_GRACE_MS } from "./deadline-grace.js";
export { GovernanceError, type GovernanceErrorOptions } from "./governance-error.js";
export { int64FromNumber, int64ToNumber, type Int64AsNumber, type Int64Input } from "./int64-as-number.js";
export { Code, ConnectError } from "@connectrpc/connect";
export * from "./gen.js";
