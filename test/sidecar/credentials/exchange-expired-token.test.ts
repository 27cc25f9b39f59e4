/**
 * Token exchange (RFC 8693) for an IdP token just past its `exp` but inside the verifier's
 * clock skew, through the real RPCs of a sidecar that trusts a real OIDC server (oauth2-mock-
 * server: discovery, JWKS, and the `/token-exchange` endpoint of the test helper). The skew
 * lets such a token finish calls that need no new credential; a credential is never minted
 * from it — the exchanged token would be expired at issue (its expiry is capped at the
 * caller's) and exchanged anew on every call. The caller is told to get a fresh token.
 */
import { decodeJwt } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Decision, Reason } from "@portcullis/sdk";
import { startCredentialSidecar, type CredentialSidecar } from "../../helpers/credential-sidecar.js";
import { startOAuthServer, type OAuthServer } from "../../helpers/oauth-server.js";

const AUD = "api://portcullis";
const EXCHANGE = "urn:ietf:params:oauth:grant-type:token-exchange";
let idp: OAuthServer;
let s: CredentialSidecar;

beforeAll(async () => {
  process.env.PCL_TEST_EXCHANGE_SECRET = "client-SECRET-77e1";
  idp = await startOAuthServer();
  s = await startCredentialSidecar(
    [
      "version: 1",
      "identity:",
      "  oidc:",
      `    - issuer: ${idp.url}`,
      `      audience: ${AUD}`,
      "      clockSkew: 60s",
      "      jwksTimeout: 10s",
      "      roles: { claim: groups, map: { okta-analysts: analyst } }",
      "roles:",
      "  analyst: { servers: { data: { allow: [query] } } }",
      "credentials:",
      `  data: { type: token-exchange, tokenUrl: '${idp.url}/token-exchange', clientId: portcullis, clientSecret: env:PCL_TEST_EXCHANGE_SECRET, audience: 'https://data.example.com', scopes: [data.read] }`,
    ].join("\n"),
    { vault: false },
  );
});
afterAll(async () => {
  await s?.close();
  await idp?.stop();
  delete process.env.PCL_TEST_EXCHANGE_SECRET;
});

/** An IdP token for `sub` whose exp is `expSecondsFromNow` away (negative: past). */
function idpToken(sub: string, expSecondsFromNow: number): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return idp.issuer.buildToken({
    scopesOrTransform: (_header, payload) =>
      Object.assign(payload, { sub, aud: AUD, groups: ["okta-analysts"], iat: now - 600, nbf: now - 600, exp: now + expSecondsFromNow }),
  });
}

const call = (token: string) => ({ token, server: "data", tool: "query" });

describe("token exchange for an IdP token past its exp, within the clock skew", () => {
  it("exchanges nothing and tells the caller to get a fresh token, on every call; calls that need no credential still pass", async () => {
    // 30 s past exp, well inside the 60 s skew (a busy machine does not take 30 s to get here).
    const jwt = await idpToken("leo", -30);
    const exp = decodeJwt(jwt).exp!;
    const before = idp.grants(EXCHANGE).length;
    for (let i = 0; i < 3; i++) {
      const resolved = await s.client.resolveCredential(call(jwt));
      expect(resolved, resolved.message).toMatchObject({ decision: Decision.DENY, reason: Reason.TOKEN_EXPIRED, subject: "leo" });
      expect(resolved.credential).toBeUndefined();
      expect(resolved.message).toBe(
        `server 'data' takes a token exchanged for the caller's IdP token (credentials.data), and that token expired at ${new Date(exp * 1000).toISOString()}; ` +
          "nothing is exchanged for an expired token (the clock skew only lets it finish calls that need no new credential): get a fresh token from the IdP and call again",
      );
    }
    const withCredential = await s.client.authorize({ ...call(jwt), includeCredential: true });
    expect(withCredential).toMatchObject({ decision: Decision.DENY, reason: Reason.TOKEN_EXPIRED });
    expect(withCredential.credential).toBeUndefined();
    expect(idp.grants(EXCHANGE).length - before).toBe(0);

    // The skew is still there for what it is for: a call that mints nothing.
    expect(await s.client.authorize(call(jwt))).toMatchObject({ decision: Decision.ALLOW, subject: "leo" });
  });

  it("exchanges a token that is still valid, and hands out no later expiry than the caller's", async () => {
    const jwt = await idpToken("mia", 600);
    const before = idp.grants(EXCHANGE).length;
    const resolved = await s.client.resolveCredential(call(jwt));
    expect(resolved, resolved.message).toMatchObject({ decision: Decision.ALLOW, subject: "mia" });
    expect(resolved.credential!.expiresAtMs).toBe(decodeJwt(jwt).exp! * 1000);
    expect(idp.grants(EXCHANGE).length - before).toBe(1);
  });
});
