/**
 * The governed tool call, in one place: FilterTools for tools/list; for tools/call
 * Authorize (with the credential in the same reply) → the downstream call with that
 * credential in its transport (the agent never sees it) → ScanResponse (block or mutate) →
 * RecordAudit. Every decision is the sidecar's; this module only carries them out.
 *
 * Independent of the MCP protocol revision: both the 2025-11-25 (v1 SDK) and the 2026-07-28
 * (v2 SDK) endpoints call it with plain MCP JSON.
 */
import type { JsonObject } from "@bufbuild/protobuf";
import { CallOutcome, Code, Decision, GovernanceError, Reason, ScanAction, type GovernanceClient, type ToolAnnotations } from "@portcullis/sdk";
import type { CallToolResult, Tool } from "@modelcontextprotocol/sdk/types.js";
import type { Logger } from "../logger.js";
import { tokenKey } from "../identity/verification-cache.js";
import type { PolicyStore } from "../policy/index.js";
import { DownstreamError, type Downstreams } from "./downstreams.js";

/** Where a tool as the caller sees it really goes. */
export interface ToolRoute {
  readonly server: string;
  readonly tool: string;
  readonly annotations: Tool["annotations"];
}

/** A tools/list filtered for one caller: never share it with another caller. */
export interface FilteredTools {
  readonly tools: Tool[];
  readonly routes: ReadonlyMap<string, ToolRoute>;
}

/** One tools/call as the caller made it. */
export interface ToolCall {
  /** The caller's bearer token (gateway token or IdP JWT). */
  readonly token: string;
  /** The gateway endpoint: a virtual server of the policy, or a real server. */
  readonly endpoint: string;
  readonly name: string;
  readonly arguments: Record<string, unknown> | undefined;
  /** Groups the calls of one agent run (steps, duplicate guard); the MCP session by default. */
  readonly workflowId?: string | undefined;
  /** The route from this caller's last tools/list, when known. */
  readonly route?: ToolRoute | undefined;
  readonly signal?: AbortSignal | undefined;
}

/** What {@link GovernedCalls} needs. */
export interface GovernedCallsDeps {
  readonly governance: GovernanceClient;
  readonly downstreams: Downstreams;
  readonly policies: PolicyStore;
  readonly logger: Logger;
}

/**
 * The sidecar refused the caller's token while listing (e.g. revoked since the request's
 * bearer check); the MCP layer answers with a JSON-RPC error.
 *
 * @example
 * ```ts
 * await governed.listTools(token, endpoint).catch((err) => { if (err instanceof CallerRefusedError) throw new McpError(ErrorCode.InvalidRequest, err.message); throw err; });
 * ```
 */
export class CallerRefusedError extends Error {}

/**
 * How long a caller's filtered list answers the route lookup of a call made without a
 * tools/list first (sessionless 2026-07-28 calls, fresh sessions). A route only carries the
 * real server, tool and annotations into Authorize, which decides every call with the token
 * it carries; a policy reload or a changed downstream list ends it at once.
 */
const ROUTE_TTL_MS = 30_000;
/** Most callers' routes held; past it the oldest entry goes. */
const MAX_CACHED_ROUTES = 1000;

interface CachedRoutes {
  readonly routes: ReadonlyMap<string, ToolRoute>;
  readonly policy: object;
  readonly generation: number;
  readonly expiresMs: number;
}

/**
 * Governed tools/list and tools/call for the gateway's endpoints.
 *
 * @example
 * ```ts
 * const governed = new GovernedCalls({ governance, downstreams, policies, logger });
 * const { tools } = await governed.listTools(token, "research-desk");
 * const result = await governed.callTool({ token, endpoint: "research-desk", name: "fetch", arguments: { url } });
 * ```
 */
export class GovernedCalls {
  readonly #deps: GovernedCallsDeps;
  /** By endpoint and a hash of the caller's token (the token itself is not kept). */
  readonly #routes = new Map<string, CachedRoutes>();
  /** RecordAudit calls still in flight: sent after the reply, awaited by {@link drain}. */
  readonly #pendingRecords = new Set<Promise<void>>();

  constructor(deps: GovernedCallsDeps) {
    this.#deps = deps;
  }

  /** Whether `endpoint` names a virtual server of the policy or a configured downstream. */
  hasEndpoint(endpoint: string): boolean {
    return this.#deps.policies.current.virtualServers.has(endpoint) || this.#deps.downstreams.has(endpoint);
  }

