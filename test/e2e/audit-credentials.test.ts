/**
 * The credential trail of a real `portcullis serve` process, read back the way an operator
 * does, with `portcullis audit query --event …`: a token issued, a per-user secret put, the
 * secret released by ResolveCredential, the subject offboarded, and the revoked token's
 * ResolveCredential and FilterTools refused — each leaves a record (`resolve_credential`,
 * `filter_tools`), the store verifies, and no file of the data directory holds the secret or
 * the token.
 */
import { randomBytes } from "node:crypto";
import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createClient } from "@connectrpc/connect";
import { AdminService, CredentialKind, createGovernanceClient, Decision, Reason, TokenKind } from "@portcullis/sdk";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { policyFile } from "../helpers/policy-file.js";
import { subject } from "../helpers/policy.js";
import { startSidecarProcess } from "../helpers/sidecar-process.js";

const ADMIN_TOKEN = "admin-SECRET-audit-cred-0123456789abcdef-01";
const asAdmin = { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } };
const SECRET = "gh-SECRET-CANARY-per-user-3e9a";

type QueriedRecord = { event: string; subject?: string; server?: string; decision?: string; reason?: string; attrs?: Record<string, string> };

async function query(auditDir: string, event: string): Promise<QueriedRecord[]> {
  const run = await runCli(["audit", "query", "--dir", auditDir, "--since", "1d", "--event", event, "--format", "json"]);
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as QueriedRecord[];
}

describe("the credential trail of a running sidecar, through `portcullis audit query`", () => {
  it("records a released secret and a revoked token's refused attempts, without the secret or the token", async () => {
    const dir = await mkdtemp(join(tmpdir(), "pcl-audit-cred-"));
    const dataDir = join(dir, "data");
    await writeFile(join(dir, "vault.key"), randomBytes(32).toString("hex"));
    await writeFile(join(dir, "admin.token"), ADMIN_TOKEN, { mode: 0o600 });
    const file = await policyFile(
      [
        "version: 1",
        "subjects:",
        subject("alice", ["support"], "alice-token"),
        "roles:",
        "  support: { servers: { github: { allow: ['*'] }, jira: { allow: [search_issues] } } }",
        "credentials:",
        "  github: { type: static, perUser: true, apply: { env: { GITHUB_TOKEN: '{token}' } } }",
      ].join("\n"),
    );
    const sidecar = await startSidecarProcess([
      ...["--policy", file, "--data-dir", dataDir, "--vault-key-file", join(dir, "vault.key")],
      ...["--admin-token-file", join(dir, "admin.token"), "--audit-mode", "sync"],
    ]);
    const client = createGovernanceClient({ baseUrl: sidecar.baseUrl!, timeoutMs: 20_000 });
    const admin = createClient(AdminService, client.transport);
    let token = "";
    try {
      token = (await admin.issueToken({ subject: "nia", kind: TokenKind.HUMAN, roles: ["support"] }, asAdmin)).token;
      await admin.putCredential({ server: "github", subject: "nia", kind: CredentialKind.STATIC, secret: SECRET }, asAdmin);
      const released = await client.resolveCredential({ token, server: "github", tool: "x" });
      expect(released).toMatchObject({ decision: Decision.ALLOW, credential: { env: { GITHUB_TOKEN: SECRET } } });
      await admin.offboardSubject({ subject: "nia", reason: "left" }, asAdmin);
      const refused = await client.resolveCredential({ token, server: "github", tool: "x" });
      expect(refused).toMatchObject({ decision: Decision.DENY, reason: Reason.TOKEN_REVOKED });
      await expect(client.filterTools({ token, server: "jira", tools: [{ name: "search_issues" }] })).rejects.toThrow(/revoked/);
    } finally {
      client.close();
    }
    expect(await sidecar.stop()).toBe(0);

    const auditDir = join(dataDir, "audit");
    expect(await query(auditDir, "resolve_credential")).toEqual([
      expect.objectContaining({
        subject: "nia",
        server: "github",
        decision: "allow",
        reason: "ALLOWED",
        attrs: { credential: "static-per-user", credentialSource: "vault" },
      }),
      expect.objectContaining({ server: "github", decision: "deny", reason: "TOKEN_REVOKED" }),
    ]);
    expect(await query(auditDir, "filter_tools")).toEqual([expect.objectContaining({ server: "jira", decision: "deny", reason: "TOKEN_REVOKED" })]);
    const verified = await runCli(["audit", "verify", auditDir]);
    expect(verified.code, verified.stdout + verified.stderr).toBe(0);

    const entries = await readdir(dataDir, { recursive: true, withFileTypes: true });
    const everything = (await Promise.all(entries.filter((e) => e.isFile()).map((e) => readFile(join(e.parentPath, e.name), "latin1")))).join("\n");
    expect(token.length).toBeGreaterThan(20);
    for (const secret of [SECRET, token, ADMIN_TOKEN]) expect(everything.includes(secret), `${secret} leaked`).toBe(false);
  });
});
