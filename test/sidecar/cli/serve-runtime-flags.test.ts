/**
 * `portcullis serve` runs with the launcher's runtime flags (a small V8 semi-space, chosen by
 * measurement: BENCHMARKS.md, "floor"), in the same process that was started — the launcher
 * replaces itself, so a supervisor's pid, signals and stdio stay the sidecar's — and an
 * operator's own choice wins: PORTCULLIS_NODE_FLAGS replaces the defaults (empty: none), and a
 * flag already given to node is never overridden. `gateway`, the other long-running command,
 * runs with the same flags. Other commands run as they were started.
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
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

let sidecar: SidecarProcess | undefined;
afterEach(async () => {
  await sidecar?.stop();
  sidecar = undefined;
});

describe.runIf(typeof process.execve === "function")("serve's runtime flags", () => {
  it("are applied by default, in the process that was started, which serves and stops cleanly", async () => {
    sidecar = await startSidecarProcess(["--policy", EXAMPLE_POLICY], { PORTCULLIS_NODE_FLAGS: undefined });
    expect(nodeFlags(sidecar.child.pid!)).toEqual(["--max-semi-space-size=2", "--heap-growing-percent=20"]);
    const res = await fetch(`${sidecar.baseUrl}/portcullis.v1.GovernanceService/Ping`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    expect(res.status).toBe(200);
    expect(await sidecar.stop()).toBe(0);
  });

  it("are replaced by PORTCULLIS_NODE_FLAGS, and left out when it is empty", async () => {
    sidecar = await startSidecarProcess(["--policy", EXAMPLE_POLICY], { PORTCULLIS_NODE_FLAGS: "--max-semi-space-size=8 --max-old-space-size=512" });
    expect(nodeFlags(sidecar.child.pid!)).toEqual(["--max-semi-space-size=8", "--max-old-space-size=512"]);
    await sidecar.stop();
    sidecar = await startSidecarProcess(["--policy", EXAMPLE_POLICY], { PORTCULLIS_NODE_FLAGS: "" });
    expect(nodeFlags(sidecar.child.pid!)).toEqual([]);
  });

  it("start with two malloc arenas unless the environment names its own count, even with all flags given", async () => {
    sidecar = await startSidecarProcess(["--policy", EXAMPLE_POLICY], { PORTCULLIS_NODE_FLAGS: undefined, MALLOC_ARENA_MAX: undefined });
    expect(startEnv(sidecar.child.pid!, "MALLOC_ARENA_MAX")).toBe("2");
    await sidecar.stop();
    sidecar = await startSidecarProcess(["--policy", EXAMPLE_POLICY], { PORTCULLIS_NODE_FLAGS: "", MALLOC_ARENA_MAX: undefined });
    expect(nodeFlags(sidecar.child.pid!)).toEqual([]);
    expect(startEnv(sidecar.child.pid!, "MALLOC_ARENA_MAX")).toBe("2");
    await sidecar.stop();
    sidecar = await startSidecarProcess(["--policy", EXAMPLE_POLICY], { PORTCULLIS_NODE_FLAGS: undefined, MALLOC_ARENA_MAX: "8" });
    expect(startEnv(sidecar.child.pid!, "MALLOC_ARENA_MAX")).toBe("8");
  });

  it("never override a flag given to node (here in NODE_OPTIONS, in V8's other spelling)", async () => {
    sidecar = await startSidecarProcess(["--policy", EXAMPLE_POLICY], { PORTCULLIS_NODE_FLAGS: undefined, NODE_OPTIONS: "--max_semi_space_size=16" });
    expect(nodeFlags(sidecar.child.pid!)).toEqual(["--heap-growing-percent=20"]);
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
      expect(nodeFlags(child.pid!)).toEqual(["--max-semi-space-size=2", "--heap-growing-percent=20"]);
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
