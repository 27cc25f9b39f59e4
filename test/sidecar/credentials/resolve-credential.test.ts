/**
 * ResolveCredential, Authorize with include_credential and the admin credential RPCs,
 * through a real sidecar listener: a credential only for a principal that may call the
 * server and tool (wall 1, virtual servers resolved to their real server), applied as the
 * policy says; CREDENTIAL_REQUIRED / CREDENTIAL_UNAVAILABLE when it cannot be produced, with
 * nothing consumed; admin input checked against the policy; a tampered record refused; the
 * vault off says how to turn it on. No value reaches a log line or an error.
 */
import { ConnectError } from "@connectrpc/connect";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { DatabaseSync } from "node:sqlite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Code, CredentialKind, Decision, Reason } from "@portcullis/sdk";
import { VAULT_FILE, VaultRecordError } from "@portcullis/sidecar";
import { asAdmin, startCredentialSidecar, type CredentialSidecar } from "../../helpers/credential-sidecar.js";
import { subject } from "../../helpers/policy.js";

const CANARY = "canary-SECRET-search-4e1f";
const GITHUB_CANARY = "canary-SECRET-github-77aa";

const POLICY = [
  "version: 1",
  "subjects:",
  subject("alice", ["support"], "alice-token"),
  subject("bob", ["viewer"], "bob-token"),
  "roles:",
  "  support:",
  "    servers:",
  "      search: { allow: ['*'] }",
  "      github: { allow: [search_code] }",
  "      plain: { allow: ['*'] }",
  "      jira: { allow: [create_issue], args: { create_issue: { project: { in: [SUP] } } } }",
  "  viewer:",
  "    servers:",
  "      plain: { allow: ['*'] }",
  "virtualServers:",
  "  desk: { roles: [support], tools: [{ tool: search/query, as: find }] }",
  "credentials:",
  "  search: { type: static, apply: { headers: { x-api-key: '{token}' } } }",
  "  github: { type: static, perUser: true, apply: { env: { GITHUB_TOKEN: '{token}' }, headers: { authorization: 'token {token}' } } }",
  "  jira: { type: static }",
  "limits:",
  "  - { name: search-rate, tools: ['search/*'], rate: 2/h }",
].join("\n");

let s: CredentialSidecar;
beforeAll(async () => {
  s = await startCredentialSidecar(POLICY);
});
afterAll(() => s.close());

const failure = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error("expected the call to fail");
    },
    (err: unknown) => ConnectError.from(err),
  );

describe("ResolveCredential", () => {
  it("denies a caller that does not resolve, or may not call the tool, without a credential", async () => {
    await s.admin.putCredential({ server: "search", kind: CredentialKind.STATIC, secret: CANARY }, asAdmin);
    const unknown = await s.client.resolveCredential({ token: "nobody", server: "search", tool: "query" });
    expect(unknown).toMatchObject({ decision: Decision.DENY, reason: Reason.UNAUTHENTICATED });
    const bob = await s.client.resolveCredential({ token: "bob-token", server: "search", tool: "query" });
    expect(bob).toMatchObject({ decision: Decision.DENY, reason: Reason.NOT_PERMITTED, subject: "bob" });
    const notGranted = await s.client.resolveCredential({ token: "alice-token", server: "github", tool: "delete_repo" });
    expect(notGranted).toMatchObject({ decision: Decision.DENY, reason: Reason.NOT_PERMITTED });
    for (const denied of [unknown, bob, notGranted]) expect(denied.credential).toBeUndefined();
  });

  it("says in every answer which policy revision decided and which decision it is recorded under", async () => {
    const authorized = await s.client.authorize({ token: "bob-token", server: "plain", tool: "anything" });
    expect(authorized.policyRevision).toMatch(/^[0-9a-f]{16}$/);
    const allowed = await s.client.resolveCredential({ token: "bob-token", server: "plain", tool: "anything", decisionId: authorized.decisionId });
    expect(allowed).toMatchObject({ decision: Decision.ALLOW, policyRevision: authorized.policyRevision, decisionId: authorized.decisionId });
    const denied = await s.client.resolveCredential({ token: "bob-token", server: "search", tool: "query" });
    expect(denied).toMatchObject({ decision: Decision.DENY, reason: Reason.NOT_PERMITTED, policyRevision: authorized.policyRevision, decisionId: "" });
    const unknown = await s.client.resolveCredential({ token: "nobody", server: "search", tool: "query", decisionId: "d-1" });
    expect(unknown).toMatchObject({ decision: Decision.DENY, reason: Reason.UNAUTHENTICATED, policyRevision: authorized.policyRevision, decisionId: "d-1" });
  });

  it("gives a server without a credentials entry an empty credential", async () => {
    const plain = await s.client.resolveCredential({ token: "bob-token", server: "plain", tool: "anything" });
    expect(plain).toMatchObject({
      decision: Decision.ALLOW,
      reason: Reason.ALLOWED,
      subject: "bob",
      credential: { headers: {}, env: {}, server: "plain", expiresAtMs: 0 },
    });
  });

  it("applies a shared static secret as the policy says, also behind a virtual server", async () => {
    const direct = await s.client.resolveCredential({ token: "alice-token", server: "search", tool: "query" });
    expect(direct).toMatchObject({ decision: Decision.ALLOW, credential: { headers: { "x-api-key": CANARY }, env: {}, server: "search" } });
    const virtual = await s.client.resolveCredential({ token: "alice-token", server: "desk", tool: "find" });
    expect(virtual).toMatchObject({ decision: Decision.ALLOW, credential: { headers: { "x-api-key": CANARY }, server: "search" } });
  });

  it("serves a per-user secret to its subject only, and a tool whose argument rules Authorize checks", async () => {
    const before = await s.client.resolveCredential({ token: "alice-token", server: "github", tool: "search_code" });
    expect(before).toMatchObject({ decision: Decision.DENY, reason: Reason.CREDENTIAL_REQUIRED, connectUrl: "" });
    expect(before.message).toContain("no credential of subject 'alice' for server 'github'");
    await s.admin.putCredential({ subject: "alice", server: "github", kind: CredentialKind.STATIC, secret: GITHUB_CANARY }, asAdmin);
    const after = await s.client.resolveCredential({ token: "alice-token", server: "github", tool: "search_code" });
    expect(after.credential).toMatchObject({ headers: { authorization: `token ${GITHUB_CANARY}` }, env: { GITHUB_TOKEN: GITHUB_CANARY } });

    await s.admin.putCredential({ server: "jira", kind: CredentialKind.STATIC, secret: "jira-shared" }, asAdmin);
    const jira = await s.client.resolveCredential({ token: "alice-token", server: "jira", tool: "create_issue" });
    expect(jira).toMatchObject({ decision: Decision.ALLOW, credential: { headers: { authorization: "Bearer jira-shared" } } });
  });
});

