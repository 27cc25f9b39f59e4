/**
 * The sidecar: policy store + Connect router (Connect, gRPC, gRPC-Web) + listener.
 */
import { createContextKey, createContextValues, type ConnectRouter, type ConnectRouterOptions, type HandlerContext } from "@connectrpc/connect";
import { connectNodeAdapter } from "@connectrpc/connect-node";
import { AdminService, AuthorizeRequestSchema, GovernanceService, Health } from "@portcullis/sdk/gen";
import { mkdir } from "node:fs/promises";
import { AuditLog, connectAccountRecord, offboardRecord, type AuditDurability, type AuditHealth } from "./audit/index.js";
import { AuditTrail } from "./audit/audit-trail.js";
import { lockAuditDir, type DirLock } from "./audit/dir-lock.js";
import type { RetentionPolicy } from "./audit/retention.js";
import { AuditIndexer } from "./audit/query/index.js";
import type { ShadowPolicy } from "./audit/replay/index.js";
import { openCredentials, parseVaultKey, type Credentials, type CredentialsOptions } from "./credentials/index.js";
import { DecisionEngine } from "./decision/index.js";
import { GuardrailScanner } from "./guardrails/index.js";
import { Identity, OidcVerifier, openGatewayIdentity, ScimUsers, type GatewayIdentity, type ScimSubjectAttribute } from "./identity/index.js";
import { droppedStateLog, Limiter, LimitStateWatch, MemoryStateStore, RedisStateStore, type StateStore } from "./limits/index.js";
import { createLogger, type Logger } from "./logger.js";
import { RepeatedLines } from "./repeated-lines.js";
import { formatPolicyError, PolicyStore, type WatchEvent } from "./policy/index.js";
// Only the options: the spans, the audit sink and the OpenTelemetry API (~60 modules) load
// when telemetry is on (see openSidecarCore).
import { openTelemetry, resolveTelemetryTargets, type TelemetryOptions } from "./telemetry/telemetry-config.js";
import type { Telemetry } from "./telemetry/telemetry.js";
// Small: ioredis loads only when a stream is opened (ioredis-on-demand.ts).
import { AUDIT_STREAM_CLOSE_GRACE_MS, openAuditStream, type AuditStream } from "./telemetry/audit-stream.js";
import { adminAuditInterceptor } from "./services/admin-audit-interceptor.js";
import { adminService, governanceService, healthService, reclassifyCallerFaults, REQUEST_LIMITS, requestGate, type ServingState } from "./services/index.js";
import { DualProtocolListener, type DrainOutcome, type ListenTarget } from "./transport/dual-protocol-listener.js";
import { DEFAULT_LISTEN, type ListenerLimits } from "./transport/listener-limits.js";

export { DEFAULT_LISTEN };
import { isLoopbackHost } from "./transport/loopback-host.js";
import { httpFallback, scimRoute, type HttpRoute } from "./http/index.js";
import { arrivedAt } from "./transport/buffered-body.js";
import { withSpecGrpcMessage } from "./transport/grpc-message-encoding.js";
import { cutDeadlineHeaders, expiredOnArrival, expiredOnArrivalHeader } from "./transport/deadline-headers.js";
import { createLeanUnaryHandler } from "./transport/lean-unary-handler.js";
import { withStrictUtf8 } from "./transport/strict-utf8.js";
import { createUnaryInvoker } from "./transport/unary-invoker.js";

/**
 * Set on calls whose head reached the listener before the drain began: the listener hands a
 * call to the router only once its body is in, which may be during the drain, and such a
 * call is in flight, not new — the gate lets it through.
 */
const ADMITTED_BEFORE_DRAIN = createContextKey(false, { description: "head arrived before the drain" });

