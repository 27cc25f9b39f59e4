/**
 * wrapClient and the lists the MCP SDK fetches by itself: a v1 or v2 Client made with
 * `listChanged: { tools: { onChanged } }` re-reads tools/list when the server says it changed
 * and hands the list to `onChanged` — through its own `this.listTools()`, which the wrapper's
 * proxy never sees. Real servers (v1 and v2 McpServer, in memory) add a tool after connecting;
 * the list `onChanged` gets is filtered like `listTools()`'s: the denied tool is not in it.
 */
import { Client as V2Client, InMemoryTransport as V2InMemoryTransport } from "@modelcontextprotocol/client";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { McpServer as V2McpServer } from "@modelcontextprotocol/server";
import { wrapClient } from "@portcullis/sdk/mcp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as z from "zod";
import { startTestSidecar, type TestSidecar } from "./jira-fixture.js";

let sidecar: TestSidecar;
const closers: (() => Promise<void>)[] = [];

beforeAll(async () => {
  sidecar = await startTestSidecar();
});
afterAll(async () => {
  for (const close of closers) await close();
  await sidecar.close();
});

const text = (t: string) => ({ content: [{ type: "text" as const, text: t }] });

/** The names of the first list `onChanged` gets, and a promise of it. */
function changes(): { onChanged: (error: Error | null, tools: { name: string }[] | null) => void; first: Promise<string[]> } {
  let resolve: (names: string[]) => void = () => undefined;
  let reject: (error: Error) => void = () => undefined;
  const first = new Promise<string[]>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return {
    onChanged: (error, tools) => (error ? reject(error) : resolve((tools ?? []).map((t) => t.name).sort())),
    first,
  };
}

describe("wrapClient: the list the SDK refreshes on tools/list_changed", () => {
  it("v1 Client: onChanged gets the filtered list", async () => {
    const server = new McpServer({ name: "jira", version: "1.0.0" }, { capabilities: { tools: { listChanged: true } } });
    server.registerTool("search_issues", { inputSchema: { q: z.string() }, annotations: { readOnlyHint: true } }, async () => text("found"));
    server.registerTool("delete_issue", { inputSchema: { key: z.string() } }, async () => text("deleted"));
    const seen = changes();
    const client = wrapClient(new Client({ name: "test-host", version: "1.0.0" }, { listChanged: { tools: { onChanged: seen.onChanged } } }), {
      governance: sidecar.governance,
      server: "jira",
      token: "support-token",
    });
    const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
    await server.connect(serverSide);
    await client.connect(clientSide);
    closers.push(() => client.close());
    expect((await client.listTools()).tools.map((t) => t.name)).toEqual(["search_issues"]);

    // Registered after connecting: the server sends notifications/tools/list_changed.
    server.registerTool("get_issue", { inputSchema: { key: z.string() }, annotations: { readOnlyHint: true } }, async () => text("issue"));
    expect(await seen.first).toEqual(["get_issue", "search_issues"]);
  });

  it("v2 Client: onChanged gets the filtered list", async () => {
    const server = new V2McpServer({ name: "jira", version: "2.0.0" }, { capabilities: { tools: { listChanged: true } } });
    server.registerTool("search_issues", { inputSchema: z.object({ q: z.string() }), annotations: { readOnlyHint: true } }, async () => text("found"));
    server.registerTool("delete_issue", { inputSchema: z.object({ key: z.string() }) }, async () => text("deleted"));
    const seen = changes();
    const client = wrapClient(new V2Client({ name: "test-host", version: "1.0.0" }, { listChanged: { tools: { onChanged: seen.onChanged } } }), {
      governance: sidecar.governance,
      server: "jira",
      token: "support-token",
    });
    const [clientSide, serverSide] = V2InMemoryTransport.createLinkedPair();
    await server.connect(serverSide);
    await client.connect(clientSide);
    closers.push(() => client.close());
    expect((await client.listTools()).tools.map((t) => t.name)).toEqual(["search_issues"]);

    server.registerTool("get_issue", { inputSchema: z.object({ key: z.string() }), annotations: { readOnlyHint: true } }, async () => text("issue"));
    expect(await seen.first).toEqual(["get_issue", "search_issues"]);
  });
});
