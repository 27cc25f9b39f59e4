/**
 * The `portcullis` command line. Exit codes: 0 success, 1 invalid policy, 2 usage error,
 * 3 the sidecar could not start or failed while running, 4 shutdown cut off calls at the
 * drain deadline.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { ADMIN_HELP, runAdminCommand } from "./admin-cli.js";
import { AUDIT_HELP, runAuditCommand } from "./audit-cli.js";
import { UsageError } from "./cli-usage.js";
import { parseVaultKey } from "./credentials/index.js";
import { checkAdminToken, DEFAULT_DATA_DIR, hashToken } from "./identity/index.js";
import { createLogger } from "./logger.js";
import { formatPolicyError, loadPolicyFile, MAX_REPORTED_ERRORS, PolicyLoadError } from "./policy/index.js";
import { runPolicyReplay } from "./policy-replay-cli.js";
import { type AuditOptions, DEFAULT_LISTEN, startSidecar, type Sidecar } from "./server.js";
import { resolveTelemetryTargets } from "./telemetry/index.js";
import type { ListenTarget } from "./transport/dual-protocol-listener.js";
import { LISTENER_DEFAULTS, type ListenerLimits } from "./transport/listener-limits.js";

/** Exit codes of the CLI. */
export const EXIT = { ok: 0, invalidPolicy: 1, usage: 2, failure: 3, drainCutOff: 4 } as const;

const D = LISTENER_DEFAULTS;

