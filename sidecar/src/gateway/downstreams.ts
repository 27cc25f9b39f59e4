/**
 * The gateway's connections to downstream MCP servers: MCP SDK clients over stdio (a child
 * process) or Streamable HTTP (the gateway's own transport, http-client-transport.ts), opened
 * on first use, one per server and credential (a credential lives in the transport: HTTP
 * headers, a child's environment). A connection that
 * fails, closes or misses its deadline is dropped, and the next call opens a new one — so a
 * crashed or hung server recovers without anyone stepping in. A server that fails again and
 * again is tried less and less often (reconnect-backoff.ts), so it is never respawned per call.
 * A stdio server runs in a process group of its own, stopped whole when its connection goes
 * (stdio-process-transport.ts); one that exits by itself is logged with its exit and stderr.
 */
import { createHash } from "node:crypto";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { getDefaultEnvironment } from "@modelcontextprotocol/sdk/client/stdio.js";
import type { Transport } from "@modelcontextprotocol/sdk/shared/transport.js";
import {
  CallToolResultSchema,
  ErrorCode,
  ListToolsResultSchema,
  McpError,
  ToolListChangedNotificationSchema,
  type CallToolResult,
  type Tool,
} from "@modelcontextprotocol/sdk/types.js";
import { isSecretKeyName } from "../audit/secret-key-names.js";
import type { Logger } from "../logger.js";
import type { DownstreamConfig } from "./gateway-config.js";
import { forAgent, withoutDetectedSecrets } from "./downstream-text.js";
import { endedBeforeAnswer, HttpClientTransport, sessionEnded } from "./http-client-transport.js";
import type { DownstreamProgress } from "./progress-relay.js";
import { ReconnectBackoff } from "./reconnect-backoff.js";
import type { LinearReadBuffer } from "./stdio-read-buffer.js";
import { StdioProcessTransport } from "./stdio-process-transport.js";

/**
 * A downstream credential as Authorize returns it: headers for HTTP, environment for stdio.
 *
 * @example
 * ```ts
 * const credential: DownstreamCredential = { headers: { authorization: "Bearer …" }, env: {} };
 * ```
 */
export interface DownstreamCredential {
  readonly headers: Readonly<Record<string, string>>;
  readonly env: Readonly<Record<string, string>>;
}

/**
 * A downstream that could not answer; its message names the server and never a secret.
 *
 * @example
 * ```ts
 * const result = await downstreams.callTool("web", "fetch", { url }).catch((err) => {
 *   if (err instanceof DownstreamError && err.kind === "timeout") return retryLater();
 *   throw err;
 * });
 * ```
 */
export class DownstreamError extends Error {
  constructor(
    readonly server: string,
    /**
     * `credential`: the caller's downstream credential could not be produced (e.g. an account
     * not connected yet); `cancelled`: the caller stopped the call (the server was told);
     * `refused`: the server answered a tools/list with a JSON-RPC error.
     */
    readonly kind: "unknown-server" | "timeout" | "unavailable" | "credential" | "cancelled" | "refused",
    message: string,
    /** Where the caller connects the missing account (`credential`): for the caller only, never logged — it acts like their token. */
    readonly connectUrl?: string,
  ) {
    super(message);
  }

  /** The message for the caller: with the connect link where there is one. */
  get callerMessage(): string {
    return this.connectUrl ? `${this.message} (connect it at ${this.connectUrl})` : this.message;
  }
}

/**
 * Most idle connections kept per server (one per distinct credential); past it the least
 * recently used idle one goes. Connections with calls in flight are never closed for room:
 * the server may go over the cap while they finish.
 */
const MAX_CONNECTIONS_PER_SERVER = 32;
/**
 * Most connections per server with calls in flight on them all: a burst of that many distinct
 * users holds that many connections (for a stdio server, child processes); the next user's
 * call is refused as unavailable until one finishes, rather than spawning without bound.
 */
const MAX_BUSY_CONNECTIONS_PER_SERVER = 128;
/** What a caller is told of a server's failure whose words could not be cleared of secrets and prompt injection. */
const WITHHELD = "it failed; its message is withheld: it could not be cleared of secrets and prompt injection";
/** Most pages of a downstream tools/list followed. */
const MAX_LIST_PAGES = 50;

/**
 * Largest message read from a stdio server (the SDK's default). Read through a
 * {@link LinearReadBuffer}: the SDK's own buffer copied everything it held for every chunk that
 * arrived, so a message's cost grew with its square (a 12 MB answer took ~10 s to refuse).
 */
const STDIO_MAX_MESSAGE_BYTES = 10 * 1024 * 1024;

