/**
 * `governedCall` itself, on the points the wrappers and the gateway share: the outcome closes
 * its record in the ScanResponse round trip (no RecordAudit), and a record the sidecar cannot
 * settle is reported, never the agent's problem; per-RPC deadlines (and no abort signal on a
 * RecordAudit, sent to a sidecar that predates `ScanResponse.record`); a call the caller
 * abandons after it went out is still recorded; a blocked response is always an isError
 * result and is reported through `onGuarded`. Real embedded sidecar; `send` stands in for the
 * downstream.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CallOutcome, type CallOptions, type GovernanceClient } from "@portcullis/sdk";
import { governedCall, OutcomeRecorder, type GuardedResponse, type McpToolResult } from "@portcullis/sdk/mcp";
import { INJECTED_PAGE, predatingScanRecord, startTestSidecar, type TestSidecar } from "./jira-fixture.js";

let sidecar: TestSidecar;
beforeAll(async () => {
  sidecar = await startTestSidecar();
});
afterAll(async () => {
  await sidecar?.close();
});

/** The real client, keeping each RPC's options. */
function watched(client = sidecar.governance): { governance: GovernanceClient; options: Map<string, CallOptions | undefined> } {
  const options = new Map<string, CallOptions | undefined>();
  const governance = new Proxy(client, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (!["authorize", "scanResponse", "recordAudit"].includes(prop as string)) return value;
      return (request: unknown, o?: CallOptions) => {
        options.set(prop as string, o);
        return (value as (r: unknown, o?: CallOptions) => Promise<unknown>)(request, o);
      };
    },
  });
  return { governance, options };
}

const ok: McpToolResult = { content: [{ type: "text", text: "SUP-1: printer on fire" }] };

describe("governedCall", () => {
  it("closes the outcome record in the ScanResponse round trip: no RecordAudit, and the record is written when the call returns", async () => {
    const { governance, options } = watched();
    let decisionId = "";
    const target = { governance, server: "jira", token: "support-token" };
    const result = await governedCall(target, { tool: "search_issues", arguments: { q: "x" } }, async (downstream) => {
      decisionId = downstream.decisionId;
      return ok;
    });
    expect(result.isError).toBeFalsy();
    expect([...options.keys()]).toEqual(["authorize", "scanResponse"]);
    const outcome = (await sidecar.records()).find((r) => r.event === "outcome" && r.decisionId === decisionId);
    expect(outcome).toMatchObject({ outcome: { status: "SUCCESS", responseBytes: JSON.stringify(ok).length }, attrs: { scan: "ALLOW" } });
  });

  it("reports an outcome the sidecar cannot settle to onAuditError, and the result stands", async () => {
    const failures: string[] = [];
    const target = {
      governance: sidecar.governance,
      server: "jira",
      token: "support-token",
      onAuditError: (err: unknown) => failures.push((err as Error).message),
    };
    const result = await governedCall(target, { tool: "search_issues", arguments: { q: "x" } }, async ({ decisionId }) => {
      // Settled already (say, by a host that also sends RecordAudit itself): a decision settles once.
      await sidecar.governance.recordAudit({ token: "support-token", decisionId, outcome: CallOutcome.SUCCESS });
      return ok;
    });
    expect(result.isError).toBeFalsy();
    expect(failures).toEqual([expect.stringMatching(/^RecordAudit failed: failed_precondition: decision_id: already settled/)]);
  });

  it("gives each RPC its own deadline, and RecordAudit (to a sidecar that predates ScanResponse.record) no abort signal", async () => {
    const { governance, options } = watched(predatingScanRecord(sidecar.governance));
    const signal = new AbortController().signal;
    const target = { governance, server: "jira", token: "support-token", timeoutMs: 3000, timeouts: { scanResponse: 9000 } };
    const result = await governedCall(target, { tool: "search_issues", arguments: { q: "x" }, signal }, async () => ok);
    expect(result.isError).toBeFalsy();
    expect(options.get("authorize")).toMatchObject({ timeoutMs: 3000, signal });
    expect(options.get("scanResponse")).toMatchObject({ timeoutMs: 9000, signal });
    expect(options.get("recordAudit")?.timeoutMs).toBe(3000);
    expect(options.get("recordAudit")?.signal).toBeUndefined();
  });

  it("withholds an answer too large to scan saying so (size, limit, setting), to the agent and to onGuarded", async () => {
    const guarded: GuardedResponse[] = [];
    const target = { governance: sidecar.governance, server: "jira", token: "support-token", onGuarded: (g: GuardedResponse) => void guarded.push(g) };
    // Over the guardrail's default maxBytes (4 MiB): the sidecar refuses to scan it (ResourceExhausted).
    const huge: McpToolResult = { content: [{ type: "text", text: "x".repeat(4 * 1024 * 1024 + 1024) }] };
    const result = await governedCall(target, { tool: "search_issues", arguments: { q: "x" } }, async () => huge);
    expect(result.isError).toBe(true);
    const text = (result.content as { text: string }[])[0]!.text;
    expect(text).toContain("too large for the governance sidecar to inspect");
    expect(text).toMatch(/tool response is 4,195,328 bytes; the guardrail scans at most 4,194,304 bytes \(guardrails\.maxBytes\)/);
    expect(text).not.toContain("xxxx");
    expect(guarded).toHaveLength(1);
    expect(guarded[0]).toMatchObject({ action: "BLOCK", why: expect.stringContaining("too large to inspect") });
  });

  it("records a call the caller abandons after it went out", async () => {
    const aborted = new AbortController();
    let decisionId = "";
    const call = governedCall(
      { governance: sidecar.governance, server: "jira", token: "support-token" },
      { tool: "search_issues", arguments: { q: "abandoned" }, signal: aborted.signal },
      (downstream) =>
        new Promise((_resolve, reject) => {
          decisionId = downstream.decisionId;
          aborted.signal.addEventListener("abort", () => reject(new Error("the caller went away")));
          aborted.abort();
        }),
    );
    await expect(call).rejects.toThrow("the caller went away");
    const outcome = (await sidecar.records()).find((r) => r.event === "outcome" && r.decisionId === decisionId);
    expect(outcome).toMatchObject({ outcome: { status: "TRANSPORT_ERROR" }, attrs: { cancelled: "true" } });
  });

  it.each([
    ["a current sidecar", () => sidecar.governance],
    ["a sidecar that predates ScanResponse.record, with a recorder (RecordAudit after the reply)", () => predatingScanRecord(sidecar.governance)],
  ])("returns a blocked response as an isError result, tells onGuarded, and records it as BLOCKED: %s", async (_name, client) => {
    const guarded: GuardedResponse[] = [];
    const recorder = new OutcomeRecorder();
    const target = { governance: client(), server: "jira", token: "support-token", recorder, onGuarded: (g: GuardedResponse) => guarded.push(g) };
    const page = { content: [{ type: "text", text: INJECTED_PAGE }] };
    const result = await governedCall(target, { tool: "fetch_page", arguments: { url: "https://example.com" } }, async () => page);
    expect(result.isError).toBe(true);
    expect(JSON.stringify(result)).not.toContain("ignore all previous instructions");
    expect(guarded).toEqual([{ server: "jira", tool: "fetch_page", decisionId: expect.stringMatching(/./), action: "BLOCK" }]);
    await recorder.drain();
    expect(recorder.pending).toBe(0);
    const outcome = (await sidecar.records()).find((r) => r.event === "outcome" && r.decisionId === guarded[0]!.decisionId);
    expect(outcome).toMatchObject({ outcome: { status: "BLOCKED" }, attrs: { scan: "BLOCK" } });
  });
});
