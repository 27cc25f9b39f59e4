/**
 * A user token's refresh waits on the vault's store within the decision's `--state-timeout`:
 * a call whose token must be refreshed before it can be served takes the refresh's turn
 * (`SET NX PX` in Redis), reads the record again, and writes the new tokens back — and with a
 * hung Redis each of those waited the store's own 2 s command deadline, past the budget.
 * Now the call fails closed (CREDENTIAL_UNAVAILABLE, saying the refresh waited on the vault's
 * store past the state timeout) and the refresh goes on: once the store answers, the next call
 * gets the refreshed token, refreshed once.
 *
 * Real parts: an in-process sidecar on Redis behind a TCP proxy that holds commands while
 * hung (test/helpers/redis-proxy.ts), and oauth2-mock-server as the provider. No timing
 * assertions: the test lets the held command through only after the decision's budget has
 * surely run out — its timer, set when the wait started, fires before the test's, set later
 * for longer, in the same process — and short of the store's own command deadline. A sidecar
 * whose refresh waited outside the budget then gets its answer and allows.
 */
import { randomBytes } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { Decision, Reason } from "@portcullis/sdk";
import { Events, type MutableResponse, type TokenRequestIncomingMessage } from "oauth2-mock-server";
import { createLogger, parseVaultKey, RedisVaultStore, Vault } from "@portcullis/sidecar";
import { startCredentialSidecar, type CredentialSidecar } from "../../helpers/credential-sidecar.js";
import { startOAuthServer, type OAuthServer } from "../../helpers/oauth-server.js";
import { subject } from "../../helpers/policy.js";
import { deleteKeys, REDIS_URL, redisContents, redisForTests, uniquePrefix } from "../../helpers/redis.js";
import { startRedisProxy, type ProxiedCommand, type RedisProxy } from "../../helpers/redis-proxy.js";

const hasRedis = await redisForTests("a token refresh within the decision's state budget");
const BUDGET_MS = 1000;
/** How long the test holds the store after the held command: past the budget, short of the store's 2 s command deadline. */
const HOLD_MS = 1500;

