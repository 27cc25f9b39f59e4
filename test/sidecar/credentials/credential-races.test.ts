/**
 * Races around a credential that is being produced, with the real OAuth server holding its
 * token endpoint's answer for exactly as long as the race needs (no timing): a refresh whose
 * record was put again, deleted, or whose subject was offboarded while the provider answered;
 * an `invalid_grant` for a record put again meanwhile; a connection whose code exchange was in
 * flight during an offboarding. A slow refresher never overwrites a newer record nor brings a
 * deleted one back (compare-and-set on the record's revision, in SQLite and in Redis); tokens
 * no record may hold are revoked at the provider (RFC 7009); and a caller offboarded during the
 * wait gets TOKEN_REVOKED from Authorize (include_credential) and ResolveCredential, no
 * credential.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CredentialKind, Decision, Reason } from "@portcullis/sdk";
import { Events, type MutableResponse } from "oauth2-mock-server";
import { approveConnectLink, finishSignIn } from "../../helpers/connect-link.js";
import { asAdmin, startCredentialSidecar, type CredentialSidecar } from "../../helpers/credential-sidecar.js";
import { issueDistinctTokens, startOAuthServer, type IssuedTokens, type OAuthServer } from "../../helpers/oauth-server.js";
import { subject } from "../../helpers/policy.js";
import { REDIS_URL, redisForTests, uniquePrefix } from "../../helpers/redis.js";

const SUBJECTS = ["alice", "bob", "carol", "dave", "erin", "frank"];
const hasRedis = await redisForTests("credential races");

const policy = (url: string) =>
  [
    "version: 1",
    "subjects:",
    ...SUBJECTS.map((who) => subject(who, ["support"], `${who}-token`)),
    "roles:",
    "  support: { servers: { jira: { allow: ['*'] } } }",
    "credentials:",
    `  jira: { type: oauth2-user, authorizeUrl: '${url}/authorize', tokenUrl: '${url}/token', revocationUrl: '${url}/revoke', clientId: portcullis, scopes: [read, offline_access] }`,
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

  const putExpired = (who: string, tag = "OLD") =>
    s.admin.putCredential(
      {
        subject: who,
        server: "jira",
        kind: CredentialKind.OAUTH2_USER,
        secret: `access-${who}-${tag}`,
        refreshToken: `refresh-${who}-${tag}`,
        expiresAtMs: 1n,
      },
      asAdmin,
    );
  const putValid = (who: string, tag: string) =>
    s.admin.putCredential(
      {
        subject: who,
        server: "jira",
        kind: CredentialKind.OAUTH2_USER,
        secret: `access-${who}-${tag}`,
        refreshToken: `refresh-${who}-${tag}`,
        expiresAtMs: BigInt(Date.now() + 3_600_000),
      },
      asAdmin,
    );
  const resolve = (who: string) => s.client.resolveCredential({ token: `${who}-token`, server: "jira", tool: "search" });
  const records = async (who: string) => (await s.admin.listCredentials({ subject: who }, asAdmin)).credentials;
  const revoked = () => oauth.revocations.map((r) => r.form.token);

  /** Starts `call`, holds the provider's answer while `meanwhile` runs, then lets it answer. */
  async function whileRefreshing<T>(call: () => Promise<T>, meanwhile: () => Promise<unknown>): Promise<T> {
    const hold = oauth.holdTokens();
    const pending = call();
    try {
      await hold.arrived;
      await meanwhile();
    } finally {
      hold.release();
    }
    return pending;
  }

  it.skipIf(skip)("a slow refresh does not overwrite a credential put while the provider answered", async () => {
    await putExpired("alice");
    const answer = await whileRefreshing(
      () => resolve("alice"),
      () => putValid("alice", "PUT"),
    );
    // The refresh lost the compare-and-set: the newer record is served and stays.
    expect(answer).toMatchObject({ decision: Decision.ALLOW, credential: { headers: { authorization: "Bearer access-alice-PUT" } } });
    expect((await resolve("alice")).credential?.headers.authorization).toBe("Bearer access-alice-PUT");
    expect(issued.at(-1)?.grant).toBe("refresh_token");
    // Not revoked: revoking a refresh token ends the whole grant at many providers.
    expect(revoked()).not.toContain(issued.at(-1)!.refresh);
  });

  it.skipIf(skip)("invalid_grant deletes only the record whose refresh token was refused", async () => {
    await putExpired("bob");
    const refuse = (response: MutableResponse) => {
      response.statusCode = 400;
      response.body = { error: "invalid_grant" };
    };
    // Runs before the planting listener sees it: the refusal wins.
    oauth.service.prependOnceListener(Events.BeforeResponse, refuse);
    const answer = await whileRefreshing(
      () => resolve("bob"),
      () => putValid("bob", "PUT"),
    );
    expect(answer.credential).toBeUndefined();
    expect(await records("bob")).toHaveLength(1);
    expect(await resolve("bob")).toMatchObject({ decision: Decision.ALLOW, credential: { headers: { authorization: "Bearer access-bob-PUT" } } });
  });

  it.skipIf(skip)("a refresh that ends after its record was deleted stores nothing and revokes what it got", async () => {
    await putExpired("carol");
    const answer = await whileRefreshing(
      () => resolve("carol"),
      () => s.admin.deleteCredential({ subject: "carol", server: "jira" }, asAdmin),
    );
    expect(answer).toMatchObject({ decision: Decision.DENY, reason: Reason.CREDENTIAL_REQUIRED });
    expect(answer.credential).toBeUndefined();
    expect(await records("carol")).toEqual([]);
    const fresh = issued.at(-1)!;
    expect(fresh.grant).toBe("refresh_token");
    expect(revoked()).toEqual(expect.arrayContaining([fresh.refresh, fresh.access]));
  });

  for (const [who, rpc] of [
    ["dave", "Authorize with include_credential"],
    ["erin", "ResolveCredential"],
  ] as const) {
    it.skipIf(skip)(`an offboarding during the refresh: ${rpc} answers TOKEN_REVOKED, and the new tokens are revoked, not stored`, async () => {
      await putExpired(who);
      const call = (): Promise<{ decision: Decision; reason: Reason; connectUrl: string; credential?: unknown }> =>
        rpc === "ResolveCredential" ? resolve(who) : s.client.authorize({ token: `${who}-token`, server: "jira", tool: "search", includeCredential: true });
      const answer = await whileRefreshing(call, () => s.admin.offboardSubject({ subject: who, reason: "left" }, asAdmin));
      expect(answer).toMatchObject({ decision: Decision.DENY, reason: Reason.TOKEN_REVOKED, connectUrl: "" });
      expect(answer.credential).toBeUndefined();
      expect(await records(who)).toEqual([]);
      const fresh = issued.at(-1)!;
      expect(fresh.grant).toBe("refresh_token");
      // The old refresh token by the offboarding, the new tokens by the refresh that got them.
      expect(revoked()).toEqual(expect.arrayContaining([`refresh-${who}-OLD`, fresh.refresh, fresh.access]));
      expect(JSON.stringify(answer)).not.toContain("NEW");
    });
  }

  it.skipIf(skip)("an offboarding while the connection's code is exchanged: nothing stored, the new tokens revoked", async () => {
    const denied = await s.client.authorize({ token: "frank-token", server: "jira", tool: "search", includeCredential: true });
    expect(denied.reason).toBe(Reason.CREDENTIAL_REQUIRED);
    const signIn = await approveConnectLink(denied.connectUrl);
    const finished = await whileRefreshing(
      () => finishSignIn(signIn),
      () => s.admin.offboardSubject({ subject: "frank", reason: "left" }, asAdmin),
    );
    expect(finished.status).toBe(403);
    expect(finished.page).toContain("was offboarded");
    expect(await records("frank")).toEqual([]);
    const fresh = issued.at(-1)!;
    expect(fresh.grant).toBe("authorization_code");
    expect(revoked()).toEqual(expect.arrayContaining([fresh.refresh, fresh.access]));
  });

  it.skipIf(skip)("no token reached a log line", () => {
    const logs = s.logs.join("\n");
    for (const value of ["access-NEW", "refresh-NEW", "-OLD", "-PUT"]) expect(logs).not.toContain(value);
    expect(logs).toContain("the new tokens were revoked at the provider, not stored");
  });
});
