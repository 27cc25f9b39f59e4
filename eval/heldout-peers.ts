/**
 * Portcullis beside the npm peers on the held-out sets' **test halves** (rows never read):
 * prompt injection (recall, and false positives on hard negatives) against vard and
 * llm_guardrail; secrets (rows with a secret flagged, clean rows flagged) against secretlint.
 * Each peer answers yes or no per text at its own operating point; Portcullis runs its
 * default profile's floors in detect mode. This is item 7 of issue #13 on the data that says
 * how detectors generalise, where `npm run eval`'s peer table uses the public sources.
 *
 * Run: `node eval/heldout-peers.ts [--write]` (after `npm run build`); `--write` puts the
 * tables in eval/RESULTS.md (section `heldout-peers`).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { scan } from "../sidecar/dist/guardrails/index.js";
import { HELDOUT_SETS, hasInjectionRows, heldoutRows, isHardNegative } from "./heldout-data.ts";
import { useModelWithout } from "./injection-model-folds.ts";
import { loadPeers } from "./peers.ts";
import { replaceSection } from "./results-file.ts";

const { values: args } = parseArgs({ options: { write: { type: "boolean", default: false } } });
const only = (category: string) => ({ pii: "off", secrets: "off", injection: "off", [category]: "detect", maxBytes: 64 * 1024 * 1024, deadlineMs: 10_000 });
const flags = (category: string) => (text: string) => scan({ text }, only(category) as never).findings.length > 0;

const peers = await loadPeers();
type Detector = { name: string; flags(text: string): boolean | Promise<boolean> };
const injectionDetectors: Detector[] = [
  { name: "Portcullis @ 0.5", flags: flags("injection") },
  ...peers.filter((p) => p.injection !== undefined).map((p) => ({ name: p.name, flags: (t: string) => p.injection?.(t) ?? false })),
];
const secretDetectors: Detector[] = [
  { name: "Portcullis", flags: flags("secrets") },
  ...peers.filter((p) => p.secrets !== undefined).map((p) => ({ name: p.name, flags: (t: string) => p.secrets?.(t) ?? false })),
];

/** Counts of flagged rows among positives and among negatives. */
type Tally = { pos: number; posFlagged: number; neg: number; negFlagged: number };
const empty = (): Tally => ({ pos: 0, posFlagged: 0, neg: 0, negFlagged: 0 });
const add = (a: Tally, b: Tally): Tally => ({
  pos: a.pos + b.pos,
  posFlagged: a.posFlagged + b.posFlagged,
  neg: a.neg + b.neg,
  negFlagged: a.negFlagged + b.negFlagged,
});
const cell = (t: Tally): string =>
  `${t.pos === 0 ? "–" : `${(t.posFlagged / t.pos).toFixed(3)} (${t.posFlagged}/${t.pos})`} / ${t.neg === 0 ? "–" : `${((100 * t.negFlagged) / t.neg).toFixed(1)} % (${t.negFlagged}/${t.neg})`}`;

/** One table: a row per set and a pooled row, a column per detector. */
async function table(
  detectors: readonly Detector[],
  rowsOf: (set: (typeof HELDOUT_SETS)[number]) => Array<{ text: string; positive: boolean; negative: boolean }> | undefined,
  prepare: (set: (typeof HELDOUT_SETS)[number]) => void = () => {},
): Promise<string> {
  const lines = [`| set (test half) | ${detectors.map((d) => d.name).join(" | ")} |`, `| --- |${detectors.map(() => " ---: |").join("")}`];
  const pooled = detectors.map(empty);
  for (const set of HELDOUT_SETS) {
    const rows = rowsOf(set);
    if (rows === undefined) continue;
    prepare(set);
    const tallies: Tally[] = [];
    for (const [i, d] of detectors.entries()) {
      const t = empty();
      for (const r of rows) {
        if (!r.positive && !r.negative) continue;
        const flagged = await d.flags(r.text);
        if (r.positive) {
          t.pos++;
          if (flagged) t.posFlagged++;
        } else {
          t.neg++;
          if (flagged) t.negFlagged++;
        }
      }
      tallies.push(t);
      pooled[i] = add(pooled[i] as Tally, t);
    }
    lines.push(`| ${set} | ${tallies.map(cell).join(" | ")} |`);
  }
  lines.push(`| **pooled** | ${pooled.map(cell).join(" | ")} |`);
  return lines.join("\n");
}

type InjectionRow = { id: string; label: string; category: string; text: string };
const injection = await table(
  injectionDetectors,
  (set) => {
    if (!hasInjectionRows(set)) return undefined;
    const rows = heldoutRows<InjectionRow>(set, "injection.jsonl", "test");
    const benign = new Set(rows.filter((r) => r.label !== "injection").map((r) => r.category));
    return rows.map((r) => ({ text: r.text, positive: r.label === "injection", negative: r.label !== "injection" && isHardNegative(r.category, benign) }));
  },
  useModelWithout,
);
type SecretRow = { id: string; label: string; text: string };
const secrets = await table(secretDetectors, (set) =>
  existsSync(join(import.meta.dirname, "data", set, "secrets.jsonl"))
    ? heldoutRows<SecretRow>(set, "secrets.jsonl", "test").map((r) => ({ text: r.text, positive: r.label !== "clean", negative: r.label === "clean" }))
    : undefined,
);

const md = [
  "Test halves only (never read). Each cell: recall among positive rows / rows flagged among negatives.",
  "Portcullis's passage model is trained on the other held-out sets for each set scored (eval/injection-model-folds.ts); heldout12 to heldout25, never trained on, by the shipped model (heldout17 to heldout25 by the shipped framing model too).",
  "",
  "Prompt injection (negatives: hard negatives only — security articles, people's imperatives, quoted attacks, …):",
  "",
  injection,
  "",
  "Secrets, per row (a row with a labelled secret flagged / a clean row flagged):",
  "",
  secrets,
].join("\n");
console.log(md);
if (args.write) replaceSection("heldout-peers", md, "## Held-out sets: Portcullis beside the npm peers (test halves)");