describe("Authorize with include_credential", () => {
  it("returns the credential in the same reply, and only when asked", async () => {
    const call = { token: "alice-token", server: "jira", tool: "create_issue", argumentsJson: '{"project":"SUP"}' };
    const withCredential = await s.client.authorize({ ...call, includeCredential: true });
    expect(withCredential).toMatchObject({ decision: Decision.ALLOW, credential: { headers: { authorization: "Bearer jira-shared" }, server: "jira" } });
    const without = await s.client.authorize(call);
    expect(without.decision).toBe(Decision.ALLOW);
    expect(without.credential).toBeUndefined();
  });

  it("returns no credential for a dry run, behind a virtual server too", async () => {
    for (const call of [
      { token: "alice-token", server: "desk", tool: "find" },
      { token: "alice-token", server: "jira", tool: "create_issue", argumentsJson: '{"project":"SUP"}' },
    ]) {
      const dry = await s.client.authorize({ ...call, includeCredential: true, dryRun: true });
      expect(dry).toMatchObject({ decision: Decision.ALLOW, connectUrl: "" });
      expect(dry.credential).toBeUndefined();
    }
  });

  it("denies a call whose credential cannot be produced, without consuming its limits", async () => {
    await s.admin.deleteCredential({ server: "search" }, asAdmin);
    for (let i = 0; i < 3; i++) {
      const denied = await s.client.authorize({ token: "alice-token", server: "search", tool: "query", includeCredential: true });
      expect(denied).toMatchObject({ decision: Decision.DENY, reason: Reason.CREDENTIAL_UNAVAILABLE, limits: [] });
      expect(denied.credential).toBeUndefined();
      expect(denied.message).toContain("no shared credential for server 'search'");
    }
    await s.admin.putCredential({ server: "search", kind: CredentialKind.STATIC, secret: CANARY }, asAdmin);
    // The rate limit (2 per hour) is untouched by the three denials.
    for (let i = 0; i < 2; i++) {
      const allowed = await s.client.authorize({ token: "alice-token", server: "search", tool: "query", includeCredential: true });
      expect(allowed).toMatchObject({ decision: Decision.ALLOW, credential: { headers: { "x-api-key": CANARY } } });
    }
    const limited = await s.client.authorize({ token: "alice-token", server: "search", tool: "query", includeCredential: true });
    expect(limited).toMatchObject({ decision: Decision.DENY, reason: Reason.RATE_LIMITED });
    expect(limited.credential).toBeUndefined();
  });
});

