/**
 * The few MCP shapes the governed call needs, structurally: both the v1 SDK
 * (`@modelcontextprotocol/sdk`) and the v2 packages (`@modelcontextprotocol/client`,
 * `server`) produce and accept them, and this module imports neither.
 */

/**
 * A tool's MCP annotations (untrusted hints from the server).
 *
 * @example
 * ```ts
 * const hints: McpToolAnnotations = { readOnlyHint: true };
 * ```
 */
export interface McpToolAnnotations {
  title?: string;
  readOnlyHint?: boolean;
  destructiveHint?: boolean;
  idempotentHint?: boolean;
  openWorldHint?: boolean;
}

/**
 * One entry of a `tools/list` result; other fields pass through untouched.
 *
 * @example
 * ```ts
 * const tool: McpTool = { name: "search_issues", annotations: { readOnlyHint: true } };
 * ```
 */
export interface McpTool {
  name: string;
  annotations?: McpToolAnnotations | undefined;
  [key: string]: unknown;
}

/**
 * A `tools/call` result as the agent sees it; other fields pass through untouched.
 *
 * @example
 * ```ts
 * const result: McpToolResult = { content: [{ type: "text", text: "done" }] };
 * ```
 */
export interface McpToolResult {
  content?: unknown[];
  structuredContent?: unknown;
  isError?: boolean;
  _meta?: Record<string, unknown>;
  [key: string]: unknown;
}

/**
 * The `params` of a `tools/call` request.
 *
 * @example
 * ```ts
 * const params: McpCallParams = { name: "create_issue", arguments: { project: "SUP" } };
 * ```
 */
export interface McpCallParams {
  name: string;
  arguments?: Record<string, unknown> | undefined;
  _meta?: Record<string, unknown> | undefined;
  [key: string]: unknown;
}

/**
 * A text-only tool result with `isError: true`: how a refusal reaches the agent, which can
 * read it and adapt instead of crashing on an exception.
 *
 * @example
 * ```ts
 * return errorResult("create_issue was denied: project must be one of SUP, HELP");
 * ```
 */
export function errorResult(text: string, meta?: Record<string, unknown>): McpToolResult {
  return { content: [{ type: "text", text }], isError: true, ...(meta ? { _meta: meta } : {}) };
}
