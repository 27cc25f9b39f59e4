/**
 * Canary: credential values planted in the vault — a static secret, a user's OAuth access and
 * refresh tokens, the OAuth client secret — never appear in what the sidecar process writes
 * besides the sealed vault: its logs at trace level, its stderr, the errors and messages of
 * every RPC, and the files of its data directory (the SQLite vault included: sealed, so the
 * values are absent from its bytes). Exercised through allowed calls, refused input, a
 * provider that is down, a provider that refuses and echoes the token, and a tampered record
 * read after a restart.
 */
import { createClient, ConnectError } from "@connectrpc/connect";
import { randomBytes } from "node:crypto";
import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DatabaseSync } from "node:sqlite";
import { afterAll, expect, it } from "vitest";
import { AdminService, createGovernanceClient, CredentialKind, Decision, Reason } from "@portcullis/sdk";
import { Events, type MutableResponse } from "oauth2-mock-server";
import { ADMIN_TOKEN, asAdmin } from "../helpers/credential-sidecar.js";
import { startOAuthServer, type OAuthServer } from "../helpers/oauth-server.js";
import { subject } from "../helpers/policy.js";
import { policyFile } from "../helpers/policy-file.js";
import { startSidecarProcess, type SidecarProcess } from "../helpers/sidecar-process.js";

const STATIC = "canary-SECRET-static-5d2b";
const ACCESS = "canary-SECRET-access-91c0";
const REFRESH = "canary-SECRET-refresh-3e77";
const CLIENT = "canary-SECRET-client-0b4a";

let oauth: OAuthServer | undefined;
let sidecar: SidecarProcess | undefined;
const processes: SidecarProcess[] = [];
afterAll(async () => {
  await Promise.all(processes.map((p) => p.stop()));
  await oauth?.stop();
});

