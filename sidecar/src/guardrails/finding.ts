/**
 * What a detector reports. A finding names the kind of content and where it is, never the
 * content itself: findings travel into decisions, audit records and RPC replies, and the
 * matched text must stay inside the scanner (only the mutate step sees it).
 */

/** The three guardrail categories; each has its own action in the configuration. */
export type GuardrailCategory = "pii" | "secrets" | "injection";

/** One detection. Offsets are UTF-16 code units into the scanned string, end exclusive. */
export interface Finding {
  readonly category: GuardrailCategory;
  /** Placeholder-ready type, e.g. `EMAIL`, `CREDIT_CARD`, `SECRET`, `INJECTION`. */
  readonly type: string;
  /** The rule that fired, e.g. `pii.email`, `secret.github-token`, `injection.override`. */
  readonly ruleId: string;
  readonly start: number;
  readonly end: number;
  /** 0..1; findings below the category's `minConfidence` are dropped. */
  readonly confidence: number;
  /** For tool results: JSON pointer of the scanned string, e.g. `/content/0/text`. */
  readonly path?: string;
}

/**
 * Creates a finding (a tiny helper so detectors stay one line per hit).
 *
 * @example
 * ```ts
 * finding("pii", "EMAIL", "pii.email", 3, 20, 0.9);
 * ```
 */
export function finding(category: GuardrailCategory, type: string, ruleId: string, start: number, end: number, confidence: number): Finding {
  return { category, type, ruleId, start, end, confidence };
}

/** Types and counts of findings: what a recorded decision may carry. */
export interface FindingSummary {
  readonly total: number;
  readonly byType: Readonly<Record<string, number>>;
  readonly byRule: Readonly<Record<string, number>>;
}

/**
 * Summarises findings for an audit record: types and counts only, no offsets, no text.
 *
 * @example
 * ```ts
 * summarizeFindings(outcome.findings); // { total: 2, byType: { EMAIL: 2 }, byRule: { "pii.email": 2 } }
 * ```
 */
export function summarizeFindings(findings: readonly Finding[]): FindingSummary {
  const byType: Record<string, number> = {};
  const byRule: Record<string, number> = {};
  for (const f of findings) {
    byType[f.type] = (byType[f.type] ?? 0) + 1;
    byRule[f.ruleId] = (byRule[f.ruleId] ?? 0) + 1;
  }
  return { total: findings.length, byType, byRule };
}
