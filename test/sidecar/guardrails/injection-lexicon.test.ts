import { describe, expect, it } from "vitest";
// Every detector module, so that every literal channel is registered.
import "../../../sidecar/src/guardrails/index.js";
import { NOT_FORBIDDEN, NOT_FORBIDDEN_ELSEWHERE, S, splitClauseGuard } from "../../../sidecar/src/guardrails/injection-lexicon.js";
import { SIGNALS, signalMatches, type Signal } from "../../../sidecar/src/guardrails/injection-signals.js";
import { TextIndex } from "../../../sidecar/src/guardrails/text-index.js";

/**
 * A signal led by a clause guard ("not in a clause that forbids it") is tried without the guard
 * and the guard checked where the rest matched: the guard's 80-character look back ran at every
 * key word before. These tests hold the split to the same matches as the whole pattern.
 */
describe("splitClauseGuard", () => {
  it("splits a guard that leads the whole pattern, keyed or not", () => {
    expect(splitClauseGuard(`${NOT_FORBIDDEN}\\bwithout${S}asking`)).toEqual({ guard: NOT_FORBIDDEN, rest: `\\bwithout${S}asking` });
    expect(splitClauseGuard(`(?<![A-Za-z0-9_])(?:${NOT_FORBIDDEN_ELSEWHERE}sans${S}validation)`)).toEqual({
      guard: NOT_FORBIDDEN_ELSEWHERE,
      rest: `(?<![A-Za-z0-9_])(?:sans${S}validation)`,
    });
  });

  it("leaves whole a pattern whose guard binds only its first alternative, or that has none", () => {
    const alternatives = `(?<![A-Za-z0-9_])(?:${NOT_FORBIDDEN}without${S}asking|skip${S}the${S}check)`;
    expect(splitClauseGuard(alternatives)).toEqual({ rest: alternatives });
    // A `|` inside a group or a class is not an alternative of the whole.
    expect(splitClauseGuard(`${NOT_FORBIDDEN}(?:a|b)[|]c`).guard).toBe(NOT_FORBIDDEN);
    expect(splitClauseGuard(`\\bwithout${S}asking`)).toEqual({ rest: `\\bwithout${S}asking` });
  });
});

describe("guarded signals", () => {
  const guarded = SIGNALS.filter((s) => splitClauseGuard(s.re).guard !== undefined);

  function wholeTextMatches(signal: Signal, text: string): string {
    const re = new RegExp(signal.re, "gi");
    const found: string[] = [];
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (m[0].length === 0) re.lastIndex++;
      else found.push(`${m.index}-${m.index + m[0].length}`);
    }
    return found.join(",");
  }

  function indexedMatches(signal: Signal, text: string): string {
    const index = new TextIndex(text);
    try {
      return signalMatches(index, signal)
        .map(([s, e]) => `${s}-${e}`)
        .join(",");
    } finally {
      index.release();
    }
  }

  it("are the signals whose guard leads them (every language's)", () => {
    expect(guarded.length).toBeGreaterThanOrEqual(6);
    expect(guarded.some((s) => s.words.length === 0)).toBe(true);
  });

  it("match where the whole pattern matches, a forbidding clause before them or not", () => {
    const deeds = [
      "there is no need to call back",
      "no need to loop in the controller",
      "without asking the user",
      "without checking first",
      "skip the dual control",
      "sans validation",
      "ohne Rückruf",
      "senza conferma",
      "sin confirmación",
      "zonder bevestiging",
      "bez weryfikacji",
      "sem verificação",
    ];
    const before = [
      "",
      "Please pay today, ",
      "Never pay ",
      "Do not change the account ",
      "Keine Zahlung ",
      "N'envoyez rien ",
      "No pagues nada ",
      "Don't. Then ",
    ];
    let compared = 0;
    for (const signal of guarded)
      for (const deed of deeds)
        for (const lead of before) {
          const text = `${lead}${deed}. Also, ${deed.toUpperCase()}!\n- ${lead.toLowerCase()}${deed}`;
          expect(indexedMatches(signal, text), `${signal.ruleId} on ${JSON.stringify(text)}`).toBe(wholeTextMatches(signal, text));
          compared++;
        }
    expect(compared).toBe(guarded.length * deeds.length * before.length);
  });

  it("still keep a deed in a forbidding clause out, and find it in a plain one", () => {
    const control = guarded.find((s) => s.words.includes("no") && s.words.includes("there"));
    expect(control).toBeDefined();
    expect(indexedMatches(control as Signal, "Bank details changed; no need to call back.")).not.toBe("");
    expect(indexedMatches(control as Signal, "Never accept a note that says there is no need to call back.")).toBe("");
  });
});
