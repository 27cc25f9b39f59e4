/**
 * Runs `portcullis gateway` as a real child process, the way operators run it, and reads its
 * structured logs.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { CLI, REPO } from "./paths.js";
import { type LogLine, readChildLogs } from "./child-log-lines.js";

/** A running gateway process. */
export interface GatewayProcess {
  readonly child: ChildProcess;
  /** `http://host:port`, from its "listening" line. */
  readonly url: string;
  /** Its stdout, one parsed JSON log line each (`{ msg: text }` for other lines). */
  readonly logs: LogLine[];
  readonly stderr: string[];
  /** Resolves with the first log line matching `predicate` (past or future); rejects if the process exits first. */
  waitForLog(predicate: (line: LogLine) => boolean): Promise<LogLine>;
  /** Sends a signal and resolves with how the process ended. */
  stop(signal?: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** How the process ended: its exit code, or the signal that killed it. */
  readonly ended: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Starts `portcullis gateway --config FILE ARGS…` and waits for its `portcullis gateway listening on`
 * line; rejects with its output if it exits first.
 *
 * @example
 * ```ts
 * const gateway = await startGatewayProcess(configFile);
 * expect(await gateway.stop("SIGTERM")).toEqual({ code: 0, signal: null });
 * ```
 */
export async function startGatewayProcess(configFile: string, env: NodeJS.ProcessEnv = {}, args: readonly string[] = []): Promise<GatewayProcess> {
  const child = spawn(process.execPath, [CLI, "gateway", "--config", configFile, ...args], {
    cwd: REPO,
    env: { ...process.env, PORTCULLIS_GUARDRAIL_WARMUP: "first-scan", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const { logs, stderr, nextLog, dump } = readChildLogs(child);
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  const waitForLog = (predicate: (line: LogLine) => boolean) =>
    Promise.race([
      nextLog(predicate),
      ended.then((how) => {
        throw new Error(`gateway ended (${JSON.stringify(how)}) before the log line came:\n${dump()}`);
      }),
    ]);
  const listening = await waitForLog((l) => String(l.msg).startsWith("portcullis gateway listening on "));
  return {
    child,
    url: String(listening.msg).slice("portcullis gateway listening on ".length),
    logs,
    stderr,
    waitForLog,
    ended,
    async stop(signal = "SIGTERM") {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return ended;
    },
  };
}