/** Options of {@link startSidecar}. */
export interface SidecarOptions {
  /** Path of the policy YAML. */
  readonly policyFile: string;
  /** TCP host and port, or a Unix socket path. Defaults to 127.0.0.1:7878. */
  readonly listen?: ListenTarget;
  /** Permit a non-loopback TCP address (the data plane carries tokens in clear). */
  readonly allowNonLoopback?: boolean;
  /** SHA-256 (hex) of the admin token; without it the admin plane refuses every call. */
  readonly adminTokenSha256?: string;
  /** Reload the policy when its file changes (default true). */
  readonly watchPolicy?: boolean;
  /**
   * How long a changed policy file must stay unchanged before the watcher loads it (default
   * 1000 ms), so that a file still being written never replaces the policy in force.
   */
  readonly policySettleMs?: number;
  /** How long shutdown waits for in-flight calls (default 10 s). */
  readonly drainTimeoutMs?: number;
  /** Timeouts, the connection cap and the request-byte budget of the listener. */
  readonly transport?: ListenerLimits;
  /** Serve hot unary Connect calls without the framework's per-request machinery (default true; see lean-unary-handler.ts). */
  readonly leanUnary?: boolean;
  /** Shared limit state for a fleet, e.g. `redis://127.0.0.1:6379`; in memory when absent. */
  readonly redisUrl?: string;
  /** Redis key prefix with its Cluster hash tag (default `pcl:{portcullis}:`). */
  readonly redisPrefix?: string;
  /**
   * How long one decision may wait on shared state in Redis, all its waits together — a
   * gateway token not yet in memory, then its limits (default 250 ms); past it, the caller is
   * refused (token) or the limits' fail modes apply.
   */
  readonly stateTimeoutMs?: number;
  /** At most one log line per this many milliseconds summarises fail-open decisions (default 10 s). */
  readonly failOpenSummaryMs?: number;
  /**
   * Where the sidecar keeps its own state on disk: gateway tokens and the credential vault
   * (default `./portcullis-data`). With `redisUrl`, a fleet keeps them in Redis instead.
   */
  readonly dataDir?: string;
  /** The vault's key-encryption key (32 bytes, base64 or hex); without it the vault is off. */
  readonly vaultKey?: string;
  /** Vault keys rotated from: records sealed under them are read and re-sealed under `vaultKey`. */
  readonly vaultPreviousKeys?: readonly string[];
  /** SHA-256 (hex) of the bearer token the IdP's SCIM client sends; without it SCIM is off. */
  readonly scimTokenSha256?: string;
  /** Which SCIM attribute names a user's subject (default `userName`). */
  readonly scimSubject?: ScimSubjectAttribute;
  /**
   * The sidecar's URL as a user's browser reaches it, for OAuth connect links and redirect
   * URIs (default: the listen address).
   */
  readonly publicUrl?: string;
  /**
   * The retry schedule of OAuth revocations a provider did not confirm (default: every 5 s a
   * look for due ones; 5 s doubling to 15 min between attempts; given up after 3 days).
   */
  readonly revocationRetry?: CredentialsOptions["revocationRetry"];
  /** How long offboarding and DeleteCredential wait for the providers before answering, in ms (default 10 000). */
  readonly revocationWaitMs?: number;
  /**
   * The audit trail: where records go and how durably. Absent: nothing is recorded (the
   * `portcullis serve` CLI records to `<data-dir>/audit` unless told `--no-audit`).
   */
  readonly audit?: AuditOptions;
  /**
   * A candidate policy decided beside the enforced one on every Authorize: disagreements are
   * recorded in the audit trail (`shadow`), never enforced. Hot-reloaded like the policy.
   */
  readonly shadowPolicyFile?: string;
  /**
   * OpenTelemetry export (spans per RPC, audit log records, metrics); on when it names an
   * endpoint or the OTEL_EXPORTER_OTLP_* environment does. Off when absent.
   */
  readonly telemetry?: TelemetryOptions;
  readonly logger?: Logger;
  /**
   * When the guardrails' detectors are built (~0.7–1 s of CPU and ~35 MB, most of it the
   * injection signals' compiled patterns): `start` (default), before the sidecar serves, so
   * that the first ScanResponse does not wait for them; `first-scan`, with the first
   * ScanResponse — a faster start, and nothing built in a sidecar that never scans (one that
   * only decides calls, a short-lived one in CI), for a first scan that waits that long.
   */
  readonly guardrailWarmup?: GuardrailWarmup;
  /**
   * The guardrail scanner to use (e.g. one already warming with `start()`, or shared with
   * other code of the process). From here the sidecar owns it and closes it, on a failed start
   * too. Default: a new one, whose worker pool starts with the first large response.
   */
  readonly scanner?: GuardrailScanner;
}

/** When the guardrails' detectors are built: before the sidecar serves, or with its first scan. */
export type GuardrailWarmup = "start" | "first-scan";

/** Where and how the sidecar records its decisions. */
export interface AuditOptions {
  /** The audit directory (one sidecar per directory). */
  readonly dir: string;
  /** `async` (default): a decision returns before its record is fsync'ed; `sync`: after. */
  readonly mode?: AuditDurability;
  /** The Ed25519 signing key file (default: beside the directory, created at first start). */
  readonly signingKeyFile?: string;
  /** Deletes whole closed segments past this age or total size. */
  readonly retention?: RetentionPolicy;
  /**
   * How long after start the query index begins following the segments on its worker thread
   * (default 10,000 ms; 0: at once). Deferred so that a starting sidecar spends its first
   * seconds serving rather than loading the indexer (~0.25 s of CPU and ~14 MB), and a
   * sidecar stopped within them never pays for it; a query in the meantime catches up itself.
   */
  readonly indexDelayMs?: number;
  /**
   * `background` (default): the query index follows the trail in bursts — every
   * {@link INDEX_BURST_MS} a worker thread catches it up and exits — so a query over months of
   * records finds it at most that far behind. `on-query`: no worker; each query first indexes
   * what was appended since the last one (slower the longer since). A worker that stayed up
   * between catch-ups held an isolate with SQLite's cache: ~19 MB of a sidecar's RSS after a
   * minute at 1,000 calls/s (BENCHMARKS.md, floor, nineteenth session).
   */
  readonly index?: "background" | "on-query";
  /**
   * What the error says to do when another live process holds the directory: how the
   * caller's command names another one (default `pass --audit-dir or --data-dir`, `serve`'s flags).
   */
  readonly inUseHint?: string;
  /**
   * Also append each committed record to a capped Redis Stream on {@link SidecarOptions.redisUrl}
   * (required then), so a fleet's records meet in one place: `key` defaults to
   * `<redisPrefix>audit` (`pcl:{portcullis}:audit`), `maxLen` to about 1,000,000 entries.
   * Argument values stay in the local trail (the entry carries their names). Best effort:
   * records Redis does not take are dropped and counted (`portcullis.audit.stream.dropped`).
   */
  readonly stream?: { readonly key?: string | undefined; readonly maxLen?: number | undefined };
}

