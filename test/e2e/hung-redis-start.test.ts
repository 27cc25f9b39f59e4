/**
 * `serve --redis` (and `gateway` with `redis:`) against a peer that accepts TCP connections and never answers (a hung
 * Redis, another service on the port): the sidecar must behave as with Redis down — start
 * and serve, failing closed on what needs Redis — and a SIGTERM during start-up must end it
 * promptly with a log line and a documented exit code, not be swallowed.
 *
 * No timing assertions: the signal is sent once the sidecar has connected to the peer (so
 * it is surely starting), and exits are awaited with generous bounds that only a hang misses.
 */
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { createServer, type Server, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { createGovernanceClient, Decision, Reason } from "@portcullis/sdk";
import { afterEach, describe, expect, it } from "vitest";
import { CLI, EXAMPLE_POLICY, REPO } from "../helpers/paths.js";
import { startSidecarProcess, type LogLine } from "../helpers/sidecar-process.js";

const sockets = new Set<Socket>();
let blackhole: Server | undefined;

afterEach(async () => {
  for (const s of sockets) s.destroy();
  sockets.clear();
  await new Promise((resolve) => blackhole?.close(resolve) ?? resolve(undefined));
  blackhole = undefined;
});

/** A TCP listener that accepts and never answers; `connected` resolves on its first connection. */
async function startBlackhole(): Promise<{ url: string; connected: Promise<void> }> {
  let onConnection!: () => void;
  const connected = new Promise<void>((resolve) => (onConnection = resolve));
  blackhole = createServer((socket) => {
    sockets.add(socket);
    socket.on("error", () => undefined);
    onConnection();
  });
  await new Promise<void>((resolve) => blackhole!.listen(0, "127.0.0.1", resolve));
  const { port } = blackhole.address() as { port: number };
  return { url: `redis://127.0.0.1:${port}`, connected };
}

/** Spawns `portcullis serve` without waiting for it to serve. */
function spawnServe(args: string[], connectDeadlineMs?: number) {
  return spawnCli(["serve", "--listen", "127.0.0.1:0", "--data-dir", mkdtempSync(join(tmpdir(), "pcl-hung-redis-")), ...args], connectDeadlineMs);
}

/** Spawns the CLI with `args` without waiting for it to serve. */
function spawnCli(args: string[], connectDeadlineMs?: number) {
  const child = spawn(process.execPath, [CLI, ...args], {
    cwd: REPO,
    env: {
      ...process.env,
      PORTCULLIS_GUARDRAIL_WARMUP: "first-scan",
      ...(connectDeadlineMs === undefined ? {} : { PORTCULLIS_REDIS_CONNECT_DEADLINE_MS: String(connectDeadlineMs) }),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const logs: LogLine[] = [];
  createInterface({ input: child.stdout! }).on("line", (text) => {
    try {
      logs.push(JSON.parse(text) as LogLine);
    } catch {
      logs.push({ msg: text });
    }
  });
  child.stderr!.resume();
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, logs, exited };
}

/** The exit code, or a failure if the process is still running after `ms` (a hang). */
async function exitWithin(run: ReturnType<typeof spawnServe>, ms: number): Promise<number | null> {
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`still running ${ms} ms after SIGTERM; logs:\n${run.logs.map((l) => JSON.stringify(l)).join("\n")}`)), ms);
  });
  try {
    return await Promise.race([run.exited, hung]);
  } finally {
    clearTimeout(timer);
    if (run.child.exitCode === null && run.child.signalCode === null) run.child.kill("SIGKILL");
  }
}

