/**
 * The OAuth 2 providers against a real OAuth server (oauth2-mock-server): client-credentials
 * tokens cached; a user's token refreshed before it expires; a provider that is down gives a
 * clear CREDENTIAL_UNAVAILABLE and never the stale token, backs off, and recovers; a refresh
 * token the provider refuses ends the credential (connect again); RFC 8693 exchange of the
 * caller's IdP token returns a token for that user; offboarding deletes the subject's records
 * and revokes its refresh token at the provider (RFC 7009).
 */
import { decodeJwt } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CredentialKind, Decision, Reason } from "@portcullis/sdk";
import { Events, type MutableResponse } from "oauth2-mock-server";
import { asAdmin, startCredentialSidecar, type CredentialSidecar } from "../../helpers/credential-sidecar.js";
import { startOAuthServer, type OAuthServer } from "../../helpers/oauth-server.js";
import { subject } from "../../helpers/policy.js";

let oauth: OAuthServer;
let s: CredentialSidecar;

const policy = (url: string) =>
  [
    "version: 1",
    "subjects:",
    subject("alice", ["support"], "alice-token"),
    subject("bob", ["support"], "bob-token"),
    subject("carol", ["support"], "carol-token"),
    "roles:",
    "  support: { servers: { jira: { allow: ['*'] }, reports: { allow: ['*'] }, data: { allow: ['*'] }, wiki: { allow: ['*'] }, github: { allow: ['*'] } } }",
    "credentials:",
    `  jira: { type: oauth2-user, authorizeUrl: '${url}/authorize', tokenUrl: '${url}/token', revocationUrl: '${url}/revoke', clientId: portcullis, clientSecret: env:PCL_TEST_OAUTH_SECRET, scopes: [read, offline_access] }`,
    `  wiki: { type: oauth2-user, authorizeUrl: '${url}/authorize', tokenUrl: '${url}/token', clientId: portcullis }`,
    `  reports: { type: oauth2-client-credentials, tokenUrl: '${url}/token', clientId: reports-client, clientSecret: env:PCL_TEST_OAUTH_SECRET, scopes: [reports.read] }`,
    `  data: { type: token-exchange, tokenUrl: '${url}/token-exchange', clientId: portcullis, clientSecret: env:PCL_TEST_OAUTH_SECRET, audience: 'https://data.example.com', scopes: [data.read] }`,
    "  github: { type: static, perUser: true }",
  ].join("\n");

beforeAll(async () => {
  process.env.PCL_TEST_OAUTH_SECRET = "client-SECRET-0af3";
  oauth = await startOAuthServer();
  s = await startCredentialSidecar(policy(oauth.url));
});
afterAll(async () => {
  await s?.close();
  await oauth?.stop();
});

const putUserToken = (who: string, server: string, secret: string, refreshToken: string, expiresAtMs: number) =>
  s.admin.putCredential({ subject: who, server, kind: CredentialKind.OAUTH2_USER, secret, refreshToken, expiresAtMs: BigInt(expiresAtMs) }, asAdmin);
const resolve = (token: string, server: string) => s.client.resolveCredential({ token, server, tool: "search" });

/** Calls `probe` every 50 ms until `done` says so (at most `ms`). */
async function until<T>(probe: () => Promise<T>, done: (value: T) => boolean, ms = 15_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe("OAuth 2 client credentials", () => {
  it("obtains a token once and serves it from memory", async () => {
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => s.client.authorize({ token: "alice-token", server: "reports", tool: "run", includeCredential: true })),
    );
    for (const answer of [...answers, await s.client.authorize({ token: "bob-token", server: "reports", tool: "run", includeCredential: true })]) {
      expect(answer.decision).toBe(Decision.ALLOW);
      expect(answer.credential?.headers.authorization).toBe(answers[0]!.credential!.headers.authorization);
    }
    const token = answers[0]!.credential!.headers.authorization!.replace("Bearer ", "");
    expect(decodeJwt(token)).toMatchObject({ scope: "reports.read", iss: oauth.url });
    expect(oauth.grants("client_credentials")).toHaveLength(1);
    expect(answers[0]!.credential!.expiresAtMs).toBeGreaterThan(Date.now());
  });
});

