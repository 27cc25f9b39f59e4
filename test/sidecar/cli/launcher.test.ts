/**
 * The launcher on a machine whose `node` is older than 22: `sidecar/bin/portcullis.js` run by
 * the machine's Node 20 starts the CLI on the provisioned Node 24 as a child, and must stand
 * in for it — signals reach the sidecar, the sidecar never outlives the launcher, and the
 * launcher exits with the child's code (128 + n for a death by signal n). And on any Node: the
 * launcher runs the CLI's bundle, unless tsc rebuilt dist after it (then dist, never stale code).
 */
import { execFileSync, spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { cp, mkdir, mkdtemp, readFile, utimes, writeFile } from "node:fs/promises";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { CLI, EXAMPLE_POLICY, REPO } from "../../helpers/paths.js";
import { startSidecarProcess, type SidecarProcess } from "../../helpers/sidecar-process.js";

/** The machine's old Node (v20 here); the launcher's relaunch path only runs on such a Node. */
const OLD_NODE = process.env.PORTCULLIS_OLD_NODE ?? "/usr/bin/node";
const oldMajor = existsSync(OLD_NODE) ? Number(execFileSync(OLD_NODE, ["-p", "process.versions.node.split('.')[0]"], { encoding: "utf8" })) : 0;
const relaunches = oldMajor > 0 && oldMajor < 22 && existsSync(join(REPO, ".node", "bin", "node"));
if (!relaunches) {
  console.warn(
    `\n${"!".repeat(80)}\n!! SKIPPING launcher tests: they need a Node < 22 at ${OLD_NODE} (PORTCULLIS_OLD_NODE) and a provisioned .node/\n${"!".repeat(80)}\n`,
  );
}
const hasScript = relaunches && existsSync("/usr/bin/script");

/** Process state letter from /proc (R, S, T, Z, …), or undefined once the pid is gone. */
function state(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3);
  } catch {
    return undefined;
  }
}
const running = (pid: number) => state(pid) !== undefined && state(pid) !== "Z";

/** The pids whose parent is `pid`. */
function childrenOf(pid: number): number[] {
  return readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .filter((name) => {
      const stat = (() => {
        try {
          return readFileSync(`/proc/${name}/stat`, "utf8");
        } catch {
          return "";
        }
      })();
      return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === pid;
    })
    .map(Number);
}

/** Polls a condition the kernel gives no event for (process states), with a generous deadline. */
async function until(what: string, check: () => boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function portRefuses(address: string): Promise<boolean> {
  const [host, port] = [address.slice(0, address.lastIndexOf(":")), Number(address.slice(address.lastIndexOf(":") + 1))];
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", (err: NodeJS.ErrnoException) => resolve(err.code === "ECONNREFUSED"));
  });
}

/** Launched sidecars of the current test, for cleanup even when an assertion failed. */
let started: { launcher: SidecarProcess; child: number }[] = [];
afterEach(() => {
  for (const { launcher, child } of started) {
    for (const pid of [launcher.child.pid!, child]) if (running(pid)) process.kill(pid, "SIGKILL");
  }
  started = [];
});

async function launch(args: string[] = ["--policy", EXAMPLE_POLICY]): Promise<{ launcher: SidecarProcess; child: number }> {
  const launcher = await startSidecarProcess(args, {}, { node: OLD_NODE });
  const children = childrenOf(launcher.child.pid!);
  expect(children, "the launcher runs the sidecar as one child").toHaveLength(1);
  const entry = { launcher, child: children[0]! };
  started.push(entry);
  expect(readFileSync(`/proc/${entry.child}/cmdline`, "utf8").split("\0")[0]).toBe(join(REPO, ".node", "bin", "node"));
  return entry;
}

