/**
 * `portcullis gateway --config FILE`: runs the governed MCP gateway until SIGTERM/SIGINT, with
 * SIGHUP reloading the policy.
 */
import { parseArgs } from "node:util";
import { EXIT, logLevelOption, telemetryOption, UsageError } from "./cli-usage.js";
import { adoptEarlySignals } from "./early-signals.js";
import {
  configChanges,
  GatewayConfigError,
  gatewaySidecarOptions,
  loadGatewayConfig,
  startGateway,
  type Gateway,
  type GatewayConfig,
} from "./gateway/index.js";
import { createLogger, type Logger } from "./logger.js";
import { DEFAULT_TRIM_INTERVAL_MS, startMemoryTrim } from "./memory-trim.js";
import { formatPolicyError, PolicyLoadError } from "./policy/index.js";
import { reloadOnSignal } from "./signal-reload.js";
import { startOrStop } from "./start-or-stop.js";

/** How long a stop requested while the gateway starts waits for the start (serve's default --drain-timeout). */
const START_GRACE_MS = 10_000;

/** Help of `portcullis gateway`. */
export const GATEWAY_HELP = `Usage: portcullis gateway --config FILE [--log-level LEVEL] [--otlp-endpoint URL]

Serves each virtual server of the policy, and each configured downstream server, as a
governed MCP server over Streamable HTTP at http://HOST:PORT/mcp/<name>, with Protected
Resource Metadata at /.well-known/oauth-protected-resource/mcp/<name>. Every call is decided
by the embedded sidecar (the policy's access rules, limits, guardrails and audit trail);
callers send their gateway token or IdP token as Authorization: Bearer.

Configuration (YAML; paths relative to the file):
  policy: policy.yaml              the policy (reloaded when it changes, and on SIGHUP)
  listen: 127.0.0.1:7879           loopback unless allowNonLoopback: true
  publicUrl: https://mcp.example   the URL clients use, when behind a proxy
  allowedOrigins: [https://app]    browser origins allowed besides the gateway's own
  timeoutMs: 30000                 deadline of one downstream call (per server: timeoutMs;
                                   connectTimeoutMs bounds a start, default max(timeoutMs, 10000))
  dataDir: ./portcullis-data       gateway tokens, credential vault (key: env PORTCULLIS_VAULT_KEY),
                                   the 2025-11-25 sessions handed over from one run to the next
  audit: { dir: ./audit, mode: async, index: background }   or false for no audit trail
                                        (index: on-query runs no index worker; see serve --help;
                                        stream: true, or a key, also appends the records to a
                                        Redis Stream, as serve --audit-stream: needs redis)
  redis: redis://127.0.0.1:6379    shared limit state for a fleet
  servers:
    everything: { command: npx, args: [mcp-server-everything], env: {} }
    web: { url: http://127.0.0.1:9000/mcp, headers: {} }

--otlp-endpoint URL exports the embedded sidecar's spans, audit records and metrics over
OTLP/HTTP (or set OTEL_EXPORTER_OTLP_ENDPOINT); a call's traceparent (its _meta, or the
HTTP header) is the parent of its spans, and its audit records carry the trace id.

Like serve, the gateway gives malloc's free pages back to the kernel every 10 s where the
native addon was built (see serve --help, --trim-interval).

Signals: SIGTERM/SIGINT stop the gateway (new requests 503, downstream calls in flight cut off
and answered, sessions handed over); a repeated one is logged; one during start-up waits for
the start at most 10 s (then exit 3). SIGHUP reloads the policy (as
serve does) and checks the configuration file: its changes are logged, applied at the next start.
Exit codes: 0 after a clean shutdown, 1 invalid policy or configuration, 2 usage error,
3 cannot start, 4 requests still unanswered 5 s into the shutdown had their connections closed
(the log says how many), 5 the audit trail did not close cleanly: records lost, or its segment
left without a final checkpoint (the log says which; 5 wins over 4).`;

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
  const configFile = values.config;
  let stop: (signal: string) => void = () => undefined;
  const stopRequested = new Promise<string>((resolve) => (stop = resolve));
  let stopSignal: string | undefined;
  /** Answers a SIGHUP: set once the gateway serves. */
  let reload: (() => void) | undefined;
  /** SIGHUPs that came before the gateway served, answered by one reload once it does. */
  let reloadsWhileStarting = 0;
  // A stop that came while the CLI loaded (recorded by the launcher: early-signals.ts) ends the
  // command before it opens anything; one that comes while the gateway starts is logged at once
  // and honoured once the start has finished, or the start is given up after START_GRACE_MS
  // (exit 3). Repeats are logged and change nothing: the gateway is already closing. The
  // handlers stay for the whole run, so that no repeat kills the process by the default action
  // halfway through its close.
  const onStop = (signal: string) => {
    if (stopSignal !== undefined) logger.info({ signal }, "stop already requested; the gateway is shutting down");
    else {
      stopSignal = signal;
      // While starting, startOrStop says it waits for the start.
      stop(signal);
    }
  };
  // SIGHUP reloads the policy as it does for serve (and checks the configuration file, whose
  // changes need a restart). Without this handler its default action ended the gateway: a
  // config reloader's routine SIGHUP took every session down. One that comes while starting
  // is answered by one reload once the gateway serves; one that comes while stopping is logged.
  const onHup = () => {
    if (stopSignal !== undefined) logger.info({ signal: "SIGHUP" }, "policy not reloaded: the gateway is shutting down");
    else if (reload) reload();
    else {
      reloadsWhileStarting++;
      logger.info({ signal: "SIGHUP" }, "reload requested while starting; the policy file is read again once the gateway serves");
    }
  };
  const onTerm = () => onStop("SIGTERM");
  const onInt = () => onStop("SIGINT");
  process.on("SIGTERM", onTerm);
  process.on("SIGINT", onInt);
  process.on("SIGHUP", onHup);
  const answer: Record<string, () => void> = { SIGTERM: onTerm, SIGINT: onInt, SIGHUP: onHup };
  for (const signal of adoptEarlySignals()) answer[signal]?.();
  /** Says that the reloads asked for while starting will not be done, the gateway stopping. */
  const dropReloads = () => {
    if (reloadsWhileStarting > 0) logger.info({ signals: reloadsWhileStarting }, "policy not reloaded: the gateway is shutting down");
    reloadsWhileStarting = 0;
  };
  try {
    if (stopSignal !== undefined) {
      logger.info({ signal: stopSignal }, "stop requested while starting; the gateway had not started anything: exiting");
      dropReloads();
      logger.flush();
      return EXIT.ok;
    }
    let gateway: Gateway;
    let config: GatewayConfig;
    try {
      const starting = (async () => {
        const loaded = await loadGatewayConfig(configFile);
        return { config: loaded, gateway: await startGateway({ config: loaded, logger, sidecar: gatewaySidecarOptions(loaded, telemetry) }) };
      })();
      // A stop while starting waits for the start at most START_GRACE_MS, as serve's waits
      // --drain-timeout: a start that hangs (a stalled disk) must not swallow the stop.
      const started = await startOrStop(starting, stopRequested, START_GRACE_MS, logger, `${START_GRACE_MS / 1000} s`);
      if (started === undefined) {
        dropReloads();
        logger.flush();
        return EXIT.failure;
      }
      ({ config, gateway } = started);
    } catch (err) {
      dropReloads();
      if (err instanceof GatewayConfigError || err instanceof PolicyLoadError) {
        for (const line of err instanceof PolicyLoadError ? err.errors.map(formatPolicyError) : err.problems) console.error(line);
        return EXIT.invalidPolicy;
      }
      logger.fatal({ err: (err as Error).message }, "gateway cannot start");
      logger.flush();
      return EXIT.failure;
    }
    // One line on stdout that scripts and tests can wait for.
    console.log(`portcullis gateway listening on ${gateway.url}`);
    const trim = startMemoryTrim({ intervalMs: DEFAULT_TRIM_INTERVAL_MS, logger });
    const running = gateway;
    const inForce = config;
    reload = () => {
      void reloadOnSignal(running.sidecar, logger);
      void checkConfig(inForce, logger);
    };
    if (stopSignal !== undefined) dropReloads();
    else if (reloadsWhileStarting > 0) {
      reloadsWhileStarting = 0;
      reload();
    }
    const signal = await stopRequested;
    logger.info({ signal }, "gateway shutting down");
    trim.stop();
    try {
      const { cutOff, auditClosed } = await gateway.close();
      logger.info({ cutOff, auditClosed }, "gateway stopped");
      logger.flush();
      // As serve: an audit trail that did not close cleanly (records lost, or the segment left
      // unsealed) outranks requests cut off unanswered; both are logged at error level.
      if (!auditClosed) return EXIT.auditUnclosed;
      return cutOff > 0 ? EXIT.drainCutOff : EXIT.ok;
    } catch (err) {
      logger.error({ err: (err as Error).message }, "shutdown failed");
      logger.flush();
      return EXIT.failure;
    }
  } finally {
    // In-process callers (tests, embedders of runCli) must not collect our handlers.
    process.off("SIGTERM", onTerm);
    process.off("SIGINT", onInt);
    process.off("SIGHUP", onHup);
  }
}

/**
 * Reads the configuration file again for a SIGHUP and logs what it found. A running gateway
 * cannot take a new listener, downstream set or data directory without dropping its sessions,
 * so nothing of it is applied: a valid file that differs is reported as waiting for a restart,
 * a bad one is reported with each problem's file:line (so it is fixed before the restart that
 * would refuse it). Never rejects.
 */
async function checkConfig(inForce: GatewayConfig, logger: Logger): Promise<void> {
  const file = inForce.file;
  try {
    const next = await loadGatewayConfig(file);
    const changed = configChanges(inForce, next);
    if (changed.length === 0) logger.info({ trigger: "signal", file }, "gateway configuration unchanged");
    else
      logger.warn(
        { trigger: "signal", file, changed },
        `gateway configuration changed (${changed.join(", ")}); not applied: a running gateway reloads only its policy, the rest takes effect at the next start`,
      );
  } catch (err) {
    const errors = err instanceof GatewayConfigError ? err.problems : [`${file}: ${(err as Error).message}`];
    logger.error(
      { trigger: "signal", file, errors },
      "gateway configuration rejected; the configuration in force stays in force (the next start would refuse it)",
    );
  }
}
