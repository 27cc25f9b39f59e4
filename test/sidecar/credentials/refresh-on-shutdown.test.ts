/**
 * A clean shutdown (SIGTERM, a rolling restart) while a user's token is being refreshed in
 * the background: the vault's store was closed under the refresh, so the rotated refresh
 * token the provider had just issued was never stored — with a provider that rotates (the
 * old refresh token used up), the user had to connect again. Shutdown now waits for
 * refreshes in flight and the writes of their tokens, within the drain deadline, and logs
 * the ones it cuts off.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Decision } from "@portcullis/sdk";
import { startCredentialSidecar, type CredentialSidecar } from "../../helpers/credential-sidecar.js";
import { issueDistinctTokens, startOAuthServer, type IssuedTokens, type OAuthServer } from "../../helpers/oauth-server.js";
import { subject } from "../../helpers/policy.js";
import { REDIS_URL, redisForTests, uniquePrefix } from "../../helpers/redis.js";

const hasRedis = await redisForTests("refresh on shutdown");
const HOUR = 3_600_000;
let oauth: OAuthServer;
let issued: IssuedTokens[];

beforeAll(async () => {
  oauth = await startOAuthServer();
  issued = issueDistinctTokens(oauth);
});
afterAll(async () => {
  await oauth?.stop();
});

const policy = () =>
  [
    "version: 1",
    "subjects:",
    subject("alice", ["support"], "alice-token"),
    "roles:",
    "  support: { servers: { jira: { allow: ['*'] } } }",
    "credentials:",
    `  jira: { type: oauth2-user, authorizeUrl: '${oauth.url}/authorize', tokenUrl: '${oauth.url}/token', clientId: portcullis, scopes: [read] }`,
  ].join("\n");

/** Polls the sidecar's log (every 20 ms, at most 10 s) for a line holding `text`. */
async function logged(s: CredentialSidecar, text: string): Promise<boolean> {
  for (let i = 0; i < 500; i++) {
    if (s.logs.some((line) => line.includes(text))) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return false;
}

/**
 * Starts a sidecar holding alice's token past its refresh point (still servable), makes a
 * call that starts the background refresh, and holds the provider's answer.
 */
async function refreshing(options: { redisUrl?: string; redisPrefix?: string; drainTimeoutMs?: number }) {
  const s = await startCredentialSidecar(policy(), options);
  const now = Date.now();
  await s.sidecar.credentials.vault!.write("alice", "jira", "oauth2-user", {
    secret: "access-alice-OLD",
    refreshToken: "refresh-alice-OLD",
    obtainedAtMs: now - 0.8 * HOUR,
    expiresAtMs: now + 0.2 * HOUR,
  });
  const hold = oauth.holdTokens();
  const answer = await s.client.resolveCredential({ token: "alice-token", server: "jira", tool: "search" });
  expect(answer.decision).toBe(Decision.ALLOW);
  expect(answer.credential?.headers).toEqual({ authorization: "Bearer access-alice-OLD" });
  await hold.arrived;
  return { s, hold };
}

describe.each([
  ["SQLite", () => ({})],
  ["Redis", () => ({ redisUrl: REDIS_URL, redisPrefix: uniquePrefix() })],
])("shutdown during a background refresh (%s vault)", (store, options) => {
  it.runIf(store === "SQLite" || hasRedis)("waits for the refresh and stores the rotated refresh token", async () => {
    const stored = options();
    const before = issued.length;
    const { s, hold } = await refreshing(stored);
    const closing = s.close();
    // The provider answers only once shutdown waits for the refresh.
    const waiting = await logged(s, "waiting for token refreshes in flight before shutdown");
    hold.release();
    await closing;
    // What the provider issued for that refresh (the old refresh token is used up now).
    for (let i = 0; i < 500 && issued.length === before; i++) await new Promise((r) => setTimeout(r, 20));
    // (Before the fix: nothing — shutdown did not wait, and the request timed out while the log was polled.)
    expect(issued.at(-1)?.grant).toBe("refresh_token");
    const tokens = issued.at(-1)!;

    // The next process reads the rotated tokens from the store.
    const next = await startCredentialSidecar(policy(), { ...stored, dataDir: s.dataDir, vaultKey: s.vaultKey });
    try {
      const entry = await next.sidecar.credentials.vault!.readFresh("alice", "jira");
      expect(entry?.payload.refreshToken).toBe(tokens.refresh);
      expect(entry?.payload.secret).toBe(tokens.access);
    } finally {
      await next.close();
    }
    expect(waiting).toBe(true);
    expect(s.logs.join("\n")).toContain("token refreshes in flight finished before shutdown");
  });
});

it("a refresh still in flight at the drain deadline is cut off, and logged", async () => {
  const { s, hold } = await refreshing({ drainTimeoutMs: 200 });
  try {
    await s.close();
  } finally {
    hold.release();
  }
  const line = s.logs.find((l) => l.includes("shutdown cut off 1 token refresh(es)"));
  expect(line).toBeDefined();
  expect(JSON.parse(line!)).toMatchObject({ level: "error", cutOff: 1 });
});
