/**
 * The audit trail of a real `portcullis serve` process: every governed RPC leaves a record
 * on disk — Authorize (allowed and denied, through a virtual server), FilterTools,
 * ScanResponse (findings as types and counts) and RecordAudit's outcome, joined to its
 * decision by decision_id — and the store verifies after a clean stop. Tokens, secret-named
 * arguments, a secret under an innocent key, a field the policy masks and the text a
 * guardrail matched appear in no file of the data directory, while ordinary arguments do.
 * A shadow policy that would deny jira/create_issue runs beside the enforced one: the record
 * of that call says so, the call is still allowed, and calls both agree on carry no shadow.
 * Admin actions (issuing a token) and an offboarding are recorded too, without the token.
 */
import { readdir, readFile, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createClient } from "@connectrpc/connect";
import { AdminService, CallOutcome, createGovernanceClient, Decision, TokenKind } from "@portcullis/sdk";
import { writeFile } from "node:fs/promises";
import { hashToken, readRecords, verifyAuditDir, type AuditRecordEntry } from "@portcullis/sidecar";
import { describe, expect, it } from "vitest";
import { policyFile } from "../helpers/policy-file.js";
import { startSidecarProcess } from "../helpers/sidecar-process.js";

const TOKEN = "audit-e2e-TOKEN-0123456789abcdef";
const ADMIN_TOKEN = "admin-SECRET-audit-0123456789abcdef-0123";
const asAdmin = { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } };
const GITHUB_TOKEN = `ghp_${"Zx9Yw8Vu7T".repeat(4).slice(0, 36)}`;
const MASKED_FIELD = "masked-field-CANARY-7f3a";
const RESPONSE_SECRET = `ghp_${"Qr5St6Uv7W".repeat(4).slice(0, 36)}`;
const MATCHED_TEXT = `the deploy key is ${RESPONSE_SECRET}, mail ada@example.com`;

const POLICY = `version: 1
subjects:
  - { id: agent:support-bot, team: support, roles: [support], tokenSha256: ${hashToken(TOKEN)} }
roles:
  support: { servers: { jira: { allow: [search_issues, create_issue], deny: [delete_*] } } }
virtualServers:
  desk: { roles: [support], tools: [jira/search_issues] }
audit:
  masks:
    - { tools: ["jira/create_issue"], fields: [customer.note] }
`;

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

