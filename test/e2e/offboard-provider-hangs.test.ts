/**
 * `portcullis offboard` of a subject with four connected accounts while the provider's
 * revocation endpoint accepts requests and never answers: the revocations run in parallel
 * within the sidecar's wait (10 s, well under the CLI's 30 s deadline), so the operator gets
 * the real outcome — offboarded, accounts deleted, revocations queued (exit 4, with the
 * problems listed) — instead of a timeout that says the sidecar may not be running. The
 * queued revocations finish once the provider answers again.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { CredentialKind } from "@portcullis/sdk";
import { runCli } from "../helpers/cli.js";
import { ADMIN_TOKEN, asAdmin, startCredentialSidecar, type CredentialSidecar } from "../helpers/credential-sidecar.js";
import { startOAuthServer, type OAuthServer } from "../helpers/oauth-server.js";
import { subject } from "../helpers/policy.js";

const SERVERS = ["jira", "github", "slack", "drive"];
let oauth: OAuthServer;
let s: CredentialSidecar;

beforeAll(async () => {
  oauth = await startOAuthServer();
  const url = oauth.url;
  s = await startCredentialSidecar(
    [
      "version: 1",
      "subjects:",
      subject("alice", ["dev"], "alice-token"),
      "roles:",
      `  dev: { servers: { ${SERVERS.map((server) => `${server}: { allow: ['*'] }`).join(", ")} } }`,
      "credentials:",
      ...SERVERS.map(
        (server) =>
          `  ${server}: { type: oauth2-user, authorizeUrl: '${url}/authorize', tokenUrl: '${url}/token', revocationUrl: '${url}/revoke', clientId: portcullis }`,
      ),
    ].join("\n"),
    { revocationRetry: { scanEveryMs: 100, firstRetryMs: 1000, maxRetryMs: 1000 } },
  );
});
afterAll(async () => {
  await s?.close();
  await oauth?.stop();
});

it("reports the offboarding it did (exit 4, revocations queued) instead of timing out, and the queue finishes later", async () => {
  for (const server of SERVERS) {
    await s.admin.putCredential(
      {
        subject: "alice",
        server,
        kind: CredentialKind.OAUTH2_USER,
        secret: `access-${server}-H`,
        refreshToken: `refresh-${server}-H`,
        expiresAtMs: BigInt(Date.now() + 3_600_000),
      },
      asAdmin,
    );
  }
  const tokenFile = join(s.dataDir, "admin.token");
  await writeFile(tokenFile, ADMIN_TOKEN, { mode: 0o600 });
  oauth.revocationFault = "hang";
  try {
    const run = await runCli(["offboard", "alice", "--url", s.sidecar.baseUrl!, "--admin-token-file", tokenFile]);
    expect(run.stderr).toContain("offboarded alice: 0 tokens revoked, 4 credentials deleted, 0 provider revocations");
    expect(run.stderr).toContain("4 connected accounts not yet revoked at the provider");
    expect(run.stderr).not.toContain("is `portcullis serve` running");
    for (const server of SERVERS) expect(run.stderr).toMatch(new RegExp(`problem: server '${server}': revoking the .* did not answer within 5000 ms`));
    expect(run.code).toBe(4);
    // Every account's attempt ended at the provider's deadline (5 s), none left unfinished
    // by the sidecar's wait (10 s): they ran at once, not one after another (40 s).
    expect(run.stderr).not.toContain("did not confirm the revocation in time");
    const listed = await s.admin.listCredentials({ subject: "alice" }, asAdmin);
    expect(listed.credentials).toEqual([]);
    expect(listed.pendingRevocations.map((p) => p.server).sort()).toEqual([...SERVERS].sort());
  } finally {
    oauth.revocationFault = undefined;
  }
  await vi.waitFor(
    async () => {
      expect(oauth.revoked.map((r) => r.form.token)).toEqual(expect.arrayContaining(SERVERS.map((server) => `refresh-${server}-H`)));
      expect((await s.admin.listCredentials({}, asAdmin)).pendingRevocations).toEqual([]);
    },
    { timeout: 30_000, interval: 100 },
  );
});
