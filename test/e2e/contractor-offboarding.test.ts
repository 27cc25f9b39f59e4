/**
 * The seed scenario of issue #9, end to end on real parts: a contractor's Jira access through
 * MCP outlived their offboarding because the credential sat outside the offboarding process.
 * Here a fleet of three `portcullis serve --redis` processes (one Redis, a unique prefix, one
 * vault key, trace logging) governs `jira`, whose credential is each user's own OAuth token
 * (`oauth2-user`) at a real OAuth 2 server (oauth2-mock-server, with RFC 7009 revocation), and
 * trusts a second real OAuth/OIDC server as the company IdP (`identity.oidc`; it also does RFC
 * 8693 token exchange for the `data` server).
 *
 * Each act enrols a contractor as it happens in production: a PAT (the CLI in act 1, the admin
 * RPC in act 2), a still-valid IdP JWT, and a Jira account connected through the real connect
 * flow (CREDENTIAL_REQUIRED → connect_url → the provider → the callback → sealed in Redis);
 * Authorize and ResolveCredential then ALLOW with that credential on all three replicas. Then
 * one action offboards — act 1 `portcullis offboard contractor` (the CLI, as an operator runs
 * it), act 2 a SCIM `PATCH active:false` exactly as Okta sends it, to a user Okta created by
 * SCIM POST — and the test measures, from the moment that action returns, how long until every
 * replica refuses the PAT and the JWT on Authorize and ResolveCredential with TOKEN_REVOKED
 * (printed; the issue's bound of 1 s is the identity bench's claim — on a busy machine a check
 * takes longer — so the test asserts that it happens, within 10 s), and checks that the refresh token reached the OAuth server's revocation
 * endpoint and the vault record is gone.
 *
 * Two more pieces of the same story: a Jira sign-in the contractor started before being
 * offboarded (still at the provider's consent screen) must connect nothing afterwards — else a
 * fresh refresh token would land in the vault after offboarding revoked the rest; and the
 * caller's IdP JWT is exchanged (RFC 8693) for a user-scoped token through Authorize
 * include_credential and ResolveCredential on real processes, not only at the domain level.
 *
 * A canary runs through it all: the PATs, the OAuth tokens (planted at the provider), the JWTs,
 * the exchanged tokens, the client secrets, the admin and SCIM tokens and a SCIM password must
 * appear in no replica's stdout/stderr, no RPC or SCIM answer, no CLI output (but the issued
 * token's stdout), no data-directory file and no Redis value under the test prefix.
 */
import { createClient, ConnectError, type Client } from "@connectrpc/connect";
import { randomBytes } from "node:crypto";
import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Redis } from "ioredis";
import { decodeJwt } from "jose";
import { Events, type MutableResponse, type TokenRequestIncomingMessage } from "oauth2-mock-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AdminService, createGovernanceClient, Decision, Reason, type GovernanceClient } from "@portcullis/sdk";
import { hashToken } from "@portcullis/sidecar";
import { runCli } from "../helpers/cli.js";
import { approveConnectLink, finishSignIn, followConnectLink } from "../helpers/connect-link.js";
import { startOAuthServer, type OAuthServer } from "../helpers/oauth-server.js";
import { policyFile } from "../helpers/policy-file.js";
import { REDIS_URL, redisContents, redisForTests, uniquePrefix } from "../helpers/redis.js";
import { startSidecarProcess, type SidecarProcess } from "../helpers/sidecar-process.js";

const hasRedis = await redisForTests("contractor offboarding");

/** Catches an offboarding that never reaches a replica; how fast it does is the bench's claim. */
const WITHIN_MS = 10_000;
const AUD = "api://portcullis";
const ADMIN = "canary-SECRET-admin-0123456789abcdef-01234";
const SCIM = "canary-SECRET-scim-0123456789abcdef-012345";
const JIRA_CLIENT_SECRET = "canary-SECRET-jira-client-7f1e";
const IDP_CLIENT_SECRET = "canary-SECRET-idp-client-2c9d";
const SCIM_PASSWORD = "canary-SECRET-scim-password-55aa";
const SCIM_CONTENT = "application/scim+json; charset=utf-8";

