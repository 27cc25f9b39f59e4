/**
 * RPC spans and metrics of an in-process sidecar on loopback, received by a real OTLP/HTTP
 * receiver: one SERVER span per RPC joined to the caller's W3C trace, MCP and gen_ai
 * attributes, the decision, and the decision and latency metrics. Also the handler-facing
 * API (annotateSpan, currentTraceIds) through the real interceptor, and a decision's audit
 * record exported as a log record inside the same trace.
 */
import { randomBytes } from "node:crypto";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Code, ConnectError, createClient, createRouterTransport, type Interceptor } from "@connectrpc/connect";
import { connectNodeAdapter, createConnectTransport } from "@connectrpc/connect-node";
import { createServer } from "node:http";
import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGovernanceClient, Decision, GovernanceService, Reason, type AuthorizeResponse } from "@portcullis/sdk";
import { createLogger, openSidecarCore, startSidecar, type Sidecar } from "@portcullis/sidecar";
import { annotateSpan, currentTraceIds, openTelemetry, OtelAuditSink, rpcSpanInterceptor, type Telemetry } from "../../../sidecar/src/telemetry/index.js";
import { EXAMPLE_POLICY } from "../../helpers/paths.js";
import { startOtlpReceiver, type OtlpReceiver } from "../../helpers/otlp-receiver.js";

const logger = createLogger({ level: "silent" });
const fast = { exportDelayMs: 20, metricIntervalMs: 100 } as const;
let otlp: OtlpReceiver;
let sidecar: Sidecar;
let dataDir: string;

/** A W3C traceparent of a fresh, sampled caller span. */
function callerSpan() {
  const traceId = randomBytes(16).toString("hex");
  const spanId = randomBytes(8).toString("hex");
  return { traceId, spanId, traceparent: `00-${traceId}-${spanId}-01` };
}
/** A client interceptor that sends the caller's trace context, as a traced host does. */
const sendTrace =
  (traceparent: string, baggage?: string): Interceptor =>
  (next) =>
  (req) => {
    req.header.set("traceparent", traceparent);
    if (baggage) req.header.set("baggage", baggage);
    return next(req);
  };

beforeAll(async () => {
  otlp = await startOtlpReceiver();
  sidecar = await startSidecar({
    policyFile: EXAMPLE_POLICY,
    listen: { host: "127.0.0.1", port: 0 },
    logger,
    watchPolicy: false,
    dataDir: (dataDir = await mkdtemp(join(tmpdir(), "pcl-otel-"))),
    audit: { dir: join(dataDir, "audit"), mode: "sync" },
    telemetry: { endpoint: otlp.url, ...fast },
  });
});
afterAll(async () => {
  await sidecar?.close();
  await otlp?.close();
});

