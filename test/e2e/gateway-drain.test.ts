/**
 * `portcullis gateway` drains on SIGTERM/SIGINT as `serve` does, with a real gateway process
 * (the built CLI) in front of a real slow downstream (a v1 McpServer over Streamable HTTP in
 * this process):
 *
 * - a tool call in flight when SIGTERM comes — its answer a progress stream that goes on after
 *   the signal — runs to its end and is answered, and the gateway exits 0; a repeated SIGTERM
 *   is logged and the drain goes on. The gateway used to cut the call's downstream call at once.
 * - the same for a stdio downstream (server-everything's long-running operation, 8 s with
 *   progress): the gateway used to end its stdin at once, and the server was killed 2 s later.
 * - a request that arrives once the drain has begun is refused, retryable: 503, Retry-After and
 *   a JSON-RPC error, on a new connection and on a client's existing session alike. The gateway
 *   used to stop listening at once (the connection refused).
 * - a client that cancels its call during the drain is heard (a notification is not a new
 *   request): the downstream is told, and the drain ends with nothing cut off.
 * - the probes: `/healthz` and `/readyz` answer without token, Host or Origin, a body with the
 *   status alone; during the drain `/readyz` is 503 and `/healthz` still 200.
 * - a session's GET stream is ended cleanly as the drain begins (it used to be cut at the
 *   drain's end), a new GET is refused with 503, and a DELETE still ends its session (it used to
 *   get 503), which is then not handed over.
 * - with `--drain-timeout 500`, a call still running at the deadline is cut off: its caller gets
 *   an error answer, the log says how many were cut, and the exit code is 4. A third SIGINT cuts
 *   the drain short the same way.
 *
 * The downstream's tool waits for the test's word, not for a clock: a call is known to be in
 * flight while the gateway drains, however busy the machine.
 */
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { get as httpGet } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import type { Progress } from "@modelcontextprotocol/sdk/types.js";
import type { McpToolResult } from "@portcullis/sdk/mcp";
import { hashToken } from "@portcullis/sidecar";
import { afterAll, describe, expect, it } from "vitest";
import * as z from "zod";
import { startGatewayProcess, type GatewayProcess } from "../helpers/gateway-process.js";
import { EVERYTHING } from "../helpers/everything-server.js";
import { startHttpMcpServer, type HttpMcpServer } from "../helpers/http-mcp-server.js";

const TOKEN = "gateway-drain-TOKEN-3b7d91e2";
const POLICY = [
  "version: 1",
  "subjects:",
  `  - { id: agent:drain, roles: [r], tokenSha256: ${hashToken(TOKEN)} }`,
  "roles:",
  "  r: { servers: { crm: { allow: [search, slow] } } }",
  // A scan deadline fit for a busy two-core test machine (the default would fail closed).
  "guardrails:",
  "  - { tools: ['*'], deadlineMs: 10000 }",
  "",
].join("\n");

/** A client's own deadline: far past every wait below, so that a failure is never it. */
const CALL_DEADLINE_MS = 60_000;

/** A slow call on the downstream: `entered` once it runs, it then waits for `release()` and its `ms`. */
interface SlowCall {
  readonly entered: Promise<void>;
  /** Resolves when the downstream is told the call was cancelled (it then stops waiting). */
  readonly cancelled: Promise<void>;
  release(): void;
}

/** The downstreams started (one per gateway), closed at the end. */
const downstreams: HttpMcpServer[] = [];
afterAll(async () => {
  await Promise.all(downstreams.map((d) => d.close()));
});

/**
 * A gateway on a fresh directory with `args`, before a downstream whose `slow` tool reports
 * progress 1, waits for the test's release, sleeps `ms`, reports progress 2 and answers.
 */