/** Default of {@link SidecarOptions.redisPrefix}. */
const DEFAULT_REDIS_PREFIX = "pcl:{portcullis}:";

/**
 * The key of the audit stream: the one given, else `audit` under the Redis prefix (with its
 * Cluster hash tag, like every other key of the deployment).
 *
 * @example
 * ```ts
 * auditStreamKey(undefined, undefined); // "pcl:{portcullis}:audit"
 * ```
 */
export function auditStreamKey(key: string | undefined, redisPrefix: string | undefined): string {
  return key ?? `${redisPrefix ?? DEFAULT_REDIS_PREFIX}audit`;
}

/** Default of {@link AuditOptions.indexDelayMs}. */
const INDEX_DELAY_MS = 10_000;

/**
 * Pause between two catch-ups of the background audit index, each on a thread that exits
 * when done. A query catches up itself first, so this bounds its extra work (~30,000 records
 * at 1,000 calls/s), not what it finds; a thread start each time is ~0.1–0.25 s of CPU at the
 * lowest priority, ~1 % of a core at this interval.
 */
const INDEX_BURST_MS = 30_000;

/** A running sidecar. */
export interface Sidecar {
  /** `host:port` or the socket path. */
  readonly address: string;
  /** A base URL for TCP clients (`http://host:port`); undefined on a Unix socket. */
  readonly baseUrl: string | undefined;
  readonly policies: PolicyStore;
  readonly engine: DecisionEngine;
  readonly logger: Logger;
  /** The credential vault, its providers and offboarding. */
  readonly credentials: Credentials;
  /** OpenTelemetry export, when on. */
  readonly telemetry: Telemetry | undefined;
  /**
   * Drains in-flight calls and stops; resolves with the number of calls cut off at the
   * drain deadline and whether the audit trail closed cleanly. Safe to call more than once.
   * `cutShort`, once aborted, brings the drain deadline forward to that moment (the calls
   * still in flight are cut off and counted).
   */
  close(cutShort?: AbortSignal): Promise<SidecarStopOutcome>;
}

/** How a sidecar stopped: the drain, and the audit trail. */
export interface SidecarStopOutcome extends DrainOutcome {
  /**
   * False when the audit trail did not close cleanly: records could not be written by the
   * deadline, or its open segment could not get its final checkpoint (logged at error level,
   * `audit trail did not close cleanly`). True without an audit trail.
   */
  readonly auditClosed: boolean;
}

/**
 * Creates the routes of the sidecar, for the listener or for an in-memory transport
 * (see {@link openSidecarCore} and `startEmbedded`).
 *
 * @example
 * ```ts
 * connectNodeAdapter({ routes: sidecarRoutes({ policies, engine, scanner, logger, serving, credentials }) });
 * ```
 */
export function sidecarRoutes(deps: {
  policies: PolicyStore;
  engine: DecisionEngine;
  scanner: GuardrailScanner;
  logger: Logger;
  serving: ServingState;
  gateway?: GatewayIdentity | undefined;
  credentials: Credentials;
  auditDir?: string | undefined;
  auditLog?: { settledWrites(): Promise<void> } | undefined;
  /** Per-call lines (denies, refused credentials, blocked responses) written once a window with a count. */
  repeatedLines?: RepeatedLines | undefined;
}): (router: ConnectRouter) => void {
  return (router) => {
    router.service(GovernanceService, governanceService(deps), {
      readMaxBytes: REQUEST_LIMITS.messageBytes,
      // Deep enough that hostile nesting reaches our own check, which names the field.
      binaryOptions: { recursionLimit: REQUEST_LIMITS.parseRecursionLimit },
      jsonOptions: withStrictUtf8({ recursionLimit: REQUEST_LIMITS.parseRecursionLimit, ignoreUnknownFields: false }),
    });
    router.service(AdminService, adminService(deps), { readMaxBytes: REQUEST_LIMITS.adminMessageBytes });
    router.service(Health, healthService(deps.serving));
  };
}

/**
 * Loads the policy and starts serving. Rejects with a PolicyLoadError for a bad policy
 * and with the listen error when the address is taken.
 *
 * @example
 * ```ts
 * const sidecar = await startSidecar({ policyFile: "examples/policy.yaml", listen: { host: "127.0.0.1", port: 0 } });
 * console.log(sidecar.baseUrl);
 * await sidecar.close();
 * ```
 */