it("credential values appear nowhere the sidecar writes but the sealed vault", async () => {
  oauth = await startOAuthServer();
  const dir = await mkdtemp(join(tmpdir(), "pcl-canary-"));
  const dataDir = join(dir, "data");
  await writeFile(join(dir, "vault.key"), randomBytes(32).toString("hex"));
  await writeFile(join(dir, "admin"), ADMIN_TOKEN);
  const file = await policyFile(
    [
      "version: 1",
      "subjects:",
      subject("alice", ["support"], "alice-token"),
      "roles:",
      "  support: { servers: { search: { allow: ['*'] }, jira: { allow: ['*'] } } }",
      "credentials:",
      "  search: { type: static, apply: { env: { SEARCH_KEY: '{token}' } } }",
      `  jira: { type: oauth2-user, authorizeUrl: '${oauth.url}/authorize', tokenUrl: '${oauth.url}/token', revocationUrl: '${oauth.url}/revoke', clientId: c, clientSecret: env:PCL_CANARY_CLIENT }`,
    ].join("\n"),
  );
  sidecar = await startSidecarProcess(
    ["--policy", file, "--data-dir", dataDir, "--vault-key-file", join(dir, "vault.key"), "--admin-token-file", join(dir, "admin"), "--log-level", "trace"],
    { PCL_CANARY_CLIENT: CLIENT },
  );
  processes.push(sidecar);
  const client = createGovernanceClient({ baseUrl: sidecar.baseUrl!, timeoutMs: 20_000 });
  const admin = createClient(AdminService, client.transport);
  const said: string[] = [];
  const record = (value: unknown) => said.push(JSON.stringify(value, (_k, v: unknown) => (typeof v === "bigint" ? String(v) : v)));
  const refused = (p: Promise<unknown>) =>
    p.then(
      () => {
        throw new Error("expected a refusal");
      },
      (err: unknown) => record(ConnectError.from(err).message),
    );

  // Allowed calls: the value goes to the caller, and only there.
  await admin.putCredential({ server: "search", kind: CredentialKind.STATIC, secret: STATIC }, asAdmin);
  const resolved = await client.resolveCredential({ token: "alice-token", server: "search", tool: "query" });
  expect(resolved.credential?.env).toEqual({ SEARCH_KEY: STATIC });
  expect((await client.authorize({ token: "alice-token", server: "search", tool: "query", includeCredential: true })).credential?.env).toEqual({
    SEARCH_KEY: STATIC,
  });

  // Refused input that carries the values.
  await refused(admin.putCredential({ subject: "alice", server: "search", kind: CredentialKind.STATIC, secret: STATIC }, asAdmin));
  await refused(admin.putCredential({ server: "search", kind: CredentialKind.STATIC, secret: STATIC, refreshToken: REFRESH }, asAdmin));
  await refused(admin.putCredential({ subject: "alice", server: "jira", kind: CredentialKind.STATIC, secret: ACCESS }, asAdmin));
  await refused(admin.putCredential({ server: "search", kind: CredentialKind.STATIC, secret: STATIC }, { headers: { authorization: `Bearer ${STATIC}` } }));

  // An expired user token while the provider is down, then while it refuses and echoes it.
  await admin.putCredential(
    { subject: "alice", server: "jira", kind: CredentialKind.OAUTH2_USER, secret: ACCESS, refreshToken: REFRESH, expiresAtMs: BigInt(Date.now() - 1) },
    asAdmin,
  );
  await oauth.down();
  const down = await client.resolveCredential({ token: "alice-token", server: "jira", tool: "x" });
  expect(down.reason).toBe(Reason.CREDENTIAL_UNAVAILABLE);
  record(down);
  await oauth.up();
  oauth.service.once(Events.BeforeResponse, (response: MutableResponse) => {
    response.statusCode = 400;
    response.body = { error: "invalid_request", error_description: `malformed refresh_token=${REFRESH}&client_secret=${CLIENT}` };
  });
  const resolveUntil = async (done: (answer: Awaited<ReturnType<typeof client.resolveCredential>>) => boolean) => {
    for (let i = 0; i < 300; i++) {
      const answer = await client.resolveCredential({ token: "alice-token", server: "jira", tool: "x" });
      record(answer);
      if (done(answer)) return answer;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error("the expected answer never came");
  };
  // Past the backoff of the failure above, the provider's refusal comes back, scrubbed.
  const echoed = await resolveUntil((answer) => answer.message.includes("invalid_request"));
  expect(echoed.message).toContain('answered 400 invalid_request "malformed refresh_token=[redacted]&client_secret=[redacted]"');
  record(echoed);
  oauth.service.on(Events.BeforeResponse, (response: MutableResponse) => {
    response.statusCode = 400;
    response.body = { error: "invalid_grant", error_description: `refresh token ${REFRESH} of client ${CLIENT} is revoked` };
  });
  const revoked = await resolveUntil((answer) => answer.reason === Reason.CREDENTIAL_REQUIRED);
  expect(revoked.connectUrl).toContain("/oauth/connect/");
  expect(oauth.grants("refresh_token").some((r) => r.form.refresh_token === REFRESH)).toBe(true);

  // A tampered record: refused with a reason, never its value.
  await admin.putCredential(
    { subject: "alice", server: "jira", kind: CredentialKind.OAUTH2_USER, secret: ACCESS, refreshToken: REFRESH, expiresAtMs: BigInt(Date.now() + 3_600_000) },
    asAdmin,
  );
  const db = new DatabaseSync(join(dataDir, "vault.sqlite"));
  db.prepare("UPDATE credentials SET sealed = replace(sealed, '\"d\":\"', '\"d\":\"AAAA') WHERE server = 'jira'").run();
  db.close();
  await sidecar.stop();
  sidecar = await startSidecarProcess(
    ["--policy", file, "--data-dir", dataDir, "--vault-key-file", join(dir, "vault.key"), "--admin-token-file", join(dir, "admin"), "--log-level", "trace"],
    { PCL_CANARY_CLIENT: CLIENT },
  );
  processes.push(sidecar);
  const restarted = createGovernanceClient({ baseUrl: sidecar.baseUrl!, timeoutMs: 20_000 });
  const tampered = await restarted.authorize({ token: "alice-token", server: "jira", tool: "x", includeCredential: true });
  expect(tampered).toMatchObject({ decision: Decision.DENY, reason: Reason.CREDENTIAL_UNAVAILABLE });
  record(tampered);
  record(await createClient(AdminService, restarted.transport).listCredentials({}, asAdmin));
  expect((await restarted.resolveCredential({ token: "alice-token", server: "search", tool: "q" })).credential?.env).toEqual({ SEARCH_KEY: STATIC });
  restarted.close();
  client.close();
  await sidecar.stop();

  const logs = processes.flatMap((p) => [...p.logs.map((l) => JSON.stringify(l)), ...p.stderr]).join("\n");
  expect(logs).toContain("the vault record of subject 'alice' on server 'jira' cannot be used");
  const files = await readdir(dataDir, { recursive: true });
  expect(files).toContain("vault.sqlite");
  const written = await Promise.all(files.map((f) => readFile(join(dataDir, f)).catch(() => Buffer.alloc(0))));
  for (const value of [STATIC, ACCESS, REFRESH, CLIENT]) {
    expect(logs).not.toContain(value);
    expect(said.join("\n")).not.toContain(value);
    for (const bytes of written) expect(bytes.includes(Buffer.from(value))).toBe(false);
  }
  expect(logs).not.toContain("canary-SECRET");
});
