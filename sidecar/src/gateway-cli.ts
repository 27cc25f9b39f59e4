/**
 * `portcullis gateway --config FILE`: runs the governed MCP gateway until SIGTERM/SIGINT, with
 * SIGHUP reloading the policy.
 */
import { parseArgs } from "node:util";
import { EXIT, logLevelOption, telemetryOption, UsageError } from "./cli-usage.js";
import { adoptEarlySignals } from "./early-signals.js";
import {
  configChanges,
  DEFAULT_DRAIN_TIMEOUT_MS,
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
import { StopSignals } from "./stop-signals.js";

/** Help of `portcullis gateway`. */
export const GATEWAY_HELP = `Usage: portcullis gateway --config FILE [--drain-timeout MS] [--log-level LEVEL] [--otlp-endpoint URL]

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

--drain-timeout MS (default 10000, as serve's) bounds the drain of a shutdown: how long the
requests in flight may go on once SIGTERM/SIGINT came.

Probes: GET /healthz (200 while the process serves) and GET /readyz (503 until start-up has
finished, from the drain on, and while the sidecar cannot decide), unauthenticated; the body is
{"status":"SERVING"} or {"status":"NOT_SERVING"}, nothing more. The listener opens first: other
requests that come during start-up get 503 with Retry-After: 1.

Signals: SIGTERM/SIGINT drain the gateway: requests that arrive from then on get 503 with
Retry-After: 1 and a JSON-RPC error, on a connection that closes (a notification, such as a
client's cancellation of its call, is still taken, and a DELETE still ends its session); the
sessions' GET streams are ended cleanly so that their clients reconnect; the requests in flight go on
— their downstream calls, scans and audit records, a call's progress stream until its answer —
until they are answered or --drain-timeout passes. Those still in flight then are cut off (the
log says how many; their downstream calls fail, so their callers get an error answer), the
sessions are handed over, and the gateway exits. A repeated SIGTERM/SIGINT is logged and the
drain goes on; a third SIGINT cuts it short (exit 4). One during start-up waits for the start
at most --drain-timeout (then exit 3). SIGHUP reloads the policy (as serve does) and checks the
configuration file: its changes are logged, applied at the next start.
Exit codes: 0 after a clean shutdown, 1 invalid policy or configuration, 2 usage error,
3 cannot start, 4 the drain deadline (or a third SIGINT) cut off requests still in flight (the
log says how many), 5 the audit trail did not close cleanly: records lost, or its segment left
without a final checkpoint (the log says which; 5 wins over 4).`;

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
    options: {
      config: { type: "string" },
      "drain-timeout": { type: "string" },
      "log-level": { type: "string" },
      "otlp-endpoint": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
  });
  if (values.help) {
    console.log(GATEWAY_HELP);
    return 0;
  }
  if (!values.config) throw new UsageError("gateway needs --config FILE");
  const drainTimeoutMs = drainTimeoutOption(values["drain-timeout"]);
  const level = logLevelOption(values["log-level"]);
  const telemetry = telemetryOption(values["otlp-endpoint"]);
  const logger = createLogger({ level });
  const configFile = values.config;
  const stops = new StopSignals(logger);
  /** Answers a SIGHUP: set once the gateway serves. */
  let reload: (() => void) | undefined;
  /** SIGHUPs that came before the gateway served, answered by one reload once it does. */
  let reloadsWhileStarting = 0;
  // A stop that came while the CLI loaded (recorded by the launcher: early-signals.ts) ends the
  // command before it opens anything; one that comes while the gateway starts is logged at once
  // and honoured once the start has finished, or the start is given up after --drain-timeout
  // (exit 3). Repeats are answered as serve's (stop-signals.ts); the handlers stay for the
  // whole run, so that no repeat kills the process by the default action halfway through its
  // drain.
  // SIGHUP reloads the policy as it does for serve (and checks the configuration file, whose
  // changes need a restart). Without this handler its default action ended the gateway: a
  // config reloader's routine SIGHUP took every session down. One that comes while starting
  // is answered by one reload once the gateway serves; one that comes while stopping is logged.
  const onHup = () => {
    if (stops.signal !== undefined) logger.info({ signal: "SIGHUP" }, "policy not reloaded: the gateway is shutting down");
    else if (reload) reload();
    else {
      reloadsWhileStarting++;
      logger.info({ signal: "SIGHUP" }, "reload requested while starting; the policy file is read again once the gateway serves");
    }
  };
  const onTerm = () => stops.receive("SIGTERM");
  const onInt = () => stops.receive("SIGINT");
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
    if (stops.signal !== undefined) {
      logger.info({ signal: stops.signal }, "stop requested while starting; the gateway had not started anything: exiting");
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
      // A stop while starting waits for the start at most --drain-timeout, as serve's does: a
      // start that hangs (a stalled disk) must not swallow the stop.
      const started = await startOrStop(starting, stops.requested, drainTimeoutMs, logger);
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
    if (stops.signal !== undefined) dropReloads();
    else if (reloadsWhileStarting > 0) {
      reloadsWhileStarting = 0;
      reload();
    }
    const signal = await stops.requested;
    logger.info({ signal }, "gateway shutting down");
    trim.stop();
    stops.beginDrain(drainTimeoutMs);
    try {
      const { cutOff, auditClosed } = await gateway.close({ drainTimeoutMs, cutShort: stops.cutShort.signal });
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

/** `--drain-timeout MS`: whole milliseconds, 0 or more, as serve's; default 10000. */
function drainTimeoutOption(value: string | undefined): number {
  if (value === undefined) return DEFAULT_DRAIN_TIMEOUT_MS;
  const ms = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(ms))
    throw new UsageError(`--drain-timeout takes whole milliseconds, e.g. ${DEFAULT_DRAIN_TIMEOUT_MS}, not '${value}'`);
  return ms;
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