interface Replica {
  readonly process: SidecarProcess;
  readonly client: GovernanceClient;
  readonly admin: Client<typeof AdminService>;
  readonly dataDir: string;
}

/** What one contractor holds once enrolled. */
interface Enrolled {
  readonly subject: string;
  readonly pat: string;
  readonly jwt: string;
  readonly access: string;
  readonly refresh: string;
}

const prefix = uniquePrefix();
let dir: string;
let idp: OAuthServer;
let jira: OAuthServer;
let replicas: Replica[] = [];
const asAdmin = { headers: { authorization: `Bearer ${ADMIN}` } };
/** Values that must appear nowhere but where they belong: [what, the text to search for]. */
const canaries: [string, string][] = [
  ["admin token", ADMIN],
  ["SCIM token", SCIM],
  ["Jira client secret", JIRA_CLIENT_SECRET],
  ["IdP client secret", IDP_CLIENT_SECRET],
  ["SCIM password", SCIM_PASSWORD],
];
/** Everything the sidecars told a caller: RPC messages and errors, SCIM bodies, CLI output. */
const said = new Set<string>();
/** Who was enrolled, in order. */
const enrolled: Enrolled[] = [];
/** The measured times to refusal, printed at the end. */
const figures: string[] = [];
/** The tokens the Jira server hands out on the next authorization-code exchange. */
let plantedTokens: { access: string; refresh: string } | undefined;

beforeAll(async () => {
  if (!hasRedis) return;
  [idp, jira] = await Promise.all([startOAuthServer(), startOAuthServer()]);
  // The provider issues distinctive tokens, so that a leak anywhere is found by a plain search.
  jira.service.on(Events.BeforeResponse, (response: MutableResponse, req: TokenRequestIncomingMessage) => {
    const form = req.body as unknown as Record<string, string>;
    if (plantedTokens && response.statusCode === 200 && form.grant_type === "authorization_code") {
      Object.assign(response.body as Record<string, unknown>, { access_token: plantedTokens.access, refresh_token: plantedTokens.refresh });
      plantedTokens = undefined;
    }
  });
  dir = await mkdtemp(join(tmpdir(), "pcl-contractor-"));
  await writeFile(join(dir, "admin.token"), ADMIN, { mode: 0o600 });
  await writeFile(join(dir, "scim.token"), SCIM, { mode: 0o600 });
  await writeFile(join(dir, "vault.key"), randomBytes(32).toString("base64"), { mode: 0o600 });
  const policy = await policyFile(`version: 1
identity:
  oidc:
    - issuer: ${idp.url}
      audience: ${AUD}
      jwksTimeout: 10s
      roles: { claim: groups, map: { okta-contractors: contractor, okta-analysts: analyst } }
roles:
  contractor: { servers: { jira: { allow: [search_issues, create_issue] } } }
  analyst: { servers: { data: { allow: [query] } } }
credentials:
  jira: { type: oauth2-user, authorizeUrl: '${jira.url}/authorize', tokenUrl: '${jira.url}/token', revocationUrl: '${jira.url}/revoke', clientId: portcullis-jira, clientSecret: env:PCL_E2E_JIRA_SECRET, scopes: [read:jira-work, offline_access] }
  data: { type: token-exchange, tokenUrl: '${idp.url}/token-exchange', clientId: portcullis, clientSecret: env:PCL_E2E_IDP_SECRET, audience: 'https://data.example.com', scopes: [data.read] }
`);
  replicas = await Promise.all(
    [0, 1, 2].map(async (i) => {
      const dataDir = join(dir, `data-${i}`);
      const args = ["--policy", policy, "--no-watch", "--redis", REDIS_URL, "--redis-prefix", prefix, "--data-dir", dataDir, "--log-level", "trace"];
      args.push("--vault-key-file", join(dir, "vault.key"), "--admin-token-file", join(dir, "admin.token"), "--scim-token-file", join(dir, "scim.token"));
      const sidecar = await startSidecarProcess(args, { PCL_E2E_JIRA_SECRET: JIRA_CLIENT_SECRET, PCL_E2E_IDP_SECRET: IDP_CLIENT_SECRET });
      const client = createGovernanceClient({ baseUrl: sidecar.baseUrl!, timeoutMs: 10_000 });
      return { process: sidecar, client, admin: createClient(AdminService, client.transport), dataDir };
    }),
  );
});

