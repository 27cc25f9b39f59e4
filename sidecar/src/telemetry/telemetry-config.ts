/**
 * Whether telemetry is on and where each signal goes — without loading the OpenTelemetry SDK,
 * which costs start-up time that a sidecar with telemetry off should not pay.
 */
import type { Logger } from "../logger.js";
import type { Telemetry } from "./telemetry.js";

/** Options of {@link openTelemetry}. Every number has an `OTEL_*` environment fallback. */
export interface TelemetryOptions {
  /**
   * OTLP/HTTP base URL, e.g. `http://127.0.0.1:4318`; signals go to `/v1/traces`,
   * `/v1/logs` and `/v1/metrics` under it. Without it, the standard
   * `OTEL_EXPORTER_OTLP_ENDPOINT` (or a per-signal `OTEL_EXPORTER_OTLP_<SIGNAL>_ENDPOINT`)
   * turns telemetry on; with neither, telemetry is off.
   */
  readonly endpoint?: string | undefined;
  /** `service.name` (default `portcullis`, or `OTEL_SERVICE_NAME`). */
  readonly serviceName?: string;
  /** Most spans, and separately most log records, waiting for export; more are dropped and counted (default 2048). */
  readonly maxQueueSize?: number;
  /** How often batches of spans and log records go out (default 1000 ms, or `OTEL_BSP_SCHEDULE_DELAY` / `OTEL_BLRP_SCHEDULE_DELAY`). */
  readonly exportDelayMs?: number;
  /** How often metrics go out (default 60000 ms, or `OTEL_METRIC_EXPORT_INTERVAL`). */
  readonly metricIntervalMs?: number;
  /** Deadline of one export request, retries included (default 5000 ms, or `OTEL_EXPORTER_OTLP_TIMEOUT`). */
  readonly exportTimeoutMs?: number;
  /** How long shutdown waits for the last exports before giving up on them (default 2000 ms). */
  readonly shutdownTimeoutMs?: number;
  /** Where "telemetry on" and rate-limited drop warnings go. */
  readonly logger?: Logger | undefined;
}

/** Where each signal goes: a URL, `env` (the exporter reads the OTEL_* variables), or off. */
export interface TelemetryTargets {
  readonly traces: string | "env" | "off";
  readonly logs: string | "env" | "off";
  readonly metrics: string | "env" | "off";
}

const SIGNALS = [
  ["traces", "TRACES"],
  ["logs", "LOGS"],
  ["metrics", "METRICS"],
] as const;

/**
 * Decides from the options and the environment whether telemetry is on and where each signal
 * goes; undefined when it is off. Throws for a malformed endpoint or an unsupported protocol.
 *
 * @example
 * ```ts
 * resolveTelemetryTargets({ endpoint: "http://127.0.0.1:4318" }, {});
 * // { traces: "http://127.0.0.1:4318/v1/traces", logs: …, metrics: … }
 * ```
 */
export function resolveTelemetryTargets(options: Pick<TelemetryOptions, "endpoint">, env: NodeJS.ProcessEnv): TelemetryTargets | undefined {
  for (const name of ["OTEL_EXPORTER_OTLP_PROTOCOL", ...SIGNALS.map(([, s]) => `OTEL_EXPORTER_OTLP_${s}_PROTOCOL`)]) {
    const protocol = env[name]?.trim();
    if (protocol && protocol !== "http/protobuf") {
      throw new Error(`${name}=${protocol} is not supported: portcullis exports OTLP over HTTP with protobuf; set it to http/protobuf or unset it`);
    }
  }
  const off = (signal: string) => env[`OTEL_${signal}_EXPORTER`]?.trim() === "none";
  if (options.endpoint !== undefined) {
    const base = parseEndpoint(options.endpoint);
    const at = (path: string) => new URL(path, base).href;
    return {
      traces: off("TRACES") ? "off" : at("v1/traces"),
      logs: off("LOGS") ? "off" : at("v1/logs"),
      metrics: off("METRICS") ? "off" : at("v1/metrics"),
    };
  }
  if (env.OTEL_SDK_DISABLED?.trim().toLowerCase() === "true") return undefined;
  const general = Boolean(env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim());
  const target = (signal: string) => (off(signal) || !(general || env[`OTEL_EXPORTER_OTLP_${signal}_ENDPOINT`]?.trim()) ? "off" : "env");
  const targets = { traces: target("TRACES"), logs: target("LOGS"), metrics: target("METRICS") };
  return targets.traces === "off" && targets.logs === "off" && targets.metrics === "off" ? undefined : targets;
}

function parseEndpoint(endpoint: string): URL {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw new Error(`the OTLP endpoint must be an http(s) URL such as http://127.0.0.1:4318, not '${endpoint}'`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new Error(`the OTLP endpoint must be an http(s) URL such as http://127.0.0.1:4318; '${url.protocol}' is not supported`);
  }
  // A base URL with a path keeps it: http://collector/otlp → http://collector/otlp/v1/traces.
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  return url;
}

/** Histogram boundaries of RPC latency in ms: fine below a millisecond, where decisions live. */
export const LATENCY_BUCKETS_MS = [0.05, 0.1, 0.2, 0.3, 0.5, 0.75, 1, 1.5, 2, 3, 5, 7.5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000];

/**
 * Starts telemetry when an endpoint is configured (see {@link TelemetryOptions.endpoint}),
 * loading the SDK only then; resolves to undefined when telemetry is off. Throws for a
 * malformed endpoint or an unsupported protocol.
 *
 * @example
 * ```ts
 * const telemetry = await openTelemetry({ endpoint: "http://127.0.0.1:4318", logger });
 * // … serve …
 * await telemetry?.shutdown();
 * ```
 */
export async function openTelemetry(options: TelemetryOptions = {}, env: NodeJS.ProcessEnv = process.env): Promise<Telemetry | undefined> {
  const targets = resolveTelemetryTargets(options, env);
  if (!targets) return undefined;
  const { Telemetry } = await import("./telemetry.js");
  return new Telemetry(targets, options, env);
}
