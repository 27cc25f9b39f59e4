/**
 * What a failed downstream's words may tell an agent: not where the gateway's downstreams live
 * (a refused connection's address), nor the SDK's error prefix twice. The log keeps the whole
 * text. Checked on the unit and on a real HTTP downstream that is down (a port nothing listens on).
 */
import { once } from "node:events";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { createLogger } from "@portcullis/sidecar";
import { DownstreamError, Downstreams, parseGatewayConfig } from "../../../sidecar/src/gateway/index.js";
import { forAgent } from "../../../sidecar/src/gateway/downstream-text.js";

describe("forAgent", () => {
  it("keeps a network error's code and drops the address it names", () => {
    expect(forAgent("connect ECONNREFUSED 10.0.3.7:8080")).toBe("ECONNREFUSED");
    expect(forAgent("getaddrinfo ENOTFOUND billing.internal.corp")).toBe("ENOTFOUND");
    expect(forAgent("fetch failed: read ECONNRESET; retrying")).toBe("fetch failed: ECONNRESET; retrying");
  });

  it("drops the SDK's MCP error prefix, once or repeated", () => {
    expect(forAgent("MCP error -32000: Connection closed")).toBe("Connection closed");
    expect(forAgent("MCP error -32603: MCP error -32000: Connection closed")).toBe("Connection closed");
  });

  it("leaves other text as it was", () => {
    expect(forAgent("HTTP 502: upstream timed out")).toBe("HTTP 502: upstream timed out");
  });
});

describe("a down HTTP downstream", () => {
  it("is unavailable to the caller without its address", async () => {
    // A port that was just free: nothing listens there.
    const probe = createServer();
    probe.listen(0, "127.0.0.1");
    await once(probe, "listening");
    const port = (probe.address() as AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
    const config = parseGatewayConfig(`policy: p.yaml\nservers:\n  ehttp: { url: "http://127.0.0.1:${port}/mcp" }\n`, "/tmp/gateway.yaml");
    const lines: string[] = [];
    const downstreams = new Downstreams(config.servers, createLogger({ level: "info", destination: { write: (line: string) => void lines.push(line) } }));
    try {
      const err = await downstreams.callTool("ehttp", "echo", {}).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DownstreamError);
      const message = (err as Error).message;
      expect(message).toMatch(/^downstream 'ehttp' is unavailable \(.*ECONNREFUSED.*\)/);
      expect(message).not.toContain("127.0.0.1");
      expect(message).not.toContain(String(port));
      expect(message).not.toContain("MCP error");
      // The operator's log still says where.
      expect(lines.join("\n")).toContain(String(port));
    } finally {
      await downstreams.close();
    }
  });
});