async function gatewayWithSlowTool(args: string[] = []): Promise<{ gateway: GatewayProcess; client: Client; slow: SlowCall; dir: string }> {
  const crm = await startHttpMcpServer();
  downstreams.push(crm);
  let entered: () => void = () => undefined;
  let release: () => void = () => undefined;
  let cancelled: () => void = () => undefined;
  const slow: SlowCall = {
    entered: new Promise<void>((resolve) => (entered = resolve)),
    cancelled: new Promise<void>((resolve) => (cancelled = resolve)),
    release: () => release(),
  };
  const released = new Promise<void>((resolve) => (release = resolve));
  crm.mcp.registerTool("slow", { inputSchema: { ms: z.number() }, annotations: { readOnlyHint: true } }, async ({ ms }, extra) => {
    const progressToken = extra._meta?.progressToken;
    const progress = (n: number) =>
      progressToken === undefined ? undefined : extra.sendNotification({ method: "notifications/progress", params: { progressToken, progress: n, total: 2 } });
    await progress(1);
    entered();
    const aborted = new Promise<void>((resolve) => extra.signal.addEventListener("abort", () => resolve(), { once: true }));
    void aborted.then(cancelled);
    await Promise.race([released, aborted]);
    if (extra.signal.aborted) return { content: [{ type: "text" as const, text: "cancelled" }] };
    await sleep(ms);
    await progress(2);
    return { content: [{ type: "text" as const, text: `slept ${ms} ms` }] };
  });
  const dir = await mkdtemp(join(tmpdir(), "pcl-gateway-drain-"));
  await writeFile(join(dir, "policy.yaml"), POLICY);
  await writeFile(
    join(dir, "gateway.yaml"),
    ["policy: policy.yaml", "listen: 127.0.0.1:0", "dataDir: data", "audit: { dir: audit, mode: async }", "servers:", `  crm: { url: "${crm.url}" }`, ""].join(
      "\n",
    ),
  );
  const gateway = await startGatewayProcess(join(dir, "gateway.yaml"), {}, args);
  const client = await connect(gateway);
  return { gateway, client, slow, dir };
}

async function connect(gateway: GatewayProcess): Promise<Client> {
  const client = new Client({ name: "drain-agent", version: "1.0.0" });
  await client.connect(
    new StreamableHTTPClientTransport(new URL(`${gateway.url}/mcp/crm`), { requestInit: { headers: { authorization: `Bearer ${TOKEN}` } } }),
  );
  return client;
}

/** How a call ended: its result, or the error it failed with. */
function settle(call: Promise<unknown>): Promise<{ result?: McpToolResult; error?: Error }> {
  return call.then(
    (result) => ({ result: result as McpToolResult }),
    (error: unknown) => ({ error: error as Error }),
  );
}

const textOf = (r: McpToolResult | undefined) => ((r?.content ?? []) as { text: string }[]).map((c) => c.text).join("\n");

/** The gateway has taken the stop: it logs this line just before its drain begins. */
const shuttingDown = (gateway: GatewayProcess) => gateway.waitForLog((l) => l.msg === "gateway shutting down");

