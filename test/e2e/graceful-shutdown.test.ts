/**
 * Shutdown against a real `portcullis serve` process.
 *
 * SIGTERM while 100 calls are in flight: every call either completes with a decision or
 * fails cleanly with Unavailable (no resets, no hangs, no Internal), and the process exits
 * 0. Calls use FilterTools on a 400-tool list so that many are still in flight when the
 * signal lands. Nothing here depends on the machine's speed: the signal follows the first
 * answer (not a sleep), one call is held open (its head is in, its body not yet) so a
 * call is surely in flight, the calls have no client deadline, and the drain deadline is
 * far away. (With a 20 s client deadline and a 10 s drain, a loaded CI machine once
 * failed this test with DeadlineExceeded: the deadline covered the whole batch, client
 * work included.)
 *
 * A host that keeps calling does not hold the drain open: once the calls admitted before
 * the signal are done, the sidecar stops (its new calls were only being refused) and
 * counts none of them as cut off.
 *
 * At the drain deadline: the calls still running are cut off, counted in a log line, and
 * the process exits 4; an HTTP/2 session opened before the signal is answered Unavailable
 * for new calls meanwhile, not refused by a GOAWAY its client may not handle.
 */
import { Code, ConnectError, createGovernanceClient, type GovernanceClientOptions } from "@portcullis/sdk";
import * as http2 from "node:http2";
import { describe, expect, it } from "vitest";
import { EXAMPLE_POLICY } from "../helpers/paths.js";
import { connectRequestHead, h2Request, openSocket } from "../helpers/raw-connections.js";
import { startSidecarProcess } from "../helpers/sidecar-process.js";

const TOOLS = Array.from({ length: 400 }, (_, i) => ({
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
    const sidecar = await startSidecarProcess(["--policy", EXAMPLE_POLICY, "--log-level", "info", "--drain-timeout", "120000"]);
    const sdk = createGovernanceClient({ baseUrl: sidecar.baseUrl!, ...transport });
    const client = sdk.raw;
    await client.ping({});
    // A call surely in flight when the signal lands: the sidecar said 100 Continue.
    const held = await openSocket(sidecar.address);
    held.socket.write(connectRequestHead("Ping", 2, true));
    await held.waitFor("100 Continue");

    let firstAnswer: () => void = () => undefined;
    const answered = new Promise<void>((resolve) => (firstAnswer = resolve));
    const calls = Array.from({ length: 100 }, () =>
      client
        .filterTools({ token: "demo-support-token", server: "jira", tools: TOOLS }, { timeoutMs: 0 })
        .then(
          (res) => ({ ok: true as const, visible: res.tools.length }),
          (err: unknown) => ({ ok: false as const, error: ConnectError.from(err) }),
        )
        .finally(firstAnswer),
    );
    await answered;
    const exitCode = sidecar.stop("SIGTERM");
    const draining = await sidecar.waitForLog((l) => l.msg === "draining");
    // The held call finishes during the drain.
    held.socket.write("{}");
    await held.waitFor("\r\n\r\n{}");
    expect(held.received()).toContain("HTTP/1.1 200 ");
    const results = await Promise.all(calls);

    expect(await exitCode).toBe(0);
    const completed = results.filter((r) => r.ok);
    const failed = results.flatMap((r) => (r.ok ? [] : [r.error]));
    for (const r of completed) expect(r.visible).toBe(200);
    for (const error of failed) expect(`${Code[error.code]}: ${error.rawMessage}`).toMatch(/^Unavailable: /);
    expect(completed.length + failed.length).toBe(100);
    expect(draining.inFlight).toBeGreaterThan(0);
    expect(await sidecar.waitForLog((l) => l.msg === "stopped")).toMatchObject({ cutOff: 0 });
    sdk.close();
  });
});

describe("drain under steady traffic", () => {
  it("stops once the calls it owes are done, though a host keeps calling, and counts none of the new calls as cut off", async () => {
    // A drain deadline far beyond the test's own timeout: only an early stop passes.
    const sidecar = await startSidecarProcess(["--policy", EXAMPLE_POLICY, "--drain-timeout", "600000"]);
    const ping = { ":path": "/portcullis.v1.GovernanceService/Ping", "content-type": "application/json" };
    const session = http2.connect(sidecar.baseUrl!);
    session.on("error", () => undefined);
    expect((await h2Request(session, ping, "{}").result).status).toBe(200);
    let exited = false;
    let answered = 0;
    let firstAnswer!: () => void;
    const calling = new Promise<void>((resolve) => (firstAnswer = resolve));
    const host = (async () => {
      while (!exited && !session.closed && !session.destroyed) {
        const { status } = await h2Request(session, ping, "{}").result;
        if (status !== undefined) answered++;
        firstAnswer();
      }
    })();
    // The host is calling before the drain begins (on a starved machine its first call could
    // otherwise arrive after the sidecar had already gone quiet and closed the session).
    await calling;
    const exitCode = await sidecar.stop("SIGTERM");
    exited = true;
    expect(exitCode).toBe(0);
    expect(await sidecar.waitForLog((l) => l.msg === "stopped")).toMatchObject({ cutOff: 0 });
    expect(answered).toBeGreaterThan(0);
    session.destroy();
    await host;
  });
});

describe("drain deadline", () => {
  it("answers new calls on an HTTP/2 session from before SIGTERM with Unavailable, then cuts off and counts the calls left, and exits 4", async () => {
    const sidecar = await startSidecarProcess(["--policy", EXAMPLE_POLICY, "--drain-timeout", "3000", "--request-timeout", "120000"]);
    const ping = { ":path": "/portcullis.v1.GovernanceService/Ping", "content-type": "application/json" };
    const session = http2.connect(sidecar.baseUrl!);
    session.on("error", () => undefined);
    let goaway = false;
    session.on("goaway", () => (goaway = true));
    expect((await h2Request(session, ping, "{}").result).status).toBe(200);
    // Two calls that never finish: their heads are in, their bodies never come.
    const held = await Promise.all([openSocket(sidecar.address), openSocket(sidecar.address)]);
    for (const raw of held) {
      raw.socket.write(connectRequestHead("Ping", 2, true));
      await raw.waitFor("100 Continue");
    }

    const exitCode = sidecar.stop("SIGTERM");
    await sidecar.waitForLog((l) => l.msg === "draining");
    const during = await h2Request(session, ping, "{}").result;
    expect(goaway).toBe(false);
    expect(during.status).toBe(503);
    expect(JSON.parse(during.body)).toMatchObject({ code: "unavailable" });

    expect(await exitCode).toBe(4);
    expect(await sidecar.waitForLog((l) => typeof l.msg === "string" && l.msg.startsWith("drain deadline passed"))).toMatchObject({
      level: "error",
      cutOff: 2,
    });
    for (const raw of held) await raw.closed;
    session.destroy();
  });
});
