/**
 * `portcullis gateway`: a governed MCP gateway. Each virtual server of the policy, and each
 * configured downstream server, is served at `/mcp/<name>` over Streamable HTTP; the
 * sidecar runs embedded in this process and makes every decision (same policy file, audit
 * trail and limits as `portcullis serve`). Loopback by default, Host and Origin checked
 * against DNS rebinding, a bearer token required on every MCP request. `GET /healthz` and
 * `GET /readyz` answer liveness and readiness probes (probes.ts).
 */
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import type { IncomingMessage, Server as HttpServer, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname, join } from "node:path";
import { createGovernanceClient } from "@portcullis/sdk";
import { presentedTokens } from "../credentials/index.js";
import type { Logger } from "../logger.js";
import { startEmbedded, type EmbeddedOptions, type EmbeddedSidecar } from "../embedded.js";
import { DEFAULT_DATA_DIR } from "../identity/index.js";
import { isLoopbackHost } from "../transport/loopback-host.js";
import { Downstreams } from "./downstreams.js";
import type { GatewayConfig } from "./gateway-config.js";
import { BodyBudget, createGatewayServer } from "./gateway-listener.js";
import { GovernedCalls } from "./governed-call.js";
import { listCredentialsOf } from "./list-credential.js";
import { answerProbe, type ProbeState } from "./probes.js";
import { protectedResourceMetadata, requireBearer, resourceMetadataUrl } from "./resource-auth.js";
import { ModernEndpoint } from "./modern-endpoint.js";
import { SessionEndpoint, type ResumableSession } from "./session-endpoint.js";
import { toWebRequest } from "./web-http.js";

/** How long a shutdown lets the calls in flight finish, unless told otherwise (serve's `--drain-timeout` default). */
export const DEFAULT_DRAIN_TIMEOUT_MS = 10_000;
/**
 * How long a shutdown waits, past the drain deadline, for the answers of the calls it cut off:
 * their downstream calls fail at once, and the error answer they then send their caller (an
 * answer that says the gateway is shutting down, rather than a dropped connection) takes a
 * moment. Past it, their connections are closed.
 */
const ANSWER_CUT_OFF_MS = 1000;
/** What a draining gateway tells a caller to wait before it asks again (Retry-After, seconds). */
const RETRY_AFTER_S = 1;
/**
 * Methods still served once the drain has begun: a POST (read first: a notification or a
 * response is taken, a request refused) and a DELETE (a client ending its session is not
 * refused: it would only leave the session to be handed over). A GET (a new listening stream)
 * is refused: its client opens it again elsewhere.
 */
const SERVED_WHILE_DRAINING = new Set(["POST", "DELETE"]);
/** Deadline of the gateway's own Authorize, ScanResponse and RecordAudit (in process). */
const IN_PROCESS_DECISION_MS = 5000;
const METADATA_PREFIX = "/.well-known/oauth-protected-resource/mcp/";

/** Options of {@link startGateway}: the configuration, and the embedded sidecar's own options. */
export interface GatewayOptions {
  readonly config: GatewayConfig;
  readonly logger: Logger;
  /** Everything of the embedded sidecar but the policy file (which the configuration names). */
  readonly sidecar?: Omit<EmbeddedOptions, "policyFile" | "logger">;
}

/** A running gateway. */
export interface Gateway {
  /** `http://host:port`, the base of every endpoint URL. */
  readonly url: string;
  readonly sidecar: EmbeddedSidecar;
  /** The URL of one endpoint, e.g. `http://127.0.0.1:7879/mcp/research-desk`. */
  endpointUrl(name: string): string;
  /**
   * Stops the gateway and its embedded sidecar: drains the calls in flight (see
   * {@link GatewayCloseOptions}), then closes (see {@link GatewayStopOutcome}). Safe to call more
   * than once: later calls get the first one's outcome.
   */
  close(options?: GatewayCloseOptions): Promise<GatewayStopOutcome>;
}

/** How {@link Gateway.close} drains. */
export interface GatewayCloseOptions {
  /**
   * How long the requests in flight (their downstream calls, scans and audit records included)
   * may go on once the drain begins; those still unanswered then are cut off. Default
   * {@link DEFAULT_DRAIN_TIMEOUT_MS}.
   */
  readonly drainTimeoutMs?: number;
  /** Once aborted, brings the drain deadline forward to that moment (a third SIGINT). */
  readonly cutShort?: AbortSignal;
}

