/**
 * Tokens a replica obtains for itself (client credentials, token exchange) after a policy
 * reload that changes the server's credential entry: they were cached by grant, server and
 * subject only, so a reload that moved the provider or narrowed the scopes went on serving the
 * token minted under the old entry for two thirds of its lifetime. They are keyed by a
 * fingerprint of the entry now; a reload that changes nothing relevant keeps them.
 */
import { writeFile } from "node:fs/promises";
import { afterAll, beforeAll, expect, it } from "vitest";
import { asAdmin, startCredentialSidecar, type CredentialSidecar } from "../../helpers/credential-sidecar.js";
import { startOAuthServer, type OAuthServer } from "../../helpers/oauth-server.js";
import { subject } from "../../helpers/policy.js";

const CC = "client_credentials";
const EXCHANGE = "urn:ietf:params:oauth:grant-type:token-exchange";
let p1: OAuthServer;
let p2: OAuthServer;
let s: CredentialSidecar;

const policy = (reports: { url: string; scopes: string }, data: { url: string; audience: string }, roleNote = "") =>
  [
    "version: 1",
    "subjects:",
    subject("alice", ["support"], "alice-token"),
    "roles:",
    `  support: { servers: { reports: { allow: ['*'] }, data: { allow: ['*'] } } }${roleNote}`,
    "credentials:",
    `  reports: { type: oauth2-client-credentials, tokenUrl: '${reports.url}/token', clientId: portcullis, clientSecret: env:PCL_TEST_RELOAD_SECRET, scopes: [${reports.scopes}] }`,
    `  data: { type: token-exchange, tokenUrl: '${data.url}/token-exchange', clientId: portcullis, clientSecret: env:PCL_TEST_RELOAD_SECRET, audience: '${data.audience}' }`,
  ].join("\n");

beforeAll(async () => {
  process.env.PCL_TEST_RELOAD_SECRET = "client-secret-reload";
  [p1, p2] = [await startOAuthServer(), await startOAuthServer()];
  s = await startCredentialSidecar(policy({ url: p1.url, scopes: "reports.read, reports.write" }, { url: p1.url, audience: "https://a.example.com" }));
});
afterAll(async () => {
  await s?.close();
  await p1?.stop();
  await p2?.stop();
  delete process.env.PCL_TEST_RELOAD_SECRET;
});

async function reload(text: string): Promise<void> {
  await writeFile(s.policyFile, text);
  await s.admin.reloadPolicy({}, asAdmin);
}

const reports = async () => (await s.client.resolveCredential({ token: "alice-token", server: "reports", tool: "run" })).credential?.headers.authorization;

async function exchanged(idToken: string): Promise<string | undefined> {
  const principal = { subject: "dana", roles: ["support"], team: undefined, kind: "idp" as const };
  const outcome = await s.sidecar.credentials.broker.produce(s.sidecar.policies.current, principal, "data", idToken);
  return outcome.ok ? outcome.credential.headers.authorization : undefined;
}

it("a client-credentials token is obtained anew after a reload that changes the provider or the scopes, and kept otherwise", async () => {
  const first = await reports();
  expect(first).toMatch(/^Bearer /);
  expect(p1.grants(CC)).toHaveLength(1);

  // Narrower scopes at the same provider.
  await reload(policy({ url: p1.url, scopes: "reports.read" }, { url: p1.url, audience: "https://a.example.com" }));
  const narrowed = await reports();
  expect(p1.grants(CC)).toHaveLength(2);
  expect(p1.grants(CC)[1]!.form.scope).toBe("reports.read");
  expect(narrowed).not.toBe(first);

  // Another provider (tenant).
  await reload(policy({ url: p2.url, scopes: "reports.read" }, { url: p1.url, audience: "https://a.example.com" }));
  const moved = await reports();
  expect(p2.grants(CC)).toHaveLength(1);
  expect(moved).not.toBe(narrowed);

  // A reload that leaves the entry as it is (a comment elsewhere) keeps the token.
  await reload(policy({ url: p2.url, scopes: "reports.read" }, { url: p1.url, audience: "https://a.example.com" }, " # reviewed"));
  expect(await reports()).toBe(moved);
  expect(p2.grants(CC)).toHaveLength(1);
});

it("an exchanged token is exchanged anew after a reload that changes the audience", async () => {
  const idToken = await p1.issuer.buildToken({ scopesOrTransform: (_h, p) => Object.assign(p, { sub: "dana", aud: "portcullis" }) });
  const before = p1.grants(EXCHANGE).length;
  const first = await exchanged(idToken);
  expect(await exchanged(idToken)).toBe(first);
  expect(p1.grants(EXCHANGE)).toHaveLength(before + 1);

  await reload(policy({ url: p2.url, scopes: "reports.read" }, { url: p1.url, audience: "https://b.example.com" }));
  const second = await exchanged(idToken);
  expect(p1.grants(EXCHANGE)).toHaveLength(before + 2);
  expect(p1.grants(EXCHANGE).at(-1)!.form.audience).toBe("https://b.example.com");
  expect(second).not.toBe(first);
});
