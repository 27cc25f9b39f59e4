/**
 * The listener's bounds (and the audit index's mode) as `portcullis serve` flags: documented
 * with their defaults in `serve --help`, and a bad value is a usage error (exit 2) that names
 * the flag.
 */
import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { CLI, EXAMPLE_POLICY, REPO } from "../../helpers/paths.js";

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: REPO, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

describe("serve bounds flags", () => {
  it("documents every flag with its default, and exit code 4", async () => {
    const { code, stdout } = await cli(["serve", "--help"]);
    expect(code).toBe(0);
    for (const text of [
      "--header-timeout MS",
      "(default 10000)",
      "--idle-timeout MS",
      "(default 65000)",
      "--request-timeout MS",
      "(default 30000)",
      "--max-connections N",
      "(default 1024, or 64 below",
      "--max-inflight-bytes B",
      "(default 32MiB",
      "--max-streams-per-connection N",
      "(default 100)",
      "4 the drain deadline (or a third SIGINT) cut off calls",
      "--audit-index MODE",
      "--guardrail-warmup WHEN",
      "PORTCULLIS_GUARDRAIL_WARMUP",
      "--trim-interval MS",
      "(default 10000; 0 never)",
    ]) {
      expect(stdout).toContain(text);
    }
  });

  it.each([
    ["--header-timeout", "0", "--header-timeout takes a whole number of at least 1"],
    ["--idle-timeout", "soon", "--idle-timeout takes a whole number of at least 1"],
    ["--request-timeout", "1.5", "--request-timeout takes a whole number of at least 1"],
    ["--max-connections", "-3", "--max-connections takes a whole number of at least 1"],
    ["--max-streams-per-connection", "0", "--max-streams-per-connection takes a whole number of at least 1"],
    ["--max-inflight-bytes", "64MB", "--max-inflight-bytes takes a size such as"],
    ["--audit-index", "lazy", "--audit-index takes background or on-query, not 'lazy'"],
    ["--guardrail-warmup", "soon", "--guardrail-warmup takes start or first-scan, not 'soon'"],
    ["--trim-interval", "10s", "--trim-interval takes whole milliseconds, e.g. 10000"],
  ])("refuses %s %s with exit 2, naming the flag", async (flag, value, message) => {
    const { code, stderr } = await cli(["serve", "--policy", EXAMPLE_POLICY, "--listen", "127.0.0.1:0", `${flag}=${value}`]);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });
});

describe("serve --socket paths that cannot work", () => {
  it("names the missing directory (exit 3), not a bare EACCES or ENOENT", async () => {
    const { code, stdout } = await cli(["serve", "--policy", EXAMPLE_POLICY, "--no-audit", "--socket", "/nonexistent/dir/x.sock"]);
    expect(code).toBe(3);
    const line = stdout
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { msg?: string; err?: string })
      .find((l) => l.msg === "cannot start");
    expect(line?.err).toBe(
      "cannot create the socket /nonexistent/dir/x.sock: the directory /nonexistent/dir does not exist; create it first (mkdir -p /nonexistent/dir)",
    );
  });

  it("refuses a path longer than a socket address holds as a usage error (exit 2) that says the limit", async () => {
    const path = `/tmp/${"x".repeat(110)}.sock`;
    const { code, stderr } = await cli(["serve", "--policy", EXAMPLE_POLICY, "--socket", path]);
    expect(code).toBe(2);
    expect(stderr).toContain(`--socket: the socket path ${path} is 120 bytes; Unix socket paths take at most 107: use a shorter one`);
  });
});