interface Connection {
  readonly client: Client;
  readonly ready: Promise<void>;
  /**
   * The server's tool list, fetched once per connection: a tools/list per call cost more than
   * the call itself. Forgotten when the server says its list changed, or with the connection.
   */
  tools?: Promise<Tool[]> | undefined;
  /** Counted as a failure already: the calls in flight on it when it failed count once. */
  failed?: boolean;
  /** Why the gateway cut the connection itself (the calls in flight fail with this, not "connection closed"). */
  brokenBy?: string;
  /** Calls (and list fetches) in flight on it. */
  inFlight: number;
  /**
   * Its transport has closed. Set by the client's `onclose`, which the SDK calls before it
   * fails the requests still pending (see {@link lostLocally}).
   */
  closed?: boolean;
  /** Out of the pool: its session ended; closed once its last call in flight is done. */
  retired?: boolean;
  /** A stdio server's process (how it exited, its stderr's tail). */
  readonly process?: StdioProcessTransport | undefined;
}

/** A server's process that exited by itself is logged at most once per this long (the exits in between are counted). */
const EXIT_LOG_INTERVAL_MS = 10_000;
/** Most lines of a dead server's stderr logged with its exit. */
const STDERR_TAIL_LINES = 20;

/** Thrown by a run whose session the server refused, for {@link Downstreams} to send it again in a new one. */
const SESSION_ENDED = Symbol("session ended");

/**
 * Connections to the downstream servers of a gateway configuration.
 *
 * @example
 * ```ts
 * const downstreams = new Downstreams(config.servers, logger);
 * const tools = await downstreams.listTools("everything");
 * const result = await downstreams.callTool("everything", "echo", { message: "hi" });
 * await downstreams.close();
 * ```
 */
export class Downstreams {
  readonly #configs: ReadonlyMap<string, DownstreamConfig>;
  readonly #logger: Logger;
  /** Per server, its connections by credential key, least recently used first. */
  readonly #connections = new Map<string, Map<string, Connection>>();
  readonly #backoff = new ReconnectBackoff();
  #generation = 0;
  #closed = false;
  /** Told the server whose tool list may have changed (see {@link onToolsChanged}). */
  readonly #toolsChanged = new Set<(server: string) => void>();
  /** Per server, when its process's exit was last logged and how many exits went unlogged since. */
  readonly #exitsLogged = new Map<string, { at: number; unlogged: number }>();

  readonly #presented: (server: string, credential: DownstreamCredential) => readonly string[];
  readonly #maxBusy: number;

  /**
   * `options.presented`: the bare credentials an injected credential carries for `server`
   * (its values with the policy's `apply` template taken off, see presentedTokens), so that
   * answers and errors are redacted of the credential itself, not only as applied.
   */
  constructor(
    configs: ReadonlyMap<string, DownstreamConfig>,
    logger: Logger,
    options: {
      readonly presented?: (server: string, credential: DownstreamCredential) => readonly string[];
      /** Most connections per server with calls in flight (default {@link MAX_BUSY_CONNECTIONS_PER_SERVER}). */
      readonly maxBusyConnections?: number;
    } = {},
  ) {
    this.#configs = configs;
    this.#logger = logger;
    this.#presented = options.presented ?? (() => []);
    this.#maxBusy = options.maxBusyConnections ?? MAX_BUSY_CONNECTIONS_PER_SERVER;
  }

  /** The configured servers' names. */
  get servers(): string[] {
    return [...this.#configs.keys()];
  }

  /** Whether `server` is configured. */
  has(server: string): boolean {
    return this.#configs.has(server);
  }

  /**
   * Changes whenever a tool list the gateway holds may have changed (a server said so, or its
   * connection was replaced): anything derived from {@link listTools} is stale once it moves.
   */
  get generation(): number {
    return this.#generation;
  }

  /**
   * Calls `listener` with a server's name whenever a tool list of it the gateway holds may
   * have changed — the server said so (`notifications/tools/list_changed`), or a connection
   * that had listed closed, failed or was replaced — the moments {@link generation} moves.
   * Returns the function that stops it.
   *
   * @example
   * ```ts
   * const stop = downstreams.onToolsChanged((server) => sessions.toolsChanged(server));
   * ```
   */
  onToolsChanged(listener: (server: string) => void): () => void {
    this.#toolsChanged.add(listener);
    return () => void this.#toolsChanged.delete(listener);
  }

  /** A tool list of `server` may have changed: {@link generation} moves, and the listeners are told. */
  #listMayChange(server: string): void {
    this.#generation++;
    for (const listener of this.#toolsChanged) {
      try {
        listener(server);
      } catch (err) {
        this.#logger.warn({ server, why: (err as Error).message }, "tool list change listener failed");
      }
    }
  }

