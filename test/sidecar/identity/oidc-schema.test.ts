/**
 * The `identity.oidc` policy section: what compiles (with its defaults) and what is refused
 * with file:line — unknown roles in a mapping, `none` and HMAC algorithms, issuer URLs that
 * are not URLs or not https (loopback parsed, not matched as text), unbounded skew, a
 * repeated issuer, a missing audience; and what loads with a warning at file:line — a
 * subject claim the IdP may change or reassign (email unverified, preferred_username, upn).
 */
import { formatPolicyError, loadPolicyText } from "@portcullis/sidecar";
import { describe, expect, it } from "vitest";
import { compile, compileErrors } from "../../helpers/policy.js";

const ROLES = `roles:
  support: { servers: { jira: { allow: [search_issues] } } }
  research: { servers: { web: { allow: [fetch] } } }
`;

/** A policy with one issuer entry whose lines are `entry` (indented under the list item). */
function policy(entry: string): string {
  return `version: 1
identity:
  oidc:
    - issuer: https://example.okta.com/oauth2/default
      audience: api://portcullis
${entry
  .split("\n")
  .filter((l) => l !== "")
  .map((l) => `      ${l}`)
  .join("\n")}
${ROLES}`;
}

const lineOf = (text: string, needle: string) => text.split("\n").findIndex((l) => l.includes(needle)) + 1;

