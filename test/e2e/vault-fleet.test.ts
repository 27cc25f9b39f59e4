/**
 * The credential vault of a fleet: three `portcullis serve --redis` processes share one
 * vault in Redis. A user's OAuth token is refreshed before it expires exactly once across
 * the three (counted at the real OAuth server's token endpoint), and every replica serves the
 * refreshed token; when the token has already expired and all three need it at once, one
 * refreshes while the others wait for and read its result. What Redis holds is sealed.
 */
import { createClient, type Client } from "@connectrpc/connect";
import { randomBytes } from "node:crypto";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AdminService, createGovernanceClient, CredentialKind, Decision, type GovernanceClient } from "@portcullis/sdk";
import { ADMIN_TOKEN, asAdmin } from "../helpers/credential-sidecar.js";
import { startOAuthServer, type OAuthServer } from "../helpers/oauth-server.js";
import { subject } from "../helpers/policy.js";
import { policyFile } from "../helpers/policy-file.js";
import { deleteKeys, REDIS_URL, redisForTests, uniquePrefix } from "../helpers/redis.js";
import { startSidecarProcess, type SidecarProcess } from "../helpers/sidecar-process.js";

const hasRedis = await redisForTests("vault fleet");
const prefix = uniquePrefix();
let oauth: OAuthServer;
const running: SidecarProcess[] = [];
let replicas: GovernanceClient[] = [];
let admin: Client<typeof AdminService>;

beforeAll(async () => {
  if (!hasRedis) return;
  oauth = await startOAuthServer();
  const dir = await mkdtemp(join(tmpdir(), "pcl-fleet-vault-"));
  await writeFile(join(dir, "vault.key"), randomBytes(32).toString("base64"));
  await writeFile(join(dir, "admin"), ADMIN_TOKEN);
  const file = await policyFile(
    [
      "version: 1",
      "subjects:",
      subject("alice", ["support"], "alice-token"),
      subject("bob", ["support"], "bob-token"),
      "roles:",
      "  support: { servers: { jira: { allow: ['*'] } } }",
      "credentials:",
      `  jira: { type: oauth2-user, authorizeUrl: '${oauth.url}/authorize', tokenUrl: '${oauth.url}/token', clientId: portcullis, clientSecret: env:PCL_FLEET_CLIENT_SECRET }`,
    ].join("\n"),
  );
  const args = [
    "--policy",
    file,
    "--redis",
    REDIS_URL,
    "--redis-prefix",
    prefix,
    "--vault-key-file",
    join(dir, "vault.key"),
    "--admin-token-file",
    join(dir, "admin"),
  ];
  running.push(...(await Promise.all(Array.from({ length: 3 }, () => startSidecarProcess(args, { PCL_FLEET_CLIENT_SECRET: "fleet-client-SECRET" })))));
  replicas = running.map((p) => createGovernanceClient({ baseUrl: p.baseUrl!, timeoutMs: 20_000 }));
  admin = createClient(AdminService, replicas[0]!.transport);
});

afterAll(async () => {
  for (const c of replicas) c.close();
  await Promise.all(running.map((p) => p.stop()));
  await oauth?.stop();
  if (hasRedis) {
    await deleteKeys(prefix);
  }
});

const tokenOf = (answer: { credential?: { headers: Record<string, string> } | undefined }) => answer.credential?.headers.authorization;

describe.runIf(hasRedis)("a fleet of three sidecars sharing one vault", () => {
  it("refreshes a user's token before it expires exactly once, and every replica serves the new one", async () => {
    // Refreshed at about 4 s of its 6 s: the 2 s between are the bound the timing checks rely
    // on. The provider answers slowly, so that every replica comes due while one refreshes.
    oauth.tokenDelayMs = 700;
    const expiresAtMs = Date.now() + 6000;
    await admin.putCredential(
      {
        subject: "alice",
        server: "jira",
        kind: CredentialKind.OAUTH2_USER,
        secret: "access-alice-1",
        refreshToken: "refresh-alice-1",
        expiresAtMs: BigInt(expiresAtMs),
      },
      asAdmin,
    );
    const latest: (string | undefined)[] = [undefined, undefined, undefined];
    const deadline = Date.now() + 30_000;
    while (latest.some((t) => t === undefined || t === "Bearer access-alice-1") && Date.now() < deadline) {
      const sentAt = Date.now();
      const answers = await Promise.all(replicas.map((r) => r.resolveCredential({ token: "alice-token", server: "jira", tool: "search" })));
      answers.forEach((answer, i) => {
        expect(answer.decision, answer.message).toBe(Decision.ALLOW);
        latest[i] = tokenOf(answer);
        // The old token only while it is valid.
        if (latest[i] === "Bearer access-alice-1") expect(sentAt).toBeLessThan(expiresAtMs);
      });
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(latest[0]).toMatch(/^Bearer eyJ/);
    expect(new Set(latest).size).toBe(1);
    const refreshes = oauth.grants("refresh_token");
    expect(refreshes).toHaveLength(1);
    expect(refreshes[0]!.form.refresh_token).toBe("refresh-alice-1");
    expect(refreshes[0]!.at).toBeLessThan(expiresAtMs);
    oauth.tokenDelayMs = 0;
  });

  it("has one replica refresh an expired token while the others wait for it and read its result", async () => {
    oauth.tokenDelayMs = 500;
    try {
      await admin.putCredential(
        {
          subject: "bob",
          server: "jira",
          kind: CredentialKind.OAUTH2_USER,
          secret: "access-bob-1",
          refreshToken: "refresh-bob-1",
          expiresAtMs: BigInt(Date.now() - 1),
        },
        asAdmin,
      );
      const answers = await Promise.all(
        replicas.flatMap((r) => Array.from({ length: 3 }, () => r.resolveCredential({ token: "bob-token", server: "jira", tool: "search" }))),
      );
      for (const answer of answers) expect(answer.decision, answer.message).toBe(Decision.ALLOW);
      expect(new Set(answers.map(tokenOf)).size).toBe(1);
      expect(tokenOf(answers[0]!)).toMatch(/^Bearer eyJ/);
      expect(oauth.grants("refresh_token").filter((r) => r.form.refresh_token === "refresh-bob-1")).toHaveLength(1);
    } finally {
      oauth.tokenDelayMs = 0;
    }
  });

  it("keeps only sealed records in Redis, and no token in any replica's log", async () => {
    const JWT = /eyJ[\w-]+\.eyJ[\w-]+\./;
    const redis = new Redis(REDIS_URL);
    try {
      const keys = await redis.keys(`${prefix}vault:*`);
      expect(keys.length).toBeGreaterThan(0);
      for (const key of keys) {
        const type = await redis.type(key);
        const values = type === "hash" ? Object.values(await redis.hgetall(key)) : type === "string" ? [await redis.get(key)] : await redis.smembers(key);
        const text = values.join("\n");
        for (const secret of ["access-alice-1", "refresh-alice-1", "refresh-bob-1"]) expect(text).not.toContain(secret);
        // A JWT access token, whole: header and payload (a bare "eyJ" turns up in random
        // ciphertext's base64 about once in a hundred runs).
        expect(text).not.toMatch(JWT);
      }
    } finally {
      redis.disconnect();
    }
    const logs = running.flatMap((p) => [...p.logs.map((l) => JSON.stringify(l)), ...p.stderr]).join("\n");
    for (const secret of ["access-alice-1", "refresh-alice-1", "refresh-bob-1", "fleet-client-SECRET"]) expect(logs).not.toContain(secret);
    expect(logs).not.toMatch(JWT);
    expect(logs).toContain("credential vault open");
  });
});
