/**
 * The governed tool call, independent of any MCP SDK: Authorize (with the credential in the
 * same reply) → the real call, through a `send` the adapter supplies → ScanResponse → RecordAudit.
 * The v1/v2 client wrapper, the server middleware and a gateway are thin adapters over it.
 *
 * Everything the agent gets back is a tool result: a denial, a sidecar that cannot answer, a
 * failed downstream call and a blocked response all come back with `isError: true` and a text
 * the agent can read and adapt to. Nothing the sidecar did not allow reaches the downstream
 * server, and nothing it did not inspect reaches the agent (fail closed).
 */
import { Code, ConnectError } from "@connectrpc/connect";
import { CallOutcome, Decision, Reason, ScanAction, type AuthorizeResponse, type Credential, type Target } from "../gen.js";
import type { CallOptions, GovernanceClient } from "../governance-client.js";
import type { Int64AsNumber } from "../int64-as-number.js";
import { errorResult, type McpTool, type McpToolAnnotations, type McpToolResult } from "./mcp-shapes.js";
import type { OutcomeRecorder } from "./outcome-recorder.js";
import { outputSchemaMismatch } from "./output-schema.js";
import { rememberRename } from "./tool-catalog.js";
import { newTraceContext, traceEntries, traceFromMeta, type TraceContext } from "./trace-context.js";

/** The `_meta` key under which a governed result says how it was decided (DNS-prefixed, as MCP asks). */
export const DECISION_META_KEY = "dev.portcullis/decision";

/**
 * Who calls which server through which sidecar: the part of a governed call that stays the
 * same for a client or a request.
 *
 * @example
 * ```ts
 * const target: GovernedTarget = { governance: portcullis, server: "jira", token: userToken };
 * ```
 */
export interface GovernedTarget {
  /** The sidecar's client (`createGovernanceClient`). */
  governance: GovernanceClient;
  /** The MCP server's name in the policy (a real or a virtual server). */
  server: string;
  /**
   * When `server` is a virtual server: the real server (its name in the policy) whose tools
   * this client or server serves. Its tools/list is filtered and renamed as the virtual server
   * exposes them, and a call goes out under the real tool's name; a call the virtual server
   * routes to another real server is refused, never sent here. Required for a virtual server.
   */
  upstreamServer?: string | undefined;
  /** The caller's gateway or IdP token. Never put into a result, an error or a log. */
  token: string;
  /** Groups the calls of one agent run (step caps, duplicate guards). */
  workflowId?: string | undefined;
  /** Deadline of each sidecar RPC (default: the governance client's). */
  timeoutMs?: number | undefined;
  /** Deadlines of single RPCs, where they differ from `timeoutMs` (e.g. a longer ScanResponse for large results). */
  timeouts?: GovernedTimeouts | undefined;
  /**
   * Sends RecordAudit after the reply, tracked here until it settles: the agent does not wait
   * for the audit trail's write; drain it before closing the governance client. Without one,
   * the call returns once its record is written.
   */
  recorder?: OutcomeRecorder | undefined;
  /**
   * Called when the server needs the user's own account and they have not connected it yet:
   * show `url` to the user (a host's equivalent of URL-mode elicitation). The agent gets an
   * isError result with the same link either way.
   */
  onConnectRequired?: ((connect: ConnectRequired) => void | Promise<void>) | undefined;
  /** Told when RecordAudit fails (the call's result is returned anyway); default: a process warning. */
  onAuditError?: ((error: unknown, decisionId: string) => void) | undefined;
  /** Told when ScanResponse blocked or changed a response (e.g. to log it); the agent sees the changed result. */
  onGuarded?: ((guarded: GuardedResponse) => void) | undefined;
}

/**
 * Per-RPC deadlines of a governed call, in milliseconds.
 *
 * @example
 * ```ts
 * const timeouts: GovernedTimeouts = { authorize: 5000, scanResponse: 10_000 };
 * ```
 */
export interface GovernedTimeouts {
  authorize?: number | undefined;
  filterTools?: number | undefined;
  scanResponse?: number | undefined;
  recordAudit?: number | undefined;
}

/**
 * A response that ScanResponse blocked or changed. Holds no content of the response.
 *
 * @example
 * ```ts
 * onGuarded: ({ tool, action, decisionId }) => log.info({ tool, action, decisionId }, "response guarded")
 * ```
 */
