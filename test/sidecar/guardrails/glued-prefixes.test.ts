/**
 * A vendor token glued to a word by `-` or `_` (`wf-ghp_…`, `build_xoxb-…`, a CI variable's
 * `ci_AKIA…`) is found: a prefix of four characters or more (three of them letters or digits) is
 * distinctive enough that only a letter or digit before it means it is inside a longer word.
 * A shorter prefix (`s.`, `hf_`, `sk-`) keeps the token characters' boundary, and every token's
 * body still needs its vendor's alphabet, length and check.
 */
import { describe, expect, it } from "vitest";
import { scan } from "../../../sidecar/src/guardrails/index.js";

const rules = (text: string): Array<[string, string]> =>
  scan({ text }, { pii: "off", secrets: "detect", injection: "off", deadlineMs: 30_000 }).findings.map((f) => [f.ruleId, text.slice(f.start, f.end)]);

const GITHUB = "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";
const SLACK = "xoxb-845663486845-8118601989579-lEpE2KuYnXQCeHGOOTNQFTlO";
const STRIPE = "sk_live_Rkr8h2nFRxX9SOzkHNop3STGoCs8x2";
const AWS = "AKIABI2ICYXBWB4D7MRN";
const GITLAB = "glpat-tSzZYMJ7H7v46JLroimB";

describe("vendor tokens glued to a word", () => {
  it("are found after `-` or `_`, the token alone reported", () => {
    for (const [text, rule, token] of [
      [`checkout with wf-${GITHUB} then`, "secret.github-token", GITHUB],
      [`deploy_${GITHUB}`, "secret.github-token", GITHUB],
      [`notify build_${SLACK} done`, "secret.slack-token", SLACK],
      [`charge via prod-${STRIPE}`, "secret.stripe-key", STRIPE],
      [`exported ci_${AWS} to the runner`, "secret.aws-access-key", AWS],
      [`remote x-${GITLAB}`, "secret.gitlab-token", GITLAB],
    ] as const) {
      expect({ text, found: rules(text) }).toEqual({ text, found: [[rule, token]] });
    }
  });

  it("are not found inside a longer word, and a short prefix keeps the token boundary", () => {
    for (const text of [
      `checkout wf${GITHUB}`,
      `a${SLACK}`,
      `M${AWS}`,
      `token${GITLAB}`,
      // `s.` is Vault's prefix and the end of many a word: after `_` it is part of an identifier.
      "session_s.69AF67n8YFVAUp2hQKrGTfNq",
    ]) {
      expect({ text, found: rules(text) }).toEqual({ text, found: [] });
    }
    // The same Vault token standing alone is found.
    expect(rules("token s.69AF67n8YFVAUp2hQKrGTfNq")).toEqual([["secret.vault-token", "s.69AF67n8YFVAUp2hQKrGTfNq"]]);
  });
});
