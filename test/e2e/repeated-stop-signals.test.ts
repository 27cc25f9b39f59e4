/**
 * Repeated stop signals during the drain, against a real `portcullis serve` process. A second
 * SIGTERM or SIGINT used to kill the sidecar by the default action (exit 143/130): the call
 * in flight unanswered, no "stopped", the audit trail left unclosed. Now a repeated signal is
 * logged with the time left and the drain goes on (exit 0); a third SIGINT cuts the drain
 * short — the call still in flight is cut off, exit 4 — and the audit trail still closes.
 *
 * A call is surely in flight: its head is in (the sidecar said 100 Continue), its body is
 * held back until the test sends it. Nothing waits on the clock.
 */
import { createGovernanceClient, Decision } from "@portcullis/sdk";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EXAMPLE_POLICY } from "../helpers/paths.js";
import { connectRequestHead, openSocket } from "../helpers/raw-connections.js";
import { startSidecarProcess, type SidecarProcess } from "../helpers/sidecar-process.js";

const AUTHORIZE = JSON.stringify({ token: "demo-support-token", server: "jira", tool: "search_issues" });

async function sidecarWithHeldCall(dataDir: string) {
  // A drain deadline far beyond the test's own timeout: only the signals decide.
  const sidecar = await startSidecarProcess(["--policy", EXAMPLE_POLICY, "--data-dir", dataDir, "--drain-timeout", "600000"]);
  const client = createGovernanceClient({ baseUrl: sidecar.baseUrl! });
  expect((await client.authorize(JSON.parse(AUTHORIZE))).decision).toBe(Decision.ALLOW);
  client.close();
  const held = await openSocket(sidecar.address);
  held.socket.write(connectRequestHead("Authorize", Buffer.byteLength(AUTHORIZE), true));
  await held.waitFor("100 Continue");
  return { sidecar, held };
}

/** The next start on the same data directory finds the audit trail closed cleanly. */
async function expectCleanAuditTrail(dataDir: string, sidecar: SidecarProcess) {
  expect(sidecar.logs.some((l) => l.msg === "stopped")).toBe(true);
  const head = JSON.parse(await readFile(join(dataDir, "audit", "head.json"), "utf8")) as { closed?: boolean };
  expect(head.closed).toBe(true);
  const again = await startSidecarProcess(["--policy", EXAMPLE_POLICY, "--data-dir", dataDir]);
  await again.waitForLog((l) => l.msg === "audit trail open");
  expect(again.logs.some((l) => l.msg === "audit trail recovered from an unclean stop")).toBe(false);
  expect(await again.stop()).toBe(0);
}

describe("repeated stop signals", () => {
  it("keeps draining on a second SIGTERM and a SIGINT: the call in flight is answered, exit 0, the audit trail closed", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "pcl-resignal-"));
    const { sidecar, held } = await sidecarWithHeldCall(dataDir);
    const exitCode = sidecar.stop("SIGTERM");
    await sidecar.waitForLog((l) => l.msg === "draining");
    sidecar.child.kill("SIGTERM");
    const repeated = await sidecar.waitForLog((l) => l.msg?.startsWith("drain already under way") === true && l.signal === "SIGTERM");
    expect(repeated.deadlineInMs).toBeGreaterThan(0);
    sidecar.child.kill("SIGINT");
    await sidecar.waitForLog((l) => l.msg?.startsWith("drain already under way") === true && l.signal === "SIGINT");

    // The held call still finishes with its decision.
    held.socket.write(AUTHORIZE);
    await held.waitFor('"decision":"DECISION_ALLOW"');
    expect(held.received()).toContain("HTTP/1.1 200 ");
    expect(await exitCode).toBe(0);
    expect(await sidecar.waitForLog((l) => l.msg === "stopped")).toMatchObject({ cutOff: 0 });
    await expectCleanAuditTrail(dataDir, sidecar);
  });

  it("cuts the drain short on a third SIGINT: the call still in flight is cut off, exit 4, the audit trail closed", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "pcl-resignal-"));
    const { sidecar } = await sidecarWithHeldCall(dataDir);
    const exitCode = sidecar.stop("SIGINT");
    await sidecar.waitForLog((l) => l.msg === "draining");
    sidecar.child.kill("SIGINT");
    await sidecar.waitForLog((l) => l.msg?.startsWith("drain already under way") === true);
    sidecar.child.kill("SIGINT");
    await sidecar.waitForLog((l) => l.msg === "third SIGINT: cutting the drain short");
    expect(await exitCode).toBe(4);
    expect(await sidecar.waitForLog((l) => l.msg === "stopped")).toMatchObject({ cutOff: 1 });
    expect(sidecar.logs.some((l) => l.msg === "drain cut short; cut off 1 call(s) still in flight")).toBe(true);
    await expectCleanAuditTrail(dataDir, sidecar);
  });
});
