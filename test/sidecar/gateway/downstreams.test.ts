/**
 * Downstream failures: a server that cannot be reached gives an error that names the server
 * and never the credential the gateway configured or injected; the next call tries again.
 * The tool list: fetched once per connection, fetched again once the server says it changed.
 */
import { describe, expect, it, vi } from "vitest";
import { createLogger } from "@portcullis/sidecar";
import { DownstreamError, Downstreams, parseGatewayConfig } from "../../../sidecar/src/gateway/index.js";
import { startHttpMcpServer } from "../../helpers/http-mcp-server.js";

const SECRET = "sk-live-configured-0123456789";
const INJECTED = "injected-user-token-9876543210";

describe("Downstreams", () => {
  it("reports an unreachable server without any credential, and retries on the next call", async () => {
    // Port 9 (discard) on loopback: nothing listens there, the connection is refused at once.
    const config = parseGatewayConfig(
      `policy: p.yaml\nservers:\n  crm: { url: "http://127.0.0.1:9/mcp?key=${SECRET}", headers: { authorization: "Bearer ${SECRET}" } }\n`,
      "/tmp/gateway.yaml",
    );
    const lines: string[] = [];
    const logger = createLogger({ level: "debug", destination: { write: (line: string) => void lines.push(line) } });
    const downstreams = new Downstreams(config.servers, logger);
    const credential = { headers: { authorization: `Bearer ${INJECTED}` }, env: {} };
    const errors: unknown[] = [];
    for (let i = 0; i < 2; i++) errors.push(await downstreams.callTool("crm", "search", {}, credential).catch((err: unknown) => err));
    await downstreams.close();
    for (const err of errors) {
      expect(err).toBeInstanceOf(DownstreamError);
      expect((err as Error).message).toMatch(/^downstream 'crm' is unavailable \(.*\); the gateway reconnects on the next call$/);
      expect((err as Error).message).not.toContain(SECRET);
      expect((err as Error).message).not.toContain(INJECTED);
    }
    // Each call tried on its own (a failed connection is not kept), and logged without secrets.
    expect(lines.filter((l) => l.includes("downstream failed"))).toHaveLength(2);
    expect(lines.join("\n")).not.toContain(SECRET);
    expect(lines.join("\n")).not.toContain(INJECTED);
  });

  it("lists a server's tools once per connection, and again after notifications/tools/list_changed", async () => {
    const crm = await startHttpMcpServer();
    const downstreams = new Downstreams(
      parseGatewayConfig(`policy: p.yaml\nservers:\n  crm: { url: "${crm.url}" }\n`, "/tmp/gateway.yaml").servers,
      createLogger({ level: "silent" }),
    );
    try {
      const first = await downstreams.listTools("crm");
      const second = await downstreams.listTools("crm");
      expect(second.map((t) => t.name)).toEqual(["search", "meta"]);
      expect(second).toBe(first);
      expect(crm.lists).toBe(1);
      const generation = downstreams.generation;
      // Registering a tool on a connected McpServer sends notifications/tools/list_changed.
      crm.mcp.registerTool("export", { annotations: { readOnlyHint: false } }, async () => ({ content: [] }));
      await vi.waitFor(() => expect(downstreams.generation).not.toBe(generation), { timeout: 10_000 });
      expect((await downstreams.listTools("crm")).map((t) => t.name)).toEqual(["search", "meta", "export"]);
      expect(crm.lists).toBe(2);
    } finally {
      await downstreams.close();
      await crm.close();
    }
  });
});
