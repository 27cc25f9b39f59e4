/**
 * The judge's turn in a scan: after the local detectors, for a profile with `judge:`, the
 * response they did not already block goes to the operator's classifier. An injection
 * verdict becomes an `injection.judge` finding on every string of the response, acted on as
 * the profile acts on injection (block, mutate, detect); a judge that fails blocks the
 * response or lets the local verdict stand, as `judge.onError` says.
 */
import { compileGuardrail, type CompiledGuardrail } from "./config.js";
import { finding, type Finding } from "./finding.js";
import { GuardrailJudge } from "./guardrail-judge.js";
import type { JudgeConfig } from "./judge-config.js";
import { scan, type ScanInput, type ScanOptions, type ScanOutcome } from "./scan.js";
import { resultStrings } from "./tool-result.js";

/**
 * The judges of the loaded profiles, one per distinct `judge:` setting, so that a policy
 * reload that keeps a setting keeps its cache.
 *
 * @example
 * ```ts
 * const judges = new JudgeReview();
 * const outcome = await judges.review(input, guard, scan(input, guard));
 * ```
 */
export class JudgeReview {
  readonly #judges = new Map<string, GuardrailJudge>();
  readonly #onJudgeError: ((why: string, onError: "allow" | "block") => void) | undefined;

  /** `onJudgeError` hears why a judge failed (never the text it was given) and what was done: blocked, or the local verdict let stand. */
  constructor(onJudgeError?: (why: string, onError: "allow" | "block") => void) {
    this.#onJudgeError = onJudgeError;
  }

  /** The judge for a setting (made on first use). */
  judgeFor(config: JudgeConfig): GuardrailJudge {
    const key = JSON.stringify(config);
    let judge = this.#judges.get(key);
    if (!judge) {
      // A handful of settings per policy; a reload that changes them leaves the old ones unused.
      if (this.#judges.size >= 64) this.#judges.clear();
      judge = new GuardrailJudge(config);
      this.#judges.set(key, judge);
    }
    return judge;
  }

  /** The outcome after the judge's turn (the local outcome itself when the judge has nothing to add). */
  async review(input: ScanInput, guard: CompiledGuardrail, local: ScanOutcome, options: ScanOptions = {}): Promise<ScanOutcome> {
    const config = guard.config.judge;
    if (!config || guard.config.injection === "off" || local.action === "block") return local;
    const strings = input.result !== undefined ? resultStrings(input.result) : [{ path: "", text: input.text ?? "" }];
    const text = strings.map((s) => s.text).join("\n\n");
    if (text.trim().length === 0) return local;
    const verdict = await this.judgeFor(config).classify(text);
    if (verdict.kind === "benign") return local;
    if (verdict.kind === "error") {
      // Told, whichever way it goes: a judge that fails silently looks like one that is
      // reached and says "benign" (allow), or like a real detection (block).
      this.#onJudgeError?.(verdict.why, config.onError);
      if (config.onError === "allow") return local;
      // Fail closed: the response is withheld as an injection would be.
      const judged = covering(strings, input, "injection.judge-unavailable", 1);
      return rescan(input, compileGuardrail({ ...guard.config, injection: "block" }), judged, local, options);
    }
    return rescan(input, guard, covering(strings, input, "injection.judge", verdict.score), local, options);
  }
}

/** One finding over the whole of each non-empty string. */
function covering(strings: readonly { path: string; text: string }[], input: ScanInput, ruleId: string, confidence: number): Finding[] {
  return strings
    .filter((s) => s.text.length > 0)
    .map((s) => {
      const f = finding("injection", "INJECTION", ruleId, 0, s.text.length, confidence);
      return input.result !== undefined ? { ...f, path: s.path } : f;
    });
}

function rescan(input: ScanInput, guard: CompiledGuardrail, judged: Finding[], local: ScanOutcome, options: ScanOptions): ScanOutcome {
  const outcome = scan({ ...input, judged }, guard, options);
  return { ...outcome, elapsedMs: outcome.elapsedMs + local.elapsedMs };
}
