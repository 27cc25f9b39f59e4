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

/** The evaluation data is not where it was looked for: says where it comes from and how to point elsewhere. */
export class EvalDataMissingError extends Error {
  constructor(dir: string, name: string) {
    super(
      `no evaluation data: ${resolve(dir, name)} does not exist. The labelled data sets (pii.jsonl, secrets.jsonl, injection.jsonl) ` +
        `are not part of this repository: they are read from ../shared/eval beside the clone (${resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "shared", "eval")}), ` +
        `or from the directory PORTCULLIS_EVAL_DIR names${process.env["PORTCULLIS_EVAL_DIR"] === undefined ? " (not set)" : ` (set: ${process.env["PORTCULLIS_EVAL_DIR"]})`}.`,
    );
    this.name = "EvalDataMissingError";
  }
}

function jsonl<T>(name: string, dir: string = EVAL_DIR): T[] {
  let text: string;
  try {
    text = readFileSync(resolve(dir, name), "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") throw new EvalDataMissingError(dir, name);
    throw err;
  }
  return text
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

/** Reads the three data sets from `dir` (default EVAL_DIR); a missing file is an EvalDataMissingError. */
export function loadDatasets(dir: string = EVAL_DIR): Datasets {
  return { pii: jsonl<PiiRow>("pii.jsonl", dir), secrets: jsonl<SecretRow>("secrets.jsonl", dir), injection: jsonl<InjectionRow>("injection.jsonl", dir) };
}
