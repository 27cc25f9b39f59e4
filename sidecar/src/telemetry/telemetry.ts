/**
 * OpenTelemetry for the sidecar: spans per RPC, audit records as log records, and metrics,
 * exported over OTLP/HTTP (protobuf). Off unless an endpoint is configured.
 *
 * The SDK is assembled from its pieces (sdk-trace, sdk-logs, sdk-metrics and the three
 * OTLP/proto exporters) rather than `@opentelemetry/sdk-node`: sdk-node also brings the gRPC
 * exporters (with @grpc/grpc-js and protobufjs), Zipkin, Prometheus and the instrumentation
 * loader hooks, doubling the installed size for nothing the sidecar uses.
 *
 * The providers are this object's own, never registered globally: an embedding host keeps
 * its own, and several sidecars in one process (tests) do not share one. Only the context
 * manager is global, as context propagation across `await` needs one per process.
 */
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Agent as HttpAgent, ClientRequest } from "node:http";
import {
  context,
  ValueType,
  type Counter,
  type Histogram,
  type Logger as OtelLogger,
  type Meter,
  type TextMapPropagator,
  type Tracer,
} from "@opentelemetry/api";
import { AsyncLocalStorageContextManager } from "@opentelemetry/context-async-hooks";
import { CompositePropagator, W3CBaggagePropagator, W3CTraceContextPropagator } from "@opentelemetry/core";
import { OTLPLogExporter } from "@opentelemetry/exporter-logs-otlp-proto";
import { OTLPMetricExporter } from "@opentelemetry/exporter-metrics-otlp-proto";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-proto";
import { detectResources, envDetector, resourceFromAttributes, type Resource } from "@opentelemetry/resources";
import { BatchLogRecordProcessor, LoggerProvider } from "@opentelemetry/sdk-logs";
import { MeterProvider, PeriodicExportingMetricReader } from "@opentelemetry/sdk-metrics";
import { BatchSpanProcessor, TracerProvider, type SpanExporter } from "@opentelemetry/sdk-trace";
import { maskText } from "../audit/argument-masks.js";
import type { RevocationCounts } from "../credentials/revocation-queue.js";
import { ATTR } from "./span-annotations.js";
import { DropTally } from "./drop-tally.js";
import { LATENCY_BUCKETS_MS, resolveTelemetryTargets, type TelemetryOptions, type TelemetryTargets } from "./telemetry-config.js";

let contextManagerInstalled = false;

/**
 * Starts telemetry when an endpoint is configured (see {@link TelemetryOptions.endpoint});
 * undefined when it is off. Importing this module loads the SDK: the sidecar reaches it
 * through `openTelemetry`, which loads it only when telemetry is on.
 *
 * @example
 * ```ts
 * const telemetry = startTelemetry({ endpoint: "http://127.0.0.1:4318", logger });
 * // … serve …
 * await telemetry?.shutdown();
 * ```
 */
export function startTelemetry(options: TelemetryOptions = {}, env: NodeJS.ProcessEnv = process.env): Telemetry | undefined {
  const targets = resolveTelemetryTargets(options, env);
  return targets ? new Telemetry(targets, options, env) : undefined;
}

/** Running telemetry: the tracer, meter and audit logger, and their bounded export. */
export class Telemetry {
  /** Tracer of the RPC spans. */
  readonly tracer: Tracer;
  /** Meter of the sidecar's metrics. */
  readonly meter: Meter;
  /** Logger that the audit sink emits log records with. */
  readonly auditLogger: OtelLogger;
  /** W3C trace context and baggage. */
  readonly propagator: TextMapPropagator = new CompositePropagator({ propagators: [new W3CTraceContextPropagator(), new W3CBaggagePropagator()] });
  /** Spans and log records dropped (queue full, export failed). */
  readonly drops = new DropTally();
  /** Decisions by decision and reason. */
  readonly decisions: Counter;
  /** RPC latency (ms). */
  readonly rpcDuration: Histogram;
  readonly resource: Resource;

  private readonly tracerProvider: TracerProvider;
  private readonly loggerProvider: LoggerProvider;
  private readonly meterProvider: MeterProvider;
  private readonly shutdownTimeoutMs: number;
  private readonly queueDepths = new Set<() => number>();
  private revocations: (() => RevocationCounts) | undefined;
  private auditStream: (() => { readonly dropped: number; readonly pending: number }) | undefined;
  private stopping: Promise<void> | undefined;

