import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatPolicyError, loadPolicyFile, loadPolicyText } from "@portcullis/sidecar";
import { EXAMPLE_POLICY } from "../../helpers/paths.js";
import { compileErrors } from "../../helpers/policy.js";

const HASH = "a".repeat(64);

describe("loadPolicyFile", () => {
  it("compiles the bundled example policy", async () => {
    const result = await loadPolicyFile(EXAMPLE_POLICY);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect([...result.policy.roles.keys()]).toEqual(["support", "research"]);
    expect([...result.policy.virtualServers.keys()]).toEqual(["support-desk", "research-desk"]);
    expect(result.policy.revision).toMatch(/^[0-9a-f]{16}$/);
  });

  it("reports a missing file with its name, not a stack trace", async () => {
    const result = await loadPolicyFile("/nonexistent/policy.yaml");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(formatPolicyError(result.errors[0]!)).toBe("/nonexistent/policy.yaml:1:1: cannot read the policy: ENOENT");
  });

  it("derives the revision from the content only", async () => {
    const dir = await mkdtemp(join(tmpdir(), "pcl-policy-"));
    const text = "version: 1\nroles:\n  r: { servers: { s: { allow: [t] } } }\n";
    await writeFile(join(dir, "a.yaml"), text);
    await writeFile(join(dir, "b.yaml"), text);
    const a = await loadPolicyFile(join(dir, "a.yaml"));
    const b = await loadPolicyFile(join(dir, "b.yaml"));
    const c = loadPolicyText(text + "# changed\n", "c.yaml");
    expect(a.ok && b.ok && c.ok).toBe(true);
    if (!a.ok || !b.ok || !c.ok) return;
    expect(a.policy.revision).toBe(b.policy.revision);
    expect(c.policy.revision).not.toBe(a.policy.revision);
  });
});

describe("policy errors carry file:line:column and the policy path", () => {
  it("locates YAML syntax errors", () => {
    const errors = compileErrors("version: 1\nroles:\n  support: {servers: {jira: {allow: [a}}}\n", "p.yaml");
    expect(errors[0]).toMatchObject({ file: "p.yaml", line: 3 });
    expect(errors[0]!.message.length).toBeGreaterThan(0);
  });

  it("locates schema errors at the offending value", () => {
    const text = ["version: 1", "roles:", "  support:", "    servers:", "      jira:", '        allow: [search_issues, ""]'].join("\n");
    const [error] = compileErrors(text, "p.yaml");
    expect(formatPolicyError(error!)).toBe("p.yaml:6:32: roles.support.servers.jira.allow[1]: a tool pattern must not be empty");
  });

  it("names unknown keys (typos) at the key", () => {
    const text = ["version: 1", "roles:", "  support:", "    servers:", "      jira:", "        alow: [x]"].join("\n");
    const [error] = compileErrors(text);
    expect(error).toMatchObject({ line: 6, column: 9, path: "roles.support.servers.jira.alow" });
    expect(error!.message).toContain("unknown key 'alow'");
  });

  it("rejects an unknown role referenced by a subject, at the reference", () => {
    const text = ["version: 1", "subjects:", `  - { id: a, roles: [ghost], tokenSha256: ${HASH} }`, "roles:", "  r: { servers: { s: { allow: [t] } } }"].join(
      "\n",
    );
    const [error] = compileErrors(text);
    expect(error).toMatchObject({ line: 3, path: "subjects[0].roles[0]" });
    expect(error!.message).toBe("unknown role 'ghost' (roles: r)");
  });

  it("rejects a token hash shared by two subjects", () => {
    const text = [
      "version: 1",
      "subjects:",
      `  - { id: a, roles: [r], tokenSha256: ${HASH} }`,
      `  - { id: b, roles: [r], tokenSha256: ${HASH} }`,
      "roles:",
      "  r: { servers: { s: { allow: [t] } } }",
    ].join("\n");
    const [error] = compileErrors(text);
    expect(error).toMatchObject({ line: 4, path: "subjects[1].tokenSha256" });
    expect(error!.message).toContain("already belongs to subject 'a'");
  });

  it("rejects a malformed token hash with a hint", () => {
    const text = ["version: 1", "subjects:", "  - { id: a, roles: [r], tokenSha256: abc }", "roles:", "  r: { servers: { s: { allow: [t] } } }"].join("\n");
    const [error] = compileErrors(text);
    expect(error!.message).toContain("portcullis token hash");
  });

  it("rejects ambiguous virtual tool names and asks for an alias", () => {
    const text = [
      "version: 1",
      "roles:",
      "  r: { servers: { a: { allow: [search] }, b: { allow: [search] } } }",
      "virtualServers:",
      "  desk:",
      "    roles: [r]",
      "    tools: [a/search, b/search]",
    ].join("\n");
    const [error] = compileErrors(text);
    expect(error).toMatchObject({ line: 7, path: "virtualServers.desk.tools[1]" });
    expect(error!.message).toContain("give one of them an alias");
  });

  it("rejects a virtual server named like a real server", () => {
    const text = ["version: 1", "roles:", "  r: { servers: { jira: { allow: [x] } } }", "virtualServers:", "  jira: { roles: [r], tools: [jira/x] }"].join(
      "\n",
    );
    const [error] = compileErrors(text);
    expect(error).toMatchObject({ line: 5, column: 3, path: "virtualServers.jira" });
  });

  it("rejects bad argument constraints", () => {
    const text = [
      "version: 1",
      "roles:",
      "  r:",
      "    servers:",
      "      s:",
      "        allow: [t]",
      "        args:",
      "          t: { n: { min: 5, max: 1 }, m: {} }",
    ].join("\n");
    const errors = compileErrors(text);
    expect(errors.map((e) => e.message)).toContain("an argument constraint needs at least one of equals, in, prefix, glob, maxLength, min, max");
  });

  it("rejects a wrong version and an empty server block", () => {
    expect(compileErrors("version: 2\nroles: {}\n")[0]!.message).toBe("version must be 1");
    const errors = compileErrors("version: 1\nroles:\n  r: { servers: { s: {} } }\n");
    expect(errors[0]!.message).toContain("needs at least one of allow, deny");
  });

  it("reports every schema error at once, sorted by position", () => {
    const text = ["version: 1", "roles:", "  a: { servers: { s: { allow: [x], deny: [1] } } }", "  b: { servers: { s: { alow: [x] } } }"].join("\n");
    const errors = compileErrors(text);
    expect(errors.length).toBeGreaterThanOrEqual(2);
    expect(errors.map((e) => e.line)).toEqual([...errors.map((e) => e.line)].sort((x, y) => x - y));
  });
});