export interface GuardedResponse {
  server: string;
  tool: string;
  decisionId: string;
  action: "BLOCK" | "MUTATE";
  /** Why it was withheld without a verdict, when the sidecar said (e.g. too large to inspect: sizes and the setting). */
  why?: string | undefined;
}

/**
 * A call that needs the user to connect an account first.
 *
 * @example
 * ```ts
 * onConnectRequired: ({ url }) => ui.showLink("Connect Jira", url)
 * ```
 */
export interface ConnectRequired {
  url: string;
  message: string;
  server: string;
  tool: string;
}

/**
 * The downstream credential as the sidecar returns it. Never log it.
 *
 * @example
 * ```ts
 * const headers = credential?.headers ?? {};
 * ```
 */
export type DownstreamCredential = Int64AsNumber<Credential>;

/**
 * What the adapter needs to send an allowed call downstream.
 *
 * @example
 * ```ts
 * governedCall(target, request, ({ credential, meta }) => client.callTool({ name, arguments: args, _meta: meta }));
 * ```
 */
export interface Downstream {
  /** Apply it to the transport (a header for HTTP, environment for stdio); undefined when the server needs none. */
  credential: DownstreamCredential | undefined;
  /** The request's `_meta` to send: the caller's entries plus the trace context. */
  meta: Record<string, unknown>;
  /** The caller's trace context, as sent to the sidecar. */
  trace: TraceContext;
  /** The real server and tool (they differ from the request's behind a virtual server). */
  target: { server: string; tool: string };
  decisionId: string;
}

/**
 * One tool call to govern.
 *
 * @example
 * ```ts
 * const request: GovernedCallRequest = { tool: "create_issue", arguments: { project: "SUP" }, annotations };
 * ```
 */
export interface GovernedCallRequest {
  tool: string;
  arguments?: Record<string, unknown> | undefined;
  /** The tool's annotations from tools/list (untrusted hints; absent counts as not read-only). */
  annotations?: McpToolAnnotations | undefined;
  /** The request's own `_meta`; a `traceparent` in it is the caller's trace context. */
  meta?: Record<string, unknown> | undefined;
  /** The caller's trace context when not in `meta` (e.g. from OpenTelemetry); else a new root. */
  trace?: TraceContext | undefined;
  /** Tokens the call is expected to consume (budgets). */
  estimatedTokens?: number | undefined;
  /** Overrides the target's workflow id. */
  workflowId?: string | undefined;
  signal?: AbortSignal | undefined;
  /**
   * Whether the server lists the tool the call would be sent as (`tool`: the decision's real
   * tool; an adapter that sends another name checks that one). A policy matches names exactly,
   * and a server that folds case or width would run `delete_issue` for `DELETE_ISSUE`, which a
   * deny of `delete_*` does not name: a call to a name the server does not list is decided and
   * recorded, never sent, and comes back refused (`UNLISTED_TOOL`). It may throw: the call
   * then fails closed. Absent: every allowed call is sent.
   */
  listed?: ((tool: string) => boolean | Promise<boolean>) | undefined;
  /**
   * The real tool's `outputSchema` from tools/list, or a function that gives it for the
   * decision's real tool (behind a virtual server the caller's name is not the real one). A
   * result whose `structuredContent` ScanResponse masked (MUTATE) is checked against it, with
   * the MCP SDK's own validator, and withheld (an isError result, recorded BLOCKED) when it no
   * longer conforms: the agent's client would reject it. Absent (or the function has none):
   * the schema `governedToolList` last saw for the tool on this target's governance client and
   * server, if any.
   */
  outputSchema?: object | ((tool: string) => object | undefined) | undefined;
}

/** Sends an allowed call downstream. It may throw; the error becomes an isError result. */
export type SendCall = (downstream: Downstream) => Promise<McpToolResult>;

/**
 * Runs one tool call through the sidecar: authorize, call, scan, record.
 *
 * @example
 * ```ts
 * const result = await governedCall({ governance, server: "jira", token }, { tool: "search_issues", arguments: { q } },
 *   ({ meta }) => client.callTool({ name: "search_issues", arguments: { q }, _meta: meta }));
 * ```
 */
