/**
 * Stdio downstreams started through a wrapper (`sh -c`, as `npx` or `uv run` are): when the
 * gateway gives up on a connection — a call that hangs, a start that hangs, its own close — the
 * whole process tree stops, not only the wrapper. The SDK's transport signalled its direct child
 * alone, so the real server was re-parented to PID 1 and left running, one more per dropped
 * connection. And a server that dies at start is diagnosable: its exit code reaches the caller,
 * its last stderr lines (cleared of secrets) the log, once per interval.
 *
 * Real processes throughout: each test's servers carry the test's own folder in their command
 * line, and the test counts the live processes that do.
 */
import { execFileSync, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createLogger } from "@portcullis/sidecar";
import { DownstreamError, Downstreams, parseGatewayConfig } from "../../../sidecar/src/gateway/index.js";
import { forAgent } from "../../../sidecar/src/gateway/downstream-text.js";
import { REPO } from "../../helpers/paths.js";

/**
 * A raw stdio MCP server. FAULT_MODE `hang-at-start`: never reads its stdin; `exit-at-start`:
 * writes to stderr (with the DB_PASSWORD it was given) and exits 3. Otherwise it answers
 * initialize, ping, and tools/call `echo` and `spin` (blocks its event loop for good). It never
 * exits on its own when its stdin ends (many servers don't): only a signal stops it.
 */
const SERVER = String.raw`
import { appendFileSync } from "node:fs";
appendFileSync(process.env.STARTS, "start\n");
setInterval(() => undefined, 60_000);
const mode = process.env.FAULT_MODE ?? "";
if (mode === "exit-at-start") {
  process.stderr.write("loading configuration\nconnecting to the database with password " + process.env.DB_PASSWORD + "\nfatal: the database refused the connection\n");
  process.exit(3);
}
if (mode !== "hang-at-start") {
  let held = "";
  process.stdin.on("data", (chunk) => {
    held += chunk;
    let at;
    while ((at = held.indexOf("\n")) >= 0) {
      const msg = JSON.parse(held.slice(0, at));
      held = held.slice(at + 1);
      if (msg.id === undefined) continue;
      const answer = (result) => process.stdout.write(JSON.stringify({ jsonrpc: "2.0", id: msg.id, result }) + "\n");
      if (msg.method === "initialize") answer({ protocolVersion: msg.params.protocolVersion, capabilities: { tools: {} }, serverInfo: { name: "raw", version: "1" } });
      else if (msg.method === "tools/call" && msg.params.name === "spin") for (;;);
      else if (msg.method === "tools/call") answer({ content: [{ type: "text", text: String(msg.params.arguments?.message) }] });
      else answer({});
    }
  });
}
`;

/** The live (not zombie) processes whose command line holds `marker`: `pid args`. */
function running(marker: string): string[] {
  const out = execFileSync("ps", ["-eo", "pid=,stat=,args="], { encoding: "utf8" });
  return out
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.includes(marker) && !/^\d+\s+Z/.test(line) && !line.includes(" ps -eo"));
}

const cleanups: string[] = [];
afterEach(() => {
  // What a failing run (the old source) left behind, killed by pid.
  for (const marker of cleanups.splice(0)) {
    for (const line of running(marker)) {
      try {
        process.kill(Number(line.split(/\s+/)[0]), "SIGKILL");
      } catch {
        // gone already
      }
    }
  }
});

/** A folder with the server in it, and the gateway configuration line of a server `name` started as `sh -c "node server.mjs; echo exited >&2"`. */
async function wrappedServer(name: string, extra = ""): Promise<{ dir: string; starts: string; line: string }> {
  const dir = await mkdtemp(join(tmpdir(), "pcl-stdio-tree-"));
  cleanups.push(dir);
  await writeFile(join(dir, "server.mjs"), SERVER);
  const starts = join(dir, "starts.log");
  await writeFile(starts, "");
  // The shell stays as the server's parent (the command after it keeps it from exec'ing node).
  const script = `${JSON.stringify(process.execPath).slice(1, -1)} ${dir}/server.mjs; echo exited >&2`;
  const line = `  ${name}: { command: sh, args: [-c, ${JSON.stringify(script)}], env: { STARTS: ${JSON.stringify(starts)}${extra ? `, ${extra}` : ""} }`;
  return { dir, starts, line };
}

const startsIn = async (file: string) => (await readFile(file, "utf8")).split("\n").filter((l) => l === "start").length;

