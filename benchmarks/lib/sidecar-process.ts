/**
 * Spawns the sidecar CLI as a child process (the load generator must not share its event
 * loop or CPU accounting), waits for its "portcullis serving" log line, and stops it with
 * SIGTERM.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { createInterface } from "node:readline";
import { GcPauseLog, parseTraceGcLine } from "./gc-pauses.ts";

/** Children still running; killed if the runner exits without stopping them (e.g. on Ctrl-C). */
const live = new Set<ChildProcess>();
process.once("exit", () => {
  for (const child of live) child.kill("SIGKILL");
});

/** Options of {@link spawnSidecar}. */
export interface SidecarSpawnOptions {
  /** Policy file, absolute or relative to the repository root (default `examples/policy.yaml`). */
  readonly policy?: string;
  /** Listen on this Unix socket instead of TCP loopback. */
  readonly socketPath?: string;
  /** Extra CLI arguments after `serve`. */
  readonly extraArgs?: readonly string[];
  /** Extra environment variables. */
  readonly env?: Readonly<Record<string, string>>;
  /** How long to wait for the serving line (default 60 s: three sidecars starting at once on a busy 2-core machine take more than 15). */
  readonly startTimeoutMs?: number;
}

/** A running sidecar child process. */
export interface SidecarProcess {
  readonly pid: number;
  /** `host:port` or the socket path, as the sidecar logged it. */
  readonly address: string;
  /** `http://host:port` over TCP; undefined on a Unix socket. */
  readonly baseUrl: string | undefined;
  /** The socket path when listening on a Unix socket. */
  readonly socketPath: string | undefined;
  /** Its garbage-collection pauses (from `--trace-gc`), stamped when the runner read them. */
  readonly gc: GcPauseLog;
  /** Sends SIGTERM and resolves with the exit code once the process has exited. */
  stop(): Promise<number | null>;
}

/**
 * Starts `portcullis serve` from the built CLI with the runner's Node.
 *
 * @example
 * ```ts
 * const sidecar = await spawnSidecar("/work/main", { policy: "examples/policy.yaml" });
 * console.log(sidecar.baseUrl); // http://127.0.0.1:40123
 * await sidecar.stop();
 * ```
 */
export async function spawnSidecar(repoRoot: string, options: SidecarSpawnOptions = {}): Promise<SidecarProcess> {
  const cli = join(repoRoot, "sidecar", "bin", "portcullis.js");
  if (!existsSync(join(repoRoot, "sidecar", "dist", "cli.js"))) {
    throw new Error("the sidecar is not built: run 'npm run build' first (npm run bench does)");
  }
  const where = options.socketPath ? ["--socket", options.socketPath] : ["--listen", "127.0.0.1:0"];
  const args = [
    // One line per GC on stdout, parsed into `gc` (a few lines a second: no measurable cost).
    "--trace-gc",
    cli,
    "serve",
    "--policy",
    options.policy ?? "examples/policy.yaml",
    ...where,
    "--no-watch",
    "--log-level",
    "info",
    ...(options.extraArgs ?? []),
  ];
  const child = spawn(process.execPath, args, {
    cwd: repoRoot,
    env: { ...process.env, ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  live.add(child);
  child.once("exit", () => live.delete(child));
  const stderr: string[] = [];
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => {
    stderr.push(chunk);
    if (stderr.length > 50) stderr.shift();
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const gc = new GcPauseLog();
  const address = await waitForServing(child, exited, stderr, options.startTimeoutMs ?? 60_000, gc);
  const socketPath = options.socketPath;
  return {
    pid: child.pid!,
    address,
    baseUrl: socketPath ? undefined : `http://${address}`,
    socketPath,
    gc,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
      try {
        return await exited;
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

async function waitForServing(
  child: ChildProcess,
  exited: Promise<number | null>,
  stderr: readonly string[],
  timeoutMs: number,
  gc: GcPauseLog,
): Promise<string> {
  const lines = createInterface({ input: child.stdout! });
  let timer: NodeJS.Timeout | undefined;
  const serving = new Promise<string>((resolve) => {
    lines.on("line", (line) => {
      if (line.startsWith("[")) {
        const pause = parseTraceGcLine(line);
        if (pause) gc.push({ at: performance.now(), ...pause });
        return;
      }
      let entry: { msg?: unknown; address?: unknown };
      try {
        entry = JSON.parse(line) as typeof entry;
      } catch {
        return;
      }
      if (entry.msg === "portcullis serving" && typeof entry.address === "string") resolve(entry.address);
    });
  });
  const failed = exited.then((code) => {
    throw new Error(`the sidecar exited with code ${code} before serving:\n${stderr.join("")}`);
  });
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`the sidecar did not log "portcullis serving" within ${timeoutMs} ms:\n${stderr.join("")}`));
    }, timeoutMs);
  });
  try {
    return await Promise.race([serving, failed, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}