export async function governedCall(target: GovernedTarget, request: GovernedCallRequest, send: SendCall): Promise<McpToolResult> {
  const { governance, server, token } = target;
  const { tool } = request;
  const seenTools = toolsSeen(target);
  // A tool the virtual server renamed: the caller's name is not the one the client learned hints for.
  const annotations = request.annotations ?? seenTools?.annotations.get(tool);
  const trace = traceFromMeta(request.meta) ?? request.trace ?? newTraceContext();
  const workflowId = request.workflowId ?? target.workflowId ?? "";
  const rpc = (timeoutMs: number | undefined, signal?: AbortSignal): CallOptions => ({
    headers: traceEntries(trace),
    ...(timeoutMs ? { timeoutMs } : {}),
    ...(signal ? { signal } : {}),
  });
  const timeouts = target.timeouts ?? {};
  // No abort signal for the record: the call has happened, and its record is written even if the caller has gone.
  const recordTimeout = timeouts.recordAudit ?? target.timeoutMs;

  let decision: Int64AsNumber<AuthorizeResponse>;
  try {
    decision = await governance.authorize(
      {
        token,
        server,
        tool,
        arguments: request.arguments ?? {},
        annotations,
        workflowId,
        estimatedTokens: request.estimatedTokens ?? 0,
        includeCredential: true,
      },
      rpc(timeouts.authorize ?? target.timeoutMs, request.signal),
    );
  } catch (err) {
    // A request the sidecar rejects (e.g. arguments too deep) is refused, never sent on.
    return errorResult(`Portcullis refused the call to ${tool} on ${server}: ${(err as Error).message}`, decisionMeta("deny", "INVALID_REQUEST", ""));
  }
  if (decision.decision !== Decision.ALLOW) return denial(target, tool, decision);

  const credential = usable(decision.credential);
  const downstream: Downstream = {
    credential,
    meta: { ...request.meta, ...traceEntries(trace) },
    trace,
    target: realTarget(decision.target, server, tool),
    decisionId: decision.decisionId,
  };
  const given = typeof request.outputSchema === "function" ? request.outputSchema(downstream.target.tool) : request.outputSchema;
  const outputSchema = given ?? seenTools?.schemas.get(downstream.target.tool);
  const started = performance.now();
  let result: McpToolResult;
  let outcome: CallOutcome;
  let unlisted = false;
  try {
    // Behind a virtual server, a tool of another real server is not this client's to send.
    unlisted =
      (target.upstreamServer !== undefined && downstream.target.server !== target.upstreamServer) ||
      (request.listed !== undefined && !(await request.listed(downstream.target.tool)));
    result = unlisted ? unlistedTool(tool, server) : await send(downstream);
    outcome = result.isError ? CallOutcome.TOOL_ERROR : CallOutcome.SUCCESS;
  } catch (err) {
    if (request.signal?.aborted) {
      // The caller gave up (or its connection went): no one to answer, but the call went out and is recorded.
      const durationMs = Math.round(performance.now() - started);
      await record(target, rpc(recordTimeout), {
        decisionId: decision.decisionId,
        outcome: CallOutcome.TRANSPORT_ERROR,
        durationMs,
        attributes: { cancelled: "true" },
      });
      throw err;
    }
    // The error text comes from the server or its transport: it is scanned like a result.
    result = errorResult(`The call to ${tool} on ${server} failed: ${(err as Error).message}`);
    outcome = CallOutcome.TRANSPORT_ERROR;
  }
  const durationMs = Math.round(performance.now() - started);
  const resultJson = JSON.stringify(result);

  const responseBytes = Buffer.byteLength(resultJson);
  // The record says the tool never ran: its TOOL_ERROR is the refusal's.
  const attributes: Record<string, string> = unlisted ? { refused: "unlisted_tool" } : {};
  // Structured content the scan may mask must still match the tool's output schema, which
  // only this side can check, after the verdict: its outcome is recorded here, not by the scan.
  const schemaBound = outputSchema !== undefined && !result.isError && result.structuredContent !== undefined;
  // The outcome rides on ScanResponse (one round trip for both); the sidecar marks it BLOCKED
  // when the scan blocks. RecordAudit follows only where the sidecar did not take it.
  const scanned = await scan(
    target,
    {
      tool,
      decisionId: decision.decisionId,
      workflowId,
      annotations,
      record: schemaBound ? undefined : { outcome, durationMs, responseBytes, attributes },
    },
    resultJson,
    rpc(timeouts.scanResponse ?? target.timeoutMs, request.signal),
  );
  let seen = scanned.result ?? result;
  let action = scanned.action;
  if (schemaBound && action === ScanAction.MUTATE && !seen.isError) {
    // The findings stay in the scan's own audit record; the call's record says it was withheld.
    const why = await maskedOffSchema(outputSchema, result.structuredContent, seen.structuredContent);
    if (why !== undefined) {
      action = ScanAction.BLOCK;
      attributes.withheld = "output_schema";
      seen = errorResult(
        `The response of ${tool} on ${server} was withheld: Portcullis masked parts of its structured content, and the masked content would not match the tool's output schema (${why}).`,
      );
    }
  }
  if (action === ScanAction.BLOCK) outcome = CallOutcome.BLOCKED;
  if (action === ScanAction.BLOCK || action === ScanAction.MUTATE) {
    target.onGuarded?.({
      server,
      tool,
      decisionId: decision.decisionId,
      action: action === ScanAction.BLOCK ? "BLOCK" : "MUTATE",
      ...(scanned.why !== undefined ? { why: scanned.why } : {}),
    });
  }

  if (scanned.recordError !== undefined) auditErrorHandler(target)(new Error(`RecordAudit failed: ${scanned.recordError}`), decision.decisionId);
  else if (!scanned.recorded) {
    await record(target, rpc(recordTimeout), {
      decisionId: decision.decisionId,
      outcome,
      durationMs,
      responseBytes,
      attributes: { ...attributes, scan: ScanAction[scanned.action] ?? "UNSPECIFIED" },
    });
  }

  // Allowed by the policy, refused here: the decision id still finds the call's record.
  const meta = unlisted
    ? decisionMeta("deny", "UNLISTED_TOOL", decision.decisionId)
    : decisionMeta("allow", Reason[decision.reason] ?? "ALLOWED", decision.decisionId);
  return { ...seen, _meta: { ...seen._meta, ...meta } };
}

