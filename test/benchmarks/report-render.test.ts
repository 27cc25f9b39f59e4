/**
 * The HTML report on a synthetic report: it is self-contained, its charts paint their data
 * in headless Chromium, the check notices when they do not, and report text cannot break
 * out of the page.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderHtmlReport } from "../../benchmarks/lib/html-report.ts";
import { createHistogram, type Histogram } from "../../benchmarks/lib/latency-histogram.ts";
import { markdownSummary } from "../../benchmarks/lib/markdown-summary.ts";
import type { BenchReport, RepeatSample, ScenarioReport } from "../../benchmarks/lib/report-types.ts";
import { compare, summarizeCell } from "../../benchmarks/lib/summarize.ts";
import { chromiumAvailable, launchChromium, renderReport } from "./chromium.ts";

/** A repeat sample and its histogram with latencies around `baseUs`. */
function sample(repeat: number, baseUs: number): { s: RepeatSample; h: Histogram } {
  const h = createHistogram();
  for (let i = 0; i < 1000; i++) h.recordValue(baseUs + (i % 100) * 3 + (i > 990 ? baseUs * 4 : 0));
  const s: RepeatSample = {
    repeat,
    p50: h.getValueAtPercentile(50),
    p90: h.getValueAtPercentile(90),
    p99: h.getValueAtPercentile(99),
    p999: h.getValueAtPercentile(99.9),
    max: h.maxValue,
    mean: h.mean,
    attempted: 1000,
    succeeded: 1000,
    errors: 0,
    errorKinds: {},
    throughput: 1000,
    elapsedMs: 1000,
    service: { p50: 400, p99: 900, p999: 1500 },
    pacerLag: { p50: 5, p99: 40 },
    server: { cpuMs: 200, cpuPerCallUs: 200, cpuCores: 0.2, peakRssBytes: 90 * 1048576, peakRssScope: "phase", gc: { count: 3, totalMs: 12, maxMs: 6 } },
    clientGc: { count: 2, totalMs: 3, maxMs: 2 },
    clientCpuPerCallUs: 300,
    otherCpuCores: 0.01,
  };
  return { s, h };
}

function syntheticScenario(description: string): ScenarioReport {
  const phases = [500, 1000, 2000].map((rate) => ({ id: `open-${rate}`, label: `${rate}/s`, kind: "open" as const, rate, warmupMs: 100, durationMs: 1000 }));
  const variants = [
    { id: "ping", label: "Ping", baseline: true },
    { id: "authorize", label: "Authorize" },
  ];
  const results = phases.flatMap((p, i) =>
    variants.map((v, j) => {
      const a = sample(1, 400 + i * 50 + j * 60);
      const b = sample(2, 420 + i * 50 + j * 60);
      return summarizeCell(v.id, p.id, [a.s, b.s], [a.h, b.h]);
    }),
  );
  const comparisons = phases.map((p) =>
    compare(results.find((c) => c.phase === p.id && c.variant === "authorize")!, results.find((c) => c.phase === p.id && c.variant === "ping")!, 1.3),
  );
  return {
    name: "authorize",
    title: "Synthetic",
    description,
    baseline: "ping",
    variants,
    phases,
    repeats: 2,
    target: { p99Ratio: 1.3 },
    results,
    comparisons,
    pass: comparisons.every((c) => c.pass),
    notes: { syntheticNote: 42 },
  };
}

function syntheticReport(description = "A synthetic scenario."): BenchReport {
  return {
    schema: "portcullis-bench/1",
    startedAt: "2026-01-01T00:00:00.000Z",
    finishedAt: "2026-01-01T00:01:00.000Z",
    mode: "quick",
    options: { repeats: 2, pacer: "worker", quietWaitMs: 0, sidecarNodeOptions: "", scenarios: ["authorize"] },
    machine: {
      cpuModel: "Test CPU",
      cores: 2,
      memoryBytes: 2 ** 34,
      node: "v24.0.0",
      platform: "linux x64",
      kernel: "6.1",
      hostname: "test",
      loadAverage: { start: 0.1, end: 0.2 },
      git: null,
    },
    scenarios: [syntheticScenario(description)],
    failures: [],
  };
}