/** How a gateway stopped. */
export interface GatewayStopOutcome {
  /**
   * Requests still unanswered at the drain deadline (logged at error level): their downstream
   * calls were cut off, so that they answer with an error, and their connections closed once
   * they did (or at once if they could not).
   */
  readonly cutOff: number;
  /**
   * False when the audit trail did not close cleanly: records lost, or its segment left without
   * a final checkpoint (logged at error level, `audit trail did not close cleanly`).
   */
  readonly auditClosed: boolean;
}

/**
 * Starts the gateway.
 *
 * @example
 * ```ts
 * const gateway = await startGateway({ config: await loadGatewayConfig("gateway.yaml"), logger });
 * console.log(gateway.endpointUrl("research-desk"));
 * ```
 */
export async function startGateway(options: GatewayOptions): Promise<Gateway> {
  const { config, logger } = options;
  if (!config.allowNonLoopback && !isLoopbackHost(config.listen.host)) {
    throw new Error(`${config.file}: listen: refusing ${config.listen.host}: the gateway is loopback-only unless allowNonLoopback is true`);
  }
  /** Set once the stop has begun. */
  let closing: Promise<GatewayStopOutcome> | undefined;
  /** Serves a request once start-up has finished; until then the listener answers its probes alone. */
  let handle: ((req: IncomingMessage, res: ServerResponse) => void) | undefined;
  /** Whether the gateway can take calls (once started: its sidecar's readiness). */
  let ready = (): boolean => false;
  const probeState: ProbeState = {
    get draining() {
      return closing !== undefined;
    },
    ready: () => ready(),
  };
  // The listener opens first: while the rest starts (the policy, the embedded sidecar, the
  // sessions handed over) its probes say live and not ready, and any other request is refused,
  // retryable; a port already taken fails the start before anything else opens.
  const http: HttpServer = createGatewayServer(
    config.limits,
    (req, res) => {
      // The probes first: no token, Host or Origin asked, and answered during the drain too.
      if (answerProbe(req, res, pathOf(req.url), probeState)) return;
      if (handle) handle(req, res);
      else refuseRetryable(res, "the gateway is starting; retry shortly");
    },
    (queuedBytes) =>
      logger.info(
        { queuedBytes, idleTimeoutMs: config.limits.idleTimeoutMs },
        "closed a connection whose client took none of its answers within the idle timeout",
      ),
  );
  await new Promise<void>((resolve, reject) => {
    http.once("error", reject);
    http.listen(config.listen.port, config.listen.host, () => {
      http.off("error", reject);
      resolve();
    });
  });
  const address = http.address() as AddressInfo;
  const hostPart = address.family === "IPv6" ? `[${address.address}]` : address.address;
  const listenUrl = `http://${hostPart}:${address.port}`;
  const base = config.publicUrl ?? listenUrl;
  const allowedHosts = new Set([`${hostPart}:${address.port}`, `localhost:${address.port}`, new URL(base).host].map((h) => h.toLowerCase()));
  const allowedOrigins = new Set([...config.allowedOrigins, listenUrl, `http://localhost:${address.port}`, new URL(base).origin]);

  // Its public URL makes the connect links of per-user OAuth accounts, served below.
  const sidecar = await startEmbedded({ publicUrl: config.publicUrl, ...options.sidecar, policyFile: config.policyFile, logger }).catch(
    async (err: unknown) => {
      await stopListening(http);
      throw err;
    },
  );
  // In process, a decision waits for nothing but this process's CPU: the SDK's 1 s deadline
  // (made for a sidecar across a socket) would turn a busy moment — a GC, a machine under
  // load — into a refused call. Still a deadline: a stuck handler fails closed.
  const governance = createGovernanceClient({ transport: sidecar.transport, timeoutMs: IN_PROCESS_DECISION_MS });
  // The bare credential, for redaction: the applied value with the policy's template taken off.
  const downstreams = new Downstreams(config.servers, logger, {
    presented: (server, credential) => {
      const apply = sidecar.policies.current.credentials.get(server)?.apply;
      return apply ? presentedTokens(apply, credential) : [];
    },
  });
  const governed = new GovernedCalls({
    governance,
    downstreams,
    policies: sidecar.policies,
    logger,
    listCredential: listCredentialsOf(sidecar),
    telemetry: sidecar.telemetry,
  });
  const handoverFile = join(options.sidecar?.dataDir ?? DEFAULT_DATA_DIR, HANDOVER_FILE);
  const sessions = new SessionEndpoint(governed, logger, await takeHandover(handoverFile, logger), config.limits);
  // A session's client is told when its list may have changed; a 2026-07-28 list is never cached (ttlMs 0).
  governed.onListChanged((endpoints) => sessions.toolsChanged(endpoints));
  const modern = await ModernEndpoint.load(governed, logger);

  /**
   * POSTs being answered (a call's answer streamed as SSE included: the POST is answered when its
   * stream ends): a shutdown lets them finish before it closes their connections. Not GETs: a GET
   * is a stream of the session's own notifications, open for as long as the session.
   */
  const inFlight = new Set<ServerResponse>();
  /** Called when the last request in flight has been answered, while a drain waits for it. */
  let onAllAnswered: (() => void) | undefined;
  /** Set once the drain is over: from then on every request is refused, a notification too. */
  let drainOver = false;

  const bodies = new BodyBudget(config.limits.maxInflightBytes);
  const serveRequest = (req: IncomingMessage, res: ServerResponse): void => {
    // Draining: a request that came after the stop began is refused, retryable (behind a load
    // balancer the retry reaches another replica); the listener stays open for the drain so
    // that it is told so rather than refused a connection. A POST is read first: a
    // notification (a client cancelling its call in flight) or a response is still taken. A
    // DELETE still ends its session.
    if (closing && (!SERVED_WHILE_DRAINING.has(req.method ?? "") || drainOver)) {
      refuseWhileDraining(res);
      return;
    }
    if (closing) res.shouldKeepAlive = false;
    else if (req.method === "POST") {
      inFlight.add(res);
      res.once("close", () => {
        inFlight.delete(res);
        if (inFlight.size === 0) onAllAnswered?.();
      });
    }
    serve(req, res).catch((err: unknown) => {
      logger.error({ why: (err as Error).message }, "gateway request failed");
      if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" }).end(JSON.stringify({ error: "internal error" }));
      else res.end();
    });
  };

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // DNS rebinding: a browser page must not reach a loopback gateway through a name it controls.
    const host = req.headers.host ?? "";
    if (!allowedHosts.has(host.toLowerCase())) return refuse(res, 403, `Host '${host}' is not this gateway`);
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedOrigins.has(origin)) return refuse(res, 403, `Origin '${origin}' is not allowed`);
    const path = new URL(req.url ?? "/", "http://gateway").pathname;
    // The OAuth connect flow a user's browser visits for a per-user account (`oauth2-user`):
    // the same pages and callback as `portcullis serve`'s, with their own CSRF checks.
    const connect = sidecar.credentials.route;
    if (connect && path.startsWith(connect.prefix)) return connect.handle(req, res);
    if (path.startsWith(METADATA_PREFIX) && req.method === "GET") {
      const endpoint = decodeURIComponent(path.slice(METADATA_PREFIX.length));
      if (!governed.hasEndpoint(endpoint)) return refuse(res, 404, `no endpoint '${endpoint}'`);
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(protectedResourceMetadata(base, endpoint, sidecar.policies.current)));
      return;
    }
    const match = /^\/mcp\/([^/]+)$/.exec(path);
    const endpoint = match ? decodeURIComponent(match[1]!) : undefined;
    if (endpoint === undefined || !governed.hasEndpoint(endpoint))
      return refuse(res, 404, `no MCP endpoint at ${path}; try /mcp/<virtual server or server name>`);
    const caller = await requireBearer(req, res, {
      identity: sidecar.engine.identity,
      policy: sidecar.policies.current,
      metadataUrl: resourceMetadataUrl(base, endpoint),
    });
    if (!caller) return;
    const body = req.method === "POST" ? await readJson(req, res, config.limits.maxBodyBytes, bodies) : undefined;
    if (body === BAD_BODY) return;
    if (Array.isArray(body)) return refuseBatch(res);
    if (closing && req.method === "POST" && !isNotificationOrResponse(body)) return refuseWhileDraining(res);
    // The hot path first: a plain tools/call of a live session needs no web Request.
    const fast = body === undefined ? undefined : (sessions.fastCall(req, res, endpoint, caller, body) ?? modern?.fastCall(req, res, endpoint, caller, body));
    if (fast) return fast;
    // One web Request per HTTP request, for whichever revision claims it.
    const request = toWebRequest(req, res, `${base}${req.url ?? "/"}`);
    if (modern && (await modern.claims(request, body))) return modern.handle(res, request, endpoint, caller, body);
    await sessions.handle(res, request, endpoint, caller, body);
  }

  handle = serveRequest;
  ready = () => sidecar.ready();
  logger.info({ url: base, endpoints: endpointsOf(sidecar, config) }, "portcullis gateway serving");

  return {
    url: base,
    sidecar,
    endpointUrl: (name) => `${base}/mcp/${encodeURIComponent(name)}`,
    close(closeOptions = {}) {
      closing ??= (async () => {
        const drainTimeoutMs = closeOptions.drainTimeoutMs ?? DEFAULT_DRAIN_TIMEOUT_MS;
        const { cutShort } = closeOptions;
        // New requests get 503; the ones in flight go on — their downstream calls, scans and
        // audit records — until they are answered or the drain deadline passes. Their
        // connections close once they are answered: the caller's next request opens a new one,
        // which a load balancer sends to a replica that is not going away.
        for (const res of inFlight) if (!res.headersSent) res.shouldKeepAlive = false;
        // The sessions' listening streams end now, cleanly: their clients reconnect elsewhere.
        sessions.endListeningStreams();
        governed.close();
        logger.info({ inFlight: inFlight.size, drainTimeoutMs }, "draining");
        const drained = await waitForAnswers(drainTimeoutMs, cutShort);
        drainOver = true;
        const cutOff = drained ? 0 : inFlight.size;
        if (cutOff > 0) {
          const why = cutShort?.aborted ? "drain cut short" : "drain deadline passed";
          logger.error({ cutOff, drainTimeoutMs }, `${why}; cut off ${cutOff} call(s) still in flight`);
        }
        // Cut off the downstream calls still running, so that their callers get an answer that
        // says so rather than a dropped connection; those not answered soon lose their connections.
        await downstreams.close();
        if (cutOff > 0) await waitForAnswers(ANSWER_CUT_OFF_MS);
        await handOver(handoverFile, sessions.openSessions(), logger);
        await sessions.close();
        await modern?.close();
        const stopped = new Promise<void>((resolve) => http.close(() => resolve()));
        http.closeAllConnections();
        await stopped;
        // Outcome records go out after their replies: every one is sent before the sidecar stops.
        await governed.drain();
        governance.close();
        const { auditClosed } = await sidecar.close();
        return { cutOff, auditClosed };
      })();
      return closing;
    },
  };

  /** Waits until every request in flight has been answered, at most `ms`; true if they all were. */
  async function waitForAnswers(ms: number, cutShort?: AbortSignal): Promise<boolean> {
    if (inFlight.size === 0) return true;
    let timer: NodeJS.Timeout | undefined;
    let onAbort: (() => void) | undefined;
    try {
      return await new Promise<boolean>((resolve) => {
        onAllAnswered = () => resolve(true);
        timer = setTimeout(() => resolve(inFlight.size === 0), ms);
        onAbort = () => resolve(inFlight.size === 0);
        if (cutShort?.aborted) onAbort();
        cutShort?.addEventListener("abort", onAbort, { once: true });
      });
    } finally {
      onAllAnswered = undefined;
      clearTimeout(timer);
      if (onAbort) cutShort?.removeEventListener("abort", onAbort);
    }
  }
}