/**
 * The refusal of a call to a name the server does not list (see `GovernedCallRequest.listed`),
 * in the gateway's words: the agent is told where to find the names it may call.
 */
function unlistedTool(tool: string, server: string): McpToolResult {
  return errorResult(`tool '${tool}' is not among the tools '${server}' lists to you; call tools/list for the names you may call`);
}

/**
 * Sends the call's outcome record: after the reply, tracked by the target's recorder, when it
 * has one; else before. A failure goes to `onAuditError`, never to the agent.
 */
async function record(
  target: GovernedTarget,
  rpc: CallOptions,
  outcome: { decisionId: string; outcome: CallOutcome; durationMs: number; responseBytes?: number; attributes: Record<string, string> },
): Promise<void> {
  const onAuditError = auditErrorHandler(target);
  const sent = target.governance.recordAudit({ token: target.token, ...outcome }, rpc).then(
    () => undefined,
    (err: unknown) => onAuditError(err, outcome.decisionId),
  );
  if (target.recorder) target.recorder.track(sent);
  else await sent;
}

/** Where a record's failure goes: the target's `onAuditError`, or a process warning. */
function auditErrorHandler(target: GovernedTarget): (error: unknown, decisionId: string) => void {
  return target.onAuditError ?? ((err: unknown) => process.emitWarning(`RecordAudit failed: ${(err as Error).message}`, "PortcullisWarning"));
}

/**
 * Filters a `tools/list` result to the tools the caller may see, otherwise unchanged (behind
 * a virtual server, tools take the names it exposes). Fails closed: no tools when the sidecar
 * cannot answer; throws for a token the sidecar does not know.
 *
 * @example
 * ```ts
 * const { tools } = await client.listTools();
 * const visible = await governedToolList({ governance, server: "jira", token }, tools);
 * ```
 */
