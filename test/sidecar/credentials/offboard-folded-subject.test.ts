/**
 * Offboarding a subject under another case or Unicode form than the policy's (SCIM provisions
 * `Bob@corp.com`, tokens carry `bob@corp.com`): the deny-list folds subjects (NFKC, lower
 * case) and refuses the calls, and the credential side must fold the same way — the vault's
 * records of every folded form are deleted and their tokens revoked at the provider, a refresh
 * under way stores nothing, and a connect link made before the offboarding connects nothing.
 * In SQLite and in Redis (the stores list subjects, the folding happens above them).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CredentialKind, Decision, Reason } from "@portcullis/sdk";
import { createLogger } from "@portcullis/sidecar";
import { approveConnectLink, finishSignIn, openConnectLink } from "../../helpers/connect-link.js";
import { asAdmin, startCredentialSidecar, type CredentialSidecar } from "../../helpers/credential-sidecar.js";
import { issueDistinctTokens, startOAuthServer, type IssuedTokens, type OAuthServer } from "../../helpers/oauth-server.js";
import { subject } from "../../helpers/policy.js";
import { TokenCache } from "../../../sidecar/src/credentials/token-cache.js";
import { REDIS_URL, redisForTests, uniquePrefix } from "../../helpers/redis.js";

const hasRedis = await redisForTests("offboarding a folded subject");
const PEOPLE = ["bob@corp.com", "carol@corp.com", "dave@corp.com", "erin@corp.com"];

const policy = (url: string) =>
  [
    "version: 1",
    "subjects:",
    ...PEOPLE.map((who) => subject(who, ["support"], `${who}-token`)),
    "roles:",
    "  support: { servers: { jira: { allow: ['*'] } } }",
    "credentials:",
    `  jira: { type: oauth2-user, authorizeUrl: '${url}/authorize', tokenUrl: '${url}/token', revocationUrl: '${url}/revoke', clientId: portcullis, scopes: [read] }`,
  ].join("\n");

describe.each([
  { store: "sqlite", redis: false },
  { store: "redis", redis: true },
])("with the vault in $store", ({ redis }) => {
  let oauth: OAuthServer;
  let s: CredentialSidecar;
  /** Tokens the provider issued (distinctive values), in order. */
  let issued: IssuedTokens[] = [];
  const skip = redis && !hasRedis;

  beforeAll(async () => {
    if (skip) return;
    oauth = await startOAuthServer();
    issued = issueDistinctTokens(oauth);
    s = await startCredentialSidecar(policy(oauth.url), redis ? { redisUrl: REDIS_URL, redisPrefix: uniquePrefix() } : {});
  });
  afterAll(async () => {
    await s?.close();
    await oauth?.stop();
  });

  const put = (who: string, expiresAtMs: bigint) =>
    s.admin.putCredential(
      { subject: who, server: "jira", kind: CredentialKind.OAUTH2_USER, secret: `access-${who}-OLD`, refreshToken: `refresh-${who}-OLD`, expiresAtMs },
      asAdmin,
    );
  const resolve = (who: string) => s.client.resolveCredential({ token: `${who}-token`, server: "jira", tool: "search" });
  const records = async () => (await s.admin.listCredentials({}, asAdmin)).credentials.map((c) => c.subject);
  const revoked = () => oauth.revocations.map((r) => r.form.token);

  it.skipIf(skip)("offboarding 'Bob@corp.com' deletes and revokes the credential of 'bob@corp.com'", async () => {
    await put("bob@corp.com", BigInt(Date.now() + 3_600_000));
    const out = await s.admin.offboardSubject({ subject: "Bob@corp.com", reason: "left" }, asAdmin);
    expect(out).toMatchObject({ credentialsDeleted: 1, providerRevocations: 2 });
    expect(await records()).not.toContain("bob@corp.com");
    expect(revoked()).toEqual(expect.arrayContaining(["refresh-bob@corp.com-OLD", "access-bob@corp.com-OLD"]));
    expect(await resolve("bob@corp.com")).toMatchObject({ decision: Decision.DENY, reason: Reason.TOKEN_REVOKED });
  });

  it.skipIf(skip)("a connect link made before a fullwidth-form offboarding answers 403 and connects nothing", async () => {
    const denied = await resolve("carol@corp.com");
    expect(denied.reason).toBe(Reason.CREDENTIAL_REQUIRED);
    const begun = await approveConnectLink(denied.connectUrl);
    // "ＣＡＲＯＬ@corp.com" (fullwidth) folds to "carol@corp.com" under NFKC + lower case.
    await s.admin.offboardSubject({ subject: "\uff23\uff21\uff32\uff2f\uff2c@corp.com", reason: "left" }, asAdmin);
    expect((await openConnectLink(denied.connectUrl)).status).toBe(403);
    const before = issued.length;
    const finished = await finishSignIn(begun);
    expect(finished.status).toBe(403);
    expect(finished.page).toContain("was offboarded");
    expect(issued.length).toBe(before);
    expect(await records()).not.toContain("carol@corp.com");
  });

  it.skipIf(skip)("a refresh under way when 'DAVE@corp.com' is offboarded stores nothing and revokes what it got", async () => {
    await put("dave@corp.com", 1n);
    const hold = oauth.holdTokens();
    const pending = resolve("dave@corp.com");
    try {
      await hold.arrived;
      await s.admin.offboardSubject({ subject: "DAVE@corp.com", reason: "left" }, asAdmin);
    } finally {
      hold.release();
    }
    const answer = await pending;
    expect(answer.credential).toBeUndefined();
    expect(await records()).not.toContain("dave@corp.com");
    const fresh = issued.at(-1)!;
    expect(fresh.grant).toBe("refresh_token");
    expect(revoked()).toEqual(expect.arrayContaining(["refresh-dave@corp.com-OLD", fresh.refresh, fresh.access]));
  });

  it.skipIf(skip)("another subject's credential stays", async () => {
    await put("erin@corp.com", BigInt(Date.now() + 3_600_000));
    await s.admin.offboardSubject({ subject: "Erin@corp.com.other", reason: "left" }, asAdmin);
    expect(await records()).toContain("erin@corp.com");
  });
});

describe("TokenCache.forgetSubject", () => {
  it("forgets the tokens of every form that folds to the offboarded subject", async () => {
    const tokens = new TokenCache(createLogger({ level: "silent" }));
    let obtained = 0;
    const obtain = () => Promise.resolve({ accessToken: `t-${++obtained}`, refreshToken: undefined, expiresIn: 3600, tokenType: "Bearer", scope: undefined });
    const owner = { grant: "token-exchange" as const, server: "jira", subject: "bob@corp.com", presented: "h" };
    await tokens.get(owner, obtain);
    await tokens.get({ ...owner, subject: "alice" }, obtain);
    expect(tokens.forgetSubject("BOB@Corp.com")).toBe(1);
    expect((await tokens.get(owner, obtain)).token).toBe("t-3");
  });
});
