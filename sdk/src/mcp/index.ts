/**
 * @portcullis/sdk/mcp — governance for MCP hosts and servers: a wrapped client whose
 * tools/list is filtered and whose tools/call is authorized, scanned and audited, and the
 * same for a server its team owns. It imports no MCP SDK: v1 and v2 clients fit structurally.
 *
 * @example
 * ```ts
 * import { wrapClient } from "@portcullis/sdk/mcp";
 * const client = wrapClient(new Client({ name: "host", version: "1.0.0" }), { governance, server: "jira", token });
 * ```
 * @packageDocumentation
 */
export { credentialFetch, withCredential } from "./credential-fetch.js";
export { governServer, type GovernedExtra, type GovernServerOptions } from "./govern-server.js";
export {
  DECISION_META_KEY,
  governedCall,
  governedToolList,
  type ConnectRequired,
  type Downstream,
  type DownstreamCredential,
  type GovernedCallRequest,
  type GovernedTarget,
  type GovernedTimeouts,
  type GuardedResponse,
  type SendCall,
} from "./governed-call.js";
export { errorResult, type McpCallParams, type McpTool, type McpToolAnnotations, type McpToolResult } from "./mcp-shapes.js";
export { OutcomeRecorder } from "./outcome-recorder.js";
export { sidecarTokenVerifier, type VerifiedToken } from "./sidecar-token-verifier.js";
export {
  childTraceContext,
  newTraceContext,
  traceEntries,
  traceFromHeaders,
  traceFromMeta,
  traceIdOf,
  type TraceContext,
} from "./trace-context.js";
export { wrapClient, type CredentialedClientFactory, type GovernableClient, type WrapClientOptions } from "./wrap-client.js";