  /**
   * Every tool `server` lists (all pages) to `credential` (none: the gateway's own transport
   * settings). Fetched once per connection — one per credential, so a list is only ever served
   * to callers presenting the credential it was fetched with — and kept until the server sends
   * `notifications/tools/list_changed` or the connection is replaced; a failed fetch is not kept.
   */
  async listTools(server: string, signal?: AbortSignal, credential?: DownstreamCredential): Promise<Tool[]> {
    return this.#use(server, credential, signal, (client, options, connection) => {
      if (connection.tools) return connection.tools;
      // Shared by every caller until it changes: one caller's abort must not fail the others'.
      const tools = fetchTools(client, { timeout: options.timeout });
      connection.tools = tools;
      tools.catch(() => {
        if (connection.tools === tools) connection.tools = undefined;
      });
      return tools;
    }).catch((err: unknown) => {
      throw err instanceof McpError ? this.#listRefused(server, credential, err) : err;
    });
  }

  /**
   * A tools/list the server answered with a JSON-RPC error, as the caller may read it. Its
   * message is the server's own words, which reached the agent as they were (the endpoint's
   * error carried them, and the `data` with them): a tools/call's error passes ScanResponse,
   * a list names no tool to scan it for. So the secrets the gateway holds for the server are
   * redacted, the secret detectors mutate the rest, and a message the injection detectors
   * flag, or that cannot be scanned, is withheld — the caller is told the server and code.
   */
  #listRefused(server: string, credential: DownstreamCredential | undefined, err: McpError): DownstreamError {
    const config = this.#configs.get(server);
    const held = config ? answerSecrets(config, this.#injected(server, credential)) : [];
    const prefix = `MCP error ${err.code}: `;
    const own = err.message.startsWith(prefix) ? err.message.slice(prefix.length) : err.message;
    const redacted = redactAll(own, held);
    const text = forAgent(redacted);
    // Withheld from the caller, not from the operator: the log gets it with its secrets mutated.
    if (text === undefined) this.#logger.warn({ server, why: withoutDetectedSecrets(redacted) }, "downstream's tools/list refusal withheld from the caller");
    const said = text === undefined ? "; its message is withheld: it could not be cleared of secrets and prompt injection)" : `): ${text}`;
    return new DownstreamError(server, "refused", `downstream '${server}' refused tools/list (JSON-RPC error ${err.code}${said}`);
  }

  /**
   * Calls `tool` on `server` with `credential` applied to the transport and `meta` (e.g. the
   * trace context) as the request's `_meta`. The result is passed through as the server sent
   * it (no output-schema check: the gateway is not the agent).
   *
   * With `onProgress`, the request asks the server for progress (a token of the gateway's own
   * client, one per request) and each report is handed over as it comes, its message redacted
   * of the secrets the gateway holds for the server, as an answer is. A server that reports
   * progress is doing the work, so each report restarts the call's deadline (`timeoutMs` is then
   * the longest silence), up to `maxCallMs` from the start — past it the call is cancelled.
   */
  async callTool(
    server: string,
    tool: string,
    args: Record<string, unknown> | undefined,
    credential?: DownstreamCredential,
    signal?: AbortSignal,
    meta?: Record<string, unknown>,
    onProgress?: (progress: DownstreamProgress) => void,
  ): Promise<CallToolResult> {
    const params = { name: tool, ...(args ? { arguments: args } : {}), ...(meta ? { _meta: meta } : {}) };
    const config = this.#configs.get(server);
    const secrets = () => (config ? answerSecrets(config, this.#injected(server, credential)) : []);
    if (!onProgress || !config) {
      const result = await this.#use(server, credential, signal, (client, options) =>
        client.request({ method: "tools/call", params }, CallToolResultSchema, options),
      ).catch((err: unknown) => {
        throw errorWithoutSecrets(err, secrets());
      });
      return withoutSecrets(result, secrets());
    }
    const held = secrets();
    // The SDK's own maxTotalTimeout fails the call without telling the server: this deadline
    // cancels it (notifications/cancelled), as a caller's cancellation does.
    const deadline = new AbortController();
    const timer = setTimeout(
      () =>
        deadline.abort(
          new DownstreamError(server, "timeout", `downstream '${server}' did not finish this call within ${config.maxCallMs} ms (cancelled; maxCallMs)`),
        ),
      config.maxCallMs,
    );
    timer.unref();
    try {
      const result = await this.#use(server, credential, signal ? AbortSignal.any([signal, deadline.signal]) : deadline.signal, (client, options) =>
        client.request({ method: "tools/call", params }, CallToolResultSchema, {
          ...options,
          resetTimeoutOnProgress: true,
          onprogress: ({ progress, total, message }) =>
            onProgress({ progress, total, message: typeof message === "string" ? redactAll(message, held) : undefined }),
        }),
      ).catch((err: unknown) => {
        throw errorWithoutSecrets(err, held);
      });
      return withoutSecrets(result, held);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Closes every connection (child processes exit); calls in flight, and any made later, fail as shut down. */
  async close(): Promise<void> {
    this.#closed = true;
    const all = [...this.#connections.values()].flatMap((pool) => [...pool.values()]);
    this.#connections.clear();
    await Promise.allSettled(all.map((c) => c.client.close()));
  }

  async #use<T>(
    server: string,
    credential: DownstreamCredential | undefined,
    signal: AbortSignal | undefined,
    run: (client: Client, options: RequestOptions, connection: Connection) => Promise<T>,
  ): Promise<T> {
    const config = this.#configs.get(server);
    if (!config) throw new DownstreamError(server, "unknown-server", `downstream '${server}' is not configured in the gateway`);
    if (this.#closed) throw shutDown(server);
    const key = connectionKey(server, credential);
    const wait = this.#backoff.waiting(key);
    if (wait) {
      throw new DownstreamError(
        server,
        "unavailable",
        `downstream '${server}' is unavailable (${wait.why}); the gateway tries it again in ${Math.ceil(wait.retryInMs)} ms`,
      );
    }
    // Twice at most: a request refused for its session (the server restarted) goes once more,
    // in a new session — it never ran, so nothing runs twice.
    for (let attempt = 0; ; attempt++) {
      const connection = this.#connect(key, server, config, credential);
      connection.inFlight++;
      try {
        return await this.#run(key, server, config, credential, connection, signal, run, attempt === 0);
      } catch (err) {
        if (err !== SESSION_ENDED) throw err;
      } finally {
        connection.inFlight--;
        if (connection.inFlight === 0) {
          if (connection.retired) void connection.client.close().catch(() => undefined);
          this.#evictBeyondCap(server);
        }
      }
    }
  }

  async #run<T>(
    key: string,
    server: string,
    config: DownstreamConfig,
    credential: DownstreamCredential | undefined,
    connection: Connection,
    signal: AbortSignal | undefined,
    run: (client: Client, options: RequestOptions, connection: Connection) => Promise<T>,
    resendable: boolean,
  ): Promise<T> {
    try {
      await connection.ready;
    } catch (err) {
      throw this.#failed(key, connection, config, credential, err, "start");
    }
    try {
      const result = await run(connection.client, { timeout: config.timeoutMs, ...(signal ? { signal } : {}) }, connection);
      this.#backoff.succeeded(key);
      return result;
    } catch (err) {
      // The caller stopped it (or its progress outran maxCallMs): the SDK has told the server
      // (notifications/cancelled), and the connection, shared with every other caller, is as good as before.
      if (signal?.aborted) {
        if (signal.reason instanceof DownstreamError) throw signal.reason;
        throw new DownstreamError(server, "cancelled", `the call to downstream '${server}' was cancelled: ${reasonOf(signal)}`);
      }
      // The server no longer has the session (it restarted): the spec has the client open a new
      // one. Not a failure of the server's: no backoff, no warning.
      if (resendable && sessionEnded(err)) {
        this.#retire(key, connection);
        this.#logger.info({ server }, "downstream session ended (the server restarted?); sending the request again in a new session");
        throw SESSION_ENDED;
      }
      // An error the server itself answered (a JSON-RPC error) is this call's failure alone: the
      // connection, shared with every other caller, stays as it is.
      const answered = err instanceof McpError && !lostLocally(err, connection);
      if (answered) {
        this.#backoff.succeeded(key);
        throw err;
      }
      // One call out of time is not a hung server: the SDK has cancelled it, and a server that
      // still answers a ping keeps its connection — shared with other callers, whose calls in
      // flight on it would fail with it (a caller of a slow tool could cut everyone else off).
      if (timedOutLocally(err) && (await answersPing(connection.client, config.timeoutMs))) {
        this.#backoff.succeeded(key);
        throw new DownstreamError(
          server,
          "timeout",
          `downstream '${server}' did not answer this call within ${config.timeoutMs} ms (cancelled; the server answers others)`,
        );
      }
      throw this.#failed(key, connection, config, credential, err, "call");
    }
  }

  /**
   * A server that failed or hung is not trusted with the next call: its connection is dropped
   * (a hung child is killed) and the next call opens a fresh one.
   */
  #failed(key: string, connection: Connection, config: DownstreamConfig, credential: DownstreamCredential | undefined, err: unknown, phase: "start" | "call") {
    const server = key.split("\0")[0]!;
    if (this.#closed) return shutDown(server);
    this.#drop(key, connection);
    const timedOut = timedOutLocally(err);
    const secrets = [...this.#injected(server, credential), ...configSecrets(config)];
    // The reason goes to the log, the backoff and the caller: the server's own words (an HTTP
    // error's body, an initialize refused) are tool output, secrets and all — and the caller is
    // an agent that reads them with no ScanResponse in between (a failed call has no answer to
    // scan): it gets them cleared of secrets and prompt injection, or not at all.
    let why = connection.brokenBy ?? exitedBeforeAnswer(connection, err);
    let said = why;
    if (why === undefined || said === undefined) {
      const own = redact((err as Error).message ?? String(err), secrets);
      why = withoutDetectedSecrets(own);
      said = forAgent(own) ?? WITHHELD;
    }
    if (!connection.failed) this.#backoff.failed(key, said);
    connection.failed = true;
    this.#logger.warn({ server, phase, why }, "downstream failed; reconnecting on the next call");
    if (!timedOut)
      return new DownstreamError(server, "unavailable", `downstream '${server}' is unavailable (${said}); the gateway reconnects on the next call`);
    const what = phase === "start" ? `did not start within ${config.connectTimeoutMs} ms` : `did not answer within ${config.timeoutMs} ms`;
    return new DownstreamError(server, "timeout", `downstream '${server}' ${what}; the gateway reconnects on the next call`);
  }

  /** The injected credential's values as applied, and the bare credentials they carry. */
  #injected(server: string, credential: DownstreamCredential | undefined): string[] {
    if (!credential) return [];
    return [...Object.values(credential.headers), ...Object.values(credential.env), ...this.#presented(server, credential)];
  }

  #connect(key: string, server: string, config: DownstreamConfig, credential: DownstreamCredential | undefined): Connection {
    let pool = this.#connections.get(server);
    if (!pool) this.#connections.set(server, (pool = new Map()));
    const existing = pool.get(key);
    if (existing) {
      // Most recently used last: the map's order is the eviction order.
      pool.delete(key);
      pool.set(key, existing);
      return existing;
    }
    // Room first: an idle connection past the cap goes now, before a new one opens.
    if (pool.size >= MAX_CONNECTIONS_PER_SERVER) this.#evictBeyondCap(server, 1);
    if (pool.size >= Math.max(MAX_CONNECTIONS_PER_SERVER, this.#maxBusy)) {
      throw new DownstreamError(
        server,
        "unavailable",
        `downstream '${server}' has ${pool.size} connections with calls in flight, one per credential (at most ${Math.max(MAX_CONNECTIONS_PER_SERVER, this.#maxBusy)}); retry once one finishes`,
      );
    }
    const client = new Client({ name: "portcullis-gateway", version: "0.1.0" }, { capabilities: {} });
    const transport =
      "command" in config
        ? new StdioProcessTransport({
            command: config.command,
            args: config.args,
            env: { ...getDefaultEnvironment(), ...config.env, ...credential?.env },
            ...(config.cwd ? { cwd: config.cwd } : {}),
            maxMessageBytes: STDIO_MAX_MESSAGE_BYTES,
          })
        : new HttpClientTransport(new URL(config.url), { headers: { ...config.headers, ...credential?.headers } });
    if (transport instanceof StdioProcessTransport) {
      // Drained so a chatty server never blocks on a full pipe; kept at debug (it is the server's own log).
      transport.stderr.on("data", (chunk: Buffer) => {
        // Decoded only when it will be written: a chatty server's stderr is drained either way.
        if (this.#logger.isLevelEnabled("debug")) this.#logger.debug({ server, stderr: chunk.toString("utf8", 0, 2000) }, "downstream stderr");
      });
    }
    const connection: Connection = {
      client,
      ready: client.connect(transport, { timeout: config.connectTimeoutMs }),
      inFlight: 0,
      process: transport instanceof StdioProcessTransport ? transport : undefined,
    };
    answerAfterNotifications(transport);
    // Progress reaches a call through its own request (callTool's onProgress). A server's log
    // messages (notifications/message) are not relayed: on a connection shared by every caller
    // with this credential a log message names no request (stdio has no per-request channel),
    // so it could go to whichever caller is in flight — another user's data to the wrong agent;
    // and the gateway declares no `logging` capability, which a server sending them must (with
    // `logging/setLevel` per session, forwarded to shared connections). The SDK drops them.
    client.setNotificationHandler(ToolListChangedNotificationSchema, () => {
      connection.tools = undefined;
      this.#listMayChange(server);
    });
    // A message over the read buffer breaks the stream (its tail arrives as garbage), and the
    // call waiting for it would only time out: cut the connection now, with the reason.
    client.onerror = (err: Error) => {
      if (connection.brokenBy !== undefined || !err.message.includes("ReadBuffer exceeded")) return;
      connection.brokenBy = `it sent a message over ${STDIO_MAX_MESSAGE_BYTES} bytes on stdio`;
      this.#drop(key, connection);
    };
    // A connection that ends by itself (the child exited, the server went away) is forgotten.
    client.onclose = () => {
      connection.closed = true;
      if (pool.get(key) === connection) pool.delete(key);
      if (connection.tools) this.#listMayChange(server);
      if (connection.process?.exitedByItself) this.#logExit(server, config, credential, connection.process);
    };
    connection.ready.catch(() => this.#drop(key, connection));
    pool.set(key, connection);
    return connection;
  }

  /**
   * Takes a connection whose session the server refused out of use — the next call opens a new
   * one — and closes it once its calls in flight are done: closed now, it would fail the other
   * callers' requests still on their way to the same refusal, which go again in a new session.
   */
  #retire(key: string, connection: Connection): void {
    const pool = this.#connections.get(key.split("\0")[0]!);
    if (pool?.get(key) === connection) pool.delete(key);
    if (connection.retired) return;
    connection.retired = true;
    if (connection.tools) this.#listMayChange(key.split("\0")[0]!);
  }

  #drop(key: string, connection: Connection): void {
    const pool = this.#connections.get(key.split("\0")[0]!);
    if (pool?.get(key) === connection) pool.delete(key);
    if (connection.tools) this.#listMayChange(key.split("\0")[0]!);
    void connection.client.close().catch(() => undefined);
  }

  /**
   * Logs (warn) how a server's process ended by itself — its exit code or signal and the last
   * lines of its stderr, cleared of the secrets the gateway holds for it and of those the
   * detectors find — at most once per {@link EXIT_LOG_INTERVAL_MS} per server. Its stderr is
   * the operator's to read, never the caller's: the caller is told the exit alone.
   */
  #logExit(server: string, config: DownstreamConfig, credential: DownstreamCredential | undefined, child: StdioProcessTransport): void {
    const now = Date.now();
    const last = this.#exitsLogged.get(server);
    if (last && now - last.at < EXIT_LOG_INTERVAL_MS) {
      last.unlogged++;
      return;
    }
    this.#exitsLogged.set(server, { at: now, unlogged: 0 });
    const secrets = [...this.#injected(server, credential), ...configSecrets(config)];
    const lines = child.stderrTail().split("\n");
    if (lines.at(-1) === "") lines.pop();
    const stderr = withoutDetectedSecrets(redact(lines.slice(-STDERR_TAIL_LINES).join("\n"), secrets));
    this.#logger.warn(
      { server, exitCode: child.exit?.code, exitSignal: child.exit?.signal ?? undefined, stderr, ...(last?.unlogged ? { exitsNotLogged: last.unlogged } : {}) },
      "downstream process exited",
    );
  }

  /** Closes the server's least recently used idle connections while it holds more than the cap. */
  #evictBeyondCap(server: string, room = 0): void {
    const pool = this.#connections.get(server);
    let over = (pool?.size ?? 0) + room - MAX_CONNECTIONS_PER_SERVER;
    if (!pool || over <= 0) return;
    for (const [key, connection] of [...pool]) {
      if (over <= 0) return;
      if (connection.inFlight > 0) continue;
      this.#drop(key, connection);
      over--;
    }
  }
}

