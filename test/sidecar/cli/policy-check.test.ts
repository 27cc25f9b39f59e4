/**
 * `portcullis policy check` as users run it: every error of a file in one run, warnings
 * marked, and a policy with a huge map checked (issue #8, items 8 and 17; how fast is eval/policy-load.ts's claim).
 */
import { spawn } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bigMap } from "../../helpers/big-policy.js";
import { CLI, REPO } from "../../helpers/paths.js";

const HASH = "a".repeat(64);

function check(file: string): Promise<{ code: number; stdout: string; stderr: string; ms: number }> {
  const start = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, "policy", "check", file], { cwd: REPO, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr, ms: performance.now() - start }));
  });
}

async function write(name: string, text: string): Promise<string> {
  const file = join(await mkdtemp(join(tmpdir(), "pcl-check-")), name);
  await writeFile(file, text);
  return file;
}

describe("portcullis policy check", () => {
  it("reports a schema error, an unknown role and a duplicate token hash in one run", async () => {
    const file = await write(
      "three.yaml",
      [
        "version: 1",
        "subjects:",
        `  - { id: alice, roles: [suport], tokenSha256: ${HASH} }`,
        `  - { id: bob, roles: [support], tokenSha256: ${HASH} }`,
        "roles:",
        "  support:",
        "    servers:",
        "      jira:",
        "        allow: [search_issues]",
        "        deny: delete_*",
        "",
      ].join("\n"),
    );
    const result = await check(file);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split("\n")).toEqual([
      `${file}:3:26: subjects[0].roles[0]: unknown role 'suport'; did you mean \`support\`?`,
      `${file}:4:47: subjects[1].tokenSha256: this token hash already belongs to subject 'alice'`,
      `${file}:10:15: roles.support.servers.jira.deny: expected a list, e.g. \`deny: [delete_*]\``,
      `${file}: invalid (3 errors)`,
    ]);
  });

  it("prints warnings among the errors, marked, and counts them", async () => {
    const roles = ["roles:", '  r: { servers: { jira: { allow: ["*"], deny: [delete_issue] } } }'];
    const desk = ["virtualServers:", "  desk: { roles: [r], tools: [jira/search, jira/delete_issue] }"];
    const valid = await write("valid.yaml", ["version: 1", ...roles, ...desk, ""].join("\n"));
    const ok = await check(valid);
    expect(ok.code).toBe(0);
    expect(ok.stderr).toBe(
      `${valid}:5:44: virtualServers.desk.tools[1]: no role of this virtual server (r) may call jira/delete_issue; the tool will never be visible (warning)\n`,
    );
    expect(ok.stdout).toMatch(/: ok \(revision [0-9a-f]{16}, 1 warning\)\n$/);

    const invalid = await write("invalid.yaml", ["version: 1", ...roles, "  q: { servers: { jira: { alow: [x] } } }", ...desk, ""].join("\n"));
    const bad = await check(invalid);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("roles.q.servers.jira.alow: unknown key 'alow'; did you mean `allow`?\n");
    expect(bad.stderr).toContain("virtualServers.desk.tools[1]: no role of this virtual server (r) may call jira/delete_issue");
    expect(bad.stderr).toContain("invalid (1 error, 1 warning)");
  });

  // How fast is a benchmark's claim (eval/policy-load.ts), not this test's: a quadratic
  // duplicate-key check took ~100 s here, a linear one ~3 s, and the timeout tells them apart.
  it("checks a policy with a 100,000-key map (the duplicate-key check is linear)", { timeout: 240_000 }, async () => {
    const lines = [
      "version: 1",
      "roles:",
      "  r:",
      "    servers:",
      "      s:",
      "        allow: [t]",
      "        args:",
      "          t:",
      bigMap(100_000, "            "),
    ];
    const file = await write("big.yaml", lines.join("\n"));
    const result = await check(file);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
  });
});
