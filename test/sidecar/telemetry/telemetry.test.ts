/**
 * Telemetry set-up: when it is on and where each signal goes (flag, standard OTEL_* variables,
 * refusals), the resource, and bounded export while the receiver is down.
 */
import { execFileSync } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, readFile } from "node:fs/promises";
import { createServer as createHttpServer } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createServer } from "node:net";
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "@portcullis/sidecar";
import { openTelemetry, OtelAuditSink, resolveTelemetryTargets } from "../../../sidecar/src/telemetry/index.js";
import { startOtlpReceiver } from "../../helpers/otlp-receiver.js";

describe("resolveTelemetryTargets", () => {
  it("is off without an endpoint or OTLP environment", () => {
    expect(resolveTelemetryTargets({}, {})).toBeUndefined();
    expect(resolveTelemetryTargets({}, { OTEL_SERVICE_NAME: "x" })).toBeUndefined();
  });

  it("sends each signal under the endpoint's path", () => {
    expect(resolveTelemetryTargets({ endpoint: "http://127.0.0.1:4318" }, {})).toEqual({
      traces: "http://127.0.0.1:4318/v1/traces",
      logs: "http://127.0.0.1:4318/v1/logs",
      metrics: "http://127.0.0.1:4318/v1/metrics",
    });
    expect(resolveTelemetryTargets({ endpoint: "https://collector.example/otlp" }, {})?.traces).toBe("https://collector.example/otlp/v1/traces");
  });

  it("follows the standard environment: a general or per-signal endpoint, OTEL_<SIGNAL>_EXPORTER=none, OTEL_SDK_DISABLED", () => {
    expect(resolveTelemetryTargets({}, { OTEL_EXPORTER_OTLP_ENDPOINT: "http://c:4318" })).toEqual({ traces: "env", logs: "env", metrics: "env" });
    expect(resolveTelemetryTargets({}, { OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: "http://c:4318/v1/traces" })).toEqual({
      traces: "env",
      logs: "off",
      metrics: "off",
    });
    expect(resolveTelemetryTargets({}, { OTEL_EXPORTER_OTLP_ENDPOINT: "http://c:4318", OTEL_METRICS_EXPORTER: "none" })?.metrics).toBe("off");
    expect(resolveTelemetryTargets({}, { OTEL_EXPORTER_OTLP_ENDPOINT: "http://c:4318", OTEL_SDK_DISABLED: "true" })).toBeUndefined();
    // The explicit flag wins over the environment's switch.
    expect(resolveTelemetryTargets({ endpoint: "http://c:4318" }, { OTEL_SDK_DISABLED: "true" })?.logs).toBe("http://c:4318/v1/logs");
  });

  it("refuses a malformed endpoint and a protocol other than http/protobuf, saying what to do", () => {
    expect(() => resolveTelemetryTargets({ endpoint: "collector:4318" }, {})).toThrow(/http\(s\) URL such as http:\/\/127\.0\.0\.1:4318/);
    expect(() => resolveTelemetryTargets({ endpoint: "not a url" }, {})).toThrow(/http\(s\) URL/);
    expect(() => resolveTelemetryTargets({ endpoint: "http://c:4318" }, { OTEL_EXPORTER_OTLP_PROTOCOL: "grpc" })).toThrow(
      /OTEL_EXPORTER_OTLP_PROTOCOL=grpc is not supported.*set it to http\/protobuf/,
    );
  });
});

