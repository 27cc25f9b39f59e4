#!/usr/bin/env node
/**
 * A stand-in for a team's Jira MCP server (stdio, official v1 SDK), for the gateway demo:
 * the tools the example policy names, answering from memory. Nothing leaves the machine.
 * Unmodified by Portcullis: the gateway governs it from outside.
 */
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";

const issues = new Map([
  ["SUP-1", "Printer on fire in building 2"],
  ["SUP-2", "Login loop after password reset"],
]);
let next = 3;
const text = (t) => ({ content: [{ type: "text", text: t }] });

const server = new McpServer({ name: "jira", version: "1.0.0" });
server.registerTool(
  "search_issues",
  { description: "Searches issues by text.", inputSchema: { query: z.string() }, annotations: { readOnlyHint: true } },
  async ({ query }) => {
    const hits = [...issues].filter(([, summary]) => summary.toLowerCase().includes(query.toLowerCase()));
    return text(hits.length > 0 ? hits.map(([key, summary]) => `${key}: ${summary}`).join("\n") : "no matches");
  },
);
server.registerTool(
  "create_issue",
  {
    description: "Creates an issue.",
    inputSchema: { project: z.string(), summary: z.string() },
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false },
  },
  async ({ project, summary }) => {
    const key = `${project}-${next++}`;
    issues.set(key, summary);
    return text(`created ${key}`);
  },
);
server.registerTool(
  "delete_issue",
  { description: "Deletes an issue.", inputSchema: { key: z.string() }, annotations: { destructiveHint: true } },
  async ({ key }) => text(issues.delete(key) ? `deleted ${key}` : `no issue ${key}`),
);
server.registerTool(
  "bulk_update",
  { description: "Updates every issue matching a query.", inputSchema: { query: z.string(), status: z.string() }, annotations: { destructiveHint: true } },
  async () => text("updated"),
);
await server.connect(new StdioServerTransport());
