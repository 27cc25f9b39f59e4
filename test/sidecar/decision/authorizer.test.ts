import { describe, expect, it } from "vitest";
import { Reason } from "@portcullis/sdk";
import { authorize, filterTools, loadPolicyFile, type CompiledPolicy } from "@portcullis/sidecar";
import { EXAMPLE_POLICY } from "../../helpers/paths.js";
import { compile, subject } from "../../helpers/policy.js";

const SUPPORT = "demo-support-token";
const RESEARCH = "demo-research-token";

async function examplePolicy(): Promise<CompiledPolicy> {
  const result = await loadPolicyFile(EXAMPLE_POLICY);
  if (!result.ok) throw new Error("example policy invalid");
  return result.policy;
}

describe("authorize: the seed RBAC scenario (examples/policy.yaml)", () => {
  it("lets support search and create Jira issues", async () => {
    const policy = await examplePolicy();
    const search = authorize(policy, { token: SUPPORT, server: "jira", tool: "search_issues" });
    expect(search).toMatchObject({ allow: true, reason: Reason.ALLOWED, matchedRule: "roles.support.servers.jira.allow[0]" });
    const create = authorize(policy, { token: SUPPORT, server: "jira", tool: "create_issue", arguments: { project: "SUP", summary: "Printer on fire" } });
    expect(create).toMatchObject({ allow: true, matchedRule: "roles.support.servers.jira.allow[1]" });
    expect(create.principal?.subject).toBe("agent:support-bot");
    expect(create.policyRevision).toBe(policy.revision);
  });

  it.each([
    ["delete_issue", Reason.EXPLICIT_DENY, "roles.support.servers.jira.deny[0]"],
    ["delete_project", Reason.EXPLICIT_DENY, "roles.support.servers.jira.deny[0]"],
    ["bulk_update", Reason.EXPLICIT_DENY, "roles.support.servers.jira.deny[1]"],
    ["update_issue", Reason.NOT_PERMITTED, ""],
  ])("denies support %s", async (tool, reason, rule) => {
    const d = authorize(await examplePolicy(), { token: SUPPORT, server: "jira", tool });
    expect(d).toMatchObject({ allow: false, reason, matchedRule: rule });
    expect(d.message.length).toBeGreaterThan(20);
  });
});

describe("authorize: default deny", () => {
  it("denies an unknown subject, an empty token, an unknown server and an unknown tool", async () => {
    const policy = await examplePolicy();
    expect(authorize(policy, { token: "who-knows", server: "jira", tool: "search_issues" })).toMatchObject({ allow: false, reason: Reason.UNAUTHENTICATED });
    expect(authorize(policy, { token: "", server: "jira", tool: "search_issues" })).toMatchObject({ allow: false, reason: Reason.UNAUTHENTICATED });
    const unknownServer = authorize(policy, { token: SUPPORT, server: "payroll", tool: "pay" });
    expect(unknownServer).toMatchObject({ allow: false, reason: Reason.UNKNOWN_SERVER });
    expect(unknownServer.message).toContain("'payroll'");
    expect(authorize(policy, { token: SUPPORT, server: "jira", tool: "no_such_tool" })).toMatchObject({ allow: false, reason: Reason.NOT_PERMITTED });
    // A server that exists in the policy but is not granted to this subject's roles.
    expect(authorize(policy, { token: SUPPORT, server: "github", tool: "search_code" })).toMatchObject({ allow: false, reason: Reason.NOT_PERMITTED });
  });
});

