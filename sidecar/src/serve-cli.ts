/**
 * `portcullis serve`: checks the command line, then starts the sidecar and runs it until
 * SIGTERM or SIGINT (drain, exit 0) with SIGHUP reloading the policy.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { HELP } from "./cli-help.js";
import { EXIT, logLevelOption, parseCommand, telemetryOption, UsageError } from "./cli-usage.js";
import { parseVaultKey } from "./credentials/vault-key.js";
import { DEFAULT_DATA_DIR } from "./data-dir.js";
import { adoptEarlySignals } from "./early-signals.js";
import { checkAdminToken } from "./identity/admin-token.js";
import { hashToken } from "./identity/static-tokens.js";
import { createLogger } from "./logger.js";
import { DEFAULT_TRIM_INTERVAL_MS, startMemoryTrim } from "./memory-trim.js";
import type { AuditOptions, GuardrailWarmup, Sidecar } from "./server.js";
import { reloadOnSignal } from "./signal-reload.js";
import { startOrStop } from "./start-or-stop.js";
import { StopSignals } from "./stop-signals.js";
import type { ListenTarget } from "./transport/dual-protocol-listener.js";
import { DEFAULT_LISTEN, LISTENER_DEFAULTS as D, type ListenerLimits } from "./transport/listener-limits.js";
import { socketPathTooLong } from "./transport/socket-path.js";

/**
 * Runs `portcullis serve ARGS…` until SIGTERM or SIGINT; resolves to the exit code.
 *
 * @example
 * ```ts
 * process.exitCode = await runServe(["--policy", "examples/policy.yaml", "--listen", "127.0.0.1:7878"]);
 * ```
 */