describe("gateway: SIGTERM drains the calls in flight", () => {
  it("a slow call in flight (its progress stream included) finishes and is answered; a repeated SIGTERM is logged; exit 0", async () => {
    const { gateway, client, slow } = await gatewayWithSlowTool();
    try {
      const progress: Progress[] = [];
      const call = settle(
        client.callTool({ name: "slow", arguments: { ms: 1500 } }, undefined, { timeout: CALL_DEADLINE_MS, onprogress: (p) => progress.push(p) }),
      );
      await slow.entered;
      gateway.child.kill("SIGTERM");
      await shuttingDown(gateway);
      // A second SIGTERM (a supervisor that repeats it) neither kills the gateway nor shortens the drain.
      gateway.child.kill("SIGTERM");
      await gateway.waitForLog((l) => l.msg === "drain already under way; it goes on until its calls finish or its deadline");
      slow.release();
      const { result, error } = await call;
      expect(error).toBeUndefined();
      expect(result?.isError).not.toBe(true);
      expect(textOf(result)).toBe("slept 1500 ms");
      // The call's stream stayed open through the drain: the progress sent after the signal came too.
      expect(progress.map((p) => p.progress)).toEqual([1, 2]);
    } finally {
      await client.close().catch(() => undefined);
    }
    expect(await gateway.ended).toEqual({ code: 0, signal: null });
    expect(gateway.logs.find((l) => l.msg === "draining")).toMatchObject({ inFlight: 1, drainTimeoutMs: 10000 });
    expect(gateway.logs.some((l) => String(l.msg).includes("cut off"))).toBe(false);
    expect(gateway.logs.at(-1)).toMatchObject({ msg: "gateway stopped", cutOff: 0, auditClosed: true });
  });

  it("a request that arrives during the drain gets a retryable refusal: 503, Retry-After, a JSON-RPC error", async () => {
    const { gateway, client, slow } = await gatewayWithSlowTool();
    const late = await connect(gateway);
    try {
      const call = settle(client.callTool({ name: "slow", arguments: { ms: 0 } }, undefined, { timeout: CALL_DEADLINE_MS }));
      await slow.entered;
      gateway.child.kill("SIGTERM");
      await shuttingDown(gateway);

      // A new connection: the listener is still there, and says to come back.
      const refused = await fetch(`${gateway.url}/mcp/crm`, {
        method: "POST",
        headers: {
          authorization: `Bearer ${TOKEN}`,
          "content-type": "application/json",
          accept: "application/json, text/event-stream",
          "mcp-protocol-version": "2025-11-25",
        },
        body: JSON.stringify({ jsonrpc: "2.0", id: 7, method: "tools/call", params: { name: "search", arguments: { q: "late" } } }),
      });
      expect(refused.status).toBe(503);
      expect(refused.headers.get("retry-after")).toBe("1");
      expect(refused.headers.get("connection")).toBe("close");
      expect(await refused.json()).toEqual({
        jsonrpc: "2.0",
        error: { code: -32000, message: "the gateway is shutting down; retry shortly" },
        id: null,
      });

      // A client with a session open before the signal: its new call is refused likewise.
      const lateCall = await settle(late.callTool({ name: "search", arguments: { q: "late" } }, undefined, { timeout: CALL_DEADLINE_MS }));
      expect(lateCall.result).toBeUndefined();
      // The v1 SDK's StreamableHTTPError carries the HTTP status as its code.
      expect((lateCall.error as Error & { code?: number }).code).toBe(503);
      expect(lateCall.error?.message).toContain("the gateway is shutting down; retry shortly");

      // The call admitted before the signal is still answered.
      slow.release();
      expect(textOf((await call).result)).toBe("slept 0 ms");
    } finally {
      await client.close().catch(() => undefined);
      await late.close().catch(() => undefined);
    }
    expect(await gateway.ended).toEqual({ code: 0, signal: null });
  });
});

/** The headers of a raw 2025-11-25 request of `session` (none before it is opened). */
function sessionHeaders(session?: string): Record<string, string> {
  return {
    authorization: `Bearer ${TOKEN}`,
    "content-type": "application/json",
    accept: "application/json, text/event-stream",
    "mcp-protocol-version": "2025-11-25",
    ...(session === undefined ? {} : { "mcp-session-id": session }),
  };
}

/** Opens a 2025-11-25 session with raw requests (initialize, initialized); its id. */
async function rawSession(gateway: GatewayProcess): Promise<string> {
  const init = await fetch(`${gateway.url}/mcp/crm`, {
    method: "POST",
    headers: sessionHeaders(),
    body: JSON.stringify({
      jsonrpc: "2.0",
      id: 1,
      method: "initialize",
      params: { protocolVersion: "2025-11-25", capabilities: {}, clientInfo: { name: "raw-agent", version: "1" } },
    }),
  });
  expect(init.status).toBe(200);
  await init.text();
  const session = init.headers.get("mcp-session-id")!;
  const initialized = await fetch(`${gateway.url}/mcp/crm`, {
    method: "POST",
    headers: sessionHeaders(session),
    body: JSON.stringify({ jsonrpc: "2.0", method: "notifications/initialized" }),
  });
  expect(initialized.status).toBe(202);
  return session;
}

