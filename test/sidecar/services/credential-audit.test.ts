/**
 * The RPC that releases secrets leaves a record of each answer. Through a real sidecar with
 * the vault and a sync audit trail: ResolveCredential writes a `resolve_credential` record
 * when it releases a credential (the kind the server takes and where it came from: a shared or
 * per-user vault secret, a client-credentials token requested then cached, a connected user's
 * token) and when it refuses (not permitted, CREDENTIAL_REQUIRED with a connect link, a revoked
 * token); a FilterTools refused for a revoked or unknown token is recorded as a refused
 * Authorize is; connecting an account through the browser flow writes `connect_account`. No
 * record — no file of the audit directory — holds a secret, a token or a connect link.
 *
 * A credential whose record cannot be written is not released (REASON_AUDIT_UNAVAILABLE):
 * while the trail refuses records, and when its record fails after it was produced; under
 * `audit.onUnavailable: allow` it is released and the gap counted.
 */
import { ConnectError } from "@connectrpc/connect";
import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { Code, CredentialKind, Decision, Reason, TokenKind } from "@portcullis/sdk";
import { AuditUnavailableError, readRecords, type AuditRecord } from "@portcullis/sidecar";
import { followConnectLink } from "../../helpers/connect-link.js";
import { asAdmin, startCredentialSidecar, type CredentialSidecar } from "../../helpers/credential-sidecar.js";
import { issueDistinctTokens, startOAuthServer, type IssuedTokens, type OAuthServer } from "../../helpers/oauth-server.js";
import { subject } from "../../helpers/policy.js";

const SHARED_CANARY = "canary-SECRET-search-shared-91c2";
const GITHUB_CANARY = "canary-SECRET-github-per-user-5d7e";
const CC_SECRET = "canary-SECRET-client-secret-2b8f";

const policy = (oauthUrl: string, onUnavailable = "deny") =>
  [
    "version: 1",
    "subjects:",
    subject("alice", ["support"], "alice-token"),
    subject("bob", ["viewer"], "bob-token"),
    "roles:",
    "  support:",
    "    servers:",
    "      search: { allow: ['*'] }",
    "      github: { allow: ['*'] }",
    "      plain: { allow: ['*'] }",
    "      jira: { allow: ['*'] }",
    "      reports: { allow: ['*'] }",
    "  viewer:",
    "    servers:",
    "      plain: { allow: ['*'] }",
    "credentials:",
    "  search: { type: static, apply: { headers: { x-api-key: '{token}' } } }",
    "  github: { type: static, perUser: true, apply: { env: { GITHUB_TOKEN: '{token}' } } }",
    `  jira: { type: oauth2-user, authorizeUrl: '${oauthUrl}/authorize', tokenUrl: '${oauthUrl}/token', clientId: jira-app, scopes: [read, offline_access] }`,
    `  reports: { type: oauth2-client-credentials, tokenUrl: '${oauthUrl}/token', clientId: reports-app, clientSecret: env:PCL_TEST_AUDIT_CC_SECRET }`,
    `audit: { onUnavailable: ${onUnavailable} }`,
  ].join("\n");

/** Every record in `dir`, in order (the trail is sync: each answer's record is on disk). */
async function recordsIn(dir: string): Promise<AuditRecord[]> {
  const out: AuditRecord[] = [];
  for await (const entry of readRecords(dir)) out.push(entry.record);
  return out;
}

/** The text of every file under `dir`. */
async function everyFile(dir: string): Promise<string> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  return (await Promise.all(files.map((f) => readFile(f, "latin1")))).join("\n");
}

const failure = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error("expected the call to fail");
    },
    (err: unknown) => ConnectError.from(err),
  );

let oauth: OAuthServer;
let issued: IssuedTokens[];

beforeAll(async () => {
  process.env.PCL_TEST_AUDIT_CC_SECRET = CC_SECRET;
  oauth = await startOAuthServer();
  issued = issueDistinctTokens(oauth);
});
afterAll(async () => {
  await oauth?.stop();
});