export async function startSidecar(options: SidecarOptions): Promise<Sidecar> {
  const logger = options.logger ?? createLogger();
  const listen = options.listen ?? DEFAULT_LISTEN;
  if ("host" in listen && !options.allowNonLoopback && !isLoopbackHost(listen.host)) {
    await options.scanner?.close();
    throw new Error(
      `refusing to listen on ${listen.host}: the data plane carries tokens and is meant for loopback or a Unix socket; pass --allow-non-loopback to override`,
    );
  }
  const core = await openSidecarCore({ ...options, logger });
  const contextValues = (req: object) => createContextValues().set(ADMITTED_BEFORE_DRAIN, listener.admittedBeforeDrain(req));
  // One set of handler instances: the lean path calls them directly, the framework serves the rest.
  const invoker = createUnaryInvoker(core.routes, {
    interceptors: core.routerOptions.interceptors,
    requestGate: core.requestGate,
    maxTimeoutMs: core.routerOptions.maxTimeoutMs,
  });
  const framework = withSpecGrpcMessage(
    connectNodeAdapter({ routes: (router) => invoker.replay(router), ...core.routerOptions, fallback: httpFallback(core.httpRoutes), contextValues }),
  );
  const handler =
    options.leanUnary === false
      ? framework
      : createLeanUnaryHandler(invoker, {
          fallback: framework,
          services: new Set([GovernanceService.typeName]),
          binaryOptions: { recursionLimit: REQUEST_LIMITS.parseRecursionLimit } as never,
          jsonOptions: { recursionLimit: REQUEST_LIMITS.parseRecursionLimit, ignoreUnknownFields: false } as never,
          maxTimeoutMs: core.routerOptions.maxTimeoutMs,
          // GovernanceService's limit (sidecarRoutes); the router's compression, whose unset
          // options the lean path fills in as connectNodeAdapter and connect-es do.
          readMaxBytes: REQUEST_LIMITS.messageBytes,
          acceptCompression: core.routerOptions.acceptCompression,
          compressMinBytes: core.routerOptions.compressMinBytes,
          contextValues,
          // The hot call's request: protobuf-es's reflective JSON decode was ~9 µs of it.
          plainJson: [AuthorizeRequestSchema],
        });
  // Deadlines above the longest are cut to it on every path, before the router or the lean
  // path reads them (connect-es would refuse them as InvalidArgument); and they count from
  // the arrival of the request's headers: the listener hands a request on once its body is
  // in, and both paths start the deadline then.
  const maxTimeoutMs = core.routerOptions.maxTimeoutMs ?? Number.POSITIVE_INFINITY;
  const cutting: typeof handler = (req, res) => {
    const arrived = arrivedAt(req);
    cutDeadlineHeaders(req.headers, maxTimeoutMs, arrived === undefined ? 0 : Date.now() - arrived);
    return handler(req, res);
  };
  const listener: DualProtocolListener = new DualProtocolListener(cutting, {
    ...options.transport,
    // Admin messages are small: refusing a large one before it is read keeps an
    // unauthenticated caller from holding much of the request-byte budget.
    maxMessageBytes: (path) => (path.startsWith(`/${AdminService.typeName}/`) ? REQUEST_LIMITS.adminMessageBytes : REQUEST_LIMITS.messageBytes),
    logger,
  });
  let address: string;
  try {
    address = await listener.listen(listen);
  } catch (err) {
    await core.close();
    throw err;
  }
  const baseUrl = "host" in listen ? `http://${address}` : undefined;
  if (baseUrl) core.credentials.useListenUrl(baseUrl);
  logger.info(
    { address, revision: core.policies.current.revision, policy: options.policyFile, state: core.store.kind, identity: core.gateway.store.kind },
    "portcullis serving",
  );

  let closing: Promise<SidecarStopOutcome> | undefined;
  return {
    address,
    baseUrl,
    policies: core.policies,
    engine: core.engine,
    logger,
    credentials: core.credentials,
    telemetry: core.telemetry,
    close(cutShort?: AbortSignal) {
      closing ??= (async () => {
        core.stopServing();
        const drainTimeoutMs = options.drainTimeoutMs ?? 10_000;
        const drainDeadline = Date.now() + drainTimeoutMs;
        logger.info({ inFlight: listener.inFlight }, "draining");
        const outcome = await listener.close(drainTimeoutMs, cutShort);
        if (outcome.cutOff > 0) {
          const why = cutShort?.aborted ? "drain cut short" : "drain deadline passed";
          logger.error({ cutOff: outcome.cutOff, drainTimeoutMs }, `${why}; cut off ${outcome.cutOff} call(s) still in flight`);
        }
        // Token refreshes still in flight get what is left of the drain deadline.
        const { auditClosed } = await core.close(cutShort?.aborted ? 0 : Math.max(0, drainDeadline - Date.now()));
        logger.info({ cutOff: outcome.cutOff, auditClosed }, "stopped");
        return { ...outcome, auditClosed };
      })();
      return closing;
    },
  };
}

/** The parts of a sidecar without a listener: policy, engine, limits, guardrails, routes. */
export interface SidecarCore {
  readonly policies: PolicyStore;
  readonly engine: DecisionEngine;
  readonly scanner: GuardrailScanner;
  readonly store: StateStore;
  /** Gateway tokens, the subject deny-list and offboarding. */
  readonly gateway: GatewayIdentity;
  readonly logger: Logger;
  readonly routes: (router: ConnectRouter) => void;
  /** Router options every transport of the sidecar shares: the request gate, deadlines. */
  readonly routerOptions: ConnectRouterOptions;
  /** The request gate alone (draining, the admin credential), for transports that parse nothing. */
  readonly requestGate: (ctx: HandlerContext) => void | Promise<void>;
  /** Plain HTTP endpoints (SCIM, OAuth connect) served beside the RPCs by the listener. */
  readonly httpRoutes: readonly HttpRoute[];
  /** The credential vault, its providers and the connect flow. */
  readonly credentials: Credentials;
  /** OpenTelemetry export, when on: the audit sink and the queue-depth gauge attach here. */
  readonly telemetry: Telemetry | undefined;
  /**
   * Whether the sidecar can decide every call now (the readiness `Health` reports for
   * GovernanceService, less the drain): false while limits fail closed on a lost store, while
   * the audit trail refuses records, while the identity data is too stale to decide, or while
   * the vault key is not the fleet's.
   */
  ready(): boolean;
  /** Marks the sidecar as draining: new calls get Unavailable, health says NOT_SERVING. */
  stopServing(): void;
  /**
   * Releases the policy watcher, the state store and the guardrail workers; waits for token
   * refreshes in flight at most `drainTimeoutMs` (default 10 s) before the vault closes; closes
   * the audit trail (`auditClosed`: cleanly, or there is none).
   */
  close(drainTimeoutMs?: number): Promise<{ readonly auditClosed: boolean }>;
}

