/**
 * The gateway's configuration file: which policy decides, where the gateway listens, and how
 * each downstream MCP server is reached (stdio command or Streamable HTTP URL). Errors name
 * the file, line and field, like the policy loader's.
 */
import { statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { LineCounter, parseDocument } from "yaml";
import { z } from "zod";
import { formatPath } from "../policy/index.js";
import { sourceLocator } from "../policy/source-locator.js";
import { GATEWAY_LISTENER_DEFAULTS, type GatewayListenerLimits } from "./gateway-listener.js";

const name = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, { error: "a server name: letters, digits, '.', '_' and '-'" });
const timeoutMs = z.number().int().min(1).max(600_000);
/** A call that reports progress may run this long at most (a day). */
const maxCallMs = z.number().int().min(1).max(86_400_000);
/** Default of `maxCallMs`: a call that reports progress runs up to ten minutes (or its `timeoutMs`, if longer). */
const MAX_CALL_MS = 600_000;

/** A downstream MCP server started as a child process and spoken to over stdio. */
const StdioServerSchema = z.strictObject({
  command: z.string().min(1),
  args: z.array(z.string()).default([]),
  env: z.record(z.string(), z.string()).default({}),
  cwd: z.string().optional(),
  timeoutMs: timeoutMs.optional(),
  connectTimeoutMs: timeoutMs.optional(),
  maxCallMs: maxCallMs.optional(),
});

/** A downstream MCP server reached over Streamable HTTP. */
const HttpServerSchema = z.strictObject({
  url: z.url({ protocol: /^https?$/, error: "an http(s) URL of the server's MCP endpoint" }),
  headers: z.record(z.string(), z.string()).default({}),
  timeoutMs: timeoutMs.optional(),
  connectTimeoutMs: timeoutMs.optional(),
  maxCallMs: maxCallMs.optional(),
});

const count = (max: number) => z.number().int().min(1).max(max);
const bytes = z
  .number()
  .int()
  .min(1024)
  .max(1024 * 1024 * 1024);

/** The listener's and the sessions' bounds; unset fields take their defaults. */
const LimitsSchema = z
  .strictObject({
    headerTimeoutMs: timeoutMs.optional(),
    requestTimeoutMs: timeoutMs.optional(),
    idleTimeoutMs: timeoutMs.optional(),
    maxConnections: count(1_000_000).optional(),
    maxBodyBytes: bytes.optional(),
    maxInflightBytes: bytes.optional(),
    maxSessions: count(1_000_000).optional(),
    maxSessionsPerCaller: count(1_000_000).optional(),
  })
  .transform((l, ctx) => {
    const limits: GatewayLimits = { ...GATEWAY_LISTENER_DEFAULTS, ...SESSION_DEFAULTS, ...l };
    // Node refuses a head deadline past the request's; a body past the shared budget could never be read.
    if (limits.headerTimeoutMs > limits.requestTimeoutMs)
      ctx.addIssue({
        code: "custom",
        path: ["headerTimeoutMs"],
        message: `${limits.headerTimeoutMs} is above requestTimeoutMs (${limits.requestTimeoutMs}); a head arrives before its body`,
      });
    if (limits.maxBodyBytes > limits.maxInflightBytes)
      ctx.addIssue({
        code: "custom",
        path: ["maxBodyBytes"],
        message: `${limits.maxBodyBytes} is above maxInflightBytes (${limits.maxInflightBytes}); such a body could never be read`,
      });
    if (limits.maxSessionsPerCaller > limits.maxSessions)
      ctx.addIssue({ code: "custom", path: ["maxSessionsPerCaller"], message: `${limits.maxSessionsPerCaller} is above maxSessions (${limits.maxSessions})` });
    return limits;
  });

const GatewayConfigSchema = z.strictObject({
  policy: z.string().min(1),
  listen: z
    .string()
    .regex(/^(?:\[[^\]]+\]|[^:]+):\d{1,5}$/, { error: "HOST:PORT, e.g. 127.0.0.1:7879" })
    .default("127.0.0.1:7879"),
  allowNonLoopback: z.boolean().default(false),
  publicUrl: z.url({ protocol: /^https?$/ }).optional(),
  allowedOrigins: z.array(z.string()).default([]),
  timeoutMs: timeoutMs.default(30_000),
  maxCallMs: maxCallMs.optional(),
  dataDir: z.string().optional(),
  audit: z
    .union(
      [
        z.literal(false),
        z.strictObject({
          dir: z.string().optional(),
          mode: z.enum(["async", "sync"]).default("async"),
          index: z.enum(["background", "on-query"]).default("background"),
          // true: the default key (pcl:{portcullis}:audit); a string: that key. Needs `redis`.
          stream: z.union([z.boolean(), z.string().min(1, { error: "the stream's key, not empty (or true for the default key)" })]).default(false),
        }),
      ],
      { error: "false, or { dir, mode: async|sync, index: background|on-query, stream: true|KEY }" },
    )
    .default({ mode: "async", index: "background", stream: false }),
  redis: z
    .string()
    .regex(/^rediss?:\/\//, { error: "a redis:// or rediss:// URL" })
    .optional(),
  // prefault, not default: the transform fills in the defaults of an absent block too.
  limits: LimitsSchema.prefault({}),
  servers: z.record(name, z.union([StdioServerSchema, HttpServerSchema], { error: "either { command, args, env } or { url, headers }" })),
});

