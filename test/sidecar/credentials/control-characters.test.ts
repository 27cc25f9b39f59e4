/**
 * Credential values with a control character (NUL, CR, LF, … — Unicode Cc): applied to an
 * environment variable or a header they make Node throw an error that quotes the value with
 * the character escaped, which redaction does not recognise, so the secret reached the agent
 * and the logs. PutCredential refuses them (InvalidArgument naming the field, not the value),
 * a provider's access_token holding one is a provider error (CREDENTIAL_UNAVAILABLE), and a
 * record that already holds one is never applied.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Code, ConnectError } from "@connectrpc/connect";
import { CredentialKind, Decision, Reason } from "@portcullis/sdk";
import { createLogger, parseVaultKey, SqliteVaultStore, Vault } from "@portcullis/sidecar";
import { Events, type MutableResponse } from "oauth2-mock-server";
import { asAdmin, startCredentialSidecar, type CredentialSidecar } from "../../helpers/credential-sidecar.js";
import { startOAuthServer, type OAuthServer } from "../../helpers/oauth-server.js";
import { subject } from "../../helpers/policy.js";

const CANARY = "CANARY-cc-7d6c5b4a";
let oauth: OAuthServer;
let s: CredentialSidecar;

const policy = (url: string) =>
  [
    "version: 1",
    "subjects:",
    subject("alice", ["support"], "alice-token"),
    "roles:",
    "  support: { servers: { search: { allow: ['*'] }, jira: { allow: ['*'] }, reports: { allow: ['*'] } } }",
    "credentials:",
    "  search: { type: static, apply: { env: { API_KEY: '{token}' } } }",
    `  jira: { type: oauth2-user, authorizeUrl: '${url}/authorize', tokenUrl: '${url}/token', clientId: portcullis }`,
    `  reports: { type: oauth2-client-credentials, tokenUrl: '${url}/token', clientId: reports-client, clientSecret: env:PCL_TEST_CC_SECRET, scopes: [reports.read] }`,
  ].join("\n");

beforeAll(async () => {
  process.env.PCL_TEST_CC_SECRET = "client-secret-cc";
  oauth = await startOAuthServer();
  s = await startCredentialSidecar(policy(oauth.url));
});
afterAll(async () => {
  await s?.close();
  await oauth?.stop();
  delete process.env.PCL_TEST_CC_SECRET;
});

async function refusal(call: Promise<unknown>): Promise<ConnectError> {
  try {
    await call;
  } catch (err) {
    return ConnectError.from(err);
  }
  throw new Error("the call was not refused");
}

describe("PutCredential", () => {
  for (const [field, input] of [
    ["secret", { secret: `${CANARY}\u0000tail` }],
    ["secret", { secret: `${CANARY}\r\nX-Injected: 1` }],
    ["refresh_token", { secret: "fine", refreshToken: `${CANARY}\u007f` }],
  ] as const) {
    it(`refuses a ${field} holding a control character, naming the field and not the value`, async () => {
      const kind = field === "refresh_token" ? CredentialKind.OAUTH2_USER : CredentialKind.STATIC;
      const server = field === "refresh_token" ? "jira" : "search";
      const err = await refusal(s.admin.putCredential({ subject: field === "refresh_token" ? "alice" : "", server, kind, ...input }, asAdmin));
      expect(err.code).toBe(Code.InvalidArgument);
      expect(err.rawMessage).toContain(`${field}: holds a control character`);
      expect(err.rawMessage).not.toContain(CANARY);
      expect((await s.admin.listCredentials({ server }, asAdmin)).credentials).toEqual([]);
    });
  }
});

describe("a provider's access_token holding a control character", () => {
  it("is a provider error: CREDENTIAL_UNAVAILABLE, the token never quoted", async () => {
    const plant = (response: MutableResponse) => {
      if (response.statusCode === 200) (response.body as Record<string, unknown>).access_token = `${CANARY}\u0000x`;
    };
    oauth.service.on(Events.BeforeResponse, plant);
    try {
      const answer = await s.client.resolveCredential({ token: "alice-token", server: "reports", tool: "run" });
      expect(answer).toMatchObject({ decision: Decision.DENY, reason: Reason.CREDENTIAL_UNAVAILABLE });
      expect(answer.message).toContain("control character");
      expect(JSON.stringify(answer)).not.toContain(CANARY);
    } finally {
      oauth.service.off(Events.BeforeResponse, plant);
    }
  });
});

describe("a record that already holds a control character", () => {
  it("is never applied: CREDENTIAL_UNAVAILABLE, the value never quoted", async () => {
    // As a vault written before PutCredential refused such values would hold it.
    const store = SqliteVaultStore.open(s.dataDir);
    const vault = new Vault(store, parseVaultKey(s.vaultKey), createLogger({ level: "silent" }));
    await vault.write("", "search", "static", { secret: `${CANARY}\u0000tail`, expiresAtMs: 0, obtainedAtMs: Date.now() });
    await store.close();
    const answer = await s.client.resolveCredential({ token: "alice-token", server: "search", tool: "q" });
    expect(answer).toMatchObject({ decision: Decision.DENY, reason: Reason.CREDENTIAL_UNAVAILABLE });
    expect(answer.credential).toBeUndefined();
    expect(JSON.stringify(answer)).not.toContain(CANARY);
  });
});

it("no value reached a log line", () => {
  expect(s.logs.join("\n")).not.toContain(CANARY);
});
