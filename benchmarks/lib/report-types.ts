/**
 * The JSON report's shape (`benchmarks/results/*.json`), schema `portcullis-bench/1`.
 * Latencies are integer microseconds; CPU times milliseconds; memory bytes; throughput calls
 * per second. Every figure measured once per repeat is also given as a {@link Spread}
 * (median and min–max across repeats).
 */
import type { GcSummary } from "./gc-pauses.ts";
import type { DistributionPoint, Percentiles } from "./latency-histogram.ts";
import type { PacerKind } from "./pacer.ts";
import type { RunMode, Variant } from "./scenario.ts";

/** Median and range of one figure across repeats. */
export interface Spread {
  readonly median: number;
  readonly min: number;
  readonly max: number;
}

/** The machine and software a report came from. */
export interface MachineInfo {
  readonly cpuModel: string;
  /** Cores available to this process. */
  readonly cores: number;
  readonly memoryBytes: number;
  readonly node: string;
  readonly platform: string;
  readonly kernel: string;
  readonly hostname: string;
  /** 1-minute load average when the run started and when it finished. */
  readonly loadAverage: { readonly start: number; readonly end: number };
  readonly git: { readonly commit: string; readonly dirty: boolean } | null;
}

/** A phase as run. */
export interface PhaseReport {
  /** `open-1000`, `closed-16`. */
  readonly id: string;
  readonly label: string;
  readonly kind: "open" | "closed";
  /** Offered calls per second (open loop). */
  readonly rate?: number;
  /** Calls in flight (closed loop). */
  readonly concurrency?: number;
  readonly warmupMs: number;
  readonly durationMs: number;
}

/** One repeat of one (variant, phase) cell. */
/** Latency percentiles (µs): from the intended start in an open loop, per call in a closed loop. */
export interface RepeatSample extends Omit<Percentiles, "count"> {
  readonly repeat: number;
  readonly attempted: number;
  readonly succeeded: number;
  readonly errors: number;
  readonly errorKinds: Readonly<Record<string, number>>;
  /** Successful calls per second over the measured window. */
  readonly throughput: number;
  readonly elapsedMs: number;
  /** Open loop only: service time from the actual send (µs). */
  readonly service?: { readonly p50: number; readonly p99: number; readonly p999: number };
  /** Open loop only: how late the pacer sent calls (µs). */
  readonly pacerLag?: { readonly p50: number; readonly p99: number };
  /** Open loop only: windows discarded before this one because the client itself stalled. */
  readonly clientStallReruns?: number;
  /** The measured server process (null when the variant has none). */
  readonly server: {
    readonly cpuMs: number;
    /** CPU time per successful call (µs). */
    readonly cpuPerCallUs: number;
    /** Average cores busy. */
    readonly cpuCores: number;
    readonly peakRssBytes: number;
    /** `phase` when the peak was reset before the phase, `process` for the lifetime peak. */
    readonly peakRssScope: "phase" | "process";
    /** Its stop-the-world GC pauses during the window (null when not traced). */
    readonly gc: GcSummary | null;
  } | null;
  /** GC pauses of the load-generating process during the window. */
  readonly clientGc: GcSummary;
  /** CPU time of the load-generating process per call (µs), pacing included. */
  readonly clientCpuPerCallUs: number;
  /** Cores busy with anything but the server and the client during the window (noise). */
  readonly otherCpuCores: number;
}

/** All repeats of one (variant, phase) cell and their spread. */
export interface CellReport {
  readonly variant: string;
  readonly phase: string;
  readonly repeats: readonly RepeatSample[];
  readonly summary: {
    readonly p50: Spread;
    readonly p90: Spread;
    readonly p99: Spread;
    readonly p999: Spread;
    readonly max: Spread;
    readonly throughput: Spread;
    /** Errors summed over repeats. */
    readonly errors: number;
    readonly attempted: number;
    readonly serverCpuPerCallUs: Spread | null;
    readonly serverCpuCores: Spread | null;
    readonly peakRssBytes: Spread | null;
    readonly clientCpuPerCallUs: Spread;
    readonly otherCpuCores: Spread;
    readonly pacerLagP99: Spread | null;
    /** Longest sidecar GC pause per window (ms). */
    readonly serverGcMaxMs: Spread | null;
    /** Sidecar GC pause time per window (ms). */
    readonly serverGcTotalMs: Spread | null;
    /** Longest client GC pause per window (ms). */
    readonly clientGcMaxMs: Spread;
  };
  /** Percentile distribution of all repeats merged. */
  readonly distribution: readonly DistributionPoint[];
  /** All repeats merged, HdrHistogram compressed base64 (µs). */
  readonly histogram: string;
}

/** A ratio across repeats, with the per-repeat values (repeats paired by index). */
export interface Ratio extends Spread {
  readonly perRepeat: readonly number[];
}

/** A variant against the baseline in one phase. */
export interface Comparison {
  readonly variant: string;
  readonly baseline: string;
  readonly phase: string;
  readonly p50Ratio: Ratio;
  readonly p99Ratio: Ratio;
  readonly p999Ratio: Ratio;
  readonly throughputRatio: Ratio;
  readonly serverCpuPerCallRatio: Ratio | null;
  /** The scenario's p99 ratio target, on open-loop phases. */
  readonly target?: number;
  /** Median p99 ratio within the target. */
  readonly pass?: boolean;
}

/** One scenario's results. */
export interface ScenarioReport {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  /** The baseline variant's id. */
  readonly baseline: string;
  readonly variants: readonly Variant[];
  readonly phases: readonly PhaseReport[];
  readonly repeats: number;
  readonly target: { readonly p99Ratio: number; readonly variants?: readonly string[] } | null;
  readonly results: readonly CellReport[];
  readonly comparisons: readonly Comparison[];
  /** Every target check passed (null without a target). */
  readonly pass: boolean | null;
  /** Facts the scenario's setup reported (see ScenarioRuntime.notes). */
  readonly notes: Readonly<Record<string, string | number | boolean>>;
}

/** The whole report. */
export interface BenchReport {
  readonly schema: "portcullis-bench/1";
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly mode: RunMode;
  readonly options: {
    readonly repeats: number;
    readonly pacer: PacerKind;
    /** How long each cell could wait for a quiet machine (ms; 0: no waiting). */
    readonly quietWaitMs: number;
    /** NODE_OPTIONS given to the sidecars on top of the environment's ("" for none). */
    readonly sidecarNodeOptions: string;
    readonly scenarios: readonly string[];
  };
  readonly machine: MachineInfo;
  readonly scenarios: readonly ScenarioReport[];
  /** Scenarios that could not run (setup or measurement failed); the run exits 1. */
  readonly failures: ReadonlyArray<{ readonly scenario: string; readonly message: string }>;
}
