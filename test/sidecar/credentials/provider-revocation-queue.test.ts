/**
 * Deleting a connected account — by offboarding its subject or by DeleteCredential — while
 * its provider's revocation endpoint is down must neither keep the account usable nor lose
 * the only copy of the refresh token: the record goes at once, the tokens wait sealed in the
 * revocation queue of the vault's store, and the revocation is retried until the provider
 * confirms — by this sidecar, by the next one on the same data directory or Redis, and in a
 * fleet by one replica at a time. In SQLite and in Redis, against oauth2-mock-server.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { CredentialKind } from "@portcullis/sdk";
import { asAdmin, startCredentialSidecar, type CredentialSidecar } from "../../helpers/credential-sidecar.js";
import { issueDistinctTokens, startOAuthServer, type IssuedTokens, type OAuthServer } from "../../helpers/oauth-server.js";
import { subject } from "../../helpers/policy.js";
import { REDIS_URL, redisForTests, uniquePrefix } from "../../helpers/redis.js";

const hasRedis = await redisForTests("the revocation queue");

const policy = (url: string) =>
  [
    "version: 1",
    "subjects:",
    subject("alice", ["dev"], "alice-token"),
    subject("erin", ["dev"], "erin-token"),
    "roles:",
    "  dev: { servers: { jira: { allow: ['*'] } } }",
    "credentials:",
    `  jira: { type: oauth2-user, authorizeUrl: '${url}/authorize', tokenUrl: '${url}/token', revocationUrl: '${url}/revoke', clientId: portcullis }`,
  ].join("\n");

/** Retries within the test's patience (the defaults are 5 s doubling to 15 min). */
const FAST = { scanEveryMs: 50, firstRetryMs: 50, maxRetryMs: 200 };
/** Never looks for due revocations by itself (its backoff, which a fleet shares, stays short). */
const SLOW = { scanEveryMs: 3_600_000, firstRetryMs: 50, maxRetryMs: 200 };
const EVENTUALLY = { timeout: 30_000, interval: 50 };