describe("the audit records of credentials", () => {
  let s: CredentialSidecar;
  let auditDir: string;
  beforeAll(async () => {
    auditDir = join(await mkdtemp(join(tmpdir(), "pcl-cred-audit-")), "audit");
    s = await startCredentialSidecar(policy(oauth.url), { audit: { dir: auditDir, mode: "sync", index: "on-query" } });
  });
  afterAll(() => s?.close());

  it("records every ResolveCredential, released or refused, and refused FilterTools and connect flows, without a secret, token or link", async () => {
    await s.admin.putCredential({ server: "search", kind: CredentialKind.STATIC, secret: SHARED_CANARY }, asAdmin);
    const pat = (await s.admin.issueToken({ subject: "nia", kind: TokenKind.HUMAN, roles: ["support"] }, asAdmin)).token;
    await s.admin.putCredential({ server: "github", subject: "nia", kind: CredentialKind.STATIC, secret: GITHUB_CANARY }, asAdmin);

    const github = await s.client.resolveCredential({ token: pat, server: "github", tool: "search_code", decisionId: "d-github-1" });
    expect(github).toMatchObject({ decision: Decision.ALLOW, subject: "nia", credential: { env: { GITHUB_TOKEN: GITHUB_CANARY } } });
    const shared = await s.client.resolveCredential({ token: "alice-token", server: "search", tool: "query" });
    expect(shared).toMatchObject({ decision: Decision.ALLOW, credential: { headers: { "x-api-key": SHARED_CANARY } } });
    expect((await s.client.resolveCredential({ token: "bob-token", server: "plain", tool: "x" })).decision).toBe(Decision.ALLOW);
    const requested = await s.client.resolveCredential({ token: "alice-token", server: "reports", tool: "daily" });
    const cached = await s.client.resolveCredential({ token: "alice-token", server: "reports", tool: "daily" });
    expect([requested.decision, cached.decision]).toEqual([Decision.ALLOW, Decision.ALLOW]);
    const bob = await s.client.resolveCredential({ token: "bob-token", server: "search", tool: "query" });
    expect(bob).toMatchObject({ decision: Decision.DENY, reason: Reason.NOT_PERMITTED });
    const required = await s.client.resolveCredential({ token: "alice-token", server: "jira", tool: "search_issues" });
    expect(required).toMatchObject({ decision: Decision.DENY, reason: Reason.CREDENTIAL_REQUIRED });
    expect(required.connectUrl).toMatch(/\/oauth\/connect\/[\w-]{43}$/);
    expect((await followConnectLink(required.connectUrl)).status).toBe(200);
    const connected = await s.client.resolveCredential({ token: "alice-token", server: "jira", tool: "search_issues" });
    expect(connected.decision).toBe(Decision.ALLOW);

    await s.admin.offboardSubject({ subject: "nia", reason: "left" }, asAdmin);
    const revoked = await s.client.resolveCredential({ token: pat, server: "github", tool: "search_code" });
    expect(revoked).toMatchObject({ decision: Decision.DENY, reason: Reason.TOKEN_REVOKED });
    expect(revoked.credential).toBeUndefined();
    expect((await failure(s.client.filterTools({ token: pat, server: "jira", tools: [{ name: "search_issues" }] }))).code).toBe(Code.Unauthenticated);
    expect((await failure(s.client.filterTools({ token: "nobody", server: "jira", tools: [{ name: "search_issues" }] }))).code).toBe(Code.Unauthenticated);
    await s.client.filterTools({ token: "alice-token", server: "jira", tools: [{ name: "search_issues" }] });

    const records = await recordsIn(auditDir);
    const resolved = records.filter((r) => r.event === "resolve_credential");
    expect(resolved).toEqual([
      expect.objectContaining({
        decisionId: "d-github-1",
        subject: "nia",
        agent: expect.objectContaining({ kind: "human", tokenId: expect.any(String) }),
        server: "github",
        tool: "search_code",
        decision: "allow",
        reason: "ALLOWED",
        rule: expect.stringContaining("github"),
        policyRevision: expect.any(String),
        attrs: { credential: "static-per-user", credentialSource: "vault" },
      }),
      expect.objectContaining({ subject: "alice", server: "search", decision: "allow", attrs: { credential: "static", credentialSource: "vault" } }),
      expect.objectContaining({ subject: "bob", server: "plain", decision: "allow", attrs: { credential: "none", credentialSource: "none" } }),
      expect.objectContaining({
        server: "reports",
        decision: "allow",
        attrs: { credential: "oauth2-client-credentials", credentialSource: "requested", credentialExpiresAt: expect.stringMatching(/^\d{4}-/) },
      }),
      expect.objectContaining({ server: "reports", decision: "allow", attrs: expect.objectContaining({ credentialSource: "cached" }) }),
      expect.objectContaining({ subject: "bob", server: "search", decision: "deny", reason: "NOT_PERMITTED", message: expect.any(String) }),
      expect.objectContaining({
        subject: "alice",
        server: "jira",
        decision: "deny",
        reason: "CREDENTIAL_REQUIRED",
        message: expect.stringContaining("open connect_url"),
        attrs: { credential: "oauth2-user", connectLink: "issued" },
      }),
      expect.objectContaining({
        subject: "alice",
        server: "jira",
        decision: "allow",
        attrs: expect.objectContaining({ credential: "oauth2-user", credentialSource: "vault" }),
      }),
      expect.objectContaining({
        server: "github",
        tool: "search_code",
        decision: "deny",
        reason: "TOKEN_REVOKED",
        message: expect.stringContaining("revoked"),
      }),
    ]);
    // A revoked token's attempt names no subject: the token no longer resolves to one.
    expect(resolved.at(-1)!.subject).toBeUndefined();

    expect(records.filter((r) => r.event === "filter_tools")).toEqual([
      expect.objectContaining({ server: "jira", decision: "deny", reason: "TOKEN_REVOKED", message: expect.stringContaining("revoked") }),
      expect.objectContaining({ server: "jira", decision: "deny", reason: "UNAUTHENTICATED", message: "the token matches no subject of the policy" }),
      expect.objectContaining({ server: "jira", subject: "alice", decision: "allow", attrs: { visible: "1", hidden: "0" } }),
    ]);
    expect(records.filter((r) => r.event === "connect_account")).toEqual([
      expect.objectContaining({ subject: "alice", server: "jira", decision: "allow", attrs: { outcome: "connected", flow: "oauth2-authorization-code" } }),
    ]);

    const trail = await everyFile(auditDir);
    const jiraTokens = issued.filter((t) => t.grant === "authorization_code");
    expect(jiraTokens).toHaveLength(1);
    const ccTokens = issued.filter((t) => t.grant === "client_credentials");
    expect(ccTokens).toHaveLength(1);
    const handle = required.connectUrl.split("/").at(-1)!;
    for (const secret of [
      SHARED_CANARY,
      GITHUB_CANARY,
      CC_SECRET,
      pat,
      "alice-token",
      handle,
      ...[...jiraTokens, ...ccTokens].flatMap((t) => [t.access, t.refresh]),
    ]) {
      expect(trail.includes(secret), `${secret} is in the audit trail`).toBe(false);
    }
  });

  it("releases no credential whose record fails after it was produced", async () => {
    const record = vi.spyOn(s.sidecar.engine.audit, "record").mockImplementationOnce(() => {
      throw new AuditUnavailableError("the disk is full", "disk", auditDir);
    });
    try {
      const answer = await s.client.resolveCredential({ token: "alice-token", server: "search", tool: "query" });
      expect(answer).toMatchObject({ decision: Decision.DENY, reason: Reason.AUDIT_UNAVAILABLE, message: "the disk is full", subject: "alice" });
      expect(answer.credential).toBeUndefined();
      expect(record).toHaveBeenCalledTimes(1);
    } finally {
      record.mockRestore();
    }
  });
});

