/**
 * Gateway tokens end to end, as operators use them: `portcullis serve` as a process (sqlite
 * in its data directory, logging at trace level), and the CLI's `token issue | list | revoke
 * | rotate` and `offboard` as admin clients of it. The token is printed once, alone on
 * stdout; it works as the subject it was issued for until revoked, rotated or offboarded;
 * and the token — a planted canary — appears nowhere else: not in lists, logs, errors, or
 * the sqlite file.
 */
import { spawn } from "node:child_process";
import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGovernanceClient, Decision, Reason, type GovernanceClient } from "@portcullis/sdk";
import { hashToken } from "@portcullis/sidecar";
import { CLI, REPO } from "../helpers/paths.js";
import { policyFile } from "../helpers/policy-file.js";
import { startSidecarProcess, type SidecarProcess } from "../helpers/sidecar-process.js";

const ADMIN = "admin-SECRET-0123456789abcdef-0123456789";
const POLICY = `version: 1
subjects:
  - { id: contractor, roles: [support], tokenSha256: ${hashToken("contractor-static-token")} }
roles:
  support: { servers: { jira: { allow: [search_issues] } } }
  research: { servers: { web: { allow: ["*"] } } }
`;

let dir: string;
let sidecar: SidecarProcess;
let client: GovernanceClient;
const outputs: string[] = [];
const tokens: string[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "pcl-token-cli-"));
  await writeFile(join(dir, "admin.token"), `${ADMIN}\n`, { mode: 0o600 });
  sidecar = await startSidecarProcess([
    "--policy",
    await policyFile(POLICY),
    "--data-dir",
    join(dir, "data"),
    "--admin-token-file",
    join(dir, "admin.token"),
    "--log-level",
    "trace",
  ]);
  client = createGovernanceClient({ baseUrl: sidecar.baseUrl!, timeoutMs: 10_000 });
});
afterAll(async () => {
  client?.close();
  await sidecar?.stop();
});

/** Runs the CLI against the sidecar; the admin token comes from the file (or env when `env` says so). */
async function cli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const withUrl = args[0] === "token" && args[1] === "hash" ? args : [...args, "--url", sidecar.baseUrl!];
  const auth = env.PORTCULLIS_ADMIN_TOKEN ? [] : ["--admin-token-file", join(dir, "admin.token")];
  const child = spawn(process.execPath, [CLI, ...withUrl, ...auth], { cwd: REPO, env: { ...process.env, ...env } });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => (stdout += d));
  child.stderr.on("data", (d) => (stderr += d));
  const code = await new Promise<number>((resolve) => child.on("close", (c) => resolve(c ?? -1)));
  outputs.push(stdout, stderr);
  return { code, stdout, stderr };
}

const search = (token: string) => client.authorize({ token, server: "jira", tool: "search_issues" });

