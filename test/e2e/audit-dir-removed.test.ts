/**
 * A real `portcullis serve` whose audit directory is removed while it runs. Decisions are
 * refused (fail closed) with a message that says the store was removed and how the trail comes
 * back. Left removed, SIGTERM exits 5 (the audit trail did not close cleanly) and the log
 * names the cause; recreated, the trail resumes without a restart in a new segment whose
 * signed header records the gap, SIGTERM exits 0, and `audit verify` fails naming the loss.
 */
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createGovernanceClient, Decision, Reason } from "@portcullis/sdk";
import { hashToken } from "@portcullis/sidecar";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { policyFile } from "../helpers/policy-file.js";
import { startSidecarProcess } from "../helpers/sidecar-process.js";

const TOKEN = "audit-removed-TOKEN-0123456789abcdef";
const POLICY = `version: 1
subjects:
  - { id: agent:support-bot, team: support, roles: [support], tokenSha256: ${hashToken(TOKEN)} }
roles:
  support: { servers: { jira: { allow: [search_issues] } } }
`;

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Authorizes until `until` holds for the answer (the trail changes state in the background). */
async function authorizeUntil(
  client: ReturnType<typeof createGovernanceClient>,
  until: (r: { decision: Decision; reason: Reason; message: string }) => boolean,
) {
  for (;;) {
    const answer = await client.authorize({ token: TOKEN, server: "jira", tool: "search_issues" });
    if (until(answer)) return answer;
    await pause(50);
  }
}

async function readiness(baseUrl: string): Promise<string> {
  const res = await fetch(`${baseUrl}/grpc.health.v1.Health/Check`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ service: "portcullis.v1.GovernanceService" }),
  });
  return ((await res.json()) as { status: string }).status;
}

describe("serve: the audit directory removed while it runs", () => {
  it("left removed: refused with what happened and what to do; SIGTERM exits 5 naming the cause", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "pcl-audit-removed-"));
    const sidecar = await startSidecarProcess(["--policy", await policyFile(POLICY), "--data-dir", dataDir]);
    const client = createGovernanceClient({ baseUrl: sidecar.baseUrl!, timeoutMs: 20_000 });
    try {
      expect((await client.authorize({ token: TOKEN, server: "jira", tool: "search_issues" })).decision).toBe(Decision.ALLOW);
      await rm(join(dataDir, "audit"), { recursive: true });
      const denied = await authorizeUntil(client, (r) => r.decision === Decision.DENY);
      expect(denied.reason).toBe(Reason.AUDIT_UNAVAILABLE);
      expect(denied.message).toContain("removed while the sidecar ran");
      expect(denied.message).toContain(`mkdir -p ${join(dataDir, "audit")}`);
      expect(denied.message).toContain("no restart is needed");
      expect(await readiness(sidecar.baseUrl!)).toBe("NOT_SERVING");
    } finally {
      const code = await sidecar.stop("SIGTERM");
      expect(code).toBe(5);
    }
    const unclean = sidecar.logs.find((l) => l.msg === "audit trail did not close cleanly");
    const err = String(unclean?.err);
    expect(err).toContain("removed while the sidecar ran");
    expect(err).toContain("The next start on");
    expect(err).not.toContain("undefined");
    expect(err).not.toMatch(/\b0 record/);
    expect(sidecar.logs.find((l) => l.msg === "stopped")).toMatchObject({ auditClosed: false });
  });

  it("recreated: the trail resumes without a restart, SIGTERM exits 0, and audit verify reports the gap", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "pcl-audit-removed-"));
    const auditDir = join(dataDir, "audit");
    const sidecar = await startSidecarProcess(["--policy", await policyFile(POLICY), "--data-dir", dataDir]);
    const client = createGovernanceClient({ baseUrl: sidecar.baseUrl!, timeoutMs: 20_000 });
    try {
      expect((await client.authorize({ token: TOKEN, server: "jira", tool: "search_issues" })).decision).toBe(Decision.ALLOW);
      await rm(auditDir, { recursive: true });
      await authorizeUntil(client, (r) => r.decision === Decision.DENY);
      await mkdir(join(auditDir, "segments"), { recursive: true });
      await authorizeUntil(client, (r) => r.decision === Decision.ALLOW);
      const resumed = await sidecar.waitForLog((l) => String(l.msg).startsWith("audit trail recording again in segment"));
      expect(resumed).toMatchObject({ level: "error", removedThrough: 1 });
      expect(await readiness(sidecar.baseUrl!)).toBe("SERVING");
    } finally {
      expect(await sidecar.stop("SIGTERM")).toBe(0);
    }
    const verify = await runCli(["audit", "verify", auditDir]);
    expect(verify.code, verify.stderr).toBe(1);
    expect(verify.stdout + verify.stderr).toMatch(
      /000000000001\.log is missing: the sidecar found it removed while it ran .* and resumed in 000000000002\.log, whose signed header records the gap/,
    );
  });
});
