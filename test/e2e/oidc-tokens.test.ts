/**
 * IdP tokens through Authorize on a real sidecar, against real OIDC issuers (oauth2-mock-server
 * behind a loopback front: discovery, token endpoint, JWKS):
 * - a token from the issuer's token endpoint is accepted, its groups mapped to roles;
 * - expired, not yet valid, wrong audience, wrong issuer, `alg: none`, HS256 signed with the
 *   issuer's public key as the secret, and an unknown `kid` are each refused with their own
 *   reason, and no message quotes the token;
 * - a key rotation at the issuer (new key, old one withdrawn) is picked up without a restart,
 *   and the withdrawn key stops the tokens already verified (and cached) under it too;
 * - a key set that fails (503) while a key is rotated in answers Unavailable (retry), also
 *   during the refetch cooldown, never Unauthenticated;
 * - a key set that hangs gives a clear refusal within a bounded time, while keys already
 *   fetched keep verifying.
 */
import { createClient } from "@connectrpc/connect";
import { Code, ConnectError, createGovernanceClient, Decision, GovernanceService, Reason, type GovernanceClient } from "@portcullis/sdk";
import { createLogger, startSidecar, type Sidecar } from "@portcullis/sidecar";
import { exportSPKI, generateKeyPair, importJWK, SignJWT } from "jose";
import { Events, type MutableToken } from "oauth2-mock-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestIdp, type TestIdp } from "../helpers/oidc-issuer.js";
import { policyFile } from "../helpers/policy-file.js";

const AUD = "api://portcullis";
const JIRA = { server: "jira", tool: "search_issues" };
let main: TestIdp;
let rotating: TestIdp;
let flaky: TestIdp;
let dead: TestIdp;
let outage: TestIdp;
let sidecar: Sidecar;
let client: GovernanceClient;

const issuerEntry = (idp: TestIdp, extra = "") => `    - issuer: ${idp.url}
      audience: ${AUD}
      subject: email
      roles: { claim: groups, map: { okta-support: support, okta-research: research } }
${extra}`;

beforeAll(async () => {
  [main, rotating, flaky, dead, outage] = await Promise.all([startTestIdp(), startTestIdp(), startTestIdp(), startTestIdp(), startTestIdp()]);
  dead.jwksMode = "hang";
  const file = await policyFile(`version: 1
identity:
  oidc:
${issuerEntry(main, "      jwksTimeout: 10s\n")}
${issuerEntry(rotating, "      jwksCooldown: 200ms\n      jwksTimeout: 10s\n      subjectPrefix: 'rotating:'\n")}
${issuerEntry(flaky, "      jwksTimeout: 300ms\n      jwksCooldown: 500ms\n      subjectPrefix: 'flaky:'\n")}
${issuerEntry(dead, "      jwksTimeout: 300ms\n      subjectPrefix: 'dead:'\n")}
${issuerEntry(outage, "      jwksTimeout: 10s\n      jwksCooldown: 1s\n      subjectPrefix: 'outage:'\n")}
roles:
  support: { servers: { jira: { allow: [search_issues] } } }
  research: { servers: { web: { allow: [fetch] } } }
`);
  sidecar = await startSidecar({ policyFile: file, listen: { host: "127.0.0.1", port: 0 }, logger: createLogger({ level: "silent" }), watchPolicy: false });
  client = createGovernanceClient({ baseUrl: sidecar.baseUrl!, timeoutMs: 10_000 });
});

afterAll(async () => {
  client?.close();
  await sidecar?.close();
  await Promise.all([main, rotating, flaky, dead, outage].map((idp) => idp?.close()));
});

const claims = (extra: Record<string, unknown> = {}) => ({ aud: AUD, email: "alice@example.com", groups: ["okta-support"], ...extra });
const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

/** Authorize with `token`; checks that the answer quotes no part of the token. */
async function authorize(token: string, call = JIRA) {
  const decision = await client.authorize({ token, ...call });
  const [, payload, signature] = token.split(".");
  expect(decision.message).not.toContain(payload);
  if (signature) expect(decision.message).not.toContain(signature);
  return decision;
}