describe("identity.oidc", () => {
  it("compiles an issuer with its defaults", () => {
    const compiled = compile(policy("roles: { claim: groups, map: { okta-support: support, okta-all: [support, research] } }"));
    const [issuer] = compiled.identity.oidc;
    expect(issuer).toMatchObject({
      path: "identity.oidc[0]",
      issuer: "https://example.okta.com/oauth2/default",
      audience: ["api://portcullis"],
      jwksUri: undefined,
      algorithms: ["RS256", "ES256", "PS256", "EdDSA"],
      clockSkewMs: 60_000,
      subjectClaim: "sub",
      rolesClaim: "groups",
      teamClaim: undefined,
      jwksTimeoutMs: 750,
      jwksCooldownMs: 30_000,
      jwksMaxAgeMs: 600_000,
    });
    expect([...issuer!.roleMap]).toEqual([
      ["okta-support", ["support"]],
      ["okta-all", ["support", "research"]],
    ]);
  });

  it("takes every option", () => {
    const compiled = compile(
      policy(`audience: [api://portcullis, https://portcullis.example]
jwksUri: https://example.okta.com/oauth2/default/v1/keys
algorithms: [ES256]
clockSkew: 5m
subject: email
roles: { claim: realm_access.roles, map: { support: support } }
team: { claim: department }
requiredClaims: { email_verified: true }
jwksTimeout: 500ms
jwksCooldown: 2s
jwksMaxAge: 1h`).replace("      audience: api://portcullis\n", ""),
    );
    expect(compiled.identity.oidc[0]).toMatchObject({
      audience: ["api://portcullis", "https://portcullis.example"],
      jwksUri: "https://example.okta.com/oauth2/default/v1/keys",
      algorithms: ["ES256"],
      clockSkewMs: 300_000,
      subjectClaim: "email",
      rolesClaim: "realm_access.roles",
      teamClaim: "department",
      jwksTimeoutMs: 500,
      jwksCooldownMs: 2_000,
      jwksMaxAgeMs: 3_600_000,
    });
    expect([...compiled.identity.oidc[0]!.requiredClaims]).toEqual([["email_verified", true]]);
  });

  it.each([
    ["email", "", "use sub (Entra ID: oid), or at least add requiredClaims: { email_verified: true }"],
    ["email", 'requiredClaims: { email_verified: "true" }', "use sub (Entra ID: oid), or at least add requiredClaims: { email_verified: true }"],
    ["preferred_username", "requiredClaims: { email_verified: true }", "use sub (Entra ID: oid)"],
    ["upn", "", "use sub (Entra ID: oid)"],
  ])("loads subject: %s (%s) with a warning at its line", (claim, extra, fix) => {
    const text = policy(`subject: ${claim}\n${extra}\nroles: { claim: groups, map: { a: support } }`);
    const loaded = loadPolicyText(text, "test.yaml");
    expect(loaded.ok).toBe(true);
    expect(loaded.warnings.map(formatPolicyError)).toEqual([
      `test.yaml:${lineOf(text, "subject:")}:16: identity.oidc[0].subject: subject '${claim}' can change or be reassigned at many IdPs, so offboarding by subject can be evaded by a rename, or hit whoever gets the value next; ${fix}`,
    ]);
  });

  it.each([
    ["sub", ""],
    ["oid", ""],
    ["email", "requiredClaims: { email_verified: true }"],
  ])("loads subject: %s (%s) without a warning", (claim, extra) => {
    const text = policy(`subject: ${claim}\n${extra}\nroles: { claim: groups, map: { a: support } }`);
    expect(loadPolicyText(text, "test.yaml")).toMatchObject({ ok: true, warnings: [] });
    expect(loadPolicyText(policy("roles: { claim: groups, map: { a: support } }"), "test.yaml")).toMatchObject({ ok: true, warnings: [] });
  });

  it("refuses a mapping to a role the policy does not define, at its line", () => {
    const text = policy(`roles:
  claim: groups
  map:
    okta-support: suport
    okta-admins: [support, admin]`);
    const errors = compileErrors(text).map(formatPolicyError);
    expect(errors).toEqual([
      `test.yaml:${lineOf(text, "suport")}:25: identity.oidc[0].roles.map.okta-support: unknown role 'suport'; did you mean \`support\`?`,
      `test.yaml:${lineOf(text, "okta-admins")}:34: identity.oidc[0].roles.map.okta-admins[1]: unknown role 'admin'; a claim maps only to roles defined under roles`,
    ]);
  });

  it.each([
    ["none", "'none' is never allowed: an unsigned token proves nothing"],
    ["HS256", "HS256 is never allowed: an HMAC secret would be shared with the IdP, and a token signed with the public key as the secret would pass"],
    ["RS257", "unknown algorithm 'RS257'; use RS256, RS384, RS512, PS256, PS384, PS512, ES256, ES384, ES512, EdDSA, Ed25519"],
  ])("refuses algorithms: [%s]", (alg, message) => {
    const text = policy(`algorithms: [RS256, ${alg}]\nroles: { claim: groups, map: { a: support } }`);
    const errors = compileErrors(text);
    expect(errors.map(formatPolicyError)).toEqual([`test.yaml:${lineOf(text, "algorithms")}:27: identity.oidc[0].algorithms[1]: ${message}`]);
  });

  it.each([
    ["not a url", "issuer must be an absolute URL, e.g. https://example.okta.com/oauth2/default"],
    ["http://idp.example.com", "issuer must use https (plain http only on loopback): keys fetched in clear could be swapped in transit"],
    // DNS names that only look like loopback resolve wherever their owner points them.
    ["http://127.evil.example", "issuer must use https (plain http only on loopback): keys fetched in clear could be swapped in transit"],
    ["http://127.0.0.1.nip.io:8080", "issuer must use https (plain http only on loopback): keys fetched in clear could be swapped in transit"],
    ["http://localhost.evil.example", "issuer must use https (plain http only on loopback): keys fetched in clear could be swapped in transit"],
    ["https://idp.example.com/?tenant=1", "issuer must not have a query or fragment"],
    ["https://user:pw@idp.example.com", "issuer must not carry credentials"],
  ])("refuses the issuer URL '%s'", (url, message) => {
    const text = policy("roles: { claim: groups, map: { a: support } }").replace("https://example.okta.com/oauth2/default", url);
    expect(compileErrors(text).map(formatPolicyError)).toEqual([`test.yaml:${lineOf(text, "issuer:")}:15: identity.oidc[0].issuer: ${message}`]);
  });

  it.each(["http://127.0.0.1:8080/realms/dev", "http://127.8.9.10:8080", "http://localhost:8080", "http://[::1]:8080"])(
    "allows plain http on loopback (a local IdP): %s",
    (url) => {
      const text = policy("roles: { claim: groups, map: { a: support } }").replace("https://example.okta.com/oauth2/default", url);
      expect(compile(text).identity.oidc[0]!.issuer).toBe(url);
    },
  );

  it("refuses a clock skew beyond 5 minutes, a missing audience, a missing role mapping and a repeated issuer", () => {
    const skew = policy("clockSkew: 1h\nroles: { claim: groups, map: { a: support } }");
    expect(compileErrors(skew).map((e) => `${e.path}: ${e.message}`)).toEqual([
      "identity.oidc[0].clockSkew: clockSkew is a duration from 0s to 300s, with a unit: ms, s, m or h (e.g. 30s)",
    ]);
    const noAudience = policy("roles: { claim: groups, map: { a: support } }").replace("      audience: api://portcullis\n", "");
    expect(compileErrors(noAudience).map((e) => e.message)).toEqual([
      "audience is required: the value (or list of values) of `aud` that marks a token as meant for Portcullis, e.g. api://portcullis",
    ]);
    const noRoles = policy("subject: email");
    expect(compileErrors(noRoles).map((e) => e.message)).toEqual(["'roles' is required here"]);
    const twice = `version: 1
identity:
  oidc:
    - { issuer: "https://idp.example.com", audience: a, roles: { claim: groups, map: { a: support } } }
    - { issuer: "https://idp.example.com", audience: b, subjectPrefix: "b:", roles: { claim: groups, map: { b: support } } }
${ROLES}`;
    expect(compileErrors(twice).map(formatPolicyError)).toEqual([
      "test.yaml:5:17: identity.oidc[1].issuer: issuer 'https://idp.example.com' is already trusted at identity.oidc[0]; merge the two entries",
    ]);
  });

  it("refuses two issuers whose subjects can be the same text, until each but one has its own prefix", () => {
    // A partner IdP's token with sub "alice" was the corporate IdP's alice: her per-user
    // credentials, connected accounts, limits and trail.
    const issuers = (second: string, third = "") => `version: 1
identity:
  oidc:
    - { issuer: "https://corp.example.com", audience: a, roles: { claim: groups, map: { a: support } } }
    - { issuer: "https://partner.example.com", audience: a, ${second}roles: { claim: groups, map: { p: research } } }
${third}${ROLES}`;
    expect(compileErrors(issuers("")).map(formatPolicyError)).toEqual([
      'test.yaml:5:7: identity.oidc[1]: its subjects can be the same as those of identity.oidc[0], so a token of either issuer could act as the other\'s users (their per-user credentials, connected accounts, limits and trail); give all but one of them a distinct subjectPrefix, e.g. `subjectPrefix: "partner:"`',
    ]);
    expect(compile(issuers('subjectPrefix: "partner:", ')).identity.oidc.map((i) => i.subjectPrefix)).toEqual(["", "partner:"]);
    const third = '    - { issuer: "https://test.example.com", audience: a, subjectPrefix: "partner:x", roles: { claim: groups, map: { t: research } } }\n';
    expect(compileErrors(issuers('subjectPrefix: "partner:", ', third)).map((e) => `${e.path}: ${e.message.slice(0, 60)}`)).toEqual([
      "identity.oidc[2].subjectPrefix: its subjects can be the same as those of identity.oidc[1], s",
    ]);
    expect(compileErrors(issuers('subjectPrefix: "a b", ')).map((e) => e.message)).toEqual([
      "subjectPrefix: 1 to 64 characters without whitespace, e.g. 'partner:'",
    ]);
  });
});
