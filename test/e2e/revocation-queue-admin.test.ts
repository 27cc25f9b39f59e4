/**
 * The provider revocation queue is visible and under the operator's control, on a real
 * `portcullis serve` process with a real OAuth server whose revocation endpoint is down:
 *
 * - metrics (OTLP, like the sidecar's others): `portcullis.credentials.revocations.pending`
 *   (what the queue holds), `….abandoned` (given up) and `….dropped` (by an operator);
 * - `portcullis revocations list` shows each queued revocation — id, server, subject, when
 *   queued, failed attempts, last error — and never a token;
 * - `portcullis revocations drop ID` removes one (after the grant was revoked by hand): it is
 *   never attempted again, the admin token is required, and the trail records who dropped what.
 */
import { createClient } from "@connectrpc/connect";
import { createConnectTransport } from "@connectrpc/connect-node";
import { randomBytes } from "node:crypto";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { AdminService, Code, ConnectError, CredentialKind } from "@portcullis/sdk";
import { runCli } from "../helpers/cli.js";
import { ADMIN_TOKEN, asAdmin } from "../helpers/credential-sidecar.js";
import { startOAuthServer, type OAuthServer } from "../helpers/oauth-server.js";
import { startOtlpReceiver, type OtlpReceiver } from "../helpers/otlp-receiver.js";
import { subject } from "../helpers/policy.js";
import { policyFile } from "../helpers/policy-file.js";
import { startSidecarProcess, type SidecarProcess } from "../helpers/sidecar-process.js";

/** Export metrics every 200 ms rather than every minute. */
const FAST = { OTEL_METRIC_EXPORT_INTERVAL: "200" };
const CANARY = randomBytes(6).toString("hex");
const tokensOf = (who: string) => ({ secret: `access-${who}-${CANARY}`, refreshToken: `refresh-${who}-${CANARY}` });

let oauth: OAuthServer | undefined;
let otlp: OtlpReceiver | undefined;
let sidecar: SidecarProcess | undefined;
afterAll(async () => {
  await sidecar?.stop();
  await otlp?.close();
  await oauth?.stop();
});

/** The newest exported value of a metric, or undefined before its first export. */
const latest = (metric: string) => otlp!.points.filter((p) => p.metric === metric).at(-1)?.value;