/**
 * Bounds on the 2025-11-25 sessions the gateway holds.
 *
 * @example
 * ```ts
 * const sessions: SessionLimits = { maxSessions: 1000, maxSessionsPerCaller: 100 };
 * ```
 */
export interface SessionLimits {
  /** Most sessions held at once; past it the longest idle one is closed. */
  readonly maxSessions: number;
  /**
   * Most sessions one subject holds at once; past it that subject's longest idle one is
   * closed, so that one caller opening sessions in a loop never closes anybody else's.
   */
  readonly maxSessionsPerCaller: number;
}

/** The defaults of {@link SessionLimits}. */
export const SESSION_DEFAULTS: SessionLimits = { maxSessions: 1000, maxSessionsPerCaller: 100 };

/** Every bound of the gateway (the `limits` block), defaults filled in. */
export type GatewayLimits = Required<GatewayListenerLimits> & SessionLimits;

/** How one downstream server is reached. */
export type DownstreamConfig = (z.infer<typeof StdioServerSchema> | z.infer<typeof HttpServerSchema>) & {
  /** Deadline of one request (tools/list, tools/call). */
  readonly timeoutMs: number;
  /** Deadline of starting and initializing a connection (a child process may start slowly). */
  readonly connectTimeoutMs: number;
  /**
   * Longest run of a call whose caller asked for progress: each progress report of the server
   * restarts its `timeoutMs`, up to this from the start.
   */
  readonly maxCallMs: number;
};

/** A loaded gateway configuration; paths are absolute. */
export interface GatewayConfig {
  readonly file: string;
  readonly policyFile: string;
  readonly listen: { readonly host: string; readonly port: number };
  readonly allowNonLoopback: boolean;
  readonly publicUrl: string | undefined;
  readonly allowedOrigins: readonly string[];
  readonly timeoutMs: number;
  readonly dataDir: string | undefined;
  readonly audit:
    | false
    | {
        readonly dir: string | undefined;
        readonly mode: "async" | "sync";
        readonly index: "background" | "on-query";
        /** Also append the records to a Redis Stream: `true` (default key) or its key; undefined: no. */
        readonly stream: true | string | undefined;
      };
  readonly redis: string | undefined;
  readonly limits: GatewayLimits;
  readonly servers: ReadonlyMap<string, DownstreamConfig>;
}

/**
 * A configuration file that cannot be used; `problems` are `file:line:column: field: message`.
 *
 * @example
 * ```ts
 * try { await loadGatewayConfig(file); } catch (err) { if (err instanceof GatewayConfigError) err.problems.forEach((p) => console.error(p)); }
 * ```
 */
export class GatewayConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join("\n"));
  }
}

/**
 * Parses a gateway configuration. Relative paths are resolved against the file's folder; a
 * stdio server's `cwd` must be a directory that exists.
 *
 * @example
 * ```ts
 * const config = parseGatewayConfig("policy: policy.yaml\nservers: { web: { url: http://127.0.0.1:9000/mcp } }", "/etc/pcl/gateway.yaml");
 * config.servers.get("web"); // { url: "http://127.0.0.1:9000/mcp", headers: {}, timeoutMs: 30000 }
 * ```
 */