describe("RPC spans", () => {
  it("one SERVER span per Authorize, child of the caller's span, with the MCP, gen_ai and decision attributes", async () => {
    const caller = callerSpan();
    const client = createGovernanceClient({ baseUrl: sidecar.baseUrl!, interceptors: [sendTrace(caller.traceparent, "tenant=acme")] });
    const allowed = await client.authorize({ token: "demo-support-token", server: "jira", tool: "create_issue", arguments: { project: "SUP", summary: "hi" } });
    const denied = await client.authorize({ token: "demo-support-token", server: "jira", tool: "delete_issue" });
    client.close();
    expect(allowed.decision).toBe(Decision.ALLOW);
    expect(denied.reason).toBe(Reason.EXPLICIT_DENY);

    const inTrace = () => otlp.spans.filter((s) => s.traceId === caller.traceId);
    await otlp.waitFor("two Authorize spans in the caller's trace", () => inTrace().length >= 2);
    const spans = inTrace();
    expect(spans).toHaveLength(2);
    for (const span of spans) {
      expect(span.name).toBe("portcullis.v1.GovernanceService/Authorize");
      expect(span.kind).toBe(2); // SPAN_KIND_SERVER
      expect(span.parentSpanId).toBe(caller.spanId);
      expect(span.resource["service.name"]).toBe("portcullis");
      expect(span.attributes).toMatchObject({
        "rpc.system": "connect_rpc",
        "rpc.service": "portcullis.v1.GovernanceService",
        "rpc.method": "Authorize",
        "mcp.method.name": "tools/call",
        "gen_ai.operation.name": "execute_tool",
        "portcullis.server": "jira",
        "portcullis.policy_revision": sidecar.policies.current.revision,
      });
    }
    const byTool = Object.fromEntries(spans.map((s) => [s.attributes["gen_ai.tool.name"], s]));
    expect(byTool.create_issue!.attributes).toMatchObject({
      "portcullis.decision": "allow",
      "portcullis.reason": "ALLOWED",
      "portcullis.decision_id": allowed.decisionId,
    });
    expect(byTool.delete_issue!.attributes).toMatchObject({ "portcullis.decision": "deny", "portcullis.reason": "EXPLICIT_DENY" });
    expect(byTool.delete_issue!.attributes["portcullis.rule"]).toBe(denied.matchedRule);
  });

  it("masks what the caller chose — a secret as tool name, argument key, workflow id — in spans, log records and the audit file", async () => {
    // Split so that no secret scanner takes the test for a leak.
    const toolSecret = "sk_live_" + "TOOLQ2eLkW9mN3pR7tY1uI5oP8aS2dF4gH6jK";
    const keySecret = "sk_live_" + "KEYQ2eLkW9mN3pR7tY1uI5oP8aS2dF4gH6jK";
    const workflowSecret = "AKIA" + "ZQ3RZ7XK2M4P9T6W";
    const caller = callerSpan();
    const client = createGovernanceClient({ baseUrl: sidecar.baseUrl!, interceptors: [sendTrace(caller.traceparent)] });
    const allowed = await client.authorize({
      token: "demo-support-token",
      server: "jira",
      tool: "search_issues",
      workflowId: workflowSecret,
      arguments: { q: "open", [keySecret]: 1 },
    });
    const denied = await client.authorize({ token: "demo-support-token", server: "jira", tool: toolSecret });
    client.close();
    expect(denied.decision).toBe(Decision.DENY);
    await otlp.waitFor(
      "both spans and both audit log records",
      () =>
        otlp.spans.filter((s) => s.traceId === caller.traceId).length >= 2 &&
        otlp.logs.filter((l) => l.attributes["portcullis.decision_id"] === allowed.decisionId || l.attributes["portcullis.decision_id"] === denied.decisionId)
          .length >= 2,
    );
    const log = otlp.logs.find((l) => l.attributes["portcullis.decision_id"] === allowed.decisionId)!;
    expect(log.attributes).toMatchObject({ "portcullis.argument_names": ["q", "[masked:secret]"], "portcullis.attr.workflowId": "[masked:secret]" });
    const deniedSpan = otlp.spans.find((s) => s.traceId === caller.traceId && s.attributes["portcullis.decision_id"] === denied.decisionId)!;
    expect(deniedSpan.attributes["gen_ai.tool.name"]).toBe("[masked:secret]");
    const exported = Buffer.concat(otlp.raw).toString("latin1");
    // The log records are exported once committed: the lines are in the segment by now.
    const segment = await readFile(join(dataDir, "audit", "segments", "000000000001.log"), "utf8");
    for (const secret of [toolSecret, keySecret, workflowSecret]) {
      expect(exported.includes(secret), `${secret.slice(0, 8)}… in OTLP`).toBe(false);
      expect(segment.includes(secret), `${secret.slice(0, 8)}… in the audit file`).toBe(false);
    }
  });

  it("names FilterTools tools/list, marks a failed RPC with its Connect code, and traces calls without a caller trace too", async () => {
    const caller = callerSpan();
    const client = createGovernanceClient({ baseUrl: sidecar.baseUrl!, interceptors: [sendTrace(caller.traceparent)] });
    await client.filterTools({ token: "demo-support-token", server: "jira", tools: [{ name: "search_issues" }, { name: "delete_issue" }] });
    const raw = createClient(
      GovernanceService,
      createConnectTransport({ baseUrl: sidecar.baseUrl!, httpVersion: "1.1", interceptors: [sendTrace(caller.traceparent)] }),
    );
    const failed = await raw.authorize({ token: "demo-support-token", server: "", tool: "" }).catch((e: unknown) => ConnectError.from(e));
    expect(failed).toBeInstanceOf(ConnectError);
    client.close();
    // No traceparent: a root span of its own.
    const plain = createGovernanceClient({ baseUrl: sidecar.baseUrl! });
    await plain.authorize({ token: "demo-research-token", server: "github", tool: "search_code" });
    plain.close();

    await otlp.waitFor("FilterTools and the failed Authorize", () => otlp.spans.filter((s) => s.traceId === caller.traceId).length >= 2);
    const filter = otlp.spans.find((s) => s.traceId === caller.traceId && s.attributes["rpc.method"] === "FilterTools")!;
    expect(filter.attributes).toMatchObject({ "mcp.method.name": "tools/list", "portcullis.server": "jira" });
    expect(filter.attributes["gen_ai.tool.name"]).toBeUndefined();
    const error = otlp.spans.find((s) => s.traceId === caller.traceId && s.attributes["rpc.method"] === "Authorize")!;
    expect(error.status.code).toBe(2); // STATUS_CODE_ERROR
    expect(error.attributes["rpc.connect_rpc.error_code"]).toBe(
      Code[(failed as ConnectError).code].replace(/^./, (c) => c.toLowerCase()).replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`),
    );

    await otlp.waitFor("the untraced call's root span", () => otlp.spans.some((s) => s.attributes["gen_ai.tool.name"] === "search_code"));
    const root = otlp.spans.find((s) => s.attributes["gen_ai.tool.name"] === "search_code")!;
    expect(root.parentSpanId).toBe("");
    expect(root.traceId).toMatch(/^[0-9a-f]{32}$/);
  });

  it("metrics: decisions by decision and reason, and a latency histogram with sub-millisecond buckets", async () => {
    const client = createGovernanceClient({ baseUrl: sidecar.baseUrl! });
    await client.authorize({ token: "demo-support-token", server: "jira", tool: "bulk_update" });
    client.close();
    const decisions = () => otlp.points.filter((p) => p.metric === "portcullis.decisions");
    // Cumulative counts: the two denials of the first test and this one.
    await otlp.waitFor("a decision count of 2 for EXPLICIT_DENY", () =>
      decisions().some((p) => p.attributes["portcullis.reason"] === "EXPLICIT_DENY" && p.attributes["portcullis.decision"] === "deny" && p.value! >= 2),
    );
    const deny = decisions().findLast((p) => p.attributes["portcullis.reason"] === "EXPLICIT_DENY")!;
    expect(deny.attributes["rpc.method"]).toBe("Authorize");

    // The successful Authorize calls of this file so far: 2 + 1 + 1.
    const latencies = () =>
      otlp.points.filter(
        (p) => p.metric === "rpc.server.duration" && p.attributes["rpc.method"] === "Authorize" && !p.attributes["rpc.connect_rpc.error_code"],
      );
    await otlp.waitFor("an Authorize latency count of 4", () => latencies().some((p) => p.count! >= 4));
    const latency = latencies().find((p) => p.count! >= 4)!;
    expect(latency.unit).toBe("ms");
    expect(latency.explicitBounds!.slice(0, 3)).toEqual([0.05, 0.1, 0.2]);
    expect(latency.bucketCounts!.reduce((a, b) => a + b, 0)).toBe(latency.count);
  });
});

describe("what is not a tools/call", () => {
  it("ResolveCredential's span and its resolve_credential log record name the tool, but no MCP method and no execute_tool", async () => {
    // Both said mcp.method.name = tools/call and gen_ai.operation.name = execute_tool: a
    // credential lookup counted as a tool execution.
    const caller = callerSpan();
    const client = createGovernanceClient({ baseUrl: sidecar.baseUrl!, interceptors: [sendTrace(caller.traceparent)] });
    await client.resolveCredential({ token: "demo-support-token", server: "jira", tool: "search_issues" });
    client.close();
    const resolveLog = () => otlp.logs.find((l) => l.traceId === caller.traceId && l.eventName === "portcullis.audit.resolve_credential");
    await otlp.waitFor("the ResolveCredential span and its audit log record", () => otlp.spans.some((s) => s.traceId === caller.traceId) && !!resolveLog());
    const span = otlp.spans.find((s) => s.traceId === caller.traceId)!;
    expect(span.name).toBe("portcullis.v1.GovernanceService/ResolveCredential");
    const log = resolveLog()!;
    for (const attributes of [span.attributes, log.attributes]) {
      expect(attributes).toMatchObject({ "gen_ai.tool.name": "search_issues", "portcullis.server": "jira" });
      expect(attributes["mcp.method.name"]).toBeUndefined();
      expect(attributes["gen_ai.operation.name"]).toBeUndefined();
    }
    expect(log.attributes["portcullis.audit.event"]).toBe("resolve_credential");
  });
});

describe("the handler API and the audit log record", () => {
  let telemetry: Telemetry;
  let server: ReturnType<typeof createServer>;
  let baseUrl: string;
  const lines: string[] = [];
  beforeAll(async () => {
    telemetry = (await openTelemetry({ endpoint: otlp.url, ...fast }))!;
    // A stand-in for the lead's wiring: after the telemetry interceptor, an interceptor that
    // records each Authorize decision as audit-core will, with currentTraceIds(), and hands
    // the committed record to the OTLP audit sink.
    const sink = new OtelAuditSink(telemetry);
    let seq = 0;
    const audit: Interceptor = (next) => async (req) => {
      const res = await next(req);
      if (req.method.name === "Authorize" && !res.stream) {
        const message = res.message as AuthorizeResponse;
        const asked = req.message as unknown as { server: string; tool: string };
        lines.push(JSON.stringify(currentTraceIds()));
        sink.export({
          seq: ++seq,
          ts: Date.now(),
          event: "authorize",
          decisionId: message.decisionId,
          server: asked.server,
          tool: asked.tool,
          decision: message.decision === Decision.ALLOW ? "allow" : "deny",
          reason: Reason[message.reason],
          arguments: { project: "SUP", summary: "arg-value-7c1d" },
          ...currentTraceIds(),
        });
      }
      return res;
    };
    const core = await openSidecarCore({ policyFile: EXAMPLE_POLICY, logger, watchPolicy: false, dataDir: await mkdtemp(join(tmpdir(), "pcl-otel-")) });
    server = createServer(connectNodeAdapter({ routes: core.routes, ...core.routerOptions, interceptors: [rpcSpanInterceptor(telemetry), audit] }));
    server.on("close", () => void core.close());
    server.listen(0, "127.0.0.1");
    await once(server, "listening");
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server?.close();
    await telemetry?.shutdown();
  });

  it("the audit record's log record carries the RPC span's trace and span ids: one trace from the caller to the record", async () => {
    const caller = callerSpan();
    const client = createGovernanceClient({ baseUrl, interceptors: [sendTrace(caller.traceparent)] });
    const decision = await client.authorize({ token: "demo-support-token", server: "jira", tool: "search_issues" });
    client.close();
    await otlp.waitFor(
      "the span and the log record",
      () => otlp.spans.some((s) => s.traceId === caller.traceId) && otlp.logs.some((l) => l.traceId === caller.traceId),
    );
    const span = otlp.spans.find((s) => s.traceId === caller.traceId)!;
    const log = otlp.logs.find((l) => l.traceId === caller.traceId)!;
    expect(span.parentSpanId).toBe(caller.spanId);
    expect(log.spanId).toBe(span.spanId);
    expect(log.eventName).toBe("portcullis.audit.authorize");
    expect(log.attributes).toMatchObject({
      "portcullis.audit.seq": 1,
      "portcullis.decision_id": decision.decisionId,
      "portcullis.server": "jira",
      "gen_ai.tool.name": "search_issues",
      "portcullis.decision": "allow",
      "portcullis.reason": "ALLOWED",
      "portcullis.argument_names": ["project", "summary"],
    });
    expect(log.resource["service.name"]).toBe("portcullis");
    // Argument values stay out of telemetry unless asked for.
    expect(otlp.raw.some((b) => b.includes("arg-value-7c1d"))).toBe(false);
  });

  it("annotateSpan from a handler sets attributes and labels the decision count; currentTraceIds gives the span's ids", async () => {
    const seen: ({ traceId: string; spanId: string } | undefined)[] = [];
    const transport = createRouterTransport(
      (router) =>
        router.service(GovernanceService, {
          authorize(req) {
            annotateSpan({ server: req.server, virtualServer: "support-desk", upstreamServer: "jira", tool: req.tool, team: "support", agentKind: "static" });
            annotateSpan({ decision: "deny", reason: "REASON_RATE_LIMITED", rule: "limits[0]" });
            seen.push(currentTraceIds());
            return { decision: Decision.DENY, reason: Reason.RATE_LIMITED };
          },
        }),
      { router: { interceptors: [rpcSpanInterceptor(telemetry)] } },
    );
    const caller = callerSpan();
    const client = createClient(GovernanceService, transport);
    await client.authorize({ server: "support-desk", tool: "create_issue" }, { headers: { traceparent: caller.traceparent } });
    expect(seen[0]?.traceId).toBe(caller.traceId);
    // Outside an RPC there is nothing to annotate, and no ids.
    annotateSpan({ decision: "allow" });
    expect(currentTraceIds()).toBeUndefined();

    await otlp.waitFor("the annotated span", () => otlp.spans.some((s) => s.traceId === caller.traceId));
    const span = otlp.spans.find((s) => s.traceId === caller.traceId)!;
    expect(span.spanId).toBe(seen[0]?.spanId);
    expect(span.attributes).toMatchObject({
      "portcullis.server": "support-desk",
      "portcullis.virtual_server": "support-desk",
      "portcullis.upstream_server": "jira",
      "gen_ai.tool.name": "create_issue",
      "portcullis.team": "support",
      "portcullis.agent.kind": "static",
      "portcullis.decision": "deny",
      "portcullis.reason": "RATE_LIMITED",
      "portcullis.rule": "limits[0]",
    });
    await otlp.waitFor("the RATE_LIMITED decision count", () =>
      otlp.points.some((p) => p.metric === "portcullis.decisions" && p.attributes["portcullis.reason"] === "RATE_LIMITED"),
    );
  });
});