describe("a user's OAuth 2 token", () => {
  it("is refreshed before it expires, with the refresh token, and the new one served", async () => {
    // Refreshed at about 4 s of its 6 s: the 2 s between are the bound the timing checks rely on.
    const expiresAtMs = Date.now() + 6000;
    await putUserToken("alice", "jira", "access-alice-1", "refresh-alice-1", expiresAtMs);
    const seen: { token: string; sentAt: number }[] = [];
    const last = await until(
      async () => {
        const sentAt = Date.now();
        const answer = await resolve("alice-token", "jira");
        expect(answer.decision).toBe(Decision.ALLOW);
        seen.push({ token: answer.credential!.headers.authorization!, sentAt });
        return answer;
      },
      (answer) => answer.credential!.headers.authorization !== "Bearer access-alice-1",
    );
    const refreshes = oauth.grants("refresh_token");
    expect(refreshes).toHaveLength(1);
    expect(refreshes[0]!.form.refresh_token).toBe("refresh-alice-1");
    expect(refreshes[0]!.at).toBeLessThan(expiresAtMs);
    expect(decodeJwt(last.credential!.headers.authorization!.replace("Bearer ", ""))).toMatchObject({ iss: oauth.url });
    expect(last.credential!.expiresAtMs).toBeGreaterThan(expiresAtMs);
    // The old token was served only while valid: never asked for after it expired.
    for (const { token, sentAt } of seen) if (token === "Bearer access-alice-1") expect(sentAt).toBeLessThan(expiresAtMs);
  });

  it("is not served once expired when the provider is down: a clear error, a backoff, then recovery", async () => {
    await putUserToken("bob", "jira", "access-bob-STALE", "refresh-bob-1", Date.now() - 1);
    await oauth.down();
    try {
      const denied = await resolve("bob-token", "jira");
      expect(denied).toMatchObject({ decision: Decision.DENY, reason: Reason.CREDENTIAL_UNAVAILABLE });
      expect(denied.credential).toBeUndefined();
      expect(denied.message).toMatch(
        /^the credential for server 'jira' cannot be produced: refreshing the token of subject 'bob' on server 'jira' failed: token endpoint http:\/\/127\.0\.0\.1:\d+\/token cannot be reached \(\w+\); retry later$/,
      );
      const authorize = await s.client.authorize({ token: "bob-token", server: "jira", tool: "search", includeCredential: true });
      expect(authorize).toMatchObject({ decision: Decision.DENY, reason: Reason.CREDENTIAL_UNAVAILABLE });
      expect(authorize.credential).toBeUndefined();
      expect(JSON.stringify([denied, authorize])).not.toContain("STALE");
    } finally {
      await oauth.up();
    }
    // Up but failing (503): calls in a burst are refused without each going to the provider.
    const failing = (response: MutableResponse) => {
      response.statusCode = 503;
      response.body = { error: "temporarily_unavailable" };
    };
    oauth.service.on(Events.BeforeResponse, failing);
    const before = oauth.grants("refresh_token").length;
    const burstStart = Date.now();
    for (let i = 0; i < 10; i++) expect((await resolve("bob-token", "jira")).reason).toBe(Reason.CREDENTIAL_UNAVAILABLE);
    const attempts = oauth.grants("refresh_token").length - before;
    // Backoffs are at least 750 ms (1 s −25 % jitter, doubling): at most one attempt per 750 ms.
    expect(attempts).toBeLessThanOrEqual(1 + Math.floor((Date.now() - burstStart) / 750));
    oauth.service.off(Events.BeforeResponse, failing);
    const recovered = await until(
      () => resolve("bob-token", "jira"),
      (answer) => answer.decision === Decision.ALLOW,
    );
    expect(recovered.credential?.headers.authorization).toMatch(/^Bearer eyJ/);
  });

  it("is neither refreshed nor returned for a dry run", async () => {
    await putUserToken("alice", "wiki", "access-alice-wiki-OLD", "refresh-alice-wiki-1", Date.now() - 1);
    const before = oauth.grants("refresh_token").length;
    const dry = await s.client.authorize({ token: "alice-token", server: "wiki", tool: "search", includeCredential: true, dryRun: true });
    expect(dry).toMatchObject({ decision: Decision.ALLOW, connectUrl: "" });
    expect(dry.credential).toBeUndefined();
    expect(oauth.grants("refresh_token")).toHaveLength(before);
    expect(JSON.stringify(dry)).not.toContain("alice-wiki");
  });

  it("ends when the provider refuses the refresh token: the record is deleted and the user asked to connect again", async () => {
    await putUserToken("carol", "jira", "access-carol-1", "refresh-carol-REVOKED", Date.now() - 1);
    oauth.service.once(Events.BeforeResponse, (response: MutableResponse) => {
      response.statusCode = 400;
      response.body = { error: "invalid_grant", error_description: "refresh token refresh-carol-REVOKED was revoked" };
    });
    const denied = await resolve("carol-token", "jira");
    expect(denied).toMatchObject({ decision: Decision.DENY, reason: Reason.CREDENTIAL_REQUIRED });
    expect(denied.message).toContain("the provider no longer accepts the refresh token of subject 'carol' on server 'jira' (revoked or expired)");
    expect(denied.connectUrl).toMatch(new RegExp(`^${s.sidecar.baseUrl}/oauth/connect/[\\w-]{43}$`));
    expect((await s.admin.listCredentials({ subject: "carol" }, asAdmin)).credentials).toEqual([]);
    expect(s.logs.join("\n")).not.toContain("REVOKED");
  });
});

