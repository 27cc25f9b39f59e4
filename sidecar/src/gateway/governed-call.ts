/**
 * The gateway's own part of a governed call: which tools an endpoint serves (tools/list of
 * every downstream behind it, FilterTools, the virtual server's names), where a tool really
 * goes (the route, cached per caller), and sending the call to {@link Downstreams} with the
 * credential the sidecar returned. The governed tools/call itself — Authorize, ScanResponse,
 * RecordAudit after the reply, trace context, readable refusals — is the SDK's `governedCall`,
 * the same code `wrapClient` and `governServer` run.
 *
 * Independent of the MCP protocol revision: both the 2025-11-25 (v1 SDK) and the 2026-07-28
 * (v2 SDK) endpoints call it with plain MCP JSON.
 */
import type { JsonObject } from "@bufbuild/protobuf";
import { Code, GovernanceError, ScanAction, type GovernanceClient, type ToolAnnotations } from "@portcullis/sdk";
import { DECISION_META_KEY, errorResult, governedCall, OutcomeRecorder, type GovernedTarget, type McpToolResult, type TraceContext } from "@portcullis/sdk/mcp";
import type { CallToolResult, Tool } from "@modelcontextprotocol/sdk/types.js";
import type { Logger } from "../logger.js";
import { RepeatedLines } from "../repeated-lines.js";
import { tokenKey } from "../identity/verification-cache.js";
import type { PolicyStore } from "../policy/index.js";
import { REQUEST_LIMITS } from "../services/request-bounds.js";
import type { Telemetry } from "../telemetry/index.js";
import { startDownstreamSpan } from "./downstream-span.js";
import { withoutDetectedSecrets } from "./downstream-text.js";
import { DownstreamError, type Downstreams } from "./downstreams.js";
import type { ListCredentialSource } from "./list-credential.js";
import { ProgressRelay, type DownstreamProgress, type ProgressSink } from "./progress-relay.js";

/** A tools/call name that is not in the caller's filtered list of the endpoint. */
const UNLISTED = Symbol("unlisted");

/** A tools/call name missing from the caller's list because the downstream serving it is down. */
class UnavailableRoute {
  constructor(readonly error: DownstreamError) {}
}

/** The first wait before a downstream left out of a list is listed again in the background; it doubles per failure. */
const PROBE_FIRST_MS = 1000;
/** The longest wait between two background lists of a downstream left out of a list. */
const PROBE_MAX_MS = 30_000;

/** Deadlines of the sidecar RPCs of one call: a large result takes the scanner longer than a decision. */
const TIMEOUTS = { authorize: 5000, filterTools: 5000, scanResponse: 10_000, recordAudit: 5000 } as const;

/** Where a tool as the caller sees it really goes. */
export interface ToolRoute {
  readonly server: string;
  readonly tool: string;
  readonly annotations: Tool["annotations"];
  /** The real tool's output schema: structured content the scan masked must still match it. */
  readonly outputSchema?: Tool["outputSchema"];
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
  /** The request's `_meta`: a `traceparent` in it is the caller's trace context (MCP convention). */
  readonly meta?: Record<string, unknown> | undefined;
  /** The trace context of the HTTP request's headers, used when `meta` carries none. */
  readonly trace?: TraceContext | undefined;
  readonly signal?: AbortSignal | undefined;
  /**
   * Where the call's progress goes, when the caller asked for it (`_meta.progressToken`): the
   * downstream's reports are relayed there until the call is answered (progress-relay.ts).
   */
  readonly progress?: ProgressSink | undefined;
}