describe("portcullis token and offboard against a running sidecar", () => {
  it("issues a token printed once, alone on stdout, that works as its subject; list shows only a hint", async () => {
    const issued = await cli([
      "token",
      "issue",
      "--subject",
      "alice",
      "--kind",
      "human",
      "--roles",
      "support",
      "--ttl",
      "30d",
      "--team",
      "desk",
      "--description",
      "laptop",
    ]);
    expect(issued.code).toBe(0);
    const token = issued.stdout.trim();
    tokens.push(token);
    expect(token).toMatch(/^pcl_[0-9A-Za-z]{43}$/);
    expect(issued.stderr).toMatch(/issued tok_\w+ for alice \(human; roles: support; team desk\), expires 20/);
    expect(issued.stderr).not.toContain(token);
    expect(await search(token)).toMatchObject({ decision: Decision.ALLOW, subject: "alice", roles: ["support"] });

    const listed = await cli(["token", "list", "--subject", "alice"]);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain(`${token.slice(0, 8)}…`);
    expect(listed.stdout).toMatch(/alice\s+human\s+support/);
    expect(listed.stdout).not.toContain(token);
    const json = JSON.parse((await cli(["token", "list", "--json"])).stdout) as Record<string, unknown>[];
    expect(json).toEqual([
      expect.objectContaining({ subject: "alice", kind: "human", team: "desk", description: "laptop", hint: `${token.slice(0, 8)}…`, revokedAt: null }),
    ]);
    expect(JSON.stringify(json)).not.toContain(token);
  });

  it("revokes (TOKEN_REVOKED at once) and rotates (old revoked, new works), with the admin token from the environment too", async () => {
    const agent = JSON.parse((await cli(["token", "issue", "--subject", "agent:bot", "--kind", "agent", "--roles", "research", "--json"])).stdout) as {
      token: string;
      tokenId: string;
    };
    tokens.push(agent.token);
    expect(agent.token).toMatch(/^pcla_/);
    const rotated = await cli(["token", "rotate", agent.tokenId], { PORTCULLIS_ADMIN_TOKEN: ADMIN });
    expect(rotated.code).toBe(0);
    const fresh = rotated.stdout.trim();
    tokens.push(fresh);
    expect(rotated.stderr).toContain(`rotated ${agent.tokenId} (now revoked)`);
    const fetchWith = (token: string) => client.authorize({ token, server: "web", tool: "fetch" });
    expect(await fetchWith(agent.token)).toMatchObject({ decision: Decision.DENY, reason: Reason.TOKEN_REVOKED });
    expect(await fetchWith(fresh)).toMatchObject({ decision: Decision.ALLOW, subject: "agent:bot" });

    const freshId = (JSON.parse((await cli(["token", "list", "--subject", "agent:bot", "--json"])).stdout) as { tokenId: string }[])[0]!.tokenId;
    expect((await cli(["token", "revoke", freshId])).stderr).toContain(`revoked ${freshId}`);
    expect(await fetchWith(fresh)).toMatchObject({ decision: Decision.DENY, reason: Reason.TOKEN_REVOKED });
    expect((await cli(["token", "revoke", freshId])).stderr).toContain("was already revoked");
    const all = await cli(["token", "list", "--all", "--subject", "agent:bot"]);
    expect(all.stdout.match(/revoked/g)).toHaveLength(2);
  });

  it("offboards a subject: its PATs and its static token get TOKEN_REVOKED", async () => {
    const pat = (await cli(["token", "issue", "--subject", "contractor", "--roles", "support"])).stdout.trim();
    tokens.push(pat);
    expect(await search(pat)).toMatchObject({ decision: Decision.ALLOW });
    const offboarded = await cli(["offboard", "contractor", "--reason", "contract ended"]);
    expect(offboarded.code).toBe(0);
    expect(offboarded.stderr).toContain("offboarded contractor: 1 token revoked, 0 credentials deleted");
    expect(await search(pat)).toMatchObject({ decision: Decision.DENY, reason: Reason.TOKEN_REVOKED });
    expect(await search("contractor-static-token")).toMatchObject({ decision: Decision.DENY, reason: Reason.TOKEN_REVOKED });
  });

  it("offboards a subject spelled in another case: its tokens are revoked, listed as revoked, and the CLI says so", async () => {
    const pat = (await cli(["token", "issue", "--subject", "carol@example.com", "--roles", "support"])).stdout.trim();
    tokens.push(pat);
    expect(await search(pat)).toMatchObject({ decision: Decision.ALLOW, subject: "carol@example.com" });
    const offboarded = await cli(["offboard", "Carol@Example.com", "--reason", "contract ended"]);
    expect(offboarded.code).toBe(0);
    expect(offboarded.stderr).toContain("offboarded Carol@Example.com: 1 token revoked");
    expect(offboarded.stderr).not.toContain("were found");
    expect(await search(pat)).toMatchObject({ decision: Decision.DENY, reason: Reason.TOKEN_REVOKED });
    const listed = await cli(["token", "list", "--subject", "carol@example.com", "--all"]);
    const rows = listed.stdout.split("\n").filter((line) => line.includes("carol@example.com"));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(/revoked/);
    expect(rows[0]).not.toMatch(/active/);
  });

  it("refuses to offboard a subject pasted with whitespace (exit 2, nothing done), and says so when it finds nothing of a subject", async () => {
    const pat = (await cli(["token", "issue", "--subject", "george", "--roles", "support"])).stdout.trim();
    tokens.push(pat);
    for (const pasted of ["george ", "george\n", "\tgeorge"]) {
      const refused = await cli(["offboard", pasted]);
      expect(refused.code, JSON.stringify(pasted)).toBe(2);
      expect(refused.stderr).toContain("subject: at most 256 characters, without whitespace or control characters");
      expect(refused.stderr).not.toContain("offboarded");
    }
    expect(await search(pat)).toMatchObject({ decision: Decision.ALLOW, subject: "george" });

    // A subject of which nothing is known is offboarded all the same (the deny-list refuses
    // its future IdP tokens), and the output says that nothing was found.
    const unknown = await cli(["offboard", "georg"]);
    expect(unknown.code).toBe(0);
    expect(unknown.stderr).toContain("offboarded georg: no gateway token and no stored credential of this subject (in any case or Unicode form) were found");
    expect(unknown.stderr).toContain("it is on the deny-list all the same");
    expect(await search(pat)).toMatchObject({ decision: Decision.ALLOW, subject: "george" });
  });

  it("exits 2 on bad input and 3 when refused, with the sidecar's message", async () => {
    const unknownRole = await cli(["token", "issue", "--subject", "x", "--roles", "suport"]);
    expect(unknownRole).toMatchObject({ code: 2 });
    expect(unknownRole.stderr).toContain("roles[0]: unknown role 'suport'; did you mean 'support'?");
    expect((await cli(["token", "issue", "--subject", "x"])).code).toBe(2);
    expect((await cli(["token", "issue", "--subject", "x", "--roles", "support", "--ttl", "soon"])).stderr).toContain("--ttl takes a duration");
    expect((await cli(["token", "revoke", "tok_missing"])).code).toBe(3);
    const noAdmin = spawn(process.execPath, [CLI, "token", "list", "--url", sidecar.baseUrl!], {
      cwd: REPO,
      env: { ...process.env, PORTCULLIS_ADMIN_TOKEN: "" },
    });
    let stderr = "";
    noAdmin.stderr.on("data", (d) => (stderr += d));
    expect(await new Promise((resolve) => noAdmin.on("close", resolve))).toBe(2);
    expect(stderr).toContain("--admin-token-file FILE or env PORTCULLIS_ADMIN_TOKEN");
    const badScim = spawn(process.execPath, [CLI, "serve", "--policy", "p.yaml", "--scim-subject", "email"], { cwd: REPO });
    let scimStderr = "";
    badScim.stderr.on("data", (d) => (scimStderr += d));
    expect(await new Promise((resolve) => badScim.on("close", resolve))).toBe(2);
    expect(scimStderr).toContain("--scim-subject takes userName or externalId, not 'email'");
    const wrong = await cli(["token", "list"], { PORTCULLIS_ADMIN_TOKEN: "wrong-SECRET-admin-token-0123456789abcdef" });
    expect(wrong.code).toBe(3);
    expect(wrong.stderr).toContain("the admin token is not valid");
  });

  it("never lets a token appear in logs (trace level), errors or the store", async () => {
    // Errors that involve the tokens: a revoked and an unknown gateway token.
    const revoked = await search(tokens[0]!);
    const unknown = await search(`${tokens[0]!.slice(0, -4)}zzzz`);
    expect(await sidecar.stop()).toBe(0);
    // Every file of the data directory, the audit trail's included.
    const files = (await readdir(join(dir, "data"), { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
    const store = await Promise.all(files.map((f) => readFile(join(f.parentPath, f.name), "latin1")));
    const everything = [
      ...sidecar.logs.map((l) => JSON.stringify(l)),
      ...sidecar.stderr,
      ...outputs.filter((o) => !tokens.includes(o.trim()) && !o.trim().startsWith("{")),
      revoked.message,
      unknown.message,
      ...store,
    ].join("\n");
    expect(sidecar.logs.some((l) => l.level === "trace" || l.level === "debug")).toBe(true);
    expect(tokens.length).toBeGreaterThanOrEqual(4);
    for (const token of tokens) {
      expect(everything).not.toContain(token);
      expect(everything).not.toContain(token.slice(8)); // the part after the hint
    }
    expect(everything).not.toContain(ADMIN);
    expect(store.join("")).toContain(hashToken(tokens[0]!));
  });
});