/** GET of a probe, with a Host and an Origin the gateway's MCP endpoints refuse, and no token. */
function probe(gateway: GatewayProcess, path: string): Promise<{ status: number; body: string }> {
  const { port } = new URL(gateway.url);
  return new Promise((resolve, reject) => {
    const req = httpGet({ host: "127.0.0.1", port, path, headers: { host: "10.1.2.3:7879", origin: "https://elsewhere.example" } }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode!, body }));
    });
    req.on("error", reject);
  });
}

describe("gateway: probes", () => {
  it("GET /healthz and /readyz answer without token, Host or Origin; during the drain /healthz stays 200 and /readyz says 503", async () => {
    const { gateway, client, slow } = await gatewayWithSlowTool();
    try {
      // The same Host and Origin on an MCP endpoint are refused: the probes do not ask for them.
      const mcp = await new Promise<number>((resolve, reject) => {
        const { port } = new URL(gateway.url);
        httpGet({ host: "127.0.0.1", port, path: "/mcp/crm", headers: { host: "10.1.2.3:7879", origin: "https://elsewhere.example" } }, (res) => {
          res.resume();
          resolve(res.statusCode!);
        }).on("error", reject);
      });
      expect(mcp).toBe(403);
      const serving = '{"status":"SERVING"}';
      expect(await probe(gateway, "/healthz")).toEqual({ status: 200, body: serving });
      expect(await probe(gateway, "/readyz")).toEqual({ status: 200, body: serving });
      // A query changes nothing.
      expect(await probe(gateway, "/readyz?verbose=1")).toEqual({ status: 200, body: serving });

      const call = settle(client.callTool({ name: "slow", arguments: { ms: 0 } }, undefined, { timeout: CALL_DEADLINE_MS }));
      await slow.entered;
      gateway.child.kill("SIGTERM");
      await shuttingDown(gateway);
      // The drain has begun (a call is held in flight): out of rotation, still alive.
      expect(await probe(gateway, "/readyz")).toEqual({ status: 503, body: '{"status":"NOT_SERVING"}' });
      expect(await probe(gateway, "/healthz")).toEqual({ status: 200, body: serving });
      slow.release();
      expect(textOf((await call).result)).toBe("slept 0 ms");
    } finally {
      slow.release();
      await client.close().catch(() => undefined);
    }
    expect(await gateway.ended).toEqual({ code: 0, signal: null });
  });
});