/** The endpoints as the policy names them now: its virtual servers and the configured servers. */
function endpointsOf(sidecar: EmbeddedSidecar, config: GatewayConfig): string[] {
  return [...sidecar.policies.current.virtualServers.keys(), ...config.servers.keys()];
}

/** The sessions open at a graceful shutdown, for the next process on the same data directory to resume. */
const HANDOVER_FILE = "gateway-sessions.json";

/** Reads and removes the previous process's handover: resumable once, and only after a graceful shutdown. */
async function takeHandover(file: string, logger: Logger): Promise<ResumableSession[]> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    return [];
  }
  await rm(file, { force: true });
  try {
    const parsed = JSON.parse(text) as unknown;
    if (!Array.isArray(parsed)) throw new Error("not a list");
    const sessions = parsed.filter(
      (s): s is ResumableSession =>
        typeof s?.id === "string" &&
        typeof s.endpoint === "string" &&
        typeof s.subject === "string" &&
        typeof s.lastUsedMs === "number" &&
        typeof s.clientInfo === "object",
    );
    if (sessions.length > 0) logger.info({ sessions: sessions.length }, "sessions handed over by the previous gateway");
    return sessions;
  } catch (err) {
    logger.warn({ file, why: (err as Error).message }, "session handover unreadable; its clients start new sessions");
    return [];
  }
}