export async function runServe(args: readonly string[]): Promise<number> {
  const { values } = parseCommand(optionalAuditStreamKey(args), {
    policy: { type: "string" },
    listen: { type: "string" },
    socket: { type: "string" },
    "allow-non-loopback": { type: "boolean" },
    "admin-token-file": { type: "string" },
    "no-watch": { type: "boolean" },
    "policy-settle": { type: "string" },
    "drain-timeout": { type: "string" },
    "log-level": { type: "string" },
    redis: { type: "string" },
    "redis-prefix": { type: "string" },
    "state-timeout": { type: "string" },
    "data-dir": { type: "string" },
    "vault-key-file": { type: "string" },
    "vault-previous-key-file": { type: "string", multiple: true },
    "scim-token-file": { type: "string" },
    "scim-subject": { type: "string" },
    "public-url": { type: "string" },
    "audit-dir": { type: "string" },
    "audit-mode": { type: "string" },
    "audit-key-file": { type: "string" },
    "audit-retention": { type: "string" },
    "audit-index": { type: "string" },
    "no-audit": { type: "boolean" },
    // KEY is optional: a bare --audit-stream reaches here as --audit-stream= (optionalAuditStreamKey).
    "audit-stream": { type: "string" },
    "no-lean-unary": { type: "boolean" },
    "guardrail-warmup": { type: "string" },
    "trim-interval": { type: "string" },
    "shadow-policy": { type: "string" },
    "otlp-endpoint": { type: "string" },
    "header-timeout": { type: "string" },
    "idle-timeout": { type: "string" },
    "request-timeout": { type: "string" },
    "max-connections": { type: "string" },
    "max-inflight-bytes": { type: "string" },
    "max-streams-per-connection": { type: "string" },
  });
  if (values.help) {
    console.log(HELP.serve);
    return EXIT.ok;
  }
  const policyFile = values.policy;
  if (!policyFile) throw new UsageError("serve needs --policy FILE");
  if (values.listen && values.socket) throw new UsageError("use either --listen or --socket, not both");
  const tooLong = values.socket === undefined ? undefined : socketPathTooLong(values.socket);
  if (tooLong) throw new UsageError(`--socket: ${tooLong}`);
  const listen: ListenTarget = values.socket ? { socketPath: values.socket } : parseListen(values.listen);
  const drainTimeoutMs = milliseconds("--drain-timeout", values["drain-timeout"], 10_000);
  const policySettleMs = milliseconds("--policy-settle", values["policy-settle"], 1000);
  const stateTimeoutMs = milliseconds("--state-timeout", values["state-timeout"], 250);
  const trimIntervalMs = milliseconds("--trim-interval", values["trim-interval"], DEFAULT_TRIM_INTERVAL_MS);
  const transport: ListenerLimits = {
    headerTimeoutMs: count("--header-timeout", values["header-timeout"], D.headerTimeoutMs),
    idleTimeoutMs: count("--idle-timeout", values["idle-timeout"], D.idleTimeoutMs),
    requestTimeoutMs: count("--request-timeout", values["request-timeout"], D.requestTimeoutMs),
    maxConnections: count("--max-connections", values["max-connections"], D.maxConnections),
    maxInflightBytes: bytes("--max-inflight-bytes", values["max-inflight-bytes"], D.maxInflightBytes),
    maxStreamsPerConnection: count("--max-streams-per-connection", values["max-streams-per-connection"], D.maxStreamsPerConnection),
  };
  if (values.redis !== undefined && !/^rediss?:\/\//.test(values.redis)) {
    throw new UsageError("--redis takes a redis:// or rediss:// URL, e.g. redis://127.0.0.1:6379");
  }
  const level = logLevelOption(values["log-level"]);
  let adminTokenSha256: string | undefined;
  if (values["admin-token-file"]) {
    const text = (await readFile(values["admin-token-file"], "utf8").catch(() => undefined))?.trim();
    if (text === undefined) throw new UsageError(`--admin-token-file: cannot read ${values["admin-token-file"]}`);
    const problem = checkAdminToken(text);
    if (problem) throw new UsageError(`--admin-token-file ${values["admin-token-file"]}: ${problem}`);
    adminTokenSha256 = hashToken(text);
  }
  let scimTokenSha256: string | undefined;
  if (values["scim-token-file"]) {
    const text = (await readFile(values["scim-token-file"], "utf8").catch(() => undefined))?.trim();
    if (text === undefined) throw new UsageError(`--scim-token-file: cannot read ${values["scim-token-file"]}`);
    const problem = checkAdminToken(text);
    if (problem) throw new UsageError(`--scim-token-file ${values["scim-token-file"]}: ${problem.replace("admin token", "SCIM token")}`);
    scimTokenSha256 = hashToken(text);
  }
  let vaultKey = process.env.PORTCULLIS_VAULT_KEY || undefined;
  let vaultKeySource = "PORTCULLIS_VAULT_KEY";
  if (values["vault-key-file"]) {
    vaultKey = (await readFile(values["vault-key-file"], "utf8").catch(() => undefined))?.trim();
    if (!vaultKey) throw new UsageError(`--vault-key-file: cannot read a key from ${values["vault-key-file"]}`);
    vaultKeySource = `--vault-key-file ${values["vault-key-file"]}`;
  }
  if (vaultKey !== undefined) {
    try {
      parseVaultKey(vaultKey);
    } catch (err) {
      throw new UsageError(`${vaultKeySource}: ${(err as Error).message}`);
    }
  }
  const vaultPreviousKeys: string[] = [];
  for (const [i, text] of (process.env.PORTCULLIS_VAULT_PREVIOUS_KEYS ?? "").split(",").entries()) {
    if (text.trim() === "") continue;
    try {
      parseVaultKey(text);
    } catch (err) {
      throw new UsageError(`PORTCULLIS_VAULT_PREVIOUS_KEYS (key ${i + 1}): ${(err as Error).message}`);
    }
    vaultPreviousKeys.push(text.trim());
  }
  for (const file of values["vault-previous-key-file"] ?? []) {
    const text = (await readFile(file, "utf8").catch(() => undefined))?.trim();
    if (!text) throw new UsageError(`--vault-previous-key-file: cannot read a key from ${file}`);
    try {
      parseVaultKey(text);
    } catch (err) {
      throw new UsageError(`--vault-previous-key-file ${file}: ${(err as Error).message}`);
    }
    vaultPreviousKeys.push(text);
  }
  if (vaultPreviousKeys.length > 0 && vaultKey === undefined) {
    throw new UsageError(
      "--vault-previous-key-file (or PORTCULLIS_VAULT_PREVIOUS_KEYS) needs the current key too: --vault-key-file FILE or PORTCULLIS_VAULT_KEY",
    );
  }
  const scimSubject = values["scim-subject"] ?? "userName";
  if (scimSubject !== "userName" && scimSubject !== "externalId") throw new UsageError(`--scim-subject takes userName or externalId, not '${scimSubject}'`);
  const publicUrl = values["public-url"];
  if (publicUrl !== undefined && !/^https?:\/\/[^/]+/.test(publicUrl)) {
    throw new UsageError("--public-url takes an http(s) URL, e.g. https://portcullis.example.com");
  }

  const auditMode = values["audit-mode"] ?? "async";
  if (auditMode !== "async" && auditMode !== "sync") throw new UsageError(`--audit-mode takes async or sync, not '${auditMode}'`);
  const auditIndex = values["audit-index"] ?? "background";
  if (auditIndex !== "background" && auditIndex !== "on-query") throw new UsageError(`--audit-index takes background or on-query, not '${auditIndex}'`);
  const auditStream = values["audit-stream"];
  if (
    values["no-audit"] &&
    (values["audit-dir"] || values["audit-mode"] || values["audit-key-file"] || values["audit-retention"] || values["audit-index"] || auditStream !== undefined)
  ) {
    throw new UsageError(
      `--no-audit turns the audit trail off${auditStream === undefined ? "" : " (and --audit-stream appends its records)"}; drop it, or drop the other --audit-* flags`,
    );
  }
  if (auditStream !== undefined && values.redis === undefined) {
    throw new UsageError("--audit-stream appends the audit records to a Redis Stream: it needs --redis URL (the Redis of the fleet)");
  }
  const audit: AuditOptions | undefined = values["no-audit"]
    ? undefined
    : {
        dir: values["audit-dir"] ?? join(values["data-dir"] ?? DEFAULT_DATA_DIR, "audit"),
        mode: auditMode,
        signingKeyFile: values["audit-key-file"],
        retention: values["audit-retention"] === undefined ? undefined : { maxAgeMs: days("--audit-retention", values["audit-retention"]) },
        index: auditIndex,
        // An empty KEY (a bare --audit-stream): `audit` under --redis-prefix.
        stream: auditStream === undefined ? undefined : { key: auditStream || undefined },
      };
  const telemetry = telemetryOption(values["otlp-endpoint"]);
  const guardrailWarmup = guardrailWarmupOption(values["guardrail-warmup"]);

  const logger = createLogger({ level });
  // Signal handlers go in before anything starts: a process without a handler dies at once
  // by the signal's default action, so a SIGTERM (or a terminal's SIGHUP) that arrives while
  // the sidecar is starting — or right after its "serving" line went out — would kill it
  // instead of draining it. The signals that came even earlier, while the CLI's modules
  // loaded and the command line was checked, the launcher recorded (early-signals.ts): they
  // are answered here as if they had just come.
  //
  // A stop requested before the sidecar began to start ends the command there: nothing has
  // opened, nothing needs draining (exit 0). One requested during the start waits for the start
  // at most --drain-timeout (the bound the operator gave shutdown), then exits without it.
  //
  // A SIGHUP before the sidecar serves cannot reload a policy not yet in force: it is logged
  // at once and answered once serving by one reload, whose verdict is logged as any SIGHUP's
  // (`policy unchanged` when the file still holds what the start read). Once a stop has been
  // requested, a SIGHUP is logged and left undone: the policy store is closing.
  //
  // The handlers stay for the whole run (`on`, not `once`): a repeated SIGTERM or SIGINT must
  // not kill the process by the default action halfway through its drain (the calls in flight
  // unanswered, the audit trail left unclosed); what repeats do is stop-signals.ts's.
  const stops = new StopSignals(logger);
  /** Reloads the policies: set once the sidecar serves. */
  let reload: (() => void) | undefined;
  /** SIGHUPs that came before the sidecar served, answered by one reload once it does. */
  let reloadsWhileStarting = 0;
  const stopping = (): boolean => stops.signal !== undefined;
  const onTerm = () => stops.receive("SIGTERM");
  const onInt = () => stops.receive("SIGINT");
  const onHup = () => {
    if (stopping()) logger.info({ signal: "SIGHUP" }, "policy not reloaded: the sidecar is shutting down");
    else if (reload) reload();
    else {
      reloadsWhileStarting++;
      logger.info({ signal: "SIGHUP" }, "reload requested while starting; the policy file is read again once the sidecar serves");
    }
  };
  process.on("SIGTERM", onTerm);
  process.on("SIGINT", onInt);
  process.on("SIGHUP", onHup);
  const answer: Record<string, () => void> = { SIGTERM: onTerm, SIGINT: onInt, SIGHUP: onHup };
  for (const signal of adoptEarlySignals()) answer[signal]?.();
  /** The exit of a command stopped before the sidecar began to start. */
  const notStarted = (): number => {
    logger.info({ signal: stops.signal }, "stop requested while starting; the sidecar had not started anything: exiting");
    dropReloads();
    logger.flush();
    return EXIT.ok;
  };
  /** Says that the reloads asked for while starting will not be done, the sidecar stopping. */
  const dropReloads = () => {
    if (reloadsWhileStarting > 0) logger.info({ signals: reloadsWhileStarting }, "policy not reloaded: the sidecar is shutting down");
    reloadsWhileStarting = 0;
  };
  const runSidecar = async (): Promise<number> => {
    if (stopping()) return notStarted();
    // The sidecar's modules load once the command line is known good (a usage error answers
    // at once), and after the signal handlers are in.
    const [{ startSidecar }, { formatPolicyError, PolicyLoadError }] = await Promise.all([import("./server.js"), import("./policy/index.js")]);
    if (stopping()) return notStarted();
    let sidecar: Sidecar;
    try {
      const starting = startSidecar({
        policyFile,
        listen,
        allowNonLoopback: values["allow-non-loopback"] ?? false,
        adminTokenSha256,
        watchPolicy: !values["no-watch"],
        policySettleMs,
        drainTimeoutMs,
        transport,
        leanUnary: !values["no-lean-unary"],
        guardrailWarmup,
        redisUrl: values.redis,
        redisPrefix: values["redis-prefix"],
        stateTimeoutMs,
        dataDir: values["data-dir"],
        vaultKey,
        vaultPreviousKeys,
        scimTokenSha256,
        scimSubject,
        publicUrl,
        audit,
        shadowPolicyFile: values["shadow-policy"],
        telemetry,
        logger,
      });
      const started = await startOrStop(starting, stops.requested, drainTimeoutMs, logger);
      if (started === undefined) {
        dropReloads();
        logger.flush();
        return EXIT.failure;
      }
      sidecar = started;
    } catch (err) {
      if (err instanceof PolicyLoadError) {
        for (const e of err.errors) console.error(formatPolicyError(e));
        logger.fatal({ errors: err.errors.length }, "policy invalid; not starting");
        logger.flush();
        return EXIT.invalidPolicy;
      }
      logger.fatal({ err: (err as Error).message }, "cannot start");
      logger.flush();
      return EXIT.failure;
    }

    const running = sidecar;
    const trim = startMemoryTrim({ intervalMs: trimIntervalMs, logger });
    reload = () => void reloadOnSignal(running, logger);
    if (stopping()) dropReloads();
    else if (reloadsWhileStarting > 0) {
      reloadsWhileStarting = 0;
      reload();
    }
    const signal = await stops.requested;
    logger.info({ signal }, "shutting down");
    trim.stop();
    stops.beginDrain(drainTimeoutMs);
    try {
      const { cutOff, auditClosed } = await running.close(stops.cutShort.signal);
      logger.flush();
      // An audit trail that did not close cleanly outranks cut-off calls: records were lost,
      // or the segment was left unsealed (both are logged at error level).
      if (!auditClosed) return EXIT.auditUnclosed;
      return cutOff > 0 ? EXIT.drainCutOff : EXIT.ok;
    } catch (err) {
      logger.error({ err: (err as Error).message }, "shutdown failed");
      logger.flush();
      return EXIT.failure;
    }
  };
  try {
    return await runSidecar();
  } finally {
    // In-process callers (tests, embedders of runCli) must not collect our handlers.
    process.off("SIGTERM", onTerm);
    process.off("SIGINT", onInt);
    process.off("SIGHUP", onHup);
  }
}

