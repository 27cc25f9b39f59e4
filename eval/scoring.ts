/**
 * Scoring exactly as `shared/eval/README.md` describes: PII by span overlap per entity (also
 * without `weak` rows), secrets per line (also without disputed and placeholder rows, with
 * per-rule recall), injection per line (FP rate on benign rows, recall by family prefix and
 * by position). Detectors are passed in, so the same scorer rates Portcullis and the peers.
 */
import type { InjectionRow, PiiRow, SecretRow } from "./datasets.ts";

/** A PII span in Python code-point offsets, typed with one of the nine Presidio names. */
export interface PiiSpan {
  entity: string;
  start: number;
  end: number;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

/** Precision, recall and F1 from counts (precision 1 when nothing was predicted). */
export function prf(c: Counts, recallHits = c.tp, expected = c.tp + c.fn): Prf {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = expected === 0 ? 1 : recallHits / expected;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export interface PiiEntityScore {
  entity: string;
  tpFindings: number;
  fpFindings: number;
  foundSpans: number;
  expectedSpans: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Scores PII per entity and micro-averaged; `supported` lists entities the detector claims. */
export function scorePii(rows: PiiRow[], detect: (text: string) => PiiSpan[], options: { skipWeak?: boolean } = {}): PiiEntityScore[] {
  const acc = new Map<string, { tp: number; fp: number; found: number; expected: number }>();
  for (const row of rows) {
    if (options.skipWeak === true && row.weak === true) continue;
    const a = acc.get(row.entity) ?? { tp: 0, fp: 0, found: 0, expected: 0 };
    acc.set(row.entity, a);
    const kept = detect(row.text).filter((f) => f.entity === row.entity);
    const overlaps = (f: { start: number; end: number }, s: [number, number]): boolean => f.start < s[1] && s[0] < f.end;
    for (const f of kept) {
      if (row.expected.some((s) => overlaps(f, s))) a.tp++;
      else a.fp++;
    }
    for (const s of row.expected) {
      a.expected++;
      if (kept.some((f) => overlaps(f, s))) a.found++;
    }
  }
  const scores: PiiEntityScore[] = [];
  const total = { tp: 0, fp: 0, found: 0, expected: 0 };
  for (const [entity, a] of [...acc.entries()].sort()) {
    total.tp += a.tp;
    total.fp += a.fp;
    total.found += a.found;
    total.expected += a.expected;
    scores.push({
      entity,
      tpFindings: a.tp,
      fpFindings: a.fp,
      foundSpans: a.found,
      expectedSpans: a.expected,
      ...prf({ tp: a.tp, fp: a.fp, fn: 0 }, a.found, a.expected),
    });
  }
  scores.push({
    entity: "micro",
    tpFindings: total.tp,
    fpFindings: total.fp,
    foundSpans: total.found,
    expectedSpans: total.expected,
    ...prf({ tp: total.tp, fp: total.fp, fn: 0 }, total.found, total.expected),
  });
  return scores;
}

export interface LineScore extends Counts, Prf {
  label: string;
  rows: number;
}

function lineScore(label: string, rows: Array<{ positive: boolean; predicted: boolean }>): LineScore {
  const c = { tp: 0, fp: 0, fn: 0 };
  for (const r of rows) {
    if (r.predicted && r.positive) c.tp++;
    else if (r.predicted) c.fp++;
    else if (r.positive) c.fn++;
  }
  return { label, rows: rows.length, ...c, ...prf(c) };
}

export interface SecretScores {
  all: LineScore;
  clean: LineScore;
  perRule: Array<{ rule: string; secrets: number; found: number; recall: number; falsePositives: number }>;
  misses: string[];
  falseAlarms: string[];
}

/** Scores secrets per line. `clean` excludes disputed and placeholder rows. */
export function scoreSecrets(rows: SecretRow[], detect: (text: string) => boolean): SecretScores {
  const judged = rows.map((r) => ({ row: r, positive: r.label === "secret", predicted: detect(r.text) }));
  const perRule = new Map<string, { secrets: number; found: number; fp: number }>();
  for (const j of judged) {
    const p = perRule.get(j.row.rule) ?? { secrets: 0, found: 0, fp: 0 };
    perRule.set(j.row.rule, p);
    if (j.positive) {
      p.secrets++;
      if (j.predicted) p.found++;
    } else if (j.predicted) p.fp++;
  }
  return {
    all: lineScore("all rows", judged),
    clean: lineScore(
      "without disputed/placeholder",
      judged.filter((j) => j.row.disputed !== true && j.row.placeholder !== true),
    ),
    perRule: [...perRule.entries()]
      .sort()
      .map(([rule, p]) => ({ rule, secrets: p.secrets, found: p.found, recall: p.secrets === 0 ? 1 : p.found / p.secrets, falsePositives: p.fp })),
    misses: judged.filter((j) => j.positive && !j.predicted).map((j) => j.row.id),
    falseAlarms: judged.filter((j) => !j.positive && j.predicted).map((j) => j.row.id),
  };
}

export interface InjectionScores {
  overall: LineScore;
  fpRate: number;
  benign: number;
  byFamily: Array<{ family: string; rows: number; found: number; recall: number }>;
  byPosition: Array<{ position: string; rows: number; found: number; recall: number }>;
  misses: string[];
  falseAlarms: string[];
}

/** Scores injection per line, with recall by family prefix and position. */
export function scoreInjection(rows: InjectionRow[], detect: (text: string) => boolean): InjectionScores {
  const judged = rows.map((r) => ({ row: r, positive: r.label === "injection", predicted: detect(r.text) }));
  const group = (key: (r: InjectionRow) => string): Array<{ key: string; rows: number; found: number; recall: number }> => {
    const m = new Map<string, { rows: number; found: number }>();
    for (const j of judged) {
      if (!j.positive) continue;
      const k = key(j.row);
      const g = m.get(k) ?? { rows: 0, found: 0 };
      m.set(k, g);
      g.rows++;
      if (j.predicted) g.found++;
    }
    return [...m.entries()].sort().map(([k, g]) => ({ key: k, rows: g.rows, found: g.found, recall: g.found / g.rows }));
  };
  const benign = judged.filter((j) => !j.positive);
  return {
    overall: lineScore("injection", judged),
    fpRate: benign.filter((j) => j.predicted).length / benign.length,
    benign: benign.length,
    byFamily: group((r) => (r.family ?? "").split(":")[0] ?? "").map((g) => ({ family: g.key, rows: g.rows, found: g.found, recall: g.recall })),
    byPosition: group((r) => r.position ?? "").map((g) => ({ position: g.key, rows: g.rows, found: g.found, recall: g.recall })),
    misses: judged.filter((j) => j.positive && !j.predicted).map((j) => j.row.id),
    falseAlarms: benign.filter((j) => j.predicted).map((j) => j.row.id),
  };
}

/** Converts a UTF-16 offset in `text` to a code-point offset (Python's string index). */
export function toCodePoints(text: string, utf16: number): number {
  let cp = 0;
  for (let i = 0; i < utf16 && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
      const h = text.charCodeAt(i - 1);
      if (h >= 0xd800 && h <= 0xdbff) continue;
    }
    cp++;
  }
  return cp;
}