describe("IdP tokens through Authorize", () => {
  it("accepts a token from the issuer's token endpoint, with roles from its groups", async () => {
    const addClaims = (token: MutableToken) => Object.assign(token.payload, { email: "alice@example.com", groups: ["okta-support", "everyone"] });
    main.service.once(Events.BeforeTokenSigning, addClaims);
    const response = await fetch(`${main.url}/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", authorization: `Basic ${Buffer.from("portcullis-test:secret").toString("base64")}` },
      body: new URLSearchParams({ grant_type: "client_credentials", scope: "openid", aud: AUD }),
    });
    const { access_token: token } = (await response.json()) as { access_token: string };

    expect(await authorize(token)).toMatchObject({ decision: Decision.ALLOW, reason: Reason.ALLOWED, subject: "alice@example.com", roles: ["support"] });
    expect(await authorize(token, { server: "web", tool: "fetch" })).toMatchObject({ decision: Decision.DENY, reason: Reason.NOT_PERMITTED });
  });

  it("answers a token whose groups map to no role with NOT_PERMITTED, naming the subject", async () => {
    const decision = await authorize(await main.token(claims({ groups: ["everyone"] })));
    expect(decision).toMatchObject({ decision: Decision.DENY, reason: Reason.NOT_PERMITTED, subject: "alice@example.com", roles: [] });
  });

  it("refuses each kind of bad token with its own reason", async () => {
    const now = Math.floor(Date.now() / 1000);
    const publicKeyPem = await exportSPKI((await importJWK(main.publicJwk(), "RS256")) as Parameters<typeof exportSPKI>[0]);
    const ghost = await generateKeyPair("RS256");
    const cases: [string, string, Reason, RegExp][] = [
      ["expired", await main.token(claims(), { expiresIn: -3600 }), Reason.TOKEN_EXPIRED, /^the token expired at .*Z \(60 s clock skew allowed\)$/],
      ["not yet valid", await main.token(claims({ nbf: now + 3600 })), Reason.TOKEN_NOT_YET_VALID, /^the token is not valid before .*Z/],
      [
        "wrong audience",
        await main.token(claims({ aud: "api://someone-else" })),
        Reason.TOKEN_WRONG_AUDIENCE,
        /^the token is not meant for Portcullis: its audience \(aud\) is none of identity\.oidc\[0\]\.audience \(api:\/\/portcullis\)$/,
      ],
      [
        "wrong issuer",
        await main.token(claims({ iss: "https://evil.example" })),
        Reason.TOKEN_WRONG_ISSUER,
        /^the token's issuer "https:\/\/evil\.example" is not trusted/,
      ],
      [
        "alg none",
        `${b64url({ alg: "none", typ: "JWT" })}.${b64url({ ...claims(), iss: main.url, iat: now, exp: now + 600 })}.`,
        Reason.TOKEN_ALGORITHM_NOT_ALLOWED,
        /^the token is signed with "none", which identity\.oidc\[0\]\.algorithms does not allow \(RS256, ES256, PS256, EdDSA\)$/,
      ],
      [
        "HS256 with the public key as the secret",
        await new SignJWT({ ...claims(), iss: main.url })
          .setProtectedHeader({ alg: "HS256", kid: main.kid })
          .setIssuedAt(now)
          .setExpirationTime(now + 600)
          .sign(new TextEncoder().encode(publicKeyPem)),
        Reason.TOKEN_ALGORITHM_NOT_ALLOWED,
        /^the token is signed with "HS256", which identity\.oidc\[0\]\.algorithms does not allow/,
      ],
      [
        "unknown kid",
        await new SignJWT({ ...claims(), iss: main.url })
          .setProtectedHeader({ alg: "RS256", kid: "ghost-key" })
          .setIssuedAt(now)
          .setExpirationTime(now + 600)
          .sign(ghost.privateKey),
        Reason.TOKEN_UNKNOWN_KEY,
        /^no signing key of http:\/\/127\.0\.0\.1:\d+ matches the token \(kid "ghost-key", alg RS256\)/,
      ],
    ];
    for (const [name, token, reason, message] of cases) {
      const decision = await authorize(token);
      expect({ name, decision: decision.decision, reason: decision.reason, subject: decision.subject }).toEqual({
        name,
        decision: Decision.DENY,
        reason,
        subject: "",
      });
      expect(decision.message, name).toMatch(message);
    }
  });

  it("follows a key rotation at the issuer without a restart", async () => {
    const before = await rotating.token(claims({ jti: "before-rotation" }));
    const oldKid = rotating.kid;
    expect(await authorize(before)).toMatchObject({ decision: Decision.ALLOW });

    const newKid = await rotating.rotate();
    const after = await rotating.token(claims({ jti: "after-rotation" }));
    // The first token under the new key may fall within the refetch cooldown (200 ms); then the next one fetches.
    await expect.poll(async () => (await authorize(after)).reason, { timeout: 10_000, interval: 100 }).toBe(Reason.ALLOWED);
    expect(newKid).not.toBe(oldKid);

    // A token signed with the withdrawn key and never seen before no longer verifies.
    const late = await rotating.token(claims({ jti: "late-old-key" }), { kid: oldKid });
    expect(await authorize(late)).toMatchObject({ decision: Decision.DENY, reason: Reason.TOKEN_UNKNOWN_KEY });
    // Nor does the one verified (and cached) before the rotation: withdrawing a key stops every
    // token it signed, as on a replica that never saw this one.
    expect(await authorize(before)).toMatchObject({ decision: Decision.DENY, reason: Reason.TOKEN_UNKNOWN_KEY, subject: "" });
  });

  it("refuses clearly and within a bounded time when the key set hangs, while fetched keys keep verifying", async () => {
    expect(await authorize(await flaky.token(claims({ jti: "while-up" })))).toMatchObject({ decision: Decision.ALLOW });
    flaky.jwksMode = "hang";
    const ghost = await generateKeyPair("RS256");
    const now = Math.floor(Date.now() / 1000);
    const unknownKid = await new SignJWT({ ...claims(), iss: flaky.url })
      .setProtectedHeader({ alg: "RS256", kid: "rotated-in-while-down" })
      .setIssuedAt(now)
      .setExpirationTime(now + 600)
      .sign(ghost.privateKey);

    // Once the cooldown since the last fetch has passed, an unknown kid waits for one refetch, bounded by jwksTimeout (300 ms).
    let waited = 0;
    await expect
      .poll(
        async () => {
          const started = performance.now();
          const decision = await authorize(unknownKid);
          waited = performance.now() - started;
          expect(decision).toMatchObject({ decision: Decision.DENY, reason: Reason.TOKEN_UNKNOWN_KEY });
          return decision.message;
        },
        { timeout: 10_000, interval: 100 },
      )
      .toMatch(/and fetching the keys again failed: GET http:\/\/127\.0\.0\.1:\d+\/jwks timed out after \d+ ms$/);
    // Generous bound for a loaded machine: the point is that the wait ends, at about the 300 ms timeout.
    expect(waited).toBeLessThan(5_000);

    // Keys fetched before the outage still verify new tokens, without waiting.
    const fresh = await flaky.token(claims({ jti: "while-down" }));
    expect(await authorize(fresh)).toMatchObject({ decision: Decision.ALLOW, subject: "flaky:alice@example.com" });
  });

  it("answers Unavailable, not Unauthenticated, for a key rotated in while the key set fails — for the whole outage, cooldown included", async () => {
    expect(await authorize(await outage.token(claims({ jti: "before-outage" })))).toMatchObject({ decision: Decision.ALLOW });
    outage.jwksMode = "fail";
    await outage.rotate();
    const rotatedIn = await outage.token(claims({ jti: "rotated-in-during-outage" }));
    // The wire code, not the SDK's reading of it (which turns Unavailable into its no-answer result).
    const raw = createClient(GovernanceService, client.transport);
    const filter = () =>
      raw.filterTools({ token: rotatedIn, server: "jira", tools: [{ name: "search_issues" }] }).then(
        () => undefined,
        (err: unknown) => ConnectError.from(err),
      );
    // Within the 1 s cooldown after the last successful fetch the sidecar does not ask the IdP
    // (and says so, truly); the first call after it tries, and the fetch fails (503).
    await expect.poll(async () => (await filter())?.code, { timeout: 10_000, interval: 50 }).toBe(Code.Unavailable);
    // The calls that follow fall within the cooldown of that failed fetch (or, on a machine slow
    // enough to pass it, try again and fail again): "cannot tell now", retryable, every time.
    for (let i = 0; i < 3; i++) {
      const err = await filter();
      expect(err?.code, err?.rawMessage).toBe(Code.Unavailable);
      expect(err?.rawMessage).toMatch(/and fetching the keys again failed .*HTTP 503/);
      expect(err?.rawMessage).not.toContain("were fetched");
    }
    outage.jwksMode = "serve";
    await expect.poll(async () => (await authorize(rotatedIn)).decision, { timeout: 10_000, interval: 100 }).toBe(Decision.ALLOW);
  });

  it("refuses clearly and within a bounded time when the key set never answered", async () => {
    const started = performance.now();
    const decision = await authorize(await dead.token(claims()));
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(decision).toMatchObject({ decision: Decision.DENY, reason: Reason.TOKEN_UNKNOWN_KEY });
    expect(decision.message).toMatch(
      // On a busy machine the 300 ms may run out during discovery, before the key set is asked.
      /^the signing keys of http:\/\/127\.0\.0\.1:\d+ are unavailable.*GET http:\/\/127\.0\.0\.1:\d+\/(jwks|\.well-known\/openid-configuration) timed out after \d+ ms\)?$/,
    );
  });
});