describe("the Markdown summary", () => {
  it("has the machine, a row per load × variant and a ratio row per load with the target verdict", () => {
    const md = markdownSummary(syntheticReport());
    expect(md).toContain("Test CPU × 2 cores");
    expect(md).toContain("Note: syntheticNote = 42.");
    const rows = md.split("\n").filter((l) => /^\| \d+\/s \|/.test(l));
    expect(rows).toHaveLength(3 * 2 + 3);
    const ratios = rows.filter((l) => l.includes("(≤ 1.30×)"));
    expect(ratios).toHaveLength(3);
    for (const r of ratios) expect(r).toMatch(/\*\*(met|missed)\*\*/);
  });
});

describe("the HTML report", () => {
  it("inlines Chart.js and the data, and loads nothing from elsewhere", async () => {
    const html = await renderHtmlReport(syntheticReport());
    expect(html).toContain("Chart.js v4");
    expect(html).not.toMatch(/<script[^>]*\bsrc=/i);
    expect(html).not.toMatch(/<link[^>]*\bhref=/i);
    expect(html).not.toContain("{{");
    expect(html).toContain('data-scenario="authorize"');
  });

  it("shows report text as text, even when it looks like markup", async () => {
    const html = await renderHtmlReport(syntheticReport(`</script><script>window.__pwned = 1</script><b>bold</b>`));
    expect(html).not.toContain("<script>window.__pwned");
    expect(html).toContain("&lt;/script&gt;&lt;script&gt;window.__pwned = 1");
  });

  describe.runIf(chromiumAvailable())("in headless Chromium", () => {
    let browser: Browser;
    let dir: string;
    beforeAll(async () => {
      browser = await launchChromium();
      dir = await mkdtemp(join(tmpdir(), "portcullis-report-"));
    });
    afterAll(async () => {
      await browser?.close();
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    it("paints every chart: latency vs load, ratio with target, CPU, and one percentile chart per phase", async () => {
      const file = join(dir, "report.html");
      await writeFile(file, await renderHtmlReport(syntheticReport()));
      const r = await renderReport(browser, file);
      expect(r.pageErrors).toEqual([]);
      expect(r.externalRequests).toEqual([]);
      expect(r.state).toEqual({ done: true, drawn: 6, errors: [] });
      expect(r.canvases.map((c) => c.label)).toEqual([
        "authorize: latency vs offered load (median of repeats)",
        "authorize: p99 ratio to the baseline (median of paired repeats)",
        "authorize: sidecar CPU time per call (median of repeats)",
        "authorize: latency by percentile at 500/s (all repeats merged)",
        "authorize: latency by percentile at 1000/s (all repeats merged)",
        "authorize: latency by percentile at 2000/s (all repeats merged)",
      ]);
      for (const c of r.canvases) expect(c.colouredPixels, c.label).toBeGreaterThan(100);
    }, 30_000);

    it("notices a report whose charting library is missing (the check can fail)", async () => {
      const html = await renderHtmlReport(syntheticReport());
      const start = html.indexOf("/*!\n * Chart.js");
      const end = html.indexOf("</script>", start);
      expect(start).toBeGreaterThan(0);
      const file = join(dir, "broken.html");
      await writeFile(file, html.slice(0, start) + html.slice(end));
      const r = await renderReport(browser, file);
      expect(r.state?.errors).toEqual(["Chart.js is missing from the report"]);
      expect(r.canvases.filter((c) => c.colouredPixels > 100)).toEqual([]);
    }, 30_000);

    it("does not run script smuggled in through report text", async () => {
      const file = join(dir, "hostile.html");
      await writeFile(file, await renderHtmlReport(syntheticReport(`</script><script>window.__pwned = 1</script>`)));
      const r = await renderReport(browser, file);
      expect(r.pageErrors).toEqual([]);
      expect(r.state?.drawn).toBe(6);
      const page = await browser.newPage();
      await page.goto(`file://${file}`);
      expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
      await page.close();
    }, 30_000);
  });
});
