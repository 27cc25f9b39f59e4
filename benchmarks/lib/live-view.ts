/**
 * The terminal view of a run: on a TTY, a table redrawn in place (log-update) with a progress
 * line; elsewhere (CI, tests), one line per finished cell and the final table.
 */
import Table from "cli-table3";
import { createLogUpdate } from "log-update";
import { formatDuration, formatMiB, formatNumber, formatRatio, formatUs } from "./format.ts";
import type { CellReport, PhaseReport, ScenarioReport } from "./report-types.ts";
import type { RunEvent } from "./scenario-runner.ts";
import type { Scenario } from "./scenario.ts";
import { compare } from "./summarize.ts";

/** Options of {@link LiveView}. */
export interface LiveViewOptions {
  readonly stream?: NodeJS.WriteStream;
  /** Redraw in place (default: when the stream is a TTY). */
  readonly interactive?: boolean;
}

/**
 * Renders {@link RunEvent}s.
 *
 * @example
 * ```ts
 * const view = new LiveView();
 * await runScenario(scenario, { ...options, onEvent: (e) => view.handle(e) });
 * view.close();
 * ```
 */
export class LiveView {
  readonly #stream: NodeJS.WriteStream;
  readonly #interactive: boolean;
  readonly #update: ReturnType<typeof createLogUpdate> | undefined;
  #timer: NodeJS.Timeout | undefined;
  #scenario: Scenario | undefined;
  #phases: readonly PhaseReport[] = [];
  #repeats = 0;
  #cells = new Map<string, CellReport>();
  #current:
    | {
        repeat: number;
        phase: PhaseReport;
        variant: string;
        index: number;
        total: number;
        startedAt: number;
        measuringAt?: number;
        waiting?: { otherCores: number; waitedMs: number };
      }
    | undefined;
  #runStartedAt = Date.now();

  constructor(options: LiveViewOptions = {}) {
    this.#stream = options.stream ?? process.stdout;
    this.#interactive = options.interactive ?? Boolean(this.#stream.isTTY);
    this.#update = this.#interactive ? createLogUpdate(this.#stream, { showCursor: true }) : undefined;
  }

