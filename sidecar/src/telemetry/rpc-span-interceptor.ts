/**
 * The server-side Connect interceptor that gives every RPC a SERVER span, joined to the
 * caller's trace through the W3C `traceparent`/`tracestate`/`baggage` headers, and records
 * its latency and decision.
 *
 * The span carries what the request and response messages say about the decision — server,
 * tool, decision, reason, rule, policy revision, decision id — read field by field from a
 * short allow-list. Tokens, argument JSON, scanned text and credentials are never read.
 * Handlers add what only they know with `annotateSpan`.
 */
import { Code, ConnectError, type Interceptor, type StreamResponse, type UnaryResponse } from "@connectrpc/connect";
import type { DescEnum, DescField, DescMessage, DescMethod } from "@bufbuild/protobuf";
import { context, SpanKind, SpanStatusCode, trace, type Attributes, type TextMapGetter } from "@opentelemetry/api";
import { ATTR, RPC_SCOPE, RpcScope, type SpanAnnotations, type TelemetryDecision } from "./span-annotations.js";
import type { Telemetry } from "./telemetry.js";

const headerGetter: TextMapGetter<Headers> = {
  keys: (headers) => [...headers.keys()],
  get: (headers, key) => headers.get(key) ?? undefined,
};

/** Services whose calls are not traced: health probes would drown the decisions. */
const UNTRACED = new Set(["grpc.health.v1.Health"]);

/**
 * The MCP method each governance RPC stands for; ResolveCredential stands for none: it
 * releases a downstream credential for a tool, it does not call the tool.
 */
const MCP_METHOD: Record<string, "tools/call" | "tools/list" | null> = {
  Authorize: "tools/call",
  ResolveCredential: null,
  ScanResponse: "tools/call",
  RecordAudit: "tools/call",
  FilterTools: "tools/list",
};

/**
 * Creates the interceptor; the router runs it around every handler.
 *
 * @example
 * ```ts
 * connectNodeAdapter({ routes, interceptors: [rpcSpanInterceptor(telemetry)] });
 * ```
 */
export function rpcSpanInterceptor(telemetry: Telemetry): Interceptor {
  const { tracer, propagator, decisions, rpcDuration } = telemetry;
  return (next) => async (req) => {
    if (UNTRACED.has(req.service.typeName)) return next(req);
    const start = performance.now();
    const fields = fieldsOf(req.method);
    const rpcAttributes: Attributes = {
      [ATTR.rpcSystem]: (req.header.get("content-type") ?? "").startsWith("application/grpc") ? "grpc" : "connect_rpc",
      [ATTR.rpcService]: req.service.typeName,
      [ATTR.rpcMethod]: req.method.name,
    };
    // The caller's context when it sent one; otherwise the active one (an embedding host's span).
    const parent = propagator.extract(context.active(), req.header, headerGetter);
    const span = tracer.startSpan(`${req.service.typeName}/${req.method.name}`, { kind: SpanKind.SERVER, attributes: rpcAttributes }, parent);
    const scope = new RpcScope(span);
    const mcpMethod = req.service.typeName === "portcullis.v1.GovernanceService" ? MCP_METHOD[req.method.name] : undefined;
    const asked = req.stream ? {} : requestFacts(req.message as Record<string, unknown>, fields.input);
    scope.annotate({ mcpMethod, ...asked });

    let errorCode: string | undefined;
    const end = (code?: Code) => {
      if (code !== undefined) {
        errorCode = Code[code].replace(/[A-Z]/g, (c, i: number) => (i === 0 ? c.toLowerCase() : `_${c.toLowerCase()}`));
        span.setAttribute(ATTR.connectErrorCode, errorCode);
        span.setStatus({ code: SpanStatusCode.ERROR, message: errorCode });
      }
      span.end();
      const ms = performance.now() - start;
      rpcDuration.record(ms, errorCode === undefined ? rpcAttributes : { ...rpcAttributes, [ATTR.connectErrorCode]: errorCode });
      if (scope.decision !== undefined) {
        decisions.add(1, { [ATTR.rpcMethod]: req.method.name, [ATTR.decision]: scope.decision, [ATTR.reason]: scope.reason ?? "" });
      }
    };

    let res: UnaryResponse | StreamResponse;
    try {
      res = await context.with(trace.setSpan(parent, span).setValue(RPC_SCOPE, scope), () => next(req));
    } catch (err) {
      end(ConnectError.from(err).code);
      throw err;
    }
    if (!res.stream) {
      scope.annotate(responseFacts(res.message as Record<string, unknown>, fields.output, asked));
      end();
      return res;
    }
    // A streaming response ends when its last message has gone (or the stream failed).
    const messages = res.message;
    return {
      ...res,
      message: (async function* () {
        try {
          yield* messages;
        } catch (err) {
          end(ConnectError.from(err).code);
          throw err;
        }
        end();
      })(),
    };
  };
}

