/**
 * CPU time and resident memory of another process, from Linux procfs:
 * `/proc/<pid>/stat` (utime + stime, all threads) and `/proc/<pid>/status` (VmHWM, VmRSS).
 * Peak RSS is per phase when the kernel lets us reset it (`clear_refs` 5), otherwise the
 * process's lifetime peak — the report says which.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";

let clockTicks: number | undefined;

/** Clock ticks per second of `/proc/<pid>/stat` times (usually 100). */
export function clockTicksPerSecond(): number {
  if (clockTicks === undefined) {
    try {
      clockTicks = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
    } catch {
      clockTicks = 100;
    }
  }
  return clockTicks;
}

/**
 * User + system CPU time of a process (all its threads) in milliseconds, at clock-tick
 * resolution (10 ms at 100 Hz).
 *
 * @example
 * ```ts
 * const before = cpuTimeMs(pid); await work(); const used = cpuTimeMs(pid) - before;
 * ```
 */
export function cpuTimeMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  // The command name may contain spaces and parentheses: fields start after the last ")".
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // Fields 14 (utime) and 15 (stime) of proc(5); index 0 here is field 3 (state).
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return ((utime + stime) * 1000) / clockTicksPerSecond();
}

/** Resident memory of a process in bytes: the peak (VmHWM) and the current (VmRSS). */
export interface MemoryUsage {
  readonly peakRssBytes: number;
  readonly rssBytes: number;
}

/**
 * Reads VmHWM and VmRSS of a process.
 *
 * @example
 * ```ts
 * const { peakRssBytes } = memoryUsage(pid);
 * ```
 */
export function memoryUsage(pid: number): MemoryUsage {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kib = (key: string) => {
    const match = new RegExp(`^${key}:\\s+(\\d+) kB`, "m").exec(status);
    return match ? Number(match[1]) * 1024 : Number.NaN;
  };
  return { peakRssBytes: kib("VmHWM"), rssBytes: kib("VmRSS") };
}

/**
 * Resets a process's peak RSS (VmHWM) to its current RSS; false when not permitted.
 *
 * @example
 * ```ts
 * const perPhase = resetPeakRss(pid); // then memoryUsage(pid).peakRssBytes is this phase's peak
 * ```
 */
export function resetPeakRss(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, "5");
    return true;
  } catch {
    return false;
  }
}

/**
 * Busy CPU time of the whole machine (all cores, everything but idle and iowait) in
 * milliseconds, from the first line of /proc/stat; 0 where it cannot be read.
 *
 * @example
 * ```ts
 * const before = machineBusyMs(); await work(); const busyCores = (machineBusyMs() - before) / elapsedMs;
 * ```
 */
export function machineBusyMs(): number {
  try {
    const line = readFileSync("/proc/stat", "utf8").split("\n", 1)[0]!;
    const ticks = line.trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal (guest time is already in user/nice).
    const busy = ticks.slice(0, 8).reduce((a, b) => a + b, 0) - (ticks[3] ?? 0) - (ticks[4] ?? 0);
    return (busy * 1000) / clockTicksPerSecond();
  } catch {
    return 0;
  }
}

/**
 * Cores kept busy by other processes than this one and `pids`, sampled over `sampleMs`.
 *
 * @example
 * ```ts
 * if ((await otherCpuCores(500, [sidecar.pid])) > 0.2) console.log("the machine is busy");
 * ```
 */
export async function otherCpuCores(sampleMs: number, pids: readonly number[]): Promise<number> {
  const own = () => {
    const self = process.cpuUsage();
    let ms = (self.user + self.system) / 1000;
    for (const pid of pids) {
      try {
        ms += cpuTimeMs(pid);
      } catch {
        // gone
      }
    }
    return ms;
  };
  const machine0 = machineBusyMs();
  const own0 = own();
  const t0 = performance.now();
  await new Promise((resolve) => setTimeout(resolve, sampleMs));
  const wall = performance.now() - t0;
  return Math.max(0, machineBusyMs() - machine0 - (own() - own0)) / wall;
}
