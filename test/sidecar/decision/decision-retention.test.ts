/**
 * What the hot path keeps after its calls are answered (issue #14 item 1). Every Authorize is
 * remembered for a while on purpose — the settlement ledger (RecordAudit) and the decided
 * calls (spotlights, taint), each bounded at 100,000 entries — so the heap grows by a small,
 * fixed amount per decision up to those caps; FilterTools and ScanResponse keep nothing. The
 * figures are heap bytes after full collections, so they do not depend on the machine's speed.
 *
 * Before the decision id was made a flat string, each kept id cost ~520 bytes (a rope of cons
 * strings from `crypto.randomUUID()`) and an Authorize ~770 bytes, then ~350. Since the ledger
 * and the decided calls keep their entries in typed arrays (whose backing stores are outside
 * V8's heap), an Authorize keeps ~37 bytes of heap.
 */
import { createGovernanceClient, Decision, type GovernanceClient } from "@portcullis/sdk";
import { createLogger, newDecisionId, startEmbedded, type EmbeddedSidecar } from "@portcullis/sidecar";
import { setFlagsFromString, getHeapStatistics } from "node:v8";
import { runInNewContext } from "node:vm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXAMPLE_POLICY } from "../../helpers/paths.js";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

/** Heap in use after full collections (twice: the first may leave what finalizers free). */
function heapAfterGc(): number {
  gc();
  gc();
  return getHeapStatistics().used_heap_size;
}

/**
 * Heap bytes still held per call over three windows of `calls` calls of `call`, after a warm-up
 * of as many: `least`, the least of the windows, and `overall`, all three together. What a
 * window leaves behind once (optimized code, inline caches, lazily made tables) lands in
 * whichever window the compiler's work falls in — on a busy machine it reached 48 and 55 bytes a
 * call in one window against 5–20 in the others — while a per-call entry shows in every window:
 * for calls that should keep nothing the least window is the figure. Where every call keeps an
 * entry, a window can also see garbage of an earlier one freed (a grown table's old arrays: one
 * window read −54 bytes a call), so the figure is the three windows' together, where the
 * one-off work is spread over all their calls.
 */
async function retainedPerCall(calls: number, call: () => Promise<unknown>): Promise<{ least: number; overall: number }> {
  for (let i = 0; i < 500 + calls; i++) await call();
  let least = Number.POSITIVE_INFINITY;
  const start = heapAfterGc();
  let before = start;
  for (let window = 0; window < 3; window++) {
    for (let i = 0; i < calls; i++) await call();
    const after = heapAfterGc();
    least = Math.min(least, (after - before) / calls);
    before = after;
  }
  return { least, overall: (before - start) / (3 * calls) };
}

let embedded: EmbeddedSidecar;
let client: GovernanceClient;
beforeAll(async () => {
  embedded = await startEmbedded({ policyFile: EXAMPLE_POLICY, logger: createLogger({ level: "silent" }), watchPolicy: false });
  client = createGovernanceClient({ transport: embedded.transport });
});
afterAll(async () => {
  client.close();
  await embedded.close();
});

const ARGS = JSON.stringify({ project: "SUP", summary: "Customer cannot log in after the password reset", priority: "high" });

describe("memory kept per call", () => {
  it("Authorize keeps under 500 bytes per decision (its ledger and decided-call entries)", async () => {
    const first = await client.authorize({ token: "demo-support-token", server: "jira", tool: "create_issue", argumentsJson: ARGS, workflowId: "w" });
    expect(first.decision).toBe(Decision.ALLOW);
    const { overall: perCall } = await retainedPerCall(10_000, () =>
      client.authorize({ token: "demo-support-token", server: "jira", tool: "create_issue", argumentsJson: ARGS, workflowId: "w" }),
    );
    expect(perCall).toBeGreaterThan(0); // the ledger does keep each decision
    expect(perCall).toBeLessThan(500);
  });

  it("FilterTools and ScanResponse keep nothing per call", async () => {
    const tools = ["search_issues", "create_issue", "delete_issue", "get_issue"].map((name) => ({ name, description: `${name} in Jira` }));
    const { least: filter } = await retainedPerCall(10_000, () => client.filterTools({ token: "demo-support-token", server: "jira", tools }));
    const { least: scan } = await retainedPerCall(10_000, () =>
      client.scanResponse({ token: "demo-research-token", server: "web", tool: "fetch", text: "Contact jane@example.com about the outage report." }),
    );
    // A few bytes per call of noise (compiled code, inline caches) at most; no per-call entries.
    expect(filter).toBeLessThan(40);
    expect(scan).toBeLessThan(40);
  });
});

describe("newDecisionId", () => {
  it("makes version 4 UUIDs, all different", () => {
    const ids = Array.from({ length: 5_000 }, () => newDecisionId());
    for (const id of ids.slice(0, 600)) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("keeps each id in under 100 bytes of heap (crypto.randomUUID's take ~500)", () => {
    const kept = new Array<string>(20_000);
    const before = heapAfterGc();
    for (let i = 0; i < kept.length; i++) kept[i] = newDecisionId();
    const perId = (heapAfterGc() - before) / kept.length;
    expect(kept[kept.length - 1]).toHaveLength(36);
    expect(perId).toBeLessThan(100);
  });
});
