/**
 * Runs one scenario: setup, then `repeats` rounds of every phase × variant (the variant
 * order alternates between rounds so neither side always runs first), then the summaries,
 * ratios and target checks. Sidecars started through the context are stopped at the end,
 * also on failure.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Histogram } from "./latency-histogram.ts";
import type { PacerKind } from "./pacer.ts";
import { measureCell } from "./measure-cell.ts";
import { otherCpuCores } from "./process-stats.ts";
import type { CellReport, PhaseReport, RepeatSample, ScenarioReport } from "./report-types.ts";
import { phaseId, phaseLabel, type Phase, type PhaseTiming, type RunMode, type Scenario, type Variant } from "./scenario.ts";
import { spawnSidecar, type SidecarProcess } from "./sidecar-process.ts";
import { compare, summarizeCell } from "./summarize.ts";

/**
 * An open-loop window whose pacer sent its calls this late (p99, µs) measured a stall of the
 * load generator (its own major GC, the OS), not the sidecar: such lags reach 60–190 ms on a
 * 2-core machine when the client collects, against 13–22 ms otherwise. The window is measured
 * again, at most {@link MAX_CLIENT_STALL_RERUNS} times, and the report counts the reruns.
 */
const CLIENT_STALL_LAG_US = 50_000;
const MAX_CLIENT_STALL_RERUNS = 2;

function clientStalled(sample: RepeatSample): boolean {
  return (sample.pacerLag?.p99 ?? 0) > CLIENT_STALL_LAG_US;
}

/** Default warm-up and measured window per mode. */
export const DEFAULT_TIMING: Readonly<Record<RunMode, PhaseTiming>> = {
  full: { warmupMs: 2000, durationMs: 10_000 },
  quick: { warmupMs: 200, durationMs: 600 },
};

/** Other processes' CPU use (in cores) under which the machine counts as quiet. */
export const QUIET_CORES = 0.15;

/** Options of {@link runScenario}. */
export interface RunScenarioOptions {
  readonly mode: RunMode;
  readonly repeats: number;
  readonly repoRoot: string;
  readonly pacer: PacerKind;
  /** Replace the scenario's open-loop rates. */
  readonly rates?: readonly number[];
  /** Replace the scenario's closed-loop concurrencies. */
  readonly concurrencies?: readonly number[];
  /** Override warm-up and/or duration (ms). */
  readonly timing?: Partial<PhaseTiming>;
  /**
   * Before each cell, wait up to this long (ms) for other processes to use less than
   * {@link QUIET_CORES} of the machine (default 0: do not wait). For figures worth
   * publishing on a shared machine.
   */
  readonly quietWaitMs?: number;
  /** Extra NODE_OPTIONS for every sidecar of the run. */
  readonly sidecarNodeOptions?: string;
  /** Write V8 CPU profiles of the sidecars (whole lifetime) under this directory. */
  readonly profileDir?: string;
  readonly onEvent?: (event: RunEvent) => void;
}

/** Progress of a scenario run, for the live view. */
export type RunEvent =
  | { readonly type: "scenario-start"; readonly scenario: Scenario; readonly phases: readonly PhaseReport[]; readonly repeats: number }
  | {
      readonly type: "cell-start";
      readonly repeat: number;
      readonly phase: PhaseReport;
      readonly variant: Variant;
      /** Index of this cell in the run, from 0, and the number of cells. */
      readonly index: number;
      readonly total: number;
    }
  | { readonly type: "cell-measuring"; readonly phase: PhaseReport; readonly variant: Variant; readonly at: number }
  | { readonly type: "waiting-quiet"; readonly otherCores: number; readonly waitedMs: number }
  | { readonly type: "cell-done"; readonly phase: PhaseReport; readonly variant: Variant; readonly cell: CellReport }
  | { readonly type: "scenario-done"; readonly report: ScenarioReport };

/**
 * Runs a scenario and returns its report.
 *
 * @example
 * ```ts
 * const report = await runScenario(authorize, { mode: "quick", repeats: 2, repoRoot, pacer: "worker" });
 * report.comparisons[0]?.p99Ratio.median;
 * ```
 */
