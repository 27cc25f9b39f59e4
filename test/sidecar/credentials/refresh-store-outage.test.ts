/**
 * A provider that rotates refresh tokens (the old one works once) and a vault store that
 * refuses writes for a moment during a refresh (Redis failing over: NOREPLICAS). The new
 * tokens were thrown away, the refresh turn was left behind (every call waited for "another
 * replica"), and the next refresh presented the used-up refresh token: invalid_grant, record
 * deleted, the user had to connect again. Now the new tokens are served from memory and
 * written again until the store takes them, the turn's end is written again too, and the
 * superseded refresh token is never presented.
 */
import { Redis } from "ioredis";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { CredentialKind, Decision } from "@portcullis/sdk";
import { Events, type MutableResponse, type TokenRequestIncomingMessage } from "oauth2-mock-server";
import { asAdmin, startCredentialSidecar, type CredentialSidecar } from "../../helpers/credential-sidecar.js";
import { startOAuthServer, type OAuthServer } from "../../helpers/oauth-server.js";
import { subject } from "../../helpers/policy.js";
import { redisForTests, startPrivateRedis, uniquePrefix, type PrivateRedis } from "../../helpers/redis.js";

const hasRedis = await redisForTests("refresh during a store outage");
let redis: PrivateRedis;
let control: Redis;
let oauth: OAuthServer;
let s: CredentialSidecar;
const prefix = uniquePrefix();
/** Refresh tokens the provider still accepts (each once). */
const valid = new Set<string>();
let fail500 = false;

beforeAll(async () => {
  if (!hasRedis) return;
  // A Redis of its own: the test makes it refuse writes.
  redis = await startPrivateRedis();
  control = new Redis(redis.url);
  oauth = await startOAuthServer();
  let n = 0;
  oauth.service.on(Events.BeforeResponse, (response: MutableResponse, req: TokenRequestIncomingMessage) => {
    if (response.statusCode !== 200) return;
    const form = req.body as unknown as Record<string, string>;
    if (fail500) {
      response.statusCode = 500;
      response.body = { error: "server_error" };
      return;
    }
    if (form.grant_type === "refresh_token" && !valid.delete(form.refresh_token ?? "")) {
      response.statusCode = 400;
      response.body = { error: "invalid_grant", error_description: "refresh token used up or unknown" };
      return;
    }
    n++;
    Object.assign(response.body as Record<string, unknown>, { access_token: `access-NEW-${n}`, refresh_token: `refresh-NEW-${n}` });
    valid.add(`refresh-NEW-${n}`);
  });
  s = await startCredentialSidecar(
    [
      "version: 1",
      "subjects:",
      ...["alice", "bob"].map((who) => subject(who, ["support"], `${who}-token`)),
      "roles:",
      "  support: { servers: { jira: { allow: ['*'] } } }",
      "credentials:",
      `  jira: { type: oauth2-user, authorizeUrl: '${oauth.url}/authorize', tokenUrl: '${oauth.url}/token', clientId: portcullis, scopes: [read] }`,
    ].join("\n"),
    { redisUrl: redis.url, redisPrefix: prefix },
  );
});
afterEach(async () => {
  fail500 = false;
  if (hasRedis) await refuseWrites(false);
});
afterAll(async () => {
  await s?.close();
  control?.disconnect();
  await oauth?.stop();
  await redis?.stop();
});

/** Redis refuses every write (as without enough replicas during a failover), or takes them again. */
async function refuseWrites(refuse: boolean): Promise<void> {
  await control.config("SET", "min-replicas-to-write", refuse ? "1" : "0");
}

const resolve = (who: string) => s.client.resolveCredential({ token: `${who}-token`, server: "jira", tool: "search" });

/** A user's token that expired a moment ago; its refresh token is accepted once. */
async function expired(who: string): Promise<void> {
  valid.add(`refresh-${who}-OLD`);
  await s.admin.putCredential(
    { subject: who, server: "jira", kind: CredentialKind.OAUTH2_USER, secret: `access-${who}-OLD`, refreshToken: `refresh-${who}-OLD`, expiresAtMs: 1n },
    asAdmin,
  );
}

/** Polls `check` (every 50 ms, at most 20 s) until it holds. */
async function eventually(check: () => Promise<boolean>): Promise<boolean> {
  for (let i = 0; i < 400; i++) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}

const turnKeys = async (who: string, kind: "lock" | "failures") => control.keys(`${prefix}vault:refresh:${Buffer.from(who).toString("base64url")}:*:${kind}`);

describe.runIf(hasRedis)("a refresh while the vault's store refuses writes", () => {
  it("keeps the rotated tokens, serves them, stores them once it can, and never presents the used-up refresh token", async () => {
    await expired("alice");
    const hold = oauth.holdTokens();
    const first = resolve("alice");
    await hold.arrived;
    // The provider has taken the old refresh token; the store refuses the new one.
    await refuseWrites(true);
    hold.release();
    const answer = await first;
    expect(answer.decision).toBe(Decision.ALLOW);
    expect(answer.credential?.headers).toEqual({ authorization: "Bearer access-NEW-1" });
    // Still refused: served from memory, no second refresh, no wait for a turn left behind.
    const again = await resolve("alice");
    expect(again.decision).toBe(Decision.ALLOW);
    expect(again.credential?.headers).toEqual({ authorization: "Bearer access-NEW-1" });
    expect(oauth.grants("refresh_token").map((r) => r.form.refresh_token)).toEqual(["refresh-alice-OLD"]);

    // The turn is held until the tokens are stored: no replica refreshes with the used-up token.
    expect(await turnKeys("alice", "lock")).toHaveLength(1);
    await refuseWrites(false);
    const vault = s.sidecar.credentials.vault!;
    expect(await eventually(async () => (await vault.readFresh("alice", "jira"))?.payload.refreshToken === "refresh-NEW-1")).toBe(true);
    // The turn was given back once the tokens were stored.
    expect(await eventually(async () => (await turnKeys("alice", "lock")).length === 0)).toBe(true);
    expect((await vault.readFresh("alice", "jira"))?.payload.secret).toBe("access-NEW-1");
    expect((await resolve("alice")).credential?.headers).toEqual({ authorization: "Bearer access-NEW-1" });
    expect(oauth.grants("refresh_token")).toHaveLength(1);
    expect(s.logs.join("\n")).toContain("the refreshed tokens were stored after the store refused them");
    expect(s.logs.join("\n")).not.toContain("refresh-NEW-1");
  });

  it("writes the end of a failed turn (its backoff) again once the store takes writes", async () => {
    await expired("bob");
    const hold = oauth.holdTokens();
    const first = resolve("bob");
    await hold.arrived;
    fail500 = true;
    await refuseWrites(true);
    hold.release();
    expect((await first).decision).toBe(Decision.DENY);
    fail500 = false;
    await refuseWrites(false);
    // The turn is given back and the failure counted for the fleet's backoff — not left for 15 s.
    expect(await eventually(async () => (await turnKeys("bob", "lock")).length === 0 && (await turnKeys("bob", "failures")).length === 1)).toBe(true);
  });
});
