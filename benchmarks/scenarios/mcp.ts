/**
 * `mcp`: what governance adds to one MCP tool call (issue #11's targets). The same
 * `tools/call` of a read-only Jira-like tool on a real v1 McpServer over the SDK's in-memory
 * transport, made three ways from this process:
 *
 * - `direct`: the bare v1 Client (the baseline);
 * - `host-embedded`: the same client wrapped with `wrapClient`, deciding through a sidecar
 *   embedded in this process (Authorize → the call → ScanResponse, which closes the outcome record; audit async);
 * - `host-socket`: the same wrapper deciding through a sidecar process on a Unix socket.
 *
 * And the gateway against its own baseline, both on `echo` of the real
 * `@modelcontextprotocol/server-everything` over stdio:
 *
 * - `upstream-stdio`: a v1 Client straight to its own server-everything child (the gateway's baseline);
 * - `gateway`: the same Client over Streamable HTTP to `portcullis gateway` — a child process
 *   running the real CLI, embedded sidecar, async audit — whose downstream is its own
 *   server-everything child over stdio. Both clients list tools once, as an agent does.
 *
 * And the same pair on an upstream reached over Streamable HTTP, the case a gateway exists for
 * (a remote server nobody can change), where the client's own transport is the same on both
 * sides and what is added is the gateway's alone (its server, governance and downstream hop):
 *
 * - `upstream-http`: a v1 Client over Streamable HTTP straight to a server-everything child
 *   serving `streamableHttp`;
 * - `gateway-http`: the same Client to the gateway, whose downstream is that same server;
 * - `proxy-http`: the same Client through a do-nothing HTTP proxy (lib/bare-proxy.ts) to that
 *   server: what one more HTTP hop costs on this machine, the floor under `gateway-http`.
 *
 * Targets: the host wrapper adds ≤ 0.3 ms at the median over a Unix socket or embedded; the
 * gateway adds ≤ 0.5 ms at the median and keeps p99 within 1.5× of the direct call. Over the
 * runner's loops the client's own GC and timers blur a few hundred microseconds, so setup also
 * measures the medians and p99s in process (variants interleaved, per-call latencies) and
 * reports the added median of each as notes.
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { createGovernanceClient, type GovernanceClient } from "@portcullis/sdk";
import { wrapClient } from "@portcullis/sdk/mcp";
import { createLogger, hashToken, startEmbedded, type EmbeddedSidecar } from "@portcullis/sidecar";
import * as z from "zod";
import { GcPauseLog, parseTraceGcLine } from "../lib/gc-pauses.ts";
import { interleavedLatency } from "../lib/interleaved-latency.ts";
import type { Scenario } from "../lib/scenario.ts";

const TOKEN = "bench-mcp-support-token";

const POLICY = `version: 1
subjects:
  - { id: agent:bench-mcp, roles: [support], tokenSha256: ${hashToken(TOKEN)} }
roles:
  support: { servers: { jira: { allow: [search_issues] }, everything: { allow: [echo] }, everything-http: { allow: [echo] } } }
`;

const VARIANTS = ["direct", "host-embedded", "host-socket", "upstream-stdio", "gateway", "upstream-http", "gateway-http", "proxy-http"] as const;
type VariantId = (typeof VARIANTS)[number];

/** A connected v1 client of a fresh Jira-like server (one server per connection). */
async function jiraClient(): Promise<Client> {
  const server = new McpServer({ name: "jira", version: "1.0.0" });
  server.registerTool("search_issues", { inputSchema: { q: z.string() }, annotations: { readOnlyHint: true } }, async ({ q }) => ({
    content: [{ type: "text" as const, text: `SUP-1: printer on fire (matches "${q}"); SUP-2: login loop after password reset` }],
  }));
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await server.connect(serverSide);
  const client = new Client({ name: "bench-host", version: "1.0.0" });
  await client.connect(clientSide);
  return client;
}

const REQUEST = { name: "search_issues", arguments: { q: "printer" } };
const ECHO = { name: "echo", arguments: { message: "printer on fire" } };

const EVERYTHING = ["node_modules", "@modelcontextprotocol", "server-everything", "dist", "index.js"];

/** A v1 client of its own server-everything child over stdio, tools listed once. */
async function everythingClient(repoRoot: string): Promise<Client> {
  const client = new Client({ name: "bench-host", version: "1.0.0" });
  await client.connect(new StdioClientTransport({ command: process.execPath, args: [join(repoRoot, ...EVERYTHING), "stdio"], stderr: "ignore" }));
  await client.listTools();
  return client;
}

