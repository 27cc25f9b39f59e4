/**
 * Command-line options of `npm run bench`.
 */
import { parseArgs } from "node:util";
import type { PacerKind } from "./pacer.ts";
import type { PhaseTiming, RunMode } from "./scenario.ts";

/** Parsed options of a bench run. */
export interface BenchOptions {
  /** Scenario names; empty means all. */
  readonly scenarios: readonly string[];
  readonly mode: RunMode;
  readonly repeats: number;
  readonly timing: Partial<PhaseTiming>;
  readonly rates?: readonly number[];
  readonly concurrencies?: readonly number[];
  readonly pacer: PacerKind;
  /** Wait up to this long (ms) before each cell for the machine to be quiet (0: do not). */
  readonly quietWaitMs: number;
  /** Extra NODE_OPTIONS for the sidecars only (e.g. `--max-semi-space-size=8`). */
  readonly sidecarNodeOptions?: string;
  /** Write V8 CPU profiles of the sidecars and print where they spend their time. */
  readonly profile: boolean;
  /** Results directory (default benchmarks/results). */
  readonly outDir?: string;
  /** Exit 1 when a scenario misses its target. */
  readonly check: boolean;
  readonly list: boolean;
  readonly help: boolean;
}

/** Usage text. */
export const USAGE = `Usage: npm run bench -- [SCENARIO ...] [options]

Runs the named scenarios (default: all) against sidecars started as child processes and
writes benchmarks/results/<timestamp>.json/.html and latest.json/.html.

Options:
  --quick              every scenario briefly (a smoke run: ~1 minute, figures not for publishing)
  --repeats N          rounds of every phase × variant (default 3; 2 with --quick)
  --duration MS        measured window per cell (default 10000; 600 with --quick; a scenario may differ)
  --warmup MS          warm-up per cell at the same load, discarded (default 2000; 200 with --quick)
  --rates R,R,...      replace the scenarios' open-loop offered loads (calls/s)
  --concurrency C,...  replace the scenarios' closed-loop concurrencies
  --pacer KIND         open-loop pacing: worker (default), spin or timer (see BENCHMARKS.md)
  --quiet-wait S       before each cell, wait up to S seconds until other processes use < 0.15 cores
  --profile            CPU-profile the sidecars (results/profiles/<run>/) and print their hottest functions
  --sidecar-node-options=OPTS  NODE_OPTIONS for the sidecars only, e.g. --sidecar-node-options=--max-semi-space-size=8
  --out DIR            results directory (default benchmarks/results)
  --check              exit 1 when a scenario misses its target
  --list               list the scenarios and exit
  -h, --help           this help`;

/**
 * Parses `npm run bench` arguments; throws a usage error message on bad input.
 *
 * @example
 * ```ts
 * parseBenchArgs(["authorize", "--repeats", "5"]).repeats; // 5
 * ```
 */
export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      quick: { type: "boolean" },
      repeats: { type: "string" },
      duration: { type: "string" },
      warmup: { type: "string" },
      rates: { type: "string" },
      concurrency: { type: "string" },
      pacer: { type: "string" },
      "quiet-wait": { type: "string" },
      profile: { type: "boolean" },
      "sidecar-node-options": { type: "string" },
      out: { type: "string" },
      check: { type: "boolean" },
      list: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
  const mode: RunMode = values.quick ? "quick" : "full";
  const pacer = values.pacer ?? "worker";
  if (pacer !== "worker" && pacer !== "spin" && pacer !== "timer") throw new Error(`--pacer takes worker, spin or timer, not '${pacer}'`);
  const timing: { warmupMs?: number; durationMs?: number } = {};
  if (values.duration !== undefined) timing.durationMs = positiveInt("--duration", values.duration);
  if (values.warmup !== undefined) timing.warmupMs = nonNegativeInt("--warmup", values.warmup);
  return {
    scenarios: positionals,
    mode,
    repeats: values.repeats !== undefined ? positiveInt("--repeats", values.repeats) : mode === "quick" ? 2 : 3,
    timing,
    ...(values.rates !== undefined ? { rates: list("--rates", values.rates) } : {}),
    ...(values.concurrency !== undefined ? { concurrencies: list("--concurrency", values.concurrency) } : {}),
    pacer,
    profile: values.profile ?? false,
    ...(values["sidecar-node-options"] !== undefined ? { sidecarNodeOptions: values["sidecar-node-options"] } : {}),
    quietWaitMs: values["quiet-wait"] !== undefined ? nonNegativeInt("--quiet-wait", values["quiet-wait"]) * 1000 : 0,
    ...(values.out !== undefined ? { outDir: values.out } : {}),
    check: values.check ?? false,
    list: values.list ?? false,
    help: values.help ?? false,
  };
}

function positiveInt(flag: string, text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} takes a positive integer, not '${text}'`);
  return n;
}

function nonNegativeInt(flag: string, text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${flag} takes an integer >= 0, not '${text}'`);
  return n;
}

function list(flag: string, text: string): number[] {
  return text.split(",").map((part) => positiveInt(flag, part.trim()));
}
