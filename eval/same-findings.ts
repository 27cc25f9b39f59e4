/**
 * Whether a change to the detectors left what they find alone: every text of every evaluation
 * set (../shared/eval, the fetched sources, the hand-written rounds and every held-out set) is
 * scanned by a baseline build and by the current one, full detector set, and their findings
 * (elapsed time aside) and injection signals compared. For refactors and speed work, whose
 * commits claim "findings unchanged"; it prints the first differences and exits 1 on any.
 *
 * Run: `node eval/same-findings.ts sidecar/dist-baseline` (after `npm run build`; make the
 * baseline with `git stash`, `npm run build`, `cp -r sidecar/dist sidecar/dist-baseline`,
 * `git stash pop`: inside the repository, where its dependencies resolve).
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { EVAL_DIR } from "./datasets.ts";

type Scan = (input: { text: string }, config: Record<string, unknown>) => Record<string, unknown>;
type Build = {
  scan: Scan;
  signals: (text: string) => string;
};

async function load(dist: string): Promise<Build> {
  const at = (file: string) => join(resolve(dist), "guardrails", file);
  const { scan } = (await import(at("index.js"))) as { scan: Scan };
  const { signalMatches } = (await import(at("injection-signals.js"))) as {
    signalMatches: (index: unknown) => Array<[number, number, { ruleId: string; kind: string; weight: number }]>;
  };
  const { TextIndex } = (await import(at("text-index.js"))) as { TextIndex: new (text: string) => { release(): void } };
  const signals = (text: string): string => {
    const index = new TextIndex(text);
    try {
      return signalMatches(index)
        .map(([s, e, sig]) => `${s}-${e}-${sig.ruleId}-${sig.kind}-${sig.weight}`)
        .sort()
        .join(",");
    } finally {
      index.release();
    }
  };
  return { scan, signals };
}

const baselineDir = process.argv[2];
if (baselineDir === undefined || !existsSync(join(baselineDir, "guardrails", "index.js"))) {
  throw new Error("give a baseline build's dist directory (one holding guardrails/index.js) as the argument");
}
const [baseline, current] = await Promise.all([load(baselineDir), load(join(import.meta.dirname, "..", "sidecar", "dist"))]);

const files = ["injection.jsonl", "pii.jsonl", "secrets.jsonl"].map((f) => join(EVAL_DIR, f)).filter((f) => existsSync(f));
const data = join(import.meta.dirname, "data");
for (const entry of readdirSync(data)) {
  const path = join(data, entry);
  if (entry.endsWith(".jsonl")) files.push(path);
  else if (statSync(path).isDirectory()) for (const f of readdirSync(path)) if (f.endsWith(".jsonl")) files.push(join(path, f));
}

const CONFIG = { pii: "detect", secrets: "detect", injection: "detect", maxBytes: 64 * 1024 * 1024, deadlineMs: 60_000 };
const findings = (build: Build, text: string) => JSON.stringify({ ...build.scan({ text }, CONFIG), elapsedMs: 0 });
let texts = 0;
let differences = 0;
for (const file of files) {
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (line.trim() === "") continue;
    const { text } = JSON.parse(line) as { text?: unknown };
    if (typeof text !== "string") continue;
    texts++;
    const what = findings(baseline, text) !== findings(current, text) ? "findings" : baseline.signals(text) !== current.signals(text) ? "signals" : undefined;
    if (what === undefined) continue;
    differences++;
    if (differences <= 5) console.log(`${what} differ: ${file}: ${JSON.stringify(text.slice(0, 120))}`);
  }
}
console.log(`${texts} texts from ${files.length} files, ${differences} with different findings or signals`);
process.exitCode = differences === 0 ? 0 : 1;