/**
 * `--audit-stream [KEY]`: node's parser has no optional values, so a bare `--audit-stream` —
 * the last argument, or followed by another option — becomes `--audit-stream=` (the default
 * key). `--audit-stream KEY` and `--audit-stream=KEY` name the key; serve takes no positional
 * arguments, so a word after it can only be its key.
 */
function optionalAuditStreamKey(args: readonly string[]): string[] {
  return args.map((arg, i) => (arg === "--audit-stream" && (i + 1 === args.length || args[i + 1]!.startsWith("-")) ? "--audit-stream=" : arg));
}

/** A retention period in whole days (`90d`, or a bare number of days). */
function days(flag: string, value: string): number {
  const match = /^(\d+)d?$/.exec(value);
  const n = match ? Number(match[1]) : NaN;
  if (!Number.isSafeInteger(n) || n < 1) throw new UsageError(`${flag} takes whole days, e.g. 90d, not '${value}'`);
  return n * 86_400_000;
}

function milliseconds(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const ms = Number(value);
  if (!Number.isInteger(ms) || ms < 0) throw new UsageError(`${flag} takes whole milliseconds, e.g. ${fallback}`);
  return ms;
}

/** A whole number of at least 1 (milliseconds or a count). */
function count(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1) throw new UsageError(`${flag} takes a whole number of at least 1, e.g. ${fallback}`);
  return n;
}