describe.each([
  { store: "sqlite", redis: false },
  { store: "redis", redis: true },
])("with the vault in $store", ({ redis }) => {
  const skip = redis && !hasRedis;
  let oauth: OAuthServer;
  const started: CredentialSidecar[] = [];
  let n = 0;
  let issued: IssuedTokens[] = [];

  beforeAll(async () => {
    if (skip) return;
    oauth = await startOAuthServer();
    issued = issueDistinctTokens(oauth);
  });
  afterAll(async () => {
    for (const s of started) await s.close();
    await oauth?.stop();
  });

  /** A sidecar; `like` shares its vault (the same key, and data directory or Redis prefix). */
  async function sidecar(
    retry: typeof FAST | typeof SLOW,
    like?: { vaultKey: string; dataDir: string; prefix: string },
  ): Promise<CredentialSidecar & { prefix: string }> {
    const prefix = like?.prefix ?? uniquePrefix();
    const s = await startCredentialSidecar(policy(oauth.url), {
      revocationRetry: retry,
      ...(like ? { vaultKey: like.vaultKey, dataDir: like.dataDir } : {}),
      ...(redis ? { redisUrl: REDIS_URL, redisPrefix: prefix } : {}),
    });
    started.push(s);
    return Object.assign(s, { prefix });
  }

  /** Puts a connected account with distinctive token values; returns them. */
  async function connect(s: CredentialSidecar, who: string, expiresAtMs = Date.now() + 3_600_000) {
    const tokens = { access: `access-${who}-Q${++n}`, refresh: `refresh-${who}-Q${n}` };
    await s.admin.putCredential(
      {
        subject: who,
        server: "jira",
        kind: CredentialKind.OAUTH2_USER,
        secret: tokens.access,
        refreshToken: tokens.refresh,
        expiresAtMs: BigInt(expiresAtMs),
      },
      asAdmin,
    );
    return tokens;
  }

  const revokedTokens = () => oauth.revoked.map((r) => r.form.token);
  const pending = async (s: CredentialSidecar) => (await s.admin.listCredentials({}, asAdmin)).pendingRevocations;

  it.skipIf(skip)(
    "offboarding while the provider answers 503: the account goes at once, its tokens are queued and revoked once the provider is back",
    async () => {
      const s = await sidecar(FAST);
      const tokens = await connect(s, "alice");
      oauth.revocationFault = 503;
      try {
        const out = await s.admin.offboardSubject({ subject: "alice", reason: "left" }, asAdmin);
        expect(out).toMatchObject({ credentialsDeleted: 1, providerRevocations: 0, revocationsQueued: 1 });
        expect(out.problems).toHaveLength(1);
        expect(out.problems[0]).toMatch(
          /^server 'jira': revoking the (refresh|access) token failed \(revocation endpoint .* answered 503.*queued, retried until the provider confirms$/,
        );
        // Unusable at once: no record, nothing served.
        expect((await s.admin.listCredentials({ subject: "alice" }, asAdmin)).credentials).toEqual([]);
        expect(await s.sidecar.credentials.vault!.readFresh("alice", "jira")).toBeUndefined();
        // The admin sees what waits.
        const [waiting, ...more] = await pending(s);
        expect(more).toEqual([]);
        expect(waiting).toMatchObject({ subject: "alice", server: "jira", lastError: expect.stringMatching(/answered 503/) });
        expect(waiting!.attempts).toBeGreaterThanOrEqual(1);
        expect(waiting!.queuedAtMs).toBeGreaterThan(0n);
        expect(revokedTokens()).not.toContain(tokens.refresh);
      } finally {
        oauth.revocationFault = undefined;
      }
      await vi.waitFor(async () => {
        expect(revokedTokens()).toEqual(expect.arrayContaining([tokens.refresh, tokens.access]));
        expect(await pending(s)).toEqual([]);
      }, EVENTUALLY);
      expect(s.logs.join("\n")).toContain("queued provider revocation done after retries");
      for (const value of [tokens.access, tokens.refresh]) expect(s.logs.join("\n")).not.toContain(value);
    },
  );

  it.skipIf(skip)("the queue outlives the sidecar: the next one on the same vault revokes what the first could not", async () => {
    const first = await sidecar(SLOW);
    const tokens = await connect(first, "alice");
    oauth.revocationFault = 503;
    try {
      expect((await first.admin.offboardSubject({ subject: "alice", reason: "left" }, asAdmin)).revocationsQueued).toBe(1);
    } finally {
      oauth.revocationFault = undefined;
    }
    await first.close();
    started.splice(started.indexOf(first), 1);
    const next = await sidecar(FAST, first);
    await vi.waitFor(async () => {
      expect(revokedTokens()).toEqual(expect.arrayContaining([tokens.refresh, tokens.access]));
      expect(await pending(next)).toEqual([]);
    }, EVENTUALLY);
  });

  it.skipIf(skip)("DeleteCredential revokes a connected account's tokens at the provider, and says so", async () => {
    const s = await sidecar(FAST);
    const tokens = await connect(s, "bob");
    const out = await s.admin.deleteCredential({ subject: "bob", server: "jira" }, asAdmin);
    expect(out).toMatchObject({ deleted: true, providerRevocations: 2, revocationsQueued: 0, problems: [] });
    expect(revokedTokens()).toEqual(expect.arrayContaining([tokens.refresh, tokens.access]));
    expect((await s.admin.deleteCredential({ subject: "bob", server: "jira" }, asAdmin)).deleted).toBe(false);
  });

  it.skipIf(skip)("DeleteCredential while the provider is down: deleted at once, the tokens queued and revoked later", async () => {
    const s = await sidecar(FAST);
    const tokens = await connect(s, "carol");
    oauth.revocationFault = 503;
    try {
      const out = await s.admin.deleteCredential({ subject: "carol", server: "jira" }, asAdmin);
      expect(out).toMatchObject({ deleted: true, providerRevocations: 0, revocationsQueued: 1 });
      expect(out.problems[0]).toMatch(/answered 503.*queued, retried until the provider confirms$/);
      expect((await s.admin.listCredentials({ subject: "carol" }, asAdmin)).pendingRevocations).toHaveLength(1);
    } finally {
      oauth.revocationFault = undefined;
    }
    await vi.waitFor(async () => {
      expect(revokedTokens()).toEqual(expect.arrayContaining([tokens.refresh, tokens.access]));
      expect(await pending(s)).toEqual([]);
    }, EVENTUALLY);
  });

  it.skipIf(skip || !redis)("in a fleet, one replica revokes each queued token (once), whichever offboarded", async () => {
    const a = await sidecar(FAST);
    const b = await sidecar(FAST, a);
    const tokens = await connect(a, "dave");
    oauth.revocationFault = 503;
    try {
      expect((await a.admin.offboardSubject({ subject: "dave", reason: "left" }, asAdmin)).revocationsQueued).toBe(1);
      expect(await pending(b)).toHaveLength(1);
    } finally {
      oauth.revocationFault = undefined;
    }
    await vi.waitFor(async () => {
      expect(revokedTokens()).toContain(tokens.refresh);
      expect(await pending(a)).toEqual([]);
    }, EVENTUALLY);
    // Both replicas scan every 50 ms; the turn lets one of them attempt it.
    expect(revokedTokens().filter((t) => t === tokens.refresh)).toHaveLength(1);
  });

  it.skipIf(skip)(
    "a refresh that finishes after its subject was offboarded: the new tokens are not stored, and queued when the provider cannot revoke them",
    async () => {
      const s = await sidecar(FAST);
      await connect(s, "erin", Date.now() - 1000); // expired: the call refreshes
      const held = oauth.holdTokens();
      const call = s.client.resolveCredential({ token: "erin-token", server: "jira", tool: "search" });
      await held.arrived;
      oauth.revocationFault = 503;
      let fresh: IssuedTokens | undefined;
      try {
        await s.admin.offboardSubject({ subject: "erin", reason: "left" }, asAdmin);
        const before = issued.length;
        held.release();
        await call;
        fresh = issued[before];
        expect(fresh?.grant).toBe("refresh_token");
        expect((await s.admin.listCredentials({ subject: "erin" }, asAdmin)).credentials).toEqual([]);
        // The old tokens (offboarding) and the new ones (the refresh) wait for the provider.
        await vi.waitFor(async () => expect(await pending(s)).toHaveLength(2), EVENTUALLY);
      } finally {
        oauth.revocationFault = undefined;
      }
      await vi.waitFor(async () => {
        expect(revokedTokens()).toContain(fresh!.refresh);
        expect(await pending(s)).toEqual([]);
      }, EVENTUALLY);
    },
  );
});
