/**
 * `governedCall` itself, on the points the wrappers and the gateway share: per-RPC deadlines
 * (and no abort signal on the outcome record), a call the caller abandons after it went out
 * is still recorded, a blocked response is always an isError result and is reported through
 * `onGuarded`, and with a recorder the outcome goes out after the reply. Real embedded
 * sidecar; `send` stands in for the downstream.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CallOptions, GovernanceClient } from "@portcullis/sdk";
import { governedCall, OutcomeRecorder, type GuardedResponse, type McpToolResult } from "@portcullis/sdk/mcp";
import { INJECTED_PAGE, startTestSidecar, type TestSidecar } from "./jira-fixture.js";

let sidecar: TestSidecar;
beforeAll(async () => {
  sidecar = await startTestSidecar();
});
afterAll(async () => {
  await sidecar?.close();
});

/** The real client, keeping each RPC's options. */
function watched(): { governance: GovernanceClient; options: Map<string, CallOptions | undefined> } {
  const options = new Map<string, CallOptions | undefined>();
  const governance = new Proxy(sidecar.governance, {
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
  it("gives each RPC its own deadline, and the outcome record no abort signal", async () => {
    const { governance, options } = watched();
    const signal = new AbortController().signal;
    const target = { governance, server: "jira", token: "support-token", timeoutMs: 3000, timeouts: { scanResponse: 9000 } };
    const result = await governedCall(target, { tool: "search_issues", arguments: { q: "x" }, signal }, async () => ok);
    expect(result.isError).toBeFalsy();
    expect(options.get("authorize")).toMatchObject({ timeoutMs: 3000, signal });
    expect(options.get("scanResponse")).toMatchObject({ timeoutMs: 9000, signal });
    expect(options.get("recordAudit")?.timeoutMs).toBe(3000);
    expect(options.get("recordAudit")?.signal).toBeUndefined();
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

  it("returns a blocked response as an isError result, tells onGuarded, and with a recorder records after the reply", async () => {
    const guarded: GuardedResponse[] = [];
    const recorder = new OutcomeRecorder();
    const target = { governance: sidecar.governance, server: "jira", token: "support-token", recorder, onGuarded: (g: GuardedResponse) => guarded.push(g) };
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
