/**
 * A committed state operation outside a decision (ScanResponse confirming a workflow's taint)
 * keeps the state store's deadline: against a Redis that stalls, it fails after the deadline
 * instead of holding the caller for as long as Redis hangs (8 s in a review, where the scan's
 * BLOCK verdict then reached the host as a timeout). A store that never answers stands in for
 * the stalled Redis.
 */
import { describe, expect, it } from "vitest";
import { DecisionEngine, Limiter, type StateStore } from "@portcullis/sidecar";
import { openPolicy } from "../../helpers/policy-file.js";
import { taintPolicy } from "../../helpers/taint-policy.js";

/** A store of kind "redis" whose operations never answer. */
function stalledStore(): StateStore {
  const never = () => new Promise<never>(() => undefined);
  return {
    kind: "redis",
    apply: never,
    settle: never,
    cancel: () => undefined,
    availability: { up: true },
    onAvailability: () => () => undefined,
    close: async () => undefined,
  } as unknown as StateStore;
}

describe("Limiter.commit", () => {
  it("fails a committed operation on a stalled store after the state-store deadline", async () => {
    const limiter = new Limiter(stalledStore(), { timeoutMs: 50 });
    const op = { kind: "steps" as const, key: "steps:w", shadow: false, cap: 10, ttlMs: 60_000 };
    await expect(limiter.commit([op])).rejects.toThrow(/50 ms/);
  });

  it("ends ScanResponse's taint confirmation on a stalled store (it waited for as long as the store hung)", { timeout: 20_000 }, async () => {
    const policies = await openPolicy(taintPolicy(["ruleOfTwo: true"]));
    const engine = new DecisionEngine(policies, new Limiter(stalledStore(), { timeoutMs: 50 }));
    const principal = { subject: "research-agent", roles: ["research"] } as never;
    await expect(engine.confirmTaint(policies.current, principal, { decisionId: "d-1", workflowId: "w-1", target: "web/fetch" })).rejects.toThrow(/50 ms/);
  });
});