/**
 * Opens everything a sidecar decides with, without listening anywhere — for the listener
 * of {@link startSidecar} and for {@link startEmbedded}.
 */
export async function openSidecarCore(
  options: Omit<SidecarOptions, "listen" | "allowNonLoopback" | "drainTimeoutMs" | "transport" | "leanUnary">,
): Promise<SidecarCore> {
  const logger = options.logger ?? createLogger();
  // A judge that is down fails every scan of its profiles: once a minute with the count.
  const judgeLines = new RepeatedLines(logger);
  // The guardrail workers start with the first response large enough for them (scanned
  // inline meanwhile): a sidecar that never sees one never pays for them.
  const scanner =
    options.scanner ??
    new GuardrailScanner({
      onPoolError: (err) => logger.warn({ err: err.message }, "guardrail worker pool did not start; large responses are scanned inline"),
      onJudgeError: (why, onError) =>
        judgeLines.write(
          "warn",
          `judge\0${why}\0${onError}`,
          { why, onError },
          onError === "block"
            ? "guardrail judge failed; the response was blocked (judge.onError: block)"
            : "guardrail judge failed; the local verdict stands (judge.onError: allow)",
        ),
      onDetectorsBuilt: (cpuMs) => logger.info({ cpuMs: Math.round(cpuMs), warmup: options.guardrailWarmup ?? "start" }, "guardrail detectors built"),
    });
  let policies: PolicyStore;
  try {
    // A malformed vault key stops the start before anything opens.
    if (options.vaultKey !== undefined) parseVaultKey(options.vaultKey);
    for (const previous of options.vaultPreviousKeys ?? []) parseVaultKey(previous);
    // So does a malformed OTLP endpoint or protocol.
    if (options.telemetry) resolveTelemetryTargets(options.telemetry, process.env);
    // And an audit stream with no Redis to append to.
    if (options.audit?.stream && !options.redisUrl) {
      throw new Error("audit.stream appends the audit records to Redis: it needs redisUrl (serve: --audit-stream needs --redis URL)");
    }
    policies = await openPolicies(options.policyFile, options.policySettleMs, logger);
  } catch (err) {
    await scanner.close();
    throw err;
  }
  if (options.watchPolicy ?? true) await policies.watch();
  const opened = await Promise.allSettled([
    openStateStore(options, logger),
    openGatewayIdentity({
      dataDir: options.dataDir,
      redisUrl: options.redisUrl,
      redisPrefix: options.redisPrefix,
      policy: () => policies.current,
      logger,
      // A token not yet in memory waits for Redis no longer than a decision's limits do.
      lookupTimeoutMs: options.stateTimeoutMs ?? 250,
    }),
    // Loading the OpenTelemetry SDK (only when telemetry is on) overlaps the rest.
    options.telemetry ? openTelemetryParts({ ...options.telemetry, logger }) : undefined,
  ]);
  const telemetry = opened[2].status === "fulfilled" ? opened[2].value?.telemetry : undefined;
  const otel = opened[2].status === "fulfilled" ? opened[2].value?.parts : undefined;
  if (opened[0].status === "rejected" || opened[1].status === "rejected" || opened[2].status === "rejected") {
    // Nothing half-started outlives a failed start: the watcher, the stores, the workers.
    policies.close();
    if (opened[0].status === "fulfilled") await opened[0].value.close();
    if (opened[1].status === "fulfilled") await opened[1].value.close();
    await scanner.close();
    await telemetry?.shutdown();
    throw (opened.find((r) => r.status === "rejected") as PromiseRejectedResult).reason;
  }
  const store = opened[0].value;
  const gateway = opened[1].value;
  let credentials: Credentials;
  let audit: OpenedAudit | undefined;
  let shadow: ShadowPolicy | undefined;
  try {
    shadow = options.shadowPolicyFile
      ? await openShadowPolicy(options.shadowPolicyFile, options.watchPolicy ?? true, options.policySettleMs, logger)
      : undefined;
    audit = options.audit ? await openAudit(options.audit, logger) : undefined;
    credentials = await openCredentials({ ...options, policies, logger, offboardedAt: (subject) => gateway.denyList.offboardedAtMs(subject) });
  } catch (err) {
    policies.close();
    await store.close();
    await gateway.close();
    await scanner.close();
    await audit?.close();
    shadow?.close();
    await telemetry?.shutdown();
    throw err;
  }
  // The process's first scan costs far more than later ones: paid here, at start, unless the
  // operator chose a faster start (the first scan then pays it, before its deadline starts) —
  // and only once everything opened, so that a bad policy or a locked audit directory is
  // reported at once rather than after ~1 s of building detectors.
  if (!options.scanner && (options.guardrailWarmup ?? "start") === "start") scanner.warmInline();
  // A policy's own patterns run on the scan pool only (guardrail-scanner.ts): started now, so
  // that the first response they scan does not wait for the pool within its deadline.
  if (!options.scanner && policies.current.guardrails.some((rule) => rule.profile.custom.length > 0)) {
    scanner
      .start()
      .catch((err: unknown) => logger.warn({ err: (err as Error).message }, "guardrail scan pool did not start; it is tried again with the next scan"));
  }
  const trail = new AuditTrail({ log: audit?.log, traceIds: otel?.currentTraceIds });
  if (telemetry && otel && audit) {
    const log = audit.log;
    log.addSink(new otel.OtelAuditSink(telemetry));
    telemetry.observeAuditQueueDepth(() => log.health.queuedRecords);
  }
  let auditStream: AuditStream | undefined;
  if (audit && options.audit?.stream && options.redisUrl) {
    const stream = openAuditStream({
      url: options.redisUrl,
      key: auditStreamKey(options.audit.stream.key, options.redisPrefix),
      maxLen: options.audit.stream.maxLen,
      logger,
    });
    audit.log.addSink(stream.sink);
    telemetry?.observeAuditStream(() => stream.counts());
    auditStream = stream;
  }
  const revocations = credentials.revocations;
  if (telemetry && revocations) telemetry.observeRevocations(() => revocations.counts());
  // Offboarding a subject also deletes its downstream credentials and revokes them at their providers.
  gateway.offboarding.credentials = credentials.offboarding;
  const watch = new LimitStateWatch(store, logger, {
    limits: () => policies.current.limits,
    othersFailClosed: () => {
      const taint = policies.current.taint;
      return taint !== undefined && !taint.failOpen && !taint.shadow;
    },
    summaryEveryMs: options.failOpenSummaryMs,
  });
  const limiter = new Limiter(store, { timeoutMs: options.stateTimeoutMs ?? 250, onFailOpen: (event) => watch.failOpen(event) });
  const idpTokens = new OidcVerifier({ logger });
  void idpTokens.prefetch(policies.current);
  const identity = new Identity({ gatewayTokens: gateway.tokens, idpTokens, denyList: gateway.denyList });
  const engine = new DecisionEngine(policies, limiter, identity, trail, shadow);
  // Every offboarding (admin, CLI, SCIM) leaves a record of what it revoked — best effort: it
  // has already happened, and a revocation never waits for its record.
  gateway.offboarding.onOffboarded = (outcome, how) => {
    const pending = trail.record(policies.current, offboardRecord(policies.current, outcome, how));
    if (pending)
      pending.catch((err: unknown) => logger.error({ subject: outcome.subject, err: (err as Error).message }, "offboarding not recorded in the audit trail"));
  };
  // An account connected through the browser flow is recorded like a decision: while the
  // trail refuses records (and the policy fails closed), no account is connected.
  credentials.recordConnections({
    refusal: () => trail.refusal(policies.current)?.rawMessage,
    record: (event) => trail.record(policies.current, connectAccountRecord(policies.current, event)),
  });
  const httpRoutes: HttpRoute[] = [];
  if (options.scimTokenSha256) {
    const users = new ScimUsers({ store: gateway.store, offboarding: gateway.offboarding, subjectFrom: options.scimSubject });
    httpRoutes.push(scimRoute({ tokenSha256: options.scimTokenSha256, users, logger, publicUrl: options.publicUrl }));
  }
  if (credentials.route) httpRoutes.push(credentials.route);

  const auditDir = options.audit?.dir;
  let draining = false;
  let markStopped: () => void = () => undefined;
  const stopped = new Promise<void>((resolve) => (markStopped = resolve));
  // Calls whose head arrived before the drain began pass even once it has (their bodies may
  // arrive after it).
  const gate = requestGate({
    draining: (ctx) => draining && !ctx.values.get(ADMITTED_BEFORE_DRAIN),
    adminTokenSha256: options.adminTokenSha256,
    logger,
  });
  const repeatedLines = new RepeatedLines(logger);
  const serving: ServingState = {
    get serving() {
      return !draining;
    },
    stopped,
    // Not ready while limits fail closed on a lost store, while decisions cannot be recorded,
    // or while the identity data is too stale to decide (every caller is refused then).
    // or while this replica's vault key is not its fleet's (its credentials would differ).
    ready: () =>
      watch.ready && trail.refusal(policies.current) === undefined && gateway.sync.staleness() === undefined && credentials.keyMismatch() === undefined,
    onReadyChange: (listener) => {
      const offWatch = watch.onChange(listener);
      const offAudit = audit?.log.onStateChange(() => listener());
      const offIdentity = gateway.sync.onStaleChange(listener);
      const offVaultKey = credentials.onKeyMismatchChange(listener);
      return () => {
        offVaultKey();
        offWatch();
        offAudit?.();
        offIdentity();
      };
    },
  };
  return {
    policies,
    engine,
    scanner,
    store,
    gateway,
    logger,
    routes: sidecarRoutes({ policies, engine, scanner, logger, serving, gateway, credentials, auditDir, auditLog: audit?.log, repeatedLines }),
    httpRoutes,
    credentials,
    telemetry,
    requestGate: gate,
    routerOptions: {
      interceptors: [...(telemetry && otel ? [otel.rpcSpanInterceptor(telemetry)] : []), adminAuditInterceptor({ trail, policies, logger })],
      requestGate: (ctx) => {
        // A deadline already past when the call arrives (gRPC's `0n`, `1n`, `0S`) ends it
        // before anything is decided or charged. Here, where connect-es has made the request's
        // headers anyway; the lean path checks the timeout it parses.
        if (expiredOnArrivalHeader(ctx.requestHeader)) throw expiredOnArrival();
        const passed = gate(ctx);
        reclassifyCallerFaults(ctx);
        return passed;
      },
      maxTimeoutMs: 60_000,
      // Every service's JSON bodies, not only the data plane's (its options replace these).
      jsonOptions: withStrictUtf8({}),
    },
    ready: () => serving.ready?.() ?? true,
    stopServing() {
      draining = true;
      markStopped();
    },
    async close(drainTimeoutMs?: number) {
      draining = true;
      markStopped();
      policies.close();
      watch.close();
      await store.close();
      await gateway.close();
      await scanner.close();
      await credentials.close(drainTimeoutMs);
      shadow?.close();
      // The counts of the last window's repeated refusals and judge failures, before the final lines.
      repeatedLines.flush();
      judgeLines.flush();
      // Every decision made while draining is recorded before the log closes…
      const auditClosed = (await audit?.close()) ?? true;
      // …the appends to the audit stream still in flight get what is left of the drain
      // deadline (at most 2 s), then count as dropped: a hung Redis never holds the stop…
      await auditStream?.close(Math.min(AUDIT_STREAM_CLOSE_GRACE_MS, drainTimeoutMs ?? AUDIT_STREAM_CLOSE_GRACE_MS));
      // …and last, the final spans, records and metrics (the stream's drops) go out (within
      // the telemetry's own deadline).
      await telemetry?.shutdown();
      return { auditClosed };
    },
  };
}

