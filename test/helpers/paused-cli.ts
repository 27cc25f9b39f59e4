/**
 * Runs the `portcullis` CLI as a real process that stops at named points of its start-up or
 * exit (test/fixtures/pause-at.mjs, preloaded with NODE_OPTIONS), so that a test can signal it
 * exactly there — no sleeping, no racing the clock.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { pathToFileURL } from "node:url";
import { CLI, REPO } from "./paths.js";
import type { LogLine } from "./sidecar-process.js";

const PAUSE_AT = pathToFileURL(join(REPO, "test", "fixtures", "pause-at.mjs")).href;

/** How the process ended: an exit code, or the signal that killed it. */
export interface Ending {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

/** A CLI process started by {@link spawnPausedCli}. */
export interface PausedCli {
  readonly child: ChildProcess;
  /** Its stdout, one parsed JSON log line each (`{ msg: text }` for other lines). */
  readonly logs: LogLine[];
  readonly stderr: string[];
  /** Resolves once the process has stopped at `point`; rejects if it exits first. */
  paused(point: string): Promise<void>;
  /** Lets the process go on from the point where it stopped. */
  resume(): void;
  /** Resolves with the first log line matching `predicate` (past or future); rejects if the process exits first. */
  waitForLog(predicate: (line: LogLine) => boolean): Promise<LogLine>;
  readonly ended: Promise<Ending>;
  /** The messages logged so far, in order. */
  messages(): string[];
}

/**
 * Spawns `node sidecar/bin/portcullis.js ARGS…` (with this test's Node, which execs itself
 * with the runtime flags as in production) that stops at each of `points` (see pause-at.mjs).
 */
export function spawnPausedCli(args: readonly string[], points: readonly string[], env: NodeJS.ProcessEnv = {}): PausedCli {
  const nodeOptions = [process.env.NODE_OPTIONS, `--import=${PAUSE_AT}`].filter(Boolean).join(" ");
  const child = spawn(process.execPath, [CLI, ...args], {
    cwd: REPO,
    env: { ...process.env, PORTCULLIS_GUARDRAIL_WARMUP: "first-scan", ...env, NODE_OPTIONS: nodeOptions, PCL_PAUSE_AT: points.join(",") },
    stdio: ["pipe", "pipe", "pipe"],
  });
  const logs: LogLine[] = [];
  const stderr: string[] = [];
  const listeners = new Set<() => void>();
  const changed = () => {
    for (const listener of [...listeners]) listener();
  };
  createInterface({ input: child.stdout! }).on("line", (text) => {
    try {
      logs.push(JSON.parse(text) as LogLine);
    } catch {
      logs.push({ msg: text });
    }
    changed();
  });
  createInterface({ input: child.stderr! }).on("line", (text) => {
    stderr.push(text);
    changed();
  });
  const ended = new Promise<Ending>((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
  // Once its output has all been read ("close" comes after "exit" and the last line).
  let exited = false;
  child.once("close", () => {
    exited = true;
    changed();
  });
  const output = () => `stdout:\n${logs.map((l) => JSON.stringify(l)).join("\n")}\nstderr:\n${stderr.join("\n")}`;
  /**
   * Resolves once `check` gives a value; rejects if the process exits before, or after
   * `timeoutMs` — a bound only a hang or a missing line reaches, for a clear failure.
   */
  const until = <T>(what: string, check: () => T | undefined, timeoutMs = 30_000): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        listeners.delete(listener);
        reject(new Error(`no ${what} within ${timeoutMs} ms; ${output()}`));
      }, timeoutMs);
      const listener = () => {
        const found = check();
        if (found !== undefined) {
          listeners.delete(listener);
          clearTimeout(timer);
          resolve(found);
        } else if (exited) {
          listeners.delete(listener);
          clearTimeout(timer);
          void ended.then(({ code, signal }) => reject(new Error(`the process ended (code ${code}, signal ${signal}) before ${what}; ${output()}`)));
        }
      };
      listeners.add(listener);
      listener();
    });
  child.stdin!.on("error", () => undefined);
  return {
    child,
    logs,
    stderr,
    ended,
    paused: (point) => until(`pausing at ${point}`, () => (stderr.includes(`pcl-paused-at ${point}`) ? true : undefined)).then(() => undefined),
    resume: () => void child.stdin!.write("x"),
    waitForLog: (predicate) => until("the log line awaited", () => logs.find(predicate)),
    messages: () => logs.map((l) => String(l.msg)),
  };
}