export async function governedToolList<T extends McpTool>(target: GovernedTarget, tools: readonly T[], trace?: TraceContext): Promise<T[]> {
  const byName = new Map(tools.map((t) => [t.name, t]));
  const timeoutMs = target.timeouts?.filterTools ?? target.timeoutMs;
  const options: CallOptions = { ...(trace ? { headers: traceEntries(trace) } : {}), ...(timeoutMs ? { timeoutMs } : {}) };
  // Only what the decision reads: names and hints. Schemas stay here and come back untouched.
  const upstreamServer = target.upstreamServer ?? "";
  let response: Awaited<ReturnType<GovernanceClient["filterTools"]>>;
  try {
    response = await target.governance.filterTools(
      { token: target.token, server: target.server, tools: tools.map((t) => ({ name: t.name, annotations: t.annotations, upstreamServer })) },
      options,
    );
  } catch (err) {
    if (!upstreamServer && /upstream_server: required/.test((err as Error).message)) {
      throw new TypeError(`'${target.server}' is a virtual server: give the real server behind it as \`upstreamServer\` (${(err as Error).message})`, {
        cause: err,
      });
    }
    throw err;
  }
  const visible: T[] = [];
  const renamed = new Map<string, McpToolAnnotations | undefined>();
  for (const t of response.tools) {
    if (upstreamServer && t.upstreamServer && t.upstreamServer !== upstreamServer) continue;
    const original = byName.get(t.upstreamName || t.name);
    if (!original) continue;
    visible.push(t.name === original.name ? original : { ...original, name: t.name });
    if (t.name !== original.name) {
      renamed.set(t.name, original.annotations);
      // A call by the exposed name finds its real tool without asking the sidecar.
      rememberRename(target, t.name, original.name);
    }
  }
  rememberTools(target, tools, renamed);
  return visible;
}

/** What a call needs of the tools a list showed: the real tools' output schemas, the renamed tools' hints. */
interface SeenTools {
  /** By the real tool's name. */
  readonly schemas: ReadonlyMap<string, object>;
  /** By the name a virtual server gives a tool, where it differs from the real one. */
  readonly annotations: ReadonlyMap<string, McpToolAnnotations | undefined>;
}

/**
 * What `governedToolList` last saw, per governance client and (virtual and real) server — a
 * server's tools are the same whoever lists them: the calls of `wrapClient` and
 * `governServer` find their tool's schema, and a renamed tool its hints, here.
 */
const seenByClient = new WeakMap<GovernanceClient, Map<string, SeenTools>>();

function rememberTools(target: GovernedTarget, tools: readonly McpTool[], renamed: ReadonlyMap<string, McpToolAnnotations | undefined>): void {
  let servers = seenByClient.get(target.governance);
  if (!servers) seenByClient.set(target.governance, (servers = new Map()));
  const schemas = new Map<string, object>();
  for (const t of tools) {
    if (t.outputSchema !== null && typeof t.outputSchema === "object") schemas.set(t.name, t.outputSchema);
  }
  servers.set(seenKey(target), { schemas, annotations: renamed });
}

function toolsSeen(target: GovernedTarget): SeenTools | undefined {
  return seenByClient.get(target.governance)?.get(seenKey(target));
}

function seenKey(target: GovernedTarget): string {
  return `${target.server}\0${target.upstreamServer ?? ""}`;
}

/**
 * Why masked structured content would not match the output schema, or undefined when it
 * would (or the mask left it as it was: the tool's own content is the tool's to answer for).
 */
async function maskedOffSchema(schema: object, original: unknown, masked: unknown): Promise<string | undefined> {
  if (masked === undefined) return "the structured content was removed";
  if (JSON.stringify(masked) === JSON.stringify(original)) return undefined;
  return outputSchemaMismatch(schema, masked);
}

function denial(target: GovernedTarget, tool: string, decision: Int64AsNumber<AuthorizeResponse>): McpToolResult | Promise<McpToolResult> {
  const reason = Reason[decision.reason] ?? "UNSPECIFIED";
  let text = `Portcullis denied the call to ${tool} on ${target.server} (${reason}): ${decision.message}`;
  if (decision.retryAfterMs > 0) text += ` You may retry in ${Math.ceil(decision.retryAfterMs / 1000)} s.`;
  const meta = decisionMeta("deny", reason, decision.decisionId, decision.retryAfterMs, decision.connectUrl);
  if (decision.reason !== Reason.CREDENTIAL_REQUIRED || !decision.connectUrl) return errorResult(text, meta);
  text += ` Ask the user to connect their account at ${decision.connectUrl} and then retry.`;
  const connect = { url: decision.connectUrl, message: decision.message, server: target.server, tool };
  return Promise.resolve(target.onConnectRequired?.(connect)).then(() => errorResult(text, meta));
}