describe("gateway: a session's GET stream and DELETE during the drain", () => {
  it("an open GET stream is ended cleanly when the drain begins, a new GET is refused (503), a DELETE still ends its session", async () => {
    const { gateway, client, slow, dir } = await gatewayWithSlowTool();
    try {
      const listening = await rawSession(gateway);
      const ending = await rawSession(gateway);
      const stream = await fetch(`${gateway.url}/mcp/crm`, { headers: { ...sessionHeaders(listening), accept: "text/event-stream" } });
      expect(stream.status).toBe(200);
      expect(stream.headers.get("content-type")).toBe("text/event-stream");
      // Read to its end: it ends without an error (a clean end, not a reset connection).
      const streamEnd = stream.text().then(
        () => "ended",
        (err: unknown) => `failed: ${(err as Error).message}`,
      );

      const call = settle(client.callTool({ name: "slow", arguments: { ms: 0 } }, undefined, { timeout: CALL_DEADLINE_MS }));
      await slow.entered;
      gateway.child.kill("SIGTERM");
      await shuttingDown(gateway);

      // A client ending its session is not refused: 200, and the session is gone.
      const deleted = await fetch(`${gateway.url}/mcp/crm`, { method: "DELETE", headers: sessionHeaders(ending) });
      expect(deleted.status).toBe(200);
      // The listening stream ended while the call is still held: the drain ended it, not the exit.
      expect(await streamEnd).toBe("ended");
      // Its client's reconnection is told to come back (elsewhere, behind a load balancer).
      const again = await fetch(`${gateway.url}/mcp/crm`, { headers: { ...sessionHeaders(listening), accept: "text/event-stream" } });
      expect(again.status).toBe(503);
      expect(again.headers.get("retry-after")).toBe("1");
      await again.text();

      slow.release();
      expect(textOf((await call).result)).toBe("slept 0 ms");
      expect(await gateway.ended).toEqual({ code: 0, signal: null });
      // The session its client ended is not handed over to the next process; the others are.
      const handedOver = (JSON.parse(await readFile(join(dir, "data", "gateway-sessions.json"), "utf8")) as { id: string }[]).map((s) => s.id);
      expect(handedOver).toContain(listening);
      expect(handedOver).not.toContain(ending);
    } finally {
      slow.release();
      await client.close().catch(() => undefined);
    }
    expect(gateway.logs.at(-1)).toMatchObject({ msg: "gateway stopped", cutOff: 0, auditClosed: true });
  });
});

describe("gateway: SIGTERM drains a call to a stdio downstream", () => {
  it("server-everything's long-running operation over stdio goes on to its end with its progress; exit 0", async () => {
    const dir = await mkdtemp(join(tmpdir(), "pcl-gateway-drain-stdio-"));
    await writeFile(join(dir, "policy.yaml"), POLICY.replace("crm: { allow: [search, slow] }", "everything: { allow: [trigger-long-running-operation] }"));
    await writeFile(
      join(dir, "gateway.yaml"),
      [
        "policy: policy.yaml",
        "listen: 127.0.0.1:0",
        "dataDir: data",
        "audit: { dir: audit, mode: async }",
        "servers:",
        `  everything: { command: ${JSON.stringify(process.execPath)}, args: [${JSON.stringify(EVERYTHING)}, stdio], connectTimeoutMs: 30000 }`,
        "",
      ].join("\n"),
    );
    // A drain far longer than the operation: on a busy machine it must still end by itself.
    const gateway = await startGatewayProcess(join(dir, "gateway.yaml"), {}, ["--drain-timeout", "60000"]);
    const client = new Client({ name: "drain-agent", version: "1.0.0" });
    await client.connect(
      new StreamableHTTPClientTransport(new URL(`${gateway.url}/mcp/everything`), { requestInit: { headers: { authorization: `Bearer ${TOKEN}` } } }),
    );
    try {
      const progress: Progress[] = [];
      let firstProgress: () => void = () => undefined;
      const started = new Promise<void>((resolve) => (firstProgress = resolve));
      const call = settle(
        client.callTool({ name: "trigger-long-running-operation", arguments: { duration: 8, steps: 4 } }, undefined, {
          timeout: CALL_DEADLINE_MS,
          onprogress: (p) => {
            progress.push(p);
            firstProgress();
          },
        }),
      );
      // The operation is under way downstream (its first step reported) when the signal comes;
      // it runs 8 s, past the 2 s a stdio server is given once its stdin ends (then SIGTERM):
      // the gateway must not close its downstreams until the drain is over.
      await started;
      gateway.child.kill("SIGTERM");
      const { result, error } = await call;
      expect(error).toBeUndefined();
      expect(result?.isError).not.toBe(true);
      expect(textOf(result)).toMatch(/completed/i);
      expect(progress.map((p) => p.progress)).toEqual([1, 2, 3, 4]);
    } finally {
      await client.close().catch(() => undefined);
    }
    expect(await gateway.ended).toEqual({ code: 0, signal: null });
    expect(gateway.logs.at(-1)).toMatchObject({ msg: "gateway stopped", cutOff: 0, auditClosed: true });
  });
});