export async function runScenario(scenario: Scenario, options: RunScenarioOptions): Promise<ScenarioReport> {
  const baseline = checkVariants(scenario);
  const phases = planPhases(scenario, options);
  if (phases.length === 0) throw new Error(`${scenario.name}: no phases to run`);
  const emit = options.onEvent ?? (() => undefined);
  emit({ type: "scenario-start", scenario, phases, repeats: options.repeats });

  const tmpDir = await mkdtemp(join(tmpdir(), `portcullis-bench-${scenario.name}-`));
  const sidecars: SidecarProcess[] = [];
  let started = 0;
  const samples = new Map<string, { samples: RepeatSample[]; histograms: Histogram[] }>();
  let notes: Readonly<Record<string, string | number | boolean>> = {};
  try {
    const runtime = await scenario.setup({
      mode: options.mode,
      repoRoot: options.repoRoot,
      tmpDir,
      startSidecar: async (spawnOptions) => {
        const nodeOptions = [
          spawnOptions?.env?.NODE_OPTIONS ?? process.env.NODE_OPTIONS ?? "",
          options.sidecarNodeOptions ?? "",
          options.profileDir ? `--cpu-prof --cpu-prof-dir=${join(options.profileDir, scenario.name)}` : "",
        ]
          .filter((o) => o !== "")
          .join(" ");
        const env = nodeOptions === "" ? spawnOptions?.env : { ...spawnOptions?.env, NODE_OPTIONS: nodeOptions };
        // Each sidecar its own data directory (tokens, vault, audit trail) unless the scenario
        // picks one: an audit directory takes one writer.
        const extraArgs = spawnOptions?.extraArgs ?? [];
        const ownsState = ["--data-dir", "--audit-dir", "--no-audit"].some((flag) => extraArgs.includes(flag));
        const dataArgs = ownsState ? [] : ["--data-dir", join(tmpDir, `sidecar-${started++}`)];
        const sidecar = await spawnSidecar(options.repoRoot, { ...spawnOptions, extraArgs: [...extraArgs, ...dataArgs], ...(env ? { env } : {}) });
        sidecars.push(sidecar);
        return sidecar;
      },
    });
    notes = runtime.notes ?? {};
    try {
      for (const v of scenario.variants) {
        if (!runtime.calls[v.id]) throw new Error(`${scenario.name}: setup returned no call for variant '${v.id}'`);
      }
      const total = options.repeats * phases.length * scenario.variants.length;
      let index = 0;
      for (let repeat = 1; repeat <= options.repeats; repeat++) {
        const order = repeat % 2 === 1 ? scenario.variants : [...scenario.variants].reverse();
        for (const phase of phases) {
          for (const variant of order) {
            emit({ type: "cell-start", repeat, phase, variant, index: index++, total });
            await waitForQuiet(
              options.quietWaitMs ?? 0,
              sidecars.map((p) => p.pid),
              emit,
            );
            const measure = () =>
              measureCell(runtime.calls[variant.id]!, {
                phase: toPhase(phase),
                timing: phase,
                repeat,
                pacer: options.pacer,
                onMeasuring: () => emit({ type: "cell-measuring", phase, variant, at: Date.now() }),
              });
            let { sample, latency } = await measure();
            // A window in which the load generator itself stalled measured the client: again.
            for (let rerun = 1; rerun <= MAX_CLIENT_STALL_RERUNS && clientStalled(sample); rerun++) {
              ({ sample, latency } = await measure());
              sample = { ...sample, clientStallReruns: rerun };
            }
            const key = `${variant.id}\u0000${phase.id}`;
            const entry = samples.get(key) ?? { samples: [], histograms: [] };
            entry.samples.push(sample);
            entry.histograms.push(latency);
            samples.set(key, entry);
            emit({ type: "cell-done", phase, variant, cell: summarizeCell(variant.id, phase.id, entry.samples, entry.histograms) });
          }
        }
      }
    } finally {
      await runtime.close?.();
    }
  } finally {
    await Promise.all(sidecars.map((s) => s.stop()));
    await rm(tmpDir, { recursive: true, force: true });
  }

  const results: CellReport[] = [];
  for (const phase of phases) {
    for (const variant of scenario.variants) {
      const entry = samples.get(`${variant.id}\u0000${phase.id}`)!;
      results.push(summarizeCell(variant.id, phase.id, entry.samples, entry.histograms));
    }
  }
  const comparisons = phases.flatMap((phase) => {
    const base = results.find((c) => c.phase === phase.id && c.variant === baseline.id)!;
    const target = phase.kind === "open" ? scenario.target : undefined;
    const targeted = (variant: string) => target !== undefined && (target.variants?.includes(variant) ?? true);
    return results
      .filter((c) => c.phase === phase.id && c.variant !== baseline.id)
      .map((c) => compare(c, base, targeted(c.variant) ? target!.p99Ratio : undefined));
  });
  const checked = comparisons.filter((c) => c.pass !== undefined);
  const report: ScenarioReport = {
    name: scenario.name,
    title: scenario.title,
    description: scenario.description,
    baseline: baseline.id,
    variants: scenario.variants,
    phases,
    repeats: options.repeats,
    target: scenario.target ? { p99Ratio: scenario.target.p99Ratio, ...(scenario.target.variants ? { variants: scenario.target.variants } : {}) } : null,
    results,
    comparisons,
    pass: checked.length > 0 ? checked.every((c) => c.pass) : null,
    notes,
  };
  emit({ type: "scenario-done", report });
  return report;
}

