/**
 * The policy's `credentials:` section: every type compiles with its defaults; mistakes are
 * reported with file:line — a key of another type, a missing key, a secret written into the
 * policy, an http URL to a remote host, a template without {token}, a virtual server — and a
 * server no role grants is a warning.
 */
import { describe, expect, it } from "vitest";
import { formatPolicyError, loadPolicyText } from "@portcullis/sidecar";
import { compile, compileErrors } from "../../helpers/policy.js";

const base = [
  "version: 1",
  "roles:",
  "  support: { servers: { jira: { allow: ['*'] }, search: { allow: ['*'] }, github: { allow: ['*'] }, 'tools-*': { allow: ['*'] } } }",
  "virtualServers:",
  "  desk: { roles: [support], tools: [jira/search] }",
  "credentials:",
];
const text = (...lines: string[]) => [...base, ...lines].join("\n");
const errorsOf = (...lines: string[]) => compileErrors(text(...lines), "p.yaml").map(formatPolicyError);

describe("the credentials section", () => {
  it("compiles each type with its defaults", () => {
    process.env.PCL_TEST_CLIENT_SECRET = "x";
    const policy = compile(
      text(
        "  search: { type: static }",
        "  github: { type: static, perUser: true, apply: { headers: { x-api-key: '{token}' }, env: { GITHUB_TOKEN: 'token {token}' } } }",
        "  jira:",
        "    type: oauth2-user",
        "    authorizeUrl: https://auth.atlassian.com/authorize",
        "    tokenUrl: https://auth.atlassian.com/oauth/token",
        "    revocationUrl: https://auth.atlassian.com/oauth/revoke",
        "    clientId: portcullis",
        "    clientSecret: env:PCL_TEST_CLIENT_SECRET",
        "    scopes: [read:jira-work, offline_access]",
        "    authorizeParams: { audience: api.atlassian.com, prompt: consent }",
        "  tools-cc: { type: oauth2-client-credentials, tokenUrl: 'http://127.0.0.1:9/token', clientId: c, clientSecret: 'file:/run/secrets/x', clientAuth: post, audience: api }",
        "  tools-tx: { type: token-exchange, tokenUrl: 'https://idp.example.com/token', clientId: c, resource: 'https://api.example.com' }",
      ),
    );
    expect(policy.credentials.get("search")).toMatchObject({
      type: "static",
      perUser: false,
      apply: { headers: [{ name: "authorization", prefix: "Bearer ", suffix: "" }], env: [] },
    });
    expect(policy.credentials.get("github")).toMatchObject({
      perUser: true,
      apply: { headers: [{ name: "x-api-key", prefix: "", suffix: "" }], env: [{ name: "GITHUB_TOKEN", prefix: "token ", suffix: "" }] },
    });
    expect(policy.credentials.get("jira")).toMatchObject({
      type: "oauth2-user",
      revocationUrl: "https://auth.atlassian.com/oauth/revoke",
      authorizeParams: { prompt: "consent" },
      oauth: {
        clientId: "portcullis",
        clientSecret: { kind: "env", name: "PCL_TEST_CLIENT_SECRET" },
        clientAuth: "basic",
        scopes: ["read:jira-work", "offline_access"],
      },
    });
    expect(policy.credentials.get("tools-cc")).toMatchObject({
      oauth: { clientAuth: "post", audience: "api", clientSecret: { kind: "file", path: "/run/secrets/x" } },
    });
    expect(policy.credentials.get("tools-tx")).toMatchObject({
      subjectTokenType: "urn:ietf:params:oauth:token-type:access_token",
      oauth: { resource: "https://api.example.com" },
    });
  });

  it("reports each mistake with file:line and what to write instead", () => {
    expect(
      errorsOf(
        "  search: { type: static, tokenUrl: 'https://x.example.com/t' }",
        "  jira: { type: oauth2-user, tokenUrl: 'http://auth.example.com/token', clientId: c, clientSecret: 'hunter2-SECRET' }",
        "  github: { type: static, apply: { headers: { authorization: 'Bearer' } } }",
        "  desk: { type: static }",
        "  tools-a: { type: vault }",
      ),
    ).toEqual([
      "p.yaml:7:27: credentials.search.tokenUrl: 'tokenUrl' does not apply to type static",
      "p.yaml:8:3: credentials.jira: type oauth2-user needs 'authorizeUrl'",
      "p.yaml:8:40: credentials.jira.tokenUrl: must be an https URL (http only for a loopback host such as 127.0.0.1)",
      "p.yaml:8:100: credentials.jira.clientSecret: a secret is never written in the policy: give `env:VAR` (an environment variable) or `file:/absolute/path`",
      'p.yaml:9:62: credentials.github.apply.headers.authorization: a template holds {token} exactly once, e.g. "Bearer {token}"',
      "p.yaml:10:3: credentials.desk: 'desk' is a virtual server; credentials belong to the real servers behind it (configure those instead)",
      "p.yaml:11:20: credentials.tools-a.type: type is one of static, oauth2-client-credentials, oauth2-user, token-exchange",
    ]);
    expect(errorsOf("  search: { type: static }", "  jira: { type: oauth2-user }").join("\n")).not.toContain("SECRET");
  });

  it("warns about a server no role grants and a secret reference that does not resolve here", () => {
    delete process.env.PCL_TEST_MISSING_SECRET;
    const result = loadPolicyText(
      text(
        "  confluence: { type: static }",
        "  tools-cc: { type: oauth2-client-credentials, tokenUrl: 'https://x.example.com/t', clientId: c, clientSecret: env:PCL_TEST_MISSING_SECRET }",
      ),
      "p.yaml",
    );
    expect(result.ok).toBe(true);
    expect(result.warnings.map(formatPolicyError)).toEqual([
      "p.yaml:7:3: credentials.confluence: no role grants server 'confluence'; this credential is never used",
      "p.yaml:8:112: credentials.tools-cc.clientSecret: environment variable PCL_TEST_MISSING_SECRET is not set; the credential is unavailable until it is",
    ]);
  });
});