let oauth: OAuthServer | undefined;
let proxy: RedisProxy | undefined;
let s: CredentialSidecar | undefined;
let store: RedisVaultStore | undefined;
/** The vault as another replica sees it: straight on Redis. */
let vault: Vault | undefined;
let prefix = "";
afterEach(async () => {
  proxy?.resume();
  await s?.close();
  await store?.close();
  await proxy?.close();
  await oauth?.stop();
  if (prefix) {
    await deleteKeys(prefix);
  }
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const readsRecord = (c: ProxiedCommand) => c.name === "HGET" && c.args[1] === "jira";
/** The turn's script names the refresh's lock key (the end of a turn names it too: only the first is the take). */
const takesTurn = (c: ProxiedCommand) => c.name.startsWith("EVAL") && c.args.some((a) => a.endsWith(":lock"));
/** The put script writes the record's field. */
const writesRecord = (c: ProxiedCommand) => c.name.startsWith("EVAL") && c.args.includes("jira") && c.args.some((a) => a.includes('"sealed"'));

/**
 * An in-process sidecar on Redis through the proxy, and alice's OAuth token on jira, expired,
 * written by "another replica" straight to Redis (this sidecar has not cached it, so the call
 * reads it from the store, then must refresh it before it can be served).
 */
async function setUp(): Promise<CredentialSidecar> {
  prefix = uniquePrefix();
  oauth = await startOAuthServer();
  let n = 0;
  oauth.service.on(Events.BeforeResponse, (response: MutableResponse, req: TokenRequestIncomingMessage) => {
    const form = req.body as unknown as Record<string, string>;
    if (response.statusCode !== 200 || form.grant_type !== "refresh_token") return;
    n++;
    Object.assign(response.body as Record<string, unknown>, { access_token: `access-NEW-${n}`, refresh_token: `refresh-NEW-${n}` });
  });
  const vaultKey = randomBytes(32).toString("base64");
  store = new RedisVaultStore({ url: REDIS_URL, prefix });
  await store.ready();
  vault = new Vault(store, parseVaultKey(vaultKey), createLogger({ level: "silent" }));
  const now = Date.now();
  await vault!.write("alice", "jira", "oauth2-user", {
    secret: "access-alice-OLD",
    refreshToken: "refresh-alice-OLD",
    expiresAtMs: now - 60_000,
    obtainedAtMs: now - 3_660_000,
  });
  proxy = await startRedisProxy(REDIS_URL);
  const policy = [
    "version: 1",
    "subjects:",
    subject("alice", ["support"], "alice-token"),
    subject("bob", ["support"], "bob-token"),
    "roles:",
    "  support: { servers: { jira: { allow: ['*'] }, wiki: { allow: ['*'] } } }",
    "credentials:",
    `  jira: { type: oauth2-user, authorizeUrl: '${oauth.url}/authorize', tokenUrl: '${oauth.url}/token', clientId: portcullis, scopes: [read] }`,
  ].join("\n");
  s = await startCredentialSidecar(policy, { redisUrl: proxy.url, redisPrefix: prefix, stateTimeoutMs: BUDGET_MS, vaultKey });
  return s;
}

const authorizeAlice = () => s!.client.authorize({ token: "alice-token", server: "jira", tool: "search", includeCredential: true });
const BUDGET_TEXT = `the decision's state timeout (${BUDGET_MS} ms, --state-timeout, for all of a decision's waits on shared state together)`;
const OUT_OF_BUDGET = `the credential for server 'jira' cannot be produced: the token of subject 'alice' on server 'jira' needs a refresh, and the refresh waited on the vault's store (Redis: its turn, the record's read, the new token's write) past ${BUDGET_TEXT}; the refresh goes on without this call; retry later`;

/** Once the store answers again: alice's next call gets the refreshed token, from one refresh. */
async function refreshedOnce(): Promise<void> {
  await expect.poll(async () => (await authorizeAlice()).credential?.headers.authorization, { timeout: 15_000 }).toBe("Bearer access-NEW-1");
  expect(oauth!.grants("refresh_token").map((r) => r.form.refresh_token)).toEqual(["refresh-alice-OLD"]);
}

describe.runIf(hasRedis)("a token refresh waits on the vault's store within the decision's state budget", () => {
  it("fails the call closed when the refresh's turn is not answered within the budget, and keeps serving other calls", async () => {
    await setUp();
    proxy!.hang();
    const deciding = authorizeAlice();
    // The record's read is answered; the refresh's turn that follows is held.
    await proxy!.waitForCommand(readsRecord);
    proxy!.pass();
    await Promise.race([proxy!.waitForCommand(takesTurn), deciding]);
    // Meanwhile the sidecar serves a call that needs nothing of the store.
    const other = await s!.client.authorize({ token: "bob-token", server: "wiki", tool: "read" });
    expect(other).toMatchObject({ decision: Decision.ALLOW, subject: "bob" });
    await Promise.race([sleep(HOLD_MS), deciding]);
    proxy!.resume();
    const decision = await deciding;

    expect(decision).toMatchObject({ decision: Decision.DENY, reason: Reason.CREDENTIAL_UNAVAILABLE, subject: "alice" });
    expect(decision.credential).toBeUndefined();
    expect(decision.message).toBe(OUT_OF_BUDGET);
    await refreshedOnce();
    expect(s!.logs.join("\n")).not.toMatch(/access-alice-OLD|refresh-alice-OLD|access-NEW|refresh-NEW/);
  });

  it("fails the call closed when the refreshed token's write is not answered within the budget; the write goes on", async () => {
    await setUp();
    // The provider is asked (and not charged to the budget); the store hangs before its answer is written.
    const provider = oauth!.holdTokens();
    const deciding = authorizeAlice();
    await Promise.race([provider.arrived, deciding]);
    proxy!.hang();
    provider.release();
    await Promise.race([proxy!.waitForCommand(writesRecord), deciding]);
    await Promise.race([sleep(HOLD_MS), deciding]);
    proxy!.resume();
    const decision = await deciding;

    expect(decision).toMatchObject({ decision: Decision.DENY, reason: Reason.CREDENTIAL_UNAVAILABLE, subject: "alice" });
    expect(decision.credential).toBeUndefined();
    expect(decision.message).toBe(OUT_OF_BUDGET);
    await refreshedOnce();
    // The new tokens reached the store (sealed): a rotated refresh token is not lost.
    const stored = await vault!.readFresh("alice", "jira");
    expect(stored?.payload).toMatchObject({ secret: "access-NEW-1", refreshToken: "refresh-NEW-1" });
    expect((await redisContents(prefix)).join("\n")).not.toMatch(/access-NEW|refresh-NEW|alice-OLD/);
  });
});
