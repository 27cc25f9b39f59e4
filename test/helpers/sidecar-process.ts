/**
 * Runs `portcullis serve` as a real child process, the way operators run it, and reads its
 * structured logs.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type LogLine, readChildLogs } from "./child-log-lines.js";
import { CLI, REPO } from "./paths.js";

export type { LogLine } from "./child-log-lines.js";

/** A running sidecar process. */
export interface SidecarProcess {
  readonly child: ChildProcess;
  /** `http://host:port` (TCP) or undefined (Unix socket). */
  readonly baseUrl: string | undefined;
  readonly address: string;
  readonly logs: LogLine[];
  readonly stderr: string[];
  /** Resolves with the first log line matching `predicate` (past or future). */
  waitForLog(predicate: (line: LogLine) => boolean, timeoutMs?: number): Promise<LogLine>;
  /** Sends a signal and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
  /** Resolves with the exit code once the process exits. */
  readonly exited: Promise<number | null>;
}

/**
 * Starts `portcullis serve` with the given arguments (`--listen 127.0.0.1:0` unless a
 * --listen or --socket is given) and waits until it serves. `node` runs the launcher (this
 * test's Node unless told otherwise).
 *
 * The guardrails' detectors are built with the first ScanResponse
 * (PORTCULLIS_GUARDRAIL_WARMUP=first-scan) unless `env` says otherwise: most of these
 * sidecars never scan, and building them at start was ~1 s of CPU per sidecar, a sixth of the
 * suite's. Tests of scanning end to end ask for the default, `start`.
 */
export async function startSidecarProcess(
  args: string[],
  env: NodeJS.ProcessEnv = {},
  options: {
    /** A command that execs the sidecar, e.g. `["prlimit", "--nofile=128"]`. */
    readonly prefix?: readonly string[];
    /** The node that runs the CLI (default: this test's own). */
    readonly node?: string;
    /** How long to wait for "portcullis serving" (default 10 s). */
    readonly startTimeoutMs?: number;
  } = {},
): Promise<SidecarProcess> {
  const listenArgs = args.includes("--listen") || args.includes("--socket") ? [] : ["--listen", "127.0.0.1:0"];
  // Each sidecar its own data directory (tokens, vault, audit trail) unless the test picks
  // one: an audit directory takes one writer, and tests must not share state by accident.
  const ownsState = ["--data-dir", "--audit-dir", "--no-audit"].some((flag) => args.includes(flag));
  if (!ownsState) listenArgs.push("--data-dir", mkdtempSync(join(tmpdir(), "pcl-sidecar-data-")));
  const [command, ...prefixArgs] = [...(options.prefix ?? []), options.node ?? process.execPath];
  const child = spawn(command!, [...prefixArgs, CLI, "serve", ...listenArgs, ...args], {
    cwd: REPO,
    env: { ...process.env, PORTCULLIS_GUARDRAIL_WARMUP: "first-scan", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const { logs, stderr, nextLog } = readChildLogs(child);
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));

  const waitForLog = (predicate: (line: LogLine) => boolean, timeoutMs = 30_000) => {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new Error(`no matching log line within ${timeoutMs} ms; logs:\n${logs.map((l) => JSON.stringify(l)).join("\n")}\nstderr:\n${stderr.join("\n")}`),
          ),
        timeoutMs,
      );
    });
    return Promise.race([nextLog(predicate), late]).finally(() => clearTimeout(timer));
  };

  const serving = await Promise.race([
    waitForLog((l) => l.msg === "portcullis serving", options.startTimeoutMs),
    exited.then((code) => {
      throw new Error(`sidecar exited with ${code} before serving:\n${stderr.join("\n")}\n${logs.map((l) => JSON.stringify(l)).join("\n")}`);
    }),
  ]);
  const address = String(serving.address);
  return {
    child,
    address,
    baseUrl: address.startsWith("/") ? undefined : `http://${address}`,
    logs,
    stderr,
    waitForLog,
    exited,
    async stop(signal = "SIGTERM") {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}