afterAll(async () => {
  for (const r of replicas) r.client.close();
  await Promise.all(replicas.map((r) => r.process.stop()));
  await Promise.all([idp?.stop(), jira?.stop()]);
  if (hasRedis) {
    const keys = (await redisContents(prefix)).map((line) => line.slice(0, line.indexOf(" ")));
    if (keys.length > 0) {
      const redis = new Redis(REDIS_URL);
      await redis.del(...keys);
      redis.disconnect();
    }
  }
});

/** An IdP token for `subject`, signed by the IdP's key and valid for an hour. */
async function idpToken(subject: string, groups: string[]): Promise<string> {
  const jwt = await idp.issuer.buildToken({ scopesOrTransform: (_header, payload) => Object.assign(payload, { sub: subject, aud: AUD, groups }) });
  canaries.push([`JWT of ${subject} (payload)`, jwt.split(".")[1]!], [`JWT of ${subject} (signature)`, jwt.split(".")[2]!]);
  return jwt;
}

const jiraCall = (token: string) => ({ token, server: "jira", tool: "search_issues" });

/** Authorize (with the credential) and ResolveCredential for Jira, as the holder of `token`. */
async function jiraAnswers(replica: Replica, token: string) {
  const [authorized, resolved] = await Promise.all([
    replica.client.authorize({ ...jiraCall(token), includeCredential: true }),
    replica.client.resolveCredential(jiraCall(token)),
  ]);
  said.add(authorized.message).add(resolved.message);
  return { authorized, resolved };
}

async function refused(call: Promise<unknown>): Promise<ConnectError> {
  const err = await call.then(
    () => undefined,
    (e: unknown) => ConnectError.from(e),
  );
  if (!err) throw new Error("expected the call to be refused");
  said.add(err.message);
  return err;
}

/**
 * Enrols `subject`: a PAT (from `issuePat`), an IdP JWT, and a Jira account connected through
 * the connect link replica `connectOn` hands out; then checks both tokens get the credential
 * on every replica.
 */
async function enrol(subject: string, issuePat: () => Promise<string>, connectOn: number): Promise<Enrolled> {
  const pat = await issuePat();
  expect(pat).toMatch(/^pcl_[0-9A-Za-z]{43}$/);
  canaries.push([`PAT of ${subject}`, pat.slice(8)]); // the first 8 characters are the hint lists show
  const jwt = await idpToken(subject, ["okta-contractors"]);
  const tag = randomBytes(4).toString("hex");
  const access = `canary-SECRET-jira-access-${tag}`;
  const refresh = `canary-SECRET-jira-refresh-${tag}`;
  canaries.push([`Jira access token of ${subject}`, access], [`Jira refresh token of ${subject}`, refresh]);

  const origin = replicas[connectOn]!;
  // One after the other: the replica hands the second call the link it made for the first.
  const required = await origin.client.authorize({ ...jiraCall(pat), includeCredential: true });
  const again = await origin.client.resolveCredential(jiraCall(pat));
  said.add(required.message).add(again.message);
  expect(required).toMatchObject({ decision: Decision.DENY, reason: Reason.CREDENTIAL_REQUIRED, subject });
  expect(required.connectUrl).toMatch(new RegExp(`^${origin.process.baseUrl}/oauth/connect/[\\w-]{43}$`));
  expect(again).toMatchObject({ decision: Decision.DENY, reason: Reason.CREDENTIAL_REQUIRED, connectUrl: required.connectUrl });

  plantedTokens = { access, refresh };
  const connected = await followConnectLink(required.connectUrl);
  said.add(connected.page);
  expect(connected.status, connected.page).toBe(200);
  expect(connected.page).toContain(`connected for subject &#39;${subject}&#39;`);
  expect(plantedTokens).toBeUndefined();
  const exchanges = jira.grants("authorization_code");
  expect(exchanges.at(-1)!.form).toMatchObject({ code: connected.callback.searchParams.get("code"), redirect_uri: `${origin.process.baseUrl}/oauth/callback` });

  for (const replica of replicas) {
    const withPat = await jiraAnswers(replica, pat);
    const withJwt = await jiraAnswers(replica, jwt);
    for (const answer of [withPat.authorized, withPat.resolved, withJwt.authorized, withJwt.resolved]) {
      expect(answer, answer.message).toMatchObject({ decision: Decision.ALLOW, subject });
      expect(answer.credential?.headers).toEqual({ authorization: `Bearer ${access}` });
    }
    expect(withJwt.authorized.roles).toEqual(["contractor"]);
    const held = await replica.admin.listCredentials({ subject }, asAdmin);
    expect(held.credentials).toEqual([expect.objectContaining({ subject, server: "jira", hasRefreshToken: true })]);
  }
  // Sealed in Redis: the vault record and the token's hash are there, the values are not.
  await expectNothingInRedis([`${prefix}vault:`, hashToken(pat)]);
  const who = { subject, pat, jwt, access, refresh };
  enrolled.push(who);
  return who;
}

