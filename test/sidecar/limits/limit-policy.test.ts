import { describe, expect, it } from "vitest";
import { formatPolicyError, loadPolicyText } from "@portcullis/sidecar";
import { compile, compileErrors } from "../../helpers/policy.js";

const base = ["version: 1", "roles:", "  support: { servers: { jira: { allow: ['*'] } } }", "limits:"];
const errorsOf = (...lines: string[]) => compileErrors([...base, ...lines].join("\n"), "p.yaml").map(formatPolicyError);

describe("limits in the policy", () => {
  it("compiles every kind with its defaults", () => {
    const policy = compile(
      [
        ...base,
        "  - { name: create-rate, scope: role:support, tools: [jira/create_issue], rate: 60/m, burst: 10 }",
        "  - { scope: team:growth, tokens: 2000000/day, requireEstimate: true }",
        "  - { tools: ['jira/*'], steps: 20, per: [tool], shadow: true }",
        "  - { duplicateWindow: 10m, onStoreFailure: allow }",
        "  - { rate: 100/10s }",
      ].join("\n"),
    );
    expect(policy.limits.map((l) => [l.name, l.kind])).toEqual([
      ["create-rate", "rate"],
      ["limits[1]", "tokens"],
      ["limits[2]", "steps"],
      ["limits[3]", "duplicate"],
      ["limits[4]", "rate"],
    ]);
    expect(policy.limits[0]).toMatchObject({ rate: { count: 60, periodMs: 60_000, burst: 10 }, scope: { kind: "role", value: "support" } });
    expect(policy.limits[1]).toMatchObject({ tokens: { amount: 2_000_000, period: "day" }, scope: { kind: "team", value: "growth" }, failOpen: false });
    expect(policy.limits[2]).toMatchObject({ steps: 20, perTool: true, perSubject: false, shadow: true });
    expect(policy.limits[3]).toMatchObject({ windowMs: 600_000, failOpen: true });
    expect(policy.limits[4]).toMatchObject({ rate: { count: 100, periodMs: 10_000, burst: 100 } });
  });

  it("rejects a negative rate with file:line", () => {
    expect(errorsOf("  - { rate: -5/m }")).toEqual([
      "p.yaml:5:13: limits[0].rate: rate takes COUNT/PERIOD with a positive whole COUNT, e.g. 60/m, 100/10s, 5000/h",
    ]);
  });

  it("rejects an unknown budget period with file:line", () => {
    expect(errorsOf("  - { scope: team:growth, tokens: 1000/fortnight }")).toEqual([
      "p.yaml:5:35: limits[0].tokens: tokens takes AMOUNT/PERIOD with a positive whole AMOUNT and PERIOD hour, day or month, e.g. 2000000/day",
    ]);
  });

  it("rejects malformed durations, scopes and mixed kinds", () => {
    expect(errorsOf("  - { duplicateWindow: soon }")[0]).toContain("limits[0].duplicateWindow: a duration is a positive whole number with a unit");
    expect(errorsOf("  - { scope: group:x, steps: 3 }")[0]).toContain("limits[0].scope: scope is all, subject:<id>, role:<name> or team:<name>");
    expect(errorsOf("  - { rate: 5/m, steps: 3 }")[0]).toContain("has exactly one of rate, tokens, steps, duplicateWindow (this one has rate, steps)");
    expect(errorsOf("  - { steps: 3, burst: 2 }")[0]).toContain("limits[0].burst: burst applies only to a rate limit");
    expect(errorsOf("  - { steps: 0 }")[0]).toContain("limits[0].steps: steps must be at least 1");
    expect(errorsOf("  - { name: x, steps: 1 }", "  - { name: x, steps: 2 }")[0]).toContain("p.yaml:6:");
    expect(errorsOf("  - { scope: role:ghost, steps: 1 }")[0]).toContain("limits[0].scope: unknown role 'ghost'");
    expect(errorsOf("  - { rate: 5/m, burts: 2 }")[0]).toContain("unknown key 'burts'");
  });

  it("makes a token budget say what a call without an estimate reserves", () => {
    // Neither: the policy loads, with a warning, and calls without an estimate are refused.
    const loaded = loadPolicyText([...base, "  - { tokens: 1000/day }"].join("\n"), "p.yaml");
    expect(loaded.ok && loaded.warnings.map(formatPolicyError)).toEqual([
      "p.yaml:5:15: limits[0].tokens: this token budget has no defaultEstimate: calls without estimated_tokens are refused; " +
        "add defaultEstimate (tokens to reserve for such a call) or requireEstimate: true to say that this is intended",
    ]);
    expect(loadPolicyText([...base, "  - { tokens: 1000/day, requireEstimate: true }"].join("\n"), "p.yaml")).toMatchObject({ ok: true, warnings: [] });
    expect(errorsOf("  - { tokens: 1000/day, defaultEstimate: 10, requireEstimate: true }")[0]).toContain(
      "limits[0].requireEstimate: give defaultEstimate or requireEstimate: true, not both",
    );
    expect(errorsOf("  - { tokens: 1000/day, defaultEstimate: { 'jira/*': 0 } }")[0]).toContain("limits[0].defaultEstimate");
    expect(errorsOf("  - { rate: 5/m, defaultEstimate: 10 }")[0]).toContain("limits[0].defaultEstimate: defaultEstimate applies only to a token budget");
    expect(errorsOf("  - { rate: 5/m, sharedWorkflow: true }")[0]).toContain("limits[0].sharedWorkflow: sharedWorkflow applies only to a step cap");
    const policy = compile(
      [...base, "  - { tokens: 1000/day, defaultEstimate: { '*': 5, 'jira/create_*': 50 } }", "  - { steps: 3, sharedWorkflow: true }"].join("\n"),
    );
    expect(policy.limits[0]!.tokens!.defaultEstimates.map((d) => [d.pattern.source, d.tokens])).toEqual([
      ["jira/create_*", 50],
      ["*", 5],
    ]);
    expect(policy.limits[1]).toMatchObject({ sharedWorkflow: true });
    expect(policy.limits[0]).toMatchObject({ sharedWorkflow: false });
  });
});