describe("authorize: deny beats allow, and glob precedence", () => {
  const policy = compile(
    [
      "version: 1",
      "subjects:",
      subject("alice", ["ops"], "alice"),
      subject("bob", ["ops", "auditor"], "bob"),
      subject("carol", ["viewer", "ops"], "carol"),
      "roles:",
      "  ops:",
      "    servers:",
      "      jira:",
      '        allow: ["*", "delete_comment", "get_*"]',
      '        deny: ["delete_*"]',
      "  auditor:",
      "    servers:",
      "      jira:",
      '        deny: ["create_*"]',
      "  viewer:",
      "    servers:",
      '      "*":',
      '        allow: ["get_*"]',
    ].join("\n"),
  );

  it("a deny glob beats an exact allow of the same role", () => {
    const d = authorize(policy, { token: "alice", server: "jira", tool: "delete_comment" });
    expect(d).toMatchObject({ allow: false, reason: Reason.EXPLICIT_DENY, matchedRule: "roles.ops.servers.jira.deny[0]" });
  });

  it("a deny in one role beats an allow in another role", () => {
    expect(authorize(policy, { token: "alice", server: "jira", tool: "create_issue" }).allow).toBe(true);
    expect(authorize(policy, { token: "bob", server: "jira", tool: "create_issue" })).toMatchObject({
      allow: false,
      reason: Reason.EXPLICIT_DENY,
      matchedRule: "roles.auditor.servers.jira.deny[0]",
    });
  });

  it("reports the most specific allow: exact name, then the longest glob, then *", () => {
    expect(authorize(policy, { token: "alice", server: "jira", tool: "get_issue" }).matchedRule).toBe("roles.ops.servers.jira.allow[2]");
    expect(authorize(policy, { token: "alice", server: "jira", tool: "search" }).matchedRule).toBe("roles.ops.servers.jira.allow[0]");
    // carol has viewer ("*" server glob, get_*) and ops (jira, get_*): equal specificity, role order decides.
    expect(authorize(policy, { token: "carol", server: "jira", tool: "get_issue" }).matchedRule).toBe('roles.viewer.servers["*"].allow[0]');
  });

  it("server globs grant servers the policy never names", () => {
    expect(authorize(policy, { token: "carol", server: "confluence", tool: "get_page" })).toMatchObject({
      allow: true,
      matchedRule: 'roles.viewer.servers["*"].allow[0]',
    });
    expect(authorize(policy, { token: "carol", server: "confluence", tool: "put_page" })).toMatchObject({ allow: false, reason: Reason.NOT_PERMITTED });
  });

  it("explains the rules it considered", () => {
    const d = authorize(policy, { token: "bob", server: "jira", tool: "create_issue", explain: true });
    const rules = d.explanation.map((t) => `${t.rule}:${t.matched}`);
    expect(rules).toContain("roles.auditor.servers.jira.deny[0]:true");
    expect(rules).toContain("roles.ops.servers.jira.deny[0]:false");
    expect(authorize(policy, { token: "bob", server: "jira", tool: "create_issue" }).explanation).toEqual([]);
  });
});

describe("authorize: annotation rules", () => {
  const policy = compile(
    [
      "version: 1",
      "subjects:",
      subject("r", ["reader"], "r"),
      subject("s", ["safe"], "s"),
      "roles:",
      "  reader:",
      "    servers:",
      '      web: { allow: ["*"], annotations: { readOnly: required } }',
      "  safe:",
      "    servers:",
      '      web: { allow: ["*"], annotations: { destructive: deny, openWorld: deny } }',
    ].join("\n"),
  );

  it("requires readOnlyHint where the role says so", () => {
    expect(authorize(policy, { token: "r", server: "web", tool: "fetch", annotations: { readOnlyHint: true } }).allow).toBe(true);
    const d = authorize(policy, { token: "r", server: "web", tool: "post", annotations: { readOnlyHint: false } });
    expect(d).toMatchObject({ allow: false, reason: Reason.ANNOTATION_CONSTRAINT, matchedRule: "roles.reader.servers.web.annotations" });
  });

  it("treats a tool without hints as destructive and open-world (MCP defaults)", () => {
    expect(authorize(policy, { token: "r", server: "web", tool: "fetch" })).toMatchObject({ allow: false, reason: Reason.ANNOTATION_CONSTRAINT });
    expect(authorize(policy, { token: "s", server: "web", tool: "fetch" })).toMatchObject({ allow: false, reason: Reason.ANNOTATION_CONSTRAINT });
    expect(authorize(policy, { token: "s", server: "web", tool: "x", annotations: { destructiveHint: false, openWorldHint: false } }).allow).toBe(true);
    // readOnlyHint true makes destructiveHint irrelevant, as the spec says.
    expect(
      authorize(policy, { token: "s", server: "web", tool: "x", annotations: { readOnlyHint: true, destructiveHint: true, openWorldHint: false } }).allow,
    ).toBe(true);
  });
});