async function handOver(file: string, open: readonly ResumableSession[], logger: Logger): Promise<void> {
  if (open.length === 0) return;
  try {
    await mkdir(dirname(file), { recursive: true });
    // Session ids and subjects, no tokens; still nobody else's to read.
    await writeFile(file, JSON.stringify(open), { mode: 0o600 });
  } catch (err) {
    logger.warn({ file, why: (err as Error).message }, "sessions not handed over; their clients start new ones");
  }
}

const BAD_BODY = Symbol("bad body");

/**
 * The request's body parsed as JSON, or BAD_BODY when it has been refused: over `maxBytes`
 * (413), over what the shared `budget` has left (503, retry later), not JSON (400), or cut off
 * (the client hung up, or its body missed the request deadline). Its bytes count against the
 * budget until the response closes.
 */
async function readJson(req: IncomingMessage, res: ServerResponse, maxBytes: number, budget: BodyBudget): Promise<unknown> {
  const declared = Number(req.headers["content-length"] ?? 0);
  if (declared > maxBytes) {
    refuse(res, 413, `request body over ${maxBytes} bytes`, { connection: "close" });
    return BAD_BODY;
  }
  const text = await new Promise<string | undefined>((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    res.once("close", () => budget.give(size));
    const stop = (status: number, message: string, headers: Record<string, string>) => {
      req.off("data", onData);
      req.pause();
      // The rest of the body is never read: the connection closes after the answer.
      refuse(res, status, message, { connection: "close", ...headers });
      resolve(undefined);
    };
    const onData = (chunk: Buffer) => {
      if (size + chunk.length > maxBytes) return stop(413, `request body over ${maxBytes} bytes`, {});
      if (!budget.take(chunk.length)) return stop(503, "the gateway holds too many request bodies; retry shortly", { "retry-after": "1" });
      size += chunk.length;
      chunks.push(chunk);
    };
    req.on("data", onData);
    req.once("end", () => resolve(Buffer.concat(chunks, size).toString("utf8")));
    // Cut off before its end: the client hung up, or Node answered 408 at the request deadline.
    req.once("close", () => resolve(undefined));
  });
  if (text === undefined) return BAD_BODY;
  try {
    return JSON.parse(text);
  } catch {
    res
      .writeHead(400, { "content-type": "application/json" })
      .end(JSON.stringify({ jsonrpc: "2.0", error: { code: -32700, message: "Parse error: the body is not JSON" }, id: null }));
    return BAD_BODY;
  }
}