describe("the audit trail of a running sidecar", () => {
  it("records every governed RPC with masked arguments, and verifies after a clean stop", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "pcl-audit-e2e-"));
    const shadow = await policyFile(
      POLICY.replace("allow: [search_issues, create_issue], deny: [delete_*]", "allow: [search_issues], deny: [delete_*, create_issue]"),
    );
    const adminFile = join(await mkdtemp(join(tmpdir(), "pcl-audit-admin-")), "admin.token");
    await writeFile(adminFile, ADMIN_TOKEN, { mode: 0o600 });
    const sidecar = await startSidecarProcess([
      ...["--policy", await policyFile(POLICY), "--shadow-policy", shadow, "--data-dir", dataDir],
      ...["--admin-token-file", adminFile, "--log-level", "trace"],
    ]);
    const client = createGovernanceClient({ baseUrl: sidecar.baseUrl!, timeoutMs: 20_000 });
    const admin = createClient(AdminService, client.transport);
    let issuedToken = "";
    let storeId = "";
    try {
      issuedToken = (await admin.issueToken({ subject: "contractor", kind: TokenKind.HUMAN, roles: ["support"] }, asAdmin)).token;
      await admin.offboardSubject({ subject: "contractor", reason: "contract ended" }, asAdmin);
      const allowed = await client.authorize({
        token: TOKEN,
        server: "jira",
        tool: "create_issue",
        workflowId: "run-42",
        arguments: { project: "SUP", summary: `deploy with ${GITHUB_TOKEN}`, api_key: "key-CANARY-1", customer: { note: MASKED_FIELD, id: 7 } },
      });
      expect(allowed.decision).toBe(Decision.ALLOW);
      const denied = await client.authorize({ token: TOKEN, server: "jira", tool: "delete_issue", arguments: { id: "SUP-9" } });
      expect(denied.decision).toBe(Decision.DENY);
      const viaDesk = await client.authorize({ token: TOKEN, server: "desk", tool: "search_issues", arguments: { q: "printer" } });
      expect(viaDesk.decision).toBe(Decision.ALLOW);
      await client.filterTools({ token: TOKEN, server: "jira", tools: [{ name: "search_issues" }, { name: "delete_issue" }] });
      await client.scanResponse({ token: TOKEN, server: "jira", tool: "search_issues", decisionId: viaDesk.decisionId, text: MATCHED_TEXT });
      await client.recordAudit({
        token: TOKEN,
        decisionId: allowed.decisionId,
        outcome: CallOutcome.SUCCESS,
        durationMs: 120,
        responseBytes: 2048,
        attributes: { region: "eu-west-1", authorization: "Bearer attr-CANARY-2" },
      });
      const live = await admin.verifyAudit({}, asAdmin);
      expect(live.ok, live.firstBadRecord).toBe(true);
      storeId = live.storeId;
    } finally {
      client.close();
    }
    expect(await sidecar.stop()).toBe(0);

    const auditDir = join(dataDir, "audit");
    // VerifyAudit answered the store's id, the one its signed head carries.
    expect(storeId).toBe((JSON.parse(await readFile(join(auditDir, "head.json"), "utf8")) as { store: string }).store);
    expect(storeId).toMatch(/^[0-9a-f]{32}$/);
    const records: AuditRecordEntry[] = [];
    for await (const entry of readRecords(auditDir)) records.push(entry);
    const byEvent = (event: string) => records.map((r) => r.record).filter((r) => r.event === event);
    const [create, del, desk] = byEvent("authorize");
    expect(create).toMatchObject({
      decisionId: expect.any(String),
      subject: "agent:support-bot",
      team: "support",
      roles: ["support"],
      agent: { kind: "static" },
      server: "jira",
      tool: "create_issue",
      decision: "allow",
      reason: "ALLOWED",
      rule: "roles.support.servers.jira.allow[1]",
      policyRevision: expect.any(String),
      attrs: { workflowId: "run-42" },
      // The summary holds a GitHub token: named a secret, or masked plainly when the masking
      // scan ran out of its time on a loaded machine (a scan that cannot finish is no evidence
      // the value is clean) — never recorded.
      arguments: { project: "SUP", summary: expect.stringMatching(/^\[masked(?::secret)?\]$/), api_key: "[masked]", customer: { note: "[masked]", id: 7 } },
    });
    expect(del).toMatchObject({
      tool: "delete_issue",
      decision: "deny",
      reason: "EXPLICIT_DENY",
      arguments: { id: "SUP-9" },
      message: expect.stringContaining("delete_"),
    });
    expect(desk).toMatchObject({ server: "desk", virtualServer: "desk", upstreamServer: "jira", tool: "search_issues", decision: "allow" });
    expect(byEvent("filter_tools")).toEqual([expect.objectContaining({ server: "jira", subject: "agent:support-bot", attrs: { visible: "1", hidden: "1" } })]);
    const [scan] = byEvent("scan_response");
    expect(scan).toMatchObject({ decisionId: desk!.decisionId, server: "jira", tool: "search_issues" });
    expect(scan!.findings).toEqual(expect.arrayContaining([{ type: "EMAIL", count: 1 }]));
    expect(scan!.findings!.some((f) => f.type !== "EMAIL")).toBe(true);
    expect(byEvent("outcome")).toEqual([
      expect.objectContaining({
        decisionId: create!.decisionId,
        outcome: { status: "SUCCESS", durationMs: 120, responseBytes: 2048 },
        attrs: { region: "eu-west-1", authorization: "[masked]" },
      }),
    ]);

    expect(byEvent("admin")).toEqual([
      expect.objectContaining({ attrs: expect.objectContaining({ method: "IssueToken", status: "ok", subject: "contractor" }) }),
      expect.objectContaining({ attrs: { method: "VerifyAudit", status: "ok" } }),
    ]);
    expect(byEvent("offboard")).toEqual([
      expect.objectContaining({ subject: "contractor", message: "contract ended", attrs: expect.objectContaining({ source: "admin", tokensRevoked: "1" }) }),
    ]);

    const report = await verifyAuditDir(auditDir);
    expect(report.ok, JSON.stringify(report.problems)).toBe(true);
    expect(report.records).toBe(records.length);

    const everything = [
      ...(await Promise.all((await filesUnder(dataDir)).map((f) => readFile(f, "latin1")))),
      ...sidecar.logs.map((l) => JSON.stringify(l)),
      ...sidecar.stderr,
    ].join("\n");
    expect(everything).toContain("SUP-9");
    expect(issuedToken.length).toBeGreaterThan(20);
    for (const secret of [TOKEN, ADMIN_TOKEN, issuedToken, GITHUB_TOKEN, "key-CANARY-1", MASKED_FIELD, "attr-CANARY-2", RESPONSE_SECRET, "ada@example.com"]) {
      expect(everything.includes(secret), `${secret} leaked`).toBe(false);
    }
  });
});
