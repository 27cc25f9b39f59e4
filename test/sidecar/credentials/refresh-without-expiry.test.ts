/**
 * A provider that answers a refresh (or a code exchange) without `expires_in`, which RFC 6749
 * allows: the new token was stored with no expiry (0), so it was never refreshed again and,
 * once the provider expired it, calls failed until the user connected again. A refreshable
 * token now keeps the lifetime of the token it replaces, or else is assumed to live an hour.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CredentialKind, Decision } from "@portcullis/sdk";
import { Events, type MutableResponse } from "oauth2-mock-server";
import { followConnectLink } from "../../helpers/connect-link.js";
import { asAdmin, startCredentialSidecar, type CredentialSidecar } from "../../helpers/credential-sidecar.js";
import { startOAuthServer, type OAuthServer } from "../../helpers/oauth-server.js";
import { subject } from "../../helpers/policy.js";
import { ASSUMED_LIFETIME_MS, expiryOf } from "../../../sidecar/src/credentials/refresh-schedule.js";

const HOUR = 3_600_000;
let oauth: OAuthServer;
let s: CredentialSidecar;

const policy = (url: string) =>
  [
    "version: 1",
    "subjects:",
    ...["alice", "bob", "carol"].map((who) => subject(who, ["support"], `${who}-token`)),
    "roles:",
    "  support: { servers: { jira: { allow: ['*'] } } }",
    "credentials:",
    `  jira: { type: oauth2-user, authorizeUrl: '${url}/authorize', tokenUrl: '${url}/token', clientId: portcullis, scopes: [read, offline_access] }`,
  ].join("\n");

beforeAll(async () => {
  oauth = await startOAuthServer();
  // Every answer of the token endpoint without a lifetime.
  oauth.service.on(Events.BeforeResponse, (response: MutableResponse) => {
    if (response.statusCode === 200) delete (response.body as Record<string, unknown>).expires_in;
  });
  s = await startCredentialSidecar(policy(oauth.url));
});
afterAll(async () => {
  await s?.close();
  await oauth?.stop();
});

const resolve = (who: string) => s.client.resolveCredential({ token: `${who}-token`, server: "jira", tool: "search" });
const expiry = async (who: string) => (await s.admin.listCredentials({ subject: who }, asAdmin)).credentials[0]?.expiresAtMs ?? -1;

describe("a refresh answered without expires_in", () => {
  it("keeps the lifetime of the token it replaces", async () => {
    // A ten-minute token, expired a moment ago.
    const now = Date.now();
    await s.sidecar.credentials.vault!.write("alice", "jira", "oauth2-user", {
      secret: "access-alice-OLD",
      refreshToken: "refresh-alice-OLD",
      obtainedAtMs: now - 600_000,
      expiresAtMs: now - 1,
    });
    const before = Date.now();
    expect((await resolve("alice")).decision).toBe(Decision.ALLOW);
    expect(oauth.grants("refresh_token")).toHaveLength(1);
    const at = await expiry("alice");
    expect(at).toBeGreaterThanOrEqual(before + 599_000);
    expect(at).toBeLessThanOrEqual(Date.now() + 600_000);
  });

  it("is assumed to live an hour when the old lifetime is unknown", async () => {
    await s.admin.putCredential(
      { subject: "bob", server: "jira", kind: CredentialKind.OAUTH2_USER, secret: "access-bob-OLD", refreshToken: "refresh-bob-OLD", expiresAtMs: 1n },
      asAdmin,
    );
    const before = Date.now();
    expect((await resolve("bob")).decision).toBe(Decision.ALLOW);
    const at = await expiry("bob");
    expect(at).toBeGreaterThanOrEqual(before + HOUR);
    expect(at).toBeLessThanOrEqual(Date.now() + HOUR);
  });
});

it("a connection answered without expires_in (with a refresh token) is assumed to live an hour", async () => {
  const denied = await resolve("carol");
  const before = Date.now();
  expect((await followConnectLink(denied.connectUrl)).status).toBe(200);
  const at = await expiry("carol");
  expect(at).toBeGreaterThanOrEqual(before + HOUR);
  expect(at).toBeLessThanOrEqual(Date.now() + HOUR);
});

it("expiryOf: expires_in, else the previous lifetime, else an hour", () => {
  expect(expiryOf(1_000, 60)).toBe(61_000);
  expect(expiryOf(1_000, undefined, { obtainedAtMs: 5, expiresAtMs: 600_005 })).toBe(601_000);
  expect(expiryOf(1_000, undefined, { obtainedAtMs: 5, expiresAtMs: 0 })).toBe(1_000 + ASSUMED_LIFETIME_MS);
  expect(expiryOf(1_000, undefined)).toBe(1_000 + HOUR);
});
