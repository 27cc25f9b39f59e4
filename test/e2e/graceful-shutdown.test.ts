/**
 * SIGTERM while 100 calls are in flight, against a real `portcullis serve` process: every
 * call either completes with a decision or fails cleanly with Unavailable (no resets,
 * no hangs, no Internal), and the process exits 0. Calls use FilterTools on a 2,000-tool
 * list so that they are still in flight when the signal lands.
 */
import { Code, ConnectError, createGovernanceClient, type GovernanceClientOptions } from "@portcullis/sdk";
import { describe, expect, it } from "vitest";
import { EXAMPLE_POLICY } from "../helpers/paths.js";
import { startSidecarProcess } from "../helpers/sidecar-process.js";

const TOOLS = Array.from({ length: 2000 }, (_, i) => ({
  name: i % 2 === 0 ? `search_issues` : `tool_${i}`,
  description: "x".repeat(20),
  inputSchema: { type: "object", properties: { q: { type: "string" } } },
}));

describe.each<[string, Partial<GovernanceClientOptions>]>([
  ["Connect over h2c", { httpVersion: "2" }],
  ["Connect over HTTP/1.1", { httpVersion: "1.1" }],
  ["gRPC", { protocol: "grpc" }],
])("%s", (_name, transport) => {
  it("drains 100 in-flight calls on SIGTERM and exits 0", async () => {
    const sidecar = await startSidecarProcess(["--policy", EXAMPLE_POLICY, "--log-level", "info"]);
    const sdk = createGovernanceClient({ baseUrl: sidecar.baseUrl!, ...transport });
    const client = sdk.raw;
    await client.ping({});

    const calls = Array.from({ length: 100 }, () =>
      client.filterTools({ token: "demo-support-token", server: "jira", tools: TOOLS }, { timeoutMs: 20_000 }).then(
        (res) => ({ ok: true as const, visible: res.tools.length }),
        (err: unknown) => ({ ok: false as const, error: ConnectError.from(err) }),
      ),
    );
    // Let the requests reach the sidecar, then signal while they are being served.
    await new Promise((resolve) => setTimeout(resolve, 20));
    const exitCode = sidecar.stop("SIGTERM");
    const results = await Promise.all(calls);

    expect(await exitCode).toBe(0);
    const completed = results.filter((r) => r.ok);
    const failed = results.flatMap((r) => (r.ok ? [] : [r.error]));
    for (const r of completed) expect(r.visible).toBe(1000);
    for (const error of failed) expect(`${Code[error.code]}: ${error.rawMessage}`).toMatch(/^Unavailable: /);
    expect(completed.length + failed.length).toBe(100);
    // The drain really happened with calls in flight, and the log says so.
    const draining = await sidecar.waitForLog((l) => l.msg === "draining");
    expect(draining.inFlight).toBeGreaterThan(0);
    await sidecar.waitForLog((l) => l.msg === "stopped");
    sdk.close();
  });
});