/** Every probe answered by one replica, once all four refuse with TOKEN_REVOKED. */
async function probeRevoked(replica: Replica, who: Enrolled) {
  const [pat, jwt] = await Promise.all([jiraAnswers(replica, who.pat), jiraAnswers(replica, who.jwt)]);
  const answers = { patAuthorize: pat.authorized, patResolve: pat.resolved, jwtAuthorize: jwt.authorized, jwtResolve: jwt.resolved };
  const done = Object.values(answers).every((a) => a.reason === Reason.TOKEN_REVOKED);
  return { done, answers };
}

/**
 * Milliseconds from `since` until every replica refuses `who`'s PAT and JWT on Authorize and
 * ResolveCredential with TOKEN_REVOKED, and the last answers of each replica. Polls each
 * replica back to back (every answer is an awaited round trip), giving up after 10 s.
 */
async function untilRefusedEverywhere(who: Enrolled, since: number) {
  const each = await Promise.all(
    replicas.map(async (replica) => {
      for (;;) {
        const probe = await probeRevoked(replica, who);
        const elapsed = performance.now() - since;
        if (probe.done || elapsed > 10_000) return { ms: probe.done ? elapsed : Infinity, answers: probe.answers };
      }
    }),
  );
  return { ms: Math.max(...each.map((e) => e.ms)), answers: each.map((e) => e.answers) };
}

/** The act's assertions once the offboarding action returned at `since`; returns the time to refusal on all three. */
async function expectOffboarded(who: Enrolled, since: number): Promise<number> {
  const { ms, answers } = await untilRefusedEverywhere(who, since);
  for (const replica of answers) {
    for (const [probe, answer] of Object.entries(replica)) {
      expect({ probe, decision: answer.decision, reason: answer.reason, subject: answer.subject }).toEqual({
        probe,
        decision: Decision.DENY,
        reason: Reason.TOKEN_REVOKED,
        subject: "",
      });
      expect(answer.credential).toBeUndefined();
      expect(answer.connectUrl).toBe("");
    }
    expect(replica.patResolve.message).toMatch(/^gateway token tok_\w+ was revoked at \d{4}-.*Z/);
    expect(replica.jwtResolve.message).toMatch(
      /^subject '.+' was offboarded at .*Z; tokens issued before then, or within the \d+ s clock skew after it, are refused$/,
    );
    expect(replica.jwtResolve.message).toContain(`subject '${who.subject}'`);
  }
  // RFC 7009 at the provider: the refresh token (ending the grant), and the access token, still valid.
  const revoked = jira.revocations.filter((r) => r.form.token === who.refresh || r.form.token === who.access);
  expect(revoked.map((r) => [r.form.token, r.form.token_type_hint])).toEqual([
    [who.refresh, "refresh_token"],
    [who.access, "access_token"],
  ]);
  for (const replica of replicas) expect((await replica.admin.listCredentials({ subject: who.subject }, asAdmin)).credentials).toEqual([]);
  return ms;
}