  constructor(
    readonly targets: TelemetryTargets,
    options: TelemetryOptions = {},
    env: NodeJS.ProcessEnv = process.env,
  ) {
    if (!contextManagerInstalled) {
      // Registers only if nobody (an embedding host) has; theirs propagates our context as well.
      context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
      contextManagerInstalled = true;
    }
    const number = (name: string, fallback: number) => {
      const n = Number(env[name]);
      return env[name]?.trim() && Number.isFinite(n) && n > 0 ? n : fallback;
    };
    const maxQueueSize = options.maxQueueSize ?? 2048;
    // The standard OTEL_EXPORTER_OTLP_TIMEOUT is honoured; our default is half the spec's 10 s.
    const exportTimeoutMs = options.exportTimeoutMs ?? number("OTEL_EXPORTER_OTLP_TIMEOUT", 5000);
    this.shutdownTimeoutMs = options.shutdownTimeoutMs ?? 2000;
    // Few concurrent requests: beyond them an export fails at once (and is counted) instead of
    // holding its batch in memory while the receiver is down.
    const exporterOptions = (target: string, signal: "TRACES" | "LOGS" | "METRICS") => ({
      ...(target === "env" ? {} : { url: target }),
      timeoutMillis: exportTimeoutMs,
      concurrencyLimit: 2,
      // Ours replaces the agent the exporter would build from the OTEL_* TLS variables: read here.
      httpAgentOptions: deadlineAgentFactory(exportTimeoutMs, tlsFromEnvironment(signal, env)),
    });
    const processorOptions = {
      maxQueueSize,
      maxExportBatchSize: Math.min(512, maxQueueSize),
      // The processor's own deadline comes after the exporter's, so a failed export is
      // reported by the exporter (and counted) rather than abandoned.
      exportTimeoutMillis: exportTimeoutMs + 1000,
      selfObsMeterProvider: this.drops.meterProvider,
    };

    this.resource = resourceFromAttributes({
      "service.name": options.serviceName ?? "portcullis",
      "service.version": "0.1.0",
      "service.instance.id": randomUUID(),
    }).merge(options.serviceName ? null : detectResources({ detectors: [envDetector] }));

    this.tracerProvider = new TracerProvider({
      resource: this.resource,
      spanLimits: { attributeValueLengthLimit: 1024, attributeCountLimit: 64 },
      spanProcessors:
        targets.traces === "off"
          ? []
          : [
              new BatchSpanProcessor({
                exporter: maskingSpanExporter(new OTLPTraceExporter(exporterOptions(targets.traces, "TRACES"))),
                scheduledDelayMillis: options.exportDelayMs ?? number("OTEL_BSP_SCHEDULE_DELAY", 1000),
                ...processorOptions,
              }),
            ],
    });
    this.loggerProvider = new LoggerProvider({
      resource: this.resource,
      logRecordLimits: { attributeValueLengthLimit: 4096, attributeCountLimit: 64 },
      processors:
        targets.logs === "off"
          ? []
          : [
              new BatchLogRecordProcessor({
                exporter: new OTLPLogExporter(exporterOptions(targets.logs, "LOGS")),
                scheduledDelayMillis: options.exportDelayMs ?? number("OTEL_BLRP_SCHEDULE_DELAY", 1000),
                ...processorOptions,
              }),
            ],
    });
    this.meterProvider = new MeterProvider({
      resource: this.resource,
      readers:
        targets.metrics === "off"
          ? []
          : [
              new PeriodicExportingMetricReader({
                exporter: new OTLPMetricExporter(exporterOptions(targets.metrics, "METRICS")),
                exportIntervalMillis: options.metricIntervalMs ?? number("OTEL_METRIC_EXPORT_INTERVAL", 60_000),
                exportTimeoutMillis: Math.min(exportTimeoutMs, options.metricIntervalMs ?? number("OTEL_METRIC_EXPORT_INTERVAL", 60_000)),
              }),
            ],
    });

    this.tracer = this.tracerProvider.getTracer("portcullis", "0.1.0");
    this.auditLogger = this.loggerProvider.getLogger("portcullis.audit", "0.1.0");
    this.meter = this.meterProvider.getMeter("portcullis", "0.1.0");

    this.decisions = this.meter.createCounter("portcullis.decisions", {
      description: "Decisions made, by RPC, decision and reason",
      unit: "{decision}",
      valueType: ValueType.INT,
    });
    this.rpcDuration = this.meter.createHistogram("rpc.server.duration", {
      description: "Time from a request reaching the router to its response, per RPC",
      unit: "ms",
      advice: { explicitBucketBoundaries: LATENCY_BUCKETS_MS },
    });
    this.meter
      .createObservableGauge("portcullis.audit.queue.depth", {
        description: "Audit records waiting to be written",
        unit: "{record}",
        valueType: ValueType.INT,
      })
      .addCallback((result) => {
        let depth = 0;
        for (const read of this.queueDepths) depth += read();
        if (this.queueDepths.size > 0) result.observe(depth);
      });
    this.meter
      .createObservableCounter("portcullis.telemetry.dropped", {
        description: "Spans and log records dropped: export queue full or export failed",
        unit: "{record}",
        valueType: ValueType.INT,
      })
      .addCallback((result) => {
        for (const { signal, cause, count } of this.drops.entries()) result.observe(count, { signal, cause });
      });

    // The audit stream (serve --audit-stream; audit-stream.ts): plain counts, no Redis round trip.
    this.meter
      .createObservableCounter("portcullis.audit.stream.dropped", {
        description: "Audit records not appended to the Redis Stream: too many in flight, Redis failed or did not answer, or unanswered at the stop",
        unit: "{record}",
        valueType: ValueType.INT,
      })
      .addCallback((result) => {
        const counts = this.auditStream?.();
        if (counts) result.observe(counts.dropped);
      });
    this.meter
      .createObservableGauge("portcullis.audit.stream.pending", {
        description: "Audit records sent to the Redis Stream and not yet answered",
        unit: "{record}",
        valueType: ValueType.INT,
      })
      .addCallback((result) => {
        const counts = this.auditStream?.();
        if (counts) result.observe(counts.pending);
      });

    // The provider revocation queue (revocation-queue.ts): read from what the queue last saw,
    // never a store round trip in the collection.
    this.meter
      .createObservableGauge("portcullis.credentials.revocations.pending", {
        description: "OAuth token revocations queued for retry at their provider (the whole fleet's queue, as of this replica's last scan)",
        unit: "{revocation}",
        valueType: ValueType.INT,
      })
      .addCallback((result) => {
        const pending = this.revocations?.().pending;
        if (pending !== undefined) result.observe(pending);
      });
    this.meter
      .createObservableCounter("portcullis.credentials.revocations.abandoned", {
        description: "Queued revocations this replica gave up on (each logged at error: revoke the grant at the provider by hand)",
        unit: "{revocation}",
        valueType: ValueType.INT,
      })
      .addCallback((result) => {
        const counts = this.revocations?.();
        if (counts) result.observe(counts.abandoned);
      });
    this.meter
      .createObservableCounter("portcullis.credentials.revocations.dropped", {
        description: "Queued revocations an operator dropped through this replica (DropRevocation)",
        unit: "{revocation}",
        valueType: ValueType.INT,
      })
      .addCallback((result) => {
        const counts = this.revocations?.();
        if (counts) result.observe(counts.dropped);
      });

    const logger = options.logger;
    let lastWarning = -Infinity;
    this.drops.onDrop(() => {
      // One line per 30 s at most: a receiver that is down would otherwise flood the log.
      const now = performance.now();
      if (now - lastWarning < 30_000) return;
      lastWarning = now;
      logger?.warn(
        { dropped: this.drops.entries() },
        "telemetry export is failing or backlogged; spans and log records are being dropped (decisions and the local audit trail are unaffected)",
      );
    });
    logger?.info(
      { traces: describeTarget(targets.traces), logs: describeTarget(targets.logs), metrics: describeTarget(targets.metrics) },
      "telemetry on (OTLP/HTTP)",
    );
  }