describe("authorize: argument constraints", () => {
  const policy = compile(
    [
      "version: 1",
      "subjects:",
      subject("a", ["support"], "a"),
      "roles:",
      "  support:",
      "    servers:",
      "      jira:",
      "        allow: [create_issue, search_issues]",
      "        args:",
      "          create_issue:",
      "            project: { in: [SUP, HELP] }",
      "            summary: { maxLength: 10 }",
      "            priority: { equals: low, optional: true }",
      "            labels.team: { prefix: team-, optional: true }",
      "            component: { glob: 'ui-*', optional: true }",
      "            count: { min: 1, max: 5, optional: true }",
      "          '*_issues':",
      "            query: { maxLength: 5, optional: true }",
    ].join("\n"),
  );
  const call = (args: Record<string, unknown>, tool = "create_issue") => authorize(policy, { token: "a", server: "jira", tool, arguments: args as never });
  const ok = { project: "SUP", summary: "short" };

  it("allows arguments that meet every constraint", () => {
    expect(call(ok).allow).toBe(true);
    expect(call({ ...ok, priority: "low", labels: { team: "team-x" }, component: "ui-button", count: 5 }).allow).toBe(true);
  });

  it.each([
    [{ project: "OPS", summary: "s" }, "argument 'project' must be one of SUP, HELP"],
    [{ summary: "s" }, "argument 'project' is required"],
    [{ project: "SUP", summary: "this is far too long" }, "argument 'summary' must be at most 10 characters"],
    [{ project: "SUP", summary: 42 }, "argument 'summary' must be a string"],
    [{ ...ok, priority: "high" }, "argument 'priority' must equal low"],
    [{ ...ok, labels: { team: "ops" } }, "argument 'labels.team' must start with 'team-'"],
    [{ ...ok, component: "api" }, "argument 'component' must match 'ui-*'"],
    [{ ...ok, count: 9 }, "argument 'count' must be at most 5"],
    [{ ...ok, count: "3" }, "argument 'count' must be a number"],
  ])("denies %j: %s", (args, message) => {
    const d = call(args);
    expect(d).toMatchObject({ allow: false, reason: Reason.ARGUMENT_CONSTRAINT });
    expect(d.message).toContain(message);
    expect(d.matchedRule).toMatch(/^roles\.support\.servers\.jira\.args\./);
  });

  it("applies constraints keyed by a tool glob", () => {
    expect(call({ query: "abc" }, "search_issues").allow).toBe(true);
    expect(call({ query: "abcdefgh" }, "search_issues")).toMatchObject({ allow: false, reason: Reason.ARGUMENT_CONSTRAINT });
  });

  it("never echoes the caller's argument values", () => {
    const secretish = "sk-live-1234567890";
    const d = call({ project: secretish, summary: "s" });
    expect(d.message).not.toContain(secretish);
  });

  it("counts characters, not UTF-16 units", () => {
    expect(call({ project: "SUP", summary: "😀".repeat(10) }).allow).toBe(true);
    expect(call({ project: "SUP", summary: "😀".repeat(11) }).allow).toBe(false);
  });
});