/**
 * Delivers each answer the server sends one microtask after the messages before it. The SDK's
 * client runs a notification's handler a microtask later (`Promise.resolve().then`) but takes an
 * answer at once, dropping the request's progress handler with it: a server's last progress
 * report, read in the same chunk as the answer that follows it (a tool reports 5/5 and returns),
 * was dropped as being for an unknown token — in the gateway, and so never relayed. Call it
 * right after `client.connect(transport)`, which installs the client's handler synchronously.
 */
function answerAfterNotifications(transport: Transport): void {
  const deliver = transport.onmessage;
  if (!deliver) return;
  transport.onmessage = (message, extra) => {
    if ("method" in message) return deliver(message, extra);
    if ("error" in message) noteServerData(message.error.data);
    queueMicrotask(() => deliver(message, extra));
  };
}

/**
 * The `data` objects of the errors servers answered with, as parsed from their messages. The
 * SDK hands an answered error's `data` to its `McpError` as it is, so a `data` in here was the
 * server's; the SDK's own deadline raises its `McpError` with a `data` object of its own making
 * (`{ timeout }`), never one of these. Weak: gone with the error.
 */
const SERVER_DATA = new WeakSet<object>();

function noteServerData(data: unknown): void {
  if (typeof data === "object" && data !== null) SERVER_DATA.add(data);
}