describe("Telemetry", () => {
  it("names the service portcullis, or what OTEL_SERVICE_NAME says", async () => {
    const telemetry = (await openTelemetry({ endpoint: "http://127.0.0.1:9" }))!;
    expect(telemetry.resource.attributes["service.name"]).toBe("portcullis");
    await telemetry.shutdown();
    const previous = process.env.OTEL_SERVICE_NAME;
    process.env.OTEL_SERVICE_NAME = "portcullis-eu-1";
    try {
      const named = (await openTelemetry({ endpoint: "http://127.0.0.1:9" }))!;
      expect(named.resource.attributes["service.name"]).toBe("portcullis-eu-1");
      await named.shutdown();
    } finally {
      if (previous === undefined) delete process.env.OTEL_SERVICE_NAME;
      else process.env.OTEL_SERVICE_NAME = previous;
    }
  });

  it("with the receiver down, drops and counts instead of buffering, warns once, and still shuts down", async () => {
    // A port that refuses connections: bound, then closed.
    const probe = createServer().listen(0, "127.0.0.1");
    await once(probe, "listening");
    const port = (probe.address() as { port: number }).port;
    probe.close();
    const lines: string[] = [];
    const logger = createLogger({
      level: "info",
      destination: new Writable({
        write(chunk, _encoding, done) {
          lines.push(String(chunk));
          done();
        },
      }),
    });
    const telemetry = (await openTelemetry({ endpoint: `http://127.0.0.1:${port}`, maxQueueSize: 16, exportDelayMs: 10, exportTimeoutMs: 1000, logger }))!;
    const sink = new OtelAuditSink(telemetry);
    for (let seq = 1; seq <= 2000; seq++) sink.export({ seq, ts: Date.now(), event: "authorize", decision: "allow", tool: "search_issues" });
    // Emitting never blocks nor throws; what the queue cannot hold is counted at once.
    expect(telemetry.drops.get("log", "queue_full")).toBeGreaterThanOrEqual(2000 - 2 * 16);
    await telemetry.flush();
    await expect.poll(() => telemetry.drops.get("log", "export_failed"), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(telemetry.drops.get("log", "queue_full") + telemetry.drops.get("log", "export_failed")).toBeLessThanOrEqual(2000);
    await telemetry.shutdown();
    const warnings = lines.filter((l) => l.includes("spans and log records are being dropped"));
    expect(warnings).toHaveLength(1);
    expect(lines.some((l) => l.includes("telemetry on (OTLP/HTTP)") && l.includes(`http://127.0.0.1:${port}/v1/logs`))).toBe(true);
  });

  it("bounds an export by the standard OTEL_EXPORTER_OTLP_TIMEOUT: a receiver slower than it counts as failed", async () => {
    // Answers 200 only after 3 s: inside the default 5 s deadline the export would succeed.
    const slow = createHttpServer((_req, res) => {
      const timer = setTimeout(() => res.writeHead(200, { "content-type": "application/x-protobuf" }).end(), 3000);
      res.on("close", () => clearTimeout(timer));
    });
    slow.listen(0, "127.0.0.1");
    await once(slow, "listening");
    const { port } = slow.address() as { port: number };
    const telemetry = (await openTelemetry({ endpoint: `http://127.0.0.1:${port}`, exportDelayMs: 10 }, { OTEL_EXPORTER_OTLP_TIMEOUT: "100" }))!;
    try {
      new OtelAuditSink(telemetry).export({ seq: 1, ts: Date.now(), event: "authorize", decision: "allow", tool: "search_issues" });
      await telemetry.flush();
      expect(telemetry.drops.get("log", "export_failed")).toBe(1);
    } finally {
      await telemetry.shutdown();
      slow.closeAllConnections();
      slow.close();
    }
  });

  it("ends an export that a receiver drips out byte by byte, so later exports go out once it answers again", async () => {
    // The exporter's timeout is a socket idle timeout: a byte every 100 ms never tripped it. Two
    // such requests held both export slots for good, and every later export failed at once.
    let healed = false;
    let dripping = 0;
    const received: Buffer[] = [];
    const drip = createHttpServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        if (healed) {
          received.push(Buffer.concat(chunks));
          res.writeHead(200, { "content-type": "application/x-protobuf" }).end();
          return;
        }
        dripping++;
        res.writeHead(200, { "content-type": "application/x-protobuf" });
        const timer = setInterval(() => res.write("\0"), 100);
        res.on("close", () => clearInterval(timer));
      });
    });
    drip.listen(0, "127.0.0.1");
    await once(drip, "listening");
    const { port } = drip.address() as { port: number };
    const telemetry = (await openTelemetry(
      { endpoint: `http://127.0.0.1:${port}`, exportDelayMs: 10, exportTimeoutMs: 500 },
      { OTEL_TRACES_EXPORTER: "none", OTEL_METRICS_EXPORTER: "none" },
    ))!;
    try {
      const sink = new OtelAuditSink(telemetry);
      for (const seq of [1, 2]) {
        sink.export({ seq, ts: Date.now(), event: "authorize", decision: "allow", tool: "search_issues" });
        await expect.poll(() => dripping, { timeout: 10_000 }).toBe(seq);
      }
      healed = true;
      sink.export({ seq: 3, ts: Date.now(), event: "authorize", decision: "allow", tool: "search_issues", message: "after-the-drip-7c1e" });
      await expect.poll(() => received.some((b) => b.includes("after-the-drip-7c1e")), { timeout: 15_000 }).toBe(true);
    } finally {
      await telemetry.shutdown();
      drip.closeAllConnections();
      drip.close();
    }
  });

  it("still trusts the collector certificate OTEL_EXPORTER_OTLP_CERTIFICATE names, with its own deadline agent", async () => {
    const dir = await mkdtemp(join(tmpdir(), "pcl-otlp-tls-"));
    const [keyFile, certFile] = [join(dir, "key.pem"), join(dir, "cert.pem")];
    execFileSync(
      "openssl",
      ["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1"].concat([
        "-addext",
        "subjectAltName=IP:127.0.0.1",
        "-keyout",
        keyFile,
        "-out",
        certFile,
      ]),
      { stdio: "ignore" },
    );
    const received: Buffer[] = [];
    const tls = createHttpsServer({ key: await readFile(keyFile), cert: await readFile(certFile) }, (req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        received.push(Buffer.concat(chunks));
        res.writeHead(200, { "content-type": "application/x-protobuf" }).end();
      });
    });
    tls.listen(0, "127.0.0.1");
    await once(tls, "listening");
    const { port } = tls.address() as { port: number };
    const env = { OTEL_EXPORTER_OTLP_CERTIFICATE: certFile, OTEL_TRACES_EXPORTER: "none", OTEL_METRICS_EXPORTER: "none" };
    const telemetry = (await openTelemetry({ endpoint: `https://127.0.0.1:${port}`, exportDelayMs: 10 }, env))!;
    try {
      new OtelAuditSink(telemetry).export({ seq: 1, ts: Date.now(), event: "authorize", decision: "allow", message: "over-tls-51a0" });
      await telemetry.flush();
      await expect.poll(() => received.some((b) => b.includes("over-tls-51a0")), { timeout: 15_000 }).toBe(true);
      expect(telemetry.drops.total()).toBe(0);
    } finally {
      await telemetry.shutdown();
      tls.closeAllConnections();
      tls.close();
    }
  });

  it("exports a record's fields as log attributes, findings as types and counts, and no argument value unless asked", async () => {
    const otlp = await startOtlpReceiver();
    const telemetry = (await openTelemetry({ endpoint: otlp.url, exportDelayMs: 10 }))!;
    const base = {
      ts: 1_700_000_000_000,
      event: "scan_response" as const,
      server: "web",
      tool: "fetch",
      arguments: { url: "https://x.example/?q=arg-value-3f9a" },
    };
    new OtelAuditSink(telemetry).export({
      ...base,
      seq: 41,
      agent: { tokenId: "tok_1", kind: "agent" },
      subject: "agent:research-bot",
      team: "growth",
      roles: ["research"],
      virtualServer: "research-desk",
      decision: "block",
      reason: "INJECTION",
      findings: [{ type: "prompt_injection", count: 2 }],
      outcome: { status: "ok", durationMs: 12, responseBytes: 2048, tokensUsed: 300 },
      attrs: { region: "eu" },
    });
    new OtelAuditSink(telemetry, { includeArguments: true }).export({ ...base, seq: 42 });
    await telemetry.flush();
    await otlp.waitFor("two log records", () => otlp.logs.length >= 2);
    const [first, second] = [...otlp.logs].sort((a, b) => Number(a.attributes["portcullis.audit.seq"]) - Number(b.attributes["portcullis.audit.seq"]));
    expect(first!.eventName).toBe("portcullis.audit.scan_response");
    expect(first!.severityNumber).toBe(13); // WARN: a block
    expect(first!.traceId).toBe("");
    expect(first!.attributes).toEqual({
      "portcullis.audit.seq": 41,
      "portcullis.audit.event": "scan_response",
      "portcullis.agent.token_id": "tok_1",
      "portcullis.agent.kind": "agent",
      "portcullis.subject": "agent:research-bot",
      "portcullis.team": "growth",
      "portcullis.roles": ["research"],
      "portcullis.server": "web",
      "portcullis.virtual_server": "research-desk",
      "gen_ai.tool.name": "fetch",
      "gen_ai.operation.name": "execute_tool",
      "mcp.method.name": "tools/call",
      "portcullis.argument_names": ["url"],
      "portcullis.decision": "block",
      "portcullis.reason": "INJECTION",
      "portcullis.findings": [{ type: "prompt_injection", count: 2 }],
      "portcullis.outcome.status": "ok",
      "portcullis.outcome.duration_ms": 12,
      "portcullis.outcome.response_bytes": 2048,
      "portcullis.outcome.tokens_used": 300,
      "portcullis.attr.region": "eu",
    });
    expect(second!.attributes["portcullis.arguments"]).toEqual({ url: "https://x.example/?q=arg-value-3f9a" });
    await telemetry.shutdown();
    await otlp.close();
  });

  it("exports at most 64 argument names of a record, cut at 256 characters, with the count of the rest", async () => {
    // Every name was exported: the export queue, bounded by records and not bytes, held a
    // caller's 12,000 names per record while the receiver hung (+250 MB over 300 calls).
    const otlp = await startOtlpReceiver();
    const telemetry = (await openTelemetry({ endpoint: otlp.url, exportDelayMs: 10 }))!;
    try {
      const names = Array.from({ length: 5000 }, (_, i) => `${i === 0 ? "x".repeat(1000) : "name"}-${i}`);
      const args = Object.fromEntries(names.map((n) => [n, "v"]));
      const sink = new OtelAuditSink(telemetry);
      sink.export({ seq: 1, ts: Date.now(), event: "authorize", decision: "allow", tool: "search_issues", arguments: args });
      sink.export({ seq: 2, ts: Date.now(), event: "authorize", decision: "allow", tool: "search_issues", arguments: { project: "SUP" } });
      await telemetry.flush();
      await otlp.waitFor("two log records", () => otlp.logs.length >= 2);
      const [many, few] = [1, 2].map((seq) => otlp.logs.find((l) => l.attributes["portcullis.audit.seq"] === seq)!.attributes);
      expect(many!["portcullis.argument_names"]).toEqual(names.slice(0, 64).map((n) => n.slice(0, 256)));
      expect(many!["portcullis.argument_count"]).toBe(5000);
      expect(few!["portcullis.argument_names"]).toEqual(["project"]);
      expect(few!["portcullis.argument_count"]).toBeUndefined();
    } finally {
      await telemetry.shutdown();
      await otlp.close();
    }
  });

  it("labels each event's log record with the MCP request it is about: tools/call, tools/list, or none", async () => {
    // Every record naming a tool used to say tools/call and execute_tool: a credential released
    // for a tool (resolve_credential) was exported as a tool execution.
    const otlp = await startOtlpReceiver();
    const telemetry = (await openTelemetry({ endpoint: otlp.url, exportDelayMs: 10 }))!;
    const sink = new OtelAuditSink(telemetry);
    const events = [
      { event: "authorize", tool: "create_issue" },
      { event: "scan_response", tool: "create_issue" },
      { event: "outcome", tool: "create_issue" },
      { event: "filter_tools" },
      { event: "resolve_credential", tool: "create_issue" },
      // These carry no tool in practice; given one, the event still decides the label.
      { event: "connect_account", tool: "create_issue" },
      { event: "offboard", tool: "create_issue" },
      { event: "admin", tool: "create_issue" },
    ] as const;
    events.forEach((e, i) => {
      sink.export({ ts: 1_700_000_000_000, seq: i + 1, server: "jira", ...e });
    });
    await telemetry.flush();
    await otlp.waitFor("a log record per event", () => otlp.logs.length >= events.length);
    const labels = Object.fromEntries(
      otlp.logs.map((l) => [
        l.attributes["portcullis.audit.event"],
        [l.eventName, l.attributes["mcp.method.name"], l.attributes["gen_ai.operation.name"], l.attributes["gen_ai.tool.name"]],
      ]),
    );
    const call = ["tools/call", "execute_tool", "create_issue"];
    expect(labels).toEqual({
      authorize: ["portcullis.audit.authorize", ...call],
      scan_response: ["portcullis.audit.scan_response", ...call],
      outcome: ["portcullis.audit.outcome", ...call],
      filter_tools: ["portcullis.audit.filter_tools", "tools/list", undefined, undefined],
      resolve_credential: ["portcullis.audit.resolve_credential", undefined, undefined, "create_issue"],
      connect_account: ["portcullis.audit.connect_account", undefined, undefined, "create_issue"],
      offboard: ["portcullis.audit.offboard", undefined, undefined, "create_issue"],
      admin: ["portcullis.audit.admin", undefined, undefined, "create_issue"],
    });
    await telemetry.shutdown();
    await otlp.close();
  });
});
