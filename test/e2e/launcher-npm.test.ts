/**
 * `npx portcullis serve` stopped by a signal to npm: npm runs the launcher through
 * `sh -c "portcullis …"` and passes a SIGTERM to that shell, which dies of it without passing
 * it on. The sidecar must notice the parent it started under is gone and drain, rather than
 * serve on as an orphan (what `docker stop` on `CMD ["npx","portcullis","serve",…]` relies on).
 * The assertion waits for the sidecar's pid to be gone within a generous bound: a hang is the
 * failure, speed is not measured.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import { afterEach, describe, expect, it } from "vitest";
import { EXAMPLE_POLICY, REPO } from "../helpers/paths.js";

/** Process state letter from /proc (R, S, Z, …), or undefined once the pid is gone. */
function state(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3);
  } catch {
    return undefined;
  }
}
const running = (pid: number) => state(pid) !== undefined && state(pid) !== "Z";

/** Every live pid with its parent pid and command line. */
function processes(): { pid: number; ppid: number; cmdline: string[] }[] {
  return readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .flatMap((name) => {
      try {
        const stat = readFileSync(`/proc/${name}/stat`, "utf8");
        const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
        return [{ pid: Number(name), ppid, cmdline: readFileSync(`/proc/${name}/cmdline`, "utf8").split("\0") }];
      } catch {
        return [];
      }
    });
}

/** The pids below `root` (children, grandchildren, …). */
function descendants(root: number): { pid: number; cmdline: string[] }[] {
  const all = processes();
  const out: { pid: number; cmdline: string[] }[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const parent = queue.shift()!;
    for (const p of all.filter((q) => q.ppid === parent)) {
      out.push(p);
      queue.push(p.pid);
    }
  }
  return out;
}

/** Polls a condition the kernel gives no event for (a process's end), with a generous deadline. */
async function until(what: string, check: () => boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Sidecars left running by a failed test, killed so they do not outlive it. */
let leftovers: number[] = [];
afterEach(() => {
  for (const pid of leftovers) {
    try {
      if (running(pid)) process.kill(pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
  leftovers = [];
});

/** A gateway configuration in `dir`: the example policy, one stdio downstream, no audit. */
function gatewayConfig(dir: string): string {
  const file = join(dir, "gateway.yaml");
  writeFileSync(
    file,
    [
      `policy: ${JSON.stringify(EXAMPLE_POLICY)}`,
      "listen: 127.0.0.1:0",
      `dataDir: ${JSON.stringify(dir)}`,
      "audit: false",
      "servers:",
      "  jira:",
      `    command: ${JSON.stringify(process.execPath)}`,
      `    args: [${JSON.stringify(join(REPO, "examples", "servers", "jira-server.mjs"))}]`,
    ].join("\n"),
  );
  return file;
}

describe("launcher under npm", () => {
  it.each<[string, (dir: string) => string[], string, string]>([
    [
      "serve",
      (dir) => ["serve", "--policy", EXAMPLE_POLICY, "--listen", "127.0.0.1:0", "--no-audit", "--data-dir", dir],
      '"portcullis serving"',
      '"shutting down"',
    ],
    ["gateway", (dir) => ["gateway", "--config", gatewayConfig(dir)], "portcullis gateway listening on ", '"gateway shutting down"'],
  ])(
    "%s drains when SIGTERM sent to `npm exec` kills the shell between them",
    async (command, args, ready, stopping) => {
      const dir = mkdtempSync(join(tmpdir(), "pcl-npm-launch-"));
      // This test's own node (>= 22: the execve path) and its npm, first on PATH as npx would have them.
      const npm = spawn("npm", ["exec", "--no-install", "--", "portcullis", ...args(dir)], {
        cwd: REPO,
        env: { ...process.env, PATH: `${dirname(process.execPath)}:${process.env.PATH ?? ""}`, PORTCULLIS_GUARDRAIL_WARMUP: "first-scan" },
        stdio: ["ignore", "pipe", "pipe"],
        // A process group of its own, so nothing but our explicit signal reaches the tree.
        detached: true,
      });
      const lines: string[] = [];
      const stderr: string[] = [];
      createInterface({ input: npm.stderr! }).on("line", (line) => stderr.push(line));
      const serving = new Promise<void>((resolve, reject) => {
        createInterface({ input: npm.stdout! }).on("line", (line) => {
          lines.push(line);
          if (line.includes(ready)) resolve();
        });
        npm.once("exit", (code) => reject(new Error(`npm exited ${code} before serving:\n${stderr.join("\n")}\n${lines.join("\n")}`)));
      });
      await serving;
      const sidecar = descendants(npm.pid!).find((p) => p.cmdline.some((arg) => arg.endsWith("portcullis.js")) && p.cmdline.includes(command));
      expect(sidecar, `no sidecar below npm: ${JSON.stringify(descendants(npm.pid!))}`).toBeDefined();
      leftovers.push(sidecar!.pid);
      // The chain the defect needs: the sidecar is not npm's own child (a shell stands between).
      expect(processes().find((p) => p.pid === sidecar!.pid)?.ppid).not.toBe(npm.pid);

      process.kill(npm.pid!, "SIGTERM");
      await until("the sidecar is gone", () => !running(sidecar!.pid));
      // It went through the command's own stop path (a drain), not a death by signal.
      await until("its stop was logged", () => lines.some((line) => line.includes(stopping)), 5_000).catch(() => undefined);
      expect(lines.some((line) => line.includes(stopping))).toBe(true);
    },
    60_000,
  );
});