describe("RFC 8693 token exchange", () => {
  it("exchanges the caller's IdP token for a token of that user, cached per subject", async () => {
    const idToken = await oauth.issuer.buildToken({ scopesOrTransform: (_h, p) => Object.assign(p, { sub: "dana", aud: "portcullis" }) });
    const principal = { subject: "dana", roles: ["support"], team: undefined, kind: "idp" as const };
    const policyNow = s.sidecar.policies.current;
    const first = await s.sidecar.credentials.broker.produce(policyNow, principal, "data", idToken);
    const second = await s.sidecar.credentials.broker.produce(policyNow, principal, "data", idToken);
    if (!first.ok || !second.ok) throw new Error(`expected a credential: ${JSON.stringify(first)}`);
    const exchanged = first.credential.headers.authorization!.replace("Bearer ", "");
    expect(exchanged).not.toBe(idToken);
    expect(decodeJwt(exchanged)).toMatchObject({ sub: "dana", aud: "https://data.example.com", scope: "data.read", act: { sub: "portcullis" } });
    expect(second.credential).toEqual(first.credential);
    const requests = oauth.grants("urn:ietf:params:oauth:grant-type:token-exchange");
    expect(requests).toHaveLength(1);
    expect(requests[0]!.form).toMatchObject({
      subject_token: idToken,
      subject_token_type: "urn:ietf:params:oauth:token-type:access_token",
      audience: "https://data.example.com",
    });

    const viaStatic = await resolve("alice-token", "data");
    expect(viaStatic).toMatchObject({ decision: Decision.DENY, reason: Reason.CREDENTIAL_UNAVAILABLE });
    expect(viaStatic.message).toContain("the caller authenticated with a static token; call with the IdP token (JWT)");
  });

  it("exchanges each presented token on its own, and never hands out a token that outlives the caller's", async () => {
    const policyNow = s.sidecar.policies.current;
    const idToken = (scope: string) => oauth.issuer.buildToken({ scopesOrTransform: (_h, p) => Object.assign(p, { sub: "hank", aud: "portcullis", scope }) });
    const [narrow, wide] = [await idToken("data.read"), await idToken("data.read data.write")];
    // The caller's token expires in 10 minutes; the provider's exchanged tokens live an hour.
    const expiresAtMs = Date.now() + 600_000;
    const principal = (token: string) => ({
      subject: "hank",
      roles: ["support"],
      team: undefined,
      kind: "idp" as const,
      expiresAtMs,
      tokenId: token.slice(-8),
    });
    const before = oauth.grants("urn:ietf:params:oauth:grant-type:token-exchange").length;
    const first = await s.sidecar.credentials.broker.produce(policyNow, principal(narrow), "data", narrow);
    const second = await s.sidecar.credentials.broker.produce(policyNow, principal(wide), "data", wide);
    const again = await s.sidecar.credentials.broker.produce(policyNow, principal(narrow), "data", narrow);
    if (!first.ok || !second.ok || !again.ok) throw new Error(`expected credentials: ${JSON.stringify([first, second, again])}`);
    const requests = oauth.grants("urn:ietf:params:oauth:grant-type:token-exchange").slice(before);
    expect(requests.map((r) => r.form.subject_token)).toEqual([narrow, wide]);
    expect(again.credential).toEqual(first.credential);
    for (const outcome of [first, second]) expect(outcome.credential.expiresAtMs).toBe(expiresAtMs);
  });
});

