/**
 * A decision that cannot be recorded is not made. The engine records every Authorize
 * decision on a real audit log; when the log cannot write (a directory where its next segment
 * must go — a failure even root cannot write through) Authorize answers AUDIT_UNAVAILABLE,
 * charges no limit — also for a call whose record failed after its limits were applied (sync
 * mode) — and decides again once the disk is fixed, without a restart. A policy that says
 * `audit.onUnavailable: allow` keeps deciding and counts the unrecorded decisions.
 */
import { mkdir, rmdir, stat } from "node:fs/promises";
import { Reason } from "@portcullis/sdk";
import { AuditLog, AuditTrail, DecisionEngine, hashToken, Limiter, MemoryStateStore, readRecords, segmentPath } from "@portcullis/sidecar";
import { describe, expect, it } from "vitest";
import { freshAuditDir } from "../../helpers/audit-store.js";
import { openPolicy } from "../../helpers/policy-file.js";

const policyText = (onUnavailable: string) => `version: 1
subjects:
  - { id: agent:support-bot, roles: [support], tokenSha256: ${hashToken("support")} }
roles:
  support: { servers: { jira: { allow: [create_issue] } } }
limits:
  - { name: create-cap, scope: role:support, tools: [jira/create_issue], steps: 3, per: [subject] }
audit: { onUnavailable: ${onUnavailable} }
`;

const call = (n: number) => ({
  token: "support",
  server: "jira",
  tool: "create_issue",
  arguments: { project: "SUP", summary: `ticket ${n}` },
  workflowId: "run-1",
});

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !check(); i++) await new Promise((r) => setTimeout(r, 20));
  expect(check()).toBe(true);
}

describe.each(["async", "sync"] as const)("Authorize with an audit log that cannot write (%s)", (mode) => {
  it("denies with AUDIT_UNAVAILABLE, charges nothing, and recovers without a restart", async () => {
    const dir = await freshAuditDir();
    const log = await AuditLog.open({ dir, mode, segmentMaxBytes: 1024, retryIntervalMs: 20 });
    const engine = new DecisionEngine(await openPolicy(policyText("deny")), new Limiter(new MemoryStateStore()), undefined, new AuditTrail({ log }));
    await mkdir(segmentPath(dir, 2));

    const first = await engine.decide(call(1));
    expect(first.allow).toBe(true);
    await log.flush();
    // Fill segment 1 with dry runs (which charge nothing) until the next write must rotate
    // into the blocked path.
    for (let n = 2; (await stat(segmentPath(dir, 1))).size < 1024; n++) {
      await engine.decide({ ...call(n), dryRun: true });
      await log.flush();
    }
    // Sync: this call's limits are applied, then its record fails — it is denied and its step
    // withdrawn. Async: its record is queued (written once the disk is back), so it stands.
    const atFailure = await engine.decide(call(999));
    if (mode === "sync") expect(atFailure).toMatchObject({ allow: false, reason: Reason.AUDIT_UNAVAILABLE });
    else expect(atFailure.allow).toBe(true);
    await until(() => log.health.state === "unavailable");

    const refused = await engine.decide(call(1000));
    expect(refused).toMatchObject({ allow: false, reason: Reason.AUDIT_UNAVAILABLE, matchedRule: "audit.onUnavailable" });
    expect(refused.message).toMatch(/audit trail cannot record decisions .*EISDIR/);

    await rmdir(segmentPath(dir, 2));
    await until(() => log.health.state === "ready");
    // The cap is 3 steps; refused calls were not charged.
    const allowedAfter = mode === "sync" ? 2 : 1;
    for (let i = 0; i < allowedAfter; i++) expect((await engine.decide(call(1001 + i))).allow).toBe(true);
    const capped = await engine.decide(call(1010));
    expect(capped).toMatchObject({ allow: false, reason: Reason.STEP_CAP });
    await log.close();

    const recorded: string[] = [];
    for await (const e of readRecords(dir)) if (e.record.attrs?.dryRun !== "true") recorded.push(e.record.decision ?? "");
    expect(recorded).toEqual(["allow", "allow", "allow", "deny"]);
    expect(recorded.length).toBe(4);
  });
});

describe("Authorize under audit.onUnavailable: allow", () => {
  it("keeps deciding while the log cannot write, and counts what went unrecorded", async () => {
    const dir = await freshAuditDir();
    const log = await AuditLog.open({ dir, mode: "sync", segmentMaxBytes: 1024, retryIntervalMs: 20 });
    const trail = new AuditTrail({ log });
    const engine = new DecisionEngine(await openPolicy(policyText("allow")), new Limiter(new MemoryStateStore()), undefined, trail);
    await mkdir(segmentPath(dir, 2));
    let n = 0;
    while (log.health.state === "ready" && n < 200) await engine.decide({ ...call(n++), dryRun: true });
    await until(() => log.health.state === "unavailable");
    const decided = await engine.decide(call(5000));
    expect(decided.allow).toBe(true);
    expect(trail.unrecorded).toBeGreaterThan(0);
    await rmdir(segmentPath(dir, 2));
    await log.close();
  });
});