/**
 * The phases a run will use: the scenario's, with the rate / concurrency overrides and
 * the timing of the mode applied.
 *
 * @example
 * ```ts
 * planPhases(authorize, { mode: "quick", rates: [300] }); // [{ id: "open-300", … }, { id: "closed-16", … }]
 * ```
 */
export function planPhases(scenario: Scenario, options: Pick<RunScenarioOptions, "mode" | "rates" | "concurrencies" | "timing">): PhaseReport[] {
  const planned = scenario.phases(options.mode);
  const open = planned.filter((p) => p.kind === "open");
  const closed = planned.filter((p) => p.kind === "closed");
  const phases: Phase[] = [
    ...(options.rates && open.length > 0 ? options.rates.map((rate) => ({ kind: "open" as const, rate })) : open),
    ...(options.concurrencies && closed.length > 0 ? options.concurrencies.map((concurrency) => ({ kind: "closed" as const, concurrency })) : closed),
  ];
  const timing: PhaseTiming = { ...DEFAULT_TIMING[options.mode], ...scenario.timing?.(options.mode), ...options.timing };
  return phases.map((p) => ({
    id: phaseId(p),
    label: phaseLabel(p),
    kind: p.kind,
    ...(p.kind === "open" ? { rate: p.rate } : { concurrency: p.concurrency }),
    warmupMs: timing.warmupMs,
    durationMs: timing.durationMs,
  }));
}

async function waitForQuiet(maxWaitMs: number, pids: readonly number[], emit: (event: RunEvent) => void): Promise<void> {
  if (maxWaitMs <= 0) return;
  const started = Date.now();
  for (;;) {
    const otherCores = await otherCpuCores(500, pids);
    if (otherCores <= QUIET_CORES || Date.now() - started >= maxWaitMs) return;
    emit({ type: "waiting-quiet", otherCores, waitedMs: Date.now() - started });
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

function toPhase(p: PhaseReport): Phase {
  return p.kind === "open" ? { kind: "open", rate: p.rate! } : { kind: "closed", concurrency: p.concurrency! };
}

function checkVariants(scenario: Scenario): Variant {
  const baselines = scenario.variants.filter((v) => v.baseline);
  if (baselines.length !== 1) throw new Error(`${scenario.name}: exactly one variant must be the baseline (found ${baselines.length})`);
  const ids = new Set(scenario.variants.map((v) => v.id));
  if (ids.size !== scenario.variants.length) throw new Error(`${scenario.name}: variant ids must be unique`);
  if (scenario.variants.length < 2) throw new Error(`${scenario.name}: needs a baseline and at least one other variant`);
  return baselines[0]!;
}
