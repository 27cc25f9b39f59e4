/**
 * The runner's pure parts: spreads and paired ratios, phase planning with overrides,
 * command-line parsing, scenario discovery, and procfs readings of a real child process.
 */
import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseBenchArgs } from "../../benchmarks/lib/cli-options.ts";
import { formatUs } from "../../benchmarks/lib/format.ts";
import { GcPauseLog, parseTraceGcLine } from "../../benchmarks/lib/gc-pauses.ts";
import { createHistogram, percentiles, recordMs } from "../../benchmarks/lib/latency-histogram.ts";
import { cpuTimeMs, memoryUsage, resetPeakRss } from "../../benchmarks/lib/process-stats.ts";
import { loadScenarios, selectScenarios } from "../../benchmarks/lib/scenario-registry.ts";
import { planPhases, runScenario } from "../../benchmarks/lib/scenario-runner.ts";
import type { Scenario } from "../../benchmarks/lib/scenario.ts";
import { ratio, spread } from "../../benchmarks/lib/summarize.ts";

const scenariosDir = fileURLToPath(new URL("../../benchmarks/scenarios/", import.meta.url));

describe("spread and ratio", () => {
  it("gives the median and range; an even count takes the mean of the middle two", () => {
    expect(spread([3, 1, 2])).toEqual({ median: 2, min: 1, max: 3 });
    expect(spread([4, 1, 3, 2])).toEqual({ median: 2.5, min: 1, max: 4 });
    expect(Number.isNaN(spread([]).median)).toBe(true);
  });

  it("pairs repeats by index and skips a zero denominator", () => {
    expect(ratio([600, 700, 900], [500, 500, 600])).toEqual({ median: 1.4, min: 1.2, max: 1.5, perRepeat: [1.2, 1.4, 1.5] });
    expect(ratio([600, 700], [0, 500]).perRepeat).toEqual([1.4]);
  });
});

describe("planPhases", () => {
  const scenario = {
    name: "x",
    phases: (mode) =>
      mode === "quick"
        ? [{ kind: "open", rate: 10 }]
        : [
            { kind: "open", rate: 500 },
            { kind: "closed", concurrency: 16 },
          ],
    timing: (mode) => (mode === "full" ? { durationMs: 5000 } : {}),
  } as Pick<Scenario, "phases" | "timing"> as Scenario;

  it("uses the mode's phases and the scenario's timing over the runner's defaults", () => {
    expect(planPhases(scenario, { mode: "full" })).toEqual([
      { id: "open-500", label: "500/s", kind: "open", rate: 500, warmupMs: 2000, durationMs: 5000 },
      { id: "closed-16", label: "closed ×16", kind: "closed", concurrency: 16, warmupMs: 2000, durationMs: 5000 },
    ]);
    expect(planPhases(scenario, { mode: "quick" }).map((p) => [p.id, p.warmupMs, p.durationMs])).toEqual([["open-10", 200, 600]]);
  });

  it("replaces rates and concurrencies, and the command line's timing wins", () => {
    const phases = planPhases(scenario, { mode: "full", rates: [100, 200], concurrencies: [1], timing: { durationMs: 50 } });
    expect(phases.map((p) => [p.id, p.durationMs])).toEqual([
      ["open-100", 50],
      ["open-200", 50],
      ["closed-1", 50],
    ]);
  });
});

