/**
 * `wrapClient`: an MCP client (v1 `@modelcontextprotocol/sdk` `Client`, or v2
 * `@modelcontextprotocol/client` `Client`) whose `listTools` returns only the tools the
 * caller may see and whose `callTool` is governed (see governed-call.ts). Both SDK lines take
 * the same `listTools(params, …)` / `callTool(params, …)` calls, so one structural adapter
 * serves both; every argument after `params` passes through unchanged.
 */
import { createHash } from "node:crypto";
import { withCredential } from "./credential-fetch.js";
import { governedCall, governedToolList, type DownstreamCredential, type GovernedTarget } from "./governed-call.js";
import type { McpCallParams, McpTool, McpToolResult } from "./mcp-shapes.js";
import { OutcomeRecorder } from "./outcome-recorder.js";
import { ProgressGuard, progressScan, type ProgressParams, type ProgressScan } from "./progress-guard.js";
import { ToolCatalog, type ReadToolsPage } from "./tool-catalog.js";
import { traceFromMeta, type TraceContext } from "./trace-context.js";

/**
 * What `wrapClient` needs of a client: the shape shared by the v1 and v2 `Client`.
 *
 * @example
 * ```ts
 * const c: GovernableClient = new Client({ name: "host", version: "1.0.0" });
 * ```
 */
export interface GovernableClient {
  listTools(params?: unknown, ...rest: unknown[]): Promise<{ tools: McpTool[]; nextCursor?: string | undefined }>;
  callTool(params: McpCallParams, ...rest: unknown[]): Promise<unknown>;
  close?(): Promise<void>;
}

/**
 * Makes a client for one downstream credential — e.g. spawns the stdio server with the
 * credential's `env`. The wrapper keeps the latest one and closes it when the credential changes.
 *
 * @example
 * ```ts
 * const factory: CredentialedClientFactory<Client> = async ({ env }) => {
 *   const c = new Client(info);
 *   await c.connect(new StdioClientTransport({ command: "jira-mcp", env: { ...getDefaultEnvironment(), ...env } }));
 *   return c;
 * };
 * ```
 */
export type CredentialedClientFactory<C extends GovernableClient> = (credential: DownstreamCredential) => C | Promise<C>;

/**
 * Options of {@link wrapClient}.
 *
 * @example
 * ```ts
 * const options: WrapClientOptions<Client> = { governance, server: "jira", token, credentials: "headers" };
 * ```
 */
export interface WrapClientOptions<C extends GovernableClient> extends GovernedTarget {
  /**
   * How a downstream credential reaches the server, when the policy gives the server one:
   * `"headers"` — the client's Streamable HTTP transport was built with `credentialFetch()`,
   * which adds the call's headers; a factory — the call goes through a client made for the
   * credential (stdio: its environment). Absent: a call that comes with a credential fails
   * closed, since it could not be applied.
   */
  credentials?: "headers" | CredentialedClientFactory<C> | undefined;
  /** The caller's current trace context (e.g. from OpenTelemetry); a `_meta.traceparent` on the call wins. */
  traceContext?: (() => TraceContext | undefined) | undefined;
}

/**
 * Wraps an MCP client so that tools/list is filtered and tools/call is governed by the
 * sidecar. Returns the same client (a proxy); everything else passes through. A call's
 * outcome is recorded after its result is returned (pass `recorder` to wait for the records
 * yourself); `close()` waits for the records still being sent, then closes the client.
 *
 * @example
 * ```ts
 * const client = wrapClient(new Client({ name: "host", version: "1.0.0" }), { governance, server: "jira", token });
 * await client.connect(transport);
 * const { tools } = await client.listTools();             // only the allowed tools
 * const r = await client.callTool({ name: "delete_issue", arguments: { key: "SUP-1" } }); // r.isError: denied
 * ```
 */