const HELP = {
  main: `portcullis — governance sidecar for MCP tool calls

Usage:
  portcullis serve --policy FILE [--listen HOST:PORT | --socket PATH] [options]
  portcullis gateway --config FILE
  portcullis policy check FILE
  portcullis policy replay NEW_POLICY --audit-dir DIR [--since 30d]
  portcullis token issue|list|revoke|rotate … [--url URL] [--admin-token-file FILE]
  portcullis token hash < token.txt
  portcullis offboard SUBJECT [--reason TEXT]
  portcullis audit verify DIR [--public-key FILE] [--format text|json]
  portcullis audit query [--dir DIR] --since 30d [--server S] [--agent X] [--distinct agent] …

Commands:
  serve          run the sidecar (Connect, gRPC and gRPC-Web over h2c and HTTP/1.1)
  gateway        serve governed MCP servers (virtual servers of the policy) over Streamable HTTP
  policy check   validate a policy file; print errors as file:line:column
  policy replay  what a candidate policy would change over the recorded calls
  token          issue, list, revoke and rotate gateway tokens of a running sidecar
  token hash     print the SHA-256 of a token read from stdin, for a policy's tokenSha256
  offboard       revoke every token and credential of a subject, on every replica
  audit verify   check an audit directory's hash chain and signatures; name where it was tampered with
  audit query    search the local audit trail (who called what, when, with which decision)

Run 'portcullis <command> --help' for a command's options.

Exit codes: 0 success, 1 invalid policy, 2 usage error, 3 failure to start or run,
4 shutdown cut off calls at the drain deadline.`,
  serve: `Usage: portcullis serve --policy FILE [options]

Options:
  --policy FILE           policy YAML (required); reloaded when it changes
  --listen HOST:PORT      TCP address (default ${DEFAULT_LISTEN.host}:${DEFAULT_LISTEN.port}; port 0 picks one)
  --socket PATH           listen on a Unix domain socket (mode 0600) instead of TCP
  --allow-non-loopback    permit a --listen address other than loopback
  --admin-token-file FILE file holding the admin token (>= 32 bytes) for AdminService (without it, admin is off)
  --no-watch              do not reload the policy on file changes (SIGHUP and ReloadPolicy still do)
  --drain-timeout MS      how long shutdown waits for in-flight calls (default 10000)
  --header-timeout MS     close a connection whose first request has not fully arrived
                          this long after it connected, silent ones too (default ${D.headerTimeoutMs})
  --idle-timeout MS       close a connection with nothing in flight for this long (default ${D.idleTimeoutMs})
  --request-timeout MS    refuse a request whose body has not fully arrived this long after
                          its head, with DeadlineExceeded (default ${D.requestTimeoutMs})
  --max-connections N     most open connections; at the cap a new one replaces the longest
                          idle, or is closed when all are busy (default 1024, or 64 below
                          the open-file limit if lower: here ${D.maxConnections})
  --max-inflight-bytes B  most request-body bytes held across all calls in flight; beyond it
                          calls get ResourceExhausted (default 32MiB; KiB/MiB/GiB suffixes)
  --max-streams-per-connection N
                          concurrent HTTP/2 streams per connection; clients queue the rest
                          (default ${D.maxStreamsPerConnection})
  --redis URL             share limit state with a fleet through Redis (default: in memory)
  --redis-prefix PREFIX   Redis key prefix with its Cluster hash tag (default pcl:{portcullis}:)
  --state-timeout MS      deadline of one limit-state round trip (default 250)
  --data-dir DIR          where gateway tokens and the credential vault live (default ./portcullis-data;
                          with --redis, a fleet keeps them in Redis)
  --vault-key-file FILE   the credential vault's key (32 bytes, base64 or hex; or env PORTCULLIS_VAULT_KEY)
  --scim-token-file FILE  bearer token (>= 32 bytes) of the IdP's SCIM client; enables /scim/v2
  --scim-subject ATTR     which SCIM attribute names the subject: userName (default) or externalId
  --public-url URL        the sidecar's URL as a browser reaches it (OAuth connect links)
  --audit-dir DIR         where the audit trail is written (default DATA-DIR/audit; one sidecar per directory)
  --audit-mode MODE       async (default: a decision returns before its record is fsync'ed; flushed
                          every 5 ms, nothing lost on SIGTERM) or sync (the reply waits for the fsync)
  --audit-key-file FILE   the Ed25519 key that signs checkpoints (default DATA-DIR/audit-signing.key,
                          created at first start)
  --audit-retention DAYS  delete whole audit segments older than this (default: keep everything)
  --no-audit              record nothing (not recommended: decisions then leave no trail)
  --shadow-policy FILE    decide every call under FILE too and record where it disagrees with the
                          enforced policy (never enforced; reloaded like the policy)
  --otlp-endpoint URL     export spans, audit records and metrics over OTLP/HTTP (protobuf) to
                          URL, e.g. http://127.0.0.1:4318 (default: off, unless the standard
                          OTEL_EXPORTER_OTLP_ENDPOINT or OTEL_EXPORTER_OTLP_<SIGNAL>_ENDPOINT is set)
  --no-lean-unary         serve every call through the Connect framework (default: plain unary
                          Connect calls of the data plane take a leaner path with the same answers)
  --log-level LEVEL       fatal, error, warn, info (default), debug, trace, silent
  -h, --help              show this help

Signals: SIGTERM/SIGINT drain in-flight calls and exit 0; SIGHUP reloads the policy.
Exit codes: 0 after a clean shutdown, 1 invalid policy at start, 2 usage error, 3 cannot listen or crashed,
4 the drain deadline cut off calls still in flight (the log says how many).`,
  policy: `Usage: portcullis policy check FILE
       portcullis policy replay NEW_POLICY --audit-dir DIR [--since 30d] (see policy replay --help)

Validates FILE and prints every problem at once as FILE:LINE:COLUMN: PATH: MESSAGE,
warnings marked (warning). Exit codes: 0 valid (warnings may be printed), 1 invalid, 2 usage error.`,
  ...ADMIN_HELP,
  ...AUDIT_HELP,
} as const;

/**
 * Runs the CLI with `argv` (without node and script) and resolves to the exit code.
 * `serve` resolves only after the sidecar has shut down.
 *
 * @example
 * ```ts
 * process.exitCode = await main(["policy", "check", "examples/policy.yaml"]);
 * ```
 */
export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "serve":
        return await serve(rest);
      case "gateway":
        // Loaded on demand: the MCP SDK stays out of every other command's start-up.
        return await (await import("./gateway-cli.js")).runGateway(rest);
      case "policy":
        return rest[0] === "replay" ? await runPolicyReplay(rest.slice(1)) : await policy(rest);
      case "token":
        return await token(rest);
      case "offboard":
        return await runAdminCommand("offboard", rest);
      case "audit":
        return await runAuditCommand(rest);
      case undefined:
      case "-h":
      case "--help":
      case "help":
        console.log(HELP.main);
        return command === undefined ? EXIT.usage : EXIT.ok;
      case "--version":
        console.log("portcullis 0.1.0");
        return EXIT.ok;
      default:
        throw new UsageError(`unknown command '${command}'`);
    }
  } catch (err) {
    if (err instanceof UsageError || (err as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      console.error(`portcullis: ${(err as Error).message}\nRun 'portcullis --help' for usage.`);
      return EXIT.usage;
    }
    throw err;
  }
}

