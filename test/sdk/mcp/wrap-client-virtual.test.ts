/**
 * wrapClient on a virtual server that exposes a real tool under another name (`as:`): the
 * list a client reads is the real server's (real names), but the caller may call the tool by
 * either name, and a policy that admits only read-only tools must see the real tool's
 * annotations whichever name it came by. A real v1 McpServer in memory, a real embedded
 * sidecar; only calls here (the tools/list of a virtual server is not under test).
 */
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { JSONRPCMessage } from "@modelcontextprotocol/sdk/types.js";
import { DECISION_META_KEY, wrapClient, type McpToolResult } from "@portcullis/sdk/mcp";
import { hashToken } from "@portcullis/sidecar";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as z from "zod";
import { startTestSidecar, type TestSidecar } from "./jira-fixture.js";

const POLICY = [
  "version: 1",
  "subjects:",
  `  - { id: agent:support-bot, roles: [support], tokenSha256: ${hashToken("support-token")} }`,
  "roles:",
  "  support:",
  "    servers:",
  "      billing: { allow: ['*'], annotations: { readOnly: required } }",
  "virtualServers:",
  "  desk:",
  "    roles: [support]",
  "    tools:",
  "      - billing/account",
  "      - { tool: billing/account, as: acct }",
  "      - { tool: billing/refund, as: give_back }",
].join("\n");

let sidecar: TestSidecar;
let client: Client;
/** The tools each call reached on the server, by the name it was called. */
const handled: string[] = [];
/** The server's incoming tools/list requests. */
let lists = 0;

beforeAll(async () => {
  sidecar = await startTestSidecar(POLICY);
  const server = new McpServer({ name: "billing", version: "1.0.0" });
  server.registerTool("account", { inputSchema: { id: z.string() }, annotations: { readOnlyHint: true } }, async ({ id }) => {
    handled.push("account");
    return { content: [{ type: "text" as const, text: `account ${id}` }] };
  });
  server.registerTool("refund", { inputSchema: { id: z.string() }, annotations: { readOnlyHint: false } }, async () => {
    handled.push("refund");
    return { content: [{ type: "text" as const, text: "refunded" }] };
  });
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await server.connect(serverSide);
  const deliver = serverSide.onmessage;
  serverSide.onmessage = (message: JSONRPCMessage, extra) => {
    if ("method" in message && message.method === "tools/list") lists++;
    deliver?.(message, extra);
  };
  client = wrapClient(new Client({ name: "test-host", version: "1.0.0" }), { governance: sidecar.governance, server: "desk", token: "support-token" });
  await client.connect(clientSide);
});
afterAll(async () => {
  await client?.close();
  await sidecar?.close();
});

const decisionOf = (r: unknown) => (r as McpToolResult)._meta?.[DECISION_META_KEY] as { decision: string; reason: string };
const textOf = (r: unknown) => ((r as McpToolResult).content as { text: string }[]).map((c) => c.text).join("\n");

describe("wrapClient on a virtual server with a renamed tool", () => {
  it("decides a read-only tool the same under its real and its exposed name, and reads the list once", async () => {
    const byReal = await client.callTool({ name: "account", arguments: { id: "1" } });
    expect(decisionOf(byReal)).toMatchObject({ decision: "allow" });
    expect(textOf(byReal)).toBe("account 1");

    const byAlias = await client.callTool({ name: "acct", arguments: { id: "2" } });
    expect(decisionOf(byAlias), textOf(byAlias)).toMatchObject({ decision: "allow" });
    expect(textOf(byAlias)).toBe("account 2");
    const listsAfterFirst = lists;

    const again = await client.callTool({ name: "acct", arguments: { id: "3" } });
    expect(textOf(again)).toBe("account 3");
    // The exposed name is known now: no second read of the whole list.
    expect(lists).toBe(listsAfterFirst);
    expect(handled).toEqual(["account", "account", "account"]);
  });

  it("denies a renamed tool that is not read-only, by its own annotations", async () => {
    const before = handled.length;
    const refused = await client.callTool({ name: "give_back", arguments: { id: "1" } });
    expect(refused.isError).toBe(true);
    expect(decisionOf(refused)).toMatchObject({ decision: "deny", reason: "ANNOTATION_CONSTRAINT" });
    expect(handled.length).toBe(before);
  });
});
