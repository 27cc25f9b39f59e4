/**
 * W3C trace context through the gateway, for both protocol revisions: a `traceparent` in the
 * request's `_meta` (the MCP convention) or in the HTTP request's header reaches the
 * sidecar's RPCs — their spans, exported over OTLP to a real receiver, are children of the
 * caller's span, and the call's audit records carry its trace id — and the downstream
 * server, which echoes the `_meta` it got, sees the same trace id with the gateway's own
 * exported downstream-call span as its parent.
 * Real parts: the gateway (embedded sidecar with telemetry and an audit trail), a v1 MCP
 * server over Streamable HTTP downstream, the v1 client (2025-11-25) and the v2 client
 * pinned to 2026-07-28 upstream.
 */
import { randomBytes } from "node:crypto";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { DECISION_META_KEY, type McpToolResult } from "@portcullis/sdk/mcp";
import { createLogger, hashToken, readRecords, type AuditRecord } from "@portcullis/sidecar";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseGatewayConfig, startGateway, type Gateway } from "../../sidecar/src/gateway/index.js";
import { startHttpMcpServer, type HttpMcpServer } from "../helpers/http-mcp-server.js";
import { startOtlpReceiver, type OtlpReceiver } from "../helpers/otlp-receiver.js";
import { policyFile } from "../helpers/policy-file.js";
import { REPO } from "../helpers/paths.js";

const TOKEN = "trace-agent-token";
const POLICY =
  `version: 1\nsubjects:\n  - { id: agent:tracer, roles: [r], tokenSha256: ${hashToken(TOKEN)} }\nroles:\n  r: { servers: { crm: { allow: [meta] } } }\n` +
  // A scan deadline fit for a busy two-core test machine (the default would fail closed).
  "guardrails:\n  - { tools: ['*'], deadlineMs: 10000 }\n";

let otlp: OtlpReceiver;
let crm: HttpMcpServer;
let gateway: Gateway;
let auditDir: string;

beforeAll(async () => {
  otlp = await startOtlpReceiver();
  crm = await startHttpMcpServer();
  const dir = await mkdtemp(join(tmpdir(), "pcl-gateway-trace-"));
  auditDir = join(dir, "audit");
  const config = parseGatewayConfig(
    [`policy: ${JSON.stringify(await policyFile(POLICY))}`, "listen: 127.0.0.1:0", "servers:", `  crm: { url: "${crm.url}" }`].join("\n"),
    join(REPO, "gateway-trace-test.yaml"),
  );
  gateway = await startGateway({
    config,
    logger: createLogger({ level: "silent" }),
    sidecar: {
      watchPolicy: false,
      dataDir: join(dir, "data"),
      audit: { dir: auditDir, mode: "sync" },
      telemetry: { endpoint: otlp.url, exportDelayMs: 20, metricIntervalMs: 60_000 },
    },
  });
});

afterAll(async () => {
  await gateway?.close();
  await crm?.close();
  await otlp?.close();
});

/** A fresh, sampled caller span. */
function callerSpan() {
  const traceId = randomBytes(16).toString("hex");
  const spanId = randomBytes(8).toString("hex");
  return { traceId, spanId, traceparent: `00-${traceId}-${spanId}-01` };
}

/** Calls `meta` through the gateway: the caller's trace context in `_meta` or as the HTTP header. */
async function callMeta(revision: "2025-11-25" | "2026-07-28", via: "meta" | "header", traceparent: string): Promise<McpToolResult> {
  const headers = { authorization: `Bearer ${TOKEN}`, ...(via === "header" ? { traceparent } : {}) };
  const params = { name: "meta", arguments: {}, ...(via === "meta" ? { _meta: { traceparent } } : {}) };
  const url = new URL(gateway.endpointUrl("crm"));
  if (revision === "2025-11-25") {
    const client = new Client({ name: "trace-agent", version: "1.0.0" });
    await client.connect(new StreamableHTTPClientTransport(url, { requestInit: { headers } }));
    const result = await client.callTool(params);
    await client.close();
    return result as McpToolResult;
  }
  const v2 = await import("@modelcontextprotocol/client");
  const client = new v2.Client({ name: "trace-agent", version: "1.0.0" }, { versionNegotiation: { mode: { pin: "2026-07-28" } } });
  await client.connect(new v2.StreamableHTTPClientTransport(url, { requestInit: { headers } }));
  expect(client.getProtocolEra()).toBe("modern");
  const result = await client.callTool(params);
  await client.close();
  return result as McpToolResult;
}

