/**
 * The held-out check: tool outputs written for this project by a separate author who never
 * saw the detectors or their data (`eval/data/heldout/`, see its README), scored with the
 * default profile's floors, detect mode. Injection: recall per attack category and false
 * positives on benign and hard-negative rows. Secrets: a row is flagged when any finding
 * overlaps a labelled secret (recall) or when a clean row has any finding (false positive).
 * PII: per type, a labelled entity counts as found when a finding of its type overlaps it;
 * a finding of a type overlapping no labelled entity of that type is a false positive.
 *
 * The rows are split in two halves by a hash of their id: `dev` may be read to find what the
 * detectors miss (by class, never by example), `test` is only ever scored — its figure is
 * the one that says how the detectors generalise. Both were scored once, before either was
 * read (eval/RESULTS.md).
 *
 * Later sets written the same way by other authors (`eval/data/heldout2/` … `heldout10/`; see
 * eval/SOURCES.md for which were read and which only scored) are scored with their name as the
 * second argument; heldout5 holds injection rows only.
 *
 * Run: `node eval/heldout.ts [dev|test|all] [heldout|heldout2|…|heldout10]`
 * (default all, heldout; after `npm run build`). Injection is scored with the passage model
 * trained on the other sets (eval/injection-model-folds.ts), never on the one scored.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { scan } from "../sidecar/dist/guardrails/index.js";
import { HELDOUT_SETS, type Half, type HeldoutSet, heldoutRows, isHardNegative } from "./heldout-data.ts";
import { useModelWithout } from "./injection-model-folds.ts";

const SET = (process.argv[3] ?? "heldout") as HeldoutSet;
if (!HELDOUT_SETS.includes(SET)) throw new Error(`set: ${SET}; give one of ${HELDOUT_SETS.join(", ")}`);
const DIR = join(import.meta.dirname, "data", SET);
// The shipped passage model was trained on every held-out set: this one is scored by a model
// trained on the others.
useModelWithout(SET);

type Finding = { type: string; category: string; ruleId?: string; start: number; end: number };
const only = (category: string) => ({ pii: "off", secrets: "off", injection: "off", [category]: "detect", maxBytes: 64 * 1024 * 1024, deadlineMs: 10_000 });
const findings = (text: string, category: string): readonly Finding[] => scan({ text }, only(category) as never).findings as readonly Finding[];
const HALF = (process.argv[2] ?? "all") as Half;
if (!["dev", "test", "all"].includes(HALF)) throw new Error(`half: ${HALF}; give dev, test or all`);
const rows = <T extends { id: string }>(file: string): T[] => heldoutRows<T>(SET, file, HALF);
const pct = (n: number, d: number) => (d === 0 ? "n/a" : `${((100 * n) / d).toFixed(1)} %`);
const ratio = (n: number, d: number) => (d === 0 ? "n/a" : (n / d).toFixed(3));

/** Every occurrence of `value` in `text` as [start, end) code-unit offsets. */
function spans(text: string, value: string): [number, number][] {
  const out: [number, number][] = [];
  for (let i = text.indexOf(value); i >= 0; i = text.indexOf(value, i + 1)) out.push([i, i + value.length]);
  return out;
}
const overlaps = (f: Finding, [s, e]: [number, number]) => f.start < e && f.end > s;

function injection(): void {
  type Row = { id: string; label: "injection" | "benign"; category: string; lang: string; text: string };
  const all = rows<Row>("injection.jsonl");
  const by = new Map<string, { n: number; flagged: number }>();
  for (const r of all) {
    const key = r.label === "injection" ? `injection: ${r.category}` : `benign: ${r.category}`;
    const e = by.get(key) ?? { n: 0, flagged: 0 };
    e.n++;
    if (findings(r.text, "injection").length > 0) e.flagged++;
    by.set(key, e);
  }
  const sum = (prefix: string) =>
    [...by].filter(([k]) => k.startsWith(prefix)).reduce((a, [, e]) => ({ n: a.n + e.n, flagged: a.flagged + e.flagged }), { n: 0, flagged: 0 });
  const inj = sum("injection");
  const ben = sum("benign");
  const benignCategories = new Set(all.filter((r) => r.label !== "injection").map((r) => r.category));
  const hard = [...by]
    .filter(([k]) => k.startsWith("benign: ") && isHardNegative(k.slice("benign: ".length), benignCategories))
    .reduce((a, [, e]) => ({ n: a.n + e.n, flagged: a.flagged + e.flagged }), { n: 0, flagged: 0 });
  console.log(`## Prompt injection (${all.length} rows)\n`);
  console.log(
    `recall ${ratio(inj.flagged, inj.n)} (${inj.flagged}/${inj.n}); false positives ${pct(ben.flagged, ben.n)} of benign (${ben.flagged}/${ben.n}); hard negatives ${pct(hard.flagged, hard.n)} (${hard.flagged}/${hard.n})\n`,
  );
  console.log("| category | rows | flagged |\n|---|--:|--:|");
  for (const [k, e] of [...by].sort()) console.log(`| ${k} | ${e.n} | ${e.flagged} |`);
  console.log("");
}