describe("authorize: virtual servers", () => {
  it("routes a virtual tool to its real server and tool, under an alias too", async () => {
    const policy = await examplePolicy();
    expect(authorize(policy, { token: RESEARCH, server: "research-desk", tool: "search_code" })).toMatchObject({
      allow: true,
      target: { server: "github", tool: "search_code" },
    });
    expect(authorize(policy, { token: RESEARCH, server: "research-desk", tool: "search_github_issues" })).toMatchObject({
      allow: true,
      target: { server: "github", tool: "search_issues" },
    });
  });

  it("keeps the role's rules in force behind a virtual server", async () => {
    const policy = await examplePolicy();
    // web/fetch is in research-desk, but research may call only read-only web tools.
    expect(authorize(policy, { token: RESEARCH, server: "research-desk", tool: "fetch" })).toMatchObject({
      allow: false,
      reason: Reason.ANNOTATION_CONSTRAINT,
    });
    expect(authorize(policy, { token: RESEARCH, server: "research-desk", tool: "fetch", annotations: { readOnlyHint: true } }).allow).toBe(true);
  });

  it("keeps a deny of the subject's other roles in force behind a virtual server", () => {
    // The desk is for research only, but alice's restricted role denies deletes: through the
    // desk, under the tool's own name or an alias, they were allowed all the same.
    const policy = compile(
      [
        "version: 1",
        "subjects:",
        subject("alice", ["research", "restricted"], "alice"),
        subject("rita", ["research"], "rita"),
        "roles:",
        "  research: { servers: { github: { allow: ['*'] } } }",
        "  restricted: { servers: { github: { deny: ['delete_*'] } } }",
        "virtualServers:",
        "  desk: { roles: [research], tools: ['github/*', { tool: github/delete_repo, as: tidy }] }",
      ].join("\n"),
    );
    for (const [server, tool] of [
      ["github", "delete_repo"],
      ["desk", "delete_repo"],
      ["desk", "tidy"],
    ] as const) {
      expect(authorize(policy, { token: "alice", server, tool }), `${server}/${tool}`).toMatchObject({
        allow: false,
        reason: Reason.EXPLICIT_DENY,
        matchedRule: "roles.restricted.servers.github.deny[0]",
        message: expect.stringContaining("(roles: research, restricted)"),
      });
    }
    expect(authorize(policy, { token: "alice", server: "desk", tool: "get_repo" })).toMatchObject({
      allow: true,
      target: { server: "github", tool: "get_repo" },
    });
    expect(authorize(policy, { token: "rita", server: "desk", tool: "tidy" })).toMatchObject({
      allow: true,
      target: { server: "github", tool: "delete_repo" },
    });
    const listed = (token: string) => {
      const out = filterTools(policy, token, "desk", [
        { name: "get_repo", upstreamServer: "github" },
        { name: "delete_repo", upstreamServer: "github" },
      ]);
      return out.ok ? out.visible.map((v) => v.exposedName) : out;
    };
    expect(listed("alice")).toEqual(["get_repo"]);
    // Listed under every name Authorize allows it by: the glob's and the alias (the alias was missing).
    expect(listed("rita")).toEqual(["get_repo", "delete_repo", "tidy"]);
    const rita = filterTools(policy, "rita", "desk", [
      { name: "delete_repo", upstreamServer: "github" },
      { name: "fork", upstreamServer: "jira" },
    ]);
    expect(rita.ok && rita.hidden).toBe(1);
  });

  it("hides a virtual server from roles it is not for, and tools it does not list", async () => {
    const policy = await examplePolicy();
    expect(authorize(policy, { token: SUPPORT, server: "research-desk", tool: "search_code" })).toMatchObject({
      allow: false,
      reason: Reason.NOT_IN_VIRTUAL_SERVER,
    });
    expect(authorize(policy, { token: RESEARCH, server: "research-desk", tool: "get_file_contents" })).toMatchObject({
      allow: false,
      reason: Reason.NOT_IN_VIRTUAL_SERVER,
    });
    // The alias replaces the upstream name.
    expect(authorize(policy, { token: RESEARCH, server: "research-desk", tool: "search_issues" })).toMatchObject({
      allow: false,
      reason: Reason.NOT_IN_VIRTUAL_SERVER,
    });
  });
});
