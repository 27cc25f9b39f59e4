/**
 * `npm run demo` (sidecar/dist/gateway/gateway-demo.js) on a configuration of the test's own
 * (port 0, a temporary data directory): it records every call to the audit trail its
 * configuration names, as `portcullis gateway` does, and the query command it prints finds
 * them. And `portcullis gateway` whose audit directory another live process holds says to
 * change the configuration's dataDir — it has no --audit-dir or --data-dir.
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { lockAuditDir } from "@portcullis/sidecar";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI, EXAMPLE_POLICY, REPO } from "../helpers/paths.js";

const DEMO = join(REPO, "sidecar", "dist", "gateway", "gateway-demo.js");

let dir: string;

/** A gateway configuration like examples/gateway.yaml, on port 0 with its data in `dataDir`. */
async function writeConfig(name: string, dataDir: string): Promise<string> {
  const file = join(dir, name);
  await writeFile(
    file,
    [
      `policy: ${JSON.stringify(EXAMPLE_POLICY)}`,
      "listen: 127.0.0.1:0",
      "timeoutMs: 10000",
      `dataDir: ${JSON.stringify(dataDir)}`,
      "audit: { mode: async }",
      "servers:",
      `  jira: { command: node, args: [examples/servers/jira-server.mjs], cwd: ${JSON.stringify(REPO)} }`,
      `  web: { command: node, args: [test/fixtures/web-fetch-server.mjs], cwd: ${JSON.stringify(REPO)} }`,
      "",
    ].join("\n"),
  );
  return file;
}

async function run(args: string[], cwd: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, args, { cwd, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  const [code] = (await once(child, "exit")) as [number | null];
  return { code, stdout, stderr };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "pcl-gateway-demo-"));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("npm run demo", () => {
  it("records to the configuration's dataDir and prints the query that finds the calls", async () => {
    const config = await writeConfig("demo.yaml", join(dir, "demo-data"));
    const demo = await run([DEMO, config], dir);
    expect(demo.stderr).toBe("");
    expect(demo.code).toBe(0);
    expect(demo.stdout).toContain("Every decision above is in the audit trail: npx portcullis audit query --dir demo-data/audit --since 1h");

    const query = await run([CLI, "audit", "query", "--dir", "demo-data/audit", "--since", "1h", "--format", "json"], dir);
    expect(query.stderr).toBe("");
    expect(query.code).toBe(0);
    const tools = (JSON.parse(query.stdout) as Array<{ tool?: string }>).map((r) => r.tool);
    // The support agent's four calls and the research agent's two, each decided and recorded.
    for (const tool of ["search_issues", "create_issue", "delete_issue", "fetch"]) expect(tools).toContain(tool);
  });
});

describe("portcullis gateway on an audit directory in use", () => {
  it("says to give the gateway its own dataDir in its configuration, not to pass serve's flags", async () => {
    const dataDir = join(dir, "held-data");
    const config = await writeConfig("held.yaml", dataDir);
    await mkdir(join(dataDir, "audit"), { recursive: true });
    const lock = await lockAuditDir(join(dataDir, "audit"));
    try {
      const gateway = await run([CLI, "gateway", "--config", config], dir);
      expect(gateway.code).toBe(3);
      const output = gateway.stdout + gateway.stderr;
      expect(output).toContain(`audit directory ${join(dataDir, "audit")} is in use by process ${process.pid}`);
      expect(output).toContain(`give this gateway a dataDir of its own (or audit: { dir: … }) in ${config}`);
      expect(output).not.toContain("--audit-dir");
    } finally {
      await lock.release();
    }
  });
});
