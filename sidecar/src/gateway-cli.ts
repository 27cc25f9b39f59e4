/**
 * `portcullis gateway --config FILE`: runs the governed MCP gateway until SIGTERM/SIGINT.
 */
import { parseArgs } from "node:util";
import { logLevelOption, telemetryOption, UsageError } from "./cli-usage.js";
import { adoptEarlySignals } from "./early-signals.js";
import { GatewayConfigError, gatewaySidecarOptions, loadGatewayConfig, startGateway, type Gateway } from "./gateway/index.js";
import { createLogger } from "./logger.js";
import { DEFAULT_TRIM_INTERVAL_MS, startMemoryTrim } from "./memory-trim.js";
import { formatPolicyError, PolicyLoadError } from "./policy/index.js";

/** Help of `portcullis gateway`. */
export const GATEWAY_HELP = `Usage: portcullis gateway --config FILE [--log-level LEVEL] [--otlp-endpoint URL]

Serves each virtual server of the policy, and each configured downstream server, as a
governed MCP server over Streamable HTTP at http://HOST:PORT/mcp/<name>, with Protected
Resource Metadata at /.well-known/oauth-protected-resource/mcp/<name>. Every call is decided
by the embedded sidecar (the policy's access rules, limits, guardrails and audit trail);
callers send their gateway token or IdP token as Authorization: Bearer.

Configuration (YAML; paths relative to the file):
  policy: policy.yaml              the policy (reloaded when it changes)
  listen: 127.0.0.1:7879           loopback unless allowNonLoopback: true
  publicUrl: https://mcp.example   the URL clients use, when behind a proxy
  allowedOrigins: [https://app]    browser origins allowed besides the gateway's own
  timeoutMs: 30000                 deadline of one downstream call (per server: timeoutMs;
                                   connectTimeoutMs bounds a start, default max(timeoutMs, 10000))
  dataDir: ./portcullis-data       gateway tokens, credential vault (key: env PORTCULLIS_VAULT_KEY),
                                   the 2025-11-25 sessions handed over from one run to the next
  audit: { dir: ./audit, mode: async, index: background }   or false for no audit trail
                                        (index: on-query runs no index worker; see serve --help)
  redis: redis://127.0.0.1:6379    shared limit state for a fleet
  servers:
    everything: { command: npx, args: [mcp-server-everything], env: {} }
    web: { url: http://127.0.0.1:9000/mcp, headers: {} }

--otlp-endpoint URL exports the embedded sidecar's spans, audit records and metrics over
OTLP/HTTP (or set OTEL_EXPORTER_OTLP_ENDPOINT); a call's traceparent (its _meta, or the
HTTP header) is the parent of its spans, and its audit records carry the trace id.

Like serve, the gateway gives malloc's free pages back to the kernel every 10 s where the
native addon was built (see serve --help, --trim-interval).

Exit codes: 0 after a clean shutdown, 1 invalid policy or configuration, 2 usage error,
3 cannot start.`;

/**
 * Runs `portcullis gateway` and resolves to the exit code once the gateway has stopped.
 *
 * @example
 * ```ts
 * process.exitCode = await runGateway(["--config", "examples/gateway.yaml"]);
 * ```
 */
export async function runGateway(args: readonly string[]): Promise<number> {
  const { values } = parseArgs({
    args: [...args],
    options: { config: { type: "string" }, "log-level": { type: "string" }, "otlp-endpoint": { type: "string" }, help: { type: "boolean", short: "h" } },
    strict: true,
  });
  if (values.help) {
    console.log(GATEWAY_HELP);
    return 0;
  }
  if (!values.config) throw new UsageError("gateway needs --config FILE");
  const level = logLevelOption(values["log-level"]);
  const telemetry = telemetryOption(values["otlp-endpoint"]);
  const logger = createLogger({ level });
  let stop: (signal: string) => void = () => undefined;
  const stopRequested = new Promise<string>((resolve) => (stop = resolve));
  let stopSignal: string | undefined;
  let phase: "loading" | "starting" | "started" = "loading";
  // A stop that came while the CLI loaded (recorded by the launcher: early-signals.ts), or
  // while the gateway starts, is logged at once and honoured once the start has finished; one
  // that came before the start began ends the command before it opens anything. Repeats are
  // logged and change nothing: the gateway is already closing.
  const onStop = (signal: string) => {
    if (stopSignal !== undefined) logger.info({ signal }, "stop already requested; the gateway is shutting down");
    else {
      stopSignal = signal;
      if (phase === "starting") logger.info({ signal }, "stop requested while starting; the gateway shuts down once its start has finished");
      stop(signal);
    }
  };
  const onTerm = () => onStop("SIGTERM");
  const onInt = () => onStop("SIGINT");
  process.on("SIGTERM", onTerm);
  process.on("SIGINT", onInt);
  for (const signal of adoptEarlySignals()) if (signal === "SIGTERM" || signal === "SIGINT") onStop(signal);
  try {
    if (stopSignal !== undefined) {
      logger.info({ signal: stopSignal }, "stop requested while starting; the gateway had not started anything: exiting");
      logger.flush();
      return 0;
    }
    phase = "starting";
    let gateway: Gateway;
    try {
      const config = await loadGatewayConfig(values.config);
      gateway = await startGateway({ config, logger, sidecar: gatewaySidecarOptions(config, telemetry) });
    } catch (err) {
      if (err instanceof GatewayConfigError || err instanceof PolicyLoadError) {
        for (const line of err instanceof PolicyLoadError ? err.errors.map(formatPolicyError) : err.problems) console.error(line);
        return 1;
      }
      logger.fatal({ err: (err as Error).message }, "gateway cannot start");
      logger.flush();
      return 3;
    }
    phase = "started";
    // One line on stdout that scripts and tests can wait for.
    console.log(`portcullis gateway listening on ${gateway.url}`);
    const trim = startMemoryTrim({ intervalMs: DEFAULT_TRIM_INTERVAL_MS, logger });
    const signal = await stopRequested;
    logger.info({ signal }, "gateway shutting down");
    trim.stop();
    await gateway.close();
    logger.flush();
    return 0;
  } finally {
    process.off("SIGTERM", onTerm);
    process.off("SIGINT", onInt);
  }
}
