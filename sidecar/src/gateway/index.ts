/**
 * The governed MCP gateway: virtual and plain MCP servers served over Streamable HTTP in
 * front of downstream MCP servers, every call decided by the embedded sidecar.
 */
export { Downstreams, DownstreamError, type DownstreamCredential } from "./downstreams.js";
export { configChanges, GatewayConfigError, loadGatewayConfig, parseGatewayConfig, type DownstreamConfig, type GatewayConfig } from "./gateway-config.js";
export { CallerRefusedError, GovernedCalls, type FilteredTools, type GovernedCallsDeps, type ToolCall, type ToolRoute } from "./governed-call.js";
export { DEFAULT_DRAIN_TIMEOUT_MS, startGateway, type Gateway, type GatewayCloseOptions, type GatewayOptions, type GatewayStopOutcome } from "./mcp-gateway.js";
export { gatewaySidecarOptions } from "./gateway-sidecar.js";
export { ProgressRelay, type DownstreamProgress, type ProgressNotification, type ProgressSink } from "./progress-relay.js";
export { protectedResourceMetadata, requireBearer, resourceMetadataUrl, type BearerCaller } from "./resource-auth.js";
export { listCredentialsOf, type ListCredential, type ListCredentialSource } from "./list-credential.js";
