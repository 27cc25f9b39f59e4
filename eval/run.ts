/**
 * `npm run eval`: precision and recall of the Portcullis guardrail detectors on
 * `<repo>/../shared/eval`, scored as its README says, side by side with npm peers on the same
 * rows. Prints the tables and writes them to eval/RESULTS.md.
 */
import { existsSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { scan } from "../sidecar/dist/guardrails/index.js";
import { crossSourceSection, peersBySourceSection, type Scorer } from "./cross-source-report.ts";
import { EVAL_DIR, EvalDataMissingError, loadDatasets } from "./datasets.ts";
import { sourcedRows } from "./injection-sources.ts";
import { loadPeers } from "./peers.ts";
import { portcullisDetectors } from "./portcullis-adapter.ts";
import { keptSections, RESULTS_FILE } from "./results-file.ts";
import { scoreInjection, scorePii, scoreSecrets, type InjectionScores, type PiiEntityScore, type SecretScores } from "./scoring.ts";

const pct = (x: number): string => x.toFixed(3);

function piiTable(name: string, all: PiiEntityScore[], strong: PiiEntityScore[]): string {
  const rows = all.map((s) => {
    const t = strong.find((x) => x.entity === s.entity);
    return `| ${name} | ${s.entity} | ${pct(s.precision)} | ${pct(s.recall)} | ${pct(s.f1)} | ${s.tpFindings}/${s.fpFindings} | ${s.foundSpans}/${s.expectedSpans} | ${t ? `${pct(t.precision)} / ${pct(t.recall)}` : "-"} |`;
  });
  return rows.join("\n");
}

function secretRows(name: string, s: SecretScores): string {
  return [s.all, s.clean]
    .map((l) => `| ${name} | ${l.label} | ${l.rows} | ${pct(l.precision)} | ${pct(l.recall)} | ${pct(l.f1)} | ${l.tp} | ${l.fp} | ${l.fn} |`)
    .join("\n");
}

function injectionRow(name: string, s: InjectionScores): string {
  const fam = s.byFamily.map((f) => `${f.family} ${pct(f.recall)}`).join(", ");
  const pos = s.byPosition.map((p) => `${p.position} ${pct(p.recall)}`).join(", ");
  return `| ${name} | ${pct(s.overall.precision)} | ${pct(s.overall.recall)} | ${pct(s.overall.f1)} | ${(s.fpRate * 100).toFixed(2)}% (${Math.round(s.fpRate * s.benign)}/${s.benign}) | ${fam} | ${pos} |`;
}

/** The highest injection confidence `scan` gives a text (floor 0), from a built guardrails module. */
function injectionScorer(name: string, scanFn: typeof scan): Scorer {
  const config = { pii: "off", secrets: "off", injection: "detect", minConfidence: { injection: 0 }, maxBytes: 64 * 1024 * 1024, deadlineMs: 10_000 } as const;
  return { name, score: (text) => scanFn({ text }, config as never).findings.reduce((m, f) => Math.max(m, f.confidence), 0) };
}

/** A baseline build for before/after columns: `PORTCULLIS_BASELINE_DIST` or `sidecar/dist-baseline` (a copy of an older dist). */
async function baselineScorer(): Promise<Scorer | undefined> {
  const dir = process.env["PORTCULLIS_BASELINE_DIST"] ?? new URL("../sidecar/dist-baseline/", import.meta.url).pathname;
  const entry = `${dir.replace(/\/$/, "")}/guardrails/index.js`;
  if (!existsSync(entry)) return undefined;
  const mod = (await import(entry)) as { scan: typeof scan };
  return injectionScorer("before", mod.scan);
}

export async function main(): Promise<string> {
  const data = loadDatasets();
  const ours = portcullisDetectors(scan as never);
  const peers = await loadPeers();
  const started = Date.now();

  const piiOurs = scorePii(data.pii, ours.pii);
  const piiOursStrong = scorePii(data.pii, ours.pii, { skipWeak: true });
  const secOurs = scoreSecrets(data.secrets, ours.secrets);
  const injOurs = scoreInjection(data.injection, ours.injection);

  const piiRows = [piiTable("Portcullis", piiOurs, piiOursStrong)];
  const secRows = [secretRows("Portcullis", secOurs)];
  const injRows = [injectionRow("Portcullis", injOurs)];
  for (const peer of peers) {
    if (peer.pii) piiRows.push(piiTable(peer.name, scorePii(data.pii, peer.pii), scorePii(data.pii, peer.pii, { skipWeak: true })));
    if (peer.secrets) {
      const flags = new Map<string, boolean>();
      for (const r of data.secrets) flags.set(r.id, await peer.secrets(r.text));
      const byText = new Map(data.secrets.map((r) => [r.text, flags.get(r.id) ?? false]));
      secRows.push(
        secretRows(
          peer.name,
          scoreSecrets(data.secrets, (t) => byText.get(t) ?? false),
        ),
      );
    }
    if (peer.injection) injRows.push(injectionRow(peer.name, scoreInjection(data.injection, peer.injection)));
  }
  const baseline = await baselineScorer();
  const ourScorer = injectionScorer(baseline ? "after" : "Portcullis", scan);
  const cross = crossSourceSection(sourcedRows(data.injection), [...(baseline ? [baseline] : []), ourScorer]);
  const peersBySource = peersBySourceSection(
    sourcedRows(data.injection),
    { ...ourScorer, name: "Portcullis" },
    peers.flatMap((p) => (p.injection ? [{ name: p.name, flags: p.injection }] : [])),
  );

  const perRule = secOurs.perRule
    .filter((r) => r.secrets > 0 && r.recall < 1)
    .map((r) => `${r.rule} ${r.found}/${r.secrets}`)
    .join(", ");

  const md = `# Guardrail evaluation results

Generated by \`npm run eval\` (${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${availableParallelism()} cores) on
\`${EVAL_DIR.replace(/.*\/shared\//, "shared/")}\`, scored exactly as its README says. Portcullis runs in detect mode with the
default confidence floors (0.5); every peer runs with its defaults. Offsets are converted from UTF-16 to code points.

## PII (span overlap, per entity)

Portcullis has no URL, CRYPTO or MAC_ADDRESS detector (not in its PII set), so those rows only count against recall.
\`TP/FP\` are findings, \`found\` is expected spans hit; the last column repeats precision / recall without \`weak\` rows.

| detector | entity | precision | recall | F1 | TP/FP findings | found/expected | without weak (P / R) |
| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |
${piiRows.join("\n")}

## Secrets (per line)

| detector | rows | n | precision | recall | F1 | TP | FP | FN |
| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${secRows.join("\n")}

Portcullis rules with recall below 1 (found/secret rows): ${perRule}.

## Prompt injection (per line)

| detector | precision | recall | F1 | FP rate on benign | recall by family | recall by position |
| --- | ---: | ---: | ---: | ---: | --- | --- |
${injRows.join("\n")}

Targets: PII precision and recall >= 0.95 for CREDIT_CARD and IBAN_CODE; secrets recall >= 0.95 at precision >= 0.95;
injection recall >= 0.90 with <= 2% false positives on benign rows. Run time ${((Date.now() - started) / 1000).toFixed(1)} s.

${cross.md}${peersBySource}`;
  console.log(md);
  // Throughput tables and notes (marked sections) are kept: other scripts write them.
  writeFileSync(RESULTS_FILE, md + keptSections());
  return md;
}

try {
  await main();
} catch (err) {
  if (!(err instanceof EvalDataMissingError)) throw err;
  console.error(`npm run eval: ${err.message}`);
  process.exitCode = 2;
}