describe("serve --redis with a Redis that accepts and never answers", () => {
  it("starts anyway, says Redis is unreachable, and decides calls (failing closed)", async () => {
    const { url } = await startBlackhole();
    const sidecar = await startSidecarProcess(["--policy", EXAMPLE_POLICY, "--no-audit", "--redis", url], {}, { startTimeoutMs: 60_000 });
    try {
      const warned = await sidecar.waitForLog((l) => l.msg === "redis unreachable at start; limits follow their onStoreFailure until it answers");
      expect(String(warned.err)).toMatch(/did not answer/);
      const client = createGovernanceClient({ baseUrl: sidecar.baseUrl!, timeoutMs: 30_000 });
      const reply = await client.authorize({ token: "demo-support-token", server: "jira", tool: "search_issues" });
      // Decided, and failed closed: revocations live in Redis, which has not answered.
      expect(reply).toMatchObject({ decision: Decision.DENY, reason: Reason.STATE_UNAVAILABLE });
      client.close();
    } finally {
      expect(await sidecar.stop()).toBe(0);
    }
  });

  it("stops on a SIGTERM sent during start-up: a log line, then exit 0", async () => {
    const { url, connected } = await startBlackhole();
    // A first-connect deadline of 6 s: the signal lands while the start waits on it, however
    // busy the machine (the default 2 s would leave a stalled test little room).
    const run = spawnServe(["--policy", EXAMPLE_POLICY, "--no-audit", "--redis", url], 6000);
    await connected; // the sidecar is starting: it is connecting to "Redis"
    run.child.kill("SIGTERM");
    expect(await exitWithin(run, 60_000)).toBe(0);
    expect(
      run.logs.some((l) => l.msg === "stop requested while starting; waiting for the start to finish before shutting down" && l.signal === "SIGTERM"),
    ).toBe(true);
    expect(run.logs.some((l) => l.msg === "shutting down")).toBe(true);
  });

  it("gives up a start that outlasts --drain-timeout after the stop: a log line, then exit 3", async () => {
    const { url, connected } = await startBlackhole();
    // A drain timeout of 0: the start, held by the hung Redis until its first-connect deadline
    // (a minute here, so that no stall of a busy machine between the connection and the signal
    // lets the start finish first), cannot finish in time.
    const run = spawnServe(["--policy", EXAMPLE_POLICY, "--no-audit", "--redis", url, "--drain-timeout", "0"], 60_000);
    await connected;
    run.child.kill("SIGTERM");
    expect(await exitWithin(run, 60_000)).toBe(3);
    const gaveUp = run.logs.find((l) => l.msg === "start-up did not finish within --drain-timeout of the stop request; exiting without it");
    expect(gaveUp).toMatchObject({ level: "error", signal: "SIGTERM" });
  });
});

/** Spawns `portcullis gateway` on a configuration with `redis: url`, without waiting for it to listen. */
async function spawnGateway(url: string, connectDeadlineMs: number, extraArgs: string[] = []) {
  const dir = mkdtempSync(join(tmpdir(), "pcl-hung-redis-gateway-"));
  const config = join(dir, "gateway.yaml");
  await writeFile(config, `policy: ${JSON.stringify(EXAMPLE_POLICY)}\nlisten: 127.0.0.1:0\ndataDir: data\naudit: false\nredis: ${url}\nservers: {}\n`);
  return spawnCli(["gateway", "--config", config, ...extraArgs], connectDeadlineMs);
}

describe("gateway with a Redis that accepts and never answers", () => {
  it("stops on a SIGTERM sent during start-up once the start has finished: a log line, then exit 0", async () => {
    const { url, connected } = await startBlackhole();
    // The start ends at the first-connect deadline (6 s), well within what the stop waits for it
    // (--drain-timeout 60 s here: on a loaded machine the rest of the start after the deadline
    // took longer than the default 10 s allowed).
    const run = await spawnGateway(url, 6000, ["--drain-timeout", "60000"]);
    await connected;
    run.child.kill("SIGTERM");
    expect(await exitWithin(run, 60_000)).toBe(0);
    expect(
      run.logs.some((l) => l.msg === "stop requested while starting; waiting for the start to finish before shutting down" && l.signal === "SIGTERM"),
    ).toBe(true);
    // Not necessarily the last line: the identity feed's subscription, abandoned with the hung
    // store, may report its own outcome after it.
    expect(run.logs.find((l) => l.msg === "gateway stopped")).toMatchObject({ cutOff: 0, auditClosed: true });
  });

  it("gives up a start that outlasts --drain-timeout (default 10 s) after the stop: a log line, then exit 3 (it used to wait for the start however long)", async () => {
    const { url, connected } = await startBlackhole();
    // A first-connect deadline of two minutes: the start cannot finish within the 10 s.
    const run = await spawnGateway(url, 120_000);
    await connected;
    run.child.kill("SIGTERM");
    expect(await exitWithin(run, 60_000)).toBe(3);
    const gaveUp = run.logs.find((l) => l.msg === "start-up did not finish within --drain-timeout of the stop request; exiting without it");
    expect(gaveUp).toMatchObject({ level: "error", signal: "SIGTERM", waitedMs: 10_000 });
  });
});
