/**
 * Compiling in slices: the same compiled policy as compiling at once, with the event loop
 * given back between slices.
 */
import { describe, expect, it } from "vitest";
import { loadPolicyText } from "@portcullis/sidecar";
import { runInSlices } from "../../../sidecar/src/policy/compile-steps.js";
import { compilePolicy, compilePolicySteps } from "../../../sidecar/src/policy/policy-compiler.js";
import { examplePolicyWithBigMap } from "../../helpers/big-policy.js";

describe("runInSlices(compilePolicySteps(…))", () => {
  it("compiles what compilePolicy compiles, letting other work run in between", async () => {
    const loaded = loadPolicyText(await examplePolicyWithBigMap(10_000), "p.yaml");
    if (!loaded.ok) throw new Error("the big example policy is invalid");
    const doc = loaded.policy.document;
    const meta = { revision: "r", source: "p.yaml" };
    let turns = 0;
    let counting = true;
    const count = () => {
      turns++;
      if (counting) setImmediate(count);
    };
    setImmediate(count);
    const sliced = await runInSlices(compilePolicySteps(doc, meta), 1);
    counting = false;
    const whole = compilePolicy(doc, meta);

    expect(turns).toBeGreaterThan(1);
    expect(sliced.errors).toEqual(whole.errors);
    expect(sliced.warnings).toEqual(whole.warnings);
    const rules = (p: typeof whole.policy) => p.roles.get("research")!.exact.get("github")!;
    expect(rules(sliced.policy).args[0]!.constraints.map((c) => c.rule)).toEqual(rules(whole.policy).args[0]!.constraints.map((c) => c.rule));
    expect(rules(sliced.policy).allow.map((a) => a.path)).toEqual(rules(whole.policy).allow.map((a) => a.path));
    expect([...sliced.policy.principalsByTokenHash]).toEqual([...whole.policy.principalsByTokenHash]);
  });
});
