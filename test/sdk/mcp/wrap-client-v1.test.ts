/**
 * wrapClient over a real v1 MCP Client (`@modelcontextprotocol/sdk`), linked in memory to a
 * real McpServer with Jira-like tools, governed by a real embedded sidecar: the list is
 * filtered per role, allowed calls go through, denials, a refused duplicate and a blocked or
 * mutated response come back as readable isError/changed results, the audit trail gets each
 * call's outcome, and the caller's trace id reaches the downstream `_meta`.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import { CallToolResultSchema, EmptyResultSchema } from "@modelcontextprotocol/sdk/types.js";
import { createGovernanceClient } from "@portcullis/sdk";
import { DECISION_META_KEY, OutcomeRecorder, traceIdOf, wrapClient, type McpToolResult } from "@portcullis/sdk/mcp";
import type { GovernanceClient } from "@portcullis/sdk";
import { jiraServer, predatingScanRecord, recordingTransport, startTestSidecar, type HandlerCall, type TestSidecar } from "./jira-fixture.js";

let sidecar: TestSidecar;
const calls: HandlerCall[] = [];
const clients: Client[] = [];

/** A wrapped v1 client for `token`, connected to its own Jira server. */
async function connect(token: string, workflowId = "run-1", recorder?: OutcomeRecorder, governance?: GovernanceClient): Promise<Client> {
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await jiraServer(calls).connect(serverSide);
  const client = wrapClient(new Client({ name: "test-host", version: "1.0.0" }), {
    governance: governance ?? sidecar.governance,
    server: "jira",
    token,
    workflowId,
    recorder,
  });
  await client.connect(clientSide);
  clients.push(client);
  return client;
}

/** The handler call that searched for `q`. */
const callWith = (q: string) => calls.find((c) => (c.args as { q?: string }).q === q);
const textOf = (r: unknown) => ((r as McpToolResult).content as { text: string }[]).map((c) => c.text).join("\n");

beforeAll(async () => {
  sidecar = await startTestSidecar();
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await sidecar.close();
});

