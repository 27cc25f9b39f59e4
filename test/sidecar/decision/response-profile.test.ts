/**
 * responseProfile: a response is scanned with the profile of its REAL target — resolved
 * behind a virtual server for this caller exactly as Authorize resolves it — and a caller
 * who could not have called the tool through that virtual server gets a denial, not a scan.
 */
import { describe, expect, it } from "vitest";
import { resolveCaller, responseProfile, spotlightSelects, spotlightsByClass } from "@portcullis/sidecar";
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

describe("spotlightSelects: which responses a profile marks", () => {
  const marked = compile(`version: 1
roles:
  r: { servers: { web: { allow: ["*"] }, crm: { allow: ["*"] } } }
taint:
  classes: { "crm/notes": [untrustedSource], "web/status": [] }
  afterUntrusted: { stateChange: deny }
guardrails:
  - { tools: ["web/*", "crm/*"], spotlight: { mode: delimit } }
  - { tools: ["docs/*"], spotlight: { mode: datamark, tools: all } }
  - { tools: ["*"] }
`);
  const selects = (server: string, tool: string, hints?: object) =>
    spotlightSelects(marked, guardrailOf(server, tool), { server, tool }, hints as Parameters<typeof spotlightSelects>[3]);
  const guardrailOf = (server: string, tool: string) => {
    const rule = marked.guardrails.find((g) => g.tools.some((p) => p.matches(`${server}/${tool}`)));
    if (!rule) throw new Error("no rule");
    return rule.profile;
  };

  it("with tools: untrusted, marks what the taint wall classes untrustedSource", () => {
    expect(selects("web", "fetch", { readOnlyHint: true, openWorldHint: true })).toBe(true);
    expect(selects("web", "fetch", undefined)).toBe(true); // no hints: the worst case
    expect(selects("crm", "lookup", { readOnlyHint: true, openWorldHint: false })).toBe(false);
    expect(selects("crm", "update", { readOnlyHint: false })).toBe(false); // a write's result is an outcome, not content
    expect(selects("crm", "notes", { readOnlyHint: true, openWorldHint: false })).toBe(true); // taint.classes
    expect(selects("web", "status", { readOnlyHint: true, openWorldHint: true })).toBe(false); // taint.classes: []
  });

  it("with tools: all, marks every tool; with mode off, none", () => {
    expect(selects("docs", "read", { readOnlyHint: true, openWorldHint: false })).toBe(true);
    expect(selects("jira", "search", { readOnlyHint: true, openWorldHint: true })).toBe(false);
  });

  it("spotlightsByClass says whether decisions must keep their annotations", () => {
    expect(spotlightsByClass(marked)).toBe(true);
    expect(spotlightsByClass(policy)).toBe(false);
  });
});