/** What {@link GovernedCalls} needs. */
export interface GovernedCallsDeps {
  readonly governance: GovernanceClient;
  readonly downstreams: Downstreams;
  readonly policies: PolicyStore;
  readonly logger: Logger;
  /**
   * The caller's downstream credential for listing a server's tools (`listCredentialsOf`);
   * without it every list is fetched with the gateway's own transport settings.
   */
  readonly listCredential?: ListCredentialSource | undefined;
  /** The sidecar's telemetry: with it, each downstream call gets an exported span (`startDownstreamSpan`). */
  readonly telemetry?: Telemetry | undefined;
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
  /** The servers behind the endpoint left out of this list: they could not list. */
  readonly missing: ReadonlySet<string>;
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
  readonly #recorder = new OutcomeRecorder();
  /** What every call's governed target shares; the caller's token and endpoint are added per call. */
  readonly #common: Omit<GovernedTarget, "token" | "server">;
  readonly #lines: RepeatedLines;
  /** Told which endpoints' lists may have changed (see {@link onListChanged}). */
  readonly #listChanged = new Set<(endpoints: readonly string[]) => void>();
  /** Downstreams left out of a list (they could not list), with their background retry. */
  readonly #missing = new Map<string, { attempt: number; timer: NodeJS.Timeout | undefined }>();
  readonly #unsubscribe: (() => void)[];
  #closed = false;