describe("parseBenchArgs", () => {
  it("selects scenarios and parses numbers", () => {
    const o = parseBenchArgs(["authorize", "--repeats", "5", "--rates", "500, 1000", "--duration", "3000", "--out", "/tmp/x"]);
    expect(o).toMatchObject({ scenarios: ["authorize"], mode: "full", repeats: 5, rates: [500, 1000], timing: { durationMs: 3000 }, outDir: "/tmp/x" });
  });

  it("defaults to 3 repeats, 2 in quick mode", () => {
    expect(parseBenchArgs([]).repeats).toBe(3);
    expect(parseBenchArgs(["--quick"])).toMatchObject({ mode: "quick", repeats: 2, scenarios: [] });
  });

  it("rejects bad values and unknown flags with a message naming the flag", () => {
    expect(() => parseBenchArgs(["--repeats", "0"])).toThrow(/--repeats takes a positive integer/);
    expect(() => parseBenchArgs(["--rates", "5,x"])).toThrow(/--rates/);
    expect(() => parseBenchArgs(["--pacer", "fast"])).toThrow(/--pacer/);
    expect(parseBenchArgs(["--pacer", "spin"]).pacer).toBe("spin");
    expect(() => parseBenchArgs(["--bogus"])).toThrow(/bogus/);
  });

  it("passes sidecar NODE_OPTIONS through", () => {
    expect(parseBenchArgs(["--sidecar-node-options=--max-semi-space-size=8"]).sidecarNodeOptions).toBe("--max-semi-space-size=8");
    expect(parseBenchArgs([]).sidecarNodeOptions).toBeUndefined();
  });
});