describe("wrapClient (v1 Client)", () => {
  it("lists only the tools the caller's role may see", async () => {
    const support = await connect("support-token");
    const reader = await connect("reader-token");
    expect((await support.listTools()).tools.map((t) => t.name).sort()).toEqual(["create_issue", "fetch_page", "get_issue", "search_issues"]);
    const readerTools = (await reader.listTools()).tools;
    expect(readerTools.map((t) => t.name).sort()).toEqual(["get_issue", "search_issues"]);
    // The tools come back as the server listed them: schemas and hints intact.
    expect(readerTools.find((t) => t.name === "search_issues")).toMatchObject({
      annotations: { readOnlyHint: true },
      inputSchema: { type: "object", properties: { q: { type: "string" } } },
    });
  });

  it("passes an allowed call through and returns the server's result", async () => {
    const client = await connect("support-token");
    const result = await client.callTool({ name: "search_issues", arguments: { q: "printer" } });
    expect(result.isError).toBeFalsy();
    expect(textOf(result)).toBe('SUP-1: printer on fire (matches "printer")');
    expect(result._meta?.[DECISION_META_KEY]).toMatchObject({ decision: "allow", reason: "ALLOWED" });
  });

  it("returns a denied call as a readable isError result, and the server never sees it", async () => {
    const client = await connect("support-token");
    const before = calls.length;
    const result = await client.callTool({ name: "delete_issue", arguments: { key: "SUP-1" } });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(/^Portcullis denied the call to delete_issue on jira \(EXPLICIT_DENY\): /);
    expect(result._meta?.[DECISION_META_KEY]).toMatchObject({ decision: "deny", reason: "EXPLICIT_DENY" });
    const badArgs = await client.callTool({ name: "create_issue", arguments: { project: "OPS", summary: "x" } });
    expect(badArgs.isError).toBe(true);
    expect(textOf(badArgs)).toContain("(ARGUMENT_CONSTRAINT)");
    expect(textOf(badArgs)).toContain("project");
    const reader = await connect("reader-token");
    expect(textOf(await reader.callTool({ name: "create_issue", arguments: { project: "SUP", summary: "x" } }))).toContain("(NOT_PERMITTED)");
    expect(calls.slice(before).map((c) => c.tool)).toEqual([]);
  });

  it("blocks a response carrying injected instructions, and mutates PII, per the policy's profile", async () => {
    const client = await connect("support-token");
    const page = await client.callTool({ name: "fetch_page", arguments: { url: "https://example.com/notes" } });
    expect(page.isError).toBe(true);
    expect(JSON.stringify(page)).not.toContain("ignore all previous instructions");
    expect(calls.at(-1)?.tool).toBe("fetch_page");
    const issue = await client.callTool({ name: "get_issue", arguments: { key: "SUP-7" } });
    expect(issue.isError).toBeFalsy();
    expect(textOf(issue)).toContain("SUP-7: reported by Jane Roe");
    expect(textOf(issue)).not.toContain("jane.roe@example.com");
    expect(textOf(issue)).toContain("[EMAIL_1]");
  });

  it("refuses a duplicate call in the same workflow, and allows it in another", async () => {
    const client = await connect("support-token", "dup-run");
    const args = { project: "SUP", summary: "Printer on fire" };
    expect((await client.callTool({ name: "create_issue", arguments: args })).isError).toBeFalsy();
    const second = await client.callTool({ name: "create_issue", arguments: args });
    expect(second.isError).toBe(true);
    expect(textOf(second)).toContain("(DUPLICATE_CALL)");
    expect((await client.callTool({ name: "create_issue", arguments: { ...args, summary: "Printer still on fire" } })).isError).toBeFalsy();
  });

  it("records each allowed call's outcome, duration and response size in the audit trail", async () => {
    const recorder = new OutcomeRecorder();
    const client = await connect("support-token", "run-1", recorder);
    const ok = await client.callTool({ name: "search_issues", arguments: { q: "audit" } });
    const blocked = await client.callTool({ name: "fetch_page", arguments: { url: "https://example.com/x" } });
    // The records go out after the results: wait for them.
    await recorder.drain();
    const outcomes = (await sidecar.records()).filter((r) => r.event === "outcome");
    const idOf = (r: unknown) => ((r as McpToolResult)._meta?.[DECISION_META_KEY] as { decisionId?: string } | undefined)?.decisionId;
    expect(idOf(ok)).toMatch(/./);
    expect(idOf(blocked)).toMatch(/./);
    const okRecord = outcomes.find((r) => r.decisionId === idOf(ok));
    expect(okRecord).toMatchObject({ subject: "agent:support-bot", outcome: { status: "SUCCESS" }, attrs: { scan: "ALLOW" } });
    expect(okRecord?.outcome?.responseBytes).toBeGreaterThan(0);
    // A sub-millisecond call rounds to 0 ms, which the record leaves out (proto3: 0 is unset).
    expect(okRecord?.outcome?.durationMs ?? 0).toBeGreaterThanOrEqual(0);
    expect(outcomes.find((r) => r.decisionId === idOf(blocked))).toMatchObject({ outcome: { status: "BLOCKED" }, attrs: { scan: "BLOCK" } });
  });

  it("with a sidecar that predates ScanResponse.record, returns the result before RecordAudit, and close() waits for the record", async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let recorded = 0;
    // The real client, with RecordAudit held until released.
    const governance = new Proxy(predatingScanRecord(sidecar.governance), {
      get(target, prop, receiver) {
        if (prop !== "recordAudit") return Reflect.get(target, prop, receiver);
        return async (...args: Parameters<GovernanceClient["recordAudit"]>) => {
          await held;
          const reply = await target.recordAudit(...args);
          recorded++;
          return reply;
        };
      },
    });
    const client = await connect("support-token", "run-held", undefined, governance);
    // A guard that turns waiting for the held record into a readable failure.
    const waited = new Promise<never>((_resolve, reject) => setTimeout(() => reject(new Error("callTool waited for its outcome record")), 30_000).unref());
    const result = await Promise.race([client.callTool({ name: "search_issues", arguments: { q: "held" } }), waited]);
    expect(result.isError).toBeFalsy();
    expect(recorded).toBe(0);
    let closed = false;
    const closing = client.close().then(() => (closed = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(closed).toBe(false);
    release();
    await closing;
    expect(recorded).toBe(1);
    const decisionId = (result._meta?.[DECISION_META_KEY] as { decisionId?: string } | undefined)?.decisionId;
    const outcome = (await sidecar.records()).find((r) => r.event === "outcome" && r.decisionId === decisionId);
    expect(outcome).toMatchObject({ outcome: { status: "SUCCESS" } });
  });

  it("carries the caller's trace context to every sidecar RPC and into the downstream _meta", async () => {
    const recording = recordingTransport(sidecar.embedded.transport);
    const governance = createGovernanceClient({ transport: recording.transport, timeoutMs: 10_000 });
    const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
    await jiraServer(calls).connect(serverSide);
    const recorder = new OutcomeRecorder();
    const client = wrapClient(new Client({ name: "test-host", version: "1.0.0" }), { governance, server: "jira", token: "support-token", recorder });
    await client.connect(clientSide);
    clients.push(client);
    const traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
    const traced = await client.callTool({ name: "search_issues", arguments: { q: "trace" }, _meta: { traceparent, tracestate: "vendor=1" } });
    expect(traced.isError).toBeFalsy();
    expect(callWith("trace")?.meta).toMatchObject({ traceparent, tracestate: "vendor=1" });
    await recorder.drain();
    const governed = recording.calls.filter((c) => c.method !== "FilterTools");
    // The outcome rides on ScanResponse: no RecordAudit of its own.
    expect(governed.map((c) => c.method)).toEqual(["Authorize", "ScanResponse"]);
    for (const c of governed) expect(c.headers.get("traceparent")).toBe(traceparent);

    // Without one, a fresh trace still joins the decision, the record and the downstream call.
    recording.calls.length = 0;
    await client.callTool({ name: "search_issues", arguments: { q: "no trace" } });
    await recorder.drain();
    const minted = callWith("no trace")?.meta?.traceparent as string;
    expect(minted).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
    expect(traceIdOf(minted)).not.toBe(traceIdOf(traceparent));
    for (const c of recording.calls) expect(c.headers.get("traceparent")).toBe(minted);
  });

  it("fails closed with a readable isError result when the sidecar cannot answer", async () => {
    const gone = await startTestSidecar();
    const governance = createGovernanceClient({ transport: gone.embedded.transport });
    await gone.close();
    const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
    await jiraServer(calls).connect(serverSide);
    const client = wrapClient(new Client({ name: "test-host", version: "1.0.0" }), { governance, server: "jira", token: "support-token" });
    await client.connect(clientSide);
    clients.push(client);
    const before = calls.length;
    const result = await client.callTool({ name: "search_issues", arguments: { q: "x" } });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toContain("(SIDECAR_UNAVAILABLE)");
    expect(calls.length).toBe(before);
    expect((await client.listTools()).tools).toEqual([]);
  });

  it("refuses a raw tools/call through request(), which would skip governance", async () => {
    const client = await connect("support-token");
    await expect(client.request({ method: "tools/call", params: { name: "delete_issue", arguments: { key: "SUP-1" } } }, {} as never)).rejects.toThrow(
      /callTool/,
    );
  });

  it("refuses the streaming forms too: requestStream and experimental.tasks", async () => {
    // requestStream ran a denied tool past the decision, the scan and the record.
    const client = await connect("support-token");
    const before = calls.length;
    const drain = async (stream: AsyncIterable<unknown>) => {
      for await (const _ of stream) {
        // a refused stream throws before its first message
      }
    };
    const call = { method: "tools/call", params: { name: "delete_issue", arguments: { key: "SUP-1" } } };
    const raw = client as unknown as {
      requestStream: (r: unknown, s: unknown) => AsyncIterable<unknown>;
      experimental: { tasks: { callToolStream: (p: unknown) => AsyncIterable<unknown>; requestStream: (r: unknown, s: unknown) => AsyncIterable<unknown> } };
    };
    await expect(drain(raw.requestStream(call, CallToolResultSchema))).rejects.toThrow(/slip past governance/);
    await expect(drain(raw.experimental.tasks.callToolStream(call.params))).rejects.toThrow(/slip past governance/);
    await expect(drain(raw.experimental.tasks.requestStream(call, CallToolResultSchema))).rejects.toThrow(/slip past governance/);
    expect(calls.length).toBe(before);
    // Other requests still stream through.
    const pinged: unknown[] = [];
    for await (const m of raw.requestStream({ method: "ping" }, EmptyResultSchema)) pinged.push(m);
    expect(pinged).toEqual([expect.objectContaining({ type: "result" })]);
  });
});
