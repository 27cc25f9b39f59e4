/**
 * OidcVerifier against a real OIDC issuer (oauth2-mock-server behind a loopback front):
 * claims → principal, the verification cache (synchronous hits, per policy revision, until
 * the token's exp, refusals apart), key lookups that are rate-limited and never cached as
 * refusals, several keys without a kid.
 */
import type { CompiledPolicy } from "@portcullis/sidecar";
import { importJWK, SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OidcVerifier } from "../../../sidecar/src/identity/index.js";
import { startTestIdp, type TestIdp } from "../../helpers/oidc-issuer.js";
import { compile } from "../../helpers/policy.js";

const AUD = "api://portcullis";
let idp: TestIdp;

beforeAll(async () => {
  idp = await startTestIdp();
});
afterAll(() => idp.close());

function policy(issuerUrl: string, extra = "", map = "{ okta-support: support, okta-all: [support, research] }"): CompiledPolicy {
  return compile(`version: 1
identity:
  oidc:
    - issuer: ${issuerUrl}
      audience: ${AUD}
      subject: email
      roles: { claim: groups, map: ${map} }
      team: { claim: department }
      jwksCooldown: 1s
      jwksTimeout: 10s
${extra
  .split("\n")
  .filter((l) => l !== "")
  .map((l) => `      ${l}`)
  .join("\n")}
roles:
  support: { servers: { jira: { allow: [search_issues] } } }
  research: { servers: { web: { allow: [fetch] } } }
`);
}