describe("gateway: a cancellation during the drain", () => {
  it("still reaches the call in flight: the downstream is told, the drain ends with nothing cut, exit 0", async () => {
    const { gateway, client, slow } = await gatewayWithSlowTool();
    const controller = new AbortController();
    try {
      const call = settle(client.callTool({ name: "slow", arguments: { ms: 0 } }, undefined, { timeout: CALL_DEADLINE_MS, signal: controller.signal }));
      await slow.entered;
      gateway.child.kill("SIGTERM");
      await shuttingDown(gateway);
      // The client gives up its call: its notifications/cancelled is a notification, not a new request.
      controller.abort();
      expect((await call).error).toBeDefined();
      expect(await Promise.race([slow.cancelled.then(() => "cancelled"), gateway.ended.then(() => "gateway ended first")])).toBe("cancelled");
    } finally {
      slow.release();
      await client.close().catch(() => undefined);
    }
    expect(await gateway.ended).toEqual({ code: 0, signal: null });
    expect(gateway.logs.at(-1)).toMatchObject({ msg: "gateway stopped", cutOff: 0, auditClosed: true });
  });
});

describe("gateway: the drain deadline", () => {
  it("--drain-timeout 500: a 5 s call is cut off, its caller answered with an error, the log says so, exit 4", async () => {
    const { gateway, client, slow } = await gatewayWithSlowTool(["--drain-timeout", "500"]);
    try {
      const call = settle(client.callTool({ name: "slow", arguments: { ms: 5000 } }, undefined, { timeout: CALL_DEADLINE_MS }));
      // Released at once: the call runs its 5 s, past the drain deadline.
      slow.release();
      await slow.entered;
      gateway.child.kill("SIGTERM");
      const { result, error } = await call;
      // Cut off, and told so: its downstream call failed, and the gateway answered with the error.
      expect(error).toBeUndefined();
      expect(result?.isError).toBe(true);
      expect(textOf(result)).toBe(
        "The call to slow on crm failed: the call to downstream 'crm' was cut off: the gateway is shutting down; call again once it is back",
      );
    } finally {
      await client.close().catch(() => undefined);
    }
    expect(await gateway.ended).toEqual({ code: 4, signal: null });
    expect(gateway.logs.find((l) => l.msg === "drain deadline passed; cut off 1 call(s) still in flight")).toMatchObject({
      level: "error",
      cutOff: 1,
      drainTimeoutMs: 500,
    });
    expect(gateway.logs.at(-1)).toMatchObject({ msg: "gateway stopped", cutOff: 1, auditClosed: true });
  });

  it("a third SIGINT cuts the drain short: the call in flight is cut off, exit 4", async () => {
    const { gateway, client, slow } = await gatewayWithSlowTool();
    try {
      const call = settle(client.callTool({ name: "slow", arguments: { ms: 0 } }, undefined, { timeout: CALL_DEADLINE_MS }));
      await slow.entered;
      gateway.child.kill("SIGINT");
      await shuttingDown(gateway);
      gateway.child.kill("SIGINT");
      await gateway.waitForLog((l) => l.msg === "drain already under way; it goes on until its calls finish or its deadline");
      gateway.child.kill("SIGINT");
      const { result, error } = await call;
      if (error) expect(error.message).not.toMatch(/timed out/i);
      else expect(result?.isError).toBe(true);
    } finally {
      slow.release();
      await client.close().catch(() => undefined);
    }
    expect(await gateway.ended).toEqual({ code: 4, signal: null });
    expect(gateway.logs.find((l) => l.msg === "third SIGINT: cutting the drain short")).toMatchObject({ level: "warn" });
    expect(gateway.logs.find((l) => l.msg === "drain cut short; cut off 1 call(s) still in flight")).toMatchObject({ level: "error", cutOff: 1 });
  });
});