/**
 * Whether `err` is the SDK's own request deadline (or its total-time bound) — not a server's
 * answer with the same code. The v1 SDK's `RequestTimeout` is -32001, which a server may answer
 * too (a gateway or proxy in front of it timing out, a "request expired" of its own): by code
 * alone, a server's -32001 had the gateway ping it, tell the caller "did not answer this call
 * within N ms" and, if the ping went unanswered, drop the shared connection. The SDK raises its
 * deadline as `McpError.fromError(RequestTimeout, "Request timed out", { timeout })` (and the
 * total-time bound with `{ maxTotalTimeout, totalElapsed }`): always with a `data` object it
 * made, while a server's error carries its own `data` (noted as it arrives) or none.
 */
function timedOutLocally(err: unknown): boolean {
  if (!(err instanceof McpError) || err.code !== ErrorCode.RequestTimeout) return false;
  const data: unknown = err.data;
  return typeof data === "object" && data !== null && !SERVER_DATA.has(data);
}

/**
 * Whether `err` was raised by the gateway's side of the connection — the SDK's deadline, or the
 * connection gone — rather than answered by the server. Not by its code alone: the SDK's local
 * codes are JSON-RPC's server-error range (`ConnectionClosed` is -32000, `RequestTimeout`
 * -32001), and -32000 is many servers' generic error, so a server's own -32000 had the shared
 * connection killed and every other caller's call in flight on it failed; likewise a server's
 * -32001 is not the SDK's deadline ({@link timedOutLocally}). The SDK raises its
 * `ConnectionClosed` only for a transport that has closed (its `_onclose`, which calls the
 * client's `onclose` first, then fails what is pending), and the gateway's HTTP transport for a
 * stream that ended before its answer ({@link endedBeforeAnswer}); a server's -32000 arrives on
 * a connection that is still open.
 */
