/**
 * Measures one (variant, phase) cell once: warm-up at the phase's load (discarded), then the
 * measured window with the server's CPU time, its peak RSS, the client's CPU and the rest
 * of the machine's CPU (noise) sampled around it.
 */
import { performance } from "node:perf_hooks";
import { runClosedLoop } from "./closed-loop.ts";
import { collectClientGarbage, ownGcPauses } from "./gc-pauses.ts";
import { percentiles, type Histogram } from "./latency-histogram.ts";
import { runOpenLoop, type LoadResult } from "./open-loop.ts";
import type { PacerKind } from "./pacer.ts";
import { cpuTimeMs, machineBusyMs, memoryUsage, resetPeakRss } from "./process-stats.ts";
import type { RepeatSample } from "./report-types.ts";
import type { Phase, PhaseTiming, VariantRuntime } from "./scenario.ts";
import { runWrk } from "./wrk-load.ts";

/** One measured repeat of a cell: the figures and the raw latency histogram. */
export interface CellSample {
  readonly sample: RepeatSample;
  readonly latency: Histogram;
}

/** Options of {@link measureCell}. */
export interface MeasureOptions {
  readonly phase: Phase;
  readonly timing: PhaseTiming;
  readonly repeat: number;
  readonly pacer: PacerKind;
  /** Called when the warm-up ends and the measured window starts. */
  readonly onMeasuring?: () => void;
}

/**
 * Warms up and measures a variant in a phase.
 *
 * @example
 * ```ts
 * const { sample } = await measureCell(runtime, { phase: { kind: "open", rate: 1000 }, timing: { warmupMs: 2000, durationMs: 10_000 }, repeat: 1, pacer: "worker" });
 * sample.p99; // µs
 * ```
 */
export async function measureCell(runtime: VariantRuntime, options: MeasureOptions): Promise<CellSample> {
  const { phase, timing, pacer } = options;
  const load = (durationMs: number): Promise<LoadResult> =>
    phase.kind === "open"
      ? runOpenLoop(runtime.call, { rate: phase.rate, durationMs, pacer })
      : runtime.wrk
        ? runWrk(runtime.wrk, { connections: phase.concurrency, durationMs })
        : runClosedLoop(runtime.call, { concurrency: phase.concurrency, durationMs });

  if (timing.warmupMs > 0) await load(timing.warmupMs);
  collectClientGarbage();
  await pause(50);
  options.onMeasuring?.();

  const pid = runtime.process?.pid;
  const rssScope: "phase" | "process" = pid !== undefined && resetPeakRss(pid) ? "phase" : "process";
  const serverCpu0 = pid !== undefined ? cpuTimeMs(pid) : 0;
  const client0 = process.cpuUsage();
  const machine0 = machineBusyMs();
  const clientGc = ownGcPauses();
  const t0 = performance.now();

  const result = await load(timing.durationMs);

  const t1 = performance.now();
  const wallMs = t1 - t0;
  // A traced GC line reaches the runner a moment after the pause: give it 50 ms to arrive.
  await pause(50);
  const serverCpuMs = pid !== undefined ? cpuTimeMs(pid) - serverCpu0 : 0;
  const client = process.cpuUsage(client0);
  const clientCpuMs = (client.user + client.system) / 1000;
  const machineMs = machineBusyMs() - machine0;
  const memory = pid !== undefined ? memoryUsage(pid) : undefined;

  const p = percentiles(result.latency);
  const perCall = (ms: number) => (result.succeeded > 0 ? round((ms * 1000) / result.succeeded) : 0);
  const sample: RepeatSample = {
    repeat: options.repeat,
    p50: p.p50,
    p90: p.p90,
    p99: p.p99,
    p999: p.p999,
    max: p.max,
    mean: p.mean,
    attempted: result.attempted,
    succeeded: result.succeeded,
    errors: result.errors,
    errorKinds: result.errorKinds,
    throughput: round((result.succeeded * 1000) / result.elapsedMs),
    elapsedMs: round(result.elapsedMs),
    ...(result.service && result.pacerLag
      ? {
          service: pick(percentiles(result.service), ["p50", "p99", "p999"]),
          pacerLag: pick(percentiles(result.pacerLag), ["p50", "p99"]),
        }
      : {}),
    server:
      pid !== undefined && memory
        ? {
            cpuMs: round(serverCpuMs),
            cpuPerCallUs: perCall(serverCpuMs),
            cpuCores: round(serverCpuMs / wallMs, 3),
            peakRssBytes: memory.peakRssBytes,
            peakRssScope: rssScope,
            gc: runtime.process?.gc ? runtime.process.gc.summarize(t0, t1 + 50) : null,
          }
        : null,
    clientGc: clientGc.summarize(t0, t1),
    clientCpuPerCallUs: perCall(clientCpuMs),
    otherCpuCores: round(Math.max(0, machineMs - serverCpuMs - clientCpuMs) / wallMs, 3),
  };
  return { sample, latency: result.latency };
}

function pick<T extends object, K extends keyof T>(o: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((k) => [k, o[k]])) as Pick<T, K>;
}

function round(n: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
