/**
 * Injection figures pooled over the held-out sets, each set scored by models that never saw it
 * (one author out), with the passage and framing models' training sets chosen on the command
 * line — the check behind a change to `TRAINING_SETS` or `FRAMING_SETS` (eval/HISTORY.md,
 * forty-sixth session). Prints each set's recall and hard negatives flagged, then the pools
 * the README quotes: the first sixteen sets with injection rows, the first eighteen, all of
 * them, and the later ones (heldout13 on).
 *
 * Run (after `npm run build`):
 * `node eval/heldout-pooled.ts [--half test|dev] [--passage-sets LIST] [--framing-sets LIST] [--min-confidence N]`
 * where LIST is set names and 1-based ranges of `HELDOUT_SETS`, comma-separated
 * (`1-11,13-24`); the defaults are the shipped models' sets, the test halves and 0.5.
 */
import { parseArgs } from "node:util";
import { scan } from "../sidecar/dist/guardrails/index.js";
import { FRAMING_SETS, HELDOUT_SETS, type HeldoutSet, hasInjectionRows, heldoutRows, isHardNegative, TRAINING_SETS } from "./heldout-data.ts";
import { useModelWithout } from "./injection-model-folds.ts";

const { values: args } = parseArgs({
  options: {
    half: { type: "string", default: "test" },
    "passage-sets": { type: "string" },
    "framing-sets": { type: "string" },
    "min-confidence": { type: "string", default: "0.5" },
  },
});

/** `1-11,13-24,heldout25` as set names (sets without injection rows left out). */
function setList(text: string | undefined, otherwise: readonly HeldoutSet[]): HeldoutSet[] {
  if (text === undefined) return [...otherwise];
  return text.split(",").flatMap((part) => {
    const range = /^(\d+)-(\d+)$/.exec(part.trim());
    if (range) return HELDOUT_SETS.slice(Number(range[1]) - 1, Number(range[2])).filter(hasInjectionRows);
    if (!(HELDOUT_SETS as readonly string[]).includes(part.trim()))
      throw new Error(`unknown set '${part}': give names of HELDOUT_SETS or 1-based ranges like 1-11`);
    return [part.trim() as HeldoutSet];
  });
}

const half = args.half as "test" | "dev";
if (half !== "test" && half !== "dev") throw new Error(`--half: give test or dev, not '${args.half}'`);
const passageSets = setList(args["passage-sets"], TRAINING_SETS);
const framingSets = setList(args["framing-sets"], FRAMING_SETS);
const minConfidence = Number(args["min-confidence"]);
const config = {
  pii: "off",
  secrets: "off",
  injection: "detect",
  minConfidence: { injection: minConfidence },
  maxBytes: 64 << 20,
  deadlineMs: 10_000,
} as const;

type Tally = { found: number; injections: number; flagged: number; hardNegatives: number };
const tallies = new Map<HeldoutSet, Tally>();
const scored = HELDOUT_SETS.filter(hasInjectionRows);
for (const set of scored) {
  useModelWithout(set, { passageSets, framingSets });
  const rows = heldoutRows<{ id: string; label: string; category: string; text: string }>(set, "injection.jsonl", "all");
  const categories = new Set(rows.map((r) => r.category));
  const tally: Tally = { found: 0, injections: 0, flagged: 0, hardNegatives: 0 };
  for (const row of heldoutRows<{ id: string; label: string; category: string; text: string }>(set, "injection.jsonl", half)) {
    const flagged = scan({ text: row.text }, config).findings.length > 0;
    if (row.label === "injection") {
      tally.injections++;
      if (flagged) tally.found++;
    } else if (isHardNegative(row.category, categories)) {
      tally.hardNegatives++;
      if (flagged) tally.flagged++;
    }
  }
  tallies.set(set, tally);
  console.log(line(set, tally));
}

function line(name: string, t: Tally): string {
  const recall = (t.found / t.injections).toFixed(3);
  const rate = ((100 * t.flagged) / t.hardNegatives).toFixed(2);
  return `${name.padEnd(10)} ${recall} (${t.found}/${t.injections})  ${rate.padStart(6)} % of hard negatives (${t.flagged}/${t.hardNegatives})`;
}

const pool = (sets: readonly HeldoutSet[]): Tally =>
  sets.reduce(
    (a, s) => {
      const t = tallies.get(s)!;
      return {
        found: a.found + t.found,
        injections: a.injections + t.injections,
        flagged: a.flagged + t.flagged,
        hardNegatives: a.hardNegatives + t.hardNegatives,
      };
    },
    { found: 0, injections: 0, flagged: 0, hardNegatives: 0 },
  );
console.log(
  `\n${half} halves, minConfidence.injection ${minConfidence}; passage model: ${passageSets.length} sets, framing model: ${framingSets.length} (less the set scored)`,
);
console.log(line("sixteen", pool(scored.slice(0, 16))));
console.log(line("eighteen", pool(scored.slice(0, 18))));
console.log(line(`all ${scored.length}`, pool(scored)));
console.log(line("heldout13+", pool(scored.slice(scored.indexOf("heldout13")))));