function lostLocally(err: McpError, connection: Connection): boolean {
  if (timedOutLocally(err)) return true;
  return err.code === ErrorCode.ConnectionClosed && (connection.closed === true || endedBeforeAnswer(err));
}

function reasonOf(signal: AbortSignal): string {
  const reason: unknown = signal.reason;
  return reason instanceof Error ? reason.message : String(reason ?? "aborted");
}

function shutDown(server: string): DownstreamError {
  return new DownstreamError(server, "unavailable", `the call to downstream '${server}' was cut off: the gateway is shutting down; call again once it is back`);
}

interface RequestOptions {
  timeout: number;
  signal?: AbortSignal;
}

/**
 * All pages of a server's tools/list. A plain request, not `Client.listTools`: that one
 * compiles an output-schema validator per tool on every list, which the gateway never uses
 * (it passes results through; the agent validates).
 */
async function fetchTools(client: Client, options: RequestOptions): Promise<Tool[]> {
  const tools: Tool[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_LIST_PAGES; page++) {
    const result = await client.request({ method: "tools/list", params: cursor === undefined ? {} : { cursor } }, ListToolsResultSchema, options);
    // One by one: a spread passes each tool as an argument, and a page of ~100,000 overflows the stack.
    for (const tool of result.tools) tools.push(tool);
    cursor = result.nextCursor;
    if (cursor === undefined) break;
  }
  return tools;
}

