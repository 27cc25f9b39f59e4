/**
 * The SDK against an in-process sidecar on loopback and on a Unix socket: typed results,
 * typed errors, per-call timeouts, and fail-closed behaviour when the sidecar is gone.
 */
import { createServer } from "node:net";
import { mkdtemp, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Code, createGovernanceClient, Decision, GovernanceError, Reason, ScanAction } from "@portcullis/sdk";
import { createLogger, startSidecar, type Sidecar } from "@portcullis/sidecar";
import { JIRA_TOOLS } from "../helpers/jira-tools.js";
import { EXAMPLE_POLICY } from "../helpers/paths.js";

const logger = createLogger({ level: "silent" });
let tcp: Sidecar;
let unix: Sidecar;
let socketPath: string;

beforeAll(async () => {
  tcp = await startSidecar({ policyFile: EXAMPLE_POLICY, listen: { host: "127.0.0.1", port: 0 }, logger, watchPolicy: false });
  socketPath = join(await mkdtemp(join(tmpdir(), "pcl-sock-")), "portcullis.sock");
  unix = await startSidecar({ policyFile: EXAMPLE_POLICY, listen: { socketPath }, logger, watchPolicy: false });
});
afterAll(async () => {
  await tcp.close();
  await unix.close();
});

describe("createGovernanceClient", () => {
  it.each([
    ["connect over h2c", { httpVersion: "2" as const }],
    ["connect over HTTP/1.1", { httpVersion: "1.1" as const }],
    ["gRPC", { protocol: "grpc" as const }],
  ])("authorizes over TCP with %s", async (_name, options) => {
    const client = createGovernanceClient({ baseUrl: tcp.baseUrl!, ...options });
    const d = await client.authorize({ token: "demo-support-token", server: "jira", tool: "create_issue", arguments: { project: "HELP", summary: "x" } });
    expect(d).toMatchObject({ decision: Decision.ALLOW, reason: Reason.ALLOWED, subject: "agent:support-bot", roles: ["support"] });
    const denied = await client.authorize({ token: "demo-support-token", server: "jira", tool: "create_issue", arguments: { project: "OPS", summary: "x" } });
    expect(denied).toMatchObject({ decision: Decision.DENY, reason: Reason.ARGUMENT_CONSTRAINT });
    client.close();
  });

  it.each(["2", "1.1"] as const)("works over a Unix socket (HTTP/%s) created with mode 0600", async (httpVersion) => {
    expect((await stat(socketPath)).mode & 0o777).toBe(0o600);
    const client = createGovernanceClient({ socketPath, httpVersion });
    const out = await client.filterTools({ token: "demo-support-token", server: "jira", tools: JIRA_TOOLS });
    expect(out.tools.map((t) => t.name)).toEqual(["search_issues", "create_issue"]);
    expect(out.hiddenCount).toBe(8);
    client.close();
  });

  it("returns FilterTools tools unchanged, schemas and annotations included", async () => {
    const client = createGovernanceClient({ baseUrl: tcp.baseUrl! });
    const input = [
      {
        name: "search_issues",
        description: "d",
        inputSchema: { type: "object", properties: { q: { type: "string", maxLength: 5 } }, required: ["q"] },
        annotations: { readOnlyHint: true },
        meta: { "x-owner": "team-a" },
      },
    ];
    const out = await client.filterTools({ token: "demo-support-token", server: "jira", tools: input });
    expect(out.tools[0]).toMatchObject(input[0]!);
    client.close();
  });

  it("throws typed errors from ResolveCredential, never a fake success", async () => {
    const client = createGovernanceClient({ baseUrl: tcp.baseUrl! });
    const error = await client.resolveCredential({ token: "demo-support-token", server: "jira" }).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(GovernanceError);
    expect(error).toMatchObject({ code: Code.InvalidArgument, unavailable: false, rpc: "ResolveCredential" });
    expect((error as Error).message).toContain("tool: required");
    client.close();
  });

  it("settles through RecordAudit and refuses another subject's decision", async () => {
    const client = createGovernanceClient({ baseUrl: tcp.baseUrl! });
    const d = await client.authorize({ token: "demo-support-token", server: "jira", tool: "search_issues", estimatedTokens: 10 });
    expect(await client.recordAudit({ token: "demo-support-token", decisionId: d.decisionId, tokensUsed: 7 })).toMatchObject({ recordId: d.decisionId });
    await expect(client.recordAudit({ token: "nope", decisionId: d.decisionId })).rejects.toMatchObject({ code: Code.Unauthenticated });
    await expect(client.recordAudit({ token: "demo-support-token", decisionId: "" })).rejects.toMatchObject({ code: Code.InvalidArgument });
    client.close();
  });

  it("refuses arguments that cannot be sent as JSON with a TypeError naming them, not a stack overflow", async () => {
    const client = createGovernanceClient({ baseUrl: tcp.baseUrl! });
    let deep: unknown = "leaf";
    for (let i = 0; i < 200_000; i++) deep = { a: deep };
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    for (const args of [deep, cyclic]) {
      await expect(
        client.authorize({ token: "demo-support-token", server: "jira", tool: "search_issues", arguments: args as Record<string, unknown> }),
      ).rejects.toThrow(/^authorize: arguments cannot be sent as JSON/);
    }
    client.close();
  });

  it("rejects ambiguous options", () => {
    expect(() => createGovernanceClient({})).toThrow(/exactly one of baseUrl, socketPath and transport/);
    expect(() => createGovernanceClient({ baseUrl: "http://x", socketPath: "/tmp/x" })).toThrow(/exactly one/);
  });
});