/** The GC pauses a child started with `--trace-gc` prints on `stdout`; `onLine` sees every other line. */
function gcPausesOf(stdout: NodeJS.ReadableStream, onLine: (line: string) => void = () => undefined): GcPauseLog {
  const gc = new GcPauseLog();
  createInterface({ input: stdout }).on("line", (line) => {
    const pause = line.startsWith("[") ? parseTraceGcLine(line) : undefined;
    if (pause) gc.push({ at: performance.now(), ...pause });
    else onLine(line);
  });
  return gc;
}

/** A server-everything child serving Streamable HTTP on a free loopback port. */
async function startEverythingHttp(repoRoot: string) {
  const probe = createServer().listen(0, "127.0.0.1");
  await once(probe, "listening");
  const { port } = probe.address() as AddressInfo;
  probe.close();
  const child = spawn(process.execPath, ["--trace-gc", join(repoRoot, ...EVERYTHING), "streamableHttp"], {
    env: { ...process.env, PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const gc = gcPausesOf(child.stdout!);
  const kill = () => child.kill("SIGKILL");
  process.once("exit", kill);
  let stderr = "";
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server-everything (streamableHttp) did not start within 20 s:\n${stderr}`)), 20_000);
    child.stderr!.setEncoding("utf8").on("data", (d: string) => {
      stderr = (stderr + d).slice(-4000);
      if (stderr.includes("listening on port")) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once("exit", (code) => reject(new Error(`server-everything (streamableHttp) exited with code ${code}:\n${stderr}`)));
  });
  return {
    pid: child.pid!,
    gc,
    url: `http://127.0.0.1:${port}/mcp`,
    stop() {
      process.off("exit", kill);
      child.kill("SIGKILL");
    },
  };
}

/** The do-nothing proxy (lib/bare-proxy.ts) in front of `upstream`, as a child process. */
async function startBareProxy(repoRoot: string, upstream: string) {
  const child = spawn(process.execPath, ["--trace-gc", join(repoRoot, "benchmarks", "lib", "bare-proxy.ts"), new URL(upstream).origin], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const kill = () => child.kill("SIGKILL");
  process.once("exit", kill);
  let gc: GcPauseLog | undefined;
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("the bare proxy did not start within 20 s")), 20_000);
    gc = gcPausesOf(child.stdout!, (line) => {
      const listening = /^bare proxy listening on (\S+)$/.exec(line);
      if (listening) {
        clearTimeout(timer);
        resolve(listening[1]!);
      }
    });
  });
  return {
    pid: child.pid!,
    gc: gc!,
    url: `${url}${new URL(upstream).pathname}`,
    stop() {
      process.off("exit", kill);
      child.kill("SIGKILL");
    },
  };
}

/** A v1 client over Streamable HTTP, tools listed once. */
async function httpClient(url: string, headers: Record<string, string> = {}): Promise<Client> {
  const client = new Client({ name: "bench-host", version: "1.0.0" });
  await client.connect(new StreamableHTTPClientTransport(new URL(url), { requestInit: { headers } }));
  await client.listTools();
  return client;
}