describe("the provider revocation queue for an operator", () => {
  it("exports its size and what was given up, lists it without tokens, and drops one by id (admin only, audited)", async () => {
    oauth = await startOAuthServer();
    otlp = await startOtlpReceiver();
    const url = oauth.url;
    const dir = await mkdtemp(join(tmpdir(), "pcl-revocations-"));
    await writeFile(join(dir, "vault.key"), randomBytes(32).toString("base64"));
    const adminFile = join(dir, "admin");
    await writeFile(adminFile, ADMIN_TOKEN, { mode: 0o600 });
    const policy = (legacyRevocation: boolean) =>
      [
        "version: 1",
        "subjects:",
        subject("alice", ["dev"], `alice-${CANARY}`),
        "roles:",
        "  dev: { servers: { jira: { allow: ['*'] }, legacy: { allow: ['*'] } } }",
        "credentials:",
        `  jira: { type: oauth2-user, authorizeUrl: '${url}/authorize', tokenUrl: '${url}/token', revocationUrl: '${url}/revoke', clientId: portcullis }`,
        `  legacy: { type: oauth2-user, authorizeUrl: '${url}/authorize', tokenUrl: '${url}/token', ${legacyRevocation ? `revocationUrl: '${url}/revoke', ` : ""}clientId: portcullis }`,
      ].join("\n");
    const file = await policyFile(policy(true));
    sidecar = await startSidecarProcess(
      ["--policy", file, "--vault-key-file", join(dir, "vault.key"), "--admin-token-file", adminFile, "--otlp-endpoint", otlp.url],
      FAST,
      { startTimeoutMs: 30_000 },
    );
    const baseUrl = sidecar.baseUrl!;
    const admin = createClient(AdminService, createConnectTransport({ baseUrl, httpVersion: "1.1" }));
    const cli = (...args: string[]) => runCli(["revocations", ...args, "--url", baseUrl, "--admin-token-file", adminFile]);

    for (const [who, server] of [
      ["alice", "jira"],
      ["bob", "jira"],
      ["carol", "legacy"],
    ] as const) {
      await admin.putCredential(
        { subject: who, server, kind: CredentialKind.OAUTH2_USER, ...tokensOf(who), expiresAtMs: BigInt(Date.now() + 3_600_000) },
        asAdmin,
      );
    }
    // The provider is down: every deleted account's tokens stay queued.
    oauth.revocationFault = 503;
    for (const [who, server] of [
      ["alice", "jira"],
      ["bob", "jira"],
      ["carol", "legacy"],
    ] as const) {
      expect(await admin.deleteCredential({ subject: who, server }, asAdmin)).toMatchObject({ deleted: true, revocationsQueued: 1 });
    }

    const listed = await cli("list", "--json");
    expect(listed.code, listed.stderr).toBe(0);
    const queue = JSON.parse(listed.stdout) as {
      revocationId: string;
      server: string;
      subject: string;
      queuedAt: string;
      attempts: number;
      lastError: string;
    }[];
    expect(queue.map((r) => `${r.subject}@${r.server}`).sort()).toEqual(["alice@jira", "bob@jira", "carol@legacy"]);
    for (const r of queue) {
      expect(r).toMatchObject({ revocationId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
      expect(r.attempts).toBeGreaterThanOrEqual(1);
      expect(r.lastError).toContain("503");
      expect(Date.parse(r.queuedAt)).not.toBeNaN();
    }
    const table = await cli("list");
    expect(table.stdout).toMatch(/^ID\s+SERVER\s+SUBJECT\s+QUEUED\s+ATTEMPTS\s+LAST ERROR/);
    for (const r of queue) expect(table.stdout).toContain(r.revocationId);
    expect(`${listed.stdout}${listed.stderr}${table.stdout}${table.stderr}`).not.toContain(CANARY);

    await otlp.waitFor(
      "the queue's metrics",
      () => latest("portcullis.credentials.revocations.pending") === 3 && latest("portcullis.credentials.revocations.abandoned") === 0,
    );

    // Only with the admin token.
    const alice = queue.find((r) => r.subject === "alice")!;
    const refused = await admin.dropRevocation({ revocationId: alice.revocationId }).catch((err: unknown) => ConnectError.from(err));
    expect(refused).toBeInstanceOf(ConnectError);
    expect((refused as ConnectError).code).toBe(Code.Unauthenticated);

    const dropped = await cli("drop", alice.revocationId);
    expect(dropped.code, dropped.stderr).toBe(0);
    expect(dropped.stderr).toContain(`dropped ${alice.revocationId} (server jira, subject alice`);
    expect(dropped.stderr).not.toContain(CANARY);
    const again = await cli("drop", alice.revocationId);
    expect(again.code).toBe(3);
    expect(again.stderr).toContain(`no queued revocation '${alice.revocationId}'`);

    const left = (await admin.listCredentials({}, asAdmin)).pendingRevocations;
    expect(left.map((r) => r.subject).sort()).toEqual(["bob", "carol"]);
    await otlp.waitFor(
      "the drop in the metrics",
      () => latest("portcullis.credentials.revocations.pending") === 2 && latest("portcullis.credentials.revocations.dropped") === 1,
    );

    // Recorded like every admin change: the method, the id, how it ended.
    await vi.waitFor(
      async () => {
        const records: Record<string, unknown>[] = [];
        for await (const r of admin.queryAudit({ event: "admin" }, asAdmin)) records.push(JSON.parse(r.recordJson) as Record<string, unknown>);
        const attrs = records.map((r) => r.attrs as Record<string, string>).filter((a) => a.method === "DropRevocation");
        expect(attrs).toEqual([
          expect.objectContaining({ revocationId: alice.revocationId, status: "ok" }),
          expect.objectContaining({ revocationId: alice.revocationId, status: "NotFound" }),
        ]);
      },
      { timeout: 10_000, interval: 100 },
    );

    // The policy drops legacy's revocation endpoint: its queued revocation is given up at its
    // next attempt (after the first failure's 5 s backoff), counted and logged.
    await writeFile(file, policy(false));
    expect((await admin.reloadPolicy({}, asAdmin)).changed).toBe(true);
    await otlp.waitFor("the given-up revocation in the metrics", () => latest("portcullis.credentials.revocations.abandoned") === 1, 60_000);
    await sidecar.waitForLog((l) => l.level === "error" && String(l.msg).includes("was given up") && l.subject === "carol");

    // The provider is back: bob's revocation finishes; alice's dropped one is never attempted again.
    const triedAlice = () => oauth!.revocations.filter((r) => r.form.token?.includes(`alice-${CANARY}`)).length;
    const aliceAttempts = triedAlice();
    oauth.revocationFault = undefined;
    await vi.waitFor(
      async () => {
        expect(oauth!.revoked.map((r) => r.form.token)).toContain(tokensOf("bob").refreshToken);
        expect((await admin.listCredentials({}, asAdmin)).pendingRevocations).toEqual([]);
      },
      { timeout: 60_000, interval: 200 },
    );
    expect(triedAlice()).toBe(aliceAttempts);
    expect(JSON.stringify(sidecar.logs)).not.toContain(CANARY);
  });
});
