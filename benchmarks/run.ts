/**
 * `npm run bench -- [SCENARIO ...] [--quick] [--repeats N] …` — the one runner of every
 * benchmark scenario in benchmarks/scenarios/. See BENCHMARKS.md and `--help`.
 */
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parseBenchArgs, USAGE, type BenchOptions } from "./lib/cli-options.ts";
import { LiveView } from "./lib/live-view.ts";
import { loadAverageNow, machineInfo } from "./lib/machine-info.ts";
import type { BenchReport, ScenarioReport } from "./lib/report-types.ts";
import { loadScenarios, selectScenarios } from "./lib/scenario-registry.ts";
import { listProfiles, topSelfTime } from "./lib/profile-summary.ts";
import { runScenario } from "./lib/scenario-runner.ts";
import type { Scenario } from "./lib/scenario.ts";
import { writeResults } from "./lib/write-results.ts";

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(here, "..");

async function main(argv: readonly string[]): Promise<number> {
  let options: BenchOptions;
  try {
    options = parseBenchArgs(argv);
  } catch (err) {
    console.error(`bench: ${(err as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  const all = await loadScenarios(join(here, "scenarios"));
  if (options.list) {
    for (const s of all) console.log(`${s.name.padEnd(12)} ${s.title}\n${" ".repeat(13)}${s.description}`);
    return 0;
  }
  let selected: Scenario[];
  try {
    selected = selectScenarios(all, options.scenarios);
  } catch (err) {
    console.error(`bench: ${(err as Error).message}`);
    return 2;
  }

  const startedAt = new Date().toISOString();
  const machine = machineInfo(repoRoot);
  console.log(
    `Portcullis bench (${options.mode}): ${selected.map((s) => s.name).join(", ")} · ${options.repeats} repeat(s) · ` +
      `${machine.cpuModel} × ${machine.cores} · Node ${machine.node} · load average ${machine.loadAverage.start}`,
  );
  if (machine.loadAverage.start > machine.cores * 0.5) {
    console.log(`note: the machine is busy (load average ${machine.loadAverage.start} on ${machine.cores} cores); figures will be noisy`);
  }

  const outDir = options.outDir ?? join(here, "results");
  const profileDir = options.profile ? join(outDir, "profiles", startedAt.replace(/[:.]/g, "-")) : undefined;
  const view = new LiveView();
  const scenarios: ScenarioReport[] = [];
  const failures: { scenario: string; message: string }[] = [];
  try {
    for (const scenario of selected) {
      try {
        scenarios.push(
          await runScenario(scenario, {
            mode: options.mode,
            repeats: options.repeats,
            repoRoot,
            pacer: options.pacer,
            timing: options.timing,
            quietWaitMs: options.quietWaitMs,
            ...(profileDir ? { profileDir } : {}),
            ...(options.sidecarNodeOptions ? { sidecarNodeOptions: options.sidecarNodeOptions } : {}),
            ...(options.rates ? { rates: options.rates } : {}),
            ...(options.concurrencies ? { concurrencies: options.concurrencies } : {}),
            onEvent: (event) => view.handle(event),
          }),
        );
      } catch (err) {
        // One broken scenario must not cost the others' figures: record it, go on, exit 1.
        view.close();
        const message = err instanceof Error ? err.message : String(err);
        failures.push({ scenario: scenario.name, message });
        console.error(`\n${scenario.name}: FAILED — ${message}`);
      }
    }
  } finally {
    view.close();
  }

  const report: BenchReport = {
    schema: "portcullis-bench/1",
    startedAt,
    finishedAt: new Date().toISOString(),
    mode: options.mode,
    options: {
      repeats: options.repeats,
      pacer: options.pacer,
      quietWaitMs: options.quietWaitMs,
      sidecarNodeOptions: options.sidecarNodeOptions ?? "",
      scenarios: selected.map((s) => s.name),
    },
    machine: { ...machine, loadAverage: { start: machine.loadAverage.start, end: loadAverageNow() } },
    scenarios,
    failures,
  };
  const files = await writeResults(report, outDir);
  const show = (p: string) => relative(process.cwd(), p) || p;
  if (profileDir) {
    for (const file of await listProfiles(profileDir)) {
      console.log(`\nsidecar CPU profile ${show(file)} — most self time:`);
      for (const e of await topSelfTime(file, 15)) console.log(`  ${e.percent.toFixed(1).padStart(5)}%  ${String(e.selfMs).padStart(6)} ms  ${e.frame}`);
    }
  }
  console.log(`\nwrote ${show(files.json)} and ${show(files.html)} (also latest.json, latest.html, and a Markdown summary in latest.md)`);
  const missed = scenarios.filter((s) => s.pass === false);
  for (const s of missed) console.log(`${s.name}: target missed (see the table above)`);
  for (const f of failures) console.error(`${f.scenario}: failed — ${f.message}`);
  if (failures.length > 0) return 1;
  return options.check && missed.length > 0 ? 1 : 0;
}

process.once("SIGINT", () => process.exit(130));
process.once("SIGTERM", () => process.exit(143));
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
    // Clients' HTTP/2 sessions or timers must not keep the runner alive.
    setTimeout(() => process.exit(code), 1000).unref();
  },
  (err: unknown) => {
    console.error(err instanceof Error ? (err.stack ?? err.message) : err);
    process.exit(1);
  },
);
