/**
 * wrapClient over the v2 client package (`@modelcontextprotocol/client`), linked in memory to
 * a real v2 McpServer (`@modelcontextprotocol/server`): the same one-line wrapper filters the
 * list, lets an allowed call through and turns a denial into a readable isError result.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client, InMemoryTransport } from "@modelcontextprotocol/client";
import { McpServer } from "@modelcontextprotocol/server";
import * as z from "zod";
import { wrapClient, type McpToolResult } from "@portcullis/sdk/mcp";
import { startTestSidecar, type TestSidecar } from "./jira-fixture.js";

let sidecar: TestSidecar;
let client: Client;
const handled: string[] = [];

beforeAll(async () => {
  sidecar = await startTestSidecar();
  const server = new McpServer({ name: "jira", version: "2.0.0" });
  const text = (t: string) => ({ content: [{ type: "text" as const, text: t }] });
  server.registerTool("search_issues", { inputSchema: z.object({ q: z.string() }), annotations: { readOnlyHint: true } }, async ({ q }) => {
    handled.push("search_issues");
    return text(`SUP-1 matches ${q}`);
  });
  server.registerTool("delete_issue", { inputSchema: z.object({ key: z.string() }), annotations: { destructiveHint: true } }, async ({ key }) => {
    handled.push("delete_issue");
    return text(`deleted ${key}`);
  });
  server.registerTool("bulk_export", { inputSchema: z.object({}) }, async () => {
    handled.push("bulk_export");
    return text("exported");
  });
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await server.connect(serverSide);
  client = wrapClient(new Client({ name: "test-host", version: "1.0.0" }), { governance: sidecar.governance, server: "jira", token: "reader-token" });
  await client.connect(clientSide);
});
afterAll(async () => {
  await client.close();
  await sidecar.close();
});

const textOf = (r: unknown) => ((r as McpToolResult).content as { text: string }[]).map((c) => c.text).join("\n");

describe("wrapClient (v2 Client)", () => {
  it("lists only the allowed tools", async () => {
    expect((await client.listTools()).tools.map((t) => t.name)).toEqual(["search_issues"]);
  });

  it("passes an allowed call through", async () => {
    const result = await client.callTool({ name: "search_issues", arguments: { q: "printer" } });
    expect(result.isError).toBeFalsy();
    expect(textOf(result)).toBe("SUP-1 matches printer");
  });

  it("returns denied calls as readable isError results without reaching the server", async () => {
    const before = handled.length;
    const denied = await client.callTool({ name: "delete_issue", arguments: { key: "SUP-1" } });
    expect(denied.isError).toBe(true);
    expect(textOf(denied)).toMatch(/^Portcullis denied the call to delete_issue on jira \(NOT_PERMITTED\): /);
    expect(textOf(await client.callTool({ name: "bulk_export", arguments: {} }))).toContain("(NOT_PERMITTED)");
    expect(handled.length).toBe(before);
  });
});
