import { describe, expect, it } from "vitest";
import { filterTools, loadPolicyFile, type CompiledPolicy } from "@portcullis/sidecar";
import { GITHUB_TOOLS, JIRA_TOOLS, WEB_TOOLS } from "../../helpers/jira-tools.js";
import { EXAMPLE_POLICY } from "../../helpers/paths.js";

async function examplePolicy(): Promise<CompiledPolicy> {
  const result = await loadPolicyFile(EXAMPLE_POLICY);
  if (!result.ok) throw new Error("example policy invalid");
  return result.policy;
}

describe("filterTools on a real server", () => {
  it("returns exactly search_issues and create_issue of the 10 Jira tools for support, unchanged", async () => {
    const out = filterTools(await examplePolicy(), "demo-support-token", "jira", JIRA_TOOLS);
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.visible.map((v) => v.tool)).toEqual([JIRA_TOOLS[0], JIRA_TOOLS[2]]);
    expect(out.visible.map((v) => v.tool.name)).toEqual(["search_issues", "create_issue"]);
    expect(out.hidden).toBe(8);
  });

  it("shows nothing of a server the caller has no grant on", async () => {
    const out = filterTools(await examplePolicy(), "demo-support-token", "github", GITHUB_TOOLS);
    expect(out.ok && out.visible.length).toBe(0);
  });

  it("applies annotation rules to the listed hints", async () => {
    const out = filterTools(await examplePolicy(), "demo-research-token", "web", WEB_TOOLS);
    expect(out.ok && out.visible.map((v) => v.tool.name)).toEqual(["fetch"]);
  });

  it("refuses an unknown token", async () => {
    const out = filterTools(await examplePolicy(), "nope", "jira", JIRA_TOOLS);
    expect(out).toMatchObject({ ok: false, unauthenticated: "the token matches no subject of the policy" });
  });
});

describe("filterTools on virtual servers", () => {
  const upstream = [
    ...JIRA_TOOLS.map((t) => ({ ...t, upstreamServer: "jira" })),
    ...GITHUB_TOOLS.map((t) => ({ ...t, upstreamServer: "github" })),
    ...WEB_TOOLS.map((t) => ({ ...t, upstreamServer: "web" })),
  ];

  it("gives research and support completely different tool surfaces from the same upstream servers", async () => {
    const policy = await examplePolicy();
    const research = filterTools(policy, "demo-research-token", "research-desk", upstream);
    const support = filterTools(policy, "demo-support-token", "support-desk", upstream);
    if (!research.ok || !support.ok) throw new Error("expected both to pass");
    const researchSurface = research.visible.map((v) => `${v.exposedName}->${v.target.server}/${v.target.tool}`);
    const supportSurface = support.visible.map((v) => `${v.exposedName}->${v.target.server}/${v.target.tool}`);
    expect(researchSurface).toEqual(["search_code->github/search_code", "search_github_issues->github/search_issues", "fetch->web/fetch"]);
    expect(supportSurface).toEqual(["search_issues->jira/search_issues", "create_issue->jira/create_issue"]);
    const researchUpstream = new Set(research.visible.map((v) => `${v.target.server}/${v.target.tool}`));
    expect(support.visible.some((v) => researchUpstream.has(`${v.target.server}/${v.target.tool}`))).toBe(false);
  });

  it("shows a virtual server to no one outside its roles", async () => {
    const out = filterTools(await examplePolicy(), "demo-support-token", "research-desk", upstream);
    expect(out.ok && out.visible).toEqual([]);
  });

  it("needs the upstream server of every tool", async () => {
    const out = filterTools(await examplePolicy(), "demo-research-token", "research-desk", JIRA_TOOLS);
    expect(out).toMatchObject({ ok: false, invalid: { index: 0 } });
  });
});