describe.each(["deny", "allow"] as const)("ResolveCredential while the audit trail cannot record (onUnavailable: %s)", (onUnavailable) => {
  it(onUnavailable === "deny" ? "releases nothing: AUDIT_UNAVAILABLE" : "releases the credential and counts the gap", async () => {
    const auditDir = join(await mkdtemp(join(tmpdir(), "pcl-cred-audit-")), "audit");
    const s = await startCredentialSidecar(policy(oauth.url, onUnavailable), { audit: { dir: auditDir, mode: "sync", index: "on-query" } });
    try {
      await s.admin.putCredential({ server: "search", kind: CredentialKind.STATIC, secret: SHARED_CANARY }, asAdmin);
      const before = oauth.grants("client_credentials").length;
      const trail = s.sidecar.engine.audit;
      await trail.log!.close();
      const search = await s.client.resolveCredential({ token: "alice-token", server: "search", tool: "query" });
      const reports = await s.client.resolveCredential({ token: "alice-token", server: "reports", tool: "daily" });
      if (onUnavailable === "deny") {
        for (const answer of [search, reports]) {
          expect(answer).toMatchObject({ decision: Decision.DENY, reason: Reason.AUDIT_UNAVAILABLE });
          expect(answer.message).toMatch(/audit trail cannot record decisions/);
          expect(answer.credential).toBeUndefined();
        }
        // Refused before anything was produced: no token was requested from the provider.
        expect(oauth.grants("client_credentials")).toHaveLength(before);
        expect(trail.unrecorded).toBe(0);
      } else {
        expect(search).toMatchObject({ decision: Decision.ALLOW, credential: { headers: { "x-api-key": SHARED_CANARY } } });
        expect(reports.decision).toBe(Decision.ALLOW);
        expect(trail.unrecorded).toBe(2);
      }
    } finally {
      await s.close();
    }
  });
});