function decisionMeta(decision: "allow" | "deny", reason: string, decisionId: string, retryAfterMs = 0, connectUrl = ""): Record<string, unknown> {
  return {
    [DECISION_META_KEY]: { decision, reason, decisionId, ...(retryAfterMs > 0 ? { retryAfterMs } : {}), ...(connectUrl ? { connectUrl } : {}) },
  };
}

/** The credential, or undefined when the server needs none (the sidecar then sends an empty one). */
function usable(credential: DownstreamCredential | undefined): DownstreamCredential | undefined {
  if (!credential) return undefined;
  return Object.keys(credential.headers).length > 0 || Object.keys(credential.env).length > 0 ? credential : undefined;
}

function realTarget(t: Int64AsNumber<Target> | undefined, server: string, tool: string): { server: string; tool: string } {
  return { server: t?.server || server, tool: t?.tool || tool };
}

/**
 * The verdict, and the result to pass on instead when it blocked or mutated. Fails closed: a
 * blocked result is always an error, and a sidecar that cannot inspect withholds the response.
 */
async function scan(
  target: GovernedTarget,
  call: { tool: string; decisionId: string; workflowId: string; annotations: McpToolAnnotations | undefined; record: ScanRecord | undefined },
  resultJson: string,
  rpc: CallOptions,
): Promise<Scanned> {
  const { tool, decisionId, workflowId, annotations, record } = call;
  let verdict: Awaited<ReturnType<GovernanceClient["scanResponse"]>>;
  try {
    // The workflow id lets a finding of injection taint the workflow on any replica; the
    // annotations class the tool for spotlighting where this replica did not decide the call.
    verdict = await target.governance.scanResponse(
      {
        token: target.token,
        server: target.server,
        tool,
        decisionId,
        workflowId,
        annotations,
        resultJson,
        ...(record ? { record: { ...record, tokensUsed: 0 } } : {}),
      },
      rpc,
    );
  } catch (err) {
    // Too large to inspect is the one refusal whose fix is the operator's (a setting): the
    // caller and the log are told so, sizes and setting included. Still withheld (fail closed).
    if (err instanceof ConnectError && err.code === Code.ResourceExhausted) {
      const why = `too large to inspect: ${err.rawMessage}`;
      return { action: ScanAction.BLOCK, result: errorResult(`${TOO_LARGE} (${err.rawMessage}).`), recorded: false, why };
    }
    return { action: ScanAction.BLOCK, result: errorResult(WITHHELD), recorded: false };
  }
  // A withheld response (below) is still recorded as the sidecar saw it: it read the verdict.
  const recorded = { recorded: verdict.recorded, ...(verdict.recordError ? { recordError: verdict.recordError } : {}) };
  if (verdict.action !== ScanAction.BLOCK && verdict.action !== ScanAction.MUTATE) return { action: verdict.action, ...recorded };
  if (!verdict.resultJson) {
    // Nothing to pass on in the result's own form: what is left is a refusal.
    return { action: ScanAction.BLOCK, result: errorResult(verdict.action === ScanAction.BLOCK ? verdict.text || BLOCKED : WITHHELD), ...recorded };
  }
  let result: McpToolResult;
  try {
    result = JSON.parse(verdict.resultJson) as McpToolResult;
  } catch {
    return { action: ScanAction.BLOCK, result: errorResult(WITHHELD), ...recorded };
  }
  return { action: verdict.action, result: verdict.action === ScanAction.BLOCK ? { ...result, isError: true } : result, ...recorded };
}

/** The outcome a scan request carries to close the call's record. */
interface ScanRecord {
  outcome: CallOutcome;
  durationMs: number;
  responseBytes: number;
  attributes: Record<string, string>;
}

/** A scan's verdict, the result to pass on instead, and whether the sidecar recorded the outcome. */
interface Scanned {
  action: ScanAction;
  result?: McpToolResult;
  recorded: boolean;
  /** Why the sidecar could not record or settle the outcome (it was not recorded). */
  recordError?: string;
  /** Why the response was withheld without a verdict, when the sidecar said. */
  why?: string;
}

const WITHHELD = "The tool response was withheld: the governance sidecar could not inspect it.";
const TOO_LARGE =
  "The tool response was withheld: it is too large for the governance sidecar to inspect; ask for less (a narrower query, a page), or the operator may raise the limit";
const BLOCKED = "The tool response was blocked by Portcullis.";