/**
 * A JSON array body: both revisions the gateway speaks require "a single JSON-RPC request,
 * notification, or response" per POST (batching left MCP in 2025-06-18). Refused whole, before
 * any of it runs: one body could otherwise carry thousands of governed calls.
 */
function refuseBatch(res: ServerResponse): void {
  res.writeHead(400, { "content-type": "application/json" }).end(
    JSON.stringify({
      jsonrpc: "2.0",
      error: { code: -32600, message: "Invalid Request: a POST body must be one JSON-RPC message; batches are not part of MCP since 2025-06-18" },
      id: null,
    }),
  );
}

/**
 * The answer to a request that came once the gateway had begun to drain: 503 with Retry-After
 * and a JSON-RPC error (the request's id is not read: `null`), on a connection that then closes.
 */
function refuseWhileDraining(res: ServerResponse): void {
  refuseRetryable(res, "the gateway is shutting down; retry shortly");
}

/** 503 with Retry-After and a JSON-RPC error saying `message` (`id: null`), on a connection that then closes. */
function refuseRetryable(res: ServerResponse, message: string): void {
  res
    .writeHead(503, { "content-type": "application/json", "retry-after": String(RETRY_AFTER_S), connection: "close" })
    .end(JSON.stringify({ jsonrpc: "2.0", error: { code: -32000, message }, id: null }));
}

/** Closes a listener whose start failed, with any connection it took meanwhile. */
async function stopListening(http: HttpServer): Promise<void> {
  const stopped = new Promise<void>((resolve) => http.close(() => resolve()));
  http.closeAllConnections();
  await stopped;
}

/** Whether a POST's body is a JSON-RPC notification or response (no answer owed), not a request. */
function isNotificationOrResponse(body: unknown): boolean {
  if (typeof body !== "object" || body === null) return false;
  return "method" in body ? !("id" in body) : "result" in body || "error" in body;
}

/** The path of a request's target, without its query: what the probes are matched on. */
function pathOf(url: string | undefined): string {
  const target = url ?? "/";
  const query = target.indexOf("?");
  return query === -1 ? target : target.slice(0, query);
}

function refuse(res: ServerResponse, status: number, message: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": "application/json", ...headers }).end(JSON.stringify({ error: message }));
}