describe("scenario discovery", () => {
  it("loads every scenario file, each named like its file, with exactly one baseline", async () => {
    const scenarios = await loadScenarios(scenariosDir);
    expect(scenarios.map((s) => s.name)).toEqual(expect.arrayContaining(["authorize", "transport"]));
    for (const s of scenarios) {
      expect(
        s.variants.filter((v) => v.baseline),
        s.name,
      ).toHaveLength(1);
      expect(s.phases("quick").length, s.name).toBeGreaterThan(0);
      expect(s.phases("full").length, s.name).toBeGreaterThan(0);
    }
    expect(selectScenarios(scenarios, ["transport"]).map((s) => s.name)).toEqual(["transport"]);
    expect(() => selectScenarios(scenarios, ["nope"])).toThrow(/unknown scenario nope; available: .*authorize/);
  });

  it("refuses a scenario whose name differs from its file", async () => {
    const dir = await mkdtemp(join(tmpdir(), "portcullis-scenarios-"));
    try {
      await writeFile(join(dir, "alpha.ts"), `export default { name: "beta", variants: [], phases: () => [], setup: async () => ({ calls: {} }) };\n`);
      await expect(loadScenarios(dir)).rejects.toThrow(/alpha\.ts exports name 'beta'/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("procfs readings", () => {
  it("sees a child's CPU time grow while it spins, and its resident memory", async () => {
    // The child spins until it has used 300 ms of CPU by its own count, then says so: how long
    // that takes depends on the machine's load, what procfs must then show does not.
    const spin =
      "const s = process.cpuUsage(); while ((process.cpuUsage(s).user + process.cpuUsage(s).system) < 300000); console.log('spun'); setTimeout(() => {}, 10000);";
    const child = spawn(process.execPath, ["-e", spin], { stdio: ["ignore", "pipe", "ignore"] });
    try {
      await new Promise((resolve) => child.stdout.once("data", resolve));
      expect(cpuTimeMs(child.pid!)).toBeGreaterThanOrEqual(250);
      const memory = memoryUsage(child.pid!);
      expect(memory.rssBytes).toBeGreaterThan(1024 * 1024);
      expect(memory.peakRssBytes).toBeGreaterThanOrEqual(memory.rssBytes);
      expect(typeof resetPeakRss(child.pid!)).toBe("boolean");
    } finally {
      child.kill();
    }
  });
});

describe("percentiles", () => {
  it("records ms as µs and keeps max on the percentiles' scale (never below p99.9)", () => {
    const h = createHistogram();
    for (let i = 0; i < 998; i++) recordMs(h, 0.5);
    // Not on a bucket boundary: p99.9 reports the bucket's highest value, 254,335 µs.
    recordMs(h, 254.329);
    recordMs(h, 254.329);
    const p = percentiles(h);
    expect(p.p50).toBe(500);
    expect(p.count).toBe(1000);
    expect(p.p999).toBeLessThanOrEqual(p.max);
    expect(p.max).toBeGreaterThanOrEqual(254_329);
  });
});

describe("GC pauses", () => {
  it("parses V8 --trace-gc lines: the pause, not the heap sizes", () => {
    expect(
      parseTraceGcLine(
        "[2586:0x1ec2e000]     3253 ms: Scavenge 51.1 (98.1) -> 29.9 (98.1) MB, pooled: 8 MB, 7.99 / 0.00 ms  (average mu = 0.990, current mu = 0.989) task; ",
      ),
    ).toEqual({ kind: "Scavenge", ms: 7.99, isolate: "0x1ec2e000" });
    expect(
      parseTraceGcLine(
        "[2586:0x1ec2e000]     7810 ms: Mark-Compact 80.0 (198.8) -> 26.0 (173.3) MB, pooled: 26 MB, 12.68 / 0.00 ms  (+ 7.7 ms in 21 steps since start of marking)",
      ),
    ).toEqual({ kind: "Mark-Compact", ms: 12.68, isolate: "0x1ec2e000" });
    expect(parseTraceGcLine('{"level":30,"msg":"portcullis serving"}')).toBeUndefined();
  });

  it("summarizes the pauses inside a window", () => {
    const log = new GcPauseLog();
    log.push({ at: 10, ms: 5, kind: "Scavenge" });
    log.push({ at: 20, ms: 40, kind: "Scavenge" });
    log.push({ at: 30, ms: 1, kind: "Mark-Compact" });
    expect(log.summarize(15, 30)).toEqual({ count: 2, totalMs: 41, maxMs: 40 });
    expect(log.summarize(31, 40)).toEqual({ count: 0, totalMs: 0, maxMs: 0 });
  });

  it("counts the pauses of the thread that serves the calls, a worker thread's apart", () => {
    // --trace-gc prints every isolate's collections: a worker's 80 ms scavenge stops the
    // worker, not the event loop that answers the calls.
    const log = new GcPauseLog();
    for (let i = 0; i < 5; i++) log.push({ at: 10 + i, ms: 2, kind: "Scavenge", isolate: "0xmain" });
    log.push({ at: 12, ms: 80, kind: "Scavenge", isolate: "0xworker" });
    expect(log.summarize(0, 100)).toEqual({ count: 5, totalMs: 10, maxMs: 2, otherThreadsMaxMs: 80 });
  });
});

describe("formatUs", () => {
  it("switches units at 1 ms and 1 s", () => {
    expect([formatUs(512), formatUs(1234), formatUs(12_345), formatUs(2_500_000)]).toEqual(["512 µs", "1.23 ms", "12.3 ms", "2.50 s"]);
  });
});

describe("a window in which the load generator stalled", () => {
  it("is measured again, and the report says so", async () => {
    // The call blocks the client's own event loop for 200 ms once, in the first measured
    // window: the pacer sends late and the window measured the client, not a server.
    let windows = 0;
    let stallPending = false;
    const scenario: Scenario = {
      name: "client-stall",
      title: "client stall",
      description: "a call that blocks the load generator once",
      variants: [
        { id: "only", label: "only", baseline: true, description: "" },
        { id: "other", label: "other", description: "" },
      ],
      phases: () => [{ kind: "open", rate: 200 }],
      async setup() {
        return {
          calls: {
            only: {
              call: async () => {
                if (stallPending) {
                  stallPending = false;
                  const until = performance.now() + 200;
                  while (performance.now() < until) {
                    // busy: the client's event loop is stuck, as in a major GC
                  }
                }
                return true;
              },
            },
            other: { call: async () => true },
          },
        };
      },
    };
    const report = await runScenario(scenario, {
      mode: "quick",
      repeats: 1,
      repoRoot: fileURLToPath(new URL("../../", import.meta.url)),
      pacer: "worker",
      timing: { warmupMs: 0, durationMs: 1000 },
      onEvent: (event) => {
        if (event.type === "cell-measuring" && ++windows === 1) setTimeout(() => (stallPending = true), 200);
      },
    });
    const sample = report.results[0]!.repeats[0]!;
    expect(windows).toBeGreaterThanOrEqual(2);
    expect(sample.clientStallReruns).toBeGreaterThanOrEqual(1);
  });
});
