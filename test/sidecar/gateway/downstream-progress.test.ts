/**
 * A downstream call that asks for progress (Downstreams.callTool with `onProgress`), against a
 * real v1 McpServer over Streamable HTTP: each report reaches the gateway — the last one too,
 * though the server sends it with its answer; a server that reports is given time past its
 * `timeoutMs` (each report restarts it), the same call without progress is cut at the deadline;
 * and a call that reports forever is cancelled at `maxCallMs` — the server is told, and the
 * connection serves the next call.
 */
import { describe, expect, it } from "vitest";
import { createLogger } from "@portcullis/sidecar";
import { DownstreamError, Downstreams, parseGatewayConfig } from "../../../sidecar/src/gateway/index.js";
import type { DownstreamProgress } from "../../../sidecar/src/gateway/progress-relay.js";
import { startHttpMcpServer, type HttpMcpServer } from "../../helpers/http-mcp-server.js";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * `work`: 1.2 s of work, reported every 100 ms when asked for progress; `burst`: three reports
 * sent with the answer; `forever`: reports every 100 ms until cancelled.
 */
async function reportingServer(): Promise<{ crm: HttpMcpServer; cancelled: () => boolean }> {
  const crm = await startHttpMcpServer();
  let cancelled = false;
  crm.mcp.registerTool("work", { annotations: { readOnlyHint: true } }, async (extra) => {
    const token = extra._meta?.progressToken;
    for (let i = 1; i <= 12; i++) {
      await sleep(100);
      if (token !== undefined) await extra.sendNotification({ method: "notifications/progress", params: { progressToken: token, progress: i, total: 12 } });
    }
    return { content: [{ type: "text" as const, text: "worked" }] };
  });
  crm.mcp.registerTool("burst", { annotations: { readOnlyHint: true } }, async (extra) => {
    // Three reports and the answer at once: they reach the gateway in the same read.
    const token = extra._meta?.progressToken ?? 0;
    for (let i = 1; i <= 3; i++) void extra.sendNotification({ method: "notifications/progress", params: { progressToken: token, progress: i, total: 3 } });
    return { content: [{ type: "text" as const, text: "burst" }] };
  });
  crm.mcp.registerTool("forever", { annotations: { readOnlyHint: true } }, async (extra) => {
    const token = extra._meta?.progressToken ?? 0;
    for (let i = 1; !extra.signal.aborted; i++) {
      await sleep(100);
      await extra.sendNotification({ method: "notifications/progress", params: { progressToken: token, progress: i } }).catch(() => undefined);
    }
    cancelled = true;
    return { content: [{ type: "text" as const, text: "stopped" }] };
  });
  return { crm, cancelled: () => cancelled };
}

function downstreamsOf(crm: HttpMcpServer, limits: string): Downstreams {
  return new Downstreams(
    parseGatewayConfig(`policy: p.yaml\nservers:\n  crm: { url: "${crm.url}", ${limits} }\n`, "/tmp/gateway.yaml").servers,
    createLogger({ level: "silent" }),
  );
}

describe("Downstreams with progress", () => {
  it("hands over every report, the one sent with the answer too", async () => {
    const { crm } = await reportingServer();
    const downstreams = downstreamsOf(crm, "timeoutMs: 10000");
    try {
      for (let round = 0; round < 5; round++) {
        const seen: DownstreamProgress[] = [];
        const result = await downstreams.callTool("crm", "burst", {}, undefined, undefined, undefined, (p) => seen.push(p));
        expect(result.content).toEqual([{ type: "text", text: "burst" }]);
        expect(seen.map((p) => p.progress)).toEqual([1, 2, 3]);
      }
    } finally {
      await downstreams.close();
      await crm.close();
    }
  });

  it("restarts a call's deadline at each report: 1.2 s of work passes a 600 ms timeoutMs with progress, fails it without", async () => {
    const { crm } = await reportingServer();
    const downstreams = downstreamsOf(crm, "timeoutMs: 600");
    try {
      const seen: number[] = [];
      const result = await downstreams.callTool("crm", "work", {}, undefined, undefined, undefined, (p) => seen.push(p.progress));
      expect(result.content).toEqual([{ type: "text", text: "worked" }]);
      expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
      const without = await downstreams.callTool("crm", "work", {}).catch((err: unknown) => err);
      expect(without).toBeInstanceOf(DownstreamError);
      expect((without as Error).message).toBe("downstream 'crm' did not answer this call within 600 ms (cancelled; the server answers others)");
    } finally {
      await downstreams.close();
      await crm.close();
    }
  });

  it("cancels a call that reports past maxCallMs, tells the server, and serves the next call on the same connection", async () => {
    const { crm, cancelled } = await reportingServer();
    const downstreams = downstreamsOf(crm, "timeoutMs: 500, maxCallMs: 1000");
    try {
      const started = performance.now();
      const error = await downstreams.callTool("crm", "forever", {}, undefined, undefined, undefined, () => undefined).catch((err: unknown) => err);
      expect(performance.now() - started).toBeGreaterThanOrEqual(990);
      expect(error).toBeInstanceOf(DownstreamError);
      expect((error as DownstreamError).kind).toBe("timeout");
      expect((error as Error).message).toBe("downstream 'crm' did not finish this call within 1000 ms (cancelled; maxCallMs)");
      await expect.poll(cancelled).toBe(true);
      expect(await downstreams.callTool("crm", "search", { q: "after" })).toMatchObject({ content: [{ type: "text", text: "found: after" }] });
    } finally {
      await downstreams.close();
      await crm.close();
    }
  });
});