  /** The real servers behind `endpoint` that the gateway can reach. */
  serversOf(endpoint: string): string[] {
    const virtual = this.#deps.policies.current.virtualServers.get(endpoint);
    if (!virtual) return this.#deps.downstreams.has(endpoint) ? [endpoint] : [];
    return [...new Set(virtual.entries.map((e) => e.server))].filter((s) => this.#deps.downstreams.has(s));
  }

  /**
   * The tools `token`'s caller may see on `endpoint`, renamed as the virtual server names
   * them. A downstream that cannot list is left out (and logged) rather than failing the
   * whole list; a single-server endpoint whose server fails reports the failure.
   */
  async listTools(token: string, endpoint: string, signal?: AbortSignal): Promise<FilteredTools> {
    const { downstreams, governance, logger, policies } = this.#deps;
    const policy = policies.current;
    const generation = downstreams.generation;
    const servers = this.serversOf(endpoint);
    const lists = await Promise.allSettled(servers.map((server) => downstreams.listTools(server, signal)));
    const upstream = new Map<string, Tool>();
    const request: {
      name: string;
      upstreamServer: string;
      title: string;
      description: string;
      annotations: ToolAnnotations | undefined;
      inputSchema: JsonObject;
    }[] = [];
    lists.forEach((list, i) => {
      const server = servers[i]!;
      if (list.status === "rejected") {
        logger.warn({ endpoint, server, why: (list.reason as Error).message }, "downstream left out of tools/list");
        if (servers.length === 1) throw list.reason;
        return;
      }
      for (const tool of list.value) {
        upstream.set(`${server}\0${tool.name}`, tool);
        request.push({
          name: tool.name,
          upstreamServer: server,
          title: tool.title ?? "",
          description: tool.description ?? "",
          annotations: toAnnotations(tool.annotations),
          inputSchema: tool.inputSchema as JsonObject,
        });
      }
    });
    const filtered = await governance.filterTools({ token, server: endpoint, tools: request }, { timeoutMs: 5000 }).catch((err: unknown) => {
      if (err instanceof GovernanceError && err.code === Code.Unauthenticated) throw new CallerRefusedError(err.rawMessage);
      throw err;
    });
    const tools: Tool[] = [];
    const routes = new Map<string, ToolRoute>();
    for (const visible of filtered.tools) {
      const server = visible.upstreamServer || endpoint;
      const realName = visible.upstreamName || visible.name;
      const original = upstream.get(`${server}\0${realName}`);
      if (!original) continue;
      tools.push({ ...original, name: visible.name });
      routes.set(visible.name, { server, tool: realName, annotations: original.annotations });
    }
    this.#rememberRoutes(routeKey(token, endpoint), { routes, policy, generation, expiresMs: Date.now() + ROUTE_TTL_MS });
    return { tools, routes };
  }

  /** One governed tools/call. Denials and failures come back as `isError` results an agent can read. */
  async callTool(call: ToolCall): Promise<CallToolResult> {
    const { governance, downstreams, logger } = this.#deps;
    // The tool's annotations take part in the decision (e.g. read-only required): a caller
    // that calls before it lists (sessionless, or a fresh session) gets its route looked up.
    const route = call.route ?? (await this.#routeOf(call));
    const decision = await governance.authorize(
      {
        token: call.token,
        server: call.endpoint,
        tool: call.name,
        arguments: call.arguments ?? {},
        annotations: toAnnotations(route?.annotations),
        workflowId: call.workflowId ?? "",
        includeCredential: true,
      },
      { timeoutMs: 5000 },
    );
    if (decision.decision !== Decision.ALLOW) {
      const retry = decision.retryAfterMs > 0 ? ` Retry after ${Math.ceil(decision.retryAfterMs / 1000)} s.` : "";
      return errorResult(`Denied by Portcullis (${Reason[decision.reason] ?? "DENIED"}): ${decision.message}${retry}`);
    }
    const target = decision.target?.server ? decision.target : { server: route?.server ?? call.endpoint, tool: route?.tool ?? call.name };
    const started = performance.now();
    const credential = decision.credential ? { headers: decision.credential.headers, env: decision.credential.env } : undefined;
    let result: CallToolResult;
    try {
      result = await downstreams.callTool(target.server, target.tool, call.arguments, credential, call.signal);
    } catch (err) {
      const failed = err instanceof DownstreamError;
      this.#recordLater(call, decision.decisionId, failed ? CallOutcome.TRANSPORT_ERROR : CallOutcome.TOOL_ERROR, started, 0);
      if (failed) return errorResult(err.message);
      // The downstream answered with a JSON-RPC error: pass its message on (it is the server's, not ours).
      return errorResult(`downstream '${target.server}' refused the call: ${(err as Error).message}`);
    }
    const resultJson = JSON.stringify(result);
    const scan = await governance.scanResponse(
      { token: call.token, server: call.endpoint, tool: call.name, decisionId: decision.decisionId, resultJson },
      { timeoutMs: 10_000 },
    );
    let outcome = result.isError ? CallOutcome.TOOL_ERROR : CallOutcome.SUCCESS;
    if (scan.action === ScanAction.BLOCK || scan.action === ScanAction.MUTATE) {
      if (scan.action === ScanAction.BLOCK) outcome = CallOutcome.BLOCKED;
      result = scan.resultJson ? (JSON.parse(scan.resultJson) as CallToolResult) : errorResult(scan.text || "The response was blocked by Portcullis.");
      if (scan.action === ScanAction.BLOCK) result = { ...result, isError: true };
      logger.info({ endpoint: call.endpoint, tool: call.name, decisionId: decision.decisionId, action: ScanAction[scan.action] }, "response guarded");
    }
    this.#recordLater(call, decision.decisionId, outcome, started, Buffer.byteLength(resultJson));
    return result;
  }

  /**
   * Waits for the outcome records still being sent. Call it before closing the governance
   * client, so that a shutdown loses no record of a call that has happened.
   *
   * @example
   * ```ts
   * await governed.drain();
   * governance.close();
   * ```
   */
  async drain(): Promise<void> {
    while (this.#pendingRecords.size > 0) await Promise.allSettled([...this.#pendingRecords]);
  }

  /** The route of `call.name` in this caller's filtered list; undefined when it is not there (Authorize still decides). */
  async #routeOf(call: ToolCall): Promise<ToolRoute | undefined> {
    const cached = this.#routes.get(routeKey(call.token, call.endpoint));
    if (cached && cached.policy === this.#deps.policies.current && cached.generation === this.#deps.downstreams.generation && cached.expiresMs > Date.now()) {
      return cached.routes.get(call.name);
    }
    try {
      return (await this.listTools(call.token, call.endpoint, call.signal)).routes.get(call.name);
    } catch {
      return undefined;
    }
  }

  #rememberRoutes(key: string, entry: CachedRoutes): void {
    this.#routes.delete(key);
    this.#routes.set(key, entry);
    if (this.#routes.size > MAX_CACHED_ROUTES) this.#routes.delete(this.#routes.keys().next().value!);
  }

  /** The outcome goes on after the reply: the agent does not wait for the audit trail's write. */
  #recordLater(call: ToolCall, decisionId: string, outcome: CallOutcome, started: number, responseBytes: number): void {
    const pending = this.#record(call, decisionId, outcome, started, responseBytes).finally(() => this.#pendingRecords.delete(pending));
    this.#pendingRecords.add(pending);
  }

  async #record(call: ToolCall, decisionId: string, outcome: CallOutcome, started: number, responseBytes: number): Promise<void> {
    // Best effort: the call has happened; a record that cannot be closed is logged, not returned to the agent.
    await this.#deps.governance
      .recordAudit({ token: call.token, decisionId, outcome, durationMs: Math.round(performance.now() - started), responseBytes }, { timeoutMs: 5000 })
      .catch((err: unknown) => this.#deps.logger.warn({ decisionId, why: (err as Error).message }, "outcome not recorded"));
  }
}

function routeKey(token: string, endpoint: string): string {
  return `${endpoint}\0${tokenKey(token)}`;
}

function errorResult(text: string): CallToolResult {
  return { content: [{ type: "text", text }], isError: true };
}

function toAnnotations(a: Tool["annotations"]): ToolAnnotations | undefined {
  if (!a) return undefined;
  return {
    $typeName: "portcullis.v1.ToolAnnotations",
    title: a.title ?? "",
    ...(a.readOnlyHint === undefined ? {} : { readOnlyHint: a.readOnlyHint }),
    ...(a.destructiveHint === undefined ? {} : { destructiveHint: a.destructiveHint }),
    ...(a.idempotentHint === undefined ? {} : { idempotentHint: a.idempotentHint }),
    ...(a.openWorldHint === undefined ? {} : { openWorldHint: a.openWorldHint }),
  };
}
