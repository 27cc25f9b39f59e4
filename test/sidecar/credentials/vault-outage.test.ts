/**
 * A fleet's vault when Redis goes away: calls that need a credential fail closed with
 * CREDENTIAL_UNAVAILABLE and a message that names the store — within a second of the outage
 * for a credential already cached — and work again once Redis is back, without a restart.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CredentialKind, Decision, Reason } from "@portcullis/sdk";
import { asAdmin, startCredentialSidecar, type CredentialSidecar } from "../../helpers/credential-sidecar.js";
import { subject } from "../../helpers/policy.js";
import { redisForTests, startPrivateRedis, uniquePrefix, type PrivateRedis } from "../../helpers/redis.js";

const hasRedis = await redisForTests("vault outage");
let redis: PrivateRedis;
let s: CredentialSidecar;

beforeAll(async () => {
  if (!hasRedis) return;
  redis = await startPrivateRedis();
  s = await startCredentialSidecar(
    [
      "version: 1",
      "subjects:",
      subject("alice", ["support"], "alice-token"),
      "roles:",
      "  support: { servers: { search: { allow: ['*'] } } }",
      "credentials:",
      "  search: { type: static }",
    ].join("\n"),
    { redisUrl: redis.url, redisPrefix: uniquePrefix() },
  );
});
afterAll(async () => {
  await s?.close();
  await redis?.stop();
});

const resolve = () => s.client.resolveCredential({ token: "alice-token", server: "search", tool: "q" });

describe.runIf(hasRedis)("the vault in Redis", () => {
  it("fails closed while Redis is down and recovers by itself", async () => {
    await s.admin.putCredential({ server: "search", kind: CredentialKind.STATIC, secret: "search-key" }, asAdmin);
    expect((await resolve()).credential?.headers).toEqual({ authorization: "Bearer search-key" });
    await redis.stop();
    // The cached record is trusted for at most a second without the store's word.
    let down = await resolve();
    for (let i = 0; i < 100 && down.decision === Decision.ALLOW; i++) {
      await new Promise((r) => setTimeout(r, 50));
      down = await resolve();
    }
    expect(down).toMatchObject({ decision: Decision.DENY, reason: Reason.CREDENTIAL_UNAVAILABLE });
    expect(down.message).toMatch(
      /^the credential for server 'search' cannot be produced: the vault's store did not answer \(Redis is unreachable \(not connected\)\); retry later$/,
    );
    await redis.start();
    // The private Redis comes back empty: once the store answers, the record is missing.
    let back = await resolve();
    for (let i = 0; i < 200 && back.message.includes("did not answer"); i++) {
      await new Promise((r) => setTimeout(r, 50));
      back = await resolve();
    }
    expect(back.message).toContain("no shared credential for server 'search' in the vault");
    await s.admin.putCredential({ server: "search", kind: CredentialKind.STATIC, secret: "search-key-2" }, asAdmin);
    expect((await resolve()).credential?.headers).toEqual({ authorization: "Bearer search-key-2" });
  });
});
