/**
 * Describes the machine and checkout a report comes from.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import * as os from "node:os";
import type { MachineInfo } from "./report-types.ts";

/**
 * Reads CPU model, cores, memory, Node, kernel and git state. `loadAverage.end` is filled
 * in later by the caller.
 *
 * @example
 * ```ts
 * const machine = machineInfo("/work/main");
 * console.log(`${machine.cpuModel} × ${machine.cores}, Node ${machine.node}`);
 * ```
 */
export function machineInfo(repoRoot: string): MachineInfo {
  return {
    cpuModel: cpuModel(),
    cores: os.availableParallelism(),
    memoryBytes: os.totalmem(),
    node: process.version,
    platform: `${os.platform()} ${os.arch()}`,
    kernel: os.release(),
    hostname: os.hostname(),
    loadAverage: { start: round(os.loadavg()[0]!), end: Number.NaN },
    git: gitState(repoRoot),
  };
}

/** The 1-minute load average now. */
export function loadAverageNow(): number {
  return round(os.loadavg()[0]!);
}

function cpuModel(): string {
  const fromOs = os.cpus()[0]?.model?.trim();
  try {
    // /proc/cpuinfo can be more precise than os.cpus() (e.g. the full "model name").
    const match = /^model name\s*:\s*(.+)$/m.exec(readFileSync("/proc/cpuinfo", "utf8"));
    return match?.[1]?.trim() || fromOs || "unknown";
  } catch {
    return fromOs || "unknown";
  }
}

function gitState(repoRoot: string): MachineInfo["git"] {
  try {
    const run = (args: string[]) => execFileSync("git", args, { cwd: repoRoot, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    return { commit: run(["rev-parse", "HEAD"]), dirty: run(["status", "--porcelain", "--untracked-files=no"]) !== "" };
  } catch {
    return null;
  }
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