function secrets(): void {
  type Row = { id: string; label: "secret" | "clean"; secrets: string[]; category: string; text: string };
  const all = rows<Row>("secrets.jsonl");
  let labelled = 0;
  let found = 0;
  let cleanRows = 0;
  let cleanFlagged = 0;
  let secretRowsFlagged = 0;
  let secretRows = 0;
  let strayFindings = 0;
  let allFindings = 0;
  const missedBy = new Map<string, number>();
  const falseBy = new Map<string, number>();
  for (const r of all) {
    const fs = findings(r.text, "secrets");
    allFindings += fs.length;
    const labelledSpans = r.secrets.flatMap((s) => spans(r.text, s));
    strayFindings += fs.filter((f) => !labelledSpans.some((sp) => overlaps(f, sp))).length;
    if (r.label === "clean") {
      cleanRows++;
      if (fs.length > 0) {
        cleanFlagged++;
        for (const f of fs) falseBy.set(f.type, (falseBy.get(f.type) ?? 0) + 1);
      }
      continue;
    }
    secretRows++;
    if (fs.length > 0) secretRowsFlagged++;
    for (const s of r.secrets) {
      labelled++;
      if (spans(r.text, s).some((sp) => fs.some((f) => overlaps(f, sp)))) found++;
      else missedBy.set(r.category, (missedBy.get(r.category) ?? 0) + 1);
    }
  }
  console.log(`## Secrets (${all.length} rows)\n`);
  console.log(
    `secret recall ${ratio(found, labelled)} (${found}/${labelled} labelled secrets); finding precision ${ratio(allFindings - strayFindings, allFindings)} (${allFindings - strayFindings}/${allFindings}); clean rows flagged ${pct(cleanFlagged, cleanRows)} (${cleanFlagged}/${cleanRows}); secret rows flagged ${secretRowsFlagged}/${secretRows}`,
  );
  console.log(`missed by category: ${JSON.stringify(Object.fromEntries(missedBy))}`);
  console.log(`findings on clean rows by type: ${JSON.stringify(Object.fromEntries(falseBy))}\n`);
}

const LABEL_ALIASES: Record<string, string> = {
  PHONE_NUMBER: "phone",
  EMAIL_ADDRESS: "email",
  US_SSN: "ssn",
  CREDIT_CARD: "credit_card",
  IP_ADDRESS: "ipv4",
  IBAN_CODE: "iban",
};
const PII_TYPES: Record<string, string> = { phone: "PHONE", email: "EMAIL", ssn: "US_SSN", credit_card: "CREDIT_CARD", ipv4: "IP_ADDRESS", iban: "IBAN" };

function pii(): void {
  type Row = { id: string; entities: { type: string; value: string }[]; text: string };
  // heldout3 names entity types as the public set does (Presidio's names).
  const all = rows<Row>("pii.jsonl").map((r) => ({ ...r, entities: r.entities.map((e) => ({ ...e, type: LABEL_ALIASES[e.type] ?? e.type })) }));
  const score = new Map<string, { labelled: number; found: number; findings: number; correct: number }>();
  for (const t of Object.keys(PII_TYPES)) score.set(t, { labelled: 0, found: 0, findings: 0, correct: 0 });
  for (const r of all) {
    const fs = findings(r.text, "pii");
    for (const [t, type] of Object.entries(PII_TYPES)) {
      const s = score.get(t)!;
      const labelled = r.entities.filter((e) => e.type === t).flatMap((e) => spans(r.text, e.value));
      // The sets label IPv4 addresses only: an IPv6 address found where none is labelled is
      // outside the type scored, not a wrong IPv4 (one found on a labelled value still counts).
      const mine = fs.filter((f) => f.type === type && !(t === "ipv4" && f.ruleId === "pii.ipv6" && !labelled.some((sp) => overlaps(f, sp))));
      s.labelled += r.entities.filter((e) => e.type === t).length;
      s.found += r.entities.filter((e) => e.type === t && spans(r.text, e.value).some((sp) => mine.some((f) => overlaps(f, sp)))).length;
      s.findings += mine.length;
      s.correct += mine.filter((f) => labelled.some((sp) => overlaps(f, sp))).length;
    }
  }
  console.log(`## PII (${all.length} rows)\n`);
  console.log("| type | labelled | recall | findings | precision |\n|---|--:|--:|--:|--:|");
  for (const [t, s] of score) console.log(`| ${t} | ${s.labelled} | ${ratio(s.found, s.labelled)} | ${s.findings} | ${ratio(s.correct, s.findings)} |`);
  console.log("");
}

// heldout19 and heldout20 hold secrets and PII rows only.
if (existsSync(join(DIR, "injection.jsonl"))) injection();
// heldout5 holds injection rows only (hard negatives first).
if (existsSync(join(DIR, "secrets.jsonl"))) secrets();
if (existsSync(join(DIR, "pii.jsonl"))) pii();