/** One connection per server and credential; the key holds a hash of the credential, never the credential. */
function connectionKey(server: string, credential: DownstreamCredential | undefined): string {
  if (!credential || (Object.keys(credential.headers).length === 0 && Object.keys(credential.env).length === 0)) return server;
  const canonical = JSON.stringify([Object.entries(credential.headers).sort(), Object.entries(credential.env).sort()]);
  return `${server}\0${createHash("sha256").update(canonical).digest("hex")}`;
}

/** What the configuration may hold of secrets: env values, header values, and a URL's password and query values. */
function configSecrets(config: DownstreamConfig): string[] {
  if ("command" in config) return Object.values(config.env);
  const url = new URL(config.url);
  return [...Object.values(config.headers), ...url.searchParams.values(), ...(url.password ? [decodeURIComponent(url.password)] : [])];
}

/**
 * An authorization scheme before a credential (`Bearer `, `ApiKey `, `SSWS `): a tool may echo
 * the credential without it. Only a fallback — the policy's template (presentedTokens) gives
 * the bare credential whatever is around it — for a template the gateway does not know.
 */
const SCHEME = /^[A-Za-z][\w.+-]*\s+/;

/**
 * The secrets the gateway itself holds for a server, as they could come back in an answer (a
 * tool that prints its environment): configured headers, URL query values and password, the
 * configured environment variables whose names say they hold one, and the injected credential
 * — as applied and bare (`injected` holds both).
 */