/**
 * Opens telemetry, with the parts of the sidecar that use it (loaded here, not at start: a
 * sidecar without telemetry never loads them). `parts` are there whenever `telemetry` is.
 */
async function openTelemetryParts(
  options: TelemetryOptions & { logger: Logger },
): Promise<{ telemetry: Telemetry; parts: typeof import("./telemetry/index.js") } | undefined> {
  // Off (no endpoint named, here or in the OTEL_EXPORTER_OTLP_* environment): nothing loads.
  if (!resolveTelemetryTargets(options, process.env)) return undefined;
  const parts = await import("./telemetry/index.js");
  const telemetry = await openTelemetry(options);
  return telemetry ? { telemetry, parts } : undefined;
}

async function openShadowPolicy(file: string, watch: boolean, settleMs: number | undefined, logger: Logger): Promise<ShadowPolicy> {
  // The replay machinery loads only for a sidecar given a shadow policy.
  const { ShadowPolicy } = await import("./audit/replay/index.js");
  const shadow = await ShadowPolicy.open(file, {
    watch,
    settleMs,
    onWatchEvent: (event) => logWatchEvent(logger, file, event),
    onReload: (outcome, trigger) => {
      if (outcome.errors.length > 0) {
        logger.error({ trigger, file, errors: outcome.errors.map(formatPolicyError) }, "shadow policy rejected; the shadow in force stays in force");
      } else if (outcome.changed) {
        logger.info({ trigger, file, revision: outcome.revision }, "shadow policy reloaded");
      } else {
        logger.info({ trigger, file, revision: outcome.revision }, "shadow policy unchanged; the revision in force stays");
      }
    },
  });
  logger.info({ file, revision: shadow.current.revision }, "shadow policy decides beside the enforced one; disagreements are recorded, never enforced");
  return shadow;
}