/** The descriptors the interceptor reads, resolved once per method. */
interface MethodFields {
  readonly input: RequestFields;
  readonly output: ResponseFields;
}
interface RequestFields {
  readonly server?: DescField;
  readonly tool?: DescField;
  readonly decisionId?: DescField;
}
interface ResponseFields {
  readonly decision?: DescField & { enum: DescEnum };
  readonly action?: DescField & { enum: DescEnum };
  readonly reason?: DescField & { enum: DescEnum };
  readonly rule?: DescField;
  readonly policyRevision?: DescField;
  readonly decisionId?: DescField;
  readonly target?: DescField & { message: DescMessage };
}

const methodFields = new WeakMap<DescMethod, MethodFields>();

function fieldsOf(method: DescMethod): MethodFields {
  let fields = methodFields.get(method);
  if (!fields) {
    const scalar = (message: DescMessage, name: string) => {
      const field = message.fields.find((f) => f.name === name);
      return field?.fieldKind === "scalar" ? field : undefined;
    };
    const enumField = (message: DescMessage, name: string) => {
      const field = message.fields.find((f) => f.name === name);
      return field?.fieldKind === "enum" ? (field as DescField & { enum: DescEnum }) : undefined;
    };
    const target = method.output.fields.find((f) => f.name === "target");
    fields = {
      input: { server: scalar(method.input, "server"), tool: scalar(method.input, "tool"), decisionId: scalar(method.input, "decision_id") },
      output: {
        decision: enumField(method.output, "decision"),
        action: enumField(method.output, "action"),
        reason: enumField(method.output, "reason"),
        rule: scalar(method.output, "matched_rule"),
        policyRevision: scalar(method.output, "policy_revision"),
        decisionId: scalar(method.output, "decision_id"),
        target: target?.fieldKind === "message" ? (target as DescField & { message: DescMessage }) : undefined,
      },
    };
    methodFields.set(method, fields);
  }
  return fields;
}

function text(message: Record<string, unknown>, field: DescField | undefined): string | undefined {
  if (!field) return undefined;
  const value = message[field.localName];
  return typeof value === "string" && value !== "" ? value : undefined;
}

/** `DECISION_DENY` (number 2) → `DENY`; undefined for 0 (unspecified) or an unknown number. */
function enumName(message: Record<string, unknown>, field: (DescField & { enum: DescEnum }) | undefined): string | undefined {
  if (!field) return undefined;
  const value = message[field.localName];
  if (typeof value !== "number" || value === 0) return undefined;
  return field.enum.value[value]?.localName;
}

function requestFacts(message: Record<string, unknown>, fields: RequestFields): SpanAnnotations {
  return { server: text(message, fields.server), tool: text(message, fields.tool), decisionId: text(message, fields.decisionId) };
}

function responseFacts(message: Record<string, unknown>, fields: ResponseFields, asked: SpanAnnotations): SpanAnnotations {
  const decision = (enumName(message, fields.decision) ?? enumName(message, fields.action))?.toLowerCase() as TelemetryDecision | undefined;
  const facts: { -readonly [K in keyof SpanAnnotations]: SpanAnnotations[K] } = {
    decision,
    reason: enumName(message, fields.reason),
    rule: text(message, fields.rule),
    policyRevision: text(message, fields.policyRevision),
    decisionId: text(message, fields.decisionId),
  };
  if (fields.target) {
    // The real server and tool behind a virtual server, when they differ from those asked for.
    const target = message[fields.target.localName] as Record<string, unknown> | undefined;
    const differs = (value: unknown, askedFor: string | undefined) => (typeof value === "string" && value !== "" && value !== askedFor ? value : undefined);
    facts.upstreamServer = differs(target?.server, asked.server);
    facts.upstreamTool = differs(target?.tool, asked.tool);
  }
  return facts;
}