export function parseGatewayConfig(text: string, file: string): GatewayConfig {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    throw new GatewayConfigError(
      doc.errors.map((e) => {
        const { line, col } = lineCounter.linePos(e.pos[0]);
        return `${file}:${line}:${col}: ${e.message.split("\n")[0]}`;
      }),
    );
  }
  const parsed = GatewayConfigSchema.safeParse(doc.toJS());
  if (!parsed.success) {
    const locator = sourceLocator(text, doc, lineCounter);
    throw new GatewayConfigError(
      parsed.error.issues.map((issue) => {
        const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
        const { line, column } = locator.position(path);
        return `${file}:${line}:${column}: ${path.length > 0 ? `${formatPath(path)}: ` : ""}${issue.message}`;
      }),
    );
  }
  const c = parsed.data;
  const base = dirname(file);
  const match = /^(?:\[([^\]]+)\]|([^:]+)):(\d+)$/.exec(c.listen)!;
  const port = Number(match[3]);
  if (port > 65535) throw new GatewayConfigError([`${file}: listen: port ${port} is above 65535`]);
  const servers = new Map<string, DownstreamConfig>();
  const problems: string[] = [];
  for (const [server, s] of Object.entries(c.servers)) {
    const cwd = "command" in s && s.cwd !== undefined ? resolve(base, s.cwd) : undefined;
    // Checked now: a missing one failed every start of the server as `spawn COMMAND ENOENT`.
    if (cwd !== undefined && !statSync(cwd, { throwIfNoEntry: false })?.isDirectory()) {
      const path = ["servers", server, "cwd"];
      const { line, column } = sourceLocator(text, doc, lineCounter).position(path);
      problems.push(
        `${file}:${line}:${column}: ${formatPath(path)}: ${cwd} is not a directory (relative paths are resolved against the configuration file's folder)`,
      );
    }
    const callMs = s.timeoutMs ?? c.timeoutMs;
    const longest = s.maxCallMs ?? c.maxCallMs ?? Math.max(MAX_CALL_MS, callMs);
    // Progress extends a call past its timeoutMs, never cuts it short.
    if (longest < callMs) {
      const path = s.maxCallMs !== undefined ? ["servers", server, "maxCallMs"] : ["maxCallMs"];
      const { line, column } = sourceLocator(text, doc, lineCounter).position(path);
      problems.push(
        `${file}:${line}:${column}: ${formatPath(path)}: ${longest} is below the timeoutMs of '${server}' (${callMs}); progress extends a call, never cuts it short`,
      );
    }
    servers.set(server, {
      ...s,
      ...(cwd ? { cwd } : {}),
      timeoutMs: callMs,
      connectTimeoutMs: s.connectTimeoutMs ?? Math.max(callMs, 10_000),
      maxCallMs: longest,
    });
  }
  if (c.audit !== false && c.audit.stream !== false && c.redis === undefined) {
    const path = ["audit", "stream"];
    const { line, column } = sourceLocator(text, doc, lineCounter).position(path);
    problems.push(`${file}:${line}:${column}: ${formatPath(path)}: appends the audit records to a Redis Stream: it needs redis: redis://HOST:PORT`);
  }
  if (problems.length > 0) throw new GatewayConfigError(problems);
  return {
    file,
    policyFile: resolve(base, c.policy),
    listen: { host: (match[1] ?? match[2])!, port },
    allowNonLoopback: c.allowNonLoopback,
    publicUrl: c.publicUrl?.replace(/\/+$/, ""),
    allowedOrigins: c.allowedOrigins,
    timeoutMs: c.timeoutMs,
    dataDir: c.dataDir === undefined ? undefined : resolve(base, c.dataDir),
    audit:
      c.audit === false
        ? false
        : {
            dir: c.audit.dir === undefined ? undefined : resolve(base, c.audit.dir),
            mode: c.audit.mode,
            index: c.audit.index,
            stream: c.audit.stream === false ? undefined : c.audit.stream,
          },
    redis: c.redis,
    limits: c.limits,
    servers,
  };
}

/**
 * Reads and parses a gateway configuration file.
 *
 * @example
 * ```ts
 * const config = await loadGatewayConfig("examples/gateway.yaml");
 * ```
 */
export async function loadGatewayConfig(file: string): Promise<GatewayConfig> {
  const path = resolve(file);
  const text = await readFile(path, "utf8").catch((err: NodeJS.ErrnoException) => {
    throw new GatewayConfigError([`${file}: cannot read (${err.code ?? err.message})`]);
  });
  return parseGatewayConfig(text, path);
}

/**
 * The top-level fields in which `next` differs from `inForce` (`policy` for the policy file's
 * path), in the file's order: what a SIGHUP finds changed but cannot apply to a running gateway.
 *
 * @example
 * ```ts
 * configChanges(inForce, await loadGatewayConfig(inForce.file)); // e.g. ["listen", "servers"]
 * ```
 */
export function configChanges(inForce: GatewayConfig, next: GatewayConfig): string[] {
  const plain = (c: GatewayConfig): Record<string, string> => {
    const { file: _file, policyFile, servers, ...rest } = c;
    const fields: Record<string, unknown> = { policy: policyFile, ...rest, servers: Object.fromEntries(servers) };
    return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, JSON.stringify(v) ?? ""]));
  };
  const [a, b] = [plain(inForce), plain(next)];
  return Object.keys(a).filter((k) => a[k] !== b[k]);
}
