/**
 * `portcullis serve --vault-key-file` / `PORTCULLIS_VAULT_KEY`: a malformed key stops the
 * start with a usage error (exit 2) that says what a key looks like and never prints it; a
 * good key opens the vault (0600 file under --data-dir); no key leaves the vault off, and the
 * log says how to turn it on.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseVaultKey, sealedKeyId, SqliteVaultStore, Vault, createLogger } from "@portcullis/sidecar";
import { CLI, EXAMPLE_POLICY, REPO } from "../../helpers/paths.js";
import { startSidecarProcess } from "../../helpers/sidecar-process.js";

function serve(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [CLI, "serve", "--policy", EXAMPLE_POLICY, "--listen", "127.0.0.1:0", ...args], {
    cwd: REPO,
    env: { ...process.env, ...env },
  });
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += d));
  return new Promise((resolve) => child.on("close", (code) => resolve({ code, stderr })));
}

describe("the vault key at start", () => {
  it("refuses a malformed key from a file or the environment, never printing it", async () => {
    const dir = await mkdtemp(join(tmpdir(), "pcl-vault-key-"));
    await writeFile(join(dir, "short.key"), "not a key: SECRET!\n");
    const fromFile = await serve(["--vault-key-file", join(dir, "short.key")]);
    expect(fromFile.code).toBe(2);
    expect(fromFile.stderr).toContain(`--vault-key-file ${join(dir, "short.key")}: vault key: not hex or base64`);
    expect(fromFile.stderr).toContain("openssl rand -base64 32");
    const fromEnv = await serve([], { PORTCULLIS_VAULT_KEY: randomBytes(16).toString("base64") });
    expect(fromEnv.code).toBe(2);
    expect(fromEnv.stderr).toContain("PORTCULLIS_VAULT_KEY: vault key: decodes to 16 bytes");
    expect(`${fromFile.stderr}${fromEnv.stderr}`).not.toContain("SECRET");
  });

  it("opens the vault with a good key, and leaves it off without one", async () => {
    const dir = await mkdtemp(join(tmpdir(), "pcl-vault-key-"));
    const on = await startSidecarProcess(["--policy", EXAMPLE_POLICY, "--data-dir", join(dir, "data")], {
      PORTCULLIS_VAULT_KEY: randomBytes(32).toString("hex"),
    });
    const opened = await on.waitForLog((l) => l.msg === "credential vault open");
    expect(opened).toMatchObject({ store: "sqlite", keyId: expect.stringMatching(/^[0-9a-f]{16}$/) });
    expect((await stat(join(dir, "data", "vault.sqlite"))).mode & 0o777).toBe(0o600);
    expect(await on.stop()).toBe(0);
    const off = await startSidecarProcess(["--policy", EXAMPLE_POLICY], { PORTCULLIS_VAULT_KEY: "" });
    expect((await off.waitForLog((l) => String(l.msg).startsWith("credential vault off"))).msg).toContain("--vault-key-file");
    expect(await off.stop()).toBe(0);
  });

  it("refuses a malformed previous key, and a previous key without a current one, never printing them", async () => {
    const dir = await mkdtemp(join(tmpdir(), "pcl-vault-key-"));
    await writeFile(join(dir, "bad.key"), "not a key: SECRET!\n");
    await writeFile(join(dir, "good.key"), randomBytes(32).toString("base64"));
    const bad = await serve(["--vault-key-file", join(dir, "good.key"), "--vault-previous-key-file", join(dir, "bad.key")]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(`--vault-previous-key-file ${join(dir, "bad.key")}: vault key: not hex or base64`);
    const fromEnv = await serve(["--vault-key-file", join(dir, "good.key")], {
      PORTCULLIS_VAULT_PREVIOUS_KEYS: `${randomBytes(32).toString("base64")},SECRET`,
    });
    expect(fromEnv.code).toBe(2);
    expect(fromEnv.stderr).toContain("PORTCULLIS_VAULT_PREVIOUS_KEYS (key 2): vault key: decodes to");
    const alone = await serve(["--vault-previous-key-file", join(dir, "good.key")], { PORTCULLIS_VAULT_KEY: "" });
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain("needs the current key too");
    expect(`${bad.stderr}${fromEnv.stderr}`).not.toContain("SECRET");
  });

  it("re-seals the records of a previous key at start (--vault-previous-key-file)", async () => {
    const dir = await mkdtemp(join(tmpdir(), "pcl-vault-key-"));
    const dataDir = join(dir, "data");
    const [oldText, newText] = [randomBytes(32).toString("base64"), randomBytes(32).toString("hex")];
    await writeFile(join(dir, "old.key"), oldText);
    await writeFile(join(dir, "new.key"), newText);
    const store = SqliteVaultStore.open(dataDir);
    await new Vault(store, parseVaultKey(oldText), createLogger({ level: "silent" })).write("alice", "jira", "static", {
      secret: "alice-secret",
      expiresAtMs: 0,
      obtainedAtMs: 1,
    });
    await store.close();
    const rotated = await startSidecarProcess(
      ["--policy", EXAMPLE_POLICY, "--data-dir", dataDir, "--vault-key-file", join(dir, "new.key"), "--vault-previous-key-file", join(dir, "old.key")],
      { PORTCULLIS_VAULT_KEY: "" },
    );
    const done = await rotated.waitForLog((l) => String(l.msg).startsWith("re-sealed the vault's records"));
    expect(done).toMatchObject({ resealed: 1, left: 0, keyId: parseVaultKey(newText).id });
    expect(await rotated.stop()).toBe(0);
    const after = SqliteVaultStore.open(dataDir);
    expect(sealedKeyId((await after.get("alice", "jira"))!.sealed)).toBe(parseVaultKey(newText).id);
    await after.close();
  });
});