interface OpenedAudit {
  readonly log: AuditLog;
  /** Closes the trail; resolves to false when it could not be closed cleanly (logged at error level). */
  close(): Promise<boolean>;
}

async function openAudit(options: AuditOptions, logger: Logger): Promise<OpenedAudit> {
  await mkdir(options.dir, { recursive: true, mode: 0o700 });
  const lock: DirLock = await lockAuditDir(options.dir, options.inUseHint);
  let log: AuditLog;
  try {
    log = await AuditLog.open({
      dir: options.dir,
      mode: options.mode,
      signingKeyFile: options.signingKeyFile,
      retention: options.retention,
      // The directory removed and recreated under the running sidecar: its lock went too.
      reclaim: () => lock.reclaim(),
    });
  } catch (err) {
    await lock.release();
    throw err;
  }
  const opened = log.opened;
  if (opened.repairedBytes > 0 || opened.recoveredSegment !== undefined) {
    logger.warn(
      { dir: options.dir, repairedBytes: opened.repairedBytes, recoveredSegment: opened.recoveredSegment },
      "audit trail recovered from an unclean stop",
    );
  }
  let reportedGap: AuditHealth["gap"];
  log.onStateChange((health) => {
    if (health.state === "unavailable")
      logger.error({ dir: options.dir, kind: health.kind, why: health.message, action: health.action }, "audit trail unavailable: decisions are refused");
    else if (health.state === "ready") {
      const gap = health.gap;
      if (gap && gap !== reportedGap) {
        reportedGap = gap;
        logger.error(
          { dir: options.dir, segment: gap.segment, removedThrough: gap.through, lastSeqBefore: gap.seq, noticedAt: new Date(gap.at).toISOString() },
          `audit trail recording again in segment ${gap.segment}, after its files were removed while it ran (the trail had reached seq ${gap.seq} in segment ${gap.through}): the records in the removed segments are lost; the new segment's signed header records the gap, and \`audit verify\` reports it`,
        );
      } else logger.info({ dir: options.dir }, "audit trail recording again");
    }
  });
  logger.info(
    {
      dir: options.dir,
      mode: options.mode ?? "async",
      index: options.index ?? "background",
      storeId: log.storeId,
      lastSeq: opened.lastSeq,
      segment: opened.segment,
      ...(opened.createdAt !== undefined ? { created: new Date(opened.createdAt).toISOString() } : {}),
    },
    "audit trail open",
  );
  const closeTrail = async (): Promise<boolean> => {
    const clean = await log.close().then(
      () => true,
      (err: unknown) => {
        logger.error({ err: (err as Error).message }, "audit trail did not close cleanly");
        return false;
      },
    );
    await lock.release();
    return clean;
  };
  if (options.index === "on-query") return { log, close: closeTrail };
  // The query index follows the segments on a worker thread, so a question over months of
  // records finds it ready instead of building it first. In bursts: between them the process
  // holds no thread, isolate or SQLite cache for it.
  const indexer = new AuditIndexer({
    dir: options.dir,
    mode: "bursts",
    intervalMs: INDEX_BURST_MS,
    onError: (message) => logger.warn({ dir: options.dir, why: message }, "audit index lagging"),
  });
  const startIndexer = () =>
    indexer.start().catch((err: unknown) => logger.warn({ err: (err as Error).message }, "audit index not started; queries build it on demand"));
  let indexerStarted: Promise<void> | undefined;
  const delayMs = options.indexDelayMs ?? INDEX_DELAY_MS;
  const indexTimer = delayMs > 0 ? setTimeout(() => (indexerStarted = startIndexer()), delayMs).unref() : undefined;
  if (!indexTimer) indexerStarted = startIndexer();
  return {
    log,
    async close() {
      clearTimeout(indexTimer);
      // A start under way finishes before the stop, so its worker is stopped, never left behind.
      await indexerStarted;
      await indexer.stop().catch(() => undefined);
      return closeTrail();
    },
  };
}