/** A byte size: a whole number of bytes, or with a KiB, MiB or GiB suffix. */
function bytes(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const match = /^(\d+)(KiB|MiB|GiB)?$/.exec(value);
  const n = match ? Number(match[1]) * 1024 ** ["", "KiB", "MiB", "GiB"].indexOf(match[2] ?? "") : NaN;
  if (!Number.isSafeInteger(n) || n < 1) throw new UsageError(`${flag} takes a size such as 67108864, 65536KiB or 64MiB, not '${value}'`);
  return n;
}

function parseListen(value: string | undefined): ListenTarget {
  if (value === undefined) return DEFAULT_LISTEN;
  const match = /^(?:\[([^\]]+)\]|([^:]+)):(\d{1,5})$/.exec(value);
  const port = Number(match?.[3]);
  if (!match || port > 65535) throw new UsageError(`--listen takes HOST:PORT (e.g. 127.0.0.1:7878 or [::1]:7878), not '${value}'`);
  return { host: (match[1] ?? match[2])!, port };
}

/** The environment variable that sets `--guardrail-warmup` where the command line does not. */
const WARMUP_ENV = "PORTCULLIS_GUARDRAIL_WARMUP";

/** `--guardrail-warmup`, else PORTCULLIS_GUARDRAIL_WARMUP, else `start`. */
function guardrailWarmupOption(flag: string | undefined): GuardrailWarmup {
  const [value, source] = flag !== undefined ? [flag, "--guardrail-warmup"] : [process.env[WARMUP_ENV] || "start", WARMUP_ENV];
  if (value !== "start" && value !== "first-scan") throw new UsageError(`${source} takes start or first-scan, not '${value}'`);
  return value;
}
