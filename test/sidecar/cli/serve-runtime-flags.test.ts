/**
 * `portcullis serve` runs with the launcher's runtime flags (a small V8 semi-space, chosen by
 * measurement: BENCHMARKS.md, "floor"), in the same process that was started — the launcher
 * replaces itself, so a supervisor's pid, signals and stdio stay the sidecar's — and an
 * operator's own choice wins: PORTCULLIS_NODE_FLAGS replaces the defaults (empty: none), and a
 * flag already given to node is never overridden. `gateway`, the other long-running command,
 * runs with the same flags. Other commands run as they were started.
 *
 * Where only the flags and the environment are in question, `serve` is held at its first read
 * ({@link heldServe}) instead of started in full: the same process, past the launcher's execve,
 * without the sidecar's start (~2 s of CPU each).
 */
import { execFileSync, spawn } from "node:child_process";
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { mkdtemp, open, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { afterEach, describe, expect, it } from "vitest";
import { CLI, EXAMPLE_POLICY, REPO } from "../../helpers/paths.js";
import { startSidecarProcess, type SidecarProcess } from "../../helpers/sidecar-process.js";

/** A running process's environment variable, as the process was started with it. */
function startEnv(pid: number, name: string): string | undefined {
  const entry = readFileSync(`/proc/${pid}/environ`, "utf8")
    .split("\0")
    .find((e) => e.startsWith(`${name}=`));
  return entry?.slice(name.length + 1);
}

/** The node flags of a running process: its command line up to the launcher's path. */
function nodeFlags(pid: number): string[] {
  const argv = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
  return argv.slice(1, argv.indexOf(CLI));
}

/** A `serve` process held where it reads its admin token file, a FIFO nobody writes to. */
interface HeldServe {
  readonly pid: number;
  stop(): Promise<void>;
}

/**
 * Runs `portcullis serve` (through the launcher, with `env`) until it opens `--admin-token-file`:
 * a FIFO, whose opening for writing here returns only once the serve command, in the process
 * the launcher became, has opened it to read. That process then waits there until stopped.
 */
async function heldServe(env: NodeJS.ProcessEnv): Promise<HeldServe> {
  const dir = await mkdtemp(join(tmpdir(), "pcl-held-serve-"));
  const fifo = join(dir, "admin-token");
  execFileSync("mkfifo", [fifo]);
  const child = spawn(process.execPath, [CLI, "serve", "--policy", EXAMPLE_POLICY, "--data-dir", join(dir, "data"), "--admin-token-file", fifo], {
    cwd: REPO,
    env: { ...process.env, ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  const exited = once(child, "exit");
  const writer = open(fifo, "w");
  const early = exited.then(async ([code]) => {
    // Unblocks the open above (a reader now exists), then reports the early exit.
    await (await open(fifo, "r+")).close();
    throw new Error(`serve exited with ${code} before reading its admin token file: ${stderr}`);
  });
  const held = await Promise.race([writer, early]);
  early.catch(() => undefined);
  return {
    pid: child.pid!,
    async stop() {
      child.kill("SIGKILL");
      await exited;
      await held.close();
    },
  };
}

let sidecar: SidecarProcess | undefined;
let held: HeldServe | undefined;
afterEach(async () => {
  await sidecar?.stop();
  sidecar = undefined;
  await held?.stop();
  held = undefined;
});

describe.runIf(typeof process.execve === "function")("serve's runtime flags", () => {
  it("are applied by default, in the process that was started, which serves and stops cleanly", async () => {
    sidecar = await startSidecarProcess(["--policy", EXAMPLE_POLICY], { PORTCULLIS_NODE_FLAGS: undefined });
    expect(nodeFlags(sidecar.child.pid!)).toEqual(["--max-semi-space-size=4", "--heap-growing-percent=20"]);
    const res = await fetch(`${sidecar.baseUrl}/portcullis.v1.GovernanceService/Ping`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    expect(res.status).toBe(200);
    expect(await sidecar.stop()).toBe(0);
  });

  it("are replaced by PORTCULLIS_NODE_FLAGS, and left out when it is empty", async () => {
    held = await heldServe({ PORTCULLIS_NODE_FLAGS: "--max-semi-space-size=8 --max-old-space-size=512" });
    expect(nodeFlags(held.pid)).toEqual(["--max-semi-space-size=8", "--max-old-space-size=512"]);
    await held.stop();
    held = await heldServe({ PORTCULLIS_NODE_FLAGS: "" });
    expect(nodeFlags(held.pid)).toEqual([]);
  });

  it("start with two malloc arenas unless the environment names its own count, even with all flags given", async () => {
    held = await heldServe({ PORTCULLIS_NODE_FLAGS: undefined, MALLOC_ARENA_MAX: undefined });
    expect(startEnv(held.pid, "MALLOC_ARENA_MAX")).toBe("2");
    await held.stop();
    held = await heldServe({ PORTCULLIS_NODE_FLAGS: "", MALLOC_ARENA_MAX: undefined });
    expect(nodeFlags(held.pid)).toEqual([]);
    expect(startEnv(held.pid, "MALLOC_ARENA_MAX")).toBe("2");
    await held.stop();
    held = await heldServe({ PORTCULLIS_NODE_FLAGS: undefined, MALLOC_ARENA_MAX: "8" });
    expect(startEnv(held.pid, "MALLOC_ARENA_MAX")).toBe("8");
  });

  it("never override a flag given to node (here in NODE_OPTIONS, in V8's other spelling)", async () => {
    held = await heldServe({ PORTCULLIS_NODE_FLAGS: undefined, NODE_OPTIONS: "--max_semi_space_size=16" });
    expect(nodeFlags(held.pid)).toEqual(["--heap-growing-percent=20"]);
  });

  it("apply to gateway too, which serves and stops cleanly", async () => {
    const dir = await mkdtemp(join(tmpdir(), "pcl-gw-flags-"));
    const config = join(dir, "gateway.yaml");
    // A downstream nobody listens on: the gateway starts anyway and reaches it per call.
    await writeFile(
      config,
      [
        `policy: ${JSON.stringify(EXAMPLE_POLICY)}`,
        "listen: 127.0.0.1:0",
        `dataDir: ${JSON.stringify(join(dir, "data"))}`,
        "servers:",
        "  web: { url: 'http://127.0.0.1:9/mcp' }",
      ].join("\n"),
    );
    const child = spawn(process.execPath, [CLI, "gateway", "--config", config], {
      cwd: REPO,
      env: { ...process.env, PORTCULLIS_NODE_FLAGS: undefined },
      stdio: ["ignore", "pipe", "inherit"],
    });
    const exited = once(child, "exit");
    try {
      await new Promise<void>((resolve, reject) => {
        createInterface({ input: child.stdout! }).on("line", (line) => line.startsWith("portcullis gateway listening on ") && resolve());
        void exited.then(([code]) => reject(new Error(`the gateway exited with ${code} before listening`)));
      });
      expect(nodeFlags(child.pid!)).toEqual(["--max-semi-space-size=4", "--heap-growing-percent=20"]);
    } finally {
      child.kill("SIGTERM");
    }
    expect((await exited)[0]).toBe(0);
  });

  it("are only for serve and gateway: other commands run as started", async () => {
    const out = await new Promise<string>((resolve, reject) => {
      const child = spawn(process.execPath, [CLI, "policy", "check", EXAMPLE_POLICY], {
        cwd: REPO,
        env: { ...process.env, PORTCULLIS_NODE_FLAGS: "--this-flag-does-not-exist" },
      });
      let text = "";
      child.stdout.on("data", (d: Buffer) => (text += d.toString()));
      child.stderr.on("data", (d: Buffer) => (text += d.toString()));
      child.once("error", reject);
      child.once("exit", (code) => (code === 0 ? resolve(text) : reject(new Error(`policy check exited ${code}: ${text}`))));
    });
    expect(out).not.toContain("bad option");
  });
});
