/**
 * Renders a report as one self-contained HTML file: tables rendered here, charts drawn in the
 * browser by Chart.js, which is inlined from node_modules together with the report's JSON
 * (no CDN, no network).
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { formatMiB, formatNumber, formatRatio, formatUs } from "./format.ts";
import type { BenchReport, CellReport, Ratio, ScenarioReport, Spread } from "./report-types.ts";

const REPORT_DIR = fileURLToPath(new URL("../report/", import.meta.url));

/**
 * The HTML of a report.
 *
 * @example
 * ```ts
 * await writeFile("benchmarks/results/latest.html", await renderHtmlReport(report));
 * ```
 */
export async function renderHtmlReport(report: BenchReport): Promise<string> {
  const require = createRequire(import.meta.url);
  // chart.js does not export its UMD build; it sits beside the CommonJS entry (dist/chart.cjs).
  const chartJsPath = join(dirname(require.resolve("chart.js")), "chart.umd.min.js");
  const [template, chartJs, renderJs] = await Promise.all([
    readFile(`${REPORT_DIR}report.html`, "utf8"),
    readFile(chartJsPath, "utf8"),
    readFile(`${REPORT_DIR}render-charts.js`, "utf8"),
  ]);
  const values: Record<string, string> = {
    TITLE: escapeHtml(`Portcullis benchmarks — ${report.scenarios.map((s) => s.name).join(", ")} — ${report.startedAt}`),
    BODY: renderBody(report),
    DATA: JSON.stringify(report).replace(/</g, "\\u003c"),
    CHART_JS: scriptSafe(chartJs),
    RENDER_JS: scriptSafe(renderJs),
  };
  // One pass, so a placeholder-like text inside an inserted value is left alone.
  return template.replace(/\{\{([A-Z_]+)\}\}/g, (whole, key: string) => values[key] ?? whole);
}

function renderBody(report: BenchReport): string {
  const m = report.machine;
  const parts = [
    `<h1>Portcullis benchmarks</h1>`,
    `<p class="meta">${escapeHtml(report.mode)} run · ${report.options.repeats} repeat(s) · started ${escapeHtml(report.startedAt)} · finished ${escapeHtml(report.finishedAt)}</p>`,
    `<dl class="machine">`,
    dt("CPU", `${m.cpuModel} × ${m.cores} cores, ${formatMiB(m.memoryBytes)}`),
    dt("Node", `${m.node} on ${m.platform}, kernel ${m.kernel}`),
    dt("Load average (1 min)", `${m.loadAverage.start} at start, ${m.loadAverage.end} at end`),
    dt("Git", m.git ? `${m.git.commit.slice(0, 12)}${m.git.dirty ? " (with uncommitted changes)" : ""}` : "unknown"),
    dt("Open-loop pacer", report.options.pacer),
    dt("Sidecar NODE_OPTIONS", report.options.sidecarNodeOptions || "none"),
    dt("Quiet wait", report.options.quietWaitMs > 0 ? `up to ${report.options.quietWaitMs / 1000} s per cell for other processes to use < 0.15 cores` : "off"),
    `</dl>`,
    `<p class="note">Open loop: calls start at fixed intended times and latency counts from the intended start, so stalls are charged to every call behind them (no coordinated omission). Closed loop: N callers back to back; its latency is per call. Figures are the median of repeats with the min–max range; ratios pair repeats by index. "Other CPU" is what the rest of the machine used during the window — high values mean a noisy run. GC columns are stop-the-world pauses in the window (sidecar from --trace-gc, client from a PerformanceObserver): a pause delays every call in flight or due during it, so the longest pause is a floor for the open-loop tail.</p>`,
  ];
  for (const f of report.failures ?? []) {
    parts.push(`<p class="miss">Scenario ${escapeHtml(f.scenario)} failed: ${escapeHtml(f.message)}</p>`);
  }
  for (const s of report.scenarios) parts.push(renderScenario(s));
  return parts.join("\n");
}