/** Opens the policy store, logging each reload's outcome. */
function openPolicies(policyFile: string, settleMs: number | undefined, logger: Logger): Promise<PolicyStore> {
  return PolicyStore.open(policyFile, {
    settleMs,
    onWatchEvent: (event) => logWatchEvent(logger, policyFile, event),
    onReload: (outcome, trigger) => {
      if (outcome.errors.length > 0) {
        logger.error(
          { trigger, revision: outcome.revision, errors: outcome.errors.map(formatPolicyError), warnings: outcome.warnings.map(formatPolicyError) },
          "policy rejected; the policy in force stays in force",
        );
      } else if (outcome.changed) {
        logger.info({ trigger, revision: outcome.revision, warnings: outcome.warnings.map(formatPolicyError) }, "policy reloaded");
      } else {
        logger.info(
          { trigger, revision: outcome.revision, warnings: outcome.warnings.map(formatPolicyError) },
          "policy unchanged; the revision in force stays",
        );
      }
    },
  });
}

/** What the policy watcher does: routine steps at debug level, a file caught changing at info, a directory it cannot watch at warn. */
function logWatchEvent(logger: Logger, file: string, event: WatchEvent): void {
  if (event.kind === "settling") logger.debug({ file, settleMs: event.settleMs }, "policy file changed; loading it once it stops changing");
  else if (event.kind === "checked") logger.debug({ file, revision: event.revision }, "policy file checked; confirming it did not change meanwhile");
  else if (event.kind === "changed-while-loading") logger.info({ file }, "policy file changed while it was being loaded; not loaded; waiting for it to settle");
  else if (event.kind === "unwatched")
    logger.warn(
      { file, dir: event.dir, why: event.reason, pollMs: event.pollMs },
      "cannot watch the policy's directory; changes are noticed by the periodic check only",
    );
  else if (event.kind === "rewatched") logger.info({ file, dirs: event.dirs }, "watching the policy's directories again");
  else logger.info({ file, dir: event.dir }, "the policy's directory was replaced; watching the new one");
}

async function openStateStore(options: SidecarOptions, logger: Logger): Promise<StateStore> {
  if (!options.redisUrl) return new MemoryStateStore({ onDropped: droppedStateLog(logger) });
  const store = new RedisStateStore({
    url: options.redisUrl,
    prefix: options.redisPrefix,
    commandTimeoutMs: options.stateTimeoutMs ?? 250,
    onCompensationAbandoned: (decisionId, cause) =>
      logger.error({ decisionId, cause }, "could not withdraw a denied decision from limit state; it may stay charged"),
  });
  // Start even when Redis is down: limits then follow their fail modes until it is back.
  await store.ready().catch((err: unknown) => {
    logger.warn({ err: (err as Error).message }, "redis unreachable at start; limits follow their onStoreFailure until it answers");
  });
  return store;
}
