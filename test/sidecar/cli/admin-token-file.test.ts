/**
 * `portcullis serve --admin-token-file`: an admin token too short to resist guessing, or one
 * that cannot be sent as a bearer token, is refused before the sidecar starts (exit 2), with
 * a message that says how to make a good one and never prints the token.
 */
import { spawn } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CLI, EXAMPLE_POLICY, REPO } from "../../helpers/paths.js";

function serveWithAdminToken(token: string): Promise<{ code: number | null; stderr: string }> {
  return (async () => {
    const dir = await mkdtemp(join(tmpdir(), "pcl-admin-"));
    const file = join(dir, "admin.token");
    await writeFile(file, token, { mode: 0o600 });
    const child = spawn(process.execPath, [CLI, "serve", "--policy", EXAMPLE_POLICY, "--listen", "127.0.0.1:0", "--admin-token-file", file], { cwd: REPO });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    return { code, stderr };
  })();
}

describe("serve --admin-token-file", () => {
  it("refuses a token shorter than 32 bytes, saying how to make one", async () => {
    const { code, stderr } = await serveWithAdminToken("short-SECRET-token\n");
    expect(code).toBe(2);
    expect(stderr).toContain("the admin token is 18 bytes; use at least 32 random bytes");
    expect(stderr).toContain("openssl rand");
    expect(stderr).not.toContain("SECRET");
  });

  it("refuses an empty file and a token with spaces", async () => {
    expect((await serveWithAdminToken("\n")).stderr).toContain("holds no admin token");
    const spaced = await serveWithAdminToken("two words that are long enough to pass the length check\n");
    expect(spaced.code).toBe(2);
    expect(spaced.stderr).toContain("one line without spaces");
  });
});
