/**
 * responseProfile: a response is scanned with the profile of its REAL target — resolved
 * behind a virtual server for this caller exactly as Authorize resolves it — and a caller
 * who could not have called the tool through that virtual server gets a denial, not a scan.
 */
import { describe, expect, it } from "vitest";
import { resolveCaller, responseProfile } from "@portcullis/sidecar";
import { compile, subject } from "../../helpers/policy.js";

const policy = compile(`version: 1
subjects:
${subject("agent:r", ["research"], "tok-r")}
${subject("agent:s", ["support"], "tok-s")}
roles:
  research: { servers: { web: { allow: ["*"] }, github: { allow: [search_code] } } }
  support: { servers: { jira: { allow: [search_issues] } } }
virtualServers:
  desk:
    roles: [research]
    tools: [web/fetch, { tool: github/search_code, as: code }]
guardrails:
  - { tools: ["web/*"], injection: block }
  - { tools: ["github/search_code"], pii: mutate }
`);
const principal = (token: string) => {
  const caller = resolveCaller(policy, token);
  if (!caller.ok) throw new Error(caller.message);
  return caller.principal;
};

describe("responseProfile", () => {
  it("picks the first guardrails entry covering the real target", () => {
    expect(responseProfile(policy, principal("tok-r"), "web", "fetch")).toMatchObject({
      ok: true,
      rule: "guardrails[0]",
      target: { server: "web", tool: "fetch" },
    });
    expect(responseProfile(policy, principal("tok-s"), "jira", "search_issues")).toMatchObject({ ok: true, rule: "default" });
  });

  it("resolves an aliased tool of a virtual server to its real target and that target's profile", () => {
    const chosen = responseProfile(policy, principal("tok-r"), "desk", "code");
    expect(chosen).toMatchObject({ ok: true, rule: "guardrails[1]", target: { server: "github", tool: "search_code" } });
  });

  it("denies a caller whose roles do not see the virtual server, and a tool the virtual server lacks", () => {
    expect(responseProfile(policy, principal("tok-s"), "desk", "fetch")).toMatchObject({ ok: false, denied: expect.stringContaining("not visible") });
    expect(responseProfile(policy, principal("tok-r"), "desk", "delete_repo")).toMatchObject({
      ok: false,
      denied: expect.stringContaining("has no tool 'delete_repo'"),
    });
  });
});