function answerSecrets(config: DownstreamConfig, injected: readonly string[]): string[] {
  const own = "command" in config ? Object.entries(config.env).flatMap(([name, value]) => (isSecretKeyName(name) ? [value] : [])) : configSecrets(config);
  return [...own, ...injected].flatMap((v) => [v, v.replace(SCHEME, "")]).filter((v) => v.length >= 8);
}

/** A downstream's text with every one of `secrets` replaced by `[redacted]`. */
function redactAll(text: string, secrets: readonly string[]): string {
  return secrets.reduce((out, secret) => out.split(secret).join("[redacted]"), text);
}

/** A tool's answer with every one of `secrets` replaced by `[redacted]` in its text and structured content. */
function withoutSecrets(result: CallToolResult, secrets: readonly string[]): CallToolResult {
  return withoutSecretsIn(result, secrets) as CallToolResult;
}

/** `value` (JSON) with every one of `secrets` replaced by `[redacted]` in its strings and keys; `value` itself when none is in it. */
function withoutSecretsIn(value: unknown, secrets: readonly string[]): unknown {
  if (secrets.length === 0) return value;
  const text = JSON.stringify(value) ?? "";
  if (!secrets.some((secret) => text.includes(JSON.stringify(secret).slice(1, -1)))) return value;
  const clean = (v: unknown): unknown => {
    if (typeof v === "string") return redactAll(v, secrets);
    if (Array.isArray(v)) return v.map(clean);
    if (v !== null && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [redactAll(k, secrets), clean(x)]));
    return v;
  };
  return clean(value);
}

/**
 * A tools/call's failure with the secrets the gateway holds for the server redacted from what
 * the server answered: a JSON-RPC error's message and `data` are the server's own words, and a
 * server that quotes the key it was called with in an error ("invalid API key sk-…") reached the
 * agent with it — ScanResponse finds only the secrets its detectors know the shape of. The
 * gateway's own failures (DownstreamError) name no server text with a secret and pass as they are.
 */
function errorWithoutSecrets(err: unknown, secrets: readonly string[]): unknown {
  if (!(err instanceof McpError) || secrets.length === 0) return err;
  const prefix = `MCP error ${err.code}: `;
  const own = err.message.startsWith(prefix) ? err.message.slice(prefix.length) : err.message;
  const message = redactAll(own, secrets);
  const data = err.data === undefined ? undefined : withoutSecretsIn(err.data, secrets);
  if (message === own && data === err.data) return err;
  return new McpError(err.code, message, data);
}

/** Removes every secret value (and its bearer token part) from a message; not cut, so that the secret detectors see it whole. */
function redact(message: string, secrets: readonly string[]): string {
  let out = message;
  for (const secret of secrets) {
    for (const part of [secret, secret.replace(SCHEME, "")]) {
      if (part.length >= 4) out = out.split(part).join("[redacted]");
    }
  }
  return out;
}

/**
 * What the caller and log are told of a stdio server whose process ended by itself, where the
 * SDK says only "Connection closed": its exit code or signal (its stderr goes to the log alone).
 */
function exitedBeforeAnswer(connection: Connection, err: unknown): string | undefined {
  const exit = connection.process?.exitedByItself ? connection.process.exit : undefined;
  if (!exit || !(err instanceof McpError) || err.code !== ErrorCode.ConnectionClosed) return undefined;
  const how = exit.signal ? `was ended by ${exit.signal}` : `exited with code ${exit.code}`;
  return `its process ${how} before it answered; its stderr is in the gateway's log`;
}

/** How long a liveness ping after a call's timeout may take, at most. */
const PING_TIMEOUT_MS = 2_000;

/** Whether the server answers a ping within min(its call timeout, 2 s): alive, though one call was not. */
async function answersPing(client: Client, timeoutMs: number): Promise<boolean> {
  try {
    await client.ping({ timeout: Math.min(timeoutMs, PING_TIMEOUT_MS) });
    return true;
  } catch {
    return false;
  }
}