describe.runIf(relaunches)(`launcher on Node ${oldMajor}`, () => {
  it.each(["SIGTERM", "SIGINT"] as const)("%s stops the sidecar child: its pid is gone, its port is closed, the launcher exits 0", async (signal) => {
    const { launcher, child } = await launch();
    expect(await launcher.stop(signal)).toBe(0);
    expect(running(child)).toBe(false);
    expect(await portRefuses(launcher.address)).toBe(true);
    expect(launcher.logs.find((l) => l.msg === "shutting down")).toMatchObject({ signal });
  });

  it("passes SIGHUP on: the sidecar reloads its policy and keeps serving", async () => {
    const dir = await mkdtemp(join(tmpdir(), "pcl-launcher-"));
    const file = join(dir, "policy.yaml");
    await cp(EXAMPLE_POLICY, file);
    const { launcher } = await launch(["--policy", file, "--no-watch"]);
    await writeFile(file, (await readFile(file, "utf8")).replace("allow: [search_issues, create_issue]", "allow: [create_issue]"));
    launcher.child.kill("SIGHUP");
    expect(await launcher.waitForLog((l) => l.msg === "policy reloaded")).toMatchObject({ trigger: "signal" });
    expect(await portRefuses(launcher.address)).toBe(false);
    expect(await launcher.stop("SIGTERM")).toBe(0);
  });

  it("exits 128 + n when the child dies by signal n", async () => {
    const { launcher, child } = await launch();
    process.kill(child, "SIGKILL");
    expect(await launcher.exited).toBe(128 + 9);
  });

  it("stops the sidecar when the launcher itself is killed with SIGKILL", async () => {
    const { launcher, child } = await launch();
    launcher.child.kill("SIGKILL");
    // The sidecar's stdout is still this test's pipe: it says it drains and stops.
    expect(await launcher.waitForLog((l) => l.msg === "shutting down")).toMatchObject({ signal: "SIGTERM" });
    await launcher.waitForLog((l) => l.msg === "stopped");
    await until("the orphaned sidecar has exited", () => !running(child));
    expect(await portRefuses(launcher.address)).toBe(true);
  });

  it("stops and resumes the sidecar with the launcher (Ctrl-Z, fg)", async () => {
    const { launcher, child } = await launch();
    launcher.child.kill("SIGTSTP");
    await until("launcher and sidecar are stopped", () => state(launcher.child.pid!) === "T" && state(child) === "T");
    launcher.child.kill("SIGCONT");
    await until("launcher and sidecar run again", () => state(launcher.child.pid!) !== "T" && state(child) !== "T");
    expect(await launcher.stop("SIGTERM")).toBe(0);
  });

  it("exits with the CLI's own codes", async () => {
    const run = (args: string[]) =>
      new Promise<number | null>((resolve) => spawn(OLD_NODE, [CLI, ...args], { cwd: REPO, stdio: "ignore" }).once("exit", (code) => resolve(code)));
    expect(await run(["--help"])).toBe(0);
    expect(await run(["frobnicate"])).toBe(2);
    const bad = join(await mkdtemp(join(tmpdir(), "pcl-launcher-")), "bad.yaml");
    await writeFile(bad, "version: 3\n");
    expect(await run(["policy", "check", bad])).toBe(1);
  });

  it.runIf(hasScript)("lets a terminal's Ctrl-C reach the sidecar once, so it drains and exits 0", async () => {
    // `script` gives the launcher a real terminal; ^C there signals the whole foreground
    // process group. A sidecar in the launcher's group would get SIGINT twice (the terminal's
    // and the forwarded one) and the second kills it mid-drain with 130.
    const dataDir = await mkdtemp(join(tmpdir(), "pcl-launcher-data-"));
    const command = `exec ${OLD_NODE} ${CLI} serve --policy ${EXAMPLE_POLICY} --listen 127.0.0.1:0 --data-dir ${dataDir}`;
    const terminal = spawn("script", ["-qfec", command, "/dev/null"], { cwd: REPO, stdio: ["pipe", "pipe", "inherit"] });
    let output = "";
    terminal.stdout.on("data", (data: Buffer) => {
      const serving = !output.includes("portcullis serving");
      output += data.toString();
      if (serving && output.includes("portcullis serving")) terminal.stdin.write("\x03");
    });
    const code = await new Promise<number | null>((resolve) => terminal.once("exit", (c) => resolve(c)));
    expect(output).toContain('"msg":"stopped"');
    expect(code).toBe(0);
  });
});

describe("launcher without a provisioned Node", () => {
  it.runIf(oldMajor > 0 && oldMajor < 22)("says how to get Node >= 22 and exits 3", async () => {
    // A checkout without .node/: the launcher and its package.json (ESM), nothing else.
    const copy = await mkdtemp(join(tmpdir(), "pcl-launcher-"));
    await mkdir(join(copy, "sidecar", "bin"), { recursive: true });
    await cp(CLI, join(copy, "sidecar", "bin", "portcullis.js"));
    await writeFile(join(copy, "sidecar", "package.json"), '{ "type": "module" }\n');
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(OLD_NODE, [join(copy, "sidecar", "bin", "portcullis.js"), "--help"], { stdio: ["ignore", "ignore", "pipe"] });
      let stderr = "";
      child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
      child.once("close", (code) => resolve({ code, stderr }));
    });
    expect(result.code).toBe(3);
    expect(result.stderr).toContain("source scripts/ensure-node.sh");
  });
});

describe("launcher's entry", () => {
  /** A copy of the launcher beside a dist and a bundle whose CLIs print which one ran. */
  async function checkout(files: { dist?: boolean; bundle?: boolean }): Promise<string> {
    const copy = await mkdtemp(join(tmpdir(), "pcl-entry-"));
    await mkdir(join(copy, "sidecar", "bin"), { recursive: true });
    await cp(CLI, join(copy, "sidecar", "bin", "portcullis.js"));
    await writeFile(join(copy, "sidecar", "package.json"), '{ "type": "module" }\n');
    for (const [dir, present] of Object.entries(files)) {
      if (!present) continue;
      await mkdir(join(copy, "sidecar", dir), { recursive: true });
      await writeFile(join(copy, "sidecar", dir, "cli.js"), `export const main = async () => { console.log(${JSON.stringify(dir)}); return 0; };\n`);
    }
    return copy;
  }
  const ran = (copy: string) => execFileSync(process.execPath, [join(copy, "sidecar", "bin", "portcullis.js"), "--help"], { encoding: "utf8" }).trim();

  it("runs the bundle, and dist where there is no bundle", async () => {
    expect(ran(await checkout({ dist: true, bundle: true }))).toBe("bundle");
    expect(ran(await checkout({ dist: true }))).toBe("dist");
  });

  it("runs dist when tsc rebuilt it after the bundle was made (a stale bundle)", async () => {
    const copy = await checkout({ dist: true, bundle: true });
    const info = join(copy, "sidecar", "dist", ".tsbuildinfo");
    await writeFile(info, "{}");
    const bundleTime = new Date(Date.now() - 60_000);
    await utimes(join(copy, "sidecar", "bundle", "cli.js"), bundleTime, bundleTime);
    expect(ran(copy)).toBe("dist");
    // Bundled again after that build: the bundle runs.
    await utimes(info, new Date(Date.now() - 120_000), new Date(Date.now() - 120_000));
    expect(ran(copy)).toBe("bundle");
  });
});