  /** Takes one event of a run. */
  handle(event: RunEvent): void {
    switch (event.type) {
      case "scenario-start":
        this.#scenario = event.scenario;
        this.#phases = event.phases;
        this.#repeats = event.repeats;
        this.#cells = new Map();
        this.#runStartedAt = Date.now();
        if (this.#interactive) {
          this.#timer = setInterval(() => this.#draw(), 250);
          this.#timer.unref();
        } else {
          this.#stream.write(
            `\n${event.scenario.name}: ${event.scenario.title} — ${event.repeats} repeat(s) of ${event.phases.map((p) => p.label).join(", ")}\n`,
          );
        }
        break;
      case "cell-start":
        this.#current = {
          repeat: event.repeat,
          phase: event.phase,
          variant: event.variant.id,
          index: event.index,
          total: event.total,
          startedAt: Date.now(),
        };
        break;
      case "cell-measuring":
        if (this.#current) {
          this.#current.measuringAt = event.at;
          this.#current.waiting = undefined;
        }
        break;
      case "waiting-quiet":
        if (this.#current) this.#current.waiting = event;
        if (!this.#interactive && event.waitedMs < 1000) {
          this.#stream.write(`  waiting for a quiet machine: other processes use ${event.otherCores.toFixed(2)} cores\n`);
        }
        break;
      case "cell-done": {
        this.#cells.set(`${event.variant.id}\u0000${event.phase.id}`, event.cell);
        if (!this.#interactive) {
          const r = event.cell.repeats.at(-1)!;
          this.#stream.write(
            `  [${this.#current?.index !== undefined ? this.#current.index + 1 : "?"}/${this.#current?.total ?? "?"}] repeat ${r.repeat} ${event.phase.label.padEnd(10)} ${event.variant.id.padEnd(18)} ` +
              `p50 ${formatUs(r.p50).padStart(8)}  p99 ${formatUs(r.p99).padStart(8)}  p99.9 ${formatUs(r.p999).padStart(8)}  ` +
              `${formatNumber(r.throughput).padStart(6)}/s  errors ${r.errors}` +
              (r.server ? `  sidecar ${formatNumber(r.server.cpuPerCallUs)} µs CPU/call` : "") +
              (r.server?.gc ? `  sidecar GC max ${formatUs(r.server.gc.maxMs * 1000)}` : "") +
              (r.clientStallReruns ? `  (measured again ${r.clientStallReruns}×: the client stalled)` : "") +
              `\n`,
          );
        }
        break;
      }
      case "scenario-done":
        this.#current = undefined;
        clearInterval(this.#timer);
        if (this.#update) {
          this.#update(this.#render(event.report));
          this.#update.done();
        } else {
          this.#stream.write(`${this.#render(event.report)}\n`);
        }
        break;
    }
  }

  /** Stops redrawing. */
  close(): void {
    clearInterval(this.#timer);
    this.#update?.done();
  }

  #draw(): void {
    this.#update?.(this.#render());
  }

  #render(final?: ScenarioReport): string {
    const scenario = this.#scenario;
    if (!scenario) return "";
    const baseline = scenario.variants.find((v) => v.baseline)!;
    const table = new Table({
      head: [
        "load",
        "variant",
        "p50",
        "p90",
        "p99",
        "p99.9",
        "calls/s",
        "errors",
        "sidecar CPU/call",
        "peak RSS",
        "sidecar GC max",
        "other CPU",
        "p99 ÷ base",
        "reps",
      ],
      colAligns: ["left", "left", "right", "right", "right", "right", "right", "right", "right", "right", "right", "right", "right", "right"],
      style: { head: [], border: [] },
      chars: { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" },
    });
    for (const phase of this.#phases) {
      for (const variant of scenario.variants) {
        const cell = this.#cells.get(`${variant.id}\u0000${phase.id}`);
        const running = this.#current?.phase.id === phase.id && this.#current.variant === variant.id;
        const label = `${running ? "▶ " : ""}${variant.id}`;
        if (!cell) {
          table.push([phase.label, label, "…", "", "", "", "", "", "", "", "", "", "", `0/${this.#repeats}`]);
          continue;
        }
        const s = cell.summary;
        const base = this.#cells.get(`${baseline.id}\u0000${phase.id}`);
        const ratio = variant.id === baseline.id || !base ? "" : formatRatio(compare(cell, base).p99Ratio.median);
        table.push([
          phase.label,
          label,
          formatUs(s.p50.median),
          formatUs(s.p90.median),
          formatUs(s.p99.median),
          formatUs(s.p999.median),
          formatNumber(s.throughput.median),
          String(s.errors),
          s.serverCpuPerCallUs ? `${formatNumber(s.serverCpuPerCallUs.median)} µs` : "–",
          s.peakRssBytes ? formatMiB(s.peakRssBytes.max) : "–",
          s.serverGcMaxMs ? formatUs(s.serverGcMaxMs.median * 1000) : "–",
          `${formatNumber(s.otherCpuCores.median, 2)} cores`,
          ratio,
          `${cell.repeats.length}/${this.#repeats}`,
        ]);
      }
    }
    const lines = [`${scenario.name}: ${scenario.title}`, table.toString()];
    if (final) {
      for (const c of final.comparisons.filter((c) => c.pass !== undefined)) {
        lines.push(
          `  ${c.pass ? "PASS" : "MISS"} ${c.variant} p99 ÷ ${c.baseline} p99 at ${final.phases.find((p) => p.id === c.phase)?.label}: ` +
            `${formatRatio(c.p99Ratio.median)} (${formatRatio(c.p99Ratio.min)}–${formatRatio(c.p99Ratio.max)}) target ≤ ${formatRatio(c.target!)}`,
        );
      }
    } else if (this.#current) {
      const c = this.#current;
      const cellMs = c.phase.warmupMs + c.phase.durationMs;
      const elapsed = Date.now() - c.startedAt;
      const state = c.waiting
        ? `waiting for a quiet machine (others use ${c.waiting.otherCores.toFixed(2)} cores, ${formatDuration(c.waiting.waitedMs)})`
        : c.measuringAt
          ? `measuring ${Math.min(99, Math.round(((Date.now() - c.measuringAt) / c.phase.durationMs) * 100))}%`
          : "warming up";
      const done = c.index + Math.min(1, elapsed / cellMs);
      const runElapsed = Date.now() - this.#runStartedAt;
      const eta = done > 0 ? (runElapsed / done) * (c.total - done) : Number.NaN;
      const width = 30;
      const filled = Math.round((done / c.total) * width);
      lines.push(
        `[${"█".repeat(filled)}${"░".repeat(width - filled)}] cell ${c.index + 1}/${c.total} · repeat ${c.repeat}/${this.#repeats} · ${c.phase.label} · ${c.variant} · ${state} · ETA ${Number.isFinite(eta) ? formatDuration(eta) : "?"}`,
      );
    }
    return lines.join("\n");
  }
}