describe("fail closed", () => {
  async function deadAddress(): Promise<string> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as { port: number };
    await new Promise<void>((resolve) => server.close(() => resolve()));
    return `http://127.0.0.1:${port}`;
  }

  it("denies with SIDECAR_UNAVAILABLE and hides every tool when nothing listens", async () => {
    const client = createGovernanceClient({ baseUrl: await deadAddress(), timeoutMs: 500 });
    const d = await client.authorize({ token: "demo-support-token", server: "jira", tool: "search_issues" });
    expect(d).toMatchObject({ decision: Decision.DENY, reason: Reason.SIDECAR_UNAVAILABLE });
    expect(d.message).toContain("fail closed");
    const out = await client.filterTools({ token: "demo-support-token", server: "jira", tools: JIRA_TOOLS });
    expect(out).toMatchObject({ tools: [], hiddenCount: 10 });
    await expect(client.ping()).rejects.toMatchObject({ unavailable: true, code: Code.Unavailable });
    const scanned = await client.scanResponse({ token: "t", server: "web", tool: "fetch", resultJson: '{"content":[{"type":"text","text":"secret stuff"}]}' });
    expect(scanned.action).toBe(ScanAction.BLOCK);
    expect(JSON.parse(scanned.resultJson)).toMatchObject({ isError: true, content: [{ type: "text" }] });
    expect(scanned.resultJson).not.toContain("secret stuff");
    client.close();
  });

  it("allows, visibly, only when failOpen is chosen", async () => {
    const client = createGovernanceClient({ baseUrl: await deadAddress(), timeoutMs: 500, failOpen: true });
    const d = await client.authorize({ token: "t", server: "jira", tool: "search_issues" });
    expect(d).toMatchObject({ decision: Decision.ALLOW, reason: Reason.SIDECAR_UNAVAILABLE });
    const out = await client.filterTools({ token: "t", server: "jira", tools: JIRA_TOOLS });
    expect(out.tools).toHaveLength(10);
    expect((await client.scanResponse({ token: "t", server: "web", tool: "fetch", text: "x" })).action).toBe(ScanAction.ALLOW);
    client.close();
  });

  it("denies when the sidecar does not answer within the call's deadline", async () => {
    // A TCP server that accepts and never answers: a hung sidecar.
    const hung = createServer(() => undefined);
    await new Promise<void>((resolve) => hung.listen(0, "127.0.0.1", resolve));
    const { port } = hung.address() as { port: number };
    const client = createGovernanceClient({ baseUrl: `http://127.0.0.1:${port}`, httpVersion: "1.1" });
    const d = await client.authorize({ token: "t", server: "jira", tool: "x" }, { timeoutMs: 200 });
    expect(d).toMatchObject({ decision: Decision.DENY, reason: Reason.SIDECAR_UNAVAILABLE });
    expect(d.message).toMatch(/deadline|timed out|timeout/i);
    client.close();
    hung.close();
  });

  it("still throws for the caller's own mistakes instead of hiding them as a deny", async () => {
    const client = createGovernanceClient({ baseUrl: tcp.baseUrl! });
    await expect(client.authorize({ token: "t", server: "", tool: "x" })).rejects.toMatchObject({ code: Code.InvalidArgument });
    await expect(client.authorize({ token: "t", server: "s", tool: "x", arguments: {}, argumentsJson: "{}" })).rejects.toThrow(
      /either arguments or argumentsJson/,
    );
    client.close();
  });
});