describe("offboarding", () => {
  it("deletes the subject's records and revokes its tokens at the provider", async () => {
    const now = Date.now();
    await putUserToken("erin", "jira", "access-erin-1", "refresh-erin-1", now + 3_600_000);
    await putUserToken("erin", "wiki", "access-erin-wiki", "refresh-erin-wiki", now + 3_600_000);
    await s.admin.putCredential({ subject: "erin", server: "github", kind: CredentialKind.STATIC, secret: "ghp-erin" }, asAdmin);
    await putUserToken("frank", "jira", "access-frank-1", "refresh-frank-1", now + 3_600_000);

    const outcome = await s.sidecar.credentials.offboarding.offboard("erin");
    expect(outcome).toEqual({
      deleted: 3,
      providerRevocations: 2,
      revocationsQueued: 0,
      problems: [
        "server 'github': a static secret has no revocation protocol; revoke it at the provider too",
        "server 'wiki': its provider offers no revocation (no revocationUrl in the policy); the tokens were deleted and expire on their own",
      ],
    });
    // Both at once: in either order.
    expect(oauth.revocations.map((r) => [r.form.token, r.form.token_type_hint]).sort()).toEqual([
      ["access-erin-1", "access_token"],
      ["refresh-erin-1", "refresh_token"],
    ]);
    expect((await s.admin.listCredentials({ subject: "erin" }, asAdmin)).credentials).toEqual([]);
    expect((await s.admin.listCredentials({ subject: "frank" }, asAdmin)).credentials).toHaveLength(1);
    expect(JSON.stringify(outcome)).not.toContain("erin-1");
  });

  it("reports a provider that cannot be reached, deletes the record and queues the tokens", async () => {
    await putUserToken("gus", "jira", "access-gus-1", "refresh-gus-1", Date.now() + 3_600_000);
    await oauth.down();
    try {
      const outcome = await s.sidecar.credentials.offboarding.offboard("gus");
      expect(outcome.deleted).toBe(1);
      expect(outcome.providerRevocations).toBe(0);
      expect(outcome.revocationsQueued).toBe(1);
      expect(outcome.problems[0]).toMatch(
        /^server 'jira': revoking the (refresh|access) token failed \(revocation endpoint http:\/\/127\.0\.0\.1:\d+\/revoke cannot be reached \(\w+\)\);.* queued, retried until the provider confirms$/,
      );
    } finally {
      await oauth.up();
    }
  });
});

it("no token or secret reached a log line", () => {
  const logs = s.logs.join("\n");
  for (const value of ["access-alice-1", "refresh-alice-1", "access-bob-STALE", "refresh-bob-1", "refresh-erin-1", "client-SECRET", "eyJ"]) {
    expect(logs).not.toContain(value);
  }
  expect(logs).toContain("user token refreshed");
});