  /**
   * Reports the audit writer's queue depth on the `portcullis.audit.queue.depth` gauge; the
   * returned function stops it.
   *
   * @example
   * ```ts
   * const stop = telemetry.observeAuditQueueDepth(() => auditLog.queueDepth);
   * ```
   */
  observeAuditQueueDepth(read: () => number): () => void {
    this.queueDepths.add(read);
    return () => this.queueDepths.delete(read);
  }

  /**
   * Reports the provider revocation queue on the `portcullis.credentials.revocations.pending`
   * gauge and the `….abandoned` and `….dropped` counters.
   *
   * @example
   * ```ts
   * if (credentials.revocations) telemetry.observeRevocations(() => credentials.revocations!.counts());
   * ```
   */
  observeRevocations(read: () => RevocationCounts): void {
    this.revocations = read;
  }

  /**
   * Reports the audit stream's drops on the `portcullis.audit.stream.dropped` counter and its
   * appends in flight on the `portcullis.audit.stream.pending` gauge.
   *
   * @example
   * ```ts
   * telemetry.observeAuditStream(() => ({ dropped: sink.dropped, pending: sink.pending }));
   * ```
   */
  observeAuditStream(read: () => { readonly dropped: number; readonly pending: number }): void {
    this.auditStream = read;
  }

  /** Exports everything pending now (tests, and before a planned stop). */
  async flush(): Promise<void> {
    await Promise.allSettled([this.tracerProvider.forceFlush(), this.loggerProvider.forceFlush(), this.meterProvider.forceFlush()]);
  }

  /**
   * Exports what is pending and stops, within the shutdown timeout: a receiver that is down
   * does not hold up the sidecar's exit. Safe to call more than once.
   */
  shutdown(): Promise<void> {
    this.stopping ??= (async () => {
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, this.shutdownTimeoutMs);
        timer.unref();
      });
      await Promise.race([Promise.allSettled([this.tracerProvider.shutdown(), this.loggerProvider.shutdown(), this.meterProvider.shutdown()]), deadline]);
      clearTimeout(timer);
    })();
    return this.stopping;
  }
}

