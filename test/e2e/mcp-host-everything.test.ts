/**
 * The MCP host wrapper against a real MCP server from npm: `@modelcontextprotocol/server-everything`
 * spawned once over stdio, reached through a real v1 Client wrapped by `wrapClient` and
 * governed by a real embedded sidecar. Exercised because users meet exactly this: a stock
 * server with many tools, of which a role may see and call only a few. The list is filtered
 * to the allowed tools, echo goes through and answers, a denied tool (get-env, which would
 * hand the agent the server's environment) comes back as a readable isError result.
 */
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { wrapClient, type McpToolResult } from "@portcullis/sdk/mcp";
import { REPO } from "../helpers/paths.js";
import { startTestSidecar, type TestSidecar } from "../sdk/mcp/jira-fixture.js";

const EVERYTHING = join(REPO, "node_modules", "@modelcontextprotocol", "server-everything", "dist", "index.js");

let sidecar: TestSidecar;
let client: Client;

beforeAll(async () => {
  sidecar = await startTestSidecar();
  client = wrapClient(new Client({ name: "e2e-host", version: "1.0.0" }), { governance: sidecar.governance, server: "everything", token: "support-token" });
  await client.connect(new StdioClientTransport({ command: process.execPath, args: [EVERYTHING, "stdio"], stderr: "ignore" }));
});
afterAll(async () => {
  await client?.close();
  await sidecar?.close();
});

const textOf = (r: unknown) => ((r as McpToolResult).content as { type: string; text: string }[]).map((c) => c.text).join("\n");

describe("server-everything over stdio, wrapped", () => {
  it("lists only the tools the policy allows out of everything the server offers", async () => {
    const names = (await client.listTools()).tools.map((t) => t.name).sort();
    expect(names).toEqual(["echo", "get-sum"]);
  });

  it("lets echo through and returns the server's answer", async () => {
    const result = await client.callTool({ name: "echo", arguments: { message: "hello through the gate" } });
    expect(result.isError).toBeFalsy();
    expect(textOf(result)).toContain("hello through the gate");
  });

  it("denies get-env with a readable isError result", async () => {
    const result = await client.callTool({ name: "get-env", arguments: {} });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(/^Portcullis denied the call to get-env on everything \(EXPLICIT_DENY\): /);
    expect(textOf(result)).not.toContain("PATH");
  });
});