  constructor(deps: GovernedCallsDeps) {
    this.#deps = deps;
    this.#lines = new RepeatedLines(deps.logger);
    this.#unsubscribe = [
      deps.downstreams.onToolsChanged((server) => this.#emit(this.#endpointsServing(server))),
      // A reload may grant or take away any tool, or change a virtual server's names: every endpoint.
      deps.policies.onChange((policy) => this.#emit([...policy.virtualServers.keys(), ...this.#realEndpoints()])),
    ];
    const { governance } = deps;
    this.#common = {
      governance,
      timeouts: TIMEOUTS,
      recorder: this.#recorder,
      // Once a minute per kind with the count of its repeats (a tool whose every answer is
      // blocked, an audit trail that is down): never a line per call of a busy gateway.
      onGuarded: ({ server, tool, decisionId, action, why }) =>
        this.#lines.write(
          why === undefined ? "info" : "warn",
          `guarded\0${server}\0${tool}\0${action}\0${why === undefined ? "" : "not inspected"}`,
          { endpoint: server, tool, decisionId, action, ...(why === undefined ? {} : { why }) },
          why === undefined ? "response guarded" : "response withheld: not inspected",
        ),
      // Best effort: the call has happened; a record that cannot be closed is logged, not returned to the agent.
      onAuditError: (err, decisionId) => {
        const why = (err as Error).message;
        this.#lines.write("warn", `not recorded\0${why}`, { decisionId, why }, "outcome not recorded");
      },
    };
  }

  /**
   * Calls `listener` with the endpoints whose tools/list may now answer differently: a
   * downstream behind them said its list changed, went away, or came back after being left
   * out of a list; or the policy was reloaded. Calls come as they happen (debounce them).
   * Returns the function that stops it.
   *
   * @example
   * ```ts
   * governed.onListChanged((endpoints) => sessions.toolsChanged(endpoints));
   * ```
   */
  onListChanged(listener: (endpoints: readonly string[]) => void): () => void {
    this.#listChanged.add(listener);
    return () => void this.#listChanged.delete(listener);
  }

  /** Stops the background lists of downstreams left out of a list, and the change reports. */
  close(): void {
    this.#closed = true;
    for (const stop of this.#unsubscribe) stop();
    for (const { timer } of this.#missing.values()) clearTimeout(timer);
    this.#missing.clear();
    this.#listChanged.clear();
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
    const lists = await Promise.allSettled(servers.map((server) => this.#listOf(token, server, signal)));
    const refused = lists.find((l) => l.status === "rejected" && l.reason instanceof CallerRefusedError);
    if (refused) throw (refused as PromiseRejectedResult).reason;
    const upstream = new Map<string, Tool>();
    const missing = new Set<string>();
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
        // A tools/list the server refused carries its own words: scanned for secrets before they are logged.
        logger.warn({ endpoint, server, why: withoutDetectedSecrets((list.reason as Error).message) }, "downstream left out of tools/list");
        this.#leftOut(server, list.reason);
        if (servers.length === 1) throw list.reason;
        missing.add(server);
        return;
      }
      this.#listed(server);
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
    const filtered = await governance.filterTools({ token, server: endpoint, tools: request }, { timeoutMs: TIMEOUTS.filterTools }).catch((err: unknown) => {
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
      routes.set(visible.name, { server, tool: realName, annotations: original.annotations, outputSchema: original.outputSchema });
    }
    this.#rememberRoutes(routeKey(token, endpoint), { routes, missing, policy, generation, expiresMs: Date.now() + ROUTE_TTL_MS });
    return { tools, routes };
  }

  /**
   * One governed tools/call (the SDK's `governedCall`). Denials, a sidecar that cannot answer
   * and failures come back as `isError` results an agent can read; the outcome is recorded
   * after the reply.
   */
  async callTool(call: ToolCall): Promise<CallToolResult> {
    const { downstreams } = this.#deps;
    // Authorize refuses arguments nested past its bound, but the SDK serialises them first
    // (JSON.stringify recurses): 20,000 levels overflowed the stack, and the caller was told
    // "Maximum call stack size exceeded". The same bound, checked here without recursion, and
    // refused as Authorize refuses it (nothing decided, so nothing recorded).
    if (call.arguments !== undefined && deeperThan(call.arguments, REQUEST_LIMITS.argumentsDepth)) {
      return errorResult(
        `Portcullis refused the call to ${call.name} on ${call.endpoint}: arguments nested more than ${REQUEST_LIMITS.argumentsDepth} levels deep; flatten the value`,
        { [DECISION_META_KEY]: { decision: "deny", reason: "INVALID_REQUEST", decisionId: "" } },
      ) as CallToolResult;
    }
    // The tool's annotations take part in the decision (e.g. read-only required): a caller
    // that calls before it lists (sessionless, or a fresh session) gets its route looked up.
    const found = call.route ?? (await this.#routeOf(call));
    const route = found === UNLISTED || found instanceof UnavailableRoute ? undefined : found;
    const target: GovernedTarget = { ...this.#common, token: call.token, server: call.endpoint, workflowId: call.workflowId };
    // Allowed by name (a glob), but not a name this caller was shown: a policy matches names
    // exactly, and a downstream that folds case or width ("DELETE_ALL", "ｓecret_tool") would
    // run a tool the policy denies. The SDK decides and records it, and never sends it.
    // Not listed because the downstream that serves it is down: the call fails with that cause,
    // not as a name the caller was never shown (it was, and will be again).
    const listed = () => {
      if (found instanceof UnavailableRoute) throw found.error;
      return found !== UNLISTED;
    };
    const request = {
      tool: call.name,
      arguments: call.arguments,
      annotations: route?.annotations,
      outputSchema: route?.outputSchema,
      meta: call.meta,
      trace: call.trace,
      signal: call.signal,
      listed,
    };
    let relay: ProgressRelay | undefined;
    try {
      const result = await governedCall(target, request, async ({ credential, trace, target: real, decisionId }): Promise<McpToolResult> => {
        // The downstream gets the trace context only, with the gateway's own span as its
        // parent: the rest of the caller's `_meta` (progress tokens, 2026-07-28 protocol
        // fields) is about the caller's own exchange with the gateway.
        const span = startDownstreamSpan(this.#deps.telemetry, trace, { endpoint: call.endpoint, server: real.server, tool: real.tool, decisionId });
        // Asked for progress: the downstream reports to the gateway's own client (its token is
        // the gateway's), and the caller gets each report under its own token, its message
        // through the guardrails the answer passes.
        const progress = call.progress && new ProgressRelay(call.progress, (text) => this.#scanProgress(call, route, decisionId, text));
        relay = progress;
        try {
          const onProgress = progress && ((p: DownstreamProgress) => progress.push(p));
          const answer = await downstreams.callTool(real.server, real.tool, call.arguments, credential, call.signal, span.meta, onProgress);
          span.end(answer.isError ? "tool_error" : undefined);
          return answer;
        } catch (err) {
          // Unreachable, crashed, timed out: the governed call reports it as a transport error.
          if (err instanceof DownstreamError) {
            span.end(err.kind);
            throw err;
          }
          span.end("jsonrpc_error");
          // The downstream answered with a JSON-RPC error: its message is the server's, scanned like a result.
          return errorResult(`downstream '${real.server}' refused the call: ${(err as Error).message}`);
        }
      });
      return result as CallToolResult;
    } finally {
      // The answer goes out next: nothing of the call's progress may follow it.
      relay?.close(!call.signal?.aborted);
    }
  }

  /**
   * What a progress message of `call` may say: the text ScanResponse passes (or its
   * replacement), undefined when it blocks or cannot scan. A plain-text scan of the call's
   * tool, without its outcome record: the answer's scan closes that. Like every scan, it is
   * in the audit trail (`scan_response`), and injection found confirms the workflow's taint.
   */
  async #scanProgress(call: ToolCall, route: ToolRoute | undefined, decisionId: string, text: string): Promise<string | undefined> {
    const verdict = await this.#deps.governance.scanResponse(
      {
        token: call.token,
        server: call.endpoint,
        tool: call.name,
        decisionId,
        workflowId: call.workflowId ?? "",
        annotations: toAnnotations(route?.annotations),
        text,
      },
      { timeoutMs: TIMEOUTS.scanResponse, ...(call.signal ? { signal: call.signal } : {}) },
    );
    if (verdict.action === ScanAction.BLOCK || verdict.action === ScanAction.MUTATE) {
      const action = verdict.action === ScanAction.BLOCK ? "BLOCK" : "MUTATE";
      this.#lines.write(
        "info",
        `progress guarded\0${call.endpoint}\0${call.name}\0${action}`,
        { endpoint: call.endpoint, tool: call.name, decisionId, action },
        "progress message guarded",
      );
    }
    if (verdict.action === ScanAction.BLOCK) return undefined;
    if (verdict.action === ScanAction.MUTATE) return verdict.text || undefined;
    return text;
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
    await this.#recorder.drain();
    this.#lines.flush();
  }

  /**
   * One server's tools as this caller's downstream credential sees them: a server that gets
   * a credential injected may list differently per credential, so the list comes from the
   * connection of that credential and is never shared with a caller presenting another.
   */
  async #listOf(token: string, server: string, signal: AbortSignal | undefined): Promise<Tool[]> {
    const { downstreams, listCredential } = this.#deps;
    const got = listCredential ? await listCredential(token, server) : undefined;
    if (got && !got.ok) {
      if (got.unauthenticated) throw new CallerRefusedError(got.message);
      throw new DownstreamError(
        server,
        "credential",
        `the tools of '${server}' cannot be listed without the caller's credential: ${got.message}`,
        got.connectUrl,
      );
    }
    return downstreams.listTools(server, signal, got?.credential);
  }

  /**
   * The route of `call.name` in this caller's filtered list; {@link UNLISTED} when the list has
   * no such name, undefined when the list cannot be had (Authorize decides, and the downstream's
   * own error says what is wrong).
   */
  async #routeOf(call: ToolCall): Promise<ToolRoute | typeof UNLISTED | UnavailableRoute | undefined> {
    const key = routeKey(call.token, call.endpoint);
    const cached = this.#routes.get(key);
    if (cached && cached.policy === this.#deps.policies.current && cached.generation === this.#deps.downstreams.generation && cached.expiresMs > Date.now()) {
      const route = cached.routes.get(call.name);
      // A list with a server left out is listed again: the server may be back.
      if (route || cached.missing.size === 0) return route ?? UNLISTED;
    }
    try {
      await this.listTools(call.token, call.endpoint, call.signal);
    } catch {
      return undefined;
    }
    const fresh = this.#routes.get(key);
    const route = fresh?.routes.get(call.name);
    if (route) return route;
    const down = fresh ? this.#missingServerOf(call.endpoint, call.name, fresh.missing) : undefined;
    if (down === undefined) return UNLISTED;
    return new UnavailableRoute(
      new DownstreamError(
        down,
        "unavailable",
        `downstream '${down}' behind '${call.endpoint}' is unavailable (it could not list its tools), so '${call.name}' cannot be called now; try again later`,
      ),
    );
  }

  /** The server left out of the list (`missing`) that the virtual server `endpoint` routes `name` to, if any. */
  #missingServerOf(endpoint: string, name: string, missing: ReadonlySet<string>): string | undefined {
    if (missing.size === 0) return undefined;
    const virtual = this.#deps.policies.current.virtualServers.get(endpoint);
    for (const entry of virtual?.entries ?? []) {
      if (!missing.has(entry.server)) continue;
      if (entry.exposedAs !== undefined ? entry.exposedAs === name : entry.tool.matches(name)) return entry.server;
    }
    return undefined;
  }

  /** The configured servers, each its own endpoint. */
  #realEndpoints(): string[] {
    return this.#deps.downstreams.servers;
  }

  /** The endpoints `server` is behind: itself, and every virtual server with an entry of it. */
  #endpointsServing(server: string): string[] {
    const endpoints = [server];
    for (const [name, virtual] of this.#deps.policies.current.virtualServers) {
      if (virtual.entries.some((e) => e.server === server)) endpoints.push(name);
    }
    return endpoints;
  }

  #emit(endpoints: readonly string[]): void {
    if (this.#closed || endpoints.length === 0) return;
    for (const listener of this.#listChanged) {
      try {
        listener(endpoints);
      } catch (err) {
        this.#deps.logger.warn({ why: (err as Error).message }, "tool list change listener failed");
      }
    }
  }

  /**
   * `server` could not list, and was left out of a caller's list. It is listed again in the
   * background (waits doubling from 1 s to 30 s) until it answers, so the callers told its
   * tools went are told when they are back — without any of them calling. Only a server that
   * is down and needs no caller's credential to list: others are retried by their callers' lists.
   */
  #leftOut(server: string, reason: unknown): void {
    if (this.#closed || reason instanceof CallerRefusedError) return;
    if (reason instanceof DownstreamError && (reason.kind === "credential" || reason.kind === "cancelled")) return;
    const entry = this.#missing.get(server) ?? { attempt: 0, timer: undefined };
    this.#missing.set(server, entry);
    // A server that answered its refusal is up: listed again by its callers, not in the background.
    const down = !(reason instanceof DownstreamError) || reason.kind === "unavailable" || reason.kind === "timeout";
    if (!down || entry.timer !== undefined || this.#deps.policies.current.credentials.has(server)) return;
    const wait = Math.min(PROBE_MAX_MS, PROBE_FIRST_MS * 2 ** entry.attempt);
    entry.attempt++;
    entry.timer = setTimeout(() => {
      entry.timer = undefined;
      if (this.#missing.get(server) !== entry) return;
      this.#deps.downstreams.listTools(server).then(
        () => this.#listed(server),
        (err: unknown) => this.#leftOut(server, err),
      );
    }, wait);
    entry.timer.unref();
  }

  /** `server` listed: if it had been left out of a list, the endpoints behind it have their tools back. */
  #listed(server: string): void {
    const entry = this.#missing.get(server);
    if (!entry) return;
    clearTimeout(entry.timer);
    this.#missing.delete(server);
    this.#emit(this.#endpointsServing(server));
  }

  #rememberRoutes(key: string, entry: CachedRoutes): void {
    this.#routes.delete(key);
    this.#routes.set(key, entry);
    if (this.#routes.size > MAX_CACHED_ROUTES) this.#routes.delete(this.#routes.keys().next().value!);
  }
}

function routeKey(token: string, endpoint: string): string {
  return `${endpoint}\0${tokenKey(token)}`;
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

/**
 * Whether `value` nests objects and arrays more than `max` levels deep (an object holding a
 * scalar is one level, as Authorize counts the arguments' JSON). Walked with a stack of its
 * own, not recursion, and it stops at the first level past `max`.
 */
function deeperThan(value: unknown, max: number): boolean {
  const pending: [unknown, number][] = [[value, 1]];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [node, depth] = next;
    if (node === null || typeof node !== "object") continue;
    if (depth > max) return true;
    for (const child of Array.isArray(node) ? node : Object.values(node)) {
      if (child !== null && typeof child === "object") pending.push([child, depth + 1]);
    }
  }
  return false;
}