/** `portcullis gateway` as a child process (the real CLI), with its GC pauses from --trace-gc. */
async function startGatewayProcess(repoRoot: string, configFile: string) {
  const child = spawn(process.execPath, ["--trace-gc", join(repoRoot, "sidecar", "bin", "portcullis.js"), "gateway", "--config", configFile], {
    cwd: repoRoot,
    stdio: ["ignore", "pipe", "pipe"],
  });
  // Never outlives the runner, even when setup fails after it started.
  const kill = () => child.kill("SIGKILL");
  process.once("exit", kill);
  const gc = new GcPauseLog();
  let stderr = "";
  child.stderr!.setEncoding("utf8").on("data", (d: string) => (stderr = (stderr + d).slice(-4000)));
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => {
      process.off("exit", kill);
      resolve(code);
    }),
  );
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the gateway did not start within 20 s:\n${stderr}`)), 20_000);
    createInterface({ input: child.stdout! }).on("line", (line) => {
      const pause = line.startsWith("[") ? parseTraceGcLine(line) : undefined;
      if (pause) gc.push({ at: performance.now(), ...pause });
      const listening = /^portcullis gateway listening on (\S+)$/.exec(line);
      if (listening) {
        clearTimeout(timer);
        resolve(listening[1]!);
      }
    });
    void exited.then((code) => reject(new Error(`the gateway exited with code ${code} before serving:\n${stderr}`)));
  });
  return {
    pid: child.pid!,
    gc,
    url,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
      await exited.finally(() => clearTimeout(timer));
    },
  };
}

const scenario: Scenario = {
  name: "mcp",
  title: "MCP tool call: direct vs the governed host wrapper and the gateway",
  description:
    "One tools/call (read-only search_issues) on a v1 McpServer over the in-memory transport: the bare client (baseline), wrapClient with an embedded sidecar, wrapClient with a sidecar on a Unix socket (Authorize, the call, ScanResponse closing the outcome record; audit async). And echo on server-everything over stdio: straight from a v1 Client, and through a `portcullis gateway` child process over Streamable HTTP; and on server-everything over Streamable HTTP: straight, through the gateway, and through a do-nothing HTTP proxy (the floor of one more hop). Notes: in-process added medians (targets: host wrapper <= 0.3 ms; gateway <= 0.5 ms and p99 <= 1.5x the direct call).",
  variants: [
    { id: "direct", label: "tools/call · direct", baseline: true, description: "the bare v1 Client" },
    { id: "host-embedded", label: "tools/call · wrapClient, embedded sidecar", description: "decisions in this process" },
    {
      id: "host-socket",
      label: "tools/call · wrapClient, sidecar on a Unix socket",
      description: "decisions over HTTP/1.1 keep-alive (the SDK default) on a Unix socket",
    },
    { id: "upstream-stdio", label: "echo · direct over stdio", description: "v1 Client to server-everything (the gateway's baseline)" },
    { id: "gateway", label: "echo · through portcullis gateway", description: "v1 Client over Streamable HTTP to a gateway process, downstream over stdio" },
    {
      id: "upstream-http",
      label: "echo · direct over Streamable HTTP",
      description: "v1 Client to server-everything's streamableHttp (the HTTP gateway's baseline)",
    },
    { id: "gateway-http", label: "echo · gateway, downstream over HTTP", description: "the same Client to the gateway, whose downstream is that server" },
    {
      id: "proxy-http",
      label: "echo · bare HTTP proxy",
      description: "the same Client through a do-nothing proxy to that server (one more hop, no governance)",
    },
  ],
  phases: (mode) =>
    mode === "quick"
      ? [{ kind: "closed", concurrency: 1 }]
      : [
          { kind: "closed", concurrency: 1 },
          { kind: "open", rate: 500 },
        ],
  async setup(ctx) {
    const policy = join(ctx.tmpDir, "mcp-policy.yaml");
    await writeFile(policy, POLICY);
    const socketPath = join(ctx.tmpDir, "portcullis.sock");
    const sidecar = await ctx.startSidecar({ policy, socketPath, extraArgs: ["--data-dir", join(ctx.tmpDir, "data-socket")] });
    const embedded: EmbeddedSidecar = await startEmbedded({
      policyFile: policy,
      watchPolicy: false,
      logger: createLogger({ level: "silent" }),
      audit: { dir: join(ctx.tmpDir, "embedded", "audit"), mode: "async" },
    });
    const governance: Record<"embedded" | "socket", GovernanceClient> = {
      embedded: createGovernanceClient({ transport: embedded.transport }),
      // The SDK's default transport (HTTP/1.1 keep-alive): on a Unix socket its Authorize and
      // ScanResponse cost ~50 and ~90 µs less at the median than h2c's on this project's VM.
      socket: createGovernanceClient({ socketPath }),
    };
    const everythingHttp = await startEverythingHttp(ctx.repoRoot);
    const gatewayConfig = join(ctx.tmpDir, "mcp-gateway.yaml");
    await writeFile(
      gatewayConfig,
      [
        `policy: ${JSON.stringify(policy)}`,
        "listen: 127.0.0.1:0",
        `dataDir: ${JSON.stringify(join(ctx.tmpDir, "data-gateway"))}`,
        "audit: { mode: async }",
        "servers:",
        `  everything: { command: ${JSON.stringify(process.execPath)}, args: [${JSON.stringify(join(ctx.repoRoot, ...EVERYTHING))}, stdio] }`,
        `  everything-http: { url: ${JSON.stringify(everythingHttp.url)} }`,
      ].join("\n"),
    );
    const gatewayProcess = await startGatewayProcess(ctx.repoRoot, gatewayConfig);
    const throughGateway = new Client({ name: "bench-host", version: "1.0.0" });
    await throughGateway.connect(
      new StreamableHTTPClientTransport(new URL(`${gatewayProcess.url}/mcp/everything`), { requestInit: { headers: { authorization: `Bearer ${TOKEN}` } } }),
    );
    await throughGateway.listTools();
    const gatewayHttp = await httpClient(`${gatewayProcess.url}/mcp/everything-http`, { authorization: `Bearer ${TOKEN}` });
    const upstreamHttp = await httpClient(everythingHttp.url);
    const proxy = await startBareProxy(ctx.repoRoot, everythingHttp.url);
    const proxyHttp = await httpClient(proxy.url);
    const upstream = await everythingClient(ctx.repoRoot);
    const direct = await jiraClient();
    const hostEmbedded = wrapClient(await jiraClient(), { governance: governance.embedded, server: "jira", token: TOKEN, workflowId: "bench" });
    const hostSocket = wrapClient(await jiraClient(), { governance: governance.socket, server: "jira", token: TOKEN, workflowId: "bench" });
    const governed =
      (client: Client, request: typeof REQUEST | typeof ECHO = REQUEST) =>
      async () => {
        const result = await client.callTool(request);
        if (result.isError) throw new Error(`mcp: the governed call failed: ${JSON.stringify(result.content)}`);
      };
    const calls: Record<VariantId, () => Promise<unknown>> = {
      direct: () => direct.callTool(REQUEST),
      "host-embedded": governed(hostEmbedded),
      "host-socket": governed(hostSocket),
      "upstream-stdio": () => upstream.callTool(ECHO),
      gateway: governed(throughGateway, ECHO),
      "upstream-http": () => upstreamHttp.callTool(ECHO),
      "gateway-http": governed(gatewayHttp, ECHO),
      "proxy-http": () => proxyHttp.callTool(ECHO),
    };
    for (const id of VARIANTS) await calls[id](); // fails fast on a wrong policy

    const quick = ctx.mode === "quick";
    await interleavedLatency(VARIANTS, calls, quick ? 1 : 2, quick ? 30 : 200); // warm-up
    const measured = await interleavedLatency(VARIANTS, calls, quick ? 3 : 21, quick ? 100 : 1000);
    const notes: Record<string, number | boolean> = {};
    const round = (x: number) => Math.round(x * 100) / 100;
    const key = (id: VariantId) => id.replaceAll("-", "_");
    for (const id of VARIANTS) notes[`in_process_median_us_${key(id)}`] = round(measured[id].p50);
    for (const id of ["upstream-stdio", "gateway", "upstream-http", "gateway-http", "proxy-http"] as const)
      notes[`in_process_p99_us_${key(id)}`] = round(measured[id].p99);
    for (const id of ["host-embedded", "host-socket"] as const) notes[`added_median_us_${key(id)}`] = round(measured[id].p50 - measured.direct.p50);
    notes.target_host_added_median_le_300us = Math.min(measured["host-embedded"].p50, measured["host-socket"].p50) - measured.direct.p50 <= 300;
    const gatewayAdded = measured.gateway.p50 - measured["upstream-stdio"].p50;
    const gatewayP99Ratio = measured.gateway.p99 / measured["upstream-stdio"].p99;
    notes.added_median_us_gateway = round(gatewayAdded);
    notes.p99_ratio_gateway = round(gatewayP99Ratio);
    notes.target_gateway_added_median_le_500us = gatewayAdded <= 500;
    notes.target_gateway_p99_le_1_5x = gatewayP99Ratio <= 1.5;
    // The same upstream over the same client transport: what the gateway alone adds.
    const httpAdded = measured["gateway-http"].p50 - measured["upstream-http"].p50;
    const httpP99Ratio = measured["gateway-http"].p99 / measured["upstream-http"].p99;
    notes.added_median_us_gateway_http = round(httpAdded);
    notes.p99_ratio_gateway_http = round(httpP99Ratio);
    notes.target_gateway_http_added_median_le_500us = httpAdded <= 500;
    notes.target_gateway_http_p99_le_1_5x = httpP99Ratio <= 1.5;
    // The floor: one more HTTP hop and nothing else, on the same upstream.
    notes.added_median_us_proxy_http = round(measured["proxy-http"].p50 - measured["upstream-http"].p50);

    return {
      notes,
      calls: {
        direct: { call: calls.direct },
        "host-embedded": { call: calls["host-embedded"] },
        "host-socket": { call: calls["host-socket"], process: sidecar },
        "upstream-stdio": { call: calls["upstream-stdio"] },
        gateway: { call: calls.gateway, process: gatewayProcess },
        "upstream-http": { call: calls["upstream-http"], process: everythingHttp },
        "gateway-http": { call: calls["gateway-http"], process: gatewayProcess },
        "proxy-http": { call: calls["proxy-http"], process: proxy },
      },
      async close() {
        for (const client of [direct, hostEmbedded, hostSocket, upstream, throughGateway, gatewayHttp, upstreamHttp, proxyHttp]) await client.close();
        await gatewayProcess.stop();
        proxy.stop();
        everythingHttp.stop();
        governance.embedded.close();
        governance.socket.close();
        await embedded.close();
      },
    };
  },
};

export default scenario;