function clock() {
  let now = Date.now();
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

const claims = (extra: Record<string, unknown> = {}) => ({ aud: AUD, email: "alice@example.com", groups: ["okta-support", "everyone"], ...extra });

describe("OidcVerifier", () => {
  it("maps a verified token's claims to a principal: subject, mapped roles, team, jti, iat, exp", async () => {
    const p = policy(idp.url);
    const token = await idp.token(claims({ groups: ["okta-all", "okta-support", "unmapped"], department: "support", jti: "tok-1" }));
    const result = await new OidcVerifier().verify(token, p);
    expect(result.ok).toBe(true);
    const principal = result.ok ? result.principal : undefined;
    expect(principal).toMatchObject({ subject: "alice@example.com", roles: ["support", "research"], team: "support", kind: "idp", tokenId: "tok-1" });
    expect((principal?.expiresAtMs ?? 0) - (principal?.issuedAtMs ?? 0)).toBe(3600_000);
  });

  it("answers a repeated token synchronously from the cache, without another key fetch", async () => {
    const p = policy(idp.url);
    const verifier = new OidcVerifier();
    const token = await idp.token(claims());
    const before = idp.jwksRequests;
    const first = verifier.verify(token, p);
    expect(first).toBeInstanceOf(Promise);
    const resolved = await first;
    const second = verifier.verify(token, p);
    expect(second).not.toBeInstanceOf(Promise);
    expect(second).toBe(resolved);
    expect(idp.jwksRequests - before).toBe(1);
  });

  it("verifies concurrent first calls of one token once", async () => {
    const p = policy(idp.url);
    const verifier = new OidcVerifier();
    const token = await idp.token(claims());
    const before = idp.jwksRequests;
    const results = await Promise.all(Array.from({ length: 5 }, () => verifier.verify(token, p)));
    expect(new Set(results).size).toBe(1);
    expect(idp.jwksRequests - before).toBe(1);
  });

  it("authenticates a token whose claim values map to no role as a principal without roles", async () => {
    const result = await new OidcVerifier().verify(await idp.token(claims({ groups: ["everyone"] })), policy(idp.url));
    expect(result).toMatchObject({ ok: true, principal: { subject: "alice@example.com", roles: [] } });
  });

  it("reads nested claims by dotted path and space-separated scope strings", async () => {
    const nested = compile(`version: 1
identity:
  oidc:
    - issuer: ${idp.url}
      audience: ${AUD}
      roles: { claim: realm_access.roles, map: { agent: support } }
    - issuer: ${idp.url}/scoped
      jwksUri: ${idp.url}/jwks
      audience: ${AUD}
      subjectPrefix: "scoped:"
      roles: { claim: scope, map: { "jira:read": support, "web:fetch": research } }
roles:
  support: { servers: { jira: { allow: [search_issues] } } }
  research: { servers: { web: { allow: [fetch] } } }
`);
    const verifier = new OidcVerifier();
    const a = await verifier.verify(await idp.token({ aud: AUD, sub: "bot-1", realm_access: { roles: ["agent"] } }), nested);
    expect(a).toMatchObject({ ok: true, principal: { subject: "bot-1", roles: ["support"] } });
    const b = await verifier.verify(await idp.token({ iss: `${idp.url}/scoped`, aud: AUD, sub: "bot-2", scope: "openid web:fetch jira:read" }), nested);
    // A second issuer's subjects carry its prefix: its "bot-2" is never the first one's.
    expect(b).toMatchObject({ ok: true, principal: { subject: "scoped:bot-2", roles: ["research", "support"] } });
  });

  it("refuses a token without the subject claim or a required claim value, naming the claim only", async () => {
    const p = policy(idp.url, "requiredClaims: { email_verified: true }");
    const verifier = new OidcVerifier();
    expect(await verifier.verify(await idp.token(claims({ email_verified: false })), p)).toEqual({
      ok: false,
      reason: "invalid_token",
      message: "the token's claim 'email_verified' does not have the value identity.oidc[0].requiredClaims requires",
    });
    expect(await verifier.verify(await idp.token(claims({ email: undefined, email_verified: true })), p)).toEqual({
      ok: false,
      reason: "invalid_token",
      message: "the token has no usable 'email' claim, which identity.oidc[0].subject names as the subject (a non-empty string)",
    });
    expect(await verifier.verify(await idp.token(claims({ email_verified: true })), p)).toMatchObject({ ok: true });
  });

  it("refuses a subject claim that is no usable subject name (whitespace, control or invisible format characters, too long), as every subject is checked", async () => {
    const verifier = new OidcVerifier();
    const p = policy(idp.url);
    const invisible = ["alice@example.com\u200b", "ali\u200cce@example.com", "\u2067alice@example.com", "alice@example.com\ufeff"];
    for (const email of ["alice@example.com\n", " alice@example.com", "alice@example.com ", "al\u0000ice", "al ice", "a".repeat(257), ...invisible]) {
      expect(await verifier.verify(await idp.token(claims({ email })), p), JSON.stringify(email)).toEqual({
        ok: false,
        reason: "invalid_token",
        message:
          "the token's 'email' claim, which identity.oidc[0].subject names as the subject, is not a usable subject: it must be at most 256 characters, without whitespace or control characters (invisible ones such as zero-width spaces, bidi controls, variation selectors and Hangul fillers included)",
      });
    }
    // With a prefix, the whole subject counts: what offboarding would have to name.
    const prefixed = policy(idp.url, "subjectPrefix: 'partner:'");
    expect(await verifier.verify(await idp.token(claims({ email: "a".repeat(250) })), prefixed)).toMatchObject({
      ok: false,
      message: expect.stringContaining("it must be (with identity.oidc[0].subjectPrefix) at most 256 characters"),
    });
    expect(await verifier.verify(await idp.token(claims({ email: "a".repeat(248) })), prefixed)).toMatchObject({
      ok: true,
      principal: { subject: `partner:${"a".repeat(248)}` },
    });
  });

  it("refuses a token without exp", async () => {
    const token = await idp.token(claims({ exp: undefined }));
    expect(await new OidcVerifier().verify(token, policy(idp.url))).toEqual({
      ok: false,
      reason: "invalid_token",
      message: "the token has no 'exp' claim, which is required",
    });
  });

  it("refuses a token issued in the future beyond the skew as not yet valid, and does not cache that", async () => {
    const c = clock();
    const verifier = new OidcVerifier({ now: c.now });
    const p = policy(idp.url);
    const token = await idp.token(claims({ iat: Math.floor(c.now() / 1000) + 300, nbf: undefined }));
    const early = await verifier.verify(token, p);
    expect(early).toMatchObject({ ok: false, reason: "not_yet_valid" });
    expect(early.ok ? "" : early.message).toMatch(/^the token is issued in the future \(iat .*Z\), beyond the 60 s clock skew identity\.oidc\[0\] allows$/);
    c.advance(250_000);
    expect(await verifier.verify(token, p)).toMatchObject({ ok: true });
  });

  it("keeps a verified token until its exp (plus skew), then refuses it as expired", async () => {
    const c = clock();
    const verifier = new OidcVerifier({ now: c.now });
    const p = policy(idp.url);
    const token = await idp.token(claims(), { expiresIn: 120 });
    expect(await verifier.verify(token, p)).toMatchObject({ ok: true });
    c.advance(170_000); // past exp, within the 60 s skew: still the cached answer
    expect(verifier.verify(token, p)).toMatchObject({ ok: true });
    c.advance(20_000);
    const late = await verifier.verify(token, p);
    expect(late).toMatchObject({ ok: false, reason: "expired" });
  });

  it("recomputes cached tokens under a new policy revision (the mapping may have changed), keeping the fetched keys", async () => {
    const verifier = new OidcVerifier();
    const token = await idp.token(claims());
    const v1 = policy(idp.url);
    const v2 = policy(idp.url, "", "{ okta-support: research }");
    expect(v2.revision).not.toBe(v1.revision);
    const before = idp.jwksRequests;
    expect(await verifier.verify(token, v1)).toMatchObject({ ok: true, principal: { roles: ["support"] } });
    const after = verifier.verify(token, v2);
    expect(after).toBeInstanceOf(Promise);
    expect(await after).toMatchObject({ ok: true, principal: { roles: ["research"] } });
    expect(idp.jwksRequests - before).toBe(1);
  });

  it("caches refusals briefly, apart from verified tokens", async () => {
    const c = clock();
    const verifier = new OidcVerifier({ now: c.now, refusalTtlMs: 10_000 });
    const p = policy(idp.url);
    const token = await idp.token(claims({ aud: "api://someone-else" }));
    expect(await verifier.verify(token, p)).toMatchObject({ ok: false, reason: "wrong_audience" });
    expect(verifier.verify(token, p)).toMatchObject({ ok: false, reason: "wrong_audience" });
    c.advance(10_001);
    expect(verifier.verify(token, p)).toBeInstanceOf(Promise);
  });

  it("refetches keys for an unknown kid at most once per cooldown, and never caches unknown_key", async () => {
    const own = await startTestIdp();
    try {
      const c = clock();
      const verifier = new OidcVerifier({ now: c.now });
      const p = policy(own.url);
      expect(await verifier.verify(await own.token(claims()), p)).toMatchObject({ ok: true });
      expect(own.jwksRequests).toBe(1);
      const newKid = await own.rotate({ retire: false });
      const token = await own.token(claims(), { kid: newKid });
      const refused = await verifier.verify(token, p);
      expect(refused).toMatchObject({ ok: false, reason: "unknown_key" });
      expect(refused.ok ? "" : refused.message).toContain(`kid "${newKid}"`);
      expect(own.jwksRequests).toBe(1); // within the 1 s cooldown: no refetch
      c.advance(1_000);
      expect(await verifier.verify(token, p)).toMatchObject({ ok: true });
      expect(own.jwksRequests).toBe(2);
    } finally {
      await own.close();
    }
  });

  it("stops a token verified under a key once a refetch shows the IdP withdrew that key", async () => {
    const own = await startTestIdp();
    try {
      const c = clock();
      const verifier = new OidcVerifier({ now: c.now });
      const p = policy(own.url);
      const withOldKey = await own.token(claims({ jti: "old-key" }));
      expect(await verifier.verify(withOldKey, p)).toMatchObject({ ok: true });
      expect(verifier.verify(withOldKey, p)).toMatchObject({ ok: true }); // cached, synchronous
      // The IdP rotates and withdraws the old key (a compromise); a token under the new key
      // makes the sidecar fetch the key set again, which succeeds.
      await own.rotate({ retire: true });
      c.advance(1_000);
      const withNewKey = await own.token(claims({ jti: "new-key" }));
      expect(await verifier.verify(withNewKey, p)).toMatchObject({ ok: true });
      expect(own.jwksRequests).toBe(2);
      const refused = await verifier.verify(withOldKey, p);
      expect(refused).toMatchObject({ ok: false, reason: "unknown_key" });
      expect(refused.ok ? "" : refused.message).toMatch(/^no signing key of http:\/\/127\.0\.0\.1:\d+ matches the token \(kid "[0-9a-f]+", alg RS256\)/);
      // The new key's token is verified once more (the withdrawal landed during its first
      // verification), then served from the cache again.
      expect(await verifier.verify(withNewKey, p)).toMatchObject({ ok: true });
      expect(verifier.verify(withNewKey, p)).toMatchObject({ ok: true });
    } finally {
      await own.close();
    }
  });

  it("notices a withdrawn key while only cached tokens arrive: a hit past jwksMaxAge refetches in the background, a later hit is refused", async () => {
    const own = await startTestIdp();
    try {
      const c = clock();
      const verifier = new OidcVerifier({ now: c.now });
      const p = policy(own.url, "jwksMaxAge: 60s");
      const withOldKey = await own.token(claims({ jti: "only-cached" }));
      expect(await verifier.verify(withOldKey, p)).toMatchObject({ ok: true });
      expect(own.jwksRequests).toBe(1);
      await own.rotate({ retire: true }); // the IdP withdraws K1; no other token comes
      c.advance(30_000);
      expect(verifier.verify(withOldKey, p)).toMatchObject({ ok: true }); // keys not old yet: no fetch
      await new Promise((resolve) => setImmediate(resolve));
      expect(own.jwksRequests).toBe(1);
      c.advance(30_000);
      // Past the max age: the hit still answers at once from the cache, and starts the refetch.
      const hit = verifier.verify(withOldKey, p);
      expect(hit).not.toBeInstanceOf(Promise);
      expect(hit).toMatchObject({ ok: true });
      expect(own.jwksRequests).toBe(1); // not on the hit's own path
      await expect.poll(() => own.jwksRequests).toBe(2);
      // Once the refetch lands, the next hit verifies again and is refused.
      await expect
        .poll(async () => {
          const r = await verifier.verify(withOldKey, p);
          return r.ok ? "ok" : r.reason;
        })
        .toBe("unknown_key");
      expect(own.jwksRequests).toBe(2); // one refetch, however many hits
    } finally {
      await own.close();
    }
  });

  it("keeps serving cached tokens from memory when a refetch only adds keys", async () => {
    const own = await startTestIdp();
    try {
      const c = clock();
      const verifier = new OidcVerifier({ now: c.now });
      const p = policy(own.url);
      const withOldKey = await own.token(claims({ jti: "kept-key" }));
      expect(await verifier.verify(withOldKey, p)).toMatchObject({ ok: true });
      const added = await own.rotate({ retire: false });
      c.advance(1_000);
      expect(await verifier.verify(await own.token(claims(), { kid: added }), p)).toMatchObject({ ok: true });
      expect(own.jwksRequests).toBe(2);
      const again = verifier.verify(withOldKey, p);
      expect(again).not.toBeInstanceOf(Promise);
      expect(again).toMatchObject({ ok: true });
    } finally {
      await own.close();
    }
  });

  it("tries each fitting key for a token without kid", async () => {
    const own = await startTestIdp();
    try {
      const second = await own.rotate({ retire: false });
      const key = await importJWK(own.privateJwk(second), "RS256");
      const now = Math.floor(Date.now() / 1000);
      const token = await new SignJWT(claims())
        .setProtectedHeader({ alg: "RS256" })
        .setIssuer(own.url)
        .setIssuedAt(now)
        .setExpirationTime(now + 60)
        .sign(key);
      expect(await new OidcVerifier().verify(token, policy(own.url))).toMatchObject({ ok: true, principal: { subject: "alice@example.com" } });
    } finally {
      await own.close();
    }
  });
});