async function auditRecords(): Promise<AuditRecord[]> {
  const out: AuditRecord[] = [];
  for await (const { record } of readRecords(auditDir)) out.push(record);
  return out;
}

describe("trace context through the gateway", () => {
  for (const revision of ["2025-11-25", "2026-07-28"] as const) {
    for (const via of ["meta", "header"] as const) {
      it(`${revision}, traceparent in the ${via === "meta" ? "request's _meta" : "HTTP header"}: the decision, the records and the downstream call join the caller's trace`, async () => {
        const caller = callerSpan();
        const result = await callMeta(revision, via, caller.traceparent);
        expect(result.isError).toBeFalsy();

        // The downstream: the same trace, a new span (the gateway's hop), nothing else of the caller's _meta.
        const seen = JSON.parse((result.content as { text: string }[])[0]!.text) as Record<string, string>;
        expect(seen.traceparent).toMatch(new RegExp(`^00-${caller.traceId}-[0-9a-f]{16}-01$`));
        expect(seen.traceparent).not.toBe(caller.traceparent);
        expect(Object.keys(seen)).toEqual(["traceparent"]);

        // The audit trail: the decision, the scan and the outcome of this call carry the caller's trace id.
        const decisionId = (result._meta?.[DECISION_META_KEY] as { decisionId?: string } | undefined)?.decisionId;
        expect(decisionId).toMatch(/./);
        const deadline = Date.now() + 30_000;
        let records: AuditRecord[] = [];
        // The outcome is recorded after the reply: wait for it (a guard against a hang, not a timing claim).
        while (Date.now() < deadline) {
          records = (await auditRecords()).filter((r) => r.decisionId === decisionId);
          if (records.some((r) => r.event === "outcome")) break;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        expect(records.map((r) => r.event).sort()).toEqual(["authorize", "outcome", "scan_response"]);
        for (const r of records) expect(r.traceId).toBe(caller.traceId);

        // The exported spans: Authorize, ScanResponse (which also closes the outcome record) and
        // the gateway's downstream call, each a child of the caller's span.
        await otlp.waitFor("the call's three spans", () => otlp.spans.filter((s) => s.traceId === caller.traceId).length >= 3);
        const spans = otlp.spans.filter((s) => s.traceId === caller.traceId);
        expect(spans.map((s) => s.name).sort()).toEqual([
          "portcullis.v1.GovernanceService/Authorize",
          "portcullis.v1.GovernanceService/ScanResponse",
          "tools/call meta",
        ]);
        for (const span of spans) expect(span.parentSpanId).toBe(caller.spanId);

        // The downstream call's span is the parent the downstream request named.
        const hop = spans.find((s) => s.name === "tools/call meta")!;
        expect(seen.traceparent).toBe(`00-${caller.traceId}-${hop.spanId}-01`);
        expect(hop.kind).toBe(3); // SPAN_KIND_CLIENT
        expect(hop.attributes).toMatchObject({
          "mcp.method.name": "tools/call",
          "gen_ai.operation.name": "execute_tool",
          "gen_ai.tool.name": "meta",
          "portcullis.server": "crm",
          "portcullis.upstream_server": "crm",
          "portcullis.decision_id": decisionId,
        });
        expect(hop.status.code).not.toBe(2); // not ERROR
      });
    }
  }
});