/**
 * An HTTP(S) agent (keep-alive, as the exporter's own) whose every request is destroyed once
 * it has run `deadlineMs`. The exporter's `timeoutMillis` is a socket *idle* timeout per
 * attempt: a receiver that answers a byte now and then never trips it, and two such requests
 * held the exporter's two concurrent slots for good, so every later export of that signal
 * failed at once, and shutdown waited for them until its own deadline.
 *
 * `addRequest` is the hook Node's agents are extended through (agent-base and the proxy
 * agents use it too); it is not in Node's type declarations.
 */
export function deadlineAgentFactory(deadlineMs: number, tls: ExporterTls = {}): (protocol: string) => Promise<HttpAgent> {
  return async (protocol) => {
    const agent =
      protocol === "http:" ? new (await import("node:http")).Agent({ keepAlive: true }) : new (await import("node:https")).Agent({ keepAlive: true, ...tls });
    const addRequest = (agent as unknown as { addRequest: (req: ClientRequest, options: unknown) => void }).addRequest.bind(agent);
    Object.assign(agent, {
      addRequest(req: ClientRequest, options: unknown) {
        const timer = setTimeout(() => req.destroy(new Error(`OTLP export did not finish within ${deadlineMs} ms`)), deadlineMs);
        timer.unref();
        req.once("close", () => clearTimeout(timer));
        addRequest(req, options);
      },
    });
    return agent;
  };
}

/** The TLS files of an OTLP exporter: root certificates, and a client certificate and key. */
export interface ExporterTls {
  readonly ca?: Buffer;
  readonly cert?: Buffer;
  readonly key?: Buffer;
}

/**
 * The TLS files the standard variables name for a signal (`OTEL_EXPORTER_OTLP_<SIGNAL>_CERTIFICATE`,
 * else `OTEL_EXPORTER_OTLP_CERTIFICATE`; likewise `CLIENT_CERTIFICATE` and `CLIENT_KEY`), as
 * the exporter itself reads them. A file that cannot be read is left out, as the exporter does.
 */
export function tlsFromEnvironment(signal: "TRACES" | "LOGS" | "METRICS", env: NodeJS.ProcessEnv): ExporterTls {
  const file = (name: string): Buffer | undefined => {
    const path = env[`OTEL_EXPORTER_OTLP_${signal}_${name}`]?.trim() || env[`OTEL_EXPORTER_OTLP_${name}`]?.trim();
    if (!path) return undefined;
    try {
      return readFileSync(path);
    } catch {
      return undefined;
    }
  };
  const out: { ca?: Buffer; cert?: Buffer; key?: Buffer } = {};
  const ca = file("CERTIFICATE");
  const cert = file("CLIENT_CERTIFICATE");
  const key = file("CLIENT_KEY");
  if (ca) out.ca = ca;
  if (cert) out.cert = cert;
  if (key) out.key = key;
  return out;
}

/** A target for the log: the URL's origin and path only (no credentials, no query). */
function describeTarget(target: string): string {
  if (target === "off" || target === "env") return target === "env" ? "from OTEL_EXPORTER_OTLP_* environment" : "off";
  const url = new URL(target);
  return `${url.origin}${url.pathname}`;
}

/** Span attributes whose strings the caller chose (the server, tool and decision id it sent). */
const CALLER_ATTRIBUTES = [ATTR.server, ATTR.virtualServer, ATTR.genAiTool, ATTR.decisionId] as const;

/**
 * Wraps the span exporter so that the strings a caller chose are masked as audit records mask
 * argument values (a secret sent as a tool name on a denied call, as a decision id) before a
 * span leaves the process. On the exporter's turn, not the RPC's: the first scan of a process
 * builds the detectors, which must not lengthen a decision. Names repeat, so after their
 * second sighting they cost a lookup (clean-strings.ts).
 *
 * @example
 * ```ts
 * new BatchSpanProcessor({ exporter: maskingSpanExporter(new OTLPTraceExporter(options)) });
 * ```
 */
export function maskingSpanExporter(inner: SpanExporter): SpanExporter {
  return {
    export(spans, done) {
      for (const span of spans) {
        // The span has ended: its attributes are ours to rewrite before they are encoded.
        const attributes = span.attributes as Record<string, unknown>;
        for (const key of CALLER_ATTRIBUTES) {
          const value = attributes[key];
          if (typeof value === "string") attributes[key] = maskText(value);
        }
      }
      inner.export(spans, done);
    },
    shutdown: () => inner.shutdown(),
    forceFlush: () => inner.forceFlush?.() ?? Promise.resolve(),
  };
}
