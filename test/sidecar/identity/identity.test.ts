/**
 * The Identity resolver's screen, which every principal passes after its source resolved it:
 * with the shared store (Redis) unreadable past the staleness bound, gateway tokens, static
 * tokens and IdP JWTs are all refused as unavailable — the subject deny-list may have missed
 * an offboarding — and all work again once the store answers; and an IdP token issued after
 * an offboarding passes only when issued more than its issuer's clock skew after it. Real
 * parts: a private redis-server that the test pauses (SIGSTOP), a real OIDC issuer.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger, hashToken, type CompiledPolicy } from "@portcullis/sidecar";
import { Identity, OidcVerifier, openGatewayIdentity, SubjectDenyListCache, type CallerResolution } from "../../../sidecar/src/identity/index.js";
import { startTestIdp, type TestIdp } from "../../helpers/oidc-issuer.js";
import { compile } from "../../helpers/policy.js";
import { redisForTests, startPrivateRedis, uniquePrefix, type PrivateRedis } from "../../helpers/redis.js";

const hasRedis = await redisForTests("identity");
const AUD = "api://portcullis";
let idp: TestIdp;

beforeAll(async () => {
  idp = await startTestIdp();
});
afterAll(() => idp.close());

function policy(issuerUrl: string): CompiledPolicy {
  return compile(`version: 1
subjects:
  - { id: carol, roles: [support], tokenSha256: ${hashToken("carol-static-token")} }
identity:
  oidc:
    - issuer: ${issuerUrl}
      audience: ${AUD}
      clockSkew: 60s
      jwksTimeout: 10s
      roles: { claim: groups, map: { okta-support: support } }
roles:
  support: { servers: { jira: { allow: [search_issues] } } }
`);
}

const jwt = (extra: Record<string, unknown> = {}) => idp.token({ aud: AUD, sub: "dave", groups: ["okta-support"], ...extra });

/** Resolves until `done` holds for the answer (at most ~20 s), returning the last answer. */
async function resolveUntil(resolve: () => CallerResolution | Promise<CallerResolution>, done: (r: CallerResolution) => boolean): Promise<CallerResolution> {
  let answer = await resolve();
  for (let i = 0; i < 400 && !done(answer); i++) {
    await new Promise((r) => setTimeout(r, 50));
    answer = await resolve();
  }
  return answer;
}

describe.runIf(hasRedis)("a replica whose shared store stops answering", () => {
  let redis: PrivateRedis;
  afterAll(async () => {
    redis?.resume();
    await redis?.stop();
  });

  it("refuses gateway, static and IdP tokens alike as unavailable past the staleness bound, and recovers", async () => {
    redis = await startPrivateRedis();
    const p = policy(idp.url);
    const gateway = await openGatewayIdentity({
      redisUrl: redis.url,
      redisPrefix: uniquePrefix(),
      policy: () => p,
      logger: createLogger({ level: "silent" }),
      pollEveryMs: 50,
      staleAfterMs: 300,
    });
    try {
      const identity = new Identity({ gatewayTokens: gateway.tokens, idpTokens: new OidcVerifier(), denyList: gateway.denyList });
      const { token: pat } = await gateway.admin.issue({ subject: "erin", kind: "human", roles: ["support"], team: "", description: "", ttlMs: 0 });
      const idToken = await jwt();
      const tokens = { pat, static: "carol-static-token", jwt: idToken };
      for (const token of Object.values(tokens)) expect(await identity.resolve(p, token)).toMatchObject({ ok: true });

      // SIGSTOP: the connection stays open and every read of the change feed times out.
      redis.pause();
      const stale = (r: CallerResolution) => !r.ok && r.reason === "unavailable";
      const refusals = {
        static: await resolveUntil(() => identity.resolve(p, tokens.static), stale),
        jwt: await identity.resolve(p, tokens.jwt),
        pat: await identity.resolve(p, tokens.pat),
      };
      for (const refusal of Object.values(refusals)) {
        expect(refusal).toMatchObject({ ok: false, reason: "unavailable", message: expect.stringContaining("the token store has not answered for") });
      }

      redis.resume();
      for (const token of Object.values(tokens))
        expect(
          await resolveUntil(
            () => identity.resolve(p, token),
            (r) => r.ok,
          ),
        ).toMatchObject({ ok: true });
    } finally {
      await gateway.close();
    }
  });
});

describe("an IdP token issued after its subject's offboarding", () => {
  it("passes only when issued more than the issuer's clock skew after the offboarding", async () => {
    const p = policy(idp.url);
    const offboardedAtMs = (Math.floor(Date.now() / 1000) - 600) * 1000;
    const denyList = new SubjectDenyListCache();
    denyList.replaceAll([{ subject: "dave", offboardedAtMs, reason: "contract ended", source: "admin" }]);
    const identity = new Identity({ idpTokens: new OidcVerifier(), denyList });
    const issuedAt = (secondsAfter: number) => jwt({ iat: offboardedAtMs / 1000 + secondsAfter, exp: Math.floor(Date.now() / 1000) + 600 });

    // Same second as the offboarding, and within the 60 s skew: an IdP clock running ahead could mint these before it.
    for (const after of [0, 1, 60]) {
      expect(await identity.resolve(p, await issuedAt(after))).toMatchObject({
        ok: false,
        reason: "revoked",
        message: expect.stringMatching(
          /^subject 'dave' was offboarded at .*Z; tokens issued before then, or within the 60 s clock skew after it, are refused$/,
        ),
      });
    }
    expect(await identity.resolve(p, await issuedAt(61))).toMatchObject({ ok: true, principal: { subject: "dave", clockSkewMs: 60_000 } });
  });
});

describe("the subject deny-list", () => {
  // SCIM's userName is case-insensitive: an IdP that provisions Bob@corp.com may put
  // bob@corp.com in its tokens, and the offboarding matched only the exact text.
  it("matches a subject whatever its case or Unicode form, and forgets exactly what is reinstated", () => {
    const denyList = new SubjectDenyListCache();
    const offboardedAtMs = Date.now() - 60_000;
    denyList.replaceAll([{ subject: "Bob@corp.com", offboardedAtMs, reason: "left", source: "scim" }]);
    const principal = (subject: string) => ({ subject, roles: [], team: undefined });
    expect(denyList.denied(principal("bob@corp.com"))).toMatch(/^subject 'bob@corp\.com' was offboarded \(as 'Bob@corp\.com'\) at /);
    expect(denyList.denied(principal("ＢＯＢ@corp.com"))).toBeDefined(); // fullwidth letters
    expect(denyList.denied(principal("Bob@corp.com"))).toMatch(/^subject 'Bob@corp\.com' was offboarded at /);
    expect(denyList.denied(principal("rob@corp.com"))).toBeUndefined();
    // Both spellings offboarded: reinstating one leaves the other refused.
    denyList.set("bob@corp.com", { subject: "bob@corp.com", offboardedAtMs, reason: "left", source: "admin" });
    denyList.set("Bob@corp.com", undefined);
    expect(denyList.denied(principal("Bob@corp.com"))).toMatch(/\(as 'bob@corp\.com'\)/);
    expect(denyList.get("Bob@corp.com")).toBeUndefined();
    expect(denyList.size).toBe(1);
  });
});