describe("the admin credential RPCs", () => {
  it("check what is put against the policy, naming the field", async () => {
    const cases: [Parameters<typeof s.admin.putCredential>[0], Code, string][] = [
      [{ server: "search", secret: CANARY }, Code.InvalidArgument, "kind: required"],
      [{ server: "search", kind: CredentialKind.STATIC }, Code.InvalidArgument, "secret: required"],
      [{ server: "nowhere", kind: CredentialKind.STATIC, secret: CANARY }, Code.FailedPrecondition, "server: 'nowhere' has no entry under credentials:"],
      [
        { subject: "alice", server: "search", kind: CredentialKind.STATIC, secret: CANARY },
        Code.InvalidArgument,
        "subject: the static credential of server 'search' is shared",
      ],
      [{ server: "github", kind: CredentialKind.STATIC, secret: CANARY }, Code.InvalidArgument, "subject: server 'github' takes one credential per subject"],
      [
        { subject: "alice", server: "github", kind: CredentialKind.OAUTH2_USER, secret: CANARY },
        Code.InvalidArgument,
        "kind: server 'github' takes a static credential",
      ],
    ];
    for (const [request, code, message] of cases) {
      const error = await failure(s.admin.putCredential(request, asAdmin));
      expect(error.code).toBe(code);
      expect(error.rawMessage).toContain(message);
      expect(error.rawMessage).not.toContain("canary-SECRET");
    }
  });

  it("list metadata only, and delete", async () => {
    const listed = await s.admin.listCredentials({}, asAdmin);
    expect(listed.credentials.map((c) => [c.subject, c.server, c.kind])).toEqual([
      ["", "jira", CredentialKind.STATIC],
      ["", "search", CredentialKind.STATIC],
      ["alice", "github", CredentialKind.STATIC],
    ]);
    expect(JSON.stringify(listed, (_k, v: unknown) => (typeof v === "bigint" ? String(v) : v))).not.toContain("canary-SECRET");
    expect((await s.admin.listCredentials({ subject: "alice" }, asAdmin)).credentials).toHaveLength(1);
    expect((await s.admin.deleteCredential({ subject: "alice", server: "github" }, asAdmin)).deleted).toBe(true);
    expect((await s.admin.deleteCredential({ subject: "alice", server: "github" }, asAdmin)).deleted).toBe(false);
  });
});

describe("a vault record that does not open", () => {
  it("is refused with a clear reason and nothing served", async () => {
    await s.admin.putCredential({ subject: "alice", server: "github", kind: CredentialKind.STATIC, secret: GITHUB_CANARY }, asAdmin);
    const db = new DatabaseSync(join(s.dataDir, VAULT_FILE));
    // Alice's record pasted over the shared one of another server: moved to another owner.
    const alice = db.prepare("SELECT sealed FROM credentials WHERE subject = 'alice' AND server = 'github'").get() as { sealed: string };
    db.prepare("UPDATE credentials SET sealed = ? WHERE subject = '' AND server = 'jira'").run(alice.sealed);
    db.close();
    // One sidecar owns its file and caches what it read: read again, as after a restart.
    expect(() => s.sidecar.credentials.vault!.readFresh("", "jira")).toThrow(VaultRecordError);
    const refused = await s.client.resolveCredential({ token: "alice-token", server: "jira", tool: "create_issue" });
    expect(refused).toMatchObject({ decision: Decision.DENY, reason: Reason.CREDENTIAL_UNAVAILABLE });
    expect(refused.credential).toBeUndefined();
    expect(refused.message).toContain("the vault record of server 'jira' (shared) cannot be used: it does not decrypt");
    expect(refused.message).not.toContain("canary-SECRET");
  });
});

describe("with the vault off", () => {
  it("the admin RPCs and vault-backed servers say how to turn it on", async () => {
    const off = await startCredentialSidecar(POLICY, { vault: false });
    try {
      const error = await failure(off.admin.putCredential({ server: "search", kind: CredentialKind.STATIC, secret: CANARY }, asAdmin));
      expect(error.code).toBe(Code.FailedPrecondition);
      expect(error.rawMessage).toMatch(/credential vault is off: start the sidecar with --vault-key-file FILE or .*PORTCULLIS_VAULT_KEY/);
      expect((await failure(off.admin.listCredentials({}, asAdmin))).code).toBe(Code.FailedPrecondition);
      const denied = await off.client.resolveCredential({ token: "alice-token", server: "search", tool: "query" });
      expect(denied).toMatchObject({ decision: Decision.DENY, reason: Reason.CREDENTIAL_UNAVAILABLE });
      expect(denied.message).toContain("--vault-key-file");
      expect((await off.client.resolveCredential({ token: "alice-token", server: "plain", tool: "x" })).decision).toBe(Decision.ALLOW);
    } finally {
      await off.close();
    }
  });
});

it("no value reached a log line or the vault file in clear", async () => {
  const logs = s.logs.join("\n");
  expect(logs).toContain("credential put");
  expect(logs).not.toContain("canary-SECRET");
  expect(logs).not.toContain("jira-shared");
  const file = await readFile(join(s.dataDir, VAULT_FILE));
  expect(file.includes(Buffer.from("canary-SECRET"))).toBe(false);
});
