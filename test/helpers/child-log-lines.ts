/**
 * Reads a child process's structured logs as they come: each stdout line parsed as JSON (a
 * plain line as `{ msg: text }`), stderr kept line by line, and waiters for a line to come —
 * what the helpers that run `serve` and `gateway` as real processes share.
 */
import type { ChildProcess } from "node:child_process";
import { createInterface } from "node:readline";

/** One JSON log line of the sidecar or the gateway. */
export type LogLine = Record<string, unknown> & { msg?: string; level?: string };

/** What {@link readChildLogs} collects. */
export interface ChildLogs {
  readonly logs: LogLine[];
  readonly stderr: string[];
  /** Resolves with the first line matching `predicate`, past or future (no deadline of its own). */
  nextLog(predicate: (line: LogLine) => boolean): Promise<LogLine>;
  /** The logs and stderr so far, for an error message. */
  dump(): string;
}

/**
 * Starts reading `child`'s stdout and stderr.
 *
 * @example
 * ```ts
 * const { nextLog } = readChildLogs(child);
 * await nextLog((l) => l.msg === "portcullis serving");
 * ```
 */
export function readChildLogs(child: ChildProcess): ChildLogs {
  const logs: LogLine[] = [];
  const stderr: string[] = [];
  const waiters: { predicate: (l: LogLine) => boolean; resolve: (l: LogLine) => void }[] = [];
  createInterface({ input: child.stdout! }).on("line", (text) => {
    let line: LogLine;
    try {
      line = JSON.parse(text) as LogLine;
    } catch {
      line = { msg: text };
    }
    logs.push(line);
    for (const w of [...waiters]) {
      if (w.predicate(line)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(line);
      }
    }
  });
  createInterface({ input: child.stderr! }).on("line", (text) => stderr.push(text));
  return {
    logs,
    stderr,
    nextLog(predicate) {
      const seen = logs.find(predicate);
      return seen ? Promise.resolve(seen) : new Promise<LogLine>((resolve) => waiters.push({ predicate, resolve }));
    },
    dump: () => `stderr:\n${stderr.join("\n")}\nlogs:\n${logs.map((l) => JSON.stringify(l)).join("\n")}`,
  };
}
