/**
 * Loads the labelled ScanResponse evaluation data from `<repo>/../shared/eval` (see its
 * README for the fields). Rows are read as-is; nothing here depends on the detectors.
 */
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** `<repo>/../shared/eval`, or `PORTCULLIS_EVAL_DIR` when set. */
export const EVAL_DIR: string = process.env["PORTCULLIS_EVAL_DIR"] ?? resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "shared", "eval");

export interface PiiRow {
  id: string;
  entity: string;
  text: string;
  expected: Array<[number, number]>;
  weak?: boolean;
}

export interface SecretRow {
  id: string;
  rule: string;
  text: string;
  label: "secret" | "not_secret";
  placeholder?: boolean;
  disputed?: boolean;
}

export interface InjectionRow {
  id: string;
  text: string;
  label: "injection" | "benign";
  family?: string;
  position?: "start" | "middle" | "end";
  context_kind?: string;
}

function jsonl<T>(name: string): T[] {
  return readFileSync(resolve(EVAL_DIR, name), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as T);
}

/** The three data sets. */
/** The three labelled data sets. */
export interface Datasets {
  pii: PiiRow[];
  secrets: SecretRow[];
  injection: InjectionRow[];
}

export function loadDatasets(): Datasets {
  return { pii: jsonl<PiiRow>("pii.jsonl"), secrets: jsonl<SecretRow>("secrets.jsonl"), injection: jsonl<InjectionRow>("injection.jsonl") };
}
