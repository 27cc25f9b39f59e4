/** Runs the `portcullis` CLI as a child process, the way an operator runs it. */
import { spawn } from "node:child_process";
import { CLI, REPO } from "./paths.js";

/** What a CLI run printed, and how it exited. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `portcullis ARGS…` on this test's Node (with `stdin` as its input, or none) and resolves
 * once it has exited and its output is closed.
 *
 * @example
 * ```ts
 * const run = await runCli(["offboard", "contractor", "--url", baseUrl, "--admin-token-file", file]);
 * expect(run.code).toBe(0);
 * ```
 */
export async function runCli(args: readonly string[], env: NodeJS.ProcessEnv = {}, stdin?: string): Promise<CliRun> {
  const child = spawn(process.execPath, [CLI, ...args], { cwd: REPO, env: { ...process.env, ...env } });
  child.stdin.end(stdin);
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => (stdout += d));
  child.stderr.on("data", (d) => (stderr += d));
  const code = await new Promise<number>((resolve) => child.on("close", (c) => resolve(c ?? -1)));
  return { code, stdout, stderr };
}
