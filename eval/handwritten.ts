/**
 * The hand-written paraphrase rounds (eval/data/handwritten/, see its README): each injection
 * and benign sentence in four carriers a tool output puts it in, scored with the default
 * profile. Prints recall per round and class, and the share of benign carriers flagged; with a
 * baseline build's `dist` directory as argument, its figures beside the current build's.
 *
 * Run: `node eval/handwritten.ts [../sidecar/dist-baseline]` (after `npm run build`).
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";

type Row = { id: string; round: number; label: "injection" | "benign"; category: string; text: string };
type ScanFn = (input: { text: string }, config: Record<string, unknown>) => { findings: unknown[] };

const CONFIG = { pii: "off", secrets: "off", injection: "detect", deadlineMs: 10_000 };
/** Where a tool output carries a sentence: mail, a JSON ticket, a table cell, a log line. */
const CARRIERS: ReadonlyArray<(s: string) => string> = [
  (s) => `Subject: Re: weekly update\n\nHi all,\n\nThe migration finished on time and the dashboards are green.\n\n${s}\n\nThanks,\nMaya`,
  (s) => JSON.stringify({ id: 4411, status: "open", title: "Customer feedback", comment: s }, null, 2),
  (s) => `| id | note |\n|---|---|\n| 17 | Shipping delayed two days |\n| 18 | ${s} |`,
  (s) => `2026-03-02T10:11:12Z INFO [importer] ${s}`,
];

const rows: Row[] = readFileSync(join(import.meta.dirname, "data", "handwritten", "injection.jsonl"), "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Row);
const load = async (dir: string): Promise<ScanFn> => ((await import(join(resolve(dir), "guardrails", "index.js"))) as { scan: ScanFn }).scan;
const builds: Array<[string, ScanFn]> = [["current", await load(join(import.meta.dirname, "..", "sidecar", "dist"))]];
if (process.argv[2]) builds.unshift(["baseline", await load(process.argv[2])]);

/** `flagged/total` carriers per key, per build. */
const tally = new Map<string, number[]>();
const total = new Map<string, number>();
for (const r of rows) {
  const keys = r.label === "injection" ? [`round ${r.round} · ${r.category}`, `round ${r.round} · all injections`] : [`round ${r.round} · benign (flagged)`];
  for (const text of CARRIERS.map((c) => c(r.text))) {
    for (const k of keys) total.set(k, (total.get(k) ?? 0) + 1);
    builds.forEach(([, scan], b) => {
      if (scan({ text }, CONFIG).findings.length === 0) return;
      for (const k of keys) {
        const t = tally.get(k) ?? builds.map(() => 0);
        t[b] = (t[b] ?? 0) + 1;
        tally.set(k, t);
      }
    });
  }
}
console.log(`| round · class | ${builds.map(([n]) => n).join(" | ")} |`);
console.log(`|---|${builds.map(() => "--:").join("|")}|`);
for (const [k, n] of [...total].sort(([a], [b]) => a.localeCompare(b))) {
  const t = tally.get(k) ?? builds.map(() => 0);
  console.log(`| ${k} | ${t.map((f) => `${f}/${n} (${((100 * f) / n).toFixed(0)} %)`).join(" | ")} |`);
}
