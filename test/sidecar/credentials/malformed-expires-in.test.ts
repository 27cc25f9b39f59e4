/**
 * A provider's `expires_in` that is fractional (3599.0001) or absurd (1e300): the expiry was
 * stored as it came, and encoding it for an answer (`BigInt(3599000.1)`) threw — every call
 * for the credential, and ListCredentials for the whole vault, failed until the record was
 * deleted. Lifetimes are now whole seconds of at most a year, taken at the provider's answer,
 * and the answers encode any stored record (one written before, too).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CredentialKind, Decision } from "@portcullis/sdk";
import { Events, type MutableResponse } from "oauth2-mock-server";
import { asAdmin, startCredentialSidecar, type CredentialSidecar } from "../../helpers/credential-sidecar.js";
import { startOAuthServer, type OAuthServer } from "../../helpers/oauth-server.js";
import { subject } from "../../helpers/policy.js";
import { parseVaultKey } from "../../../sidecar/src/credentials/vault-key.js";
import { seal } from "../../../sidecar/src/credentials/vault-seal.js";
import { epochMs, expiryOf, MAX_EPOCH_MS, MAX_LIFETIME_MS, storedExpiry } from "../../../sidecar/src/credentials/refresh-schedule.js";

const YEAR = 365 * 24 * 3_600_000;
let oauth: OAuthServer;
let s: CredentialSidecar;
/** The `expires_in` the provider answers with from now on (any JSON value). */
let expiresIn: unknown = 3600;

beforeAll(async () => {
  process.env.PCL_TEST_EXPIRY_SECRET = "reports-secret";
  oauth = await startOAuthServer();
  oauth.service.on(Events.BeforeResponse, (response: MutableResponse) => {
    if (response.statusCode === 200) (response.body as Record<string, unknown>).expires_in = expiresIn;
  });
  s = await startCredentialSidecar(
    [
      "version: 1",
      "subjects:",
      ...["alice", "bob", "carol", "dave"].map((who) => subject(who, ["support"], `${who}-token`)),
      "roles:",
      "  support: { servers: { jira: { allow: ['*'] }, reports: { allow: ['*'] } } }",
      "credentials:",
      `  jira: { type: oauth2-user, authorizeUrl: '${oauth.url}/authorize', tokenUrl: '${oauth.url}/token', clientId: portcullis, scopes: [read] }`,
      `  reports: { type: oauth2-client-credentials, tokenUrl: '${oauth.url}/token', clientId: portcullis, clientSecret: env:PCL_TEST_EXPIRY_SECRET, scopes: [r] }`,
    ].join("\n"),
  );
});
afterAll(async () => {
  await s?.close();
  await oauth?.stop();
});

const resolve = (who: string, server = "jira") => s.client.resolveCredential({ token: `${who}-token`, server, tool: "search" });
const listed = async () => (await s.admin.listCredentials({}, asAdmin)).credentials;

/** A user's token that expired a moment ago, to be refreshed by the next call. */
async function expired(who: string): Promise<void> {
  await s.admin.putCredential(
    { subject: who, server: "jira", kind: CredentialKind.OAUTH2_USER, secret: `access-${who}-OLD`, refreshToken: `refresh-${who}-OLD`, expiresAtMs: 1n },
    asAdmin,
  );
}

describe("a refresh answered with a malformed expires_in", () => {
  it("a fractional lifetime is rounded to whole seconds", async () => {
    expiresIn = 3599.0001;
    await expired("alice");
    const before = Date.now();
    const answer = await resolve("alice");
    expect(answer.decision).toBe(Decision.ALLOW);
    const at = Number(answer.credential!.expiresAtMs);
    expect(at).toBeGreaterThanOrEqual(before + 3_599_000);
    expect(at).toBeLessThanOrEqual(Date.now() + 3_599_000);
    expect((await listed()).find((c) => c.subject === "alice")?.expiresAtMs).toBe(BigInt(at));
  });

  it("an absurd lifetime is capped at a year, and the next calls and the list work", async () => {
    expiresIn = 1e300;
    await expired("bob");
    const before = Date.now();
    const first = await resolve("bob");
    expect(first.decision).toBe(Decision.ALLOW);
    expect(Number(first.credential!.expiresAtMs)).toBeGreaterThanOrEqual(before + YEAR);
    expect(Number(first.credential!.expiresAtMs)).toBeLessThanOrEqual(Date.now() + YEAR);
    expect((await resolve("bob")).decision).toBe(Decision.ALLOW);
    expect((await listed()).find((c) => c.subject === "bob")?.expiresAtMs).toBe(BigInt(first.credential!.expiresAtMs));
  });

  it.each([["-5"], [-5], ["soon"], [true]])("expires_in %j counts as absent (the old lifetime, else an hour)", async (value) => {
    expiresIn = value;
    await expired("carol");
    const before = Date.now();
    const answer = await resolve("carol");
    expect(answer.decision).toBe(Decision.ALLOW);
    expect(Number(answer.credential!.expiresAtMs)).toBeGreaterThanOrEqual(before + 3_600_000);
    expect(Number(answer.credential!.expiresAtMs)).toBeLessThanOrEqual(Date.now() + 3_600_000);
  });
});

it("client-credentials tokens with a fractional lifetime are served", async () => {
  expiresIn = 3599.0001;
  const answers = await Promise.all([resolve("alice", "reports"), resolve("bob", "reports")]);
  for (const answer of answers) {
    expect(answer.decision).toBe(Decision.ALLOW);
    expect(Number.isSafeInteger(Number(answer.credential!.expiresAtMs))).toBe(true);
  }
});

it("a record stored with a bad expiry (before the fix) is served and listed", async () => {
  expiresIn = 3600;
  const now = Date.now();
  // As the old source stored a refresh answered with expires_in 1e300 (and a fraction): straight into the store.
  const owner = { subject: "dave", server: "jira", kind: "oauth2-user" } as const;
  const payload = { secret: "access-dave", refreshToken: "refresh-dave", obtainedAtMs: now + 0.5, expiresAtMs: now + 1e303 };
  const sealed = seal(parseVaultKey(s.vaultKey), owner, JSON.stringify(payload));
  await s.sidecar.credentials.vault!.store.put({ ...owner, updatedAtMs: now, expiresAtMs: payload.expiresAtMs, hasRefreshToken: true, rev: "old-rev", sealed });
  const answer = await resolve("dave");
  expect(answer.decision).toBe(Decision.ALLOW);
  expect(Number(answer.credential!.expiresAtMs)).toBe(Math.round(now + 0.5) + YEAR);
  const dave = (await listed()).find((c) => c.subject === "dave");
  expect(dave?.expiresAtMs).toBe(BigInt(MAX_EPOCH_MS));
});

it("the bounds themselves", () => {
  expect(MAX_LIFETIME_MS).toBe(YEAR);
  expect(expiryOf(1_000, 0.0004)).toBe(1_000);
  expect(expiryOf(1_000, 1.0004)).toBe(2_000);
  expect(expiryOf(1_000, 1e300)).toBe(1_000 + YEAR);
  expect(expiryOf(1_000, undefined, { obtainedAtMs: 1, expiresAtMs: 1e303 })).toBe(1_000 + YEAR);
  expect([epochMs(Number.NaN), epochMs(-1), epochMs(Number.POSITIVE_INFINITY), epochMs(12.5)]).toEqual([0, 0, MAX_EPOCH_MS, 13]);
  expect(storedExpiry(1_000, 1e303)).toBe(1_000 + YEAR);
  expect(storedExpiry(0, 1e303)).toBe(MAX_EPOCH_MS);
});