/** Checks that no canary is in a Redis key or value under the prefix, and that each of `present` is. */
async function expectNothingInRedis(present: readonly string[] = []): Promise<void> {
  const contents = (await redisContents(prefix)).join("\n");
  for (const text of [`${prefix}id:`, ...present]) expect(contents).toContain(text);
  for (const [what, value] of canaries) expect(contents.includes(value), `${what} is in Redis`).toBe(false);
}

describe.runIf(hasRedis)("the contractor scenario on three replicas sharing Redis", () => {
  it("act 1: `portcullis offboard contractor` refuses the PAT and the IdP JWT on all three, revokes at the provider, empties the vault", async () => {
    const contractor = await enrol(
      "contractor",
      async () => {
        const issued = await runCli(["token", "issue", "--subject", "contractor", "--roles", "contractor", "--ttl", "30d", ...adminArgs(1)]);
        said.add(issued.stderr); // stdout is the token itself: the one place it is shown
        expect(issued.code, issued.stderr).toBe(0);
        return issued.stdout.trim();
      },
      0,
    );

    const run = await runCli(["offboard", "contractor", "--reason", "contract ended", ...adminArgs(0)]);
    const since = performance.now(); // the CLI's start-up is not the sidecars' time
    said.add(run.stdout).add(run.stderr);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain("offboarded contractor: 1 token revoked, 1 credential deleted, 2 provider revocations; tokens issued before now are refused");
    expect(run.stderr).not.toContain("problem:");

    const ms = await expectOffboarded(contractor, since);
    figures.push(`CLI offboard: refused on all 3 replicas ${ms.toFixed(1)} ms after the command returned`);
    console.log(figures.at(-1));
    expect(ms).toBeLessThanOrEqual(WITHIN_MS);
  });

  it("act 2: a SCIM PATCH active:false as Okta sends it does the same", async () => {
    const userName = "sam.contractor@example.com";
    const okta = (replica: Replica, path: string, init: { method?: string; body?: unknown; token?: string } = {}) =>
      fetch(`${replica.process.baseUrl}/scim/v2/${path}`, {
        method: init.method ?? "GET",
        headers: {
          authorization: `Bearer ${init.token ?? SCIM}`,
          accept: "application/scim+json",
          "content-type": SCIM_CONTENT,
          "user-agent": "Okta SCIM Client 1.0.0",
        },
        ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
      }).then(async (response) => {
        const text = await response.text();
        said.add(text);
        return { status: response.status, body: text === "" ? undefined : (JSON.parse(text) as Record<string, unknown>) };
      });

    // Okta's provisioning: look the user up by userName, then create it.
    const lookup = await okta(replicas[1]!, `Users?filter=${encodeURIComponent(`userName eq "${userName}"`)}&startIndex=1&count=100`);
    expect(lookup).toMatchObject({ status: 200, body: { totalResults: 0 } });
    const created = await okta(replicas[1]!, "Users", {
      method: "POST",
      body: {
        schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"],
        userName,
        name: { givenName: "Sam", familyName: "Contractor" },
        emails: [{ primary: true, value: userName, type: "work" }],
        displayName: "Sam Contractor",
        locale: "en-US",
        externalId: "00ujl29u0le5T6Aj10h7",
        groups: [],
        password: SCIM_PASSWORD,
        active: true,
      },
    });
    expect(created).toMatchObject({ status: 201, body: { userName, active: true } });
    const id = String(created.body!.id);
    expect(created.body).not.toHaveProperty("password");

    const sam = await enrol(userName, async () => (await replicas[2]!.admin.issueToken({ subject: userName, roles: ["contractor"] }, asAdmin)).token, 1);
    // A wrong bearer token changes nothing.
    expect((await okta(replicas[2]!, `Users/${id}`, { method: "PATCH", token: sam.pat, body: {} })).status).toBe(401);
    expect((await jiraAnswers(replicas[0]!, sam.pat)).resolved.decision).toBe(Decision.ALLOW);

    const patched = await okta(replicas[2]!, `Users/${id}`, {
      method: "PATCH",
      body: { schemas: ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], Operations: [{ op: "replace", value: { active: false } }] },
    });
    const since = performance.now();
    expect(patched).toMatchObject({ status: 200, body: { id, userName, active: false } });

    const ms = await expectOffboarded(sam, since);
    figures.push(`SCIM PATCH active:false: refused on all 3 replicas ${ms.toFixed(1)} ms after the request returned`);
    console.log(figures.at(-1));
    expect(ms).toBeLessThanOrEqual(WITHIN_MS);
  });

  it("a Jira sign-in the contractor started before the offboarding connects nothing after it", async () => {
    const subject = "late-contractor";
    const { token: pat } = await replicas[0]!.admin.issueToken({ subject, roles: ["contractor"] }, asAdmin);
    canaries.push([`PAT of ${subject}`, pat.slice(8)]);
    const required = await replicas[0]!.client.authorize({ ...jiraCall(pat), includeCredential: true });
    expect(required).toMatchObject({ decision: Decision.DENY, reason: Reason.CREDENTIAL_REQUIRED });
    // At the provider's consent screen when the offboarding happens.
    const signIn = await approveConnectLink(required.connectUrl);
    const exchangesBefore = jira.grants("authorization_code").length;

    const jwt = await idpToken(subject, ["okta-contractors"]);
    const outcome = await replicas[1]!.admin.offboardSubject({ subject, reason: "contract ended" }, asAdmin);
    expect(outcome).toMatchObject({ tokensRevoked: 1, credentialsDeleted: 0 });
    // Only the deny-list refuses the JWT: once it does, the replica the callback reaches knows.
    await expect.poll(async () => (await replicas[0]!.client.authorize(jiraCall(jwt))).reason, { timeout: 10_000, interval: 20 }).toBe(Reason.TOKEN_REVOKED);

    const finished = await finishSignIn(signIn);
    said.add(finished.page);
    expect(finished.status, finished.page).toBe(403);
    expect(finished.page).toContain("was offboarded");
    expect(jira.grants("authorization_code")).toHaveLength(exchangesBefore); // the code is never exchanged
    for (const replica of replicas) expect((await replica.admin.listCredentials({ subject }, asAdmin)).credentials).toEqual([]);
    // The link itself is dead too.
    const reopened = await fetch(required.connectUrl, { redirect: "manual" });
    said.add(await reopened.text());
    expect(reopened.status).toBe(403);

    // Hired back with a new token, the person gets a new link, and it works.
    const { token: newPat } = await replicas[2]!.admin.issueToken({ subject, roles: ["contractor"] }, asAdmin);
    canaries.push([`new PAT of ${subject}`, newPat.slice(8)]);
    const again = await replicas[0]!.client.authorize({ ...jiraCall(newPat), includeCredential: true });
    expect(again).toMatchObject({ decision: Decision.DENY, reason: Reason.CREDENTIAL_REQUIRED, subject });
    expect(again.connectUrl).not.toBe(required.connectUrl);
    expect((await followConnectLink(again.connectUrl)).status).toBe(200);
    expect((await replicas[1]!.client.resolveCredential(jiraCall(newPat))).decision).toBe(Decision.ALLOW);
  });

  it("exchanges the caller's IdP JWT for a user-scoped token (RFC 8693) through Authorize include_credential and ResolveCredential", async () => {
    const subject = "erin@example.com";
    const jwt = await idpToken(subject, ["okta-analysts"]);
    const call = { token: jwt, server: "data", tool: "query" };
    const authorized = await replicas[0]!.client.authorize({ ...call, includeCredential: true });
    const resolved = await replicas[1]!.client.resolveCredential(call);
    const exchanged: string[] = [];
    for (const answer of [authorized, resolved]) {
      expect(answer, answer.message).toMatchObject({ decision: Decision.ALLOW, subject });
      const token = answer.credential!.headers.authorization!.replace(/^Bearer /, "");
      expect(token).not.toBe(jwt);
      expect(decodeJwt(token)).toMatchObject({ iss: idp.url, sub: subject, aud: "https://data.example.com", scope: "data.read", act: { sub: "portcullis" } });
      exchanged.push(token);
      canaries.push([`exchanged token of ${subject}`, token.split(".")[2]!]);
    }
    // Each replica exchanged once, with the caller's JWT as the subject token.
    const requests = idp.grants("urn:ietf:params:oauth:grant-type:token-exchange");
    expect(requests).toHaveLength(2);
    for (const request of requests) {
      expect(request.form).toMatchObject({
        subject_token: jwt,
        subject_token_type: "urn:ietf:params:oauth:token-type:access_token",
        audience: "https://data.example.com",
        scope: "data.read",
      });
    }
    // Cached per subject: asking again exchanges nothing.
    expect((await replicas[0]!.client.resolveCredential(call)).credential?.headers.authorization).toBe(`Bearer ${exchanged[0]}`);
    expect(idp.grants("urn:ietf:params:oauth:grant-type:token-exchange")).toHaveLength(2);

    // A PAT of the same person is no IdP token to exchange: refused, never another user's token.
    const { token: pat } = await replicas[2]!.admin.issueToken({ subject, roles: ["analyst"] }, asAdmin);
    canaries.push([`PAT of ${subject}`, pat.slice(8)]);
    const withPat = await replicas[2]!.client.resolveCredential({ ...call, token: pat });
    said.add(withPat.message);
    expect(withPat).toMatchObject({ decision: Decision.DENY, reason: Reason.CREDENTIAL_UNAVAILABLE });
    expect(withPat.message).toContain("call with the IdP token (JWT)");
    expect(withPat.credential).toBeUndefined();
  });

  it("canary: no planted value in any replica's output, RPC or SCIM answer, CLI output, data directory or Redis value", async () => {
    expect(enrolled.map((who) => who.subject)).toEqual(["contractor", "sam.contractor@example.com"]);
    // Refused calls that carry the values.
    for (const who of enrolled) {
      await refused(replicas[0]!.admin.listCredentials({}, { headers: { authorization: `Bearer ${who.pat}` } }));
      for (const token of [who.pat, who.jwt]) {
        const err = await refused(replicas[1]!.client.filterTools({ token, server: "jira", tools: [{ name: "search_issues" }] }));
        expect(err.message).toMatch(/revoked|offboarded/);
      }
    }
    await refused(replicas[2]!.admin.listCredentials({}, { headers: { authorization: `Bearer ${JIRA_CLIENT_SECRET}` } }));
    await expectNothingInRedis();

    await Promise.all(replicas.map(async (r) => expect(await r.process.stop()).toBe(0)));
    const output = replicas.flatMap((r) => [...r.process.logs.map((l) => JSON.stringify(l)), ...r.process.stderr]).join("\n");
    expect(output).toContain('"level":"debug"'); // --log-level trace: every line this run produces is written
    expect(output).toContain("subject offboarded");
    expect(output).toContain("account connected");
    const files: Buffer[] = [];
    // A fleet keeps tokens and the vault in Redis, so these may be empty; whatever lands here is searched.
    for (const { dataDir } of replicas) {
      const names = await readdir(dataDir, { recursive: true }).catch(() => [] as string[]);
      for (const name of names) files.push(await readFile(join(dataDir, name)).catch(() => Buffer.alloc(0)));
    }
    const answers = [...said].join("\n");
    expect(answers).toContain("was offboarded at");
    for (const [what, value] of canaries) {
      expect(output.includes(value), `${what} is in a replica's output`).toBe(false);
      expect(answers.includes(value), `${what} is in an answer`).toBe(false);
      for (const bytes of files) expect(bytes.includes(Buffer.from(value)), `${what} is in a data-directory file`).toBe(false);
    }
    expect(answers).not.toContain("canary-SECRET");
    expect(output).not.toContain("canary-SECRET");
    console.log(figures.join("\n"));
  });
});

/** CLI options that reach replica `i` as an admin. */
function adminArgs(i: number): string[] {
  return ["--url", replicas[i]!.process.baseUrl!, "--admin-token-file", join(dir, "admin.token")];
}
