/**
 * OpenTelemetry export from a real `portcullis serve` process with `--otlp-endpoint`, into a
 * real OTLP/HTTP receiver: the RPC spans join the caller's trace (the traceparent the test
 * sends is the span's parent), carry the MCP/gen_ai and decision attributes, metrics arrive,
 * and no token or argument value appears in any exported byte. With the receiver down the
 * sidecar keeps deciding, says that it drops telemetry, and stops cleanly.
 *
 * Each decision's audit record arrives as an OTLP log record in the same trace, naming the
 * span it was decided in.
 */
import { createClient, type Interceptor } from "@connectrpc/connect";
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { mkdtemp, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { AdminService, createGovernanceClient, Decision } from "@portcullis/sdk";
import { startOtlpReceiver, type OtlpReceiver } from "../helpers/otlp-receiver.js";
import { EXAMPLE_POLICY } from "../helpers/paths.js";
import { startSidecarProcess, type SidecarProcess } from "../helpers/sidecar-process.js";

/** Export every few milliseconds rather than every second (spans, logs) and minute (metrics). */
const FAST = { OTEL_BSP_SCHEDULE_DELAY: "50", OTEL_BLRP_SCHEDULE_DELAY: "50", OTEL_METRIC_EXPORT_INTERVAL: "200" };
/** Loading the OpenTelemetry SDK adds to the start; a busy machine may take a while. */
const START = { startTimeoutMs: 30_000 };
const ADMIN = "admin-CANARY-4f1e-0123456789abcdef-0123456789";

const processes: SidecarProcess[] = [];
let otlp: OtlpReceiver | undefined;
afterAll(async () => {
  await Promise.all(processes.map((p) => p.stop()));
  await otlp?.close();
});

const withTrace =
  (traceparent: string): Interceptor =>
  (next) =>
  (req) => {
    req.header.set("traceparent", traceparent);
    return next(req);
  };

describe("OTLP export from a sidecar process", () => {
  it("spans join the caller's trace with the decision's attributes; metrics arrive; no secret is exported", async () => {
    otlp = await startOtlpReceiver();
    const dir = await mkdtemp(join(tmpdir(), "pcl-otlp-"));
    await writeFile(join(dir, "admin"), ADMIN);
    const sidecar = await startSidecarProcess(
      ["--policy", EXAMPLE_POLICY, "--otlp-endpoint", otlp.url, "--data-dir", join(dir, "data"), "--admin-token-file", join(dir, "admin")],
      FAST,
      START,
    );
    processes.push(sidecar);
    expect(sidecar.logs.some((l) => l.msg === "telemetry on (OTLP/HTTP)" && l.traces === `${otlp!.url}/v1/traces`)).toBe(true);

    const traceId = randomBytes(16).toString("hex");
    const hostSpan = randomBytes(8).toString("hex");
    const client = createGovernanceClient({ baseUrl: sidecar.baseUrl!, interceptors: [withTrace(`00-${traceId}-${hostSpan}-01`)] });
    const allowed = await client.authorize({
      token: "demo-support-token",
      server: "support-desk",
      tool: "create_issue",
      arguments: { project: "SUP", summary: "arg-CANARY-77a1" },
    });
    expect(allowed.decision).toBe(Decision.ALLOW);
    const unknown = await client.authorize({ token: "tok-CANARY-5b20", server: "jira", tool: "search_issues" });
    expect(unknown.decision).toBe(Decision.DENY);
    await client.scanResponse({ token: "demo-support-token", server: "jira", tool: "search_issues", text: "scan-CANARY-9d3c plain text" });
    await createClient(AdminService, client.transport).getPolicy({}, { headers: { authorization: `Bearer ${ADMIN}` } });
    client.close();

    await otlp.waitFor("four spans in the host's trace", () => otlp!.spans.filter((s) => s.traceId === traceId).length >= 4);
    const spans = otlp.spans.filter((s) => s.traceId === traceId);
    // Every span is a direct child of the host's span: one trace from the host through the decision.
    expect(spans.map((s) => s.parentSpanId)).toEqual(spans.map(() => hostSpan));
    expect(new Set(spans.map((s) => s.name))).toEqual(
      new Set(["portcullis.v1.GovernanceService/Authorize", "portcullis.v1.GovernanceService/ScanResponse", "portcullis.v1.AdminService/GetPolicy"]),
    );
    const allowedSpan = spans.find((s) => s.attributes["portcullis.decision_id"] === allowed.decisionId)!;
    expect(allowedSpan.kind).toBe(2); // SERVER
    expect(allowedSpan.attributes).toMatchObject({
      "rpc.system": "connect_rpc",
      "rpc.method": "Authorize",
      "mcp.method.name": "tools/call",
      "gen_ai.operation.name": "execute_tool",
      "gen_ai.tool.name": "create_issue",
      "portcullis.server": "support-desk",
      "portcullis.upstream_server": "jira",
      "portcullis.decision": "allow",
      "portcullis.reason": "ALLOWED",
    });
    expect(allowedSpan.resource["service.name"]).toBe("portcullis");
    const deniedSpan = spans.find((s) => s.attributes["portcullis.reason"] === "UNAUTHENTICATED")!;
    expect(deniedSpan.attributes["portcullis.decision"]).toBe("deny");
    // The example policy spotlights untrusted sources, and jira/search_issues is one (open world).
    expect(spans.find((s) => s.name.endsWith("/ScanResponse"))!.attributes["portcullis.decision"]).toBe("mutate");

    // The audit records: one log record per decision, in the host's trace, under its span.
    await otlp.waitFor("the allowed decision's audit record", () => otlp!.logs.some((l) => l.attributes["portcullis.decision_id"] === allowed.decisionId));
    const record = otlp.logs.find((l) => l.attributes["portcullis.decision_id"] === allowed.decisionId)!;
    expect(record.eventName).toBe("portcullis.audit.authorize");
    expect(record.traceId).toBe(traceId);
    expect(record.spanId).toBe(allowedSpan.spanId);

    await otlp.waitFor("decision counts", () =>
      otlp!.points.some((p) => p.metric === "portcullis.decisions" && p.attributes["portcullis.reason"] === "UNAUTHENTICATED"),
    );
    await otlp.waitFor("an Authorize latency histogram", () =>
      otlp!.points.some((p) => p.metric === "rpc.server.duration" && p.attributes["rpc.method"] === "Authorize"),
    );

    expect(await sidecar.stop()).toBe(0);
    const exported = Buffer.concat(otlp.raw);
    for (const secret of ["CANARY", "demo-support-token"]) expect(exported.includes(secret)).toBe(false);
  });

  it("with the receiver down, the sidecar keeps deciding, reports the drops, and exits cleanly", async () => {
    const probe = createServer().listen(0, "127.0.0.1");
    await once(probe, "listening");
    const port = (probe.address() as { port: number }).port;
    probe.close();
    const sidecar = await startSidecarProcess(
      ["--policy", EXAMPLE_POLICY, "--otlp-endpoint", `http://127.0.0.1:${port}`, "--data-dir", await mkdtemp(join(tmpdir(), "pcl-otlp-"))],
      // The standard variable bounds each failing export (retries included): drops are
      // reported after 500 ms rather than the default 5 s.
      { ...FAST, OTEL_EXPORTER_OTLP_TIMEOUT: "500" },
      START,
    );
    processes.push(sidecar);
    const client = createGovernanceClient({ baseUrl: sidecar.baseUrl! });
    for (let i = 0; i < 50; i++) {
      const decision = await client.authorize({ token: "demo-support-token", server: "jira", tool: i % 2 ? "search_issues" : "delete_issue" });
      expect(decision.decision).toBe(i % 2 ? Decision.ALLOW : Decision.DENY);
    }
    await sidecar.waitForLog((l) => String(l.msg).includes("spans and log records are being dropped"), 30_000);
    // Still deciding after the drops began.
    expect((await client.authorize({ token: "demo-support-token", server: "jira", tool: "search_issues" })).decision).toBe(Decision.ALLOW);
    client.close();
    expect(await sidecar.stop()).toBe(0);
  });

  it("refuses a malformed --otlp-endpoint as a usage error", async () => {
    const sidecar = startSidecarProcess(["--policy", EXAMPLE_POLICY, "--otlp-endpoint", "collector:4318"], {}, START);
    await expect(sidecar).rejects.toThrow(/exited with 2[\s\S]*--otlp-endpoint: the OTLP endpoint must be an http\(s\) URL/);
  });
});
