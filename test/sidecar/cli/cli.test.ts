/**
 * The `portcullis` CLI as users run it: `node sidecar/bin/portcullis.js …` (what `npx
 * portcullis` runs), its help, its exit codes and its messages.
 */
import { execFile, spawn } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { hashToken } from "@portcullis/sidecar";
import { CLI, EXAMPLE_POLICY, REPO } from "../../helpers/paths.js";

const exec = promisify(execFile);

async function cli(args: string[], input?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: REPO });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(input ?? "");
  });
}

describe("portcullis CLI", () => {
  it("prints help for every command and exits 0", async () => {
    const main = await cli(["--help"]);
    expect(main.code).toBe(0);
    expect(main.stdout).toContain("portcullis serve --policy FILE");
    expect(main.stdout).toContain("Exit codes");
    for (const command of [["serve"], ["policy"], ["token"]]) {
      const help = await cli([...command, "--help"]);
      expect(help.code, command.join(" ")).toBe(0);
      expect(help.stdout).toContain(`Usage: portcullis ${command[0]}`);
    }
  });

  it("runs through npx after install", async () => {
    const { stdout } = await exec("npx", ["--no-install", "portcullis", "--help"], { cwd: REPO });
    expect(stdout).toContain("governance sidecar for MCP tool calls");
  });

  it("exits 2 with a hint on usage errors", async () => {
    for (const args of [["frobnicate"], ["serve"], ["serve", "--policy", "p.yaml", "--listen", "nope"], ["policy", "check"], ["serve", "--bogus"]]) {
      const result = await cli(args);
      expect(result.code, args.join(" ")).toBe(2);
      expect(result.stderr).toContain("portcullis: ");
    }
  });

  it("checks a valid policy (exit 0) and a broken one (exit 1, file:line:column)", async () => {
    const ok = await cli(["policy", "check", EXAMPLE_POLICY]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/ok \(revision [0-9a-f]{16}\)/);

    const dir = await mkdtemp(join(tmpdir(), "pcl-cli-"));
    const bad = join(dir, "bad.yaml");
    await writeFile(bad, "version: 1\nroles:\n  support:\n    servers:\n      jira: { allow: [x], alow: [y] }\n");
    const result = await cli(["policy", "check", bad]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${bad}:5:27: roles.support.servers.jira.alow: unknown key 'alow'`);
    expect(result.stderr).toContain("invalid (1 error)");
  });

  it("refuses to serve a broken policy with exit 1 and the errors", async () => {
    const dir = await mkdtemp(join(tmpdir(), "pcl-cli-"));
    const bad = join(dir, "bad.yaml");
    await writeFile(bad, "version: 3\nroles: {}\n");
    const result = await cli(["serve", "--policy", bad, "--listen", "127.0.0.1:0"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${bad}:1:10: version: version must be 1`);
  });

  it("refuses a non-loopback address unless told, with exit 3", async () => {
    const result = await cli(["serve", "--policy", EXAMPLE_POLICY, "--listen", "0.0.0.0:0"]);
    expect(result.code).toBe(3);
    expect(result.stdout).toContain("--allow-non-loopback");
  });

  it("hashes a token from stdin without echoing it", async () => {
    const result = await cli(["token", "hash"], "s3cret-token\n");
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(hashToken("s3cret-token"));
    expect(result.stdout).not.toContain("s3cret-token");
    expect((await cli(["token", "hash"], "")).code).toBe(2);
  });
});