export function wrapClient<C extends GovernableClient>(client: C, options: WrapClientOptions<C>): C {
  // The real server's tools, by their real names: their hints, their output schemas, the names a call may use.
  const catalog = new ToolCatalog();
  const credentialed = credentialedClients(options.credentials);
  const target: GovernedTarget = { ...options, recorder: options.recorder ?? new OutcomeRecorder() };

  // The real client's own list: what the wrapper reads and filters (see below).
  const rawList = rawListOf(client);
  const readPage: ReadToolsPage = (cursor) => rawList(cursor ? { cursor } : undefined);
  const listTools = async (params?: unknown, ...rest: unknown[]) => {
    const raw = await rawList(params, ...rest);
    catalog.remember(raw.tools);
    return { ...raw, tools: await governedToolList(target, raw.tools, options.traceContext?.()) };
  };
  // The SDK lists tools itself, as `this.listTools()` on the real client — the list it hands
  // `listChanged.tools.onChanged` (v1 and v2), v2's refresh of its cache before a retried call —
  // and the proxy below never sees those calls: the real client's own `listTools` is the
  // filtered one, so whoever asks, the list that comes back is the one the caller may see.
  Object.defineProperty(client, "listTools", { value: listTools, configurable: true, writable: true, enumerable: false });

  const callTool = async (params: McpCallParams, ...rest: unknown[]): Promise<McpToolResult> => {
    const signal = signalOf(rest);
    // A name not held yet: the whole list, once, for its hints, its output schema and for
    // `listed`; behind a virtual server, the real tool an exposed (`as:`) name stands for.
    const route = await catalog.route(target, params, { read: readPage, trace: traceFromMeta(params._meta) ?? options.traceContext?.(), signal });
    const hints = route.annotations;
    return governedCall(
      target,
      {
        tool: params.name,
        arguments: params.arguments,
        annotations: hints,
        meta: params._meta,
        trace: options.traceContext?.(),
        signal,
        listed: route.listed,
        outputSchema: route.outputSchema,
      },
      async ({ credential, meta, target: to, decisionId, trace }) => {
        const downstream = { ...params, name: to.tool, _meta: meta };
        // The caller's `onprogress` gets each report with its message through the guardrails, in order, none after the answer.
        const progress = guardedProgress(rest, progressScan(target, { tool: params.name, decisionId, annotations: hints, trace, signal }));
        const args = progress?.args ?? rest;
        const send = (via: GovernableClient) => via.callTool(downstream, ...args) as Promise<McpToolResult>;
        try {
          if (!credential) return await send(client);
          if (options.credentials === "headers") {
            if (Object.keys(credential.env).length > 0)
              throw new Error('the server needs a credential in its environment; credentials: "headers" cannot apply it');
            return await withCredential(credential, () => send(client));
          }
          return await send(await credentialed(credential));
        } finally {
          await progress?.guard.close(!signal?.aborted);
        }
      },
    );
  };

  // A raw tools/call would slip past governance: refused, and tools/list must go through listTools.
  const request = (req: { method?: unknown }, ...rest: unknown[]) => {
    if (req?.method === "tools/call" || req?.method === "tools/list") {
      return Promise.reject(new Error(`wrapClient: send ${req.method} through callTool/listTools, which the governance applies to`));
    }
    return (client as unknown as { request: (...a: unknown[]) => Promise<unknown> }).request(req, ...rest);
  };

  // The streaming forms of the same calls (v1's `requestStream`, `experimental.tasks`): refused
  // the same way — a stream would carry a tools/call past the decision, the scan and the record.
  const refusedStream = (what: string): AsyncIterableIterator<never> => {
    const refused = () => Promise.reject(new Error(`wrapClient: ${what} would slip past governance; call tools through callTool`));
    return {
      next: refused,
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  };
  const guardedStream =
    (real: ((...a: unknown[]) => unknown) | undefined, via: string) =>
    (req: { method?: unknown }, ...rest: unknown[]) =>
      req?.method === "tools/call" || req?.method === "tools/list" || real === undefined
        ? refusedStream(`${via} of ${String(req?.method)}`)
        : real(req, ...rest);
  const raw = client as unknown as { requestStream?: (...a: unknown[]) => unknown; experimental?: { tasks?: object } };
  const requestStream = guardedStream(raw.requestStream?.bind(client), "requestStream");
  const experimental =
    raw.experimental?.tasks === undefined
      ? raw.experimental
      : new Proxy(raw.experimental, {
          get(real, prop) {
            if (prop !== "tasks") return Reflect.get(real, prop, real);
            const tasks = real.tasks as { requestStream?: (...a: unknown[]) => unknown };
            return new Proxy(tasks, {
              get(t, name) {
                if (name === "callToolStream") return () => refusedStream("experimental.tasks.callToolStream");
                if (name === "requestStream") return guardedStream(tasks.requestStream?.bind(tasks), "experimental.tasks.requestStream");
                const value: unknown = Reflect.get(t, name, t);
                return typeof value === "function" ? value.bind(t) : value;
              },
            });
          },
        });

  const close = async () => {
    await target.recorder?.drain();
    await credentialed.close();
    await client.close?.();
  };

  const own: Record<PropertyKey, unknown> = { listTools, callTool, request, requestStream, close, ...(experimental ? { experimental } : {}) };
  const bound = new Map<PropertyKey, unknown>();
  return new Proxy(client, {
    get(target, prop) {
      if (Object.hasOwn(own, prop)) return own[prop];
      const value: unknown = Reflect.get(target, prop, target);
      if (typeof value !== "function") return value;
      // Bound to the real client: its private state and its own internal calls stay its own.
      if (!bound.has(prop)) bound.set(prop, (value as (...a: unknown[]) => unknown).bind(target));
      return bound.get(prop);
    },
  });
}

/** The real client's own `listTools` (the prototype's, bound), kept once: a client wrapped twice is read unfiltered still. */
const RAW_LISTS = new WeakMap<object, GovernableClient["listTools"]>();

function rawListOf(client: GovernableClient): GovernableClient["listTools"] {
  let raw = RAW_LISTS.get(client);
  if (!raw) {
    raw = client.listTools.bind(client);
    RAW_LISTS.set(client, raw);
  }
  return raw;
}

/**
 * The call's options (v1: the third argument, v2: the second) with the caller's `onprogress`
 * behind a {@link ProgressGuard}; undefined when the caller asked for no progress.
 */
function guardedProgress(rest: unknown[], scan: ProgressScan): { args: unknown[]; guard: ProgressGuard } | undefined {
  const at = rest.findIndex((arg) => typeof (arg as { onprogress?: unknown } | undefined)?.onprogress === "function");
  if (at < 0) return undefined;
  const options = rest[at] as { onprogress: (progress: ProgressParams) => unknown };
  const guard = new ProgressGuard((p) => options.onprogress(p), scan);
  const onprogress = (p: ProgressParams) => void guard.push(p);
  return { args: rest.map((arg, i) => (i === at ? { ...options, onprogress } : arg)), guard };
}

function signalOf(rest: unknown[]): AbortSignal | undefined {
  for (const arg of rest) {
    const signal = (arg as { signal?: unknown } | undefined)?.signal;
    if (signal instanceof AbortSignal) return signal;
  }
  return undefined;
}

/** The client for a credential: made by the factory, kept while the credential stays the same. */
function credentialedClients<C extends GovernableClient>(mode: WrapClientOptions<C>["credentials"]) {
  let held: { fingerprint: string; client: Promise<C> } | undefined;
  const get = async (credential: DownstreamCredential): Promise<GovernableClient> => {
    if (typeof mode !== "function") throw new Error("the server needs a credential, and this host applies none (wrapClient option `credentials`)");
    // A hash, so the cache key is not the secret itself.
    const fingerprint = createHash("sha256")
      .update(JSON.stringify([credential.headers, credential.env]))
      .digest("hex");
    if (held?.fingerprint === fingerprint) return held.client;
    const previous = held;
    const entry = { fingerprint, client: Promise.resolve().then(() => mode(credential)) };
    held = entry;
    // A factory that failed is asked again on the next call, not remembered.
    entry.client.catch(() => {
      if (held === entry) held = undefined;
    });
    void previous?.client.then((c) => c.close?.()).catch(() => undefined);
    return entry.client;
  };
  return Object.assign(get, {
    close: async () => {
      const c = await held?.client.catch(() => undefined);
      held = undefined;
      await c?.close?.();
    },
  });
}