function renderScenario(s: ScenarioReport): string {
  const variantLabel = (id: string) => s.variants.find((v) => v.id === id)?.label ?? id;
  const phaseLabel = (id: string) => s.phases.find((p) => p.id === id)?.label ?? id;
  const out: string[] = [
    `<section class="scenario" id="scenario-${escapeHtml(s.name)}">`,
    `<h2>${escapeHtml(s.name)}: ${escapeHtml(s.title)}</h2>`,
    `<p>${escapeHtml(s.description)}</p>`,
    `<p class="meta">Baseline: ${escapeHtml(variantLabel(s.baseline))} · ${s.repeats} repeat(s) · warm-up ${s.phases[0]?.warmupMs ?? 0} ms, window ${s.phases[0]?.durationMs ?? 0} ms per cell</p>`,
  ];
  if (s.target) {
    out.push(
      `<p>Target: ${s.target.variants ? `${escapeHtml(s.target.variants.map(variantLabel).join(", "))} ` : ""}p99 within ${formatRatio(s.target.p99Ratio)} of the baseline at the same offered load — ` +
        (s.pass ? `<span class="pass">met</span>` : `<span class="miss">missed</span>`) +
        `</p>`,
    );
  }
  const notes = Object.entries(s.notes ?? {});
  if (notes.length > 0) {
    out.push(`<dl class="machine">${notes.map(([k, v]) => dt(k, String(v))).join("")}</dl>`);
  }
  out.push(`<div class="charts" data-scenario="${escapeHtml(s.name)}"></div>`);

  out.push(`<h3>Latency and cost</h3><table><thead><tr>`);
  out.push(
    [
      "load",
      "variant",
      "p50",
      "p90",
      "p99",
      "p99.9",
      "max",
      "calls/s",
      "errors",
      "sidecar CPU/call",
      "sidecar cores",
      "peak RSS",
      "sidecar GC max",
      "sidecar GC total",
      "client CPU/call",
      "client GC max",
      "other CPU",
      "pacer lag p99",
    ]
      .map((h, i) => `<th${i < 2 ? ' class="l"' : ""}>${h}</th>`)
      .join(""),
  );
  out.push(`</tr></thead><tbody>`);
  for (const c of s.results) out.push(renderCellRow(c, phaseLabel(c.phase), variantLabel(c.variant)));
  out.push(`</tbody></table>`);

  if (s.comparisons.length > 0) {
    out.push(`<h3>Against the baseline</h3><table><thead><tr>`);
    out.push(
      ["load", "variant", "p50 ratio", "p99 ratio", "p99.9 ratio", "throughput ratio", "sidecar CPU/call ratio", "target"]
        .map((h, i) => `<th${i < 2 ? ' class="l"' : ""}>${h}</th>`)
        .join(""),
    );
    out.push(`</tr></thead><tbody>`);
    for (const c of s.comparisons) {
      const verdict =
        c.target === undefined ? "–" : `<span class="${c.pass ? "pass" : "miss"}">${c.pass ? "met" : "missed"}</span> (≤ ${formatRatio(c.target)})`;
      out.push(
        `<tr><td class="l">${escapeHtml(phaseLabel(c.phase))}</td><td class="l">${escapeHtml(variantLabel(c.variant))}</td>` +
          `<td>${ratioCell(c.p50Ratio)}</td><td>${ratioCell(c.p99Ratio)}</td><td>${ratioCell(c.p999Ratio)}</td>` +
          `<td>${ratioCell(c.throughputRatio)}</td><td>${c.serverCpuPerCallRatio ? ratioCell(c.serverCpuPerCallRatio) : "–"}</td><td>${verdict}</td></tr>`,
      );
    }
    out.push(`</tbody></table>`);
  }
  out.push(`</section>`);
  return out.join("\n");
}

function renderCellRow(c: CellReport, phase: string, variant: string): string {
  const s = c.summary;
  const cells = [
    `<td class="l">${escapeHtml(phase)}</td>`,
    `<td class="l">${escapeHtml(variant)}</td>`,
    spreadCell(s.p50, formatUs),
    spreadCell(s.p90, formatUs),
    spreadCell(s.p99, formatUs),
    spreadCell(s.p999, formatUs),
    spreadCell(s.max, formatUs),
    spreadCell(s.throughput, (n) => formatNumber(n)),
    `<td>${s.errors} / ${formatNumber(s.attempted)}</td>`,
    s.serverCpuPerCallUs ? spreadCell(s.serverCpuPerCallUs, (n) => `${formatNumber(n)} µs`) : "<td>–</td>",
    s.serverCpuCores ? spreadCell(s.serverCpuCores, (n) => formatNumber(n, 2)) : "<td>–</td>",
    s.peakRssBytes ? spreadCell(s.peakRssBytes, formatMiB) : "<td>–</td>",
    s.serverGcMaxMs ? spreadCell(s.serverGcMaxMs, formatMs) : "<td>–</td>",
    s.serverGcTotalMs ? spreadCell(s.serverGcTotalMs, formatMs) : "<td>–</td>",
    spreadCell(s.clientCpuPerCallUs, (n) => `${formatNumber(n)} µs`),
    spreadCell(s.clientGcMaxMs, formatMs),
    spreadCell(s.otherCpuCores, (n) => formatNumber(n, 2)),
    s.pacerLagP99 ? spreadCell(s.pacerLagP99, formatUs) : "<td>–</td>",
  ];
  return `<tr>${cells.join("")}</tr>`;
}

function formatMs(ms: number): string {
  return formatUs(ms * 1000);
}

function spreadCell(s: Spread, format: (n: number) => string): string {
  const range = s.min === s.max ? "" : `<br><span class="range">${escapeHtml(format(s.min))}–${escapeHtml(format(s.max))}</span>`;
  return `<td>${escapeHtml(format(s.median))}${range}</td>`;
}

function ratioCell(r: Ratio): string {
  const range = r.min === r.max ? "" : ` <span class="range">(${formatRatio(r.min)}–${formatRatio(r.max)})</span>`;
  return `${formatRatio(r.median)}${range}`;
}

function dt(term: string, value: string): string {
  return `<dt>${escapeHtml(term)}</dt><dd>${escapeHtml(value)}</dd>`;
}

/**
 * Escapes text for HTML content and attribute values.
 *
 * @example
 * ```ts
 * escapeHtml("<b>"); // "&lt;b&gt;"
 * ```
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/** Makes JavaScript safe inside a <script> element ("</script" only occurs in strings or regexes). */
function scriptSafe(text: string): string {
  return text.replace(/<\/(script)/gi, "<\\/$1");
}