describe("stdio downstreams behind a wrapper", () => {
  it("stops the real server, not only the wrapper, when a hung call has the gateway drop the connection", async () => {
    const { dir, line } = await wrappedServer("wrapped");
    const config = parseGatewayConfig(`policy: p.yaml\nservers:\n${line}, timeoutMs: 1000 }\n`, "/tmp/gateway.yaml");
    const downstreams = new Downstreams(config.servers, createLogger({ level: "silent" }));
    try {
      expect((await downstreams.callTool("wrapped", "echo", { message: "hi" })).content).toEqual([{ type: "text", text: "hi" }]);
      // The shell and the node server under it.
      expect(running(`${dir}/server.mjs`).length).toBe(2);
      const err = await downstreams.callTool("wrapped", "spin", {}).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DownstreamError);
      expect((err as DownstreamError).kind).toBe("timeout");
      // The connection was dropped (the ping went unanswered): nothing of its tree is left.
      await vi.waitFor(() => expect(running(`${dir}/server.mjs`)).toEqual([]), { timeout: 30_000, interval: 100 });
    } finally {
      await downstreams.close();
    }
  });

  it("leaves nothing running after each start that hung, retried", async () => {
    const { dir, starts, line } = await wrappedServer("hangs", "FAULT_MODE: hang-at-start");
    const config = parseGatewayConfig(`policy: p.yaml\nservers:\n${line}, connectTimeoutMs: 500 }\n`, "/tmp/gateway.yaml");
    const downstreams = new Downstreams(config.servers, createLogger({ level: "silent" }));
    try {
      // The first failure is retried at once: two starts, each given up on.
      for (let i = 0; i < 2; i++) {
        const err = await downstreams.callTool("hangs", "echo", { message: "x" }).catch((e: unknown) => e);
        expect((err as DownstreamError).message).toBe("downstream 'hangs' did not start within 500 ms; the gateway reconnects on the next call");
      }
      expect(await startsIn(starts)).toBe(2);
      await vi.waitFor(() => expect(running(`${dir}/server.mjs`)).toEqual([]), { timeout: 30_000, interval: 100 });
    } finally {
      await downstreams.close();
    }
  });

  it("stops the whole tree of every connection when the gateway closes, though the server ignores its stdin's end", async () => {
    const { dir, line } = await wrappedServer("wrapped");
    const config = parseGatewayConfig(`policy: p.yaml\nservers:\n${line} }\n`, "/tmp/gateway.yaml");
    const downstreams = new Downstreams(config.servers, createLogger({ level: "silent" }));
    const user = { headers: {}, env: { USER_TOKEN: "user-token-for-a-second-connection" } };
    await downstreams.callTool("wrapped", "echo", { message: "a" });
    await downstreams.callTool("wrapped", "echo", { message: "b" }, user);
    expect(running(`${dir}/server.mjs`).length).toBe(4);
    await downstreams.close();
    // close() resolves once each group is gone.
    expect(running(`${dir}/server.mjs`)).toEqual([]);
  });

  it("kills the groups still running when the gateway's process exits without closing them", async () => {
    const { dir, starts } = await wrappedServer("unused");
    const transport = join(REPO, "sidecar", "dist", "gateway", "stdio-process-transport.js");
    // A process that starts a wrapped server, then exits at once (as a crash does): no close().
    const script = [
      `import { StdioProcessTransport } from ${JSON.stringify(transport)};`,
      `const t = new StdioProcessTransport({ command: "sh", args: ["-c", ${JSON.stringify(`${process.execPath} ${dir}/server.mjs; echo exited >&2`)}], env: { PATH: process.env.PATH, STARTS: ${JSON.stringify(starts)} }, maxMessageBytes: 1 << 20 });`,
      "await t.start();",
      `const { readFileSync } = await import("node:fs");`,
      `while (!readFileSync(${JSON.stringify(starts)}, "utf8").includes("start")) await new Promise((r) => setTimeout(r, 20));`,
      "process.exit(7);",
    ].join("\n");
    const child = spawn(process.execPath, ["--input-type=module", "-e", script], { stdio: "inherit" });
    const [code] = (await once(child, "exit")) as [number | null];
    expect(code).toBe(7);
    expect(await startsIn(starts)).toBe(1);
    await vi.waitFor(() => expect(running(`${dir}/server.mjs`)).toEqual([]), { timeout: 30_000, interval: 100 });
  });
});

describe("a stdio server that dies at start", () => {
  it("tells the caller its exit code and logs it with its last stderr lines, cleared of secrets, once per interval", async () => {
    const password = "db-pass-5f1c9e7a2b";
    const { line } = await wrappedServer("dies", `FAULT_MODE: exit-at-start, DB_PASSWORD: ${password}`);
    const config = parseGatewayConfig(`policy: p.yaml\nservers:\n${line} }\n`.replace("; echo exited >&2", ""), "/tmp/gateway.yaml");
    const lines: string[] = [];
    const downstreams = new Downstreams(config.servers, createLogger({ level: "info", destination: { write: (l: string) => void lines.push(l) } }));
    try {
      // The first failure is retried at once: two starts, two deaths.
      for (let i = 0; i < 2; i++) {
        const err = await downstreams.callTool("dies", "echo", { message: "x" }).catch((e: unknown) => e);
        // Passed to the agent as it is: the injection detectors, which the gateway's failures go through, let it be.
        expect(forAgent((err as Error).message)).toBe((err as Error).message);
        expect((err as Error).message).toBe(
          "downstream 'dies' is unavailable (its process exited with code 3 before it answered; its stderr is in the gateway's log); the gateway reconnects on the next call",
        );
      }
    } finally {
      await downstreams.close();
    }
    const exits = lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.msg === "downstream process exited");
    expect(exits).toHaveLength(1);
    expect(exits[0]).toMatchObject({ level: "warn", server: "dies", exitCode: 3 });
    expect(exits[0]!.stderr).toBe("loading configuration\nconnecting to the database with password [redacted]\nfatal: the database refused the connection");
    expect(lines.join("\n")).not.toContain(password);
  });
});