function parse<T extends NonNullable<ParseArgsConfig["options"]>>(args: readonly string[], options: T, allowPositionals = false) {
  return parseArgs({ args: [...args], options: { help: { type: "boolean", short: "h" }, ...options }, allowPositionals, strict: true });
}

async function serve(args: readonly string[]): Promise<number> {
  const { values } = parse(args, {
    policy: { type: "string" },
    listen: { type: "string" },
    socket: { type: "string" },
    "allow-non-loopback": { type: "boolean" },
    "admin-token-file": { type: "string" },
    "no-watch": { type: "boolean" },
    "drain-timeout": { type: "string" },
    "log-level": { type: "string" },
    redis: { type: "string" },
    "redis-prefix": { type: "string" },
    "state-timeout": { type: "string" },
    "data-dir": { type: "string" },
    "vault-key-file": { type: "string" },
    "scim-token-file": { type: "string" },
    "scim-subject": { type: "string" },
    "public-url": { type: "string" },
    "audit-dir": { type: "string" },
    "audit-mode": { type: "string" },
    "audit-key-file": { type: "string" },
    "audit-retention": { type: "string" },
    "no-audit": { type: "boolean" },
    "no-lean-unary": { type: "boolean" },
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
  const listen: ListenTarget = values.socket ? { socketPath: values.socket } : parseListen(values.listen);
  const drainTimeoutMs = milliseconds("--drain-timeout", values["drain-timeout"], 10_000);
  const stateTimeoutMs = milliseconds("--state-timeout", values["state-timeout"], 250);
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
  const level = values["log-level"] ?? "info";
  if (!["fatal", "error", "warn", "info", "debug", "trace", "silent"].includes(level)) {
    throw new UsageError(`--log-level: unknown level '${level}'`);
  }
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
  const scimSubject = values["scim-subject"] ?? "userName";
  if (scimSubject !== "userName" && scimSubject !== "externalId") throw new UsageError(`--scim-subject takes userName or externalId, not '${scimSubject}'`);
  const publicUrl = values["public-url"];
  if (publicUrl !== undefined && !/^https?:\/\/[^/]+/.test(publicUrl)) {
    throw new UsageError("--public-url takes an http(s) URL, e.g. https://portcullis.example.com");
  }

  const auditMode = values["audit-mode"] ?? "async";
  if (auditMode !== "async" && auditMode !== "sync") throw new UsageError(`--audit-mode takes async or sync, not '${auditMode}'`);
  if (values["no-audit"] && (values["audit-dir"] || values["audit-mode"] || values["audit-key-file"] || values["audit-retention"])) {
    throw new UsageError("--no-audit turns the audit trail off; drop it, or drop the other --audit-* flags");
  }
  const audit: AuditOptions | undefined = values["no-audit"]
    ? undefined
    : {
        dir: values["audit-dir"] ?? join(values["data-dir"] ?? DEFAULT_DATA_DIR, "audit"),
        mode: auditMode,
        signingKeyFile: values["audit-key-file"],
        retention: values["audit-retention"] === undefined ? undefined : { maxAgeMs: days("--audit-retention", values["audit-retention"]) },
      };
  const telemetry = { endpoint: values["otlp-endpoint"] };
  try {
    resolveTelemetryTargets(telemetry, process.env);
  } catch (err) {
    throw new UsageError(`${values["otlp-endpoint"] === undefined ? "" : "--otlp-endpoint: "}${(err as Error).message}`);
  }

  const logger = createLogger({ level: level as "info" });
  // Signal handlers go in before anything starts: a process without a handler dies at once
  // by the signal's default action, so a SIGTERM (or a terminal's SIGHUP) that arrives while
  // the sidecar is starting — or right after its "serving" line went out — would kill it
  // instead of draining it. A stop requested during start-up runs once it has started.
  let requestStop: (signal: string) => void;
  const stopRequested = new Promise<string>((resolve) => (requestStop = resolve));
  let reload: () => void = () => undefined;
  const onTerm = () => requestStop("SIGTERM");
  const onInt = () => requestStop("SIGINT");
  const onHup = () => reload();
  process.once("SIGTERM", onTerm);
  process.once("SIGINT", onInt);
  process.on("SIGHUP", onHup);
  const runServe = async (): Promise<number> => {
    let sidecar: Sidecar;
    try {
      sidecar = await startSidecar({
        policyFile,
        listen,
        allowNonLoopback: values["allow-non-loopback"] ?? false,
        adminTokenSha256,
        watchPolicy: !values["no-watch"],
        drainTimeoutMs,
        transport,
        leanUnary: !values["no-lean-unary"],
        redisUrl: values.redis,
        redisPrefix: values["redis-prefix"],
        stateTimeoutMs,
        dataDir: values["data-dir"],
        vaultKey,
        scimTokenSha256,
        scimSubject,
        publicUrl,
        audit,
        shadowPolicyFile: values["shadow-policy"],
        telemetry,
        logger,
      });
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
    reload = () => {
      void running.policies.reload("admin");
      void running.engine.shadow?.reload("admin");
    };
    const signal = await stopRequested;
    logger.info({ signal }, "shutting down");
    try {
      const { cutOff } = await running.close();
      logger.flush();
      return cutOff > 0 ? EXIT.drainCutOff : EXIT.ok;
    } catch (err) {
      logger.error({ err: (err as Error).message }, "shutdown failed");
      logger.flush();
      return EXIT.failure;
    }
  };
  try {
    return await runServe();
  } finally {
    // In-process callers (tests, embedders of runCli) must not collect our handlers.
    process.off("SIGTERM", onTerm);
    process.off("SIGINT", onInt);
    process.off("SIGHUP", onHup);
  }
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

async function policy(args: readonly string[]): Promise<number> {
  const { values, positionals } = parse(args, {}, true);
  if (values.help) {
    console.log(HELP.policy);
    return EXIT.ok;
  }
  const [sub, file, ...extra] = positionals;
  if (sub !== "check") throw new UsageError(sub === undefined ? "policy needs a subcommand: check or replay" : `unknown policy subcommand '${sub}'`);
  if (!file || extra.length > 0) throw new UsageError("policy check takes exactly one FILE");
  // No event loop to keep free here, so no worker thread.
  const result = await loadPolicyFile(file, { offThreadMinBytes: Infinity });
  const errors = result.ok ? [] : result.errors.map((e) => ({ ...e, text: formatPolicyError(e) }));
  const problems = [...errors, ...result.warnings.map((w) => ({ ...w, text: `${formatPolicyError(w)} (warning)` }))];
  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  for (const p of problems) console.error(p.text);
  const shown = result.warnings.length;
  const warnings = shown === 0 ? "" : shown > MAX_REPORTED_ERRORS ? `, over ${MAX_REPORTED_ERRORS} warnings` : `, ${plural(shown, "warning")}`;
  if (!result.ok) {
    console.error(`${file}: invalid (${plural(result.errorCount, "error")}${warnings})`);
    return EXIT.invalidPolicy;
  }
  console.log(`${file}: ok (revision ${result.policy.revision}${warnings})`);
  return EXIT.ok;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

async function token(args: readonly string[]): Promise<number> {
  if (args[0] !== "hash") {
    if (args[0] === undefined || args[0] === "-h" || args[0] === "--help") {
      console.log(HELP.token);
      return args[0] === undefined ? EXIT.usage : EXIT.ok;
    }
    return runAdminCommand("token", args);
  }
  const { values, positionals } = parse(args, {}, true);
  if (values.help) {
    console.log(HELP.token);
    return EXIT.ok;
  }
  if (positionals.length > 1) throw new UsageError("token hash takes no arguments; it reads the token from stdin");
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8").trim();
  if (text === "") {
    console.error("portcullis: no token on stdin");
    return EXIT.usage;
  }
  console.log(hashToken(text));
  return EXIT.ok;
}
