/**
 * The interface of a benchmark scenario: one file in `benchmarks/scenarios/` whose default
 * export is a {@link Scenario}. The runner finds it by file name, so adding a scenario is
 * adding a file.
 *
 * A scenario names its variants (exactly one is the baseline, measured in the same run),
 * the phases it offers load in (open-loop fixed rates and/or closed-loop maximum
 * throughput), and a `setup` that starts what it measures (sidecars through the context,
 * which the runner stops) and returns one call function per variant. The runner does the
 * rest: warm-up, interleaved repeats, HDR histograms, sidecar CPU and peak RSS, ratios
 * against the baseline, the terminal table, JSON and HTML.
 *
 * @example
 * ```ts
 * // benchmarks/scenarios/echo.ts
 * import type { Scenario } from "../lib/scenario.ts";
 * const scenario: Scenario = {
 *   name: "echo",
 *   title: "Echo vs Ping",
 *   description: "What an echo costs over the empty RPC.",
 *   variants: [{ id: "ping", label: "Ping", baseline: true }, { id: "echo", label: "Echo" }],
 *   phases: (mode) => mode === "quick" ? [{ kind: "open", rate: 500 }] : [{ kind: "open", rate: 1000 }],
 *   async setup(ctx) {
 *     const sidecar = await ctx.startSidecar();
 *     const client = createGovernanceClient({ baseUrl: sidecar.baseUrl, httpVersion: "2" });
 *     return {
 *       calls: { ping: { call: () => client.raw.ping({}), process: sidecar }, echo: { call: () => client.raw.ping({}), process: sidecar } },
 *       close: async () => client.close(),
 *     };
 *   },
 * };
 * export default scenario;
 * ```
 */
import type { GcPauseLog } from "./gc-pauses.ts";
import type { SidecarProcess, SidecarSpawnOptions } from "./sidecar-process.ts";
import type { WrkTarget } from "./wrk-load.ts";

/** `quick` runs briefly to check the machinery; `full` runs long enough to publish figures. */
export type RunMode = "quick" | "full";

/** Open loop: calls start at fixed intended times, `rate` per second, whatever the replies do. */
export interface OpenPhase {
  readonly kind: "open";
  /** Offered load in calls per second. */
  readonly rate: number;
}

/** Closed loop: `concurrency` callers each start the next call when the previous one ends. */
export interface ClosedPhase {
  readonly kind: "closed";
  /** Calls in flight at all times. */
  readonly concurrency: number;
}

/** How a phase offers load. */
export type Phase = OpenPhase | ClosedPhase;

/** One measured thing. Exactly one variant of a scenario is the baseline. */
export interface Variant {
  /** Short, stable id used in JSON and on the command line, e.g. `ping`. */
  readonly id: string;
  /** Human label for tables and charts. */
  readonly label: string;
  /** The reference the other variants are divided by. */
  readonly baseline?: boolean;
  /** One line on what the variant does. */
  readonly description?: string;
}

/** Makes one call. Resolves on success; rejects (or resolves `false`) on a failed call. */
export type Call = () => Promise<unknown>;

/** The call of one variant and the process whose CPU and memory it loads. */
export interface VariantRuntime {
  readonly call: Call;
  /**
   * The same call as a fixed HTTP request: closed-loop phases then run on `wrk` (a C client,
   * see wrk-load.ts) instead of this process's loop; open-loop phases still use `call`.
   */
  readonly wrk?: WrkTarget;
  /** The server process measured for CPU time, peak RSS and (when it has a log) GC pauses. */
  readonly process?: { readonly pid: number; readonly gc?: GcPauseLog };
}

/** What the runner hands to {@link Scenario.setup}. */
export interface ScenarioContext {
  readonly mode: RunMode;
  /** The repository root (absolute). */
  readonly repoRoot: string;
  /** Starts a sidecar child process; the runner stops it after the scenario. */
  startSidecar(options?: SidecarSpawnOptions): Promise<SidecarProcess>;
  /** A scratch directory for this scenario (sockets, policies); removed afterwards. */
  readonly tmpDir: string;
}

/** What {@link Scenario.setup} returns. */
export interface ScenarioRuntime {
  /** One entry per variant id. */
  readonly calls: Readonly<Record<string, VariantRuntime>>;
  /** Facts setup found that belong in the report (e.g. `{ redisRoundTripsPerDecision: 1 }`). */
  readonly notes?: Readonly<Record<string, string | number | boolean>>;
  /** Releases clients and anything else setup made (sidecars are stopped by the runner). */
  close?(): Promise<void>;
}

/** A pass/fail target checked on every open-loop phase. */
export interface ScenarioTarget {
  /** Largest acceptable (variant p99) / (baseline p99) at the same offered load. */
  readonly p99Ratio: number;
  /** The variants the target applies to (default: every variant but the baseline). */
  readonly variants?: readonly string[];
}

/** Phase timing in milliseconds. */
export interface PhaseTiming {
  readonly warmupMs: number;
  readonly durationMs: number;
}

/** A benchmark scenario; the default export of a file in `benchmarks/scenarios/`. */
export interface Scenario {
  /** Equal to the file name without `.ts`; what `npm run bench -- NAME` selects. */
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly variants: readonly Variant[];
  /** The phases of a run, in order. */
  phases(mode: RunMode): readonly Phase[];
  /** Overrides the runner's default warm-up and duration per mode. */
  timing?(mode: RunMode): Partial<PhaseTiming>;
  readonly target?: ScenarioTarget;
  setup(context: ScenarioContext): Promise<ScenarioRuntime>;
}

/**
 * A phase's stable id, e.g. `open-1000` or `closed-16`.
 *
 * @example
 * ```ts
 * phaseId({ kind: "open", rate: 500 }); // "open-500"
 * ```
 */
export function phaseId(phase: Phase): string {
  return phase.kind === "open" ? `open-${phase.rate}` : `closed-${phase.concurrency}`;
}

/**
 * A phase's label for tables, e.g. `500/s` or `closed ×16`.
 *
 * @example
 * ```ts
 * phaseLabel({ kind: "closed", concurrency: 1 }); // "closed ×1"
 * ```
 */
export function phaseLabel(phase: Phase): string {
  return phase.kind === "open" ? `${phase.rate}/s` : `closed ×${phase.concurrency}`;
}
