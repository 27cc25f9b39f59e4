/**
 * A Markdown summary of a report (`latest.md`), ready to paste into BENCHMARKS.md.
 */
import { formatMiB, formatNumber, formatRatio, formatUs } from "./format.ts";
import type { BenchReport, Ratio, ScenarioReport, Spread } from "./report-types.ts";

/**
 * Renders the machine and, per scenario, the latency/cost table and the ratio table.
 *
 * @example
 * ```ts
 * await writeFile("benchmarks/results/latest.md", markdownSummary(report));
 * ```
 */
export function markdownSummary(report: BenchReport): string {
  const m = report.machine;
  const lines = [
    `Run ${report.startedAt} (${report.mode}, ${report.options.repeats} repeat(s), pacer ${report.options.pacer}` +
      `${report.options.quietWaitMs > 0 ? `, quiet wait ${report.options.quietWaitMs / 1000} s` : ""}` +
      `${report.options.sidecarNodeOptions ? `, sidecar NODE_OPTIONS ${report.options.sidecarNodeOptions}` : ""}) on ` +
      `${m.cpuModel} × ${m.cores} cores, ${formatMiB(m.memoryBytes)}, Node ${m.node}, ${m.platform}, kernel ${m.kernel}; ` +
      `load average ${m.loadAverage.start} → ${m.loadAverage.end}; ` +
      `commit ${m.git ? `${m.git.commit.slice(0, 12)}${m.git.dirty ? " + uncommitted changes" : ""}` : "unknown"}.`,
    "",
  ];
  for (const f of report.failures ?? []) lines.push(`**${f.scenario} failed:** ${f.message}`, "");
  for (const s of report.scenarios) lines.push(...scenarioSection(s), "");
  return `${lines.join("\n").trimEnd()}\n`;
}

function scenarioSection(s: ScenarioReport): string[] {
  const label = (id: string) => s.variants.find((v) => v.id === id)?.label ?? id;
  const phase = (id: string) => s.phases.find((p) => p.id === id)?.label ?? id;
  const out = [
    `#### ${s.name}: ${s.title}`,
    "",
    `Median of ${s.repeats} repeat(s), range in brackets; ${s.phases[0]?.durationMs ?? 0} ms window after ${s.phases[0]?.warmupMs ?? 0} ms warm-up per cell. Baseline: ${label(s.baseline)}.`,
    ...Object.entries(s.notes ?? {}).map(([k, v]) => `Note: ${k} = ${String(v)}.`),
    "",
    "| load | variant | p50 | p90 | p99 | p99.9 | calls/s | errors | sidecar CPU/call | sidecar GC max pause | peak RSS | other CPU (cores) |",
    "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|",
  ];
  for (const c of s.results) {
    const x = c.summary;
    out.push(
      `| ${phase(c.phase)} | ${label(c.variant)} | ${sp(x.p50, formatUs)} | ${sp(x.p90, formatUs)} | ${sp(x.p99, formatUs)} | ${sp(x.p999, formatUs)} | ` +
        `${formatNumber(x.throughput.median)} | ${x.errors} | ${x.serverCpuPerCallUs ? `${formatNumber(x.serverCpuPerCallUs.median)} µs` : "–"} | ` +
        `${x.serverGcMaxMs ? formatUs(x.serverGcMaxMs.median * 1000) : "–"} | ${x.peakRssBytes ? formatMiB(x.peakRssBytes.max) : "–"} | ${formatNumber(x.otherCpuCores.median, 2)} |`,
    );
  }
  if (s.comparisons.length > 0) {
    out.push(
      "",
      `| load | variant ÷ ${label(s.baseline)} | p50 ratio | p99 ratio | p99.9 ratio | throughput ratio | sidecar CPU/call ratio |${s.target ? " target |" : ""}`,
      `|---|---|--:|--:|--:|--:|--:|${s.target ? "---|" : ""}`,
    );
    for (const c of s.comparisons) {
      const verdict = s.target ? (c.target === undefined ? " – |" : ` ${c.pass ? "**met**" : "**missed**"} (≤ ${formatRatio(c.target)}) |`) : "";
      out.push(
        `| ${phase(c.phase)} | ${label(c.variant)} | ${ratio(c.p50Ratio)} | ${ratio(c.p99Ratio)} | ${ratio(c.p999Ratio)} | ${ratio(c.throughputRatio)} | ` +
          `${c.serverCpuPerCallRatio ? ratio(c.serverCpuPerCallRatio) : "–"} |${verdict}`,
      );
    }
  }
  return out;
}

function sp(s: Spread, format: (n: number) => string): string {
  return s.min === s.max ? format(s.median) : `${format(s.median)} [${format(s.min)}–${format(s.max)}]`;
}

function ratio(r: Ratio): string {
  return r.min === r.max ? formatRatio(r.median) : `${formatRatio(r.median)} [${formatRatio(r.min)}–${formatRatio(r.max)}]`;
}
